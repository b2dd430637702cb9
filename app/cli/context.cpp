#include "cli/context.h"

#include "common/paths.h"

namespace careledger::cli {

Context::Context(const GlobalOptions& g)
    : out_(g.json), wallet_dir_(g.wallet_dir.empty() ? default_wallet_dir()
                                                     : std::filesystem::path(g.wallet_dir)),
      ledger_dir_(g.ledger_dir.empty() ? default_ledger_dir()
                                       : std::filesystem::path(g.ledger_dir)),
      pass_{g.passphrase_file} {}

Result<node::LocalLedger*> Context::ledger() {
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
