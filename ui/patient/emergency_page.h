// The emergency card and tokens: edit or import the triage data (allergies, medications,
// problems, blood type, advance directive, contacts), issue a token (shown full screen as a QR
// code with the printable PDF card), and list and revoke the tokens issued.
#pragma once

#include "common/view_types.h"
#include "patient/qr_fullscreen.h"

#include <QMessageBox>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace careledger::ui::patient {

class EmergencyPage : public QWidget {
    Q_OBJECT
public:
    explicit EmergencyPage(QWidget* parent = nullptr);

    void setHideHealthDetails(bool hide);
    // The card as the editor currently holds it ("emergency.bad_value" style errors as text).
    [[nodiscard]] Result<token::TriageSet> editedCard() const;
    [[nodiscard]] QrFullscreenDialog* qrDialog() const { return qr_.data(); }
    [[nodiscard]] QMessageBox* revokeConfirmation() const { return confirm_.data(); }
    void importFile(const QString& path); // the Import button's path, after its file dialog

public slots:
    // A save or import the controller could not do: say so where "Saving…" was shown.
    void cardFailed(const QString& reason);
    void setCard(const careledger::token::TriageSet& card);
    void setTokens(const std::vector<careledger::wallet::IssuedTokenRecord>& tokens);
    void showIssuedToken(const careledger::ui::IssuedTokenView& token);

signals:
    void cardSaveRequested(const careledger::token::TriageSet& card);
    void cardImportRequested(const QString& bundle_json_path);
    void tokenIssueRequested(const careledger::ui::TokenIssueView& request);
    void tokenRevokeRequested(const careledger::ledger::TokenId& id);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void renderCard();
    void renderTokens();
    void save();
    void issue();
    void revokeSelected();
    QTableWidget* makeList(const QString& name, int columns);

    token::TriageSet card_;
    std::vector<wallet::IssuedTokenRecord> tokens_;
    bool hide_ = false;
    // What the status line says when the card of a pending save or import comes back.
    QString pendingDone_;

    QLabel* title_ = nullptr;
    QLabel* cardHeading_ = nullptr;
    QLabel* hiddenNote_ = nullptr;
    QWidget* editor_ = nullptr;
    QLineEdit* bloodType_ = nullptr;
    QTableWidget* allergies_ = nullptr;
    QTableWidget* medications_ = nullptr;
    QTableWidget* problems_ = nullptr;
    QTableWidget* contacts_ = nullptr;
    QLineEdit* directive_ = nullptr;
    QLineEdit* language_ = nullptr;
    QPlainTextEdit* notes_ = nullptr;
    QLabel* cardError_ = nullptr;
    QPushButton* addRow_ = nullptr;
    QPushButton* removeRow_ = nullptr;
    QPushButton* saveCard_ = nullptr;
    QPushButton* importCard_ = nullptr;
    QList<QLabel*> labels_;

    QLabel* tokensHeading_ = nullptr;
    QComboBox* lifetime_ = nullptr;
    QLineEdit* pin_ = nullptr;
    QCheckBox* singleUse_ = nullptr;
    QPushButton* issue_ = nullptr;
    QTableWidget* tokenTable_ = nullptr;
    QPushButton* revoke_ = nullptr;
    // QPointers, not pointers cleared from a destroyed() handler: that handler would run while
    // this page is being destroyed (its children go last), calling into a half-destroyed object.
    QPointer<QrFullscreenDialog> qr_;
    QPointer<QMessageBox> confirm_;
};

} // namespace careledger::ui::patient
