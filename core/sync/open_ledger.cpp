#include "sync/open_ledger.h"

#include "node/blob_store.h"
#include "node/local_ledger.h"
#include "sync/remote_blob_store.h"

namespace careledger::sync {

bool is_remote_location(std::string_view location) {
    return location.rfind("https://", 0) == 0 || location.rfind("http://", 0) == 0;
}

std::vector<std::string> split_node_urls(std::string_view location) {
    std::vector<std::string> urls;
    while (!location.empty()) {
        const auto comma = location.find(',');
        const auto part = location.substr(0, comma);
        if (!part.empty())
            urls.emplace_back(part);
        if (comma == std::string_view::npos)
            break;
        location.remove_prefix(comma + 1);
    }
    return urls;
}

Result<std::unique_ptr<node::LedgerClient>> open_ledger(const LedgerSpec& spec,
                                                        wallet::Wallet* wallet) {
    if (!is_remote_location(spec.location)) {
        CL_ASSIGN_OR_RETURN(auto local, node::LocalLedger::open_or_init(spec.location));
        return std::unique_ptr<node::LedgerClient>(
            std::make_unique<node::LocalLedger>(std::move(local)));
    }
    if (wallet == nullptr)
        return make_error("sync.needs_wallet",
                          "a remote ledger keeps its verified state in a wallet: open one first");
    if (spec.network_dir.empty())
        return make_error("sync.needs_network",
                          "a remote ledger needs the pinned network and policy files (--network)");
    CL_ASSIGN_OR_RETURN(auto network, node::NetworkConfig::load(spec.network_dir));
    RemoteLedgerOptions options;
    options.nodes = split_node_urls(spec.location);
    options.http = spec.http;
    options.max_cosignature_age = spec.max_cosignature_age;
    std::optional<ledger::PatientTag> own;
    if (wallet->role() == ledger::Role::patient)
        own = wallet->tag(network.origin());
    auto tags = RemoteLedger::tags_for(wallet->role(), own);
    CL_ASSIGN_OR_RETURN(auto remote, RemoteLedger::open(std::move(network), std::move(options),
                                                        wallet->vault(), std::move(tags), own));
    return std::unique_ptr<node::LedgerClient>(std::move(remote));
}

Result<std::unique_ptr<node::BlobStorage>> open_blob_store(const LedgerSpec& spec,
                                                           const node::LedgerClient& ledger,
                                                           const wallet::Wallet* wallet) {
    if (!is_remote_location(spec.location))
        return std::unique_ptr<node::BlobStorage>(
            std::make_unique<node::BlobStore>(node::BlobStore::of_ledger(spec.location)));
    RemoteBlobStoreOptions options;
    options.nodes = split_node_urls(spec.location);
    options.origin = ledger.network().origin();
    options.http = spec.http;
    const crypto::SigningKey* owner = wallet != nullptr && wallet->role() == ledger::Role::patient
                                          ? &wallet->identity().signing()
                                          : nullptr;
    CL_ASSIGN_OR_RETURN(auto store, RemoteBlobStore::create(std::move(options), owner));
    return std::unique_ptr<node::BlobStorage>(std::make_unique<RemoteBlobStore>(std::move(store)));
}

} // namespace careledger::sync
