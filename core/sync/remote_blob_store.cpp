#include "sync/remote_blob_store.h"

#include "token/summary.h"

namespace careledger::sync {

namespace {

constexpr std::string_view kBlobRoute = "careledger/v1/blob/";
// A sealed summary is at most kMaxSummaryBytes plus the AEAD's nonce and tag (as node::BlobStore).
constexpr std::size_t kMaxBlobBody = token::kMaxSummaryBytes + 1024;

std::string with_slash(std::string base) {
    if (base.empty() || base.back() != '/')
        base.push_back('/');
    return base;
}

} // namespace

RemoteBlobStore::RemoteBlobStore(RemoteBlobStoreOptions options, const crypto::SigningKey* owner,
                                 HttpClient http)
    : options_(std::move(options)), owner_(owner),
      http_(std::make_unique<HttpClient>(std::move(http))) {}

Result<RemoteBlobStore> RemoteBlobStore::create(RemoteBlobStoreOptions options,
                                                const crypto::SigningKey* owner) {
    if (options.nodes.empty())
        return make_error("sync.no_nodes", "no node URL for the blob store");
    for (auto& n : options.nodes)
        n = with_slash(std::move(n));
    options.http.max_body = std::min(options.http.max_body, kMaxBlobBody);
    CL_ASSIGN_OR_RETURN(auto http, HttpClient::create(options.http));
    return RemoteBlobStore(std::move(options), owner, std::move(http));
}

std::string RemoteBlobStore::url_of(const std::string& base, const crypto::Hash32& id) const {
    return base + std::string(kBlobRoute) + to_hex(view(id));
}

Status RemoteBlobStore::put(const crypto::Hash32& id, ByteView blob) {
    last_put_nodes_ = 0;
    if (owner_ == nullptr)
        return make_error("blob.no_owner", "only the patient's wallet can store its summary");
    if (crypto::sha256(blob) != id)
        return make_error("blob.mismatch", "the blob does not hash to its id");
    if (blob.size() > kMaxBlobBody)
        return make_error("blob.too_large", "a blob is at most 1 MiB");
    const auto owner = owner_->public_key();
    const auto at = options_.now_ms();
    const auto signature =
        owner_->sign(as_bytes(node::blob_put_message(options_.origin, id, owner, at)));
    const HttpHeaders headers{
        {std::string(node::kBlobOwnerHeader), to_hex(view(owner))},
        {std::string(node::kBlobTimestampHeader), std::to_string(at)},
        {std::string(node::kBlobSignatureHeader), to_base64(view(signature))}};
    Error last = make_error("blob.unavailable", "no node to store the blob on");
    for (const auto& base : options_.nodes) {
        auto response = http_->put(url_of(base, id), blob, "application/octet-stream", headers);
        if (!response.ok()) {
            if (!is_transient(response.error()))
                return response.error();
            last = response.error();
            continue;
        }
        auto st = expect_ok(*response);
        if (!st.ok()) {
            if (!is_transient(st.error()))
                return st.error(); // refused: another owner's blob, or not what we sent
            last = st.error();
            continue;
        }
        ++last_put_nodes_;
    }
    if (last_put_nodes_ == 0)
        return make_error("blob.unavailable", "no node could store the sealed summary (" +
                                                  last.code + ": " + last.message + ")");
    return {};
}

Result<Bytes> RemoteBlobStore::get(const crypto::Hash32& id) const {
    std::optional<Error> lied;
    std::optional<Error> unreachable;
    for (const auto& base : options_.nodes) {
        auto response = http_->get(url_of(base, id));
        if (!response.ok()) {
            unreachable = response.error();
            continue;
        }
        if (response->status == 404)
            continue;
        if (auto st = expect_ok(*response); !st.ok()) {
            unreachable = st.error();
            continue;
        }
        if (crypto::sha256(response->body) != id) {
            lied = make_error("blob.mismatch",
                              "node " + base + " served blob " + to_hex(view(id)) + " altered");
            continue; // another node may hold the true blob
        }
        return std::move(response->body);
    }
    if (lied)
        return *lied;
    if (unreachable)
        return make_error("blob.unavailable", "no node could be asked for blob " +
                                                  to_hex(view(id)) + " (" + unreachable->code +
                                                  ": " + unreachable->message + ")");
    return make_error("blob.not_found", "no node holds blob " + to_hex(view(id)));
}

Status RemoteBlobStore::remove(const crypto::Hash32& id) {
    if (owner_ == nullptr)
        return make_error("blob.no_owner", "only the patient's wallet can delete its summary");
    const auto at = options_.now_ms();
    const auto signature =
        owner_->sign(as_bytes(node::blob_delete_message(options_.origin, id, at)));
    const HttpHeaders headers{
        {std::string(node::kBlobTimestampHeader), std::to_string(at)},
        {std::string(node::kBlobSignatureHeader), to_base64(view(signature))}};
    for (const auto& base : options_.nodes) {
        const auto url = url_of(base, id);
        auto sent = http_->del(url, headers);
        if (!sent.ok()) {
            if (is_transient(sent.error()))
                return make_error("blob.unavailable", "node " + base +
                                                          " could not be asked to delete the "
                                                          "summary (" +
                                                          sent.error().message + ")");
            return sent.error();
        }
        const auto& response = *sent;
        if (response.status == 404)
            continue; // absent (never stored there, or already deleted): not an error
        if (response.status == 403) {
            // A node of the first protocol knows no owner for a blob it does not hold.
            CL_ASSIGN_OR_RETURN(const auto probe, http_->get(url));
            if (probe.status == 404)
                continue;
        }
        if (auto st = expect_ok(response); !st.ok()) {
            if (is_transient(st.error()))
                return make_error("blob.unavailable", "node " + base +
                                                          " could not delete the summary now (" +
                                                          st.error().message + ")");
            return st.error();
        }
    }
    return {};
}

} // namespace careledger::sync
