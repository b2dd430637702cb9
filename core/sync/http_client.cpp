#include "sync/http_client.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <curl/curl.h>
#include <mutex>
#include <nlohmann/json.hpp>

namespace careledger::sync {

namespace {

std::once_flag g_curl_once;
CURLcode g_curl_init = CURLE_OK;

struct CurlEasyDeleter {
    void operator()(CURL* h) const { curl_easy_cleanup(h); }
};
struct CurlSlistDeleter {
    void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};
struct CurlUrlDeleter {
    void operator()(CURLU* u) const { curl_url_cleanup(u); }
};

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

bool is_loopback_host(std::string_view host) {
    const std::string h = lower(host);
    if (h == "localhost" || h == "::1" || h == "[::1]")
        return true;
    return h.rfind("127.", 0) == 0;
}

struct ParsedUrl {
    std::string scheme;
    std::string host;
};

Result<ParsedUrl> parse_url(std::string_view url) {
    std::unique_ptr<CURLU, CurlUrlDeleter> u(curl_url());
    if (!u)
        return make_error("http.failed", "cannot allocate a URL parser");
    const std::string text(url);
    if (curl_url_set(u.get(), CURLUPART_URL, text.c_str(), 0) != CURLUE_OK)
        return make_error("http.bad_url", "not a valid URL: " + text);
    ParsedUrl parsed;
    char* part = nullptr;
    if (curl_url_get(u.get(), CURLUPART_SCHEME, &part, 0) != CURLUE_OK)
        return make_error("http.bad_url", "URL without a scheme: " + text);
    parsed.scheme = lower(part);
    curl_free(part);
    part = nullptr;
    if (curl_url_get(u.get(), CURLUPART_HOST, &part, 0) != CURLUE_OK)
        return make_error("http.bad_url", "URL without a host: " + text);
    parsed.host = part;
    curl_free(part);
    if (parsed.scheme != "https" && parsed.scheme != "http")
        return make_error("http.bad_url", "only https (or http to loopback) URLs: " + text);
    return parsed;
}

// What the callbacks collect during one transfer.
struct Transfer {
    std::size_t max_body = 0;
    bool too_large = false;
    Bytes body;
    std::optional<std::uint64_t> retry_after;
};

std::size_t on_body(char* data, std::size_t size, std::size_t count, void* user) {
    auto* t = static_cast<Transfer*>(user);
    const std::size_t n = size * count;
    if (t->body.size() + n > t->max_body) {
        t->too_large = true;
        return 0; // aborts the transfer with CURLE_WRITE_ERROR
    }
    const auto* p = reinterpret_cast<const std::uint8_t*>(data); // NOLINT
    t->body.insert(t->body.end(), p, p + n);
    return n;
}

std::size_t on_header(char* data, std::size_t size, std::size_t count, void* user) {
    auto* t = static_cast<Transfer*>(user);
    const std::size_t n = size * count;
    const std::string_view line(data, n);
    const auto colon = line.find(':');
    if (colon != std::string_view::npos && lower(line.substr(0, colon)) == "retry-after") {
        std::string_view value = line.substr(colon + 1);
        while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
            value.remove_prefix(1);
        while (!value.empty() &&
               (value.back() == '\r' || value.back() == '\n' || value.back() == ' '))
            value.remove_suffix(1);
        std::uint64_t seconds = 0;
        const auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
        if (ec == std::errc() && ptr == value.data() + value.size())
            t->retry_after = seconds;
    }
    return n;
}

Error curl_error(CURLcode code, const Transfer& t, std::string_view url, const char* detail) {
    const std::string where = " (" + std::string(url) + ")";
    const std::string msg =
        (detail != nullptr && *detail != '\0') ? std::string(detail) : curl_easy_strerror(code);
    if (t.too_large || code == CURLE_FILESIZE_EXCEEDED)
        return make_error("http.too_large", "the response exceeds the body limit" + where);
    switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
        return make_error("http.timeout", "the node is too slow: " + msg + where);
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
        return make_error("http.bad_url", msg + where);
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED:
        return make_error("http.tls", "TLS failed: " + msg + where);
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
    case CURLE_COULDNT_CONNECT:
    case CURLE_GOT_NOTHING:
    case CURLE_RECV_ERROR:
    case CURLE_SEND_ERROR:
    case CURLE_PARTIAL_FILE:
        return make_error("http.unreachable", "cannot reach the node: " + msg + where);
    default:
        return make_error("http.failed", msg + where);
    }
}

} // namespace

struct HttpClient::Impl {
    HttpOptions options;
    std::unique_ptr<CURL, CurlEasyDeleter> easy;
};

HttpClient::HttpClient(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
HttpClient::HttpClient(HttpClient&&) noexcept = default;
HttpClient& HttpClient::operator=(HttpClient&&) noexcept = default;
HttpClient::~HttpClient() = default;

const HttpOptions& HttpClient::options() const {
    return impl_->options;
}

Result<HttpClient> HttpClient::create(HttpOptions options) {
    std::call_once(g_curl_once, [] { g_curl_init = curl_global_init(CURL_GLOBAL_DEFAULT); });
    if (g_curl_init != CURLE_OK)
        return make_error("http.failed", "libcurl failed to initialize");
    auto impl = std::make_unique<Impl>();
    impl->options = std::move(options);
    impl->easy.reset(curl_easy_init());
    if (!impl->easy)
        return make_error("http.failed", "cannot create a libcurl handle");
    return HttpClient(std::move(impl));
}

Result<HttpResponse> HttpClient::get(std::string_view url, const HttpHeaders& headers) {
    return perform("GET", url, nullptr, {}, headers);
}
Result<HttpResponse> HttpClient::post(std::string_view url, ByteView body,
                                      std::string_view content_type, const HttpHeaders& headers) {
    return perform("POST", url, &body, content_type, headers);
}
Result<HttpResponse> HttpClient::put(std::string_view url, ByteView body,
                                     std::string_view content_type, const HttpHeaders& headers) {
    return perform("PUT", url, &body, content_type, headers);
}
Result<HttpResponse> HttpClient::del(std::string_view url, const HttpHeaders& headers) {
    return perform("DELETE", url, nullptr, {}, headers);
}

Result<HttpResponse> HttpClient::perform(std::string_view method, std::string_view url,
                                         const ByteView* body, std::string_view content_type,
                                         const HttpHeaders& headers) {
    CL_ASSIGN_OR_RETURN(const ParsedUrl parsed, parse_url(url));
    const HttpOptions& opt = impl_->options;
    if (parsed.scheme == "http" && !opt.allow_plain_http && !is_loopback_host(parsed.host))
        return make_error("http.insecure",
                          "plain http is allowed only to loopback: " + std::string(url));

    CURL* h = impl_->easy.get();
    curl_easy_reset(h); // keeps the connection cache: keep-alive across requests
    const std::string url_text(url);
    const std::string method_text(method);
    Transfer t;
    t.max_body = opt.max_body;
    char errbuf[CURL_ERROR_SIZE] = {}; // NOLINT(modernize-avoid-c-arrays)

    curl_easy_setopt(h, CURLOPT_URL, url_text.c_str());
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, opt.connect_timeout_ms);
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, opt.total_timeout_ms);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, opt.low_speed_bytes);
    curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, opt.low_speed_seconds);
    curl_easy_setopt(h, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(opt.max_body));
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!opt.ca_file.empty())
        curl_easy_setopt(h, CURLOPT_CAINFO, opt.ca_file.c_str());
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, &on_body);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, &on_header);
    curl_easy_setopt(h, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, nullptr);

    if (body != nullptr) {
        curl_easy_setopt(h, CURLOPT_POST, 1L);
        curl_easy_setopt(h, CURLOPT_POSTFIELDS, body->data());
        curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body->size()));
        if (method != "POST")
            curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method_text.c_str());
    } else if (method != "GET") {
        curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method_text.c_str());
    }

    std::unique_ptr<curl_slist, CurlSlistDeleter> list;
    const auto add_header = [&list](const std::string& line) -> bool {
        curl_slist* head = curl_slist_append(list.get(), line.c_str());
        if (head == nullptr)
            return false;
        if (!list)
            list.reset(head); // the first node is the head; later appends keep it
        return true;
    };
    bool headers_ok = true;
    if (body != nullptr)
        headers_ok = add_header("Content-Type: " + std::string(content_type));
    headers_ok = headers_ok && add_header("Expect:"); // no 100-continue round trip
    for (const auto& [name, value] : headers) {
        std::string line = name;
        line += ": ";
        line += value;
        headers_ok = headers_ok && add_header(line);
    }
    if (!headers_ok)
        return make_error("http.failed", "cannot build the request headers");
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, list.get());

    const CURLcode rc = curl_easy_perform(h);
    if (rc != CURLE_OK)
        return curl_error(rc, t, url, errbuf);

    HttpResponse response;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &response.status);
    if (response.status >= 300 && response.status < 400) {
        char* location = nullptr;
        curl_easy_getinfo(h, CURLINFO_REDIRECT_URL, &location);
        const std::string target = location != nullptr ? location : "";
        if (lower(target).rfind("http://", 0) == 0)
            return make_error("http.insecure_redirect",
                              "the node redirects to plain http: " + target);
        return make_error("http.redirect", "the node redirects (never followed): " +
                                               (target.empty() ? url_text : target));
    }
    char* ctype = nullptr;
    curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &ctype);
    if (ctype != nullptr)
        response.content_type = ctype;
    response.body = std::move(t.body);
    response.retry_after = t.retry_after;
    return response;
}

Status expect_ok(const HttpResponse& response) {
    if (response.status >= 200 && response.status < 300)
        return {};
    if (response.status == 429) {
        std::string msg = "the node is overloaded (429)";
        if (response.retry_after)
            msg += "; Retry-After: " + std::to_string(*response.retry_after) + " s";
        return make_error("http.rate_limited", msg);
    }
    std::string code;
    std::string message;
    try {
        const auto json = nlohmann::json::parse(response.body.begin(), response.body.end());
        const auto& err = json.at("error");
        code = err.at("code").get<std::string>();
        if (err.contains("message") && err.at("message").is_string())
            message = err.at("message").get<std::string>();
    } catch (const nlohmann::json::exception&) {
        code.clear();
    }
    const std::string status_text = "HTTP " + std::to_string(response.status);
    if (response.status >= 500) {
        return make_error("http.server_error",
                          status_text + (code.empty() ? "" : " " + code + ": " + message));
    }
    if (!code.empty())
        return make_error(code, message.empty() ? status_text : message);
    return make_error("http.status", "unexpected " + status_text);
}

bool is_transient(const Error& error) {
    return error.code == "http.unreachable" || error.code == "http.timeout" ||
           error.code == "http.rate_limited" || error.code == "http.server_error";
}

} // namespace careledger::sync
