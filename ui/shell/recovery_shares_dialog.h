// Settings → Wallet → "Create new recovery shares": the passphrase first (the controller proves
// it on its worker), then the new SLIP-39 shares of the master secret shown once, like the first
// run shows them. The old phrase or shares keep working; the shown words are forgotten on close.
#pragma once

#include "shell/wallet_controller.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace careledger::ui {

class RecoveryWordsLabel;

class RecoverySharesDialog : public QDialog {
    Q_OBJECT
public:
    enum Step { ask, working, shown };
    explicit RecoverySharesDialog(WalletController* controller, QWidget* parent = nullptr);
    ~RecoverySharesDialog() override;
    RecoverySharesDialog(const RecoverySharesDialog&) = delete;
    RecoverySharesDialog& operator=(const RecoverySharesDialog&) = delete;
    [[nodiscard]] Step step() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void submit();
    void onShares(const RecoveryView& material);
    void onFailed(const QString& operation, const QString& code, const QString& message);
    void forget();

    WalletController* controller_;
    QStackedWidget* stack_;
    QLabel* askText_;
    QLabel* schemeLabel_;
    QComboBox* schemeCombo_;
    QLabel* passLabel_;
    QLineEdit* passEdit_;
    QLabel* askError_;
    QPushButton* cancel_;
    QPushButton* create_;
    QLabel* workingLabel_;
    QLabel* shownText_;
    QScrollArea* scroll_;
    RecoveryWordsLabel* words_;
    QCheckBox* written_;
    QPushButton* done_;
};

} // namespace careledger::ui
