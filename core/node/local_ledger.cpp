#include "node/local_ledger.h"

#include "common/atomic_file.h"
#include "common/time.h"
#include "crypto/aead.h"
#include "ledger/cosignature.h"
#include "ledger/tlog_proof.h"
#include "node/file_lock.h"

#include <algorithm>
#include <limits>
#include <system_error>

namespace careledger::node {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxCheckpointBytes = std::size_t{64} * 1024;
constexpr std::size_t kMaxKeyFileBytes = 4096;
constexpr const char* kValidatorName = "validator-1";
// The embedded validator cosigns on every append; its cosignatures are as fresh as the last
// append, so the local view does not apply a freshness bound (remote sync does).
constexpr std::uint64_t kNoFreshnessBound = std::numeric_limits<std::uint64_t>::max() / 2;

fs::path lock_path(const fs::path& dir) {
    return dir / "lock";
}

Result<tlog::NoteSigner> load_signer(const fs::path& path) {
    CL_ASSIGN_OR_RETURN(auto text, read_file(path, kMaxKeyFileBytes));
    auto signer = tlog::NoteSigner::parse_private_key(text);
    crypto::wipe(text.data(), text.size());
    if (!signer.ok())
        return make_error("ledger.bad_key",
                          "unreadable key file " + path.string() + ": " + signer.error().message);
    return signer;
}

Status save_signer(const fs::path& path, const tlog::NoteSigner& signer) {
    const auto text = signer.format_private_key();
    return write_file_atomically(path, text.view());
}

// Apply entries read from the log: each must pass the consent rules as of its own time (the
// sequencer admitted it within the clock-skew bound of that time).
Status replay(ledger::LedgerState& state, tlog::TreeState& tree, const ledger::Policy& policy,
              const std::vector<Bytes>& entries) {
    for (const auto& bytes : entries) {
        const std::uint64_t index = tree.size();
        auto entry = ledger::decode_entry_unverified(bytes);
        if (!entry.ok())
            return make_error("ledger.invalid_entry",
                              "entry " + std::to_string(index) +
                                  " is malformed: " + entry.error().message);
        const auto t = static_cast<std::int64_t>(entry->body().time);
        if (auto st = ledger::validate(state, policy, *entry, t); !st.ok())
            return make_error("ledger.invalid_entry", "entry " + std::to_string(index) +
                                                          " breaks a rule: " + st.error().message +
                                                          " (" + st.error().code + ")");
        const auto id = tlog::leaf_hash(bytes);
        ledger::apply(state, *entry, id, index);
        tree.append(id);
    }
    return {};
}

std::string random_origin() {
    const auto r = crypto::random_bytes(4);
    return "careledger.local/ledger-" + to_hex(r);
}

} // namespace

LocalLedger::LocalLedger(fs::path dir, NetworkConfig network)
    : dir_(std::move(dir)), network_(std::move(network)),
      tiles_(std::make_unique<DirectoryTiles>(dir_)),
      state_(std::make_unique<ledger::LedgerState>()) {}

bool LocalLedger::exists(const fs::path& dir) {
    std::error_code ec;
    return fs::exists(dir / "network", ec) && fs::exists(dir / "checkpoint", ec);
}

Result<LocalLedger> LocalLedger::init(const fs::path& dir, const LocalLedgerInit& opts) {
    std::error_code ec;
    fs::create_directories(dir / "keys", ec);
    if (ec)
        return make_error("io.mkdir", "cannot create " + dir.string() + ": " + ec.message());
    fs::permissions(dir / "keys", fs::perms::owner_all, ec);
    auto lock = std::make_optional(FileLock::acquire(lock_path(dir), FileLock::Mode::exclusive));
    if (!lock->ok())
        return lock->error();
    if (exists(dir))
        return make_error("ledger.exists", "a ledger already exists in " + dir.string());

    const std::string origin = opts.origin.empty() ? random_origin() : opts.origin;
    CL_ASSIGN_OR_RETURN(auto log_signer, tlog::NoteSigner::generate(origin, tlog::kSigTypeEd25519));
    CL_ASSIGN_OR_RETURN(auto validator, tlog::NoteSigner::generate(origin + "/" + kValidatorName,
                                                                   tlog::kSigTypeCosignatureV1));
    std::optional<crypto::Identity> local_registrar;
    std::vector<crypto::PublicKey> registrars;
    crypto::SecureBuffer registrar_secret;
    if (opts.registrar) {
        registrars.push_back(*opts.registrar);
    } else {
        registrar_secret = crypto::random_secret(crypto::kMasterSecretBytes);
        CL_ASSIGN_OR_RETURN(auto id, crypto::Identity::from_master_secret(registrar_secret));
        registrars.push_back(id.public_key());
        local_registrar.emplace(std::move(id));
    }
    ledger::TrustPolicy trust;
    trust.add_log({tlog::format_vkey(log_signer.verifier_key()), ""});
    trust.add_witness({kValidatorName, tlog::format_vkey(validator.verifier_key()), ""});
    trust.set_quorum(kValidatorName);
    CL_ASSIGN_OR_RETURN(auto network, NetworkConfig::make(origin, registrars, std::move(trust)));

    CL_TRY(save_signer(dir / "keys" / "log.key", log_signer));
    CL_TRY(save_signer(dir / "keys" / "validator.key", validator));
    if (local_registrar) {
        const auto hex = to_hex(registrar_secret.view());
        auto secret_text = crypto::SecureBuffer::copy_of(as_bytes(hex));
        CL_TRY(write_file_atomically(dir / "keys" / "registrar.secret", secret_text.view()));
    }
    CL_TRY(network.save(dir));

    LocalLedger ledger(dir, std::move(network));
    ledger.log_signer_.emplace(std::move(log_signer));
    ledger.validator_signer_.emplace(std::move(validator));
    ledger.checkpoint_ = {origin, 0, tlog::empty_root(), {}};
    CL_TRY(ledger.write_checkpoint(static_cast<std::uint64_t>(now_unix())));
    lock.reset(); // submit() takes the lock itself; flock does not nest across descriptors

    if (local_registrar) {
        ledger::EntryBody body;
        body.author = local_registrar->public_key();
        body.time = static_cast<std::uint64_t>(now_unix());
        body.seq = 1;
        body.payload =
            ledger::IdentityPayload{ledger::Role::registrar, local_registrar->box_public_key()};
        CL_ASSIGN_OR_RETURN(auto entry, ledger::sign(std::move(body), local_registrar->signing()));
        CL_TRY(ledger.submit(entry.bytes()));
    }
    return ledger;
}

Result<LocalLedger> LocalLedger::open(const fs::path& dir) {
    CL_ASSIGN_OR_RETURN(auto network, NetworkConfig::load(dir));
    LocalLedger ledger(dir, std::move(network));
    CL_TRY(ledger.refresh());
    return ledger;
}

Result<LocalLedger> LocalLedger::open_or_init(const fs::path& dir) {
    if (exists(dir))
        return open(dir);
    auto created = init(dir, {});
    if (!created.ok() && created.error().code == "ledger.exists")
        return open(dir); // another process created it first
    return created;
}

Status LocalLedger::refresh() {
    CL_ASSIGN_OR_RETURN(auto lock, FileLock::acquire(lock_path(dir_), FileLock::Mode::shared));
    return refresh_locked();
}

Status LocalLedger::refresh_locked() {
    auto note = read_file(dir_ / "checkpoint", kMaxCheckpointBytes);
    if (!note.ok())
        return make_error("ledger.not_found", "no checkpoint in " + dir_.string());
    const auto text = to_string(*note);
    if (text == note_)
        return {};
    auto verified =
        network_.verify_checkpoint(text, static_cast<std::uint64_t>(now_unix()), kNoFreshnessBound);
    if (!verified.ok())
        return make_error("ledger.bad_checkpoint",
                          "the ledger's checkpoint does not verify: " + verified.error().message);
    const auto& cp = verified->checkpoint;
    if (cp.size < tree_.size())
        return make_error("ledger.rollback", "the ledger's checkpoint went back from size " +
                                                 std::to_string(tree_.size()) + " to " +
                                                 std::to_string(cp.size));
    if (cp.size > tree_.size()) {
        CL_ASSIGN_OR_RETURN(auto entries,
                            tlog::read_entry_range(*tiles_, tree_.size(), cp.size, cp.size));
        // Work on copies so a bad entry leaves the verified view as it was.
        auto state = std::make_unique<ledger::LedgerState>(*state_);
        auto tree = tree_;
        CL_TRY(replay(*state, tree, network_.consent_policy(), entries));
        if (tree.root() != cp.root)
            return make_error("ledger.root_mismatch",
                              "the ledger's entries do not hash to its signed checkpoint");
        state_ = std::move(state);
        tree_ = std::move(tree);
    } else if (tree_.root() != cp.root) {
        return make_error("ledger.fork",
                          "the ledger's checkpoint conflicts with the tree seen before");
    }
    checkpoint_ = cp;
    note_ = text;
    return {};
}

Status LocalLedger::load_signers() {
    if (!log_signer_) {
        CL_ASSIGN_OR_RETURN(auto s, load_signer(dir_ / "keys" / "log.key"));
        if (s.verifier_key() != network_.log_key())
            return make_error("ledger.bad_key", "keys/log.key is not the network's log key");
        log_signer_.emplace(std::move(s));
    }
    if (!validator_signer_) {
        CL_ASSIGN_OR_RETURN(auto s, load_signer(dir_ / "keys" / "validator.key"));
        validator_signer_.emplace(std::move(s));
    }
    return {};
}

Status LocalLedger::write_checkpoint(std::uint64_t now) {
    CL_ASSIGN_OR_RETURN(auto note, tlog::sign_checkpoint(checkpoint_, *log_signer_));
    CL_ASSIGN_OR_RETURN(auto text, tlog::format_checkpoint(checkpoint_));
    CL_ASSIGN_OR_RETURN(auto cosig, tlog::cosign(*validator_signer_, text, now));
    CL_ASSIGN_OR_RETURN(auto line, tlog::format_signature_line(cosig));
    note += line;
    CL_TRY(write_file_atomically(dir_ / "checkpoint", as_bytes(note)));
    note_ = std::move(note);
    return {};
}

Status LocalLedger::reload() {
    state_ = std::make_unique<ledger::LedgerState>();
    tree_ = tlog::TreeState();
    note_.clear();
    return refresh_locked();
}

Result<Receipt> LocalLedger::submit(ByteView entry) {
    const Bytes copy(entry.begin(), entry.end());
    CL_ASSIGN_OR_RETURN(auto results, submit_batch(std::span<const Bytes>(&copy, 1)));
    return std::move(results.front());
}

Result<std::vector<Result<Receipt>>> LocalLedger::submit_batch(std::span<const Bytes> entries) {
    CL_ASSIGN_OR_RETURN(auto lock, FileLock::acquire(lock_path(dir_), FileLock::Mode::exclusive));
    CL_TRY(refresh_locked());
    CL_TRY(load_signers());
    const auto now = now_unix();
    const auto policy = network_.consent_policy();
    const std::uint64_t old_size = tree_.size();

    std::vector<Result<Receipt>> results;
    std::vector<Bytes> accepted;
    results.reserve(entries.size());
    for (const auto& bytes : entries) {
        if (bytes.size() > ledger::kMaxEntryBytes) {
            results.emplace_back(
                make_error("entry.too_large", "entry is larger than 65,535 bytes"));
            continue;
        }
        auto entry = ledger::decode_entry_unverified(bytes);
        if (!entry.ok()) {
            results.emplace_back(entry.error());
            continue;
        }
        if (auto st = ledger::validate(*state_, policy, *entry, now); !st.ok()) {
            results.emplace_back(st.error());
            continue;
        }
        const std::uint64_t index = old_size + accepted.size();
        const auto id = tlog::leaf_hash(bytes);
        ledger::apply(*state_, *entry, id, index);
        accepted.push_back(bytes);
        results.emplace_back(Receipt{index, id, 0});
    }
    if (accepted.empty())
        return results;

    // Tiles first, then the checkpoint that covers them: a crash in between leaves the old
    // checkpoint, which still matches the old tiles.
    tlog::TileWriter writer(*tiles_);
    auto batch = writer.append(old_size, accepted);
    Status written = batch.ok() ? tiles_->write(batch->files) : Status(batch.error());
    if (written.ok()) {
        tree_.append(batch->leaf_hashes);
        checkpoint_ = {network_.origin(), tree_.size(), tree_.root(), {}};
        written = write_checkpoint(static_cast<std::uint64_t>(now));
    }
    if (!written.ok()) {
        // The in-memory view ran ahead of the disk: rebuild it from what is durable.
        static_cast<void>(reload());
        return make_error("ledger.write_failed",
                          "the ledger could not be written: " + written.error().message);
    }
    for (auto& r : results)
        if (r.ok())
            r->tree_size = tree_.size();
    return results;
}

Result<Bytes> LocalLedger::entry(std::uint64_t index) {
    if (index >= checkpoint_.size)
        return make_error("ledger.index", "no entry " + std::to_string(index) + " in a log of " +
                                              std::to_string(checkpoint_.size));
    CL_ASSIGN_OR_RETURN(auto lock, FileLock::acquire(lock_path(dir_), FileLock::Mode::shared));
    CL_ASSIGN_OR_RETURN(auto entries,
                        tlog::read_entry_range(*tiles_, index, index + 1, checkpoint_.size));
    return std::move(entries.front());
}

Result<std::string> LocalLedger::proof(std::uint64_t index) {
    if (index >= checkpoint_.size)
        return make_error("ledger.index", "no entry " + std::to_string(index) + " in a log of " +
                                              std::to_string(checkpoint_.size));
    CL_ASSIGN_OR_RETURN(auto lock, FileLock::acquire(lock_path(dir_), FileLock::Mode::shared));
    tlog::TileHashSource source(checkpoint_.size, *tiles_);
    tlog::TlogProof p;
    p.index = index;
    CL_ASSIGN_OR_RETURN(p.inclusion, tlog::inclusion_proof(index, checkpoint_.size, source));
    p.checkpoint = note_;
    return tlog::format_tlog_proof(p);
}

Result<VerifyReport> LocalLedger::verify_all() {
    CL_ASSIGN_OR_RETURN(auto lock, FileLock::acquire(lock_path(dir_), FileLock::Mode::shared));
    VerifyReport report;
    CL_ASSIGN_OR_RETURN(auto note, read_file(dir_ / "checkpoint", kMaxCheckpointBytes));
    CL_ASSIGN_OR_RETURN(auto verified, network_.verify_checkpoint(
                                           to_string(note), static_cast<std::uint64_t>(now_unix()),
                                           kNoFreshnessBound));
    report.signatures_checked = 1 + verified.cosigners.size();
    const auto& cp = verified.checkpoint;

    // Every entry again, from an empty state, signatures included.
    ledger::LedgerState state;
    tlog::TreeState tree;
    tlog::MemoryHashSource all;
    const auto policy = network_.consent_policy();
    constexpr std::uint64_t kChunk = std::uint64_t{tlog::kTileWidth} * 16; // entries per read
    for (std::uint64_t from = 0; from < cp.size; from += kChunk) {
        const auto to = std::min<std::uint64_t>(cp.size, from + kChunk);
        CL_ASSIGN_OR_RETURN(auto entries, tlog::read_entry_range(*tiles_, from, to, cp.size));
        CL_TRY(replay(state, tree, policy, entries));
        for (const auto& e : entries)
            all.append(tlog::leaf_hash(e));
        report.signatures_checked += entries.size();
    }
    report.entries = cp.size;
    if (tree.root() != cp.root)
        return make_error("ledger.root_mismatch",
                          "the entries do not hash to the signed checkpoint's root");
    // Every hash tile must hold exactly the hashes the entries imply.
    for (const auto& id : tlog::tiles_for_size(cp.size)) {
        CL_ASSIGN_OR_RETURN(auto bytes, tiles_->read_tile(id.level, id.index, id.width));
        CL_ASSIGN_OR_RETURN(auto hashes, tlog::tile_hashes(bytes, id.width));
        const unsigned level = id.level * tlog::kTileHeight;
        for (unsigned i = 0; i < id.width; ++i) {
            CL_ASSIGN_OR_RETURN(auto expected, all.hash(level, id.index * tlog::kTileWidth + i));
            if (expected != hashes[i])
                return make_error("ledger.tile_mismatch",
                                  "tile " + tlog::tile_path(id) + " does not match the entries");
        }
        ++report.tiles_checked;
    }
    report.root_base64 = to_base64(view(cp.root));
    return report;
}

Result<crypto::Identity> LocalLedger::local_registrar() const {
    auto text = read_file(dir_ / "keys" / "registrar.secret", kMaxKeyFileBytes);
    if (!text.ok())
        return make_error("ledger.no_local_registrar",
                          "this ledger has no local registrar key; use a registrar wallet");
    auto bytes = from_hex(to_string(*text));
    crypto::wipe(text->data(), text->size());
    if (!bytes.ok() || bytes->size() != crypto::kMasterSecretBytes)
        return make_error("ledger.bad_key", "keys/registrar.secret is unreadable");
    auto secret = crypto::SecureBuffer::copy_of(*bytes);
    crypto::wipe(bytes->data(), bytes->size());
    return crypto::Identity::from_master_secret(secret);
}

} // namespace careledger::node
