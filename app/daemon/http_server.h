// careledgerd's HTTP side over cpp-httplib: the server that feeds ApiHandler (limits, timeouts,
// TLS) and the client the sequencer uses to reach each validator's add-checkpoint.
#pragma once

#include "node/daemon_config.h"
#include "node/http_api.h"
#include "node/sequencer.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>

namespace careledger::daemon {

struct ServerLimits {
    std::size_t threads = 64; // connections served at once (keep-alive holds one each)
    std::size_t max_requests_per_connection = 1000;
    std::chrono::seconds read_timeout{5}; // a body trickled slower than this is cut off
    std::chrono::seconds write_timeout{5};
    std::chrono::seconds keep_alive_timeout{5};
};

class HttpServer {
public:
    // Plain HTTP when cert and key are empty.
    static Result<std::unique_ptr<HttpServer>> create(const node::ApiHandler& handler,
                                                      const std::filesystem::path& tls_cert,
                                                      const std::filesystem::path& tls_key,
                                                      const ServerLimits& limits);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;
    HttpServer(HttpServer&&) = delete;
    HttpServer& operator=(HttpServer&&) = delete;

    // Binds (port 0 = any free port) and returns the port; listen() then serves until stop().
    Result<int> bind(const node::ListenAddress& address);
    void listen();
    void stop();

    struct Impl;

private:
    explicit HttpServer(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// A validator reached over HTTP(S) at `base_url` (its add-checkpoint is base_url +
// "/add-checkpoint").
std::unique_ptr<node::Cosigner> make_http_cosigner(const std::string& base_url,
                                                   std::chrono::milliseconds timeout);

} // namespace careledger::daemon
