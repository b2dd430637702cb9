// The sequencer of a careledgerd network (DESIGN §7, network spec): admits signed entries, orders
// them, makes them durable and answers each with a signed receipt, then gathers the validators'
// cosignatures on a candidate checkpoint and publishes it only with the policy's quorum.
//
//   HTTP threads        submit(): size cap, decode, enqueue, wait; sign the receipt (in parallel)
//   sequencing thread   takes everything queued, validates it against the current state, appends
//                       it to the tiles, updates the per-patient index, fsyncs, signs
//                       the candidate checkpoint into <data>/candidate and only then answers the
//                       waiting requests (group commit: a receipt means durable)
//   cosigning thread    sends the candidate to every Cosigner in parallel, publishes
//                       <data>/checkpoint when the quorum is met, retries with backoff otherwise,
//                       and advances a second index to the published size for sync_bundle()
//
// Data directory: tile/... (c2sp.org/tlog-tiles), candidate (log-signed, the durable tree head of
// everything receipted), checkpoint (the published note with its cosignatures), index-lists (the
// per-patient index's lists, ledger/patient_index.h), snapshot (the signed state snapshot,
// node/state_snapshot.h). A restart loads the snapshot and replays the tiles after it up to the
// candidate — or, when there is none or it does not match the log (a log line says why), replays
// the whole log — checks the root, and resumes cosigning. Memory holds the live state
// (identities, live grants, tokens), the indices' records and fixed-size caches, not the log.
//
// Error codes: node.overloaded (queue full), node.no_quorum (the validators do not cosign),
// node.stopped, node.write_failed, node.bad_data, request.too_large, entry.* and rule.* from the
// state machine.
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "ledger/consent_state.h"
#include "ledger/note.h"
#include "ledger/sync_bundle.h"
#include "ledger/tlog_witness.h"
#include "node/network_config.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace careledger::node {

// One validator as the sequencer sees it: something that answers a c2sp.org/tlog-witness
// add-checkpoint request. The HTTP one posts to the validator; tests may run a validator in
// process.
struct CosignResponse {
    std::vector<tlog::NoteSignature> signatures; // 200
    std::optional<std::uint64_t> conflict_size;  // 409: the size the validator has cosigned
};

class Cosigner {
public:
    Cosigner() = default;
    virtual ~Cosigner() = default;
    Cosigner(const Cosigner&) = delete;
    Cosigner& operator=(const Cosigner&) = delete;
    Cosigner(Cosigner&&) = delete;
    Cosigner& operator=(Cosigner&&) = delete;

    [[nodiscard]] virtual std::string name() const = 0;
    // Errors (unreachable, 403, 422, ...) carry a code and a message; a 409 is not an error.
    virtual Result<CosignResponse> add_checkpoint(const tlog::AddCheckpointRequest& request) = 0;
};

// Anything else the sequencer should keep beside the tree (the per-patient index is built in):
// told of every appended batch before the candidate checkpoint is signed; its extension lines
// follow the index line in every checkpoint.
class LogObserver {
public:
    LogObserver() = default;
    virtual ~LogObserver() = default;
    LogObserver(const LogObserver&) = delete;
    LogObserver& operator=(const LogObserver&) = delete;
    LogObserver(LogObserver&&) = delete;
    LogObserver& operator=(LogObserver&&) = delete;

    // Entries [first_index, first_index + entries.size()), decoded and accepted.
    virtual Status on_append(std::uint64_t first_index,
                             std::span<const ledger::SignedEntry> entries,
                             std::span<const crypto::Hash32> leaf_hashes) = 0;
    [[nodiscard]] virtual std::vector<std::string> checkpoint_extensions() const = 0;
};

struct SequencerOptions {
    std::filesystem::path data_dir;
    std::size_t max_queue = 8192;       // entries waiting for the sequencing thread
    std::size_t max_batch = 4096;       // entries sequenced per group commit
    std::uint64_t receipt_window = 300; // seconds from sequencing to the receipt's deadline
    std::chrono::milliseconds retry_min{100};
    std::chrono::milliseconds retry_max{5000};
    std::chrono::milliseconds cosign_timeout{10000};
    // At most one cosigning round per interval while entries stream in: each round costs the
    // validators and the sequencer a handful of signatures, whatever the number of entries.
    std::chrono::milliseconds min_publish_interval{20};
    // Failed cosigning rounds in a row after which the node reports node.no_quorum and refuses
    // new entries (their receipts' deadlines could not be kept).
    unsigned no_quorum_after = 3;
    // Cosignatures older than this do not count when publishing (policy freshness).
    std::uint64_t max_cosignature_age = 86400;
    // Keep the per-patient index (ledger/patient_index.h): its root goes into every checkpoint as
    // the "careledger.org/index" extension line, and sync_bundle() serves from it.
    bool patient_index = true;
    // Verify each entry's signature on the submitting (HTTP) thread before queueing it, in
    // parallel; the sequencing thread then validates with SignatureCheck::already_verified and
    // verifies nothing itself. Off: the sequencing thread verifies every signature.
    bool verify_on_admission = true;
    // The state snapshot (node/state_snapshot.h): written every `snapshot_every` entries (0:
    // only at stop()) and at stop(), loaded at start so only the log's tail is replayed. Off, or
    // with a LogObserver (which must see every entry), every start replays the whole log.
    bool snapshot = true;
    std::uint64_t snapshot_every = 100000;
    // One line per event (publication, lost or regained quorum, write failure); may be empty.
    std::function<void(std::string_view)> log;
};

// A snapshot of the sequencer for /healthz and /metrics.
struct SequencerStats {
    std::uint64_t tree_size = 0;      // entries sequenced (receipted)
    std::uint64_t published_size = 0; // entries in the published checkpoint
    std::uint64_t published_time = 0; // unix seconds the published checkpoint was written
    std::uint64_t queue_depth = 0;
    std::uint64_t entries_total = 0; // accepted since start
    std::uint64_t batches_total = 0;
    std::uint64_t cosignatures_last = 0; // valid cosignatures gathered in the last round
    std::uint64_t checkpoints_published = 0;
    bool no_quorum = false;
    std::string last_cosign_error;
    std::vector<std::pair<std::string, std::uint64_t>> rejected; // code -> count
};

class Sequencer {
public:
    // Opens (or, when empty, initialises) the data directory and starts the threads.
    static Result<std::unique_ptr<Sequencer>>
    start(NetworkConfig network, tlog::NoteSigner log_key,
          std::vector<std::unique_ptr<Cosigner>> cosigners, SequencerOptions options,
          LogObserver* observer = nullptr);
    ~Sequencer();
    Sequencer(const Sequencer&) = delete;
    Sequencer& operator=(const Sequencer&) = delete;
    Sequencer(Sequencer&&) = delete;
    Sequencer& operator=(Sequencer&&) = delete;

    // Admit one entry and block until it is durable: the signed receipt note. Thread-safe.
    Result<std::string> submit(ByteView entry);
    // Admit several entries as one request; each is accepted or refused on its own, in order.
    std::vector<Result<std::string>> submit_many(std::span<const Bytes> entries);

    // Stop accepting, finish what is queued, stop the threads. Idempotent.
    void stop();

    [[nodiscard]] SequencerStats stats() const;
    // The newest published checkpoint note ("" before the first publication).
    [[nodiscard]] std::string published_checkpoint() const;
    // Wait until the published checkpoint reaches `size`; false on timeout.
    bool wait_published(std::uint64_t size, std::chrono::milliseconds timeout) const;
    [[nodiscard]] const NetworkConfig& network() const;
    // A copy of the consent state at the candidate's size, as the node keeps it: without history
    // (LedgerState::set_keep_history(false)). Thread-safe.
    [[nodiscard]] ledger::LedgerState state() const;
    // The identity registered for `key` at the candidate's size, if any (without copying the
    // state). Thread-safe.
    [[nodiscard]] std::optional<ledger::IdentityRecord>
    identity(const crypto::PublicKey& key) const;
    [[nodiscard]] const std::filesystem::path& data_dir() const;
    // The sync bundle (ledger/sync_bundle.h, encoded) for the newest published checkpoint:
    // consistency from `old_size`, and per tag its index record and entries from `from` on.
    // node.no_checkpoint before the first publication, node.no_index without the index.
    Result<Bytes> sync_bundle(std::uint64_t old_size,
                              std::span<const ledger::SyncTagRequest> requests);
    // Wakes the cosigning thread now (e.g. after a validator came back).
    void nudge_cosigning();

    struct Impl;

private:
    explicit Sequencer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

} // namespace careledger::node
