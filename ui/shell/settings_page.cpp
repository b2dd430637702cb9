#include "shell/settings_page.h"

#include "common/error_text.h"
#include "common/passphrase_strength.h"
#include "shell/network_choice.h"
#include "shell/recovery_shares_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace careledger::ui {

SettingsPage::SettingsPage(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("settingsPage"));
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    auto* v = new QVBoxLayout(content);

    securityBox_ = new QGroupBox(content);
    auto* sf = new QFormLayout(securityBox_);
    autoLockLabel_ = new QLabel(securityBox_);
    autoLockSpin_ = new QSpinBox(securityBox_);
    autoLockSpin_->setObjectName(QStringLiteral("autoLockSpin"));
    autoLockSpin_->setRange(0, 240);
    autoLockLabel_->setBuddy(autoLockSpin_);
    clipboardLabel_ = new QLabel(securityBox_);
    clipboardSpin_ = new QSpinBox(securityBox_);
    clipboardSpin_->setObjectName(QStringLiteral("clipboardSpin"));
    clipboardSpin_->setRange(0, 600);
    clipboardLabel_->setBuddy(clipboardSpin_);
    lockButton_ = new QPushButton(securityBox_);
    lockButton_->setObjectName(QStringLiteral("lockButton"));
    sf->addRow(autoLockLabel_, autoLockSpin_);
    sf->addRow(clipboardLabel_, clipboardSpin_);
    sf->addRow(QString(), lockButton_);
    v->addWidget(securityBox_);

    privacyBox_ = new QGroupBox(content);
    auto* pv = new QVBoxLayout(privacyBox_);
    hideDetailsCheck_ = new QCheckBox(privacyBox_);
    hideDetailsCheck_->setObjectName(QStringLiteral("hideDetailsCheck"));
    pv->addWidget(hideDetailsCheck_);
    v->addWidget(privacyBox_);

    appearanceBox_ = new QGroupBox(content);
    auto* af = new QFormLayout(appearanceBox_);
    languageLabel_ = new QLabel(appearanceBox_);
    languageCombo_ = new QComboBox(appearanceBox_);
    languageCombo_->setObjectName(QStringLiteral("languageCombo"));
    languageLabel_->setBuddy(languageCombo_);
    themeLabel_ = new QLabel(appearanceBox_);
    themeCombo_ = new QComboBox(appearanceBox_);
    themeCombo_->setObjectName(QStringLiteral("themeCombo"));
    themeLabel_->setBuddy(themeCombo_);
    af->addRow(languageLabel_, languageCombo_);
    af->addRow(themeLabel_, themeCombo_);
    v->addWidget(appearanceBox_);

    networkBox_ = new QGroupBox(content);
    auto* nv = new QVBoxLayout(networkBox_);
    embeddedRadio_ = new QRadioButton(networkBox_);
    embeddedRadio_->setObjectName(QStringLiteral("embeddedRadio"));
    nodeRadio_ = new QRadioButton(networkBox_);
    nodeRadio_->setObjectName(QStringLiteral("nodeRadio"));
    auto* nf = new QFormLayout;
    nodeUrlLabel_ = new QLabel(networkBox_);
    nodeUrlEdit_ = new QLineEdit(networkBox_);
    nodeUrlEdit_->setObjectName(QStringLiteral("nodeUrlEdit"));
    nodeUrlLabel_->setBuddy(nodeUrlEdit_);
    networkDirLabel_ = new QLabel(networkBox_);
    networkDirEdit_ = new QLineEdit(networkBox_);
    networkDirEdit_->setObjectName(QStringLiteral("networkDirEdit"));
    networkDirLabel_->setBuddy(networkDirEdit_);
    browseButton_ = new QPushButton(networkBox_);
    browseButton_->setObjectName(QStringLiteral("networkDirBrowse"));
    auto* dirRow = new QHBoxLayout;
    dirRow->addWidget(networkDirEdit_, 1);
    dirRow->addWidget(browseButton_);
    nf->addRow(nodeUrlLabel_, nodeUrlEdit_);
    nf->addRow(networkDirLabel_, dirRow);
    networkError_ = new QLabel(networkBox_);
    networkError_->setObjectName(QStringLiteral("networkMessage"));
    networkError_->setWordWrap(true);
    networkError_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    networkError_->setVisible(false);
    networkNote_ = new QLabel(networkBox_);
    networkNote_->setWordWrap(true);
    auto* nb = new QHBoxLayout;
    applyNetworkButton_ = new QPushButton(networkBox_);
    applyNetworkButton_->setObjectName(QStringLiteral("applyNetworkButton"));
    syncButton_ = new QPushButton(networkBox_);
    syncButton_->setObjectName(QStringLiteral("settingsSyncButton"));
    nb->addWidget(applyNetworkButton_);
    nb->addWidget(syncButton_);
    nb->addStretch(1);
    nv->addWidget(embeddedRadio_);
    nv->addWidget(nodeRadio_);
    nv->addLayout(nf);
    nv->addWidget(networkError_);
    nv->addWidget(networkNote_);
    nv->addLayout(nb);
    v->addWidget(networkBox_);

    walletBox_ = new QGroupBox(content);
    auto* wv = new QVBoxLayout(walletBox_);
    walletLabel_ = new QLabel(walletBox_);
    walletLabel_->setWordWrap(true);
    walletLabel_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* wb = new QHBoxLayout;
    backupButton_ = new QPushButton(walletBox_);
    backupButton_->setObjectName(QStringLiteral("backupButton"));
    passphraseButton_ = new QPushButton(walletBox_);
    passphraseButton_->setObjectName(QStringLiteral("passphraseButton"));
    sharesButton_ = new QPushButton(walletBox_);
    sharesButton_->setObjectName(QStringLiteral("recoverySharesButton"));
    wb->addWidget(backupButton_);
    wb->addWidget(passphraseButton_);
    wb->addWidget(sharesButton_);
    wb->addStretch(1);
    wv->addWidget(walletLabel_);
    wv->addLayout(wb);
    v->addWidget(walletBox_);

    certifyBox_ = new QGroupBox(content);
    auto* cv = new QVBoxLayout(certifyBox_);
    certifyStatus_ = new QLabel(certifyBox_);
    certifyStatus_->setWordWrap(true);
    certifyButton_ = new QPushButton(certifyBox_);
    certifyButton_->setObjectName(QStringLiteral("settingsCertifyButton"));
    cv->addWidget(certifyStatus_);
    cv->addWidget(certifyButton_, 0, Qt::AlignLeft);
    certifyBox_->setVisible(false);
    v->addWidget(certifyBox_);
    v->addStretch(1);

    for (int i = 0; i < 4; ++i)
        themeCombo_->addItem(QString());
    themeCombo_->removeItem(3);
    for (int i = 0; i < 5; ++i)
        languageCombo_->addItem(QString());

    auto changed = [this] { readBack(); };
    connect(autoLockSpin_, &QSpinBox::valueChanged, this, changed);
    connect(clipboardSpin_, &QSpinBox::valueChanged, this, changed);
    connect(hideDetailsCheck_, &QCheckBox::toggled, this, changed);
    connect(languageCombo_, &QComboBox::currentIndexChanged, this, changed);
    connect(themeCombo_, &QComboBox::currentIndexChanged, this, changed);
    connect(embeddedRadio_, &QRadioButton::toggled, this, [this](bool embedded) {
        showNetworkState();
        if (embedded && !updating_)
            applyNetwork();
        else if (!embedded && !updating_)
            nodeUrlEdit_->setFocus();
    });
    connect(nodeUrlEdit_, &QLineEdit::returnPressed, this, &SettingsPage::applyNetwork);
    connect(networkDirEdit_, &QLineEdit::returnPressed, this, &SettingsPage::applyNetwork);
    connect(applyNetworkButton_, &QPushButton::clicked, this, &SettingsPage::applyNetwork);
    connect(browseButton_, &QPushButton::clicked, this, &SettingsPage::browseNetworkDir);
    connect(syncButton_, &QPushButton::clicked, this, [this] {
        if (controller_)
            controller_->requestRefresh();
    });
    connect(sharesButton_, &QPushButton::clicked, this, &SettingsPage::askRecoveryShares);
    connect(lockButton_, &QPushButton::clicked, this, &SettingsPage::lockRequested);
    connect(backupButton_, &QPushButton::clicked, this, &SettingsPage::askExportBackup);
    connect(passphraseButton_, &QPushButton::clicked, this, &SettingsPage::askChangePassphrase);
    connect(certifyButton_, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString org = QInputDialog::getText(this, tr("Certification"), tr("Organisation:"),
                                                  QLineEdit::Normal, QString(), &ok);
        if (ok)
            emit certifyRequested(info_.name, org, tr("physician"));
    });
    retranslate();
    setSettings(settings_);
}

void SettingsPage::setSettings(const AppSettings& settings) {
    settings_ = settings;
    updating_ = true;
    autoLockSpin_->setValue(settings.auto_lock_minutes);
    clipboardSpin_->setValue(settings.clipboard_seconds);
    hideDetailsCheck_->setChecked(settings.hide_health_details);
    const QStringList langs{QString(), QStringLiteral("en"), QStringLiteral("de"),
                            QStringLiteral("fr"), QStringLiteral("es")};
    languageCombo_->setCurrentIndex(
        std::max(0, static_cast<int>(langs.indexOf(settings.language))));
    themeCombo_->setCurrentIndex(static_cast<int>(settings.theme));
    embeddedRadio_->setChecked(settings.node_url.isEmpty());
    nodeRadio_->setChecked(!settings.node_url.isEmpty());
    if (!settings.node_url.isEmpty() || nodeUrlEdit_->text().isEmpty())
        nodeUrlEdit_->setText(settings.node_url);
    if (!settings.network_dir.isEmpty() || networkDirEdit_->text().isEmpty())
        networkDirEdit_->setText(settings.network_dir);
    showNetworkState();
    updating_ = false;
}

void SettingsPage::setController(WalletController* controller) {
    if (controller == controller_)
        return;
    controller_ = controller;
    // The persisted choice is what the next unlock opens.
    if (controller_)
        controller_->setNetwork(settings_.node_url, settings_.network_dir);
    showNetworkState();
}

QDialog* SettingsPage::recoverySharesDialog() const {
    return sharesDialog_.data();
}

void SettingsPage::showNetworkState() {
    const bool node = nodeRadio_->isChecked();
    for (QWidget* w :
         std::initializer_list<QWidget*>{nodeUrlLabel_, nodeUrlEdit_, networkDirLabel_,
                                         networkDirEdit_, browseButton_, applyNetworkButton_})
        w->setEnabled(node);
    syncButton_->setEnabled(controller_ != nullptr && !info_.key_id.isEmpty());
    sharesButton_->setEnabled(controller_ != nullptr && !info_.key_id.isEmpty());
    if (!networkErrorCode_.isEmpty()) {
        networkError_->setText(QStringLiteral("\u2716 ") +
                               errorText(networkErrorCode_, networkErrorMessage_));
        networkError_->setStyleSheet(QStringLiteral("color: #b00020;"));
        networkError_->setVisible(true);
    }
}

void SettingsPage::applyNetwork() {
    if (updating_)
        return;
    const bool node = nodeRadio_->isChecked();
    const QString url = node ? nodeUrlEdit_->text().trimmed() : QString();
    const QString dir = node ? networkDirEdit_->text().trimmed() : settings_.network_dir;
    NetworkChoiceCheck check;
    if (node)
        check = url.isEmpty() ? checkNodeUrls(url) : checkNetworkChoice(url, dir);
    if (!check.ok()) {
        // Nothing is saved: the last accepted choice stays in force.
        networkErrorCode_ = check.code;
        networkErrorMessage_ = check.message;
        showNetworkState();
        return;
    }
    networkErrorCode_.clear();
    networkErrorMessage_.clear();
    const bool changed = url != settings_.node_url || dir != settings_.network_dir;
    settings_.node_url = url;
    settings_.network_dir = dir;
    if (controller_)
        controller_->setNetwork(url, dir);
    networkError_->setStyleSheet(QString());
    networkError_->setText(url.isEmpty()
                               ? tr("\u2714 Saved: the embedded ledger, from the next unlock.")
                               : tr("\u2714 Saved: node %1, from the next unlock.").arg(url));
    networkError_->setVisible(true);
    showNetworkState();
    if (changed)
        emit settingsChanged(settings_);
}

void SettingsPage::browseNetworkDir() {
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Choose the directory of the network and policy files"), networkDirEdit_->text());
    if (dir.isEmpty())
        return;
    networkDirEdit_->setText(dir);
    applyNetwork();
}

void SettingsPage::askRecoveryShares() {
    if (!controller_ || sharesDialog_)
        return;
    auto* dialog = new RecoverySharesDialog(controller_, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    sharesDialog_ = dialog;
    dialog->open();
}

void SettingsPage::readBack() {
    if (updating_)
        return;
    static const QStringList langs{QString(), QStringLiteral("en"), QStringLiteral("de"),
                                   QStringLiteral("fr"), QStringLiteral("es")};
    AppSettings s = settings_;
    s.auto_lock_minutes = autoLockSpin_->value();
    s.clipboard_seconds = clipboardSpin_->value();
    s.hide_health_details = hideDetailsCheck_->isChecked();
    s.language = langs.value(languageCombo_->currentIndex());
    s.theme = static_cast<Theme>(themeCombo_->currentIndex());
    // The network changes only through applyNetwork(), after it was checked.
    settings_ = s;
    emit settingsChanged(s);
}

void SettingsPage::setWalletInfo(const WalletInfo& info) {
    info_ = info;
    certifyBox_->setVisible(info.role == ledger::Role::provider);
    retranslate();
    showNetworkState();
}

void SettingsPage::setCertified(bool certified) {
    certifyStatus_->setText(certified ? tr("This wallet is a certified provider.")
                                      : tr("This wallet is not certified yet: tokens can be "
                                           "verified, but access cannot be recorded."));
    certifyButton_->setVisible(!certified);
}

void SettingsPage::setHideHealthDetails(bool hide) {
    updating_ = true;
    hideDetailsCheck_->setChecked(hide);
    settings_.hide_health_details = hide;
    updating_ = false;
}

void SettingsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslate() {
    securityBox_->setTitle(tr("Security"));
    autoLockLabel_->setText(tr("&Lock after idle (minutes, 0 = never):"));
    autoLockSpin_->setAccessibleName(tr("Auto-lock minutes"));
    clipboardLabel_->setText(tr("&Clear copied text after (seconds, 0 = never):"));
    clipboardSpin_->setAccessibleName(tr("Clipboard clear seconds"));
    lockButton_->setText(tr("Lock &now (Ctrl+L)"));
    privacyBox_->setTitle(tr("Privacy"));
    hideDetailsCheck_->setText(tr("&Hide health details on screen (allergies, medications, "
                                  "problems)"));
    appearanceBox_->setTitle(tr("Appearance"));
    languageLabel_->setText(tr("Lan&guage:"));
    languageCombo_->setAccessibleName(tr("Language"));
    languageCombo_->setItemText(0, tr("System language"));
    languageCombo_->setItemText(1, QStringLiteral("English"));
    languageCombo_->setItemText(2, QStringLiteral("Deutsch"));
    languageCombo_->setItemText(3, QStringLiteral("Français"));
    languageCombo_->setItemText(4, QStringLiteral("Español"));
    themeLabel_->setText(tr("&Theme:"));
    themeCombo_->setAccessibleName(tr("Theme"));
    themeCombo_->setItemText(0, tr("System"));
    themeCombo_->setItemText(1, tr("Light"));
    themeCombo_->setItemText(2, tr("Dark"));
    networkBox_->setTitle(tr("Network"));
    embeddedRadio_->setText(tr("&Embedded ledger on this computer"));
    nodeRadio_->setText(tr("Connect to a no&de"));
    nodeUrlLabel_->setText(tr("Node &URL:"));
    nodeUrlEdit_->setAccessibleName(tr("Node URL"));
    nodeUrlEdit_->setPlaceholderText(QStringLiteral("https://node.example.org"));
    networkDirLabel_->setText(tr("Network &files:"));
    networkDirEdit_->setAccessibleName(tr("Network files directory"));
    networkDirEdit_->setPlaceholderText(tr("Directory with the network and policy files"));
    browseButton_->setText(tr("&Browse…"));
    browseButton_->setAccessibleName(tr("Browse for the network files directory"));
    applyNetworkButton_->setText(tr("Use this net&work"));
    syncButton_->setText(tr("S&ync now"));
    syncButton_->setAccessibleName(tr("Sync now"));
    networkNote_->setText(tr("The pinned network and policy files (log key, validators and "
                             "quorum) are checked on every sync. Plain http is accepted only for "
                             "a node on this computer. Changes apply at the next unlock."));
    walletBox_->setTitle(tr("Wallet"));
    walletLabel_->setText(info_.key_id.isEmpty() ? tr("No wallet is open.")
                                                 : tr("Key ID: %1").arg(info_.key_id));
    backupButton_->setText(tr("E&xport backup…"));
    passphraseButton_->setText(tr("Change &passphrase…"));
    sharesButton_->setText(tr("Create new &recovery shares…"));
    certifyBox_->setTitle(tr("Provider certification"));
    certifyButton_->setText(tr("Certify with the local regi&strar…"));
}

void SettingsPage::askExportBackup() {
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export backup"), dir + QStringLiteral("/careledger-backup.clbak"),
        tr("CareLedger backup (*.clbak)"));
    if (!path.isEmpty())
        emit exportBackupRequested(path);
}

void SettingsPage::askChangePassphrase() {
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("changePassphraseDialog"));
    dialog.setWindowTitle(tr("Change passphrase"));
    auto* form = new QFormLayout(&dialog);
    auto* current = new QLineEdit(&dialog);
    auto* fresh = new QLineEdit(&dialog);
    auto* repeat = new QLineEdit(&dialog);
    auto* strength = new PassphraseStrength(&dialog);
    for (auto* e : {current, fresh, repeat})
        e->setEchoMode(QLineEdit::Password);
    current->setAccessibleName(tr("Current passphrase"));
    fresh->setAccessibleName(tr("New passphrase"));
    repeat->setAccessibleName(tr("Repeat new passphrase"));
    form->addRow(tr("&Current passphrase:"), current);
    form->addRow(tr("&New passphrase:"), fresh);
    form->addRow(QString(), strength);
    form->addRow(tr("&Repeat new passphrase:"), repeat);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    auto update = [&] {
        strength->setPassphrase(fresh->text());
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!current->text().isEmpty() && fresh->text() == repeat->text() &&
                         strength->acceptable());
    };
    connect(fresh, &QLineEdit::textChanged, &dialog, update);
    connect(repeat, &QLineEdit::textChanged, &dialog, update);
    connect(current, &QLineEdit::textChanged, &dialog, update);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    update();
    if (dialog.exec() == QDialog::Accepted)
        emit changePassphraseRequested(make_secret(current->text()), make_secret(fresh->text()));
    for (auto* e : {current, fresh, repeat})
        e->clear();
}

} // namespace careledger::ui
