// The app-level settings kept in QSettings (the wallet's own settings live in its vault).
#pragma once

#include <QString>

namespace careledger::ui {

enum class Theme { system, light, dark };

struct AppSettings {
    int auto_lock_minutes = 5;  // 0: never
    int clipboard_seconds = 30; // 0: never cleared
    QString language;           // "" = the system's; "en", "de", "fr", "es"
    Theme theme = Theme::system;
    bool hide_health_details = false;
    QString node_url;    // empty: the embedded ledger
    QString network_dir; // with a node URL: the directory of the pinned `network` and `policy`

    static AppSettings load();
    void save() const;
};

} // namespace careledger::ui
