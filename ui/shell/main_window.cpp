#include "shell/main_window.h"

#include "clinician/clinician_page.h"
#include "common/error_text.h"
#include "common/self_clearing_clipboard.h"
#include "patient/access_log_page.h"
#include "patient/consents_page.h"
#include "patient/emergency_page.h"
#include "patient/overview_page.h"
#include "shell/about_dialog.h"
#include "shell/appearance.h"
#include "shell/first_run_dialog.h"
#include "shell/idle_lock.h"
#include "shell/settings_page.h"
#include "shell/unlock_view.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolButton>

namespace careledger::ui {

MainWindow::MainWindow(WalletController* controller, AppSettings settings, QWidget* parent)
    : QMainWindow(parent), controller_(controller), settings_(std::move(settings)),
      outer_(new QStackedWidget(this)), unlockView_(new UnlockView(outer_)),
      mainArea_(new QWidget(outer_)), sidebar_(new QListWidget(mainArea_)),
      pages_(new QStackedWidget(mainArea_)), statusLabel_(new QLabel(this)),
      busyBar_(new QProgressBar(this)), aboutButton_(new QToolButton(this)),
      idleLock_(new IdleLock(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setCentralWidget(outer_);
    outer_->addWidget(unlockView_);
    outer_->addWidget(mainArea_);
    auto* h = new QHBoxLayout(mainArea_);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(sidebar_);
    h->addWidget(pages_, 1);
    sidebar_->setObjectName(QStringLiteral("sidebar"));
    sidebar_->setFrameShape(QFrame::NoFrame);
    sidebar_->setSpacing(2);
    unlockView_->setWalletLocation(controller_->paths().wallet_dir);
    unlockView_->installEventFilter(this);

    busyBar_->setRange(0, 0);
    busyBar_->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    busyBar_->setVisible(false);
    statusBar()->addWidget(statusLabel_, 1);
    statusBar()->addPermanentWidget(busyBar_);
    // About (F1): the version a support request needs, reachable locked or unlocked.
    aboutButton_->setObjectName(QStringLiteral("aboutButton"));
    aboutButton_->setAutoRaise(true);
    statusBar()->addPermanentWidget(aboutButton_);
    connect(aboutButton_, &QToolButton::clicked, this, [this] {
        AboutDialog about(this);
        about.exec();
    });
    auto* aboutAction = new QAction(this);
    aboutAction->setShortcut(QKeySequence::HelpContents);
    connect(aboutAction, &QAction::triggered, aboutButton_, &QToolButton::click);
    addAction(aboutAction);

    auto* lockAction = new QAction(this);
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(lockAction, &QAction::triggered, this, &MainWindow::lockNow);
    addAction(lockAction);
    // Alt+1 … Alt+6 jump to the sections (the sidebar is also reachable with Tab and arrows).
    for (int i = 0; i < 6; ++i) {
        auto* go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::ALT | static_cast<Qt::Key>(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] {
            if (unlocked_ && i < sidebar_->count() && !sidebar_->item(i)->isHidden())
                sidebar_->setCurrentRow(i);
        });
        addAction(go);
    }

    buildPages();
    connectController();
    connect(sidebar_, &QListWidget::currentRowChanged, pages_, &QStackedWidget::setCurrentIndex);
    connect(idleLock_, &IdleLock::lockRequested, this, &MainWindow::lockNow);
    applySettings(settings_, true);
    retranslate();
    outer_->setCurrentWidget(unlockView_);
    const int em = fontMetrics().height();
    resize(em * 72, em * 48); // about 1100 x 740 at a 15 px line: the log table fits
}

MainWindow::~MainWindow() = default;

void MainWindow::addSection(Section section, QWidget* page) {
    sections_.append({section, page});
    pages_->addWidget(page);
    auto* item = new QListWidgetItem(sidebar_);
    item->setData(Qt::UserRole, static_cast<int>(section));
}

void MainWindow::buildPages() {
    overview_ = new patient::OverviewPage(pages_);
    addSection(Section::overview, overview_);
    consents_ = new patient::ConsentsPage(pages_);
    addSection(Section::consents, consents_);
    accessLog_ = new patient::AccessLogPage(pages_);
    addSection(Section::access_log, accessLog_);
    emergency_ = new patient::EmergencyPage(pages_);
    addSection(Section::emergency, emergency_);
    clinician_ = new clinician::ClinicianPage(pages_);
    addSection(Section::clinician, clinician_);
    settingsPage_ = new SettingsPage(pages_);
    settingsPage_->setController(controller_); // the network choice and Sync now reach the wallet
    addSection(Section::settings, settingsPage_);
}

QWidget* MainWindow::sectionWidget(Section section) const {
    for (const auto& [s, w] : sections_)
        if (s == section)
            return w;
    return nullptr;
}

void MainWindow::showSection(Section section) {
    for (int i = 0; i < sections_.size(); ++i)
        if (sections_[i].first == section)
            sidebar_->setCurrentRow(i);
}

void MainWindow::setSidebarForRole(ledger::Role role) {
    const bool clinicianMode = role == ledger::Role::provider;
    for (int i = 0; i < sections_.size(); ++i) {
        const Section s = sections_[i].first;
        const bool visible = s == Section::settings ||
                             (clinicianMode ? s == Section::clinician : s != Section::clinician);
        sidebar_->item(i)->setHidden(!visible);
    }
    showSection(clinicianMode ? Section::clinician : Section::overview);
}

void MainWindow::connectController() {
    auto* c = controller_;
    connect(c, &WalletController::unlocked, this, &MainWindow::onUnlocked);
    connect(c, &WalletController::locked, this, &MainWindow::onLocked);
    connect(c, &WalletController::failed, this, &MainWindow::onFailed);
    connect(c, &WalletController::busyChanged, this, [this](bool busy, const QString& what) {
        busyBar_->setVisible(busy);
        statusLabel_->setText(busy ? what : QString());
    });
    connect(c, &WalletController::done, this, [this](const QString& op) {
        if (op == QLatin1String("passphrase"))
            statusBar()->showMessage(tr("The passphrase was changed."), 5000);
        else if (op == QLatin1String("backup"))
            statusBar()->showMessage(tr("The backup was written."), 5000);
        else if (op == QLatin1String("certify"))
            statusBar()->showMessage(tr("This wallet is now a certified provider."), 5000);
    });
    connect(unlockView_, &UnlockView::unlockRequested, c,
            [c](const SecretPtr& pass) { c->requestOpen(pass); });
    connect(c, &WalletController::certified, settingsPage_, &SettingsPage::setCertified);

    // Settings.
    connect(settingsPage_, &SettingsPage::settingsChanged, this,
            [this](const AppSettings& s) { applySettings(s, false); });
    connect(settingsPage_, &SettingsPage::lockRequested, this, &MainWindow::lockNow);
    connect(settingsPage_, &SettingsPage::exportBackupRequested, c,
            [c](const QString& path) { c->requestExportBackup(path); });
    connect(settingsPage_, &SettingsPage::changePassphraseRequested, c,
            [c](const SecretPtr& cur, const SecretPtr& next) {
                c->requestChangePassphrase(cur, next);
            });
    connect(settingsPage_, &SettingsPage::certifyRequested, c,
            [c](const QString& n, const QString& o, const QString& r) {
                c->requestCertifySelf(n, o, r);
            });

    connect(c, &WalletController::ledgerStatus, overview_, &patient::OverviewPage::setLedgerStatus);
    connect(c, &WalletController::alerts, overview_, &patient::OverviewPage::setAlerts);
    connect(c, &WalletController::counts, overview_, &patient::OverviewPage::setCounts);
    connect(overview_, &patient::OverviewPage::syncRequested, c, [c] { c->requestRefresh(); });
    connect(overview_, &patient::OverviewPage::showAccessLogRequested, this,
            [this] { showSection(Section::access_log); });
    connect(c, &WalletController::grants, consents_, &patient::ConsentsPage::setGrants);
    connect(c, &WalletController::providers, consents_, &patient::ConsentsPage::setProviders);
    connect(consents_, &patient::ConsentsPage::grantRequested, c,
            [c](const wallet::GrantRequest& r) { c->requestGrant(r); });
    connect(consents_, &patient::ConsentsPage::revokeRequested, c,
            [c](const ledger::EntryId& id) { c->requestRevoke(id); });
    connect(c, &WalletController::events, accessLog_, &patient::AccessLogPage::setEvents);
    connect(c, &WalletController::card, emergency_, &patient::EmergencyPage::setCard);
    connect(c, &WalletController::tokens, emergency_, &patient::EmergencyPage::setTokens);
    connect(c, &WalletController::tokenIssued, emergency_,
            &patient::EmergencyPage::showIssuedToken);
    connect(emergency_, &patient::EmergencyPage::cardSaveRequested, c,
            [c](const token::TriageSet& card) { c->requestCardSave(card); });
    connect(emergency_, &patient::EmergencyPage::cardImportRequested, c,
            [c](const QString& path) { c->requestCardImport(path); });
    connect(emergency_, &patient::EmergencyPage::tokenIssueRequested, c,
            [c](const TokenIssueView& v) { c->requestTokenIssue(v); });
    connect(emergency_, &patient::EmergencyPage::tokenRevokeRequested, c,
            [c](const ledger::TokenId& id) { c->requestTokenRevoke(id); });
    connect(clinician_, &clinician::ClinicianPage::verifyRequested, c,
            [c](const QString& text, const QString& pin) { c->requestVerify(text, pin); });
    connect(c, &WalletController::verdict, clinician_, &clinician::ClinicianPage::showVerdict);
    connect(c, &WalletController::accessLogged, clinician_,
            &clinician::ClinicianPage::showAccessLogged);
}

void MainWindow::applySettings(const AppSettings& s, bool first) {
    const bool languageChanged = first || s.language != settings_.language;
    const bool themeChanged = first || s.theme != settings_.theme;
    settings_ = s;
    if (!first)
        s.save();
    idleLock_->setMinutes(s.auto_lock_minutes);
    SelfClearingClipboard::instance()->setClearSeconds(s.clipboard_seconds);
    if (themeChanged)
        applyTheme(s.theme);
    if (languageChanged)
        applyLanguage(s.language);
    settingsPage_->setSettings(s);
    settingsPage_->setHideHealthDetails(s.hide_health_details);
    overview_->setHideHealthDetails(s.hide_health_details);
    consents_->setHideHealthDetails(s.hide_health_details);
    accessLog_->setHideHealthDetails(s.hide_health_details);
    emergency_->setHideHealthDetails(s.hide_health_details);
    clinician_->setHideHealthDetails(s.hide_health_details);
}

bool MainWindow::runFirstRunIfNeeded() {
    if (controller_->walletExists())
        return true;
    FirstRunDialog dialog(controller_, this);
    return dialog.exec() == QDialog::Accepted;
}

void MainWindow::lockNow() {
    if (!unlocked_)
        return;
    SelfClearingClipboard::instance()->clearNow();
    controller_->requestLock();
}

void MainWindow::onUnlocked(const WalletInfo& info) {
    info_ = info;
    unlocked_ = true;
    settingsPage_->setWalletInfo(info);
    setSidebarForRole(info.role);
    outer_->setCurrentWidget(mainArea_);
    unlockView_->setBusy(false);
    idleLock_->setArmed(true);
    retranslate();
    sidebar_->setFocus();
}

void MainWindow::onLocked() {
    unlocked_ = false;
    idleLock_->setArmed(false);
    outer_->setCurrentWidget(unlockView_);
    unlockView_->showError(QString());
    unlockView_->focusPassphrase();
    retranslate();
}

void MainWindow::onFailed(const QString& operation, const QString& code, const QString& message) {
    const QString text = errorText(code, message);
    if (operation == QLatin1String("open")) {
        unlockView_->showError(text);
        return;
    }
    if (!unlocked_)
        return; // the first-run dialog shows its own errors
    if (operation == QLatin1String("card") || operation == QLatin1String("import"))
        emergency_->cardFailed(text);
    statusBar()->showMessage(text, 10000);
    if (operation != QLatin1String("audit")) {
        QMessageBox box(QMessageBox::Warning, tr("CareLedger"), text, QMessageBox::Ok, this);
        box.setObjectName(QStringLiteral("errorMessageBox"));
        box.exec();
    }
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event) {
    if (watched == unlockView_ && event->type() == QEvent::Paint && !painted_) {
        painted_ = true;
        emit firstPainted();
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::retranslate() {
    setWindowTitle(unlocked_ && !info_.name.isEmpty() ? tr("CareLedger — %1").arg(info_.name)
                                                      : tr("CareLedger"));
    sidebar_->setAccessibleName(tr("Sections"));
    pages_->setAccessibleName(tr("Page"));
    busyBar_->setAccessibleName(tr("Working"));
    aboutButton_->setText(tr("About"));
    aboutButton_->setAccessibleName(tr("About CareLedger"));
    aboutButton_->setToolTip(tr("About CareLedger (F1)"));
    for (int i = 0; i < sections_.size(); ++i) {
        QString text;
        switch (sections_[i].first) {
        case Section::overview:
            text = tr("Overview");
            break;
        case Section::consents:
            text = tr("Consents");
            break;
        case Section::access_log:
            text = tr("Access log");
            break;
        case Section::emergency:
            text = tr("Emergency");
            break;
        case Section::clinician:
            text = tr("Verify token");
            break;
        case Section::settings:
            text = tr("Settings");
            break;
        }
        sidebar_->item(i)->setText(text);
    }
    const int em = fontMetrics().height();
    int widest = 0;
    for (int i = 0; i < sidebar_->count(); ++i)
        widest = std::max(widest, fontMetrics().horizontalAdvance(sidebar_->item(i)->text()));
    sidebar_->setFixedWidth(widest + em * 3);
}

} // namespace careledger::ui
