// What the clinician reads for each outcome of a token verification: a short headline and one
// sentence of what to do, in the user's language. Keyed by the core's stable token.* codes.
#pragma once

#include <QString>

namespace careledger::ui::clinician {

struct VerdictText {
    QString headline; // "Expired"
    QString advice;   // "Ask the patient for a current card; treat per protocol."
};

// The text for a failed verification; unknown codes fall back to the core's message.
VerdictText verdictText(const QString& code, const QString& fallbackMessage);

// Whether the failure means "ask for the PIN" (the page then shows the PIN field).
bool needsPin(const QString& code);

} // namespace careledger::ui::clinician
