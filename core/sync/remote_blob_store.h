// The off-ledger blobs of a remote network (DESIGN §7): sealed emergency summaries kept on the
// careledgerd nodes under careledger/v1/blob/<lower-case hex SHA-256>. A node is trusted with
// nothing: every blob fetched is checked against its id, so a node can withhold a blob but never
// alter one. PUT and DELETE carry the owner's Ed25519 signature over a message bound to the
// network's origin, the blob id and the request's time (node::blob_put_message,
// node::blob_delete_message in node/blob_store.h, which also explains the replay protection), so
// only a patient stores summaries under its key, and only the patient who stored one shreds it.
#pragma once

#include "crypto/ed25519.h"
#include "node/blob_storage.h"
#include "node/blob_store.h"
#include "sync/http_client.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace careledger::sync {

struct RemoteBlobStoreOptions {
    std::vector<std::string> nodes; // base URLs, as for RemoteLedger
    std::string origin;             // the network's log origin (bound into delete signatures)
    HttpOptions http;
    // The clock signed into requests, Unix milliseconds (tests set another).
    std::function<std::int64_t()> now_ms = node::now_unix_ms;
};

// Error codes: blob.not_found, blob.mismatch, blob.forbidden, blob.no_owner, blob.unavailable
// (no node reachable), blob.quota (this owner stores as much as a node allows), blob.stale (the
// clock is more than 10 minutes off the node's), blob.unknown_owner (a node that stores only for
// its ledger's patients), and the http.* codes of a node's answer.
class RemoteBlobStore final : public node::BlobStorage {
public:
    // `owner` (not owned; must outlive the store) signs PUTs and DELETEs; a reader passes null and
    // can only get(). sync.no_nodes without a node URL.
    static Result<RemoteBlobStore> create(RemoteBlobStoreOptions options,
                                          const crypto::SigningKey* owner);

    // Stores the blob on every node that answers; succeeds when at least one stored it
    // ("blob.unavailable" when none could be reached). A node's refusal (another owner, a
    // mismatch) is an error even when another node took the blob.
    Status put(const crypto::Hash32& id, ByteView blob) override;
    // The first node's blob that hashes to `id`. Nodes are asked in order; one serving a blob that
    // does not hash to its id is skipped ("blob.mismatch" if no node serves the true blob).
    Result<Bytes> get(const crypto::Hash32& id) const override;
    // Deletes the blob from every node; absent is fine; an unreachable node is an error
    // ("blob.unavailable"): the patient is told the summary may still be stored there.
    Status remove(const crypto::Hash32& id) override;

    // How many nodes took the last put (for reports).
    [[nodiscard]] std::size_t last_put_nodes() const { return last_put_nodes_; }

private:
    RemoteBlobStore(RemoteBlobStoreOptions options, const crypto::SigningKey* owner,
                    HttpClient http);
    [[nodiscard]] std::string url_of(const std::string& base, const crypto::Hash32& id) const;

    RemoteBlobStoreOptions options_;
    const crypto::SigningKey* owner_;
    // get() is logically const; the client's connection cache changes underneath. Not thread-safe,
    // like HttpClient itself.
    std::unique_ptr<HttpClient> http_;
    std::size_t last_put_nodes_ = 0;
};

} // namespace careledger::sync
