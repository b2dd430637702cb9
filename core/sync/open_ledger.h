// One way for the CLI and the GUI to open "the ledger": an embedded directory (LocalLedger) or
// remote careledgerd nodes (RemoteLedger, a light node whose verified state lives in the wallet's
// vault, checked against the network and policy files the user pinned).
#pragma once

#include "common/result.h"
#include "node/blob_storage.h"
#include "node/ledger_client.h"
#include "sync/http_client.h"
#include "sync/remote_ledger.h"
#include "wallet/wallet.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace careledger::sync {

struct LedgerSpec {
    // A directory (embedded ledger) or one or more node base URLs separated by commas
    // ("https://…", or "http://127.0.0.1…" for a node on this machine).
    std::string location;
    // For URLs: the directory holding the pinned `network` and `policy` files.
    std::filesystem::path network_dir;
    HttpOptions http;
    std::uint64_t max_cosignature_age = kDefaultFreezeBound;
};

// True when `location` names nodes rather than a directory.
bool is_remote_location(std::string_view location);
// The node URLs of a remote location (comma separated).
std::vector<std::string> split_node_urls(std::string_view location);

// Remote ledgers need the wallet (its vault keeps the light node's state; its role and key say
// which index tags to follow): sync.needs_wallet when `wallet` is null. The ledger is not
// refreshed; call refresh().
Result<std::unique_ptr<node::LedgerClient>> open_ledger(const LedgerSpec& spec,
                                                        wallet::Wallet* wallet);

// Where that ledger's sealed emergency summaries are kept: the embedded ledger's blob directory,
// or the nodes' blob routes. A patient's wallet signs what it stores and deletes there (it must
// outlive the store); any other wallet, or none, can only read.
Result<std::unique_ptr<node::BlobStorage>> open_blob_store(const LedgerSpec& spec,
                                                           const node::LedgerClient& ledger,
                                                           const wallet::Wallet* wallet);

} // namespace careledger::sync
