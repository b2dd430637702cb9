// Theme (Fusion with light or dark palettes, or the platform's own) and language switching at
// run time: our translations from :/i18n and Qt's own qtbase_xx from the Qt installation.
#pragma once

#include "shell/app_settings.h"

#include <QString>
#include <QStringList>

namespace careledger::ui {

void applyTheme(Theme theme);

// Installs the translators for `language` ("" = the system locale's), replacing any installed
// before; widgets get a LanguageChange event. Returns the language actually used.
QString applyLanguage(const QString& language);
// Languages we ship, as codes: en, de, fr, es.
QStringList availableLanguages();

} // namespace careledger::ui
