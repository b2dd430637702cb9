// The embedded default network (DESIGN §7): an in-process sequencer and validator (quorum 1 of 1)
// over a ledger directory that holds the c2sp.org/tlog-tiles static layout, so any tlog tool can
// read it:
//
//   checkpoint            signed note: log signature + the validator's cosignature
//   tile/<L>/<N>...       hash tiles;   tile/entries/<N>...   entry bundles
//   network, policy       origin and registrars; c2sp.org/tlog-policy (log key, validator, quorum)
//   keys/                 log.key, validator.key (note private keys), registrar.secret (optional)
//   lock                  flock: exclusive while sequencing, shared while reading
//
// Several wallets on one machine share a directory safely: every append runs under the exclusive
// lock after catching up with what other processes appended, and the checkpoint is replaced
// atomically after the tiles it covers are durable. Every entry read from disk is re-validated by
// the consent state machine and the recomputed tree must match the signed checkpoint, so a
// tampered directory is detected rather than trusted.
#pragma once

#include "crypto/identity.h"
#include "ledger/note.h"
#include "node/directory_tiles.h"
#include "node/ledger_client.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <span>

namespace careledger::node {

struct LocalLedgerInit {
    // The registrar the network trusts. Without one, a local registrar key is generated and kept
    // in keys/registrar.secret, so a single machine can certify providers.
    std::optional<crypto::PublicKey> registrar;
    std::string origin; // default: "careledger.local/ledger-<random>"
};

struct VerifyReport {
    std::uint64_t entries = 0;
    std::uint64_t tiles_checked = 0;
    std::uint64_t signatures_checked = 0;
    std::string root_base64;
};

class LocalLedger final : public LedgerClient {
public:
    static Result<LocalLedger> init(const std::filesystem::path& dir, const LocalLedgerInit& opts);
    static Result<LocalLedger> open(const std::filesystem::path& dir);
    // The embedded default: open the ledger in `dir`, creating it on first use.
    static Result<LocalLedger> open_or_init(const std::filesystem::path& dir);
    static bool exists(const std::filesystem::path& dir);

    Status refresh() override;
    Result<Receipt> submit(ByteView entry) override;
    // Sequence a batch under one lock and one checkpoint; each entry is accepted or refused on its
    // own, in order, against the state the earlier ones produced.
    Result<std::vector<Result<Receipt>>> submit_batch(std::span<const Bytes> entries);

    [[nodiscard]] const ledger::LedgerState& state() const override { return *state_; }
    [[nodiscard]] const NetworkConfig& network() const override { return network_; }
    [[nodiscard]] const tlog::Checkpoint& checkpoint() const override { return checkpoint_; }
    [[nodiscard]] const std::string& checkpoint_note() const override { return note_; }
    Result<Bytes> entry(std::uint64_t index) override;
    Result<std::string> proof(std::uint64_t index) override;

    // Recompute everything from the files: every entry's signature and rules, every tile's
    // hashes, the root, and the checkpoint's signatures. Any mismatch is an error.
    Result<VerifyReport> verify_all();
    // The local registrar of a network created without one (keys/registrar.secret), if any.
    Result<crypto::Identity> local_registrar() const;
    [[nodiscard]] const std::filesystem::path& dir() const { return dir_; }

private:
    LocalLedger(std::filesystem::path dir, NetworkConfig network);
    Status refresh_locked();
    Status load_signers();
    Status write_checkpoint(std::uint64_t now);
    Status reload();

    std::filesystem::path dir_;
    NetworkConfig network_;
    std::unique_ptr<DirectoryTiles> tiles_; // stable address: TileWriter and sources refer to it
    std::unique_ptr<ledger::LedgerState> state_;
    tlog::TreeState tree_;
    tlog::Checkpoint checkpoint_;
    std::string note_;
    std::optional<tlog::NoteSigner> log_signer_;
    std::optional<tlog::NoteSigner> validator_signer_;
};

} // namespace careledger::node
