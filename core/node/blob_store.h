// Off-ledger blobs of the embedded network (DESIGN §5, §7): sealed emergency summaries, addressed
// by their SHA-256, one file per blob in <ledger dir>/blobs/<hex blob id>. Nodes only ever hold
// ciphertext; deleting a blob (with its key, which only the patient's vault holds) erases it.
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "crypto/hash.h"
#include "node/blob_storage.h"

#include <filesystem>

namespace careledger::node {

class BlobStore final : public BlobStorage {
public:
    explicit BlobStore(std::filesystem::path dir) : dir_(std::move(dir)) {}
    // The blob store of an embedded ledger directory.
    static BlobStore of_ledger(const std::filesystem::path& ledger_dir) {
        return BlobStore(ledger_dir / "blobs");
    }

    // Stores the blob under its SHA-256, which must equal `id` ("blob.mismatch").
    Status put(const crypto::Hash32& id, ByteView blob) override;
    // "blob.not_found" when absent; "blob.mismatch" when the file no longer hashes to its id.
    Result<Bytes> get(const crypto::Hash32& id) const override;
    [[nodiscard]] bool contains(const crypto::Hash32& id) const;
    // Removing an absent blob is not an error.
    Status remove(const crypto::Hash32& id) override;

    [[nodiscard]] std::filesystem::path path_of(const crypto::Hash32& id) const;

private:
    std::filesystem::path dir_;
};

} // namespace careledger::node
