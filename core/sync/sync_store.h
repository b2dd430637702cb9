// The light node's state in the wallet's vault (tables of the "sync" migration step in
// core/vault/schema.cpp). Every accepted sync is written in ONE transaction, so the vault holds
// either the old verified state or the new one, never a mix.
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "crypto/hash.h"
#include "sync/alerts.h"
#include "sync/outbox.h"
#include "vault/database.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace careledger::sync {

struct StoredCheckpoint {
    std::uint64_t size = 0;
    crypto::Hash32 root{};
    std::string note; // the signed note, verbatim
};

struct StoredEntry {
    std::uint64_t index = 0;
    Bytes entry;
    std::vector<crypto::Hash32> proof; // inclusion proof against the checkpoint of proof_size
    std::uint64_t proof_size = 0;
};

using TagCount = std::pair<crypto::Hash32, std::uint64_t>;

class SyncStore {
public:
    explicit SyncStore(vault::Database& db) : db_(&db) {}

    Result<std::optional<StoredCheckpoint>> latest_checkpoint();
    Result<std::optional<std::string>> checkpoint_note(std::uint64_t size);
    Result<std::uint64_t> tag_count(const crypto::Hash32& tag);
    Result<std::vector<StoredEntry>> entries(); // log order
    Result<std::optional<StoredEntry>> entry(std::uint64_t index);

    // One transaction: the new checkpoint, the new entries (already held ones are kept) and the
    // tags' new counts.
    Status store_sync(const StoredCheckpoint& checkpoint, std::span<const StoredEntry> entries,
                      std::span<const TagCount> counts, std::uint64_t now);

    Status add_outbox(const OutboxItem& item);
    Status update_outbox(const OutboxItem& item);
    Result<std::vector<OutboxItem>> outbox();

    // false when the same kind with the same evidence is already stored.
    Result<bool> add_alert(const Alert& alert);
    Result<std::vector<Alert>> alerts();

    // SHA-256 over the verified state (checkpoints, tags, entries): equal before and after a
    // refused sync proves the vault did not change.
    Result<crypto::Hash32> state_digest();

private:
    vault::Database* db_;
};

} // namespace careledger::sync
