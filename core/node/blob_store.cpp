#include "node/blob_store.h"

#include "common/atomic_file.h"
#include "token/summary.h"

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

} // namespace careledger::node
