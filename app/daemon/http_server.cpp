#include "http_server.h"

#include "ledger/tlog_witness.h"

#include <algorithm>
#include <cctype>
#include <httplib.h>

namespace careledger::daemon {

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

node::ApiRequest to_api_request(const httplib::Request& req) {
    node::ApiRequest r;
    r.method = req.method;
    r.path = req.path.starts_with('/') ? req.path.substr(1) : req.path;
    for (const auto& [k, v] : req.params)
        r.query.emplace_back(k, v);
    for (const auto& [k, v] : req.headers)
        r.headers.emplace(lower(k), v);
    r.has_content_length = req.has_header("Content-Length");
    r.body = req.body;
    return r;
}

void write_response(const node::ApiResponse& a, httplib::Response& res) {
    res.status = a.status;
    for (const auto& [k, v] : a.headers)
        res.set_header(k, v);
    res.set_content(a.body, a.content_type.empty() ? "application/octet-stream" : a.content_type);
}

} // namespace

struct HttpServer::Impl {
    std::unique_ptr<httplib::Server> server;
};

HttpServer::HttpServer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
HttpServer::~HttpServer() = default;

Result<std::unique_ptr<HttpServer>> HttpServer::create(const node::ApiHandler& handler,
                                                       const std::filesystem::path& tls_cert,
                                                       const std::filesystem::path& tls_key,
                                                       const ServerLimits& limits) {
    auto impl = std::make_unique<Impl>();
    if (tls_cert.empty()) {
        impl->server = std::make_unique<httplib::Server>();
    } else {
        auto tls = std::make_unique<httplib::SSLServer>(tls_cert.c_str(), tls_key.c_str());
        if (!tls->is_valid())
            return make_error("config.bad_tls", "cannot load the TLS certificate or key");
        impl->server = std::move(tls);
    }
    auto& s = *impl->server;
    const std::size_t threads = limits.threads;
    s.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    // Answers are small and written at once: without TCP_NODELAY, Nagle's algorithm and the
    // peer's delayed ACK add ~40 ms to each keep-alive round trip.
    s.set_tcp_nodelay(true);
    s.set_keep_alive_max_count(limits.max_requests_per_connection);
    s.set_keep_alive_timeout(static_cast<time_t>(limits.keep_alive_timeout.count()));
    s.set_read_timeout(static_cast<time_t>(limits.read_timeout.count()), 0);
    s.set_write_timeout(static_cast<time_t>(limits.write_timeout.count()), 0);
    // A little above the largest body a route takes, so the handler answers the 413 itself.
    s.set_payload_max_length(node::kMaxRequestBody + 1);
    const auto serve = [&handler](const httplib::Request& req, httplib::Response& res) {
        write_response(handler.handle(to_api_request(req)), res);
    };
    s.Get(".*", serve);
    s.Post(".*", serve);
    s.Put(".*", serve);
    s.Delete(".*", serve);
    s.Patch(".*", serve);
    s.Options(".*", serve);
    // Errors cpp-httplib answers itself (413 over the payload limit, 400 bad request line, ...)
    // get the JSON form too.
    s.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty())
            return;
        const auto code = res.status == 413   ? "request.too_large"
                          : res.status == 404 ? "request.not_found"
                          : res.status == 405 ? "request.method"
                                              : "request.malformed";
        const auto a = node::error_response(res.status, code, "the request was refused");
        res.set_content(a.body, a.content_type);
    });
    return std::unique_ptr<HttpServer>(new HttpServer(std::move(impl)));
}

Result<int> HttpServer::bind(const node::ListenAddress& address) {
    const int port = address.port == 0 ? impl_->server->bind_to_any_port(address.host)
                                       : (impl_->server->bind_to_port(address.host, address.port)
                                              ? static_cast<int>(address.port)
                                              : -1);
    if (port <= 0)
        return make_error("node.bind",
                          "cannot listen on " + address.host + ":" + std::to_string(address.port));
    return port;
}

void HttpServer::listen() {
    impl_->server->listen_after_bind();
}

void HttpServer::stop() {
    impl_->server->stop();
}

namespace {

class HttpCosigner final : public node::Cosigner {
public:
    HttpCosigner(std::string base_url, std::chrono::milliseconds timeout)
        : base_(std::move(base_url)), timeout_(timeout) {
        while (base_.ends_with('/'))
            base_.pop_back();
        // scheme://host[:port] for the client; the rest is the path prefix.
        const auto scheme_end = base_.find("://");
        const auto path_start =
            base_.find('/', scheme_end == std::string::npos ? 0 : scheme_end + 3);
        host_ = path_start == std::string::npos ? base_ : base_.substr(0, path_start);
        prefix_ = path_start == std::string::npos ? "" : base_.substr(path_start);
    }

    [[nodiscard]] std::string name() const override { return base_; }

    Result<node::CosignResponse>
    add_checkpoint(const tlog::AddCheckpointRequest& request) override {
        CL_ASSIGN_OR_RETURN(const auto body, tlog::format_add_checkpoint(request));
        httplib::Client client(host_);
        const auto secs = static_cast<time_t>(timeout_.count() / 1000);
        const auto usecs = static_cast<time_t>((timeout_.count() % 1000) * 1000);
        client.set_connection_timeout(secs, usecs);
        client.set_read_timeout(secs, usecs);
        client.set_write_timeout(secs, usecs);
        client.set_tcp_nodelay(true);
        auto res = client.Post(prefix_ + "/add-checkpoint", body, "text/plain");
        if (!res)
            return make_error("node.validator_unreachable",
                              base_ + " is unreachable (" + httplib::to_string(res.error()) + ")");
        node::CosignResponse out;
        if (res->status == 200) {
            CL_ASSIGN_OR_RETURN(out.signatures, tlog::parse_cosignature_response(res->body));
            return out;
        }
        if (res->status == 409) {
            CL_ASSIGN_OR_RETURN(const auto size, tlog::parse_tlog_size(res->body));
            out.conflict_size = size;
            return out;
        }
        std::string snippet = res->body.substr(0, 200);
        return make_error("node.validator_refused",
                          base_ + " answered " + std::to_string(res->status) + ": " + snippet);
    }

private:
    std::string base_;
    std::string host_;
    std::string prefix_;
    std::chrono::milliseconds timeout_;
};

} // namespace

std::unique_ptr<node::Cosigner> make_http_cosigner(const std::string& base_url,
                                                   std::chrono::milliseconds timeout) {
    return std::make_unique<HttpCosigner>(base_url, timeout);
}

} // namespace careledger::daemon
