// First run: create a wallet (passphrase with strength feedback; the recovery phrase shown once
// and confirmed by retyping words), restore one from its phrase or shares, or set up clinician
// mode (a provider wallet, certified by the embedded ledger's local registrar on one machine).
#pragma once

#include "shell/wallet_controller.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace careledger::ui {

class PassphraseStrength;
class RecoveryWordsLabel;

class FirstRunDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { create, restore, clinician };
    enum Step { welcome, details, working, recovery, confirm, certify };

    explicit FirstRunDialog(WalletController* controller, QWidget* parent = nullptr);
    [[nodiscard]] Step step() const;
    [[nodiscard]] Mode mode() const { return mode_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildWelcome();
    QWidget* buildDetails();
    QWidget* buildWorking();
    QWidget* buildRecovery();
    QWidget* buildConfirm();
    QWidget* buildCertify();
    void retranslate();
    void goTo(Step s);
    void onWelcomeNext();
    void onDetailsSubmit();
    void onCreated(const WalletInfo& info, const RecoveryView& material);
    void onUnlocked(const WalletInfo& info);
    void onFailed(const QString& operation, const QString& code, const QString& message);
    void onConfirm();
    void updateDetailsState();

    WalletController* controller_;
    Mode mode_ = Mode::create;
    QStackedWidget* stack_;
    // welcome
    QLabel* welcomeTitle_;
    QLabel* welcomeText_;
    QRadioButton* createRadio_;
    QRadioButton* restoreRadio_;
    QRadioButton* clinicianRadio_;
    QPushButton* welcomeNext_;
    // details
    QLabel* detailsTitle_;
    QLabel* nameLabel_;
    QLineEdit* nameEdit_;
    QLabel* passLabel_;
    QLineEdit* passEdit_;
    QLabel* repeatLabel_;
    QLineEdit* repeatEdit_;
    PassphraseStrength* strength_;
    QLabel* sharesLabel_;
    QComboBox* sharesCombo_;
    QLabel* phraseLabel_;
    QPlainTextEdit* phraseEdit_;
    QLabel* detailsError_;
    QPushButton* detailsBack_;
    QPushButton* detailsSubmit_;
    // working
    QLabel* workingLabel_;
    QProgressBar* workingBar_;
    // recovery
    QLabel* recoveryTitle_;
    QLabel* recoveryText_;
    RecoveryWordsLabel* recoveryWords_;
    QCheckBox* recoveryWritten_;
    QPushButton* recoveryNext_;
    // confirm
    QLabel* confirmTitle_;
    QLabel* confirmText_;
    QList<QLabel*> confirmLabels_;
    QList<QLineEdit*> confirmEdits_;
    QLabel* confirmError_;
    QPushButton* confirmBack_;
    QPushButton* confirmDone_;
    // certify (clinician)
    QLabel* certifyTitle_;
    QLabel* certifyText_;
    QLabel* orgLabel_;
    QLineEdit* orgEdit_;
    QLabel* roleLabel_;
    QLineEdit* roleEdit_;
    QLabel* certifyError_;
    QPushButton* certifySkip_;
    QPushButton* certifyButton_;

    QStringList firstShareWords_;
    QList<int> confirmPositions_;
};

} // namespace careledger::ui
