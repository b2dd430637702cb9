// A real cpp-httplib server on a loopback port, run on its own thread for the duration of a test.
#pragma once

#include <chrono>
#include <httplib.h>
#include <memory>
#include <string>
#include <thread>

namespace careledger::test {

class LoopbackServer {
public:
    LoopbackServer() : server_(std::make_unique<httplib::Server>()) {}
    ~LoopbackServer() { stop(); }
    LoopbackServer(const LoopbackServer&) = delete;
    LoopbackServer& operator=(const LoopbackServer&) = delete;

    httplib::Server& server() { return *server_; }

    // Binds an ephemeral port and serves until stop(); returns false when it cannot bind.
    bool start() {
        port_ = server_->bind_to_any_port("127.0.0.1");
        if (port_ <= 0)
            return false;
        thread_ = std::thread([this] { server_->listen_after_bind(); });
        for (int i = 0; i < 500 && !server_->is_running(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        return server_->is_running();
    }
    void stop() {
        if (thread_.joinable()) {
            server_->stop();
            thread_.join();
        }
    }
    [[nodiscard]] int port() const { return port_; }
    [[nodiscard]] std::string url(const std::string& path = "") const {
        return "http://127.0.0.1:" + std::to_string(port_) + "/" + path;
    }

private:
    std::unique_ptr<httplib::Server> server_;
    std::thread thread_;
    int port_ = 0;
};

} // namespace careledger::test
