// The app's window: the lock screen while locked; when unlocked a sidebar (Overview, Consents,
// Access log, Emergency, Settings for a patient; Verify token and Settings in clinician mode)
// over the pages. The window connects the pages' requests to the controller and its answers
// back to the pages.
#pragma once

#include "shell/app_settings.h"
#include "shell/wallet_controller.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;
class QToolButton;

namespace careledger::ui {

namespace patient {
class OverviewPage;
class ConsentsPage;
class AccessLogPage;
class EmergencyPage;
} // namespace patient
namespace clinician {
class ClinicianPage;
}

class IdleLock;
class SettingsPage;
class UnlockView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum class Section { overview, consents, access_log, emergency, clinician, settings };

    MainWindow(WalletController* controller, AppSettings settings, QWidget* parent = nullptr);
    ~MainWindow() override;
    MainWindow(const MainWindow&) = delete;
    MainWindow& operator=(const MainWindow&) = delete;

    // Shows the first-run dialog when there is no wallet yet; returns false if it was cancelled.
    bool runFirstRunIfNeeded();
    void showSection(Section section);
    [[nodiscard]] bool isUnlocked() const { return unlocked_; }
    [[nodiscard]] QWidget* sectionWidget(Section section) const;
    [[nodiscard]] UnlockView* unlockView() const { return unlockView_; }
    [[nodiscard]] SettingsPage* settingsPage() const { return settingsPage_; }
    [[nodiscard]] IdleLock* idleLock() const { return idleLock_; }
    [[nodiscard]] const WalletInfo& walletInfo() const { return info_; }

public slots:
    void lockNow();

signals:
    // Emitted once when the lock screen first paints (the start-up benchmark's probe).
    void firstPainted();

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildPages();
    void connectController();
    void retranslate();
    void applySettings(const AppSettings& settings, bool first);
    void onUnlocked(const WalletInfo& info);
    void onLocked();
    void onFailed(const QString& operation, const QString& code, const QString& message);
    void addSection(Section section, QWidget* page);
    void setSidebarForRole(ledger::Role role);

    WalletController* controller_;
    AppSettings settings_;
    WalletInfo info_;
    bool unlocked_ = false;
    bool painted_ = false;
    QStackedWidget* outer_;
    UnlockView* unlockView_;
    QWidget* mainArea_;
    QListWidget* sidebar_;
    QStackedWidget* pages_;
    QLabel* statusLabel_;
    QProgressBar* busyBar_;
    QToolButton* aboutButton_;
    IdleLock* idleLock_;
    QList<QPair<Section, QWidget*>> sections_;
    SettingsPage* settingsPage_ = nullptr;
    patient::OverviewPage* overview_ = nullptr;
    patient::ConsentsPage* consents_ = nullptr;
    patient::AccessLogPage* accessLog_ = nullptr;
    patient::EmergencyPage* emergency_ = nullptr;
    clinician::ClinicianPage* clinician_ = nullptr;
};

} // namespace careledger::ui
