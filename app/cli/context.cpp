#include "cli/context.h"

#include "common/paths.h"
#include "sync/open_ledger.h"

namespace careledger::cli {

Context::Context(const GlobalOptions& g)
    : out_(g.json), wallet_dir_(g.wallet_dir.empty() ? default_wallet_dir()
                                                     : std::filesystem::path(g.wallet_dir)),
      ledger_dir_(g.ledger_dir.empty() ? default_ledger_dir()
                                       : std::filesystem::path(g.ledger_dir)),
      ledger_location_(g.ledger_dir), network_dir_(g.network_dir), pass_{g.passphrase_file} {}

bool Context::ledger_is_remote() const {
    return sync::is_remote_location(ledger_location_);
}

std::string Context::ledger_location() const {
    return ledger_is_remote() ? ledger_location_ : ledger_dir_.string();
}

Result<node::LedgerClient*> Context::client() {
    return client({});
}

Result<std::unique_ptr<sync::RemoteLedger>>
Context::open_remote(wallet::Wallet& w, const std::vector<ledger::PatientTag>& also_follow) {
    if (network_dir_.empty())
        return make_error("sync.needs_network",
                          "node URLs need the pinned network and policy files (--network DIR)");
    CL_ASSIGN_OR_RETURN(auto network, node::NetworkConfig::load(network_dir_));
    sync::RemoteLedgerOptions options;
    options.nodes = sync::split_node_urls(ledger_location_);
    std::optional<ledger::PatientTag> own;
    if (w.role() == ledger::Role::patient)
        own = w.tag(network.origin());
    auto tags = sync::RemoteLedger::tags_for(w.role(), own);
    tags.insert(tags.end(), also_follow.begin(), also_follow.end());
    return sync::RemoteLedger::open(std::move(network), std::move(options), w.vault(),
                                    std::move(tags), own);
}

Result<node::LedgerClient*> Context::client(const std::vector<ledger::PatientTag>& also_follow) {
    if (!ledger_is_remote()) {
        CL_ASSIGN_OR_RETURN(auto* local, ledger());
        return static_cast<node::LedgerClient*>(local);
    }
    if (!client_) {
        CL_ASSIGN_OR_RETURN(auto* w, wallet());
        // Opening re-verifies the checkpoint the wallet holds against the pinned network.
        auto remote = open_remote(*w, also_follow);
        if (!remote.ok())
            return explain_refresh_error(remote.error());
        auto tolerant = std::make_unique<OfflineTolerantLedger>(std::move(remote).value());
        remote_ = tolerant.get();
        client_ = std::move(tolerant);
    }
    return client_.get();
}

Result<node::BlobStorage*> Context::blobs() {
    if (!blobs_) {
        CL_ASSIGN_OR_RETURN(auto* l, client());
        const wallet::Wallet* w = nullptr;
        if (ledger_is_remote()) {
            CL_ASSIGN_OR_RETURN(w, wallet());
        }
        sync::LedgerSpec spec;
        spec.location = ledger_location();
        CL_ASSIGN_OR_RETURN(blobs_, sync::open_blob_store(spec, *l, w));
    }
    return blobs_.get();
}

Result<node::LocalLedger*> Context::ledger() {
    if (ledger_is_remote())
        return make_error("sync.embedded_only",
                          "this command needs an embedded ledger directory, not node URLs");
    if (!ledger_) {
        CL_ASSIGN_OR_RETURN(auto l, node::LocalLedger::open_or_init(ledger_dir_));
        ledger_.emplace(std::move(l));
    }
    return &*ledger_;
}

bool Context::wallet_exists() const {
    return vault::Vault::exists(wallet_dir_);
}

wallet::Wallet& Context::adopt_wallet(wallet::Wallet w) {
    wallet_.emplace(std::move(w));
    return *wallet_;
}

Result<wallet::Wallet*> Context::wallet() {
    if (!wallet_) {
        if (!wallet_exists())
            return make_error("wallet.not_found",
                              "no wallet in " + wallet_dir_.string() +
                                  " (create one with: careledger-cli wallet create)");
        CL_ASSIGN_OR_RETURN(auto pass, read_passphrase(pass_, "Wallet passphrase: "));
        CL_ASSIGN_OR_RETURN(auto w, wallet::Wallet::open(wallet_dir_, pass));
        wallet_.emplace(std::move(w));
    }
    return &*wallet_;
}

} // namespace careledger::cli
