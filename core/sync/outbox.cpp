#include "sync/outbox.h"

#include <algorithm>

namespace careledger::sync {

std::string_view outbox_state_name(OutboxState state) {
    switch (state) {
    case OutboxState::pending:
        return "pending";
    case OutboxState::sequenced:
        return "sequenced";
    case OutboxState::included:
        return "included";
    case OutboxState::missing:
        return "missing";
    case OutboxState::refused:
        return "refused";
    }
    return "pending";
}

bool parse_outbox_state(std::string_view text, OutboxState& state) {
    for (const auto s : {OutboxState::pending, OutboxState::sequenced, OutboxState::included,
                         OutboxState::missing, OutboxState::refused}) {
        if (outbox_state_name(s) == text) {
            state = s;
            return true;
        }
    }
    return false;
}

std::uint64_t retry_delay(std::uint64_t attempts, std::optional<std::uint64_t> retry_after) {
    constexpr std::uint64_t kBase = 5;
    constexpr std::uint64_t kMax = 3600;
    const std::uint64_t shift = std::min<std::uint64_t>(attempts, 10);
    const std::uint64_t delay = std::min(kMax, kBase << shift);
    return std::max(delay, retry_after.value_or(0));
}

} // namespace careledger::sync
