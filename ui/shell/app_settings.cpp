#include "shell/app_settings.h"

#include <QSettings>

namespace careledger::ui {

AppSettings AppSettings::load() {
    QSettings s;
    AppSettings a;
    a.auto_lock_minutes = s.value(QStringLiteral("security/autoLockMinutes"), 5).toInt();
    a.clipboard_seconds = s.value(QStringLiteral("security/clipboardSeconds"), 30).toInt();
    a.hide_health_details = s.value(QStringLiteral("privacy/hideHealthDetails"), false).toBool();
    a.language = s.value(QStringLiteral("ui/language")).toString();
    const QString theme = s.value(QStringLiteral("ui/theme")).toString();
    a.theme = theme == QLatin1String("light")  ? Theme::light
              : theme == QLatin1String("dark") ? Theme::dark
                                               : Theme::system;
    a.node_url = s.value(QStringLiteral("network/nodeUrl")).toString();
    a.network_dir = s.value(QStringLiteral("network/networkDir")).toString();
    return a;
}

void AppSettings::save() const {
    QSettings s;
    s.setValue(QStringLiteral("security/autoLockMinutes"), auto_lock_minutes);
    s.setValue(QStringLiteral("security/clipboardSeconds"), clipboard_seconds);
    s.setValue(QStringLiteral("privacy/hideHealthDetails"), hide_health_details);
    s.setValue(QStringLiteral("ui/language"), language);
    s.setValue(QStringLiteral("ui/theme"), theme == Theme::light  ? QStringLiteral("light")
                                           : theme == Theme::dark ? QStringLiteral("dark")
                                                                  : QStringLiteral("system"));
    s.setValue(QStringLiteral("network/nodeUrl"), node_url);
    s.setValue(QStringLiteral("network/networkDir"), network_dir);
}

} // namespace careledger::ui
