// The off-ledger blobs of a remote network (DESIGN §7): sealed emergency summaries kept on the
// careledgerd nodes under careledger/v1/blob/<lower-case hex SHA-256>. A node is trusted with
// nothing: every blob fetched is checked against its id, so a node can withhold a blob but never
// alter one. PUT names the owner's public key; DELETE carries the owner's Ed25519 signature over
// "careledger.org/blob-delete/v1\n" ‖ origin ‖ "\n" ‖ hex id ‖ "\n", so only the patient who
// stored a summary can shred it.
#pragma once

#include "crypto/ed25519.h"
#include "node/blob_storage.h"
#include "sync/http_client.h"

#include <memory>
#include <string>
#include <vector>

namespace careledger::sync {

struct RemoteBlobStoreOptions {
    std::vector<std::string> nodes; // base URLs, as for RemoteLedger
    std::string origin;             // the network's log origin (bound into delete signatures)
    HttpOptions http;
};

// The message an owner signs to delete a blob from a node.
std::string blob_delete_message(std::string_view origin, const crypto::Hash32& id);

// Error codes: blob.not_found, blob.mismatch, blob.forbidden, blob.no_owner, blob.unavailable
// (no node reachable), and the http.* codes of a node's answer.
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
