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

Result<node::LedgerClient*> Context::client() {
    if (!ledger_is_remote()) {
        CL_ASSIGN_OR_RETURN(auto* local, ledger());
        return static_cast<node::LedgerClient*>(local);
    }
    if (!client_) {
        CL_ASSIGN_OR_RETURN(auto* w, wallet());
        sync::LedgerSpec spec;
        spec.location = ledger_location_;
        spec.network_dir = network_dir_;
        CL_ASSIGN_OR_RETURN(client_, sync::open_ledger(spec, w));
    }
    return client_.get();
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
