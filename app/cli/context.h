// What every command shares: the parsed global options, the output mode, and the wallet and
// ledger, opened on first use (so a command that needs neither never asks for a passphrase).
#pragma once

#include "cli/output.h"
#include "cli/passphrase.h"
#include "node/ledger_client.h"
#include "node/local_ledger.h"
#include "wallet/wallet.h"

#include <filesystem>
#include <memory>
#include <optional>

namespace careledger::cli {

struct GlobalOptions {
    std::string wallet_dir;
    std::string ledger_dir;  // a directory, or node URL(s) "https://..." (then network_dir)
    std::string network_dir; // the pinned network + policy files of a remote ledger
    std::string passphrase_file;
    bool json = false;
};

class Context {
public:
    explicit Context(const GlobalOptions& g);

    [[nodiscard]] const Output& out() const { return out_; }
    [[nodiscard]] const std::filesystem::path& wallet_dir() const { return wallet_dir_; }
    [[nodiscard]] const std::filesystem::path& ledger_dir() const { return ledger_dir_; }
    [[nodiscard]] const PassphraseSource& passphrase_source() const { return pass_; }

    // The embedded ledger (created on first use); sync.embedded_only when --ledger is a URL.
    Result<node::LocalLedger*> ledger();
    // The ledger at --ledger whatever it is: embedded, or a light node of remote nodes (which
    // opens the wallet, where its verified state lives). Not refreshed.
    Result<node::LedgerClient*> client();
    [[nodiscard]] bool ledger_is_remote() const;
    // The wallet at --wallet, unlocked with the passphrase.
    Result<wallet::Wallet*> wallet();
    [[nodiscard]] bool wallet_exists() const;

private:
    Output out_;
    std::filesystem::path wallet_dir_;
    std::filesystem::path ledger_dir_;
    std::string ledger_location_;
    std::filesystem::path network_dir_;
    PassphraseSource pass_;
    std::optional<node::LocalLedger> ledger_;
    std::optional<wallet::Wallet> wallet_;
    std::unique_ptr<node::LedgerClient> client_; // declared after wallet_: destroyed before it
};

// A command's body: returns the process exit code.
using CommandResult = int;

} // namespace careledger::cli
