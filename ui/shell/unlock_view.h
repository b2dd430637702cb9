// The lock screen: the passphrase field and Unlock. A wrong passphrase says so plainly and
// keeps the field focused; nothing else is lost.
#pragma once

#include "shell/wallet_controller.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace careledger::ui {

class UnlockView : public QWidget {
    Q_OBJECT
public:
    explicit UnlockView(QWidget* parent = nullptr);
    void setWalletLocation(const QString& dir);
    void setBusy(bool busy);
    void showError(const QString& text);
    void focusPassphrase();

signals:
    void unlockRequested(const careledger::ui::SecretPtr& passphrase);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void submit();
    QLabel* title_;
    QLabel* location_;
    QLabel* passLabel_;
    QLineEdit* passEdit_;
    QPushButton* unlockButton_;
    QLabel* error_;
    QProgressBar* busy_;
    QString dir_;
};

} // namespace careledger::ui
