// Settings: auto-lock, clipboard clear time, language, theme, hiding health details, network,
// and the wallet's backup and passphrase. App-level values persist in QSettings.
#pragma once

#include "shell/app_settings.h"
#include "shell/wallet_controller.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace careledger::ui {

class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(QWidget* parent = nullptr);
    void setSettings(const AppSettings& settings);
    [[nodiscard]] AppSettings settings() const { return settings_; }
    void setWalletInfo(const WalletInfo& info);
    void setCertified(bool certified);
    void setHideHealthDetails(bool hide);
    // The controller the page tells which network the next unlock uses, asks to sync, and asks
    // for new recovery shares. Calling it again with the same controller changes nothing.
    void setController(WalletController* controller);
    // Tests: the dialog "Create new recovery shares" opened (null when none is open).
    [[nodiscard]] QDialog* recoverySharesDialog() const;

signals:
    void settingsChanged(const careledger::ui::AppSettings& settings);
    void lockRequested();
    void exportBackupRequested(const QString& path);
    void changePassphraseRequested(const careledger::ui::SecretPtr& current,
                                   const careledger::ui::SecretPtr& replacement);
    void certifyRequested(const QString& display_name, const QString& organisation,
                          const QString& provider_role);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void readBack();
    void askChangePassphrase();
    void askExportBackup();
    void askRecoveryShares();
    void browseNetworkDir();
    void applyNetwork();
    void showNetworkState();

    AppSettings settings_;
    WalletInfo info_;
    bool updating_ = false;
    QGroupBox* securityBox_;
    QLabel* autoLockLabel_;
    QSpinBox* autoLockSpin_;
    QLabel* clipboardLabel_;
    QSpinBox* clipboardSpin_;
    QPushButton* lockButton_;
    QGroupBox* privacyBox_;
    QCheckBox* hideDetailsCheck_;
    QGroupBox* appearanceBox_;
    QLabel* languageLabel_;
    QComboBox* languageCombo_;
    QLabel* themeLabel_;
    QComboBox* themeCombo_;
    QGroupBox* networkBox_;
    QRadioButton* embeddedRadio_;
    QRadioButton* nodeRadio_;
    QLabel* nodeUrlLabel_;
    QLineEdit* nodeUrlEdit_;
    QLabel* networkDirLabel_;
    QLineEdit* networkDirEdit_;
    QPushButton* browseButton_;
    QPushButton* applyNetworkButton_;
    QPushButton* syncButton_;
    QLabel* networkError_;
    QLabel* networkNote_;
    QString networkErrorCode_;
    QString networkErrorMessage_;
    QPointer<WalletController> controller_;
    QPointer<QDialog> sharesDialog_;
    QPushButton* sharesButton_;
    QGroupBox* walletBox_;
    QLabel* walletLabel_;
    QPushButton* backupButton_;
    QPushButton* passphraseButton_;
    QGroupBox* certifyBox_;
    QLabel* certifyStatus_;
    QPushButton* certifyButton_;
};

} // namespace careledger::ui
