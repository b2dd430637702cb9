// A CareLedger validator (DESIGN §7, network spec): a c2sp.org/tlog-witness that cosigns a
// checkpoint only after it has mirrored and re-validated everything the checkpoint commits to.
//
// add-checkpoint, for a request "old M, proof, checkpoint of size N", checks in this order:
//   1. the checkpoint is signed by the pinned log key for the pinned origin
//      (else validator.unknown_log);
//   2. M is the size this validator last cosigned (else validator.old_size_mismatch);
//   3. the consistency proof leads from its cosigned root to the new root
//      (else validator.bad_consistency);
//   4. the entry bundles for [M, N) are fetched, the tiles they imply are computed, every tile
//      the log publishes for the range must equal them, and the tree must have the checkpoint's
//      root (else validator.tile_mismatch, or validator.fetch_failed when a tile cannot be had);
//   5. every new entry passes the consent state machine as of its own time, as LocalLedger
//      re-validates stored entries (else validator.invalid_entry, the rule.* code in the
//      message);
//   6. the recomputed index's extension lines equal the checkpoint's (else
//      validator.index_mismatch);
// and only then is the cosigned checkpoint written (atomically, after the new tiles) and the
// cosignature line returned. The range is mirrored in steps of 16 entry bundles, so memory is
// bounded by a step however far the tree moves; each step's tiles are written as it passes, and
// a refusal removes every file the attempt added and changes no state. The cost is in
// proportion to the new range: the tree grows from its right edge, tiles are fetched and written
// for [M, N) only. (The consent state and the index are copied per checkpoint so a refusal
// leaves them as they were: O(state), not O(log).)
//
// Data directory: tile/... (the mirror, c2sp.org/tlog-tiles), index-lists (the per-patient
// index's lists, rebuilt on restart), cosigned (the last cosigned
// checkpoint note with this validator's cosignature), network + policy (the pinned
// NetworkConfig), keys/validator.key (when the key lives here), lock (one process per
// directory). Restart replays the mirror from entry 0 through the state machine and the index
// and refuses a mirror whose root or index does not match its cosigned checkpoint.
//
// Error codes: validator.unknown_log, validator.old_size_mismatch, validator.bad_request (old
// larger than the checkpoint), validator.bad_consistency, validator.tile_mismatch,
// validator.invalid_entry, validator.index_mismatch, validator.fetch_failed,
// validator.write_failed, validator.network_mismatch, validator.bad_key, validator.bad_mirror,
// validator.busy; witness.* for a malformed request body.
#pragma once

#include "common/result.h"
#include "ledger/checkpoint.h"
#include "ledger/consent_state.h"
#include "ledger/entry.h"
#include "ledger/note.h"
#include "ledger/tlog_witness.h"
#include "node/network_config.h"
#include "node/tile_fetcher.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace careledger::node {

// What the validator recomputes beside the tree and finds committed in the checkpoint's
// extension lines (the per-patient index, careledger.org/index). Cloned per request so a refused
// checkpoint leaves the validator's copy as it was.
class MirrorIndex {
public:
    MirrorIndex() = default;
    virtual ~MirrorIndex() = default;
    MirrorIndex(const MirrorIndex&) = delete;
    MirrorIndex& operator=(const MirrorIndex&) = delete;
    MirrorIndex(MirrorIndex&&) = delete;
    MirrorIndex& operator=(MirrorIndex&&) = delete;

    [[nodiscard]] virtual std::unique_ptr<MirrorIndex> clone() const = 0;
    // Called once by Validator::open before the replay, with its data directory: where an index
    // may keep what grows with the log (the per-patient lists) instead of memory.
    virtual Status open_storage(const std::filesystem::path& data_dir) {
        (void)data_dir;
        return {};
    }
    // Entries [first_index, first_index + entries.size()), already validated.
    virtual Status add(std::uint64_t first_index, std::span<const ledger::SignedEntry> entries,
                       std::span<const crypto::Hash32> leaf_hashes) = 0;
    // Exactly the extension lines a checkpoint of this log prefix must carry.
    [[nodiscard]] virtual std::vector<std::string> checkpoint_extensions() const = 0;
};

// The per-patient index (ledger/patient_index.h) as the validator keeps it: its one extension
// line "careledger.org/index <base64 root>". A sequencer that commits the index root (through a
// LogObserver) needs validators opened with this.
std::unique_ptr<MirrorIndex> make_patient_index_mirror();

struct ValidatorStats {
    std::uint64_t cosigned_size = 0;
    std::uint64_t entries_validated = 0; // since this process started, the restart replay included
    std::uint64_t checkpoints_cosigned = 0;
    std::uint64_t refusals = 0;
    std::uint64_t tiles_fetched = 0;
    std::uint64_t bytes_fetched = 0;
    std::uint64_t mirror_steps = 0; // steps of at most 16 entry bundles mirrored
    std::map<std::string, std::uint64_t> refusals_by_code;
};

class Validator {
public:
    // Opens (or, when empty, initialises) the data directory. The network is pinned there on
    // first use; a later open with another origin or log key is validator.network_mismatch.
    // `index` null: checkpoint extension lines are not checked (no index configured).
    static Result<std::unique_ptr<Validator>> open(const std::filesystem::path& data_dir,
                                                   NetworkConfig network, tlog::NoteSigner key,
                                                   std::unique_ptr<TileFetcher> fetcher,
                                                   std::unique_ptr<MirrorIndex> index = nullptr);
    // The cosigning key kept in <data_dir>/keys/validator.key: loaded, or generated (type 0x04,
    // named `name`) on first use.
    static Result<tlog::NoteSigner> load_or_create_key(const std::filesystem::path& data_dir,
                                                       std::string_view name);

    ~Validator();
    Validator(const Validator&) = delete;
    Validator& operator=(const Validator&) = delete;
    Validator(Validator&&) = delete;
    Validator& operator=(Validator&&) = delete;

    // c2sp.org/tlog-witness add-checkpoint: the 200 body (this validator's cosignature line) or
    // an error; witness_http_status maps it to the response status. Thread-safe (serialised).
    Result<std::string> add_checkpoint(std::string_view request_body);
    Result<std::string> add_checkpoint(const tlog::AddCheckpointRequest& request);

    [[nodiscard]] std::uint64_t cosigned_size() const;
    [[nodiscard]] tlog::Checkpoint cosigned_checkpoint() const;
    // The last cosigned checkpoint note (log signature and this validator's cosignature).
    [[nodiscard]] std::string cosigned_note() const;
    [[nodiscard]] ValidatorStats stats() const;
    // The consent state of the mirrored prefix (a copy: the validator may advance meanwhile).
    [[nodiscard]] ledger::LedgerState state() const;
    // The identity registered for `key` in the mirrored prefix, if any (without copying the state).
    [[nodiscard]] std::optional<ledger::IdentityRecord>
    identity(const crypto::PublicKey& key) const;
    [[nodiscard]] const tlog::VerifierKey& verifier_key() const;
    [[nodiscard]] const std::filesystem::path& data_dir() const;

    struct Impl;

private:
    explicit Validator(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// The HTTP status a c2sp.org/tlog-witness add-checkpoint error maps to: 409 old size mismatch
// (body: tlog::format_tlog_size(old_size_of(error))), 403 unknown log, 400 malformed request,
// 422 a proof, tile, entry or index that does not hold, 502 the sequencer's tiles unreachable,
// 503 busy, 500 otherwise.
int witness_http_status(const Error& error);
// The size carried by a validator.old_size_mismatch error (its message starts with it).
Result<std::uint64_t> old_size_of(const Error& error);

} // namespace careledger::node
