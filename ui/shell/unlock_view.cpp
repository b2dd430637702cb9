#include "shell/unlock_view.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace careledger::ui {

UnlockView::UnlockView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("unlockView"));
    auto* outer = new QHBoxLayout(this);
    auto* column = new QVBoxLayout;
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);
    title_ = new QLabel(this);
    QFont f = title_->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setBold(true);
    title_->setFont(f);
    title_->setAlignment(Qt::AlignCenter);
    location_ = new QLabel(this);
    location_->setWordWrap(true);
    location_->setAlignment(Qt::AlignCenter);
    passLabel_ = new QLabel(this);
    passEdit_ = new QLineEdit(this);
    passEdit_->setObjectName(QStringLiteral("unlockPassphrase"));
    passEdit_->setEchoMode(QLineEdit::Password);
    passLabel_->setBuddy(passEdit_);
    unlockButton_ = new QPushButton(this);
    unlockButton_->setObjectName(QStringLiteral("unlockButton"));
    unlockButton_->setDefault(true);
    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("unlockError"));
    error_->setWordWrap(true);
    QPalette p = error_->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    error_->setPalette(p);
    error_->setVisible(false);
    busy_ = new QProgressBar(this);
    busy_->setRange(0, 0);
    busy_->setVisible(false);
    column->addStretch(2);
    column->addWidget(title_);
    column->addWidget(location_);
    column->addSpacing(fontMetrics().height());
    column->addWidget(passLabel_);
    auto* row = new QHBoxLayout;
    row->addWidget(passEdit_, 1);
    row->addWidget(unlockButton_);
    column->addLayout(row);
    column->addWidget(error_);
    column->addWidget(busy_);
    column->addStretch(3);
    connect(passEdit_, &QLineEdit::returnPressed, this, &UnlockView::submit);
    connect(unlockButton_, &QPushButton::clicked, this, &UnlockView::submit);
    retranslate();
}

void UnlockView::setWalletLocation(const QString& dir) {
    dir_ = dir;
    retranslate();
}

void UnlockView::setBusy(bool busy) {
    busy_->setVisible(busy);
    passEdit_->setEnabled(!busy);
    unlockButton_->setEnabled(!busy);
    if (!busy)
        passEdit_->setFocus();
}

void UnlockView::showError(const QString& text) {
    error_->setText(text);
    error_->setVisible(!text.isEmpty());
    setBusy(false);
    passEdit_->selectAll();
    passEdit_->setFocus();
}

void UnlockView::focusPassphrase() {
    passEdit_->setFocus();
}

void UnlockView::submit() {
    if (passEdit_->text().isEmpty())
        return;
    error_->setVisible(false);
    auto secret = make_secret(passEdit_->text());
    // The passphrase stays on screen no longer than needed.
    passEdit_->clear();
    setBusy(true);
    emit unlockRequested(secret);
}

void UnlockView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UnlockView::retranslate() {
    title_->setText(tr("CareLedger is locked"));
    location_->setText(tr("Wallet: %1").arg(dir_));
    passLabel_->setText(tr("&Passphrase:"));
    passEdit_->setAccessibleName(tr("Passphrase"));
    unlockButton_->setText(tr("&Unlock"));
    busy_->setAccessibleName(tr("Unlocking"));
}

} // namespace careledger::ui
