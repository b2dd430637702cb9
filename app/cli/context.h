// What every command shares: the parsed global options, the output mode, and the wallet and
// ledger, opened on first use (so a command that needs neither never asks for a passphrase).
//
// One way to reach the ledger, embedded or remote: client() is the LedgerClient of --ledger (a
// directory: the embedded LocalLedger; node URLs: the wallet's light node of those careledgerd
// nodes, checked against the network and policy pinned in --network), and blobs() is the matching
// off-ledger blob storage. Commands use these and never care which one they got; only the few
// that exist for the embedded network alone (ledger init/verify, demo) use ledger().
#pragma once

#include "cli/offline_ledger.h"
#include "cli/output.h"
#include "cli/passphrase.h"
#include "node/blob_storage.h"
#include "node/ledger_client.h"
#include "node/local_ledger.h"
#include "wallet/wallet.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

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
    // What --ledger names: the ledger directory, or the node URLs.
    [[nodiscard]] std::string ledger_location() const;
    [[nodiscard]] const PassphraseSource& passphrase_source() const { return pass_; }

    // The embedded ledger (created on first use); sync.embedded_only when --ledger is a URL.
    Result<node::LocalLedger*> ledger();
    // The ledger at --ledger whatever it is: embedded, or a light node of remote nodes (which
    // opens the wallet, where its verified state lives). Not refreshed. A remote one survives
    // unreachable nodes on refresh() (see OfflineTolerantLedger).
    Result<node::LedgerClient*> client();
    // The same, when remote also following these patients' tags (a provider reading a patient's
    // records needs that patient's grants). Only before the first client() call.
    Result<node::LedgerClient*> client(const std::vector<ledger::PatientTag>& also_follow);
    [[nodiscard]] bool ledger_is_remote() const;
    // The light node once client() opened one; nullptr for the embedded ledger.
    [[nodiscard]] OfflineTolerantLedger* remote() { return remote_; }
    // Where off-ledger blobs live: the embedded ledger's blob directory, or the nodes at --ledger
    // (owned by the wallet's key when it is a patient's, so it can store and delete summaries).
    Result<node::BlobStorage*> blobs();

    // The wallet at --wallet, unlocked with the passphrase.
    Result<wallet::Wallet*> wallet();
    [[nodiscard]] bool wallet_exists() const;
    // A wallet the command just created or restored becomes the context's wallet.
    wallet::Wallet& adopt_wallet(wallet::Wallet w);

private:
    Result<std::unique_ptr<sync::RemoteLedger>>
    open_remote(wallet::Wallet& w, const std::vector<ledger::PatientTag>& also_follow);

    Output out_;
    std::filesystem::path wallet_dir_;
    std::filesystem::path ledger_dir_;
    std::string ledger_location_;
    std::filesystem::path network_dir_;
    PassphraseSource pass_;
    std::optional<node::LocalLedger> ledger_;
    std::optional<wallet::Wallet> wallet_;
    // Declared after wallet_: destroyed before it (the light node writes to the wallet's vault,
    // the blob store signs with its key).
    std::unique_ptr<node::LedgerClient> client_;
    OfflineTolerantLedger* remote_ = nullptr; // client_, when remote
    std::unique_ptr<node::BlobStorage> blobs_;
};

// A command's body: returns the process exit code.
using CommandResult = int;

} // namespace careledger::cli
