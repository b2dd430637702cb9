#include "node/blob_store.h"

#include "common/atomic_file.h"
#include "token/summary.h"

#include <chrono>
#include <sstream>
#include <system_error>

namespace careledger::node {

std::filesystem::path BlobStore::path_of(const crypto::Hash32& id) const {
    return dir_ / to_hex(view(id));
}

Status BlobStore::put(const crypto::Hash32& id, ByteView blob) {
    if (crypto::sha256(blob) != id)
        return make_error("blob.mismatch", "the blob does not hash to its id");
    std::error_code ec;
    std::filesystem::create_directories(dir_, ec);
    if (ec)
        return make_error("io.create_dir", "cannot create " + dir_.string() + ": " + ec.message());
    return write_file_atomically(path_of(id), blob);
}

Result<Bytes> BlobStore::get(const crypto::Hash32& id) const {
    const auto path = path_of(id);
    if (!contains(id))
        return make_error("blob.not_found", "no blob " + to_hex(view(id)) + " in " + dir_.string());
    // A sealed summary is at most kMaxSummaryBytes plus the AEAD's nonce and tag.
    CL_ASSIGN_OR_RETURN(auto bytes, read_file(path, token::kMaxSummaryBytes + 1024));
    if (crypto::sha256(bytes) != id)
        return make_error("blob.mismatch", "blob " + to_hex(view(id)) + " has been altered");
    return bytes;
}

bool BlobStore::contains(const crypto::Hash32& id) const {
    std::error_code ec;
    return std::filesystem::is_regular_file(path_of(id), ec);
}

Status BlobStore::remove(const crypto::Hash32& id) {
    std::error_code ec;
    std::filesystem::remove(path_of(id), ec);
    if (ec)
        return make_error("io.remove",
                          "cannot delete blob " + to_hex(view(id)) + ": " + ec.message());
    return fsync_directory(dir_);
}

namespace {

constexpr std::string_view kBlobPutContext = "careledger.org/blob-put/v1\n";
constexpr std::string_view kBlobDeleteContext = "careledger.org/blob-delete/v2\n";
constexpr std::size_t kMaxOwnerRecord = 256;

std::optional<BlobOwnerRecord> parse_owner_record(std::string_view text) {
    std::istringstream in{std::string(text)};
    std::string owner_hex;
    BlobOwnerRecord r;
    if (!(in >> owner_hex))
        return std::nullopt;
    auto owner = from_hex(owner_hex);
    if (!owner.ok() || owner->size() != r.owner.size())
        return std::nullopt;
    std::copy(owner->begin(), owner->end(), r.owner.begin());
    // A record of the first format holds the owner alone: a live blob stored at time 0.
    if (in >> std::ws; in.eof())
        return r;
    if (!(in >> r.put_ms >> r.deleted_ms >> r.bytes) || r.put_ms < 0 || r.deleted_ms < 0)
        return std::nullopt;
    return r;
}

} // namespace

std::string blob_put_message(std::string_view origin, const crypto::Hash32& id,
                             const crypto::PublicKey& owner, std::int64_t timestamp_ms) {
    std::string m(kBlobPutContext);
    m += origin;
    m += "\n" + to_hex(view(id)) + "\n" + to_hex(view(owner)) + "\n" +
         std::to_string(timestamp_ms) + "\n";
    return m;
}

std::string blob_delete_message(std::string_view origin, const crypto::Hash32& id,
                                std::int64_t timestamp_ms) {
    std::string m(kBlobDeleteContext);
    m += origin;
    m += "\n" + to_hex(view(id)) + "\n" + std::to_string(timestamp_ms) + "\n";
    return m;
}

std::int64_t now_unix_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::optional<BlobOwnerRecord> BlobOwners::get(const crypto::Hash32& id) const {
    auto text = read_file(dir_ / to_hex(view(id)), kMaxOwnerRecord);
    if (!text.ok())
        return std::nullopt;
    return parse_owner_record(to_string(*text));
}

Status BlobOwners::put(const crypto::Hash32& id, const BlobOwnerRecord& record) {
    std::error_code ec;
    std::filesystem::create_directories(dir_, ec);
    if (ec)
        return make_error("io.create_dir", "cannot create " + dir_.string() + ": " + ec.message());
    const std::string text = to_hex(view(record.owner)) + " " + std::to_string(record.put_ms) +
                             " " + std::to_string(record.deleted_ms) + " " +
                             std::to_string(record.bytes) + "\n";
    return write_file_atomically(dir_ / to_hex(view(id)), as_bytes(text));
}

BlobOwners::Usage BlobOwners::scan(std::int64_t prune_before_ms) const {
    Usage u;
    std::error_code ec;
    std::filesystem::directory_iterator it(dir_, ec);
    if (ec)
        return u; // no record yet
    for (const auto& file : it) {
        auto text = read_file(file.path(), kMaxOwnerRecord);
        if (!text.ok())
            continue; // gone meanwhile
        const auto r = parse_owner_record(to_string(*text));
        if (!r)
            continue; // not a record (a temporary file of an interrupted write)
        if (!r->live()) {
            if (r->deleted_ms < prune_before_ms)
                std::filesystem::remove(file.path(), ec);
            continue;
        }
        auto& mine = u.by_owner[r->owner];
        ++mine.blobs;
        mine.bytes += r->bytes;
        ++u.total.blobs;
        u.total.bytes += r->bytes;
    }
    return u;
}

} // namespace careledger::node
