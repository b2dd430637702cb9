// The CLI's view of remote nodes: the wallet's light node (sync::RemoteLedger), made usable while
// no node answers. DESIGN §7: the wallet "works offline from its last state; signed entries wait
// in an outbox". So a refresh that fails only because the nodes cannot be reached right now
// (unreachable, timeout, 429, 5xx) leaves the last VERIFIED state in place and succeeds, and the
// entry the command then submits is queued (sync.queued). Anything else a node does — a bad
// signature, a missing quorum, a fork — still fails the refresh: a lying node is never papered
// over. A wallet that never synced has no state to fall back on and reports the failure.
#pragma once

#include "sync/remote_ledger.h"

#include <memory>
#include <optional>

namespace careledger::cli {

// A refresh error as the user should read it: a checkpoint not signed by the pinned log key or for
// another origin means --network pins another network than the nodes serve, so the message says
// so; the code is kept.
Error explain_refresh_error(Error e);

class OfflineTolerantLedger final : public node::LedgerClient {
public:
    explicit OfflineTolerantLedger(std::unique_ptr<sync::RemoteLedger> remote)
        : remote_(std::move(remote)) {}

    Status refresh() override;
    Result<node::Receipt> submit(ByteView entry) override { return remote_->submit(entry); }

    [[nodiscard]] const ledger::LedgerState& state() const override { return remote_->state(); }
    [[nodiscard]] const node::NetworkConfig& network() const override { return remote_->network(); }
    [[nodiscard]] const tlog::Checkpoint& checkpoint() const override {
        return remote_->checkpoint();
    }
    [[nodiscard]] const std::string& checkpoint_note() const override {
        return remote_->checkpoint_note();
    }
    Result<Bytes> entry(std::uint64_t index) override { return remote_->entry(index); }
    Result<std::string> proof(std::uint64_t index) override { return remote_->proof(index); }

    // For a wallet created this moment: its key is new, so no ledger can hold anything about it
    // and an empty state is the true one; its registration may then be queued even before the
    // first sync.
    void assume_new_wallet() { new_wallet_ = true; }

    [[nodiscard]] sync::RemoteLedger& remote() { return *remote_; }
    // Why the last refresh fell back to the stored state; empty when it synced.
    [[nodiscard]] const std::optional<Error>& offline() const { return offline_; }

private:
    std::unique_ptr<sync::RemoteLedger> remote_;
    std::optional<Error> offline_;
    bool new_wallet_ = false;
};

} // namespace careledger::cli
