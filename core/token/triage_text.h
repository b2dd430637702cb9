// Human-readable forms of a triage set: the lines printed on the emergency card and shown by a
// verifier, and the one-paragraph alternative text of the card's QR image.
#pragma once

#include "token/triage.h"

#include <string>
#include <vector>

namespace careledger::token {

// "Penicillin G", or "SNOMED CT 91936005" for a coded concept without display text.
std::string concept_label(const Concept& c);
// "high", "low", "unable to assess", or "" for unspecified.
std::string_view criticality_label(Criticality c);

// One line per section that has data, e.g. "Allergies: Penicillin (anaphylaxis; high)".
// Sections: blood type, allergies, medications, problems, advance directive, emergency contacts,
// language, notes. An empty set gives the single line "No triage data recorded".
std::vector<std::string> summary_lines(const TriageSet& triage);

} // namespace careledger::token
