#include "sync/alerts.h"

#include <array>
#include <utility>

namespace careledger::sync {

namespace {
constexpr std::array<std::pair<AlertKind, std::string_view>, 4> kNames = {{
    {AlertKind::emergency_access, "emergency_access"},
    {AlertKind::ungranted_access, "ungranted_access"},
    {AlertKind::missing_submission, "missing_submission"},
    {AlertKind::lying_node, "lying_node"},
}};
} // namespace

std::string_view alert_kind_name(AlertKind kind) {
    for (const auto& [k, name] : kNames)
        if (k == kind)
            return name;
    return "unknown";
}

bool parse_alert_kind(std::string_view text, AlertKind& kind) {
    for (const auto& [k, name] : kNames) {
        if (name == text) {
            kind = k;
            return true;
        }
    }
    return false;
}

} // namespace careledger::sync
