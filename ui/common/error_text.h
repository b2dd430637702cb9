// The UI's own words for the core's stable error codes, in the user's language. Unknown codes
// fall back to the core's English message.
#pragma once

#include <QString>

namespace careledger::ui {

QString errorText(const QString& code, const QString& fallbackMessage);

} // namespace careledger::ui
