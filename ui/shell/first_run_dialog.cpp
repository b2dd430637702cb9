#include "shell/first_run_dialog.h"

#include "common/error_text.h"
#include "common/passphrase_strength.h"
#include "shell/recovery_words_label.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace careledger::ui {

namespace {

QLabel* titleLabel(QWidget* parent) {
    auto* l = new QLabel(parent);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    l->setFont(f);
    l->setWordWrap(true);
    return l;
}

QLabel* wrapLabel(QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    return l;
}

QLabel* errorLabel(QWidget* parent) {
    auto* l = wrapLabel(parent);
    QPalette p = l->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    l->setPalette(p);
    l->setVisible(false);
    return l;
}

std::vector<SecretPtr> splitMnemonics(const QString& text) {
    std::vector<SecretPtr> out;
    for (const QString& line : text.split(u'\n', Qt::SkipEmptyParts)) {
        const QString words = line.simplified().toLower();
        if (!words.isEmpty())
            out.push_back(make_secret(words));
    }
    return out;
}

} // namespace

FirstRunDialog::FirstRunDialog(WalletController* controller, QWidget* parent)
    : QDialog(parent), controller_(controller), stack_(new QStackedWidget(this)) {
    setObjectName(QStringLiteral("firstRunDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(stack_);
    stack_->addWidget(buildWelcome());
    stack_->addWidget(buildDetails());
    stack_->addWidget(buildWorking());
    stack_->addWidget(buildRecovery());
    stack_->addWidget(buildConfirm());
    stack_->addWidget(buildCertify());
    connect(controller_, &WalletController::walletCreated, this, &FirstRunDialog::onCreated);
    connect(controller_, &WalletController::unlocked, this, &FirstRunDialog::onUnlocked);
    connect(controller_, &WalletController::failed, this, &FirstRunDialog::onFailed);
    connect(controller_, &WalletController::done, this, [this](const QString& op) {
        if (op == QLatin1String("certify") && step() == certify)
            accept();
    });
    retranslate();
    goTo(welcome);
}

FirstRunDialog::Step FirstRunDialog::step() const {
    return static_cast<Step>(stack_->currentIndex());
}

QWidget* FirstRunDialog::buildWelcome() {
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    welcomeTitle_ = titleLabel(page);
    welcomeText_ = wrapLabel(page);
    createRadio_ = new QRadioButton(page);
    createRadio_->setObjectName(QStringLiteral("createRadio"));
    restoreRadio_ = new QRadioButton(page);
    restoreRadio_->setObjectName(QStringLiteral("restoreRadio"));
    clinicianRadio_ = new QRadioButton(page);
    clinicianRadio_->setObjectName(QStringLiteral("clinicianRadio"));
    createRadio_->setChecked(true);
    welcomeNext_ = new QPushButton(page);
    welcomeNext_->setObjectName(QStringLiteral("welcomeNext"));
    welcomeNext_->setDefault(true);
    v->addWidget(welcomeTitle_);
    v->addWidget(welcomeText_);
    v->addSpacing(fontMetrics().height());
    v->addWidget(createRadio_);
    v->addWidget(restoreRadio_);
    v->addWidget(clinicianRadio_);
    v->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(welcomeNext_);
    v->addLayout(buttons);
    connect(welcomeNext_, &QPushButton::clicked, this, &FirstRunDialog::onWelcomeNext);
    return page;
}

QWidget* FirstRunDialog::buildDetails() {
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    detailsTitle_ = titleLabel(page);
    v->addWidget(detailsTitle_);
    auto* form = new QFormLayout;
    nameLabel_ = new QLabel(page);
    nameEdit_ = new QLineEdit(page);
    nameEdit_->setObjectName(QStringLiteral("nameEdit"));
    nameLabel_->setBuddy(nameEdit_);
    passLabel_ = new QLabel(page);
    passEdit_ = new QLineEdit(page);
    passEdit_->setObjectName(QStringLiteral("passphraseEdit"));
    passEdit_->setEchoMode(QLineEdit::Password);
    passLabel_->setBuddy(passEdit_);
    repeatLabel_ = new QLabel(page);
    repeatEdit_ = new QLineEdit(page);
    repeatEdit_->setObjectName(QStringLiteral("repeatEdit"));
    repeatEdit_->setEchoMode(QLineEdit::Password);
    repeatLabel_->setBuddy(repeatEdit_);
    strength_ = new PassphraseStrength(page);
    sharesLabel_ = new QLabel(page);
    sharesCombo_ = new QComboBox(page);
    sharesCombo_->setObjectName(QStringLiteral("sharesCombo"));
    // The share specs parse_share_spec() takes; "" is the single 20-word phrase.
    sharesCombo_->addItem(QString(), QString());
    sharesCombo_->addItem(QString(), QStringLiteral("2-of-3"));
    sharesCombo_->addItem(QString(), QStringLiteral("3-of-5"));
    sharesLabel_->setBuddy(sharesCombo_);
    phraseLabel_ = new QLabel(page);
    phraseEdit_ = new QPlainTextEdit(page);
    phraseEdit_->setObjectName(QStringLiteral("phraseEdit"));
    phraseEdit_->setTabChangesFocus(true);
    phraseLabel_->setBuddy(phraseEdit_);
    form->addRow(nameLabel_, nameEdit_);
    form->addRow(passLabel_, passEdit_);
    form->addRow(QString(), strength_);
    form->addRow(repeatLabel_, repeatEdit_);
    form->addRow(sharesLabel_, sharesCombo_);
    form->addRow(phraseLabel_, phraseEdit_);
    v->addLayout(form);
    detailsError_ = errorLabel(page);
    v->addWidget(detailsError_);
    v->addStretch(1);
    auto* buttons = new QHBoxLayout;
    detailsBack_ = new QPushButton(page);
    detailsSubmit_ = new QPushButton(page);
    detailsSubmit_->setObjectName(QStringLiteral("detailsSubmit"));
    detailsSubmit_->setDefault(true);
    buttons->addWidget(detailsBack_);
    buttons->addStretch(1);
    buttons->addWidget(detailsSubmit_);
    v->addLayout(buttons);
    connect(passEdit_, &QLineEdit::textChanged, this, [this](const QString& t) {
        strength_->setPassphrase(t);
        updateDetailsState();
    });
    connect(repeatEdit_, &QLineEdit::textChanged, this, &FirstRunDialog::updateDetailsState);
    connect(phraseEdit_, &QPlainTextEdit::textChanged, this, &FirstRunDialog::updateDetailsState);
    connect(detailsBack_, &QPushButton::clicked, this, [this] { goTo(welcome); });
    connect(detailsSubmit_, &QPushButton::clicked, this, &FirstRunDialog::onDetailsSubmit);
    return page;
}

QWidget* FirstRunDialog::buildWorking() {
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    v->addStretch(1);
    workingLabel_ = wrapLabel(page);
    workingLabel_->setAlignment(Qt::AlignCenter);
    workingBar_ = new QProgressBar(page);
    workingBar_->setRange(0, 0);
    v->addWidget(workingLabel_);
    v->addWidget(workingBar_);
    v->addStretch(1);
    return page;
}

QWidget* FirstRunDialog::buildRecovery() {
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    recoveryTitle_ = titleLabel(page);
    recoveryText_ = wrapLabel(page);
    recoveryWords_ = new RecoveryWordsLabel(page);
    recoveryWritten_ = new QCheckBox(page);
    recoveryWritten_->setObjectName(QStringLiteral("recoveryWritten"));
    recoveryNext_ = new QPushButton(page);
    recoveryNext_->setObjectName(QStringLiteral("recoveryNext"));
    recoveryNext_->setEnabled(false);
    recoveryNext_->setDefault(true);
    v->addWidget(recoveryTitle_);
    v->addWidget(recoveryText_);
    v->addWidget(recoveryWords_);
    v->addWidget(recoveryWritten_);
    v->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(recoveryNext_);
    v->addLayout(buttons);
    connect(recoveryWritten_, &QCheckBox::toggled, recoveryNext_, &QPushButton::setEnabled);
    connect(recoveryNext_, &QPushButton::clicked, this, [this] {
        for (auto* e : confirmEdits_)
            e->clear();
        confirmError_->setVisible(false);
        goTo(confirm);
    });
    return page;
}

QWidget* FirstRunDialog::buildConfirm() {
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    confirmTitle_ = titleLabel(page);
    confirmText_ = wrapLabel(page);
    v->addWidget(confirmTitle_);
    v->addWidget(confirmText_);
    auto* form = new QFormLayout;
    for (int i = 0; i < 3; ++i) {
        auto* label = new QLabel(page);
        auto* edit = new QLineEdit(page);
        edit->setObjectName(QStringLiteral("confirmWord%1").arg(i));
        label->setBuddy(edit);
        form->addRow(label, edit);
        confirmLabels_.append(label);
        confirmEdits_.append(edit);
    }
    v->addLayout(form);
    confirmError_ = errorLabel(page);
    v->addWidget(confirmError_);
    v->addStretch(1);
    auto* buttons = new QHBoxLayout;
    confirmBack_ = new QPushButton(page);
    confirmBack_->setObjectName(QStringLiteral("confirmBack"));
    confirmDone_ = new QPushButton(page);
    confirmDone_->setObjectName(QStringLiteral("confirmDone"));
    confirmDone_->setDefault(true);
    buttons->addWidget(confirmBack_);
    buttons->addStretch(1);
    buttons->addWidget(confirmDone_);
    v->addLayout(buttons);
    connect(confirmBack_, &QPushButton::clicked, this, [this] { goTo(recovery); });
    connect(confirmDone_, &QPushButton::clicked, this, &FirstRunDialog::onConfirm);
    return page;
}

QWidget* FirstRunDialog::buildCertify() {
    auto* page = new QWidget;
    auto* v = new QVBoxLayout(page);
    certifyTitle_ = titleLabel(page);
    certifyText_ = wrapLabel(page);
    v->addWidget(certifyTitle_);
    v->addWidget(certifyText_);
    auto* form = new QFormLayout;
    orgLabel_ = new QLabel(page);
    orgEdit_ = new QLineEdit(page);
    orgEdit_->setObjectName(QStringLiteral("organisationEdit"));
    orgLabel_->setBuddy(orgEdit_);
    roleLabel_ = new QLabel(page);
    roleEdit_ = new QLineEdit(page);
    roleEdit_->setObjectName(QStringLiteral("providerRoleEdit"));
    roleLabel_->setBuddy(roleEdit_);
    form->addRow(orgLabel_, orgEdit_);
    form->addRow(roleLabel_, roleEdit_);
    v->addLayout(form);
    certifyError_ = errorLabel(page);
    v->addWidget(certifyError_);
    v->addStretch(1);
    auto* buttons = new QHBoxLayout;
    certifySkip_ = new QPushButton(page);
    certifyButton_ = new QPushButton(page);
    certifyButton_->setObjectName(QStringLiteral("certifyButton"));
    certifyButton_->setDefault(true);
    buttons->addWidget(certifySkip_);
    buttons->addStretch(1);
    buttons->addWidget(certifyButton_);
    v->addLayout(buttons);
    connect(certifySkip_, &QPushButton::clicked, this, &QDialog::accept);
    connect(certifyButton_, &QPushButton::clicked, this, [this] {
        certifyError_->setVisible(false);
        certifyButton_->setEnabled(false);
        controller_->requestCertifySelf(nameEdit_->text().trimmed(), orgEdit_->text().trimmed(),
                                        roleEdit_->text().trimmed());
    });
    return page;
}

void FirstRunDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FirstRunDialog::retranslate() {
    setWindowTitle(tr("Welcome to CareLedger"));
    welcomeTitle_->setText(tr("Welcome to CareLedger"));
    welcomeText_->setText(tr("Your wallet keeps the keys that decide who may see your health "
                             "records. Everything stays on this computer, encrypted with your "
                             "passphrase."));
    createRadio_->setText(tr("&Create a new wallet"));
    restoreRadio_->setText(tr("&Restore a wallet from its recovery phrase or shares"));
    clinicianRadio_->setText(tr("C&linician mode: a provider wallet that verifies emergency "
                                "tokens"));
    welcomeNext_->setText(tr("&Next"));
    const bool clinician = mode_ == Mode::clinician;
    detailsTitle_->setText(mode_ == Mode::restore ? tr("Restore your wallet")
                           : clinician            ? tr("Set up the clinician wallet")
                                                  : tr("Protect your wallet"));
    nameLabel_->setText(clinician ? tr("Your &name as shown to patients:") : tr("Your &name:"));
    nameEdit_->setPlaceholderText(clinician ? tr("e.g. Dr. Ada Example")
                                            : tr("Kept on this computer only"));
    passLabel_->setText(tr("&Passphrase:"));
    repeatLabel_->setText(tr("&Repeat passphrase:"));
    phraseLabel_->setText(tr("Recovery &phrase or shares (one per line):"));
    sharesLabel_->setText(tr("Rec&overy:"));
    sharesCombo_->setAccessibleName(tr("Recovery"));
    sharesCombo_->setItemText(0, tr("One recovery phrase (20 words)"));
    sharesCombo_->setItemText(1, tr("Shares: any 2 of 3 restore the wallet"));
    sharesCombo_->setItemText(2, tr("Shares: any 3 of 5 restore the wallet"));
    detailsBack_->setText(tr("&Back"));
    detailsSubmit_->setText(mode_ == Mode::restore ? tr("&Restore") : tr("&Create wallet"));
    workingLabel_->setText(tr("Deriving the key from your passphrase. This takes a few "
                              "seconds on purpose, to slow down anyone guessing it."));
    workingBar_->setAccessibleName(tr("Working"));
    recoveryTitle_->setText(tr("Your recovery phrase"));
    recoveryText_->setText(tr("Write these words on paper, in order, and keep them somewhere "
                              "safe. They are the only way to restore your wallet if this "
                              "computer is lost. They are shown only once."));
    recoveryWords_->setAccessibleName(tr("Recovery phrase"));
    recoveryWritten_->setText(tr("I have &written the words down"));
    recoveryNext_->setText(tr("&Next"));
    confirmTitle_->setText(tr("Confirm your recovery phrase"));
    confirmText_->setText(tr("Type the words asked for, to check that you wrote them down."));
    for (int i = 0; i < confirmLabels_.size(); ++i) {
        const int position = i < confirmPositions_.size() ? confirmPositions_[i] + 1 : i + 1;
        confirmLabels_[i]->setText(tr("Word &%1:").arg(position));
        confirmEdits_[i]->setAccessibleName(tr("Word %1").arg(position));
    }
    confirmBack_->setText(tr("&Show the words again"));
    confirmDone_->setText(tr("&Finish"));
    certifyTitle_->setText(tr("Certification"));
    certifyText_->setText(tr("A registrar certifies that this wallet belongs to a health "
                             "professional. On a single machine the embedded ledger's local "
                             "registrar can do it now."));
    orgLabel_->setText(tr("&Organisation:"));
    roleLabel_->setText(tr("Professional &role:"));
    roleEdit_->setPlaceholderText(tr("e.g. physician"));
    certifySkip_->setText(tr("&Later"));
    certifyButton_->setText(tr("&Certify with the local registrar"));
    for (auto* w : {static_cast<QWidget*>(nameEdit_), static_cast<QWidget*>(passEdit_),
                    static_cast<QWidget*>(repeatEdit_), static_cast<QWidget*>(phraseEdit_),
                    static_cast<QWidget*>(orgEdit_), static_cast<QWidget*>(roleEdit_)}) {
        for (auto* l : {nameLabel_, passLabel_, repeatLabel_, phraseLabel_, orgLabel_, roleLabel_})
            if (l->buddy() == w)
                w->setAccessibleName(l->text().remove(u'&').remove(u':'));
    }
}

void FirstRunDialog::goTo(Step s) {
    stack_->setCurrentIndex(s);
    if (s == details) {
        const bool restore = mode_ == Mode::restore;
        phraseLabel_->setVisible(restore);
        phraseEdit_->setVisible(restore);
        sharesLabel_->setVisible(!restore);
        sharesCombo_->setVisible(!restore);
        retranslate();
        updateDetailsState();
        nameEdit_->setFocus();
    } else if (s == confirm && !confirmEdits_.isEmpty()) {
        confirmEdits_.first()->setFocus();
    } else if (s == certify) {
        orgEdit_->setFocus();
    }
}

void FirstRunDialog::onWelcomeNext() {
    mode_ = restoreRadio_->isChecked()     ? Mode::restore
            : clinicianRadio_->isChecked() ? Mode::clinician
                                           : Mode::create;
    goTo(details);
}

void FirstRunDialog::updateDetailsState() {
    const bool match = passEdit_->text() == repeatEdit_->text();
    bool ok = !passEdit_->text().isEmpty() && match && strength_->acceptable();
    if (mode_ == Mode::restore)
        ok = ok && !phraseEdit_->toPlainText().trimmed().isEmpty();
    if (mode_ == Mode::clinician)
        ok = ok && !nameEdit_->text().trimmed().isEmpty();
    detailsSubmit_->setEnabled(ok);
    if (!repeatEdit_->text().isEmpty() && !match) {
        detailsError_->setText(tr("The two passphrases differ."));
        detailsError_->setVisible(true);
    } else if (!passEdit_->text().isEmpty() && !strength_->acceptable()) {
        detailsError_->setText(tr("Choose a longer passphrase: several unrelated words work "
                                  "well."));
        detailsError_->setVisible(true);
    } else {
        detailsError_->setVisible(false);
    }
}

void FirstRunDialog::onDetailsSubmit() {
    CreateWalletView what;
    what.role = mode_ == Mode::clinician ? ledger::Role::provider : ledger::Role::patient;
    what.name = nameEdit_->text().trimmed();
    what.share_spec = sharesCombo_->currentData().toString();
    // The passphrase leaves the widgets at once, into secure memory.
    SecretPtr pass = make_secret(passEdit_->text());
    passEdit_->clear();
    repeatEdit_->clear();
    goTo(working);
    if (mode_ == Mode::restore) {
        auto mnemonics = splitMnemonics(phraseEdit_->toPlainText());
        phraseEdit_->clear();
        controller_->requestRestore(what, pass, mnemonics);
    } else {
        controller_->requestCreate(what, pass);
    }
}

void FirstRunDialog::onCreated(const WalletInfo& /*info*/, const RecoveryView& material) {
    firstShareWords_ = recoveryWords_->showRecovery(material);
    // Three distinct positions to retype.
    confirmPositions_.clear();
    while (confirmPositions_.size() < 3 && firstShareWords_.size() >= 3) {
        const int p = static_cast<int>(
            QRandomGenerator::global()->bounded(static_cast<quint32>(firstShareWords_.size())));
        if (!confirmPositions_.contains(p))
            confirmPositions_.append(p);
    }
    std::sort(confirmPositions_.begin(), confirmPositions_.end());
    retranslate();
    recoveryWritten_->setChecked(false);
    goTo(recovery);
}

void FirstRunDialog::onUnlocked(const WalletInfo& /*info*/) {
    // A restore ends here; a creation goes on to the recovery phrase (walletCreated came first).
    if (mode_ == Mode::restore && step() == working) {
        accept();
    }
}

void FirstRunDialog::onFailed(const QString& operation, const QString& code,
                              const QString& message) {
    if (step() == working &&
        (operation == QLatin1String("create") || operation == QLatin1String("restore") ||
         operation == QLatin1String("register"))) {
        goTo(details);
        detailsError_->setText(errorText(code, message));
        detailsError_->setVisible(true);
        passEdit_->setFocus();
    } else if (step() == certify) {
        certifyButton_->setEnabled(true);
        certifyError_->setText(errorText(code, message));
        certifyError_->setVisible(true);
    }
}

void FirstRunDialog::onConfirm() {
    for (int i = 0; i < confirmPositions_.size(); ++i) {
        if (confirmEdits_[i]->text().trimmed().toLower() !=
            firstShareWords_[confirmPositions_[i]]) {
            confirmError_->setText(tr("Word %1 does not match. Check what you wrote down.")
                                       .arg(confirmPositions_[i] + 1));
            confirmError_->setVisible(true);
            confirmEdits_[i]->setFocus();
            confirmEdits_[i]->selectAll();
            return;
        }
    }
    // The phrase is confirmed: forget it.
    recoveryWords_->forget();
    firstShareWords_.clear();
    if (mode_ == Mode::clinician)
        goTo(certify);
    else
        accept();
}

} // namespace careledger::ui
