#include "node/sequencer.h"

#include "common/atomic_file.h"
#include "common/time.h"
#include "ledger/checkpoint.h"
#include "ledger/cosignature.h"
#include "ledger/merkle.h"
#include "ledger/patient_index.h"
#include "ledger/tiles.h"
#include "node/directory_tiles.h"
#include "node/receipt.h"
#include "node/state_snapshot.h"

#include <algorithm>
#include <cerrno>
#include <condition_variable>
#include <deque>
#include <fcntl.h>
#include <future>
#include <map>
#include <mutex>
#include <thread>
#include <unistd.h>

namespace careledger::node {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxNoteFileBytes = std::size_t{256} * 1024;

struct Pending {
    ledger::SignedEntry entry;
    std::promise<Result<SequencingReceipt>> done;
};

// The cosigner keys of the policy, by note key name and ID.
std::vector<tlog::VerifierKey> witness_keys(const NetworkConfig& network) {
    std::vector<tlog::VerifierKey> keys;
    for (const auto& w : network.trust().witnesses())
        if (auto k = tlog::parse_vkey(w.vkey); k.ok())
            keys.push_back(*k);
    return keys;
}

// Writes a batch's tile files with one flush for all of them: each file goes to a temp name and is
// renamed into place, then syncfs() makes every one durable at once. DirectoryTiles::write syncs
// each file and its directory (two flushes per file, about eight per batch); group commit wants
// one. The candidate checkpoint is written only after this returns, so a crash never leaves a
// candidate that points past the durable tiles.
Status write_tiles_durably(const fs::path& root, const std::vector<tlog::TileFile>& files) {
    for (const auto& f : files) {
        const auto path = root / f.path;
        std::error_code ec;
        fs::create_directories(path.parent_path(), ec);
        if (ec)
            return make_error("io.mkdir", "cannot create " + path.parent_path().string());
        const auto tmp = fs::path(path.string() + ".tmp");
        const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd < 0)
            return make_error("io.write", "cannot create " + tmp.string());
        std::size_t done = 0;
        while (done < f.data.size()) {
            const auto n = ::write(fd, f.data.data() + done, f.data.size() - done);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                ::close(fd);
                return make_error("io.write", "cannot write " + tmp.string());
            }
            done += static_cast<std::size_t>(n);
        }
        ::close(fd);
        fs::rename(tmp, path, ec);
        if (ec)
            return make_error("io.write", "cannot rename " + tmp.string() + ": " + ec.message());
    }
    const int dir = ::open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir < 0)
        return make_error("io.sync", "cannot open " + root.string());
    const int rc = ::syncfs(dir);
    ::close(dir);
    if (rc != 0)
        return make_error("io.sync", "syncfs failed on " + root.string());
    return {};
}

} // namespace

struct Sequencer::Impl {
    NetworkConfig network;
    tlog::NoteSigner log_key;
    std::vector<std::unique_ptr<Cosigner>> cosigners;
    SequencerOptions options;
    LogObserver* observer = nullptr;
    std::vector<tlog::VerifierKey> witnesses;
    ledger::Policy policy;

    // Owned by the sequencing thread once started.
    std::unique_ptr<DirectoryTiles> tiles;
    ledger::LedgerState state;
    tlog::TreeState tree;
    ledger::PatientIndex live_index; // at the candidate's size

    // The index at the published size, for sync bundles; advanced by the cosigning thread.
    std::mutex sync_mu;
    ledger::PatientIndex published_index;
    std::uint64_t published_index_size = 0; // entries added (an entry may have no index tag)
    std::unique_ptr<DirectoryTiles> sync_tiles;

    mutable std::mutex mu;
    std::condition_variable queue_cv;          // work for the sequencing thread
    mutable std::condition_variable cosign_cv; // work for the cosigning thread / publication
    std::deque<Pending> queue;
    bool stopping = false;
    bool broken = false; // a write failed: memory ran ahead of the disk
    std::uint64_t candidate_size = 0;
    std::string candidate_note;
    std::string candidate_text;
    tlog::Checkpoint published;
    std::string published_note;
    std::string published_sync_note; // under sync_mu: the note published_index matches
    std::uint64_t published_time = 0;
    std::vector<std::uint64_t> cosigner_sizes; // the size each cosigner last cosigned
    unsigned failed_rounds = 0;
    bool nudged = false;
    SequencerStats counters;
    std::map<std::string, std::uint64_t> rejected;

    std::thread sequencing_thread;
    std::thread cosigning_thread;

    mutable std::mutex state_mu;     // state copies (state()) against the sequencing thread
    std::uint64_t snapshot_size = 0; // the tree size of the last snapshot written or loaded

    Impl(NetworkConfig net, tlog::NoteSigner key)
        : network(std::move(net)), log_key(std::move(key)) {}

    Status open();
    [[nodiscard]] bool snapshots() const { return options.snapshot && observer == nullptr; }
    Status reset_rebuilt_state();
    Status restore_snapshot(const tlog::Checkpoint& candidate);
    Status replay(const tlog::Checkpoint& candidate);
    Status write_state_snapshot();
    void sequencing_loop();
    void sequence_batch(std::vector<Pending>& batch);
    void cosigning_loop();
    bool cosign_round(); // true when a checkpoint was published
    Status advance_published_index(std::uint64_t to);
    [[nodiscard]] std::vector<std::string> extensions();
    void reject(Pending& p, const Error& e);
};

Status Sequencer::Impl::open() {
    std::error_code ec;
    fs::create_directories(options.data_dir, ec);
    if (ec)
        return make_error("io.mkdir",
                          "cannot create " + options.data_dir.string() + ": " + ec.message());
    tiles = std::make_unique<DirectoryTiles>(options.data_dir);
    sync_tiles = std::make_unique<DirectoryTiles>(options.data_dir);
    policy = network.consent_policy();
    witnesses = witness_keys(network);
    cosigner_sizes.assign(cosigners.size(), 0);

    // The published checkpoint, then the candidate (everything receipted) beyond it.
    const auto now = static_cast<std::uint64_t>(now_unix());
    if (auto note = read_file(options.data_dir / "checkpoint", kMaxNoteFileBytes); note.ok()) {
        auto cp = tlog::open_checkpoint(to_string(*note), network.log_key());
        if (!cp.ok())
            return make_error("node.bad_data",
                              "the published checkpoint does not verify: " + cp.error().message);
        published = *cp;
        published_note = to_string(*note);
        published_sync_note = published_note;
        // The checkpoint's age survives a restart: it was written when the file was.
        std::error_code mtime_ec;
        const auto written = fs::last_write_time(options.data_dir / "checkpoint", mtime_ec);
        const auto age = std::chrono::duration_cast<std::chrono::seconds>(
                             fs::file_time_type::clock::now() - written)
                             .count();
        published_time = mtime_ec || age < 0 || static_cast<std::uint64_t>(age) > now
                             ? now
                             : now - static_cast<std::uint64_t>(age);
    } else {
        published = {network.origin(), 0, tlog::empty_root(), {}};
    }
    tlog::Checkpoint candidate = published;
    if (auto note = read_file(options.data_dir / "candidate", kMaxNoteFileBytes); note.ok()) {
        auto cp = tlog::open_checkpoint(to_string(*note), network.log_key());
        if (!cp.ok())
            return make_error("node.bad_data",
                              "the candidate checkpoint does not verify: " + cp.error().message);
        if (cp->size < published.size)
            return make_error("node.bad_data",
                              "the candidate is older than the published checkpoint");
        candidate = *cp;
        candidate_note = to_string(*note);
    }
    // The state from the snapshot and the log's tail, or else from the whole log.
    bool restored = false;
    if (snapshots()) {
        if (auto st = restore_snapshot(candidate); st.ok()) {
            restored = true;
            if (options.log && candidate.size > 0)
                options.log("state snapshot at size " + std::to_string(snapshot_size) +
                            " loaded, " + std::to_string(candidate.size - snapshot_size) +
                            " entries replayed");
        } else if (st.error().code != "snapshot.missing") {
            if (options.log)
                options.log("state snapshot refused (" + st.error().code + ": " +
                            st.error().message + "); replaying the whole log");
        }
    }
    if (!restored) {
        CL_TRY(reset_rebuilt_state());
        CL_TRY(replay(candidate));
    }
    published_index_size = options.patient_index ? published.size : 0;
    candidate_size = candidate.size;
    if (candidate_note.empty() && candidate.size == 0) {
        candidate.extensions = extensions();
        CL_ASSIGN_OR_RETURN(candidate_note, tlog::sign_checkpoint(candidate, log_key));
        CL_TRY(write_file_atomically(options.data_dir / "candidate", as_bytes(candidate_note)));
    }
    CL_ASSIGN_OR_RETURN(candidate_text, tlog::format_checkpoint(candidate));
    return {};
}

// Empty state, tree and indices, as before the first entry. Memory grows with identities and
// live grants, not with the log: no access or anchor history, no revoked grants, and the
// index's per-tag lists in <data>/index-lists (truncated here). The published index is a copy
// sharing that file.
Status Sequencer::Impl::reset_rebuilt_state() {
    {
        const std::lock_guard lock(state_mu);
        state = ledger::LedgerState{};
        state.set_keep_history(false);
    }
    tree = tlog::TreeState{};
    published_index_size = 0;
    snapshot_size = 0;
    // A snapshot points into the list file truncated below: it goes first.
    std::error_code ec;
    fs::remove(options.data_dir / kSnapshotFile, ec);
    if (options.patient_index) {
        CL_ASSIGN_OR_RETURN(live_index,
                            ledger::PatientIndex::with_list_file(options.data_dir / "index-lists"));
        published_index = live_index;
    }
    return {};
}

// Entries [tree.size(), candidate.size) from our own tiles into the state, the tree and the
// indices. They were validated when sequenced and the root is checked against the signed
// candidate, so replay applies without re-verifying.
Status Sequencer::Impl::replay(const tlog::Checkpoint& candidate) {
    constexpr std::uint64_t kChunk = std::uint64_t{tlog::kTileWidth} * 16;
    for (std::uint64_t from = tree.size(); from < candidate.size; from += kChunk) {
        const auto to = std::min<std::uint64_t>(candidate.size, from + kChunk);
        CL_ASSIGN_OR_RETURN(auto entries, tlog::read_entry_range(*tiles, from, to, candidate.size));
        std::vector<ledger::SignedEntry> decoded;
        std::vector<crypto::Hash32> hashes;
        const std::lock_guard lock(state_mu);
        for (const auto& bytes : entries) {
            auto entry = ledger::decode_entry_unverified(bytes);
            if (!entry.ok())
                return make_error("node.bad_data", "entry " + std::to_string(tree.size()) +
                                                       " is malformed: " + entry.error().message);
            const auto id = tlog::leaf_hash(bytes);
            ledger::apply(state, *entry, id, tree.size());
            if (options.patient_index) {
                CL_TRY(live_index.add(*entry, id, tree.size()));
                if (tree.size() < published.size)
                    CL_TRY(published_index.add(*entry, id, tree.size()));
            }
            tree.append(id);
            if (observer != nullptr) {
                decoded.push_back(std::move(*entry));
                hashes.push_back(id);
            }
        }
        if (observer != nullptr)
            CL_TRY(observer->on_append(from, decoded, hashes));
    }
    if (tree.root() != candidate.root)
        return make_error("node.bad_data", "the tiles do not hash to the signed candidate");
    return {};
}

// The snapshot, then the tail after it. Any mismatch with the log refuses the snapshot (the
// caller then replays everything): it must be signed by our log key, no larger than the
// candidate, and its tree edge extended by the tail must reach the candidate's root and index.
Status Sequencer::Impl::restore_snapshot(const tlog::Checkpoint& candidate) {
    CL_ASSIGN_OR_RETURN(auto snap,
                        read_snapshot(options.data_dir, network.log_key(), network.origin()));
    if (snap.tree.size() > candidate.size)
        return make_error("snapshot.other_log",
                          "the snapshot's size " + std::to_string(snap.tree.size()) +
                              " is beyond the log's " + std::to_string(candidate.size));
    if (snap.published_size > published.size)
        return make_error("snapshot.other_log",
                          "the snapshot's published size is beyond the published checkpoint");
    if (options.patient_index && snap.live_index.empty() && snap.tree.size() > 0)
        return make_error("snapshot.other_log", "the snapshot was written without the index");
    const auto failed = [&](const Error& e) -> Status {
        return make_error("snapshot.other_log", e.message);
    };
    // The log on disk at the snapshot's size: its hash tiles make the snapshot's root, and the
    // newest entry bundle holds the entries those tiles list (a cheap check of the right edge;
    // the tail after it is replayed and checked against the candidate).
    if (const std::uint64_t size = snap.tree.size(); size > 0) {
        tlog::TileHashSource source(size, *tiles);
        auto disk_root = tlog::root(size, source);
        if (!disk_root.ok() || *disk_root != snap.tree.root())
            return make_error("snapshot.other_log",
                              "the log's tiles do not make the snapshot's root at size " +
                                  std::to_string(size));
        const std::uint64_t first = (size - 1) / tlog::kTileWidth * tlog::kTileWidth;
        auto edge = tlog::read_entry_range(*tiles, first, size, size);
        if (!edge.ok())
            return failed(edge.error());
        for (std::size_t i = 0; i < edge->size(); ++i) {
            auto listed = source.hash(0, first + i);
            if (!listed.ok() || *listed != tlog::leaf_hash((*edge)[i]))
                return make_error("snapshot.other_log",
                                  "an entry bundle does not match its tile at " +
                                      std::to_string(first + i));
        }
    }
    {
        const std::lock_guard lock(state_mu);
        state = std::move(snap.state);
    }
    tree = snap.tree;
    snapshot_size = tree.size();
    if (options.patient_index) {
        const auto path = options.data_dir / "index-lists";
        auto live = ledger::PatientIndex::restore(path, std::move(snap.live_index), tree.size());
        if (!live.ok())
            return failed(live.error());
        auto pub = ledger::PatientIndex::restore(*live, std::move(snap.published_index),
                                                 snap.published_size);
        if (!pub.ok())
            return failed(pub.error());
        live_index = std::move(*live);
        published_index = std::move(*pub);
        published_index_size = snap.published_size;
        if (auto st = advance_published_index(std::min(tree.size(), published.size)); !st.ok())
            return failed(st.error());
    }
    if (auto st = replay(candidate); !st.ok())
        return failed(st.error());
    if (options.patient_index) {
        const auto committed = ledger::parse_index_extension(candidate);
        const auto committed_published = ledger::parse_index_extension(published);
        const bool published_ok =
            published.size == 0 ||
            (committed_published.ok() && *committed_published == published_index.root());
        if (!committed.ok() || *committed != live_index.root() || !published_ok)
            return make_error("snapshot.other_log",
                              "the restored index does not match the signed checkpoints");
    }
    return {};
}

// Called on the sequencing thread (or after it stopped): the state, tree and live index are at
// the durable candidate; the published index is taken under sync_mu with the list file synced.
// The state is encoded in place, not copied: a copy's many small blocks, freed, would stay in
// the process's resident memory.
Status Sequencer::Impl::write_state_snapshot() {
    std::vector<ledger::IndexRecordState> live_records;
    std::vector<ledger::IndexRecordState> published_records;
    std::uint64_t published_records_size = 0;
    if (options.patient_index) {
        live_records = live_index.records();
        const std::lock_guard lock(sync_mu);
        published_records_size = published_index_size;
        published_records = published_index.records();
        CL_TRY(live_index.sync_list_file());
    }
    CL_ASSIGN_OR_RETURN(const auto encoded,
                        encode_snapshot(network.origin(), tree, state, live_records,
                                        published_records_size, published_records, log_key));
    CL_TRY(write_snapshot(options.data_dir, encoded));
    snapshot_size = tree.size();
    return {};
}

void Sequencer::Impl::reject(Pending& p, const Error& e) {
    {
        const std::lock_guard lock(mu);
        ++rejected[e.code];
    }
    p.done.set_value(e);
}

void Sequencer::Impl::sequencing_loop() {
    for (;;) {
        std::vector<Pending> batch;
        {
            std::unique_lock lock(mu);
            queue_cv.wait(lock, [&] { return stopping || !queue.empty(); });
            if (queue.empty())
                return; // stopping, nothing left
            const auto n = std::min(queue.size(), options.max_batch);
            batch.reserve(n);
            for (std::size_t i = 0; i < n; ++i) {
                batch.push_back(std::move(queue.front()));
                queue.pop_front();
            }
        }
        sequence_batch(batch);
    }
}

void Sequencer::Impl::sequence_batch(std::vector<Pending>& batch) {
    if (broken) {
        for (auto& p : batch)
            reject(p, make_error("node.write_failed", "the node could not write its log"));
        return;
    }
    const auto now = now_unix();
    const std::uint64_t old_size = tree.size();
    std::vector<Bytes> accepted;
    std::vector<ledger::SignedEntry> accepted_entries;
    std::vector<Pending*> waiting;
    std::unique_lock state_lock(state_mu);
    for (auto& p : batch) {
        const auto check = options.verify_on_admission ? ledger::SignatureCheck::already_verified
                                                       : ledger::SignatureCheck::verify;
        if (auto st = ledger::validate(state, policy, p.entry, now, check); !st.ok()) {
            reject(p, st.error());
            continue;
        }
        const std::uint64_t index = old_size + accepted.size();
        const auto id = tlog::leaf_hash(p.entry.bytes());
        ledger::apply(state, p.entry, id, index);
        accepted.push_back(p.entry.bytes());
        waiting.push_back(&p);
    }
    state_lock.unlock();
    if (accepted.empty())
        return;

    // Tiles (each file fsync'ed) first, then the candidate that covers them: the candidate is
    // the commit point a restart resumes from.
    auto commit = [&]() -> Result<std::vector<crypto::Hash32>> {
        tlog::TileWriter writer(*tiles);
        CL_ASSIGN_OR_RETURN(auto written, writer.append(old_size, accepted));
        CL_TRY(write_tiles_durably(options.data_dir, written.files));
        if (options.patient_index)
            for (std::size_t i = 0; i < waiting.size(); ++i)
                CL_TRY(live_index.add(waiting[i]->entry, written.leaf_hashes[i], old_size + i));
        if (observer != nullptr) {
            accepted_entries.reserve(waiting.size());
            for (const Pending* p : waiting)
                accepted_entries.push_back(p->entry);
            CL_TRY(observer->on_append(old_size, accepted_entries, written.leaf_hashes));
        }
        tree.append(written.leaf_hashes);
        tlog::Checkpoint candidate{network.origin(), tree.size(), tree.root(), extensions()};
        CL_ASSIGN_OR_RETURN(auto note, tlog::sign_checkpoint(candidate, log_key));
        CL_ASSIGN_OR_RETURN(auto text, tlog::format_checkpoint(candidate));
        CL_TRY(write_file_atomically(options.data_dir / "candidate", as_bytes(note)));
        const std::lock_guard lock(mu);
        candidate_size = candidate.size;
        candidate_note = std::move(note);
        candidate_text = std::move(text);
        counters.entries_total += accepted.size();
        ++counters.batches_total;
        return std::move(written.leaf_hashes);
    };
    auto hashes = commit();
    if (!hashes.ok()) {
        broken = true;
        if (options.log)
            options.log("write failed, refusing entries: " + hashes.error().message);
        const auto e = make_error("node.write_failed",
                                  "the node could not write its log: " + hashes.error().message);
        for (Pending* p : waiting)
            reject(*p, e);
        return;
    }
    cosign_cv.notify_all();
    if (snapshots() && options.snapshot_every > 0 &&
        tree.size() >= snapshot_size + options.snapshot_every)
        if (auto st = write_state_snapshot(); !st.ok() && options.log)
            options.log("state snapshot not written: " + st.error().message);
    const auto deadline = static_cast<std::uint64_t>(now) + options.receipt_window;
    for (std::size_t i = 0; i < waiting.size(); ++i)
        waiting[i]->done.set_value(
            SequencingReceipt{network.origin(), old_size + i, (*hashes)[i], deadline});
}

std::vector<std::string> Sequencer::Impl::extensions() {
    std::vector<std::string> out;
    if (options.patient_index)
        out.push_back(ledger::format_index_extension(live_index.root()));
    if (observer != nullptr)
        for (auto& line : observer->checkpoint_extensions())
            out.push_back(std::move(line));
    return out;
}

// Entries [published_index.size(), to) from the tiles into the sync index (caller holds sync_mu).
Status Sequencer::Impl::advance_published_index(std::uint64_t to) {
    const std::uint64_t from = published_index_size;
    if (!options.patient_index || to <= from)
        return {};
    CL_ASSIGN_OR_RETURN(auto entries, tlog::read_entry_range(*sync_tiles, from, to, to));
    for (std::size_t i = 0; i < entries.size(); ++i) {
        CL_ASSIGN_OR_RETURN(auto entry, ledger::decode_entry_unverified(entries[i]));
        CL_TRY(published_index.add(entry, tlog::leaf_hash(entries[i]), from + i));
    }
    published_index_size = to;
    return {};
}

void Sequencer::Impl::cosigning_loop() {
    auto backoff = options.retry_min;
    for (;;) {
        {
            std::unique_lock lock(mu);
            cosign_cv.wait(lock, [&] { return stopping || candidate_size > published.size; });
            if (stopping)
                return;
        }
        const auto round_start = std::chrono::steady_clock::now();
        if (cosign_round()) {
            backoff = options.retry_min;
            std::unique_lock lock(mu);
            cosign_cv.wait_until(lock, round_start + options.min_publish_interval,
                                 [&] { return stopping; });
            continue;
        }
        std::unique_lock lock(mu);
        cosign_cv.wait_for(lock, backoff, [&] { return stopping || nudged; });
        nudged = false;
        backoff = std::min(options.retry_max, backoff * 2);
    }
}

bool Sequencer::Impl::cosign_round() {
    std::string note;
    std::string text;
    std::uint64_t size = 0;
    std::vector<std::uint64_t> sizes;
    {
        const std::lock_guard lock(mu);
        note = candidate_note;
        text = candidate_text;
        size = candidate_size;
        sizes = cosigner_sizes;
    }
    // One request per cosigner, in parallel; a 409 is answered once with a proof from the size
    // the validator reports.
    auto ask = [&](std::size_t i) -> Result<std::vector<tlog::NoteSignature>> {
        DirectoryTiles reader(options.data_dir);
        std::uint64_t old_size = sizes[i] <= size ? sizes[i] : 0;
        for (int attempt = 0; attempt < 2; ++attempt) {
            tlog::AddCheckpointRequest req;
            req.old_size = old_size;
            req.checkpoint = note;
            if (old_size > 0 && old_size < size) {
                tlog::TileHashSource source(size, reader);
                CL_ASSIGN_OR_RETURN(req.consistency,
                                    tlog::consistency_proof(old_size, size, source));
            }
            CL_ASSIGN_OR_RETURN(auto resp, cosigners[i]->add_checkpoint(req));
            if (!resp.conflict_size) {
                sizes[i] = size;
                return std::move(resp.signatures);
            }
            if (*resp.conflict_size > size)
                return make_error("node.validator_ahead",
                                  cosigners[i]->name() + " has cosigned a larger tree (" +
                                      std::to_string(*resp.conflict_size) + ")");
            old_size = *resp.conflict_size;
        }
        return make_error("node.validator_conflict", cosigners[i]->name() + " keeps answering 409");
    };
    std::vector<std::future<Result<std::vector<tlog::NoteSignature>>>> futures;
    futures.reserve(cosigners.size());
    for (std::size_t i = 0; i < cosigners.size(); ++i)
        futures.push_back(std::async(std::launch::async, ask, i));
    std::string lines;
    std::string errors;
    std::size_t good = 0;
    for (std::size_t i = 0; i < futures.size(); ++i) {
        auto sigs = futures[i].get();
        if (!sigs.ok()) {
            // The cosigner's messages name it already.
            errors += (errors.empty() ? "" : "; ") + sigs.error().message;
            continue;
        }
        // Keep only cosignatures that verify against the policy: one bad line would otherwise
        // make the whole published note unverifiable.
        for (const auto& sig : *sigs) {
            const auto key =
                std::find_if(witnesses.begin(), witnesses.end(),
                             [&](const tlog::VerifierKey& k) { return k.matches(sig); });
            if (key == witnesses.end() || !tlog::verify_cosignature(*key, text, sig).ok())
                continue;
            if (auto line = tlog::format_signature_line(sig); line.ok()) {
                lines += *line;
                ++good;
            }
        }
    }
    const auto now = static_cast<std::uint64_t>(now_unix());
    const std::string full = note + lines;
    auto verified = network.verify_checkpoint(full, now, options.max_cosignature_age);
    Status written;
    if (verified.ok())
        written = write_file_atomically(options.data_dir / "checkpoint", as_bytes(full));
    const std::lock_guard lock(mu);
    counters.cosignatures_last = good;
    for (std::size_t i = 0; i < sizes.size(); ++i)
        cosigner_sizes[i] = std::max(cosigner_sizes[i], sizes[i]);
    if (!verified.ok() || !written.ok()) {
        ++failed_rounds;
        counters.last_cosign_error =
            !verified.ok() ? verified.error().message + (errors.empty() ? "" : " (" + errors + ")")
                           : written.error().message;
        if (options.log && failed_rounds == options.no_quorum_after)
            options.log("no quorum for size " + std::to_string(size) + ": " +
                        counters.last_cosign_error);
        return false;
    }
    if (options.log)
        options.log("published checkpoint size " + std::to_string(size) + " with " +
                    std::to_string(good) + " cosignatures" +
                    (failed_rounds >= options.no_quorum_after ? " (quorum regained)" : ""));
    failed_rounds = 0;
    counters.last_cosign_error.clear();
    {
        // Sync bundles answer for the published checkpoint: its index follows it.
        const std::lock_guard sync_lock(sync_mu);
        if (auto st = advance_published_index(size); !st.ok())
            counters.last_cosign_error = "sync index: " + st.error().message;
        published_sync_note = full;
    }
    published = verified->checkpoint;
    published_note = full;
    published_time = now;
    ++counters.checkpoints_published;
    cosign_cv.notify_all();
    return true;
}

Sequencer::Sequencer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Sequencer::~Sequencer() {
    stop();
}

Result<std::unique_ptr<Sequencer>>
Sequencer::start(NetworkConfig network, tlog::NoteSigner log_key,
                 std::vector<std::unique_ptr<Cosigner>> cosigners, SequencerOptions options,
                 LogObserver* observer) {
    if (log_key.verifier_key() != network.log_key())
        return make_error("node.bad_key", "the log key is not the network's log key");
    auto impl = std::make_unique<Impl>(std::move(network), std::move(log_key));
    impl->cosigners = std::move(cosigners);
    impl->options = std::move(options);
    impl->observer = observer;
    CL_TRY(impl->open());
    Impl* p = impl.get();
    p->sequencing_thread = std::thread([p] { p->sequencing_loop(); });
    p->cosigning_thread = std::thread([p] { p->cosigning_loop(); });
    return std::unique_ptr<Sequencer>(new Sequencer(std::move(impl)));
}

void Sequencer::stop() {
    if (!impl_)
        return;
    {
        const std::lock_guard lock(impl_->mu);
        impl_->stopping = true;
    }
    impl_->queue_cv.notify_all();
    impl_->cosign_cv.notify_all();
    if (impl_->sequencing_thread.joinable())
        impl_->sequencing_thread.join();
    if (impl_->cosigning_thread.joinable())
        impl_->cosigning_thread.join();
    // At shutdown, so the next start replays nothing.
    Impl& m = *impl_;
    if (m.snapshots() && !m.broken && m.tree.size() != m.snapshot_size)
        if (auto st = m.write_state_snapshot(); !st.ok() && m.options.log)
            m.options.log("state snapshot not written: " + st.error().message);
}

ledger::LedgerState Sequencer::state() const {
    const std::lock_guard lock(impl_->state_mu);
    return impl_->state;
}

std::optional<ledger::IdentityRecord> Sequencer::identity(const crypto::PublicKey& key) const {
    const std::lock_guard lock(impl_->state_mu);
    const auto* record = impl_->state.identity(key);
    return record != nullptr ? std::optional(*record) : std::nullopt;
}

std::vector<Result<std::string>> Sequencer::submit_many(std::span<const Bytes> entries) {
    std::vector<Result<std::string>> out;
    std::vector<std::optional<std::future<Result<SequencingReceipt>>>> futures(entries.size());
    out.reserve(entries.size());
    std::vector<std::optional<Error>> early(entries.size());
    // Admission on the caller's thread: size and decoding (and the signature when so configured).
    std::vector<Pending> admitted;
    std::vector<std::size_t> positions;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (entries[i].size() > ledger::kMaxEntryBytes) {
            early[i] = make_error("request.too_large", "an entry is at most 65,535 bytes");
            continue;
        }
        auto entry = impl_->options.verify_on_admission
                         ? ledger::decode_entry(entries[i])
                         : ledger::decode_entry_unverified(entries[i]);
        if (!entry.ok()) {
            early[i] = entry.error().code == "entry.bad_signature"
                           ? make_error("rule.bad_signature", entry.error().message)
                           : entry.error();
            continue;
        }
        admitted.push_back(Pending{std::move(*entry), {}});
        positions.push_back(i);
    }
    {
        std::unique_lock lock(impl_->mu);
        for (std::size_t i = 0; i < entries.size(); ++i)
            if (early[i])
                ++impl_->rejected[early[i]->code];
        std::optional<Error> refuse;
        if (impl_->stopping)
            refuse = make_error("node.stopped", "the node is shutting down");
        else if (impl_->failed_rounds >= impl_->options.no_quorum_after)
            refuse = make_error("node.no_quorum", "the validators do not cosign: " +
                                                      impl_->counters.last_cosign_error);
        else if (impl_->queue.size() + admitted.size() > impl_->options.max_queue)
            refuse = make_error("node.overloaded", "the sequencer's queue is full; retry later");
        if (refuse) {
            impl_->rejected[refuse->code] += admitted.size();
            for (const std::size_t pos : positions)
                early[pos] = refuse;
            admitted.clear();
        }
        for (std::size_t k = 0; k < admitted.size(); ++k) {
            futures[positions[k]] = admitted[k].done.get_future();
            impl_->queue.push_back(std::move(admitted[k]));
        }
    }
    impl_->queue_cv.notify_one();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (early[i]) {
            out.emplace_back(*early[i]);
            continue;
        }
        auto receipt = futures[i]->get();
        if (!receipt.ok()) {
            out.emplace_back(receipt.error());
            continue;
        }
        out.push_back(sign_receipt(*receipt, impl_->log_key));
    }
    return out;
}

Result<std::string> Sequencer::submit(ByteView entry) {
    const Bytes copy(entry.begin(), entry.end());
    auto results = submit_many(std::span<const Bytes>(&copy, 1));
    return std::move(results.front());
}

SequencerStats Sequencer::stats() const {
    const std::lock_guard lock(impl_->mu);
    SequencerStats s = impl_->counters;
    s.tree_size = impl_->candidate_size;
    s.published_size = impl_->published.size;
    s.published_time = impl_->published_time;
    s.queue_depth = impl_->queue.size();
    s.no_quorum = impl_->failed_rounds >= impl_->options.no_quorum_after;
    for (const auto& [code, n] : impl_->rejected)
        s.rejected.emplace_back(code, n);
    return s;
}

std::string Sequencer::published_checkpoint() const {
    const std::lock_guard lock(impl_->mu);
    return impl_->published_note;
}

bool Sequencer::wait_published(std::uint64_t size, std::chrono::milliseconds timeout) const {
    std::unique_lock lock(impl_->mu);
    return impl_->cosign_cv.wait_for(lock, timeout, [&] { return impl_->published.size >= size; });
}

const NetworkConfig& Sequencer::network() const {
    return impl_->network;
}

const fs::path& Sequencer::data_dir() const {
    return impl_->options.data_dir;
}

Result<Bytes> Sequencer::sync_bundle(std::uint64_t old_size,
                                     std::span<const ledger::SyncTagRequest> requests) {
    Impl& m = *impl_;
    if (!m.options.patient_index)
        return make_error("node.no_index", "this sequencer keeps no per-patient index");
    const std::lock_guard lock(m.sync_mu);
    if (m.published_sync_note.empty())
        return make_error("node.no_checkpoint", "no checkpoint has been published yet");
    const std::uint64_t size = m.published_index_size;
    DirectoryTiles reader(m.options.data_dir);
    tlog::TileHashSource hashes(size, reader);
    const ledger::EntryReader read_entry = [&](std::uint64_t index) -> Result<Bytes> {
        CL_ASSIGN_OR_RETURN(auto one, tlog::read_entry_range(reader, index, index + 1, size));
        return std::move(one.front());
    };
    CL_ASSIGN_OR_RETURN(auto bundle,
                        ledger::build_sync_bundle(m.published_sync_note, old_size, requests,
                                                  m.published_index, hashes, read_entry));
    return ledger::encode_sync_bundle(bundle);
}

void Sequencer::nudge_cosigning() {
    {
        const std::lock_guard lock(impl_->mu);
        impl_->nudged = true;
    }
    impl_->cosign_cv.notify_all();
}

} // namespace careledger::node
