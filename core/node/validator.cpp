#include "node/validator.h"

#include "common/atomic_file.h"
#include "common/time.h"
#include "crypto/secure_buffer.h"
#include "ledger/cosignature.h"
#include "ledger/merkle.h"
#include "ledger/tiles.h"
#include "node/directory_tiles.h"
#include "node/file_lock.h"

#include <algorithm>
#include <charconv>
#include <mutex>
#include <optional>
#include <set>
#include <system_error>

namespace careledger::node {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxNoteFileBytes = std::size_t{64} * 1024;
constexpr std::size_t kMaxKeyFileBytes = 4096;
constexpr std::string_view kCosignedFile = "cosigned";
// Entries replayed per read on restart, and bundles mirrored per step: memory stays bounded by
// one step (at most 16 bundles of 256 entries) however far a checkpoint moves the tree.
constexpr std::uint64_t kStepBundles = 16;
constexpr std::uint64_t kReplayChunk = std::uint64_t{tlog::kTileWidth} * kStepBundles;

// The width of entry bundle / level-0 tile `n` in a tree of `size` leaves.
unsigned width_at(std::uint64_t n, std::uint64_t size) {
    return static_cast<unsigned>(
        std::min<std::uint64_t>(tlog::kTileWidth, size - n * tlog::kTileWidth));
}

// Entries [from, to) of a tree of `size` leaves, read through `read` (a bundle by N and width).
template <class ReadBundle>
Result<std::vector<Bytes>> read_range(std::uint64_t from, std::uint64_t to, std::uint64_t size,
                                      ReadBundle&& read) {
    std::vector<Bytes> out;
    out.reserve(static_cast<std::size_t>(to - from));
    for (std::uint64_t n = from / tlog::kTileWidth; n * tlog::kTileWidth < to; ++n) {
        const std::uint64_t start = n * tlog::kTileWidth;
        const unsigned width = width_at(n, size);
        CL_ASSIGN_OR_RETURN(auto bundle, read(n, width));
        CL_ASSIGN_OR_RETURN(auto entries, tlog::parse_entry_bundle(bundle, width));
        const auto first = std::max(from, start) - start;
        const auto last = std::min<std::uint64_t>(to - start, width);
        for (std::uint64_t i = first; i < last; ++i)
            out.push_back(std::move(entries[static_cast<std::size_t>(i)]));
    }
    return out;
}

// Re-run the consent state machine over entries [first, first + n) as of each entry's own time
// (the sequencer admitted it within the clock-skew bound of that time), as LocalLedger does with
// the entries it reads back, then the index over the decoded batch.
Status replay(ledger::LedgerState& state, MirrorIndex* index, const ledger::Policy& policy,
              std::uint64_t first, const std::vector<Bytes>& entries,
              std::span<const crypto::Hash32> leaf_hashes) {
    std::vector<ledger::SignedEntry> decoded;
    decoded.reserve(entries.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const std::uint64_t at = first + i;
        auto entry = ledger::decode_entry_unverified(entries[i]);
        if (!entry.ok())
            return make_error("validator.invalid_entry", "entry " + std::to_string(at) +
                                                             " is malformed (" +
                                                             entry.error().code + ")");
        const auto t = static_cast<std::int64_t>(entry->body().time);
        if (auto st = ledger::validate(state, policy, *entry, t); !st.ok())
            return make_error("validator.invalid_entry", "entry " + std::to_string(at) +
                                                             " breaks " + st.error().code + ": " +
                                                             st.error().message);
        ledger::apply(state, *entry, leaf_hashes[i], at);
        decoded.push_back(std::move(*entry));
    }
    if (index != nullptr)
        if (auto st = index->add(first, decoded, leaf_hashes); !st.ok())
            return make_error("validator.index_mismatch", "the index cannot take entries from " +
                                                              std::to_string(first) + ": " +
                                                              st.error().message);
    return {};
}

Status check_extensions(const MirrorIndex* index, const tlog::Checkpoint& cp) {
    if (index == nullptr)
        return {};
    if (index->checkpoint_extensions() != cp.extensions)
        return make_error("validator.index_mismatch",
                          "the checkpoint's index line does not match the index recomputed from "
                          "its " +
                              std::to_string(cp.size) + " entries");
    return {};
}

Status same_network(const NetworkConfig& pinned, const NetworkConfig& given) {
    if (pinned.origin() != given.origin() || !(pinned.log_key() == given.log_key()))
        return make_error("validator.network_mismatch",
                          "this validator's directory is pinned to the log " + pinned.origin());
    return {};
}

} // namespace

struct Validator::Impl {
    fs::path dir;
    NetworkConfig network;
    tlog::NoteSigner key;
    std::unique_ptr<TileFetcher> fetcher;
    std::unique_ptr<MirrorIndex> index;
    std::optional<FileLock> lock;
    DirectoryTiles mirror;
    ledger::Policy policy;

    mutable std::mutex mu;
    ledger::LedgerState state;
    tlog::TreeState tree;
    tlog::Checkpoint cosigned;
    std::string cosigned_note;
    ValidatorStats stats;

    Impl(fs::path d, NetworkConfig n, tlog::NoteSigner k, std::unique_ptr<TileFetcher> f,
         std::unique_ptr<MirrorIndex> i)
        : dir(std::move(d)), network(std::move(n)), key(std::move(k)), fetcher(std::move(f)),
          index(std::move(i)), mirror(dir), policy(network.consent_policy()) {
        cosigned = {network.origin(), 0, tlog::empty_root(), {}};
    }

    Status load();
    Result<std::string> add(const tlog::AddCheckpointRequest& request);
    // A checkpoint being checked: the tree, state and index as the new entries leave them.
    struct Pending {
        tlog::TreeState tree;
        std::unique_ptr<ledger::LedgerState> state;
        std::unique_ptr<MirrorIndex> index;
        std::uint64_t entries = 0;
        std::uint64_t steps = 0;
    };
    Result<std::vector<Bytes>> fetch_entries(std::uint64_t from, std::uint64_t to,
                                             std::uint64_t new_size,
                                             std::map<std::string, Bytes>& bundles);
    Status check_tiles(const tlog::TileWriter::Batch& batch,
                       const std::map<std::string, Bytes>& bundles,
                       const std::set<std::string>& published);
    Status mirror_range(std::uint64_t old_size, std::uint64_t new_size, Pending& pending,
                        std::vector<fs::path>& created);
};

// Restart: the mirror is replayed from entry 0, so a damaged or edited directory is refused
// rather than cosigned on top of.
Status Validator::Impl::load() {
    // Only what the rules read: the state grows with identities and live grants, the index keeps
    // its lists on disk, so memory does not grow with the log.
    state.set_keep_history(false);
    if (index)
        CL_TRY(index->open_storage(dir));
    auto note = read_file(dir / kCosignedFile, kMaxNoteFileBytes);
    if (!note.ok())
        return {}; // a fresh validator: nothing cosigned yet
    auto cp = tlog::open_checkpoint(to_string(*note), network.log_key());
    if (!cp.ok())
        return make_error("validator.bad_mirror",
                          "the cosigned checkpoint does not verify: " + cp.error().message);
    for (std::uint64_t from = 0; from < cp->size; from += kReplayChunk) {
        const auto to = std::min<std::uint64_t>(cp->size, from + kReplayChunk);
        auto entries = read_range(from, to, cp->size, [&](std::uint64_t n, unsigned w) {
            return mirror.read_entries(n, w);
        });
        if (!entries.ok())
            return make_error("validator.bad_mirror",
                              "the mirror cannot be read: " + entries.error().message);
        std::vector<crypto::Hash32> leaves;
        leaves.reserve(entries->size());
        for (const auto& e : *entries)
            leaves.push_back(tlog::leaf_hash(e));
        if (auto st = replay(state, index.get(), policy, from, *entries, leaves); !st.ok())
            return make_error("validator.bad_mirror", "the mirror holds an entry that does not "
                                                      "validate: " +
                                                          st.error().message);
        tree.append(leaves);
        stats.entries_validated += entries->size();
    }
    if (tree.root() != cp->root)
        return make_error("validator.bad_mirror",
                          "the mirrored entries do not hash to the cosigned checkpoint");
    if (auto st = check_extensions(index.get(), *cp); !st.ok())
        return make_error("validator.bad_mirror", st.error().message);
    cosigned = std::move(*cp);
    cosigned_note = to_string(*note);
    return {};
}

// One step of mirroring: the entries [from, to) of a tree growing to `new_size`, fetched bundle by
// bundle. `bundles` keeps what was fetched, by path, for the comparison with the computed tiles.
Result<std::vector<Bytes>> Validator::Impl::fetch_entries(std::uint64_t from, std::uint64_t to,
                                                          std::uint64_t new_size,
                                                          std::map<std::string, Bytes>& bundles) {
    auto entries =
        read_range(from, to, new_size, [&](std::uint64_t n, unsigned w) -> Result<Bytes> {
            const tlog::TileId id{true, 0, n, w};
            CL_ASSIGN_OR_RETURN(auto bundle, fetcher->fetch(id));
            bundles[tlog::tile_path(id)] = bundle;
            return bundle;
        });
    if (!entries.ok()) {
        const auto& e = entries.error();
        if (e.code.starts_with("fetch."))
            return make_error("validator.fetch_failed", e.message);
        // The bundle came but is not a bundle of that width.
        return make_error("validator.tile_mismatch", "an entry bundle is malformed: " + e.message);
    }
    return entries;
}

// Every tile the log publishes for the new tree must be the tile the entries imply: the hash
// tiles of the new range are fetched and compared, and so are the entry bundles already fetched
// (the older entries of a partial bundle come from this mirror, not from what the log served).
// Tiles the log never published (a higher level's partial tile at a step boundary) are
// computed only.
Status Validator::Impl::check_tiles(const tlog::TileWriter::Batch& batch,
                                    const std::map<std::string, Bytes>& bundles,
                                    const std::set<std::string>& published) {
    for (const auto& f : batch.files) {
        if (!published.contains(f.path))
            continue;
        Bytes fetched;
        if (const auto it = bundles.find(f.path); f.tile.entries && it != bundles.end()) {
            fetched = it->second;
        } else {
            auto got = fetcher->fetch(f.tile);
            if (!got.ok())
                return make_error("validator.fetch_failed", got.error().message);
            fetched = std::move(*got);
        }
        if (fetched != f.data)
            return make_error("validator.tile_mismatch",
                              "the log's " + f.path + " is not the tile its entries make");
    }
    return {};
}

// Mirror [old, new) step by step (kStepBundles bundles at a time, so memory is bounded by a step,
// not by the range): fetch, compute and compare the tiles, re-validate the entries into the
// pending state and index, and write the step's tiles to the mirror, noting each file that did
// not exist so a refusal can take it back.
Status Validator::Impl::mirror_range(std::uint64_t old_size, std::uint64_t new_size,
                                     Pending& pending, std::vector<fs::path>& created) {
    std::set<std::string> published;
    for (const auto& id : tlog::new_tiles(old_size, new_size, true))
        published.insert(tlog::tile_path(id));
    for (std::uint64_t from = old_size; from < new_size;) {
        const std::uint64_t to = std::min<std::uint64_t>(
            new_size, (from / tlog::kTileWidth + kStepBundles) * tlog::kTileWidth);
        std::map<std::string, Bytes> bundles;
        CL_ASSIGN_OR_RETURN(auto entries, fetch_entries(from, to, new_size, bundles));
        tlog::TileWriter writer(mirror);
        auto batch = writer.append(from, entries);
        if (!batch.ok())
            return make_error("validator.bad_mirror",
                              "the mirror's right edge cannot be read: " + batch.error().message);
        CL_TRY(check_tiles(*batch, bundles, published));
        CL_TRY(
            replay(*pending.state, pending.index.get(), policy, from, entries, batch->leaf_hashes));
        pending.tree.append(batch->leaf_hashes);
        pending.entries += entries.size();
        ++pending.steps;
        for (const auto& f : batch->files) {
            std::error_code ec;
            if (!fs::exists(dir / f.path, ec))
                created.push_back(dir / f.path);
        }
        if (auto st = mirror.write(batch->files); !st.ok())
            return make_error("validator.write_failed",
                              "the mirror cannot be written: " + st.error().message);
        from = to;
    }
    return {};
}

Result<std::string> Validator::Impl::add(const tlog::AddCheckpointRequest& request) {
    // 1. The log's signature, for the pinned origin and key (other signatures are ignored).
    auto opened = tlog::open_checkpoint(request.checkpoint, network.log_key());
    if (!opened.ok())
        return make_error("validator.unknown_log", "not a checkpoint of " + network.origin() +
                                                       " signed by its log key (" +
                                                       opened.error().code + ")");
    const tlog::Checkpoint& cp = *opened;
    if (request.old_size > cp.size)
        return make_error("validator.bad_request", "old size " + std::to_string(request.old_size) +
                                                       " is larger than the checkpoint's " +
                                                       std::to_string(cp.size));
    // 2. The size this validator last cosigned.
    if (request.old_size != tree.size())
        return make_error("validator.old_size_mismatch",
                          std::to_string(tree.size()) +
                              " is the size this validator last cosigned, not " +
                              std::to_string(request.old_size));
    // 3. The new tree extends the cosigned one.
    if (auto st = tlog::verify_consistency(tree.size(), cp.size, request.consistency, tree.root(),
                                           cp.root);
        !st.ok())
        return make_error("validator.bad_consistency",
                          "the consistency proof from " + std::to_string(tree.size()) + " to " +
                              std::to_string(cp.size) + " does not verify (" + st.error().code +
                              ")");

    // 4.-6. Mirror and re-validate [old, new) on copies; any failure takes back the files.
    Pending pending{tree, nullptr, nullptr, 0, 0};
    std::vector<fs::path> created;
    auto undo = [&created] {
        for (auto it = created.rbegin(); it != created.rend(); ++it) {
            std::error_code ec;
            fs::remove(*it, ec);
        }
    };
    auto checked = [&]() -> Result<std::string> {
        if (cp.size > tree.size()) {
            pending.state = std::make_unique<ledger::LedgerState>(state);
            if (index)
                pending.index = index->clone();
            CL_TRY(mirror_range(tree.size(), cp.size, pending, created));
        }
        if (pending.tree.root() != cp.root)
            return make_error("validator.tile_mismatch",
                              "the log's entries do not hash to the checkpoint's root");
        CL_TRY(check_extensions(pending.index ? pending.index.get() : index.get(), cp));

        // Cosign, and persist the cosigned checkpoint once its tiles are durable.
        CL_ASSIGN_OR_RETURN(auto text, tlog::format_checkpoint(cp));
        const auto now = static_cast<std::uint64_t>(now_unix());
        CL_ASSIGN_OR_RETURN(auto cosig, tlog::cosign(key, text, now));
        CL_ASSIGN_OR_RETURN(auto line, tlog::format_signature_line(cosig));
        std::string note = request.checkpoint;
        if (note.empty() || note.back() != '\n')
            note += '\n';
        note += line;
        const std::vector<tlog::NoteSignature> sigs{cosig};
        CL_ASSIGN_OR_RETURN(auto response, tlog::format_cosignature_response(sigs));
        if (auto st = write_file_atomically(dir / kCosignedFile, as_bytes(note)); !st.ok())
            return make_error("validator.write_failed",
                              "the cosigned checkpoint cannot be written: " + st.error().message);
        // Nothing can fail after the cosigned file is written: the state advances below.
        cosigned_note = std::move(note);
        return response;
    }();
    if (!checked.ok()) {
        undo();
        return checked;
    }
    tree = std::move(pending.tree);
    if (pending.state)
        state = std::move(*pending.state);
    if (pending.index)
        index = std::move(pending.index);
    cosigned = cp;
    stats.entries_validated += pending.entries;
    stats.mirror_steps += pending.steps;
    ++stats.checkpoints_cosigned;
    return checked;
}

Validator::Validator(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Validator::~Validator() = default;

Result<std::unique_ptr<Validator>> Validator::open(const fs::path& data_dir, NetworkConfig network,
                                                   tlog::NoteSigner key,
                                                   std::unique_ptr<TileFetcher> fetcher,
                                                   std::unique_ptr<MirrorIndex> index) {
    if (key.type() != tlog::kSigTypeCosignatureV1)
        return make_error("validator.bad_key", "a validator cosigns with a type 0x04 key");
    if (!fetcher)
        return make_error("validator.fetch_failed", "a validator needs a tile fetcher");
    std::error_code ec;
    fs::create_directories(data_dir, ec);
    if (ec)
        return make_error("io.mkdir", "cannot create " + data_dir.string() + ": " + ec.message());
    auto lock = FileLock::try_acquire(data_dir / "lock", FileLock::Mode::exclusive);
    if (!lock.ok())
        return make_error("validator.busy",
                          "another process runs a validator on " + data_dir.string());
    if (fs::exists(data_dir / "network", ec)) {
        CL_ASSIGN_OR_RETURN(auto pinned, NetworkConfig::load(data_dir));
        CL_TRY(same_network(pinned, network));
    } else {
        CL_TRY(network.save(data_dir));
    }
    auto impl = std::make_unique<Impl>(data_dir, std::move(network), std::move(key),
                                       std::move(fetcher), std::move(index));
    impl->lock.emplace(std::move(*lock));
    CL_TRY(impl->load());
    return std::unique_ptr<Validator>(new Validator(std::move(impl)));
}

Result<tlog::NoteSigner> Validator::load_or_create_key(const fs::path& data_dir,
                                                       std::string_view name) {
    const auto path = data_dir / "keys" / "validator.key";
    std::error_code ec;
    if (fs::exists(path, ec)) {
        CL_ASSIGN_OR_RETURN(auto text, read_file(path, kMaxKeyFileBytes));
        auto signer = tlog::NoteSigner::parse_private_key(text);
        crypto::wipe(text.data(), text.size());
        if (!signer.ok())
            return make_error("validator.bad_key", "unreadable key file " + path.string() + ": " +
                                                       signer.error().message);
        if (signer->type() != tlog::kSigTypeCosignatureV1)
            return make_error("validator.bad_key", path.string() + " is not a cosigning key");
        return signer;
    }
    fs::create_directories(path.parent_path(), ec);
    if (ec)
        return make_error("io.mkdir", "cannot create " + path.parent_path().string());
    fs::permissions(path.parent_path(), fs::perms::owner_all, ec);
    CL_ASSIGN_OR_RETURN(auto signer, tlog::NoteSigner::generate(name, tlog::kSigTypeCosignatureV1));
    const auto text = signer.format_private_key();
    CL_TRY(write_file_atomically(path, text.view()));
    return signer;
}

Result<std::string> Validator::add_checkpoint(std::string_view request_body) {
    auto request = tlog::parse_add_checkpoint(request_body);
    if (!request.ok()) {
        const std::scoped_lock lock(impl_->mu);
        ++impl_->stats.refusals;
        ++impl_->stats.refusals_by_code[request.error().code];
        return request.error();
    }
    return add_checkpoint(*request);
}

Result<std::string> Validator::add_checkpoint(const tlog::AddCheckpointRequest& request) {
    const std::scoped_lock lock(impl_->mu);
    auto result = impl_->add(request);
    impl_->stats.tiles_fetched = impl_->fetcher->tiles_fetched();
    impl_->stats.bytes_fetched = impl_->fetcher->bytes_fetched();
    if (!result.ok()) {
        ++impl_->stats.refusals;
        ++impl_->stats.refusals_by_code[result.error().code];
    }
    return result;
}

std::uint64_t Validator::cosigned_size() const {
    const std::scoped_lock lock(impl_->mu);
    return impl_->tree.size();
}

tlog::Checkpoint Validator::cosigned_checkpoint() const {
    const std::scoped_lock lock(impl_->mu);
    return impl_->cosigned;
}

std::string Validator::cosigned_note() const {
    const std::scoped_lock lock(impl_->mu);
    return impl_->cosigned_note;
}

ValidatorStats Validator::stats() const {
    const std::scoped_lock lock(impl_->mu);
    auto s = impl_->stats;
    s.cosigned_size = impl_->tree.size();
    return s;
}

ledger::LedgerState Validator::state() const {
    const std::scoped_lock lock(impl_->mu);
    return impl_->state;
}

std::optional<ledger::IdentityRecord> Validator::identity(const crypto::PublicKey& key) const {
    const std::scoped_lock lock(impl_->mu);
    const auto* record = impl_->state.identity(key);
    return record != nullptr ? std::optional(*record) : std::nullopt;
}

const tlog::VerifierKey& Validator::verifier_key() const {
    return impl_->key.verifier_key();
}

const fs::path& Validator::data_dir() const {
    return impl_->dir;
}

int witness_http_status(const Error& error) {
    const std::string& c = error.code;
    if (c == "validator.old_size_mismatch")
        return 409;
    if (c == "validator.unknown_log")
        return 403;
    if (c == "validator.bad_request" || c.starts_with("witness.") || c.starts_with("note.") ||
        c.starts_with("checkpoint."))
        return 400;
    if (c == "validator.bad_consistency" || c == "validator.tile_mismatch" ||
        c == "validator.invalid_entry" || c == "validator.index_mismatch")
        return 422;
    if (c == "validator.fetch_failed")
        return 502;
    if (c == "validator.busy")
        return 503;
    return 500;
}

Result<std::uint64_t> old_size_of(const Error& error) {
    if (error.code != "validator.old_size_mismatch")
        return make_error("validator.no_size", "not an old size mismatch");
    const auto& m = error.message;
    std::uint64_t size = 0;
    const auto [end, ec] = std::from_chars(m.data(), m.data() + m.size(), size);
    if (ec != std::errc() || end == m.data())
        return make_error("validator.no_size", "the error carries no size");
    return size;
}

} // namespace careledger::node
