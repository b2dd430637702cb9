#include "shell/recovery_shares_dialog.h"

#include "common/error_text.h"
#include "shell/recovery_words_label.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace careledger::ui {

RecoverySharesDialog::RecoverySharesDialog(WalletController* controller, QWidget* parent)
    : QDialog(parent), controller_(controller), stack_(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("recoverySharesDialog"));
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(stack_);

    auto* askPage = new QWidget(stack_);
    auto* av = new QVBoxLayout(askPage);
    askText_ = new QLabel(askPage);
    askText_->setWordWrap(true);
    // No minimum size on the dialog itself: its layout sets it, and grows it for the shares.
    askText_->setMinimumWidth(fontMetrics().height() * 28);
    av->addWidget(askText_);
    auto* form = new QFormLayout;
    schemeLabel_ = new QLabel(askPage);
    schemeCombo_ = new QComboBox(askPage);
    schemeCombo_->setObjectName(QStringLiteral("sharesSchemeCombo"));
    schemeCombo_->addItem(QString(), QStringLiteral("2-of-3"));
    schemeCombo_->addItem(QString(), QStringLiteral("3-of-5"));
    schemeLabel_->setBuddy(schemeCombo_);
    passLabel_ = new QLabel(askPage);
    passEdit_ = new QLineEdit(askPage);
    passEdit_->setObjectName(QStringLiteral("sharesPassphraseEdit"));
    passEdit_->setEchoMode(QLineEdit::Password);
    passLabel_->setBuddy(passEdit_);
    form->addRow(schemeLabel_, schemeCombo_);
    form->addRow(passLabel_, passEdit_);
    av->addLayout(form);
    askError_ = new QLabel(askPage);
    askError_->setObjectName(QStringLiteral("sharesError"));
    askError_->setWordWrap(true);
    askError_->setStyleSheet(QStringLiteral("color: #b00020;"));
    askError_->setVisible(false);
    av->addWidget(askError_);
    av->addStretch(1);
    auto* ab = new QHBoxLayout;
    cancel_ = new QPushButton(askPage);
    cancel_->setObjectName(QStringLiteral("sharesCancel"));
    create_ = new QPushButton(askPage);
    create_->setObjectName(QStringLiteral("sharesCreate"));
    create_->setDefault(true);
    create_->setEnabled(false);
    ab->addStretch(1);
    ab->addWidget(cancel_);
    ab->addWidget(create_);
    av->addLayout(ab);
    stack_->addWidget(askPage);

    auto* workPage = new QWidget(stack_);
    auto* wv = new QVBoxLayout(workPage);
    workingLabel_ = new QLabel(workPage);
    workingLabel_->setWordWrap(true);
    wv->addWidget(workingLabel_);
    wv->addStretch(1);
    stack_->addWidget(workPage);

    auto* shownPage = new QWidget(stack_);
    auto* sv = new QVBoxLayout(shownPage);
    shownText_ = new QLabel(shownPage);
    shownText_->setWordWrap(true);
    sv->addWidget(shownText_);
    scroll_ = new QScrollArea(shownPage);
    scroll_->setWidgetResizable(true);
    words_ = new RecoveryWordsLabel(scroll_);
    words_->setMargin(fontMetrics().height() / 2);
    scroll_->setWidget(words_);
    // Four words to a line ("NN. word" padded to 16 characters each), a share at a glance; the
    // rest scrolls. Sized before the dialog is shown, so its layout accounts for it.
    const int em = fontMetrics().height();
    scroll_->setMinimumSize(QFontMetrics(words_->font()).horizontalAdvance(QString(66, u'm')) +
                                scroll_->verticalScrollBar()->sizeHint().width() +
                                2 * words_->margin() + 2 * scroll_->frameWidth(),
                            em * 18);
    sv->addWidget(scroll_, 1);
    written_ = new QCheckBox(shownPage);
    written_->setObjectName(QStringLiteral("sharesWritten"));
    sv->addWidget(written_);
    auto* sb = new QHBoxLayout;
    done_ = new QPushButton(shownPage);
    done_->setObjectName(QStringLiteral("sharesDone"));
    done_->setEnabled(false);
    sb->addStretch(1);
    sb->addWidget(done_);
    sv->addLayout(sb);
    stack_->addWidget(shownPage);

    connect(passEdit_, &QLineEdit::textChanged, this,
            [this](const QString& t) { create_->setEnabled(!t.isEmpty()); });
    connect(passEdit_, &QLineEdit::returnPressed, this, &RecoverySharesDialog::submit);
    connect(create_, &QPushButton::clicked, this, &RecoverySharesDialog::submit);
    connect(cancel_, &QPushButton::clicked, this, &QDialog::reject);
    connect(written_, &QCheckBox::toggled, done_, &QPushButton::setEnabled);
    connect(done_, &QPushButton::clicked, this, &QDialog::accept);
    connect(this, &QDialog::finished, this, &RecoverySharesDialog::forget);
    connect(controller_, &WalletController::recoverySharesCreated, this,
            &RecoverySharesDialog::onShares);
    connect(controller_, &WalletController::failed, this, &RecoverySharesDialog::onFailed);
    retranslate();
}

RecoverySharesDialog::~RecoverySharesDialog() {
    forget();
}

RecoverySharesDialog::Step RecoverySharesDialog::step() const {
    return static_cast<Step>(stack_->currentIndex());
}

void RecoverySharesDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RecoverySharesDialog::retranslate() {
    setWindowTitle(tr("New recovery shares"));
    askText_->setText(tr("New shares restore this wallet like its recovery phrase does. Your "
                         "current phrase or shares keep working: destroy them if you no longer "
                         "trust where they are kept."));
    schemeLabel_->setText(tr("&Shares:"));
    schemeCombo_->setAccessibleName(tr("Shares"));
    schemeCombo_->setItemText(0, tr("Any 2 of 3 shares restore the wallet"));
    schemeCombo_->setItemText(1, tr("Any 3 of 5 shares restore the wallet"));
    passLabel_->setText(tr("&Passphrase:"));
    passEdit_->setAccessibleName(tr("Passphrase"));
    cancel_->setText(tr("Cancel"));
    create_->setText(tr("&Create shares"));
    workingLabel_->setText(tr("Checking the passphrase and creating the shares…"));
    shownText_->setText(tr("Write each share on its own sheet of paper and keep the sheets in "
                           "different places. They are shown only now."));
    words_->setAccessibleName(tr("Recovery shares"));
    written_->setText(tr("I have &written every share down"));
    done_->setText(tr("&Done"));
}

void RecoverySharesDialog::submit() {
    if (passEdit_->text().isEmpty() || step() != ask)
        return;
    const SecretPtr pass = make_secret(passEdit_->text());
    passEdit_->clear();
    askError_->setVisible(false);
    stack_->setCurrentIndex(working);
    controller_->requestRecoveryShares(pass, schemeCombo_->currentData().toString());
}

void RecoverySharesDialog::onShares(const RecoveryView& material) {
    if (step() != working)
        return;
    words_->showRecovery(material);
    stack_->setCurrentIndex(shown);
    adjustSize();
    written_->setChecked(false);
    written_->setFocus();
}

void RecoverySharesDialog::onFailed(const QString& operation, const QString& code,
                                    const QString& message) {
    if (operation != QLatin1String("shares") || step() != working)
        return;
    askError_->setText(errorText(code, message));
    askError_->setVisible(true);
    stack_->setCurrentIndex(ask);
    passEdit_->setFocus();
}

void RecoverySharesDialog::forget() {
    words_->forget();
    passEdit_->clear();
}

} // namespace careledger::ui
