// Off-ledger blobs of the embedded network (DESIGN §5, §7): sealed emergency summaries, addressed
// by their SHA-256, one file per blob in <ledger dir>/blobs/<hex blob id>. Nodes only ever hold
// ciphertext; deleting a blob (with its key, which only the patient's vault holds) erases it.
//
// A careledgerd node also keeps, per blob id, who stored it (BlobOwners: a small sidecar file in
// <data dir>/blob-owners/<hex blob id>), so that only that owner deletes it and each owner's
// usage can be limited. Owners sign their requests (blob_put_message, blob_delete_message).
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "crypto/ed25519.h"
#include "crypto/hash.h"
#include "node/blob_storage.h"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

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

// ---- Owner-signed requests to a node ---------------------------------------------------------
//
// Both requests carry the owner's Ed25519 signature (header CareLedger-Signature, standard base64)
// over a domain-separated message bound to the network's origin, the blob id and the request's
// time (header CareLedger-Timestamp, Unix milliseconds); a PUT names its owner
// (CareLedger-Blob-Owner, hex public key), a DELETE is checked against the owner the node stored.
//
// Why a timestamp, and why it suffices against replay: a node accepts a request only within
// kBlobRequestWindowMs of its own clock, and orders each blob's history by the owner's signed
// times: a DELETE must be signed at or after the PUT it erases (ts_delete >= ts_put), and after a
// DELETE the node keeps a tombstone (owner, ts_delete) and refuses that owner's PUT signed at or
// before it. So an old DELETE replayed after a re-upload always fails: the re-upload's ts_put is
// > its ts_delete (tombstone), and the DELETE needs ts_delete >= ts_put. Once a tombstone is older
// than the window, every request signed before it is stale anyway, so tombstones are pruned then.

inline constexpr std::string_view kBlobOwnerHeader = "CareLedger-Blob-Owner";
inline constexpr std::string_view kBlobSignatureHeader = "CareLedger-Signature";
inline constexpr std::string_view kBlobTimestampHeader = "CareLedger-Timestamp";
// ±10 minutes, the clock skew the ledger allows an entry's time.
inline constexpr std::int64_t kBlobRequestWindowMs = std::int64_t{10} * 60 * 1000;

// "careledger.org/blob-put/v1\n" ‖ origin ‖ "\n" ‖ hex id ‖ "\n" ‖ hex owner ‖ "\n" ‖ ms ‖ "\n"
std::string blob_put_message(std::string_view origin, const crypto::Hash32& id,
                             const crypto::PublicKey& owner, std::int64_t timestamp_ms);
// "careledger.org/blob-delete/v2\n" ‖ origin ‖ "\n" ‖ hex id ‖ "\n" ‖ ms ‖ "\n"
std::string blob_delete_message(std::string_view origin, const crypto::Hash32& id,
                                std::int64_t timestamp_ms);
// The wall clock in Unix milliseconds.
std::int64_t now_unix_ms();

// ---- Who owns what on a node -----------------------------------------------------------------

struct BlobOwnerRecord {
    crypto::PublicKey owner{};
    std::int64_t put_ms = 0;     // the newest PUT's signed time
    std::int64_t deleted_ms = 0; // a tombstone: the DELETE's signed time (0: live)
    std::uint64_t bytes = 0;     // the blob's size, for quotas
    [[nodiscard]] bool live() const { return deleted_ms == 0; }
};

struct BlobUsage {
    std::uint64_t blobs = 0;
    std::uint64_t bytes = 0;
};

class BlobOwners {
public:
    explicit BlobOwners(std::filesystem::path dir) : dir_(std::move(dir)) {}
    static BlobOwners of_data_dir(const std::filesystem::path& data_dir) {
        return BlobOwners(data_dir / "blob-owners");
    }

    // The record of a blob id, nullopt when none (or unreadable: treated as unowned).
    [[nodiscard]] std::optional<BlobOwnerRecord> get(const crypto::Hash32& id) const;
    Status put(const crypto::Hash32& id, const BlobOwnerRecord& record);

    // The live blobs of every owner and in all, from one scan of the records. Tombstones whose
    // DELETE is older than `prune_before_ms` are removed on the way (see the comment above).
    struct Usage {
        std::map<crypto::PublicKey, BlobUsage> by_owner;
        BlobUsage total;
    };
    [[nodiscard]] Usage scan(std::int64_t prune_before_ms) const;

private:
    std::filesystem::path dir_;
};

} // namespace careledger::node
