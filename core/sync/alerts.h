// What the light node tells the user about: things that happened to the patient's data that the
// patient did not ask for, and evidence that a node lied. Kept in the vault (sync_alerts).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace careledger::sync {

enum class AlertKind {
    emergency_access,   // an ACCESS with emergency basis about the patient
    ungranted_access,   // an ACCESS by a reader the patient never granted
    missing_submission, // a receipt past its deadline without inclusion (the receipt is evidence)
    lying_node,         // a fork or a refused bundle that contradicts what we hold (both notes)
};

struct Alert {
    std::int64_t id = 0;
    std::uint64_t at = 0; // unix seconds when it was raised
    AlertKind kind = AlertKind::lying_node;
    std::string summary;  // one human line
    std::string evidence; // notes, receipts, entry hashes: enough to show a third party
};

std::string_view alert_kind_name(AlertKind kind);
bool parse_alert_kind(std::string_view text, AlertKind& kind);

} // namespace careledger::sync
