// A small HTTPS client for the wallet's light node and the validators (libcurl). It never
// follows redirects, caps every body, and refuses plain http except to loopback, so a node can
// neither downgrade the transport nor exhaust the wallet's memory or time.
#pragma once

#include "common/bytes.h"
#include "common/result.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace careledger::sync {

struct HttpOptions {
    std::size_t max_body = std::size_t{16} * 1024 * 1024;
    long connect_timeout_ms = 5000;
    long total_timeout_ms = 30000;
    // A body slower than low_speed_bytes per second for low_speed_seconds is a timeout
    // (a node trickling bytes to hold the wallet).
    long low_speed_bytes = 1024;
    long low_speed_seconds = 5;
    std::string ca_file;           // empty: the system's trust store
    bool allow_plain_http = false; // plain http only to loopback unless set
};

struct HttpResponse {
    long status = 0;
    std::string content_type;
    Bytes body;
    std::optional<std::uint64_t> retry_after; // seconds, from Retry-After
};

using HttpHeaders = std::vector<std::pair<std::string, std::string>>;

// Error codes: http.unreachable, http.timeout, http.too_large, http.insecure,
// http.insecure_redirect, http.redirect, http.tls, http.bad_url, http.failed.
// Move-only; one curl easy handle reused for keep-alive; not thread-safe (one per thread).
class HttpClient {
public:
    static Result<HttpClient> create(HttpOptions options = {});

    HttpClient(HttpClient&&) noexcept;
    HttpClient& operator=(HttpClient&&) noexcept;
    HttpClient(const HttpClient&) = delete;
    HttpClient& operator=(const HttpClient&) = delete;
    ~HttpClient();

    Result<HttpResponse> get(std::string_view url, const HttpHeaders& headers = {});
    Result<HttpResponse> post(std::string_view url, ByteView body, std::string_view content_type,
                              const HttpHeaders& headers = {});
    Result<HttpResponse> put(std::string_view url, ByteView body, std::string_view content_type,
                             const HttpHeaders& headers = {});
    Result<HttpResponse> del(std::string_view url, const HttpHeaders& headers = {});

    [[nodiscard]] const HttpOptions& options() const;

private:
    struct Impl;
    explicit HttpClient(std::unique_ptr<Impl> impl);
    Result<HttpResponse> perform(std::string_view method, std::string_view url,
                                 const ByteView* body, std::string_view content_type,
                                 const HttpHeaders& headers);
    std::unique_ptr<Impl> impl_;
};

// 2xx: ok. 429 -> http.rate_limited (Retry-After in the message), 5xx -> http.server_error,
// other non-2xx -> the JSON error body's code when it has one, else http.status.
Status expect_ok(const HttpResponse& response);

// True for errors worth retrying later (unreachable, timeout, rate limited, server error).
bool is_transient(const Error& error);

} // namespace careledger::sync
