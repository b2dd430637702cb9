// Entries the wallet submitted (or tried to): kept in the vault until a verified checkpoint
// includes them, with the node's receipt as evidence if it never does.
#pragma once

#include "common/bytes.h"
#include "crypto/hash.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace careledger::sync {

enum class OutboxState {
    pending,   // not yet accepted by a node (unreachable, 429, 5xx): retried with backoff
    sequenced, // a verified receipt is held; waiting for a published checkpoint
    included,  // a verified checkpoint includes it
    missing,   // the receipt's deadline passed without inclusion (alert raised)
    refused,   // a node refused it for good (rule.*, request.*): last_error says why
};

struct OutboxItem {
    std::int64_t id = 0;
    Bytes entry;
    crypto::Hash32 leaf_hash{};
    std::string receipt; // the signed receipt note (sequenced and later)
    std::optional<std::uint64_t> leaf_index;
    std::optional<std::uint64_t> deadline;
    std::uint64_t attempts = 0;
    std::uint64_t next_attempt = 0; // unix seconds
    std::string last_error;
    OutboxState state = OutboxState::pending;
    std::uint64_t created_at = 0;
};

std::string_view outbox_state_name(OutboxState state);
bool parse_outbox_state(std::string_view text, OutboxState& state);

// Seconds to wait before attempt number `attempts` + 1: 5 s doubling up to an hour, never less
// than the node's Retry-After.
std::uint64_t retry_delay(std::uint64_t attempts, std::optional<std::uint64_t> retry_after);

} // namespace careledger::sync
