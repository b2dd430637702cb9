// Human names, in the user's language, for the codes of consent entries: record categories,
// purposes of use (HL7 v3 PurposeOfUse) and access bases. The code itself stays visible as
// secondary text wherever a name is shown, so nothing is hidden behind a translation.
#pragma once

#include "ledger/consent_state.h"
#include "ledger/entry.h"

#include <QString>
#include <QStringList>
#include <string>
#include <vector>

namespace careledger::ui::patient {

// The categories the wizard offers (the ledger accepts any [a-z0-9-]{1,32}; these are the ones
// records are filed under).
const std::vector<std::string>& knownCategories();
// "Allergies" for "allergies"; the code itself for an unknown category.
QString categoryName(const std::string& code);
// "your allergies and medications" style list, in the user's language.
QString categoryList(const std::vector<std::string>& codes);
// "Treatment" for "TREAT"; the code itself for an unknown purpose.
QString purposeName(const std::string& code);
// Lower-case phrase for sentences: "for treatment".
QString purposePhrase(const std::string& code);
QString basisName(ledger::AccessBasis basis);
// "Active", "Not yet valid", "Expired", "Revoked" and a symbol that is not colour only.
QString grantStatusName(ledger::GrantStatus status);
QString grantStatusSymbol(ledger::GrantStatus status);
// A local date "21 Nov 2026" and date-time for unix seconds.
QString formatDate(std::uint64_t unix_seconds);
QString formatDateTime(std::uint64_t unix_seconds);
QString shortKeyId(const crypto::PublicKey& key);

} // namespace careledger::ui::patient
