// Where off-ledger blobs live (DESIGN §5, §7): sealed emergency summaries addressed by their
// SHA-256. The embedded network keeps them in a directory (node::BlobStore); a wallet of a remote
// network keeps them on its careledgerd nodes (sync::RemoteBlobStore). The emergency use cases
// only see this interface. Every implementation checks what it returns against the id.
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "crypto/hash.h"

namespace careledger::node {

class BlobStorage {
public:
    virtual ~BlobStorage() = default;

    // Stores the blob under its SHA-256, which must equal `id` ("blob.mismatch").
    virtual Status put(const crypto::Hash32& id, ByteView blob) = 0;
    // "blob.not_found" when absent; "blob.mismatch" when what is held no longer hashes to `id`.
    virtual Result<Bytes> get(const crypto::Hash32& id) const = 0;
    // Removing an absent blob is not an error.
    virtual Status remove(const crypto::Hash32& id) = 0;

protected:
    // Implementations stay copyable and movable; the interface is never copied on its own.
    BlobStorage() = default;
    BlobStorage(const BlobStorage&) = default;
    BlobStorage& operator=(const BlobStorage&) = default;
    BlobStorage(BlobStorage&&) = default;
    BlobStorage& operator=(BlobStorage&&) = default;
};

} // namespace careledger::node
