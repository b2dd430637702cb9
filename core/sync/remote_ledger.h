// The wallet's light node (DESIGN §7, network spec): a LedgerClient over careledgerd nodes that
// trusts nothing a node says until it verified it. refresh() fetches ONE sync bundle for the
// wallet's index tags, verifies it entirely (log signature, fresh cosignature quorum, consistency
// with what the vault holds, index proofs, every entry's inclusion and signature), and only then
// stores it in the vault in one transaction. It never rolls back; a fork is evidence, kept.
#pragma once

#include "crypto/hash.h"
#include "ledger/checkpoint.h"
#include "ledger/consent_state.h"
#include "ledger/entry.h"
#include "node/ledger_client.h"
#include "node/network_config.h"
#include "sync/alerts.h"
#include "sync/http_client.h"
#include "sync/outbox.h"
#include "sync/sync_store.h"
#include "vault/vault.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace careledger::sync {

inline constexpr std::uint64_t kDefaultFreezeBound = 86400; // seconds (24 h)

struct RemoteLedgerOptions {
    std::vector<std::string> nodes; // base URLs; tried in order while unreachable
    HttpOptions http;
    std::uint64_t max_cosignature_age = kDefaultFreezeBound;
    std::function<std::uint64_t()> now; // unix seconds; empty: the system clock
};

// What one refresh() verified (the CLI's `sync` prints it).
struct SyncReport {
    std::string node;
    std::uint64_t old_size = 0;
    std::uint64_t size = 0;
    std::size_t cosigners = 0;        // fresh cosignatures that met the quorum
    std::size_t entries_verified = 0; // new entries, signature and inclusion checked
    std::size_t proofs_verified = 0;  // inclusion + index proofs + consistency
    std::size_t bytes = 0;            // bundle bytes received
    std::size_t new_alerts = 0;
    std::size_t outbox_sent = 0;
    std::size_t outbox_waiting = 0;
};

class RemoteLedger final : public node::LedgerClient {
public:
    // `vault` must outlive the ledger. `tags` are the index tags to follow (tags_for()); `patient`
    // is the wallet's own patient tag when it is a patient wallet (access alerts are about it).
    static Result<std::unique_ptr<RemoteLedger>>
    open(node::NetworkConfig network, RemoteLedgerOptions options, vault::Vault& vault,
         std::vector<crypto::Hash32> tags, std::optional<ledger::PatientTag> patient);

    // A patient follows its own tag and the directory; a provider or registrar also the registry.
    static std::vector<crypto::Hash32> tags_for(ledger::Role role,
                                                const std::optional<ledger::PatientTag>& own);

    Status refresh() override;
    // POSTs add-entry and verifies the receipt. When no node takes it (unreachable, 429, 5xx) the
    // entry waits in the outbox and the call fails with sync.queued; later refreshes retry it.
    Result<node::Receipt> submit(ByteView entry) override;

    [[nodiscard]] const ledger::LedgerState& state() const override { return state_; }
    [[nodiscard]] const node::NetworkConfig& network() const override { return network_; }
    [[nodiscard]] const tlog::Checkpoint& checkpoint() const override { return checkpoint_; }
    [[nodiscard]] const std::string& checkpoint_note() const override { return note_; }
    // Only entries the wallet holds (its tags); sync.not_held otherwise.
    Result<Bytes> entry(std::uint64_t index) override;
    Result<std::string> proof(std::uint64_t index) override;

    [[nodiscard]] const SyncReport& last_report() const { return report_; }
    Result<std::vector<Alert>> alerts() { return store_.alerts(); }
    Result<std::vector<OutboxItem>> outbox() { return store_.outbox(); }
    SyncStore& store() { return store_; }

private:
    RemoteLedger(node::NetworkConfig network, RemoteLedgerOptions options, vault::Vault& vault,
                 std::vector<crypto::Hash32> tags, std::optional<ledger::PatientTag> patient,
                 HttpClient http);
    [[nodiscard]] std::uint64_t now() const;
    Status load();
    Status sync_once(const std::string& base);
    Status retry_outbox();
    Status reconcile_outbox();
    Status raise(AlertKind kind, std::string summary, std::string evidence);
    void check_access_alerts(const ledger::SignedEntry& entry, std::uint64_t index,
                             std::vector<Alert>& out) const;

    node::NetworkConfig network_;
    RemoteLedgerOptions options_;
    vault::Vault* vault_;
    SyncStore store_;
    std::vector<crypto::Hash32> tags_;
    std::optional<ledger::PatientTag> patient_;
    HttpClient http_;
    ledger::LedgerState state_;
    tlog::Checkpoint checkpoint_;
    std::string note_;
    SyncReport report_;
};

} // namespace careledger::sync
