// Settings: auto-lock, clipboard clear time, language, theme, hiding health details, network,
// and the wallet's backup and passphrase. App-level values persist in QSettings.
#pragma once

#include "shell/app_settings.h"
#include "shell/wallet_controller.h"

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
    QLineEdit* nodeUrlEdit_;
    QLabel* networkNote_;
    QGroupBox* walletBox_;
    QLabel* walletLabel_;
    QPushButton* backupButton_;
    QPushButton* passphraseButton_;
    QGroupBox* certifyBox_;
    QLabel* certifyStatus_;
    QPushButton* certifyButton_;
};

} // namespace careledger::ui
