// The wire API of a careledgerd node (network spec, "Wire API"), as a socket-free handler: the
// server adapter (app/daemon, cpp-httplib) turns each HTTP request into an ApiRequest and writes
// the ApiResponse back, so the routing, limits and error mapping are tested and fuzzed without
// sockets.
//
// Every error is JSON {"error":{"code":…,"message":…}} with a fitting status: 400 request.*,
// 403, 404 (request.not_found), 405 (request.method), 411 (request.length_required), 413
// (request.too_large), 422 rule.* / entry.*, 429 node.overloaded (Retry-After), 503
// node.not_sequencer / node.no_quorum / node.not_validator. Bad input never gives a 500.
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "crypto/ed25519.h"
#include "crypto/hash.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace careledger::node {

class Sequencer;

enum class NodeRole { sequencer, validator, both };
[[nodiscard]] std::string_view role_name(NodeRole role);
Result<NodeRole> parse_role(std::string_view text);

struct ApiRequest {
    std::string method;
    std::string path; // without the leading '/' and without the query
    std::vector<std::pair<std::string, std::string>> query; // decoded, in order
    std::map<std::string, std::string> headers;             // names lower-case
    std::string body;
    bool has_content_length = false;
};

struct ApiResponse {
    int status = 200;
    std::string content_type;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
};

// Builds the JSON error answer.
ApiResponse error_response(int status, std::string_view code, std::string_view message);

inline constexpr std::size_t kMaxBlobBytes = std::size_t{1024} * 1024;
inline constexpr std::size_t kMaxAddCheckpointBytes = std::size_t{300} * 1024;
inline constexpr std::size_t kMaxBatchEntries = 1000;
// The largest body any route accepts (a blob), so the server can refuse larger ones early.
inline constexpr std::size_t kMaxRequestBody = kMaxBlobBytes;

// A sync request: `old` and the tags with the position each starts from.
struct SyncRequest {
    std::uint64_t old_size = 0;
    std::vector<std::pair<Bytes, std::uint64_t>> tags; // 32-byte tag, from
};

// What one node stores of off-ledger blobs (sealed emergency summaries; a summary is at most
// 1 MiB sealed, typically a few KiB). Over a limit a PUT is refused with "blob.quota": 413 for the
// owner's own allowance (waiting does not help; deleting old summaries does), 429 when the node as
// a whole is full (another node may take it).
struct BlobLimits {
    // Summaries stay until their token is revoked: room for years of issued tokens.
    std::uint64_t max_blobs_per_owner = 256;
    std::uint64_t max_bytes_per_owner = std::uint64_t{64} * 1024 * 1024; // 64 MiB
    std::uint64_t max_blobs_total = 100000;
    std::uint64_t max_bytes_total = std::uint64_t{2} * 1024 * 1024 * 1024; // 2 GiB
};

struct ApiConfig {
    NodeRole role = NodeRole::sequencer;
    std::filesystem::path data_dir; // tile/…, checkpoint, blobs/
    std::string origin;
    Sequencer* sequencer = nullptr; // sequencer role
    // The validator role's c2sp.org/tlog-witness handler (engineer "validator").
    std::function<ApiResponse(std::string_view body)> add_checkpoint;
    // The sync bundle of the newest published checkpoint (engineer "index").
    std::function<Result<Bytes>(const SyncRequest&)> sync;
    // The published checkpoint; default: the data directory's `checkpoint` file.
    std::function<std::string()> published_checkpoint;
    // Extra /healthz fields and /metrics lines a role adds (e.g. a validator's mirror state).
    std::function<std::string()> extra_metrics;
    BlobLimits blob_limits;
    // Whether a key may store blobs here, e.g. "is a registered patient of the node's ledger".
    // Unset: any key that signs its PUT, within blob_limits. Refused: 403 "blob.unknown_owner".
    std::function<bool(const crypto::PublicKey&)> blob_owner_allowed;
};

class ApiHandler {
public:
    explicit ApiHandler(ApiConfig config);
    [[nodiscard]] ApiResponse handle(const ApiRequest& request) const;
    [[nodiscard]] const ApiConfig& config() const { return config_; }

private:
    [[nodiscard]] ApiResponse checkpoint() const;
    [[nodiscard]] ApiResponse tile(std::string_view path) const;
    [[nodiscard]] ApiResponse add_entry(const ApiRequest& request) const;
    [[nodiscard]] ApiResponse add_entries(const ApiRequest& request) const;
    [[nodiscard]] ApiResponse add_checkpoint(const ApiRequest& request) const;
    [[nodiscard]] ApiResponse sync(const ApiRequest& request) const;
    [[nodiscard]] ApiResponse blob(const ApiRequest& request, std::string_view id_hex) const;
    [[nodiscard]] ApiResponse put_blob(const ApiRequest& request, const crypto::Hash32& id) const;
    [[nodiscard]] ApiResponse delete_blob(const ApiRequest& request,
                                          const crypto::Hash32& id) const;
    [[nodiscard]] ApiResponse healthz() const;
    [[nodiscard]] ApiResponse metrics() const;
    [[nodiscard]] bool serves_sequencer() const;
    [[nodiscard]] bool serves_validator() const;

    ApiConfig config_;
    // Blob PUTs and DELETEs run one at a time over the owner records and the usage they sum up
    // (scanned once, then kept current); shared by copies of the handler.
    struct BlobState;
    std::shared_ptr<BlobState> blob_state_;
};

} // namespace careledger::node
