// careledgerd as a real child process for the tests that run nodes on loopback: --init runs,
// a started node's port (from its "listening <port>" line), free loopback ports.
#pragma once

#include <QProcess>
#include <QStringList>
#include <QtGlobal>
#include <arpa/inet.h>
#include <memory>
#include <netinet/in.h>
#include <string>
#include <sys/socket.h>
#include <unistd.h>

namespace careledger::test {

// The value after `prefix ` on the line that starts with it.
inline std::string line_value(const std::string& out, const std::string& prefix) {
    const auto at = out.find(prefix + " ");
    if (at == std::string::npos)
        return {};
    const auto start = at + prefix.size() + 1;
    return out.substr(start, out.find('\n', start) - start);
}

// Runs careledgerd to completion (for --init); its stdout, empty on failure.
inline std::string run_daemon_once(const QString& program, const QStringList& args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("careledgerd %s failed: %s", qPrintable(args.join(u' ')),
                 p.readAllStandardError().constData());
        return {};
    }
    return p.readAllStandardOutput().toStdString();
}

// A loopback port nobody listens on right now (bound to port 0, read, released).
inline int free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    int port = 0;
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    ::close(fd);
    return port;
}

// A running careledgerd, stopped (SIGTERM, then SIGKILL) when destroyed.
class DaemonProcess {
public:
    explicit DaemonProcess(QString program) : program_(std::move(program)) {}
    DaemonProcess(const DaemonProcess&) = delete;
    DaemonProcess& operator=(const DaemonProcess&) = delete;
    ~DaemonProcess() {
        if (process_ && process_->state() != QProcess::NotRunning) {
            process_->terminate();
            if (!process_->waitForFinished(5000))
                kill();
        }
    }

    bool start(const QStringList& args) {
        process_ = std::make_unique<QProcess>();
        process_->setProcessChannelMode(QProcess::SeparateChannels);
        process_->start(program_, args);
        if (!process_->waitForStarted(10000))
            return false;
        std::string out;
        for (int i = 0; i < 100 && out.find('\n') == std::string::npos; ++i) {
            process_->waitForReadyRead(100);
            out += process_->readAllStandardOutput().toStdString();
        }
        const auto v = line_value(out, "listening");
        if (v.empty()) {
            qWarning("careledgerd did not start: %s", process_->readAllStandardError().constData());
            return false;
        }
        port_ = std::stoi(v);
        return true;
    }
    void kill() {
        if (process_) {
            process_->kill();
            process_->waitForFinished(5000);
        }
    }
    [[nodiscard]] int port() const { return port_; }
    [[nodiscard]] std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    [[nodiscard]] std::string stderr_text() {
        return process_->readAllStandardError().toStdString();
    }

private:
    QString program_;
    std::unique_ptr<QProcess> process_;
    int port_ = 0;
};

} // namespace careledger::test
