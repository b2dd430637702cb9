#include "node/http_api.h"

#include "common/atomic_file.h"
#include "common/time.h"
#include "crypto/ed25519.h"
#include "crypto/hash.h"
#include "ledger/cbor.h"
#include "ledger/checkpoint.h"
#include "ledger/entry.h"
#include "ledger/note.h"
#include "ledger/sync_bundle.h"
#include "ledger/tiles.h"
#include "node/blob_store.h"
#include "node/directory_tiles.h"
#include "node/metrics.h"
#include "node/sequencer.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <mutex>
#include <nlohmann/json.hpp>
#include <system_error>

namespace careledger::node {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view kJson = "application/json";
constexpr std::string_view kText = "text/plain; charset=utf-8";
constexpr std::string_view kCbor = "application/cbor";
constexpr std::string_view kSyncPrefix = "careledger/v1/sync";
constexpr std::string_view kBlobPrefix = "careledger/v1/blob/";
constexpr std::size_t kMaxCheckpointFile = std::size_t{256} * 1024;
constexpr std::size_t kMaxSyncTags = 64;

ApiResponse ok(std::string_view content_type, std::string body) {
    ApiResponse r;
    r.status = 200;
    r.content_type = std::string(content_type);
    r.body = std::move(body);
    return r;
}

// The HTTP status for an error code of the sequencer or the state machine.
int status_for(const std::string& code) {
    if (code.starts_with("rule."))
        return 422;
    if (code.starts_with("entry.") || code.starts_with("cbor."))
        return 400;
    if (code == "request.too_large")
        return 413;
    if (code == "node.overloaded")
        return 429;
    if (code.starts_with("node.") || code.starts_with("io."))
        return 503;
    return 400; // any other refusal comes from the input: never a 500 for bad input
}

ApiResponse from_error(const Error& e) {
    auto r = error_response(status_for(e.code), e.code, e.message);
    if (r.status == 429 || r.status == 503)
        r.headers.emplace_back("Retry-After", "1");
    return r;
}

std::optional<std::uint64_t> parse_u64(std::string_view s) {
    std::uint64_t v = 0;
    if (s.empty() || s.size() > 20)
        return std::nullopt;
    const auto* end = s.data() + s.size();
    const auto [p, ec] = std::from_chars(s.data(), end, v);
    if (ec != std::errc() || p != end)
        return std::nullopt;
    return v;
}

std::optional<crypto::Hash32> parse_hex32(std::string_view hex) {
    if (hex.size() != 64)
        return std::nullopt;
    for (const char c : hex)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return std::nullopt; // lower-case only: one name per blob
    auto bytes = from_hex(hex);
    if (!bytes.ok() || bytes->size() != 32)
        return std::nullopt;
    crypto::Hash32 h{};
    std::copy(bytes->begin(), bytes->end(), h.begin());
    return h;
}

const std::string* header(const ApiRequest& r, const std::string& name) {
    const auto it = r.headers.find(name);
    return it == r.headers.end() ? nullptr : &it->second;
}

} // namespace

std::string_view role_name(NodeRole role) {
    switch (role) {
    case NodeRole::sequencer:
        return "sequencer";
    case NodeRole::validator:
        return "validator";
    case NodeRole::both:
        return "both";
    }
    return "sequencer";
}

Result<NodeRole> parse_role(std::string_view text) {
    if (text == "sequencer")
        return NodeRole::sequencer;
    if (text == "validator")
        return NodeRole::validator;
    if (text == "both")
        return NodeRole::both;
    return make_error("config.bad_role", "role must be sequencer, validator or both");
}

ApiResponse error_response(int status, std::string_view code, std::string_view message) {
    nlohmann::json j;
    j["error"]["code"] = std::string(code);
    j["error"]["message"] = std::string(message);
    ApiResponse r;
    r.status = status;
    r.content_type = std::string(kJson);
    // Replace invalid UTF-8 (a fuzzed path echoed in a message) rather than throw.
    r.body = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return r;
}

struct ApiHandler::BlobState {
    std::mutex mutex;
    std::optional<BlobOwners::Usage> usage; // loaded at the first PUT

    // What `key` stores (without adding an entry for a key that stores nothing).
    [[nodiscard]] BlobUsage of(const crypto::PublicKey& key) const {
        const auto it = usage->by_owner.find(key);
        return it == usage->by_owner.end() ? BlobUsage{} : it->second;
    }
    void add(const crypto::PublicKey& key, std::uint64_t bytes) {
        auto& o = usage->by_owner[key];
        ++o.blobs;
        o.bytes += bytes;
        ++usage->total.blobs;
        usage->total.bytes += bytes;
    }
    void subtract(const crypto::PublicKey& key, std::uint64_t bytes) {
        if (!usage)
            return;
        auto& o = usage->by_owner[key];
        o.blobs -= std::min<std::uint64_t>(o.blobs, 1);
        o.bytes -= std::min(o.bytes, bytes);
        usage->total.blobs -= std::min<std::uint64_t>(usage->total.blobs, 1);
        usage->total.bytes -= std::min(usage->total.bytes, bytes);
        if (o.blobs == 0)
            usage->by_owner.erase(key);
    }
};

ApiHandler::ApiHandler(ApiConfig config)
    : config_(std::move(config)), blob_state_(std::make_shared<BlobState>()) {}

bool ApiHandler::serves_sequencer() const {
    return config_.role != NodeRole::validator && config_.sequencer != nullptr;
}

bool ApiHandler::serves_validator() const {
    return config_.role != NodeRole::sequencer && static_cast<bool>(config_.add_checkpoint);
}

ApiResponse ApiHandler::handle(const ApiRequest& req) const {
    const std::string& path = req.path;
    const bool get = req.method == "GET" || req.method == "HEAD";
    const bool post = req.method == "POST";
    auto method_not_allowed = [&] {
        return error_response(405, "request.method",
                              "method " + req.method + " is not allowed on this path");
    };
    auto need_length = [&]() -> std::optional<ApiResponse> {
        if (!req.has_content_length)
            return error_response(411, "request.length_required",
                                  "a Content-Length header is required");
        return std::nullopt;
    };

    if (path == "checkpoint")
        return get ? checkpoint() : method_not_allowed();
    if (path.starts_with("tile/"))
        return get ? tile(path) : method_not_allowed();
    if (path == "healthz")
        return get ? healthz() : method_not_allowed();
    if (path == "metrics")
        return get ? metrics() : method_not_allowed();
    if (path == "add-entry" || path == "add-entries") {
        if (!post)
            return method_not_allowed();
        if (!serves_sequencer())
            return error_response(503, "node.not_sequencer", "this node does not sequence entries");
        if (auto r = need_length())
            return *r;
        return path == "add-entry" ? add_entry(req) : add_entries(req);
    }
    if (path == "add-checkpoint") {
        if (!post)
            return method_not_allowed();
        if (!serves_validator())
            return error_response(404, "request.not_found", "this node does not cosign");
        if (auto r = need_length())
            return *r;
        return add_checkpoint(req);
    }
    if (path == kSyncPrefix)
        return get ? sync(req) : method_not_allowed();
    if (path.starts_with(kBlobPrefix)) {
        if (req.method == "PUT")
            if (auto r = need_length())
                return *r;
        return blob(req, std::string_view(path).substr(kBlobPrefix.size()));
    }
    return error_response(404, "request.not_found", "no such resource");
}

ApiResponse ApiHandler::checkpoint() const {
    std::string note;
    if (config_.published_checkpoint) {
        note = config_.published_checkpoint();
    } else if (auto bytes = read_file(config_.data_dir / "checkpoint", kMaxCheckpointFile);
               bytes.ok()) {
        note = to_string(*bytes);
    }
    if (note.empty())
        return error_response(404, "node.no_checkpoint", "no checkpoint has been published yet");
    auto r = ok(kText, std::move(note));
    r.headers.emplace_back("Cache-Control", "no-cache");
    return r;
}

ApiResponse ApiHandler::tile(std::string_view path) const {
    auto id = tlog::parse_tile_path(path);
    if (!id.ok())
        return error_response(404, "request.not_found", "not a tile path");
    DirectoryTiles tiles(config_.data_dir);
    auto data = id->entries ? tiles.read_entries(id->index, id->width)
                            : tiles.read_tile(id->level, id->index, id->width);
    if (!data.ok())
        return error_response(404, "request.not_found", "no such tile");
    auto r = ok("application/octet-stream", to_string(*data));
    r.headers.emplace_back("Cache-Control", "public, max-age=31536000, immutable");
    return r;
}

ApiResponse ApiHandler::add_entry(const ApiRequest& req) const {
    if (req.body.size() > ledger::kMaxEntryBytes)
        return error_response(413, "request.too_large", "an entry is at most 65,535 bytes");
    auto receipt = config_.sequencer->submit(as_bytes(req.body));
    if (!receipt.ok())
        return from_error(receipt.error());
    return ok(kText, std::move(*receipt));
}

// Body: a CBOR array of byte strings (entries). Answer: a CBOR array with, per entry,
// [0, receipt note] or [HTTP status, error code, message].
ApiResponse ApiHandler::add_entries(const ApiRequest& req) const {
    if (req.body.size() > kMaxRequestBody)
        return error_response(413, "request.too_large", "a batch is at most 1 MiB");
    cbor::DecodeLimits limits;
    limits.max_depth = 2;
    auto value = cbor::decode(as_bytes(req.body), limits);
    if (!value.ok())
        return error_response(400, "request.bad_batch", "the body is not a CBOR array of entries");
    const auto* array = value->if_array();
    if (array == nullptr || array->empty() || array->size() > kMaxBatchEntries)
        return error_response(400, "request.bad_batch",
                              "the body must be a CBOR array of 1 to 1000 byte strings");
    std::vector<Bytes> entries;
    entries.reserve(array->size());
    for (const auto& v : *array) {
        const auto* b = v.if_bytes();
        if (b == nullptr)
            return error_response(400, "request.bad_batch", "every batch item must be bytes");
        entries.push_back(*b);
    }
    auto results = config_.sequencer->submit_many(entries);
    cbor::Array out;
    out.reserve(results.size());
    for (auto& r : results) {
        if (r.ok())
            out.push_back(cbor::Value::array({cbor::Value::uint(0), cbor::Value::text(*r)}));
        else
            out.push_back(cbor::Value::array(
                {cbor::Value::uint(static_cast<std::uint64_t>(status_for(r.error().code))),
                 cbor::Value::text(r.error().code), cbor::Value::text(r.error().message)}));
    }
    return ok(kCbor, to_string(cbor::encode(cbor::Value::array(std::move(out)))));
}

ApiResponse ApiHandler::add_checkpoint(const ApiRequest& req) const {
    if (req.body.size() > kMaxAddCheckpointBytes)
        return error_response(413, "request.too_large", "an add-checkpoint body is too large");
    return config_.add_checkpoint(req.body);
}

ApiResponse ApiHandler::sync(const ApiRequest& req) const {
    SyncRequest sr;
    bool have_old = false;
    for (const auto& [key, value] : req.query) {
        if (key == "old") {
            const auto v = parse_u64(value);
            if (!v || have_old)
                return error_response(400, "request.bad_query", "old must be one decimal size");
            sr.old_size = *v;
            have_old = true;
        } else if (key == "tag") {
            const auto colon = value.find(':');
            if (colon == std::string::npos)
                return error_response(400, "request.bad_query", "tag must be <hex64>:<from>");
            const auto tag = parse_hex32(std::string_view(value).substr(0, colon));
            const auto from = parse_u64(std::string_view(value).substr(colon + 1));
            if (!tag || !from)
                return error_response(400, "request.bad_query", "tag must be <hex64>:<from>");
            if (sr.tags.size() >= kMaxSyncTags)
                return error_response(400, "request.bad_query", "too many tags in one request");
            sr.tags.emplace_back(Bytes(tag->begin(), tag->end()), *from);
        } else {
            return error_response(400, "request.bad_query", "unknown query parameter");
        }
    }
    Result<Bytes> bundle = make_error("node.not_implemented", "this node does not serve sync");
    if (config_.sync) {
        bundle = config_.sync(sr);
    } else if (config_.sequencer != nullptr && config_.role != NodeRole::validator) {
        std::vector<ledger::SyncTagRequest> requests;
        requests.reserve(sr.tags.size());
        for (const auto& [tag, from] : sr.tags) {
            ledger::SyncTagRequest r;
            std::copy(tag.begin(), tag.end(), r.tag.begin());
            r.from = from;
            requests.push_back(r);
        }
        bundle = config_.sequencer->sync_bundle(sr.old_size, requests);
    } else {
        return error_response(501, "node.not_implemented", "this node does not serve sync");
    }
    if (!bundle.ok()) {
        const auto& code = bundle.error().code;
        const int status = code == "sync.rollback" ? 400 : code == "node.no_checkpoint" ? 404 : 503;
        return error_response(status, code, bundle.error().message);
    }
    auto r = ok(kCbor, to_string(*bundle));
    r.headers.emplace_back("Cache-Control", "no-cache");
    return r;
}

ApiResponse ApiHandler::blob(const ApiRequest& req, std::string_view id_hex) const {
    const auto id = parse_hex32(id_hex);
    if (!id)
        return error_response(404, "request.not_found",
                              "a blob is named by its lower-case hex SHA-256");
    if (req.method == "GET" || req.method == "HEAD") {
        auto data = BlobStore::of_ledger(config_.data_dir).get(*id);
        if (!data.ok())
            return error_response(404, "blob.not_found", "no such blob");
        return ok("application/octet-stream", to_string(*data));
    }
    if (req.method == "PUT")
        return put_blob(req, *id);
    if (req.method == "DELETE")
        return delete_blob(req, *id);
    return error_response(405, "request.method", "blobs take GET, PUT and DELETE");
}

namespace {

// The signed time of a blob request, checked against the node's clock (blob_store.h explains the
// replay protection). nullopt with `refusal` set when absent, malformed or outside the window.
std::optional<std::int64_t> fresh_timestamp(const ApiRequest& req, ApiResponse& refusal) {
    const auto* text = header(req, "careledger-timestamp");
    const auto ts = text != nullptr ? parse_u64(*text) : std::nullopt;
    if (!ts || *ts > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        refusal = error_response(403, "blob.forbidden",
                                 "a blob request must carry CareLedger-Timestamp (Unix ms) and "
                                 "the owner's CareLedger-Signature");
        return std::nullopt;
    }
    const auto at = static_cast<std::int64_t>(*ts);
    const auto now = now_unix_ms();
    if (at < now - kBlobRequestWindowMs || at > now + kBlobRequestWindowMs) {
        refusal = error_response(403, "blob.stale",
                                 "the request was signed more than 10 minutes from the node's "
                                 "time (a replay, or a wrong clock)");
        return std::nullopt;
    }
    return at;
}

bool signed_by(const ApiRequest& req, const crypto::PublicKey& key, const std::string& message) {
    const auto* sig_b64 = header(req, "careledger-signature");
    if (sig_b64 == nullptr)
        return false;
    auto sig = from_base64(*sig_b64);
    return sig.ok() && sig->size() == 64 && crypto::verify(key, as_bytes(message), *sig);
}

} // namespace

ApiResponse ApiHandler::put_blob(const ApiRequest& req, const crypto::Hash32& id) const {
    if (req.body.size() > kMaxBlobBytes)
        return error_response(413, "request.too_large", "a blob is at most 1 MiB");
    const auto* owner_hex = header(req, "careledger-blob-owner");
    const auto owner = owner_hex != nullptr ? parse_hex32(*owner_hex) : std::nullopt;
    if (!owner)
        return error_response(400, "request.bad_owner",
                              "CareLedger-Blob-Owner must be a hex Ed25519 public key");
    ApiResponse refusal;
    const auto at = fresh_timestamp(req, refusal);
    if (!at)
        return refusal;
    if (!signed_by(req, *owner, blob_put_message(config_.origin, id, *owner, *at)))
        return error_response(403, "blob.forbidden",
                              "the PUT is not signed by the key it names as owner");
    if (crypto::sha256(as_bytes(req.body)) != id)
        return error_response(400, "blob.mismatch", "the body does not hash to the blob id");
    if (config_.blob_owner_allowed && !config_.blob_owner_allowed(*owner))
        return error_response(403, "blob.unknown_owner",
                              "this node stores summaries only for patients of its ledger");

    auto& state = *blob_state_;
    const std::lock_guard lock(state.mutex);
    BlobStore store = BlobStore::of_ledger(config_.data_dir);
    BlobOwners owners = BlobOwners::of_data_dir(config_.data_dir);
    const auto existing = owners.get(id);
    const bool held = existing && existing->live() && store.contains(id);
    if (held && existing->owner != *owner)
        return error_response(403, "blob.forbidden", "the blob belongs to another owner");
    if (existing && !existing->live() && existing->owner == *owner && *at <= existing->deleted_ms)
        return error_response(403, "blob.stale",
                              "the owner deleted this blob after signing this PUT (a replay)");
    const auto size = static_cast<std::uint64_t>(req.body.size());
    if (!held) {
        if (!state.usage)
            state.usage = owners.scan(now_unix_ms() - kBlobRequestWindowMs);
        const auto& limits = config_.blob_limits;
        const auto mine = state.of(*owner);
        const auto all = state.usage->total;
        if (mine.blobs + 1 > limits.max_blobs_per_owner ||
            mine.bytes + size > limits.max_bytes_per_owner)
            return error_response(413, "blob.quota",
                                  "this owner already stores " + std::to_string(mine.blobs) +
                                      " blobs (" + std::to_string(mine.bytes) +
                                      " bytes) here, the most this node allows; delete old "
                                      "summaries (revoke tokens) first");
        if (all.blobs + 1 > limits.max_blobs_total || all.bytes + size > limits.max_bytes_total) {
            auto r = error_response(429, "blob.quota", "this node stores no more blobs");
            r.headers.emplace_back("Retry-After", "3600");
            return r;
        }
    }
    BlobOwnerRecord record;
    record.owner = *owner;
    record.put_ms = held ? std::max(existing->put_ms, *at) : *at;
    record.bytes = size;
    // The owner first: a blob on disk always has its owner recorded.
    if (auto st = owners.put(id, record); !st.ok())
        return error_response(503, "node.write_failed", st.error().message);
    if (!held) {
        // A live record without its blob (a crash between the two writes) was just replaced.
        if (existing && existing->live())
            state.subtract(existing->owner, existing->bytes);
        state.add(*owner, size);
    }
    if (auto st = store.put(id, as_bytes(req.body)); !st.ok())
        return error_response(503, "node.write_failed", st.error().message);
    auto r = ok(kJson, R"({"status":"stored"})");
    r.status = 201;
    return r;
}

ApiResponse ApiHandler::delete_blob(const ApiRequest& req, const crypto::Hash32& id) const {
    ApiResponse refusal;
    const auto at = fresh_timestamp(req, refusal);
    if (!at)
        return refusal;
    auto& state = *blob_state_;
    const std::lock_guard lock(state.mutex);
    BlobStore store = BlobStore::of_ledger(config_.data_dir);
    BlobOwners owners = BlobOwners::of_data_dir(config_.data_dir);
    auto record = owners.get(id);
    if (!record || !record->live() || !store.contains(id))
        return error_response(404, "blob.not_found", "no such blob");
    if (!signed_by(req, record->owner, blob_delete_message(config_.origin, id, *at)))
        return error_response(403, "blob.forbidden", "only the blob's owner may delete it");
    if (*at < record->put_ms)
        return error_response(403, "blob.stale",
                              "the DELETE was signed before the blob was stored (a replay)");
    if (auto st = store.remove(id); !st.ok())
        return error_response(503, "node.write_failed", st.error().message);
    state.subtract(record->owner, record->bytes);
    // The tombstone orders this owner's later PUTs after this DELETE (blob_store.h).
    record->deleted_ms = *at;
    record->bytes = 0;
    if (auto st = owners.put(id, *record); !st.ok())
        return error_response(503, "node.write_failed", st.error().message);
    return ok(kJson, R"({"status":"deleted"})");
}

ApiResponse ApiHandler::healthz() const {
    nlohmann::json j;
    j["role"] = std::string(role_name(config_.role));
    std::uint64_t published = 0;
    if (const auto note = checkpoint(); note.status == 200) {
        const auto text_end = note.body.find("\n\n");
        if (text_end != std::string::npos)
            if (auto cp =
                    tlog::parse_checkpoint(std::string_view(note.body).substr(0, text_end + 1));
                cp.ok())
                published = cp->size;
    }
    j["published_size"] = published;
    j["tree_size"] = published;
    j["status"] = "ok";
    if (serves_sequencer()) {
        const auto s = config_.sequencer->stats();
        j["tree_size"] = s.tree_size;
        j["published_size"] = s.published_size;
        j["queue_depth"] = s.queue_depth;
        if (s.no_quorum) {
            j["status"] = "node.no_quorum";
            j["message"] = "the validators do not cosign: " + s.last_cosign_error;
        }
    }
    auto r = ok(kJson, j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    r.headers.emplace_back("Cache-Control", "no-cache");
    return r;
}

ApiResponse ApiHandler::metrics() const {
    std::optional<SequencerStats> stats;
    std::uint64_t published = 0;
    std::uint64_t age = 0;
    const auto now = static_cast<std::uint64_t>(now_unix());
    if (serves_sequencer()) {
        stats = config_.sequencer->stats();
        published = stats->published_size;
        age = stats->published_time > 0 && now > stats->published_time ? now - stats->published_time
                                                                       : 0;
    } else {
        std::error_code ec;
        const auto mtime = fs::last_write_time(config_.data_dir / "checkpoint", ec);
        if (!ec) {
            const auto since = fs::file_time_type::clock::now() - mtime;
            age = static_cast<std::uint64_t>(std::max<std::int64_t>(
                0, std::chrono::duration_cast<std::chrono::seconds>(since).count()));
        }
    }
    std::string text =
        format_metrics(role_name(config_.role), stats ? &*stats : nullptr, published, age);
    if (config_.extra_metrics)
        text += config_.extra_metrics();
    return ok("text/plain; version=0.0.4; charset=utf-8", std::move(text));
}

} // namespace careledger::node
