// A CareLedger network of real careledgerd processes on loopback: one sequencer and three
// validators (quorum 2 of 3), keys made with --init. Real signed entries (identities, a
// certification, a grant, an access, a revoke) are POSTed; receipts verify and checkpoints are
// published with at least two cosignatures. One validator killed: publication continues. A
// second killed: nothing more is published, and /healthz and add-entry say node.no_quorum.
#include "common/time.h"
#include "ledger/checkpoint.h"
#include "ledger/sync_bundle.h"
#include "ledger/trust_policy.h"
#include "ledger_test_support.h"
#include "node/network_config.h"
#include "node/receipt.h"
#include "test_support.h"

#include <QProcess>
#include <QTest>
#include <arpa/inet.h>
#include <chrono>
#include <fstream>
#include <httplib.h>
#include <memory>
#include <netinet/in.h>
#include <nlohmann/json.hpp>
#include <sys/socket.h>
#include <unistd.h>

using namespace careledger;
using careledger::test::Actor;

namespace {

const std::string kOrigin = "test.example.org/careledger-network";

// Runs careledgerd to completion (for --init); its stdout.
std::string run_init(const QStringList& args) {
    QProcess p;
    p.start(CARELEDGERD, args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("careledgerd %s failed: %s", qPrintable(args.join(' ')),
                 p.readAllStandardError().constData());
        return {};
    }
    return p.readAllStandardOutput().toStdString();
}

// The value after `prefix ` on the line that starts with it.
std::string line_value(const std::string& out, const std::string& prefix) {
    const auto at = out.find(prefix + " ");
    if (at == std::string::npos)
        return {};
    const auto start = at + prefix.size() + 1;
    return out.substr(start, out.find('\n', start) - start);
}

// A running careledgerd; its port from the "listening <port>" line.
class Node {
public:
    bool start(const QStringList& args) {
        process_ = std::make_unique<QProcess>();
        process_->setProcessChannelMode(QProcess::SeparateChannels);
        process_->start(CARELEDGERD, args);
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
    ~Node() {
        if (process_ && process_->state() != QProcess::NotRunning) {
            process_->terminate();
            if (!process_->waitForFinished(5000))
                kill();
        }
    }
    [[nodiscard]] int port() const { return port_; }
    [[nodiscard]] std::string url() const { return "http://127.0.0.1:" + std::to_string(port_); }
    [[nodiscard]] std::string stderr_text() {
        return process_->readAllStandardError().toStdString();
    }

private:
    std::unique_ptr<QProcess> process_;
    int port_ = 0;
};

// A loopback port nobody listens on right now (bound to port 0, read, released).
int free_port() {
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

} // namespace

class TestNetwork : public QObject {
    Q_OBJECT

    test::TempDir dir_;
    std::optional<node::NetworkConfig> network_;
    tlog::VerifierKey log_vkey_;
    Node sequencer_;
    std::vector<std::unique_ptr<Node>> validators_;
    std::unique_ptr<httplib::Client> client_;

    Result<std::string> post(const Bytes& entry, int* status = nullptr) {
        auto res = client_->Post("/add-entry", reinterpret_cast<const char*>(entry.data()),
                                 entry.size(), "application/cbor");
        if (!res)
            return make_error("test.http", httplib::to_string(res.error()));
        if (status != nullptr)
            *status = res->status;
        if (res->status != 200) {
            auto j = nlohmann::json::parse(res->body, nullptr, false);
            if (j.is_discarded())
                return make_error("test.http", "not JSON: " + res->body);
            return make_error(j["error"]["code"].get<std::string>(),
                              j["error"]["message"].get<std::string>());
        }
        auto receipt = node::open_receipt(res->body, log_vkey_);
        if (!receipt.ok())
            return receipt.error();
        return res->body;
    }

    // The published checkpoint, verified against the network policy; its size and cosigners.
    std::pair<std::uint64_t, std::size_t> published() {
        auto res = client_->Get("/checkpoint");
        if (!res || res->status != 200)
            return {0, 0};
        auto v =
            network_->verify_checkpoint(res->body, static_cast<std::uint64_t>(now_unix()), 3600);
        if (!v.ok()) {
            qWarning("published checkpoint does not verify: %s", v.error().message.c_str());
            return {0, 0};
        }
        return {v->checkpoint.size, v->cosigners.size()};
    }

    bool wait_published(std::uint64_t size, int timeout_ms = 15000) {
        for (int waited = 0; waited < timeout_ms; waited += 50) {
            if (published().first >= size)
                return true;
            QTest::qWait(50);
        }
        return false;
    }

private slots:
    void initTestCase() {
        test::init_core();
        const auto seq_dir = QString::fromStdString((dir_ / "sequencer").string());
        const auto out = run_init({"--init", "--role", "sequencer", "--data", seq_dir, "--origin",
                                   QString::fromStdString(kOrigin)});
        const auto log_vkey_text = line_value(out, "log-vkey");
        QVERIFY(!log_vkey_text.empty());
        log_vkey_ = tlog::parse_vkey(log_vkey_text).value();
        // --init again keeps the key.
        QCOMPARE(line_value(run_init({"--init", "--role", "sequencer", "--data", seq_dir,
                                      "--origin", QString::fromStdString(kOrigin)}),
                            "log-vkey"),
                 log_vkey_text);

        ledger::TrustPolicy trust;
        trust.add_log({log_vkey_text, ""});
        ledger::PolicyGroup group{"validators", 2, {}};
        std::vector<std::string> vkeys;
        for (int i = 1; i <= 3; ++i) {
            const std::string name = "validator-" + std::to_string(i);
            std::string key_name = kOrigin;
            key_name += "/" + name;
            const auto vout = run_init({"--init", "--role", "validator", "--data",
                                        QString::fromStdString((dir_ / name).string()), "--name",
                                        QString::fromStdString(key_name)});
            vkeys.push_back(line_value(vout, "validator-vkey"));
            QVERIFY(!vkeys.back().empty());
            trust.add_witness({name, vkeys.back(), ""});
            group.members.push_back(name);
        }
        trust.add_group(group);
        trust.set_quorum("validators");
        registrar_ = std::make_unique<Actor>(ledger::Role::registrar);
        network_ = node::NetworkConfig::make(kOrigin, {registrar_->key()}, trust).value();
        std::filesystem::create_directories(dir_ / "network");
        CL_QVERIFY_OK(network_->save(dir_ / "network"));

        // Validators mirror the sequencer, which needs their URLs: its port is chosen first.
        sequencer_port_ = free_port();
        QVERIFY(sequencer_port_ > 0);
        const auto sequencer_url =
            QString::fromStdString("http://127.0.0.1:" + std::to_string(sequencer_port_));
        QStringList urls;
        for (int i = 1; i <= 3; ++i) {
            auto v = std::make_unique<Node>();
            const std::string name = "validator-" + std::to_string(i);
            QVERIFY(v->start({"--role", "validator", "--listen", "127.0.0.1:0", "--data",
                              QString::fromStdString((dir_ / name).string()), "--network",
                              QString::fromStdString((dir_ / "network").string()), "--sequencer",
                              sequencer_url}));
            urls << QString::fromStdString(v->url());
            validators_.push_back(std::move(v));
        }
        // A config file for the sequencer, with a flag overriding one of its lines.
        const auto config = dir_ / "sequencer.conf";
        {
            std::ofstream f(config);
            f << "# careledgerd test configuration\nrole = sequencer\nlisten = 127.0.0.1:1\n"
              << "data = " << (dir_ / "sequencer").string() << "\n"
              << "network = " << (dir_ / "network").string() << "\n"
              << "validators = " << urls.join(',').toStdString() << "\n";
        }
        QVERIFY(sequencer_.start(
            {"--config", QString::fromStdString(config.string()), "--listen",
             QString::fromStdString("127.0.0.1:" + std::to_string(sequencer_port_))}));
        client_ = std::make_unique<httplib::Client>("127.0.0.1", sequencer_.port());
        client_->set_keep_alive(true);
        client_->set_tcp_nodelay(true);
        client_->set_read_timeout(20, 0);
    }

    void entries_flow_and_checkpoints_get_cosigned() {
        Actor provider(ledger::Role::provider);
        Actor patient(ledger::Role::patient);
        std::vector<Bytes> entries;
        entries.push_back(registrar_->identity_entry(kOrigin));
        entries.push_back(provider.identity_entry(kOrigin));
        entries.push_back(registrar_->entry(
            ledger::CertifyPayload{provider.key(), "Dr. Net", "Net Hospital", "family-doctor"},
            std::nullopt));
        entries.push_back(patient.identity_entry(kOrigin));
        const auto now = static_cast<std::uint64_t>(now_unix());
        const auto grant = patient.entry(
            ledger::GrantPayload{
                provider.key(), {"allergies"}, "TREAT", "view", now, now + 86400, {}},
            patient.tag(kOrigin));
        entries.push_back(grant);
        const auto grant_id = ledger::entry_id(grant);
        entries.push_back(provider.entry(ledger::AccessPayload{grant_id, {"allergies"}, "TREAT"},
                                         patient.tag(kOrigin)));
        entries.push_back(patient.entry(ledger::RevokePayload{grant_id}, patient.tag(kOrigin)));
        std::uint64_t index = 0;
        for (const auto& e : entries) {
            auto r = post(e);
            CL_QVERIFY_OK(r);
            QCOMPARE(node::open_receipt(*r, log_vkey_)->index, index++);
        }
        // An access after the revoke is refused with the rule's code.
        int status = 0;
        auto refused = post(provider.entry(ledger::AccessPayload{grant_id, {"allergies"}, "TREAT"},
                                           patient.tag(kOrigin)),
                            &status);
        QVERIFY(!refused.ok());
        QCOMPARE(status, 422);
        QVERIFY2(refused.error().code.starts_with("rule."), refused.error().code.c_str());
        QVERIFY(wait_published(entries.size()));
        const auto [size, cosigners] = published();
        QCOMPARE(size, entries.size());
        QVERIFY(cosigners >= 2);
        // A wallet's sync: the patient's index record and entries, verified end to end.
        const auto tag = patient.tag(kOrigin);
        auto sync = client_->Get("/careledger/v1/sync?old=0&tag=" + to_hex(tag) + ":0");
        QVERIFY(sync && sync->status == 200);
        auto bundle = ledger::decode_sync_bundle(as_bytes(sync->body));
        CL_QVERIFY_OK(bundle);
        const std::array<ledger::SyncTagRequest, 1> wanted{ledger::SyncTagRequest{tag, 0}};
        auto synced = ledger::verify_sync_bundle(
            *bundle,
            [&](std::string_view note) {
                return network_->verify_checkpoint(note, static_cast<std::uint64_t>(now_unix()),
                                                   3600);
            },
            {}, wanted);
        CL_QVERIFY_OK(synced);
        // The patient's IDENTITY, GRANT, the provider's ACCESS and the REVOKE.
        QCOMPARE(synced->tags.at(0).entries.size(), 4U);
        // Each validator mirrored the entries it re-validated: its tiles are the sequencer's.
        const std::string entries_tile = "/tile/entries/000.p/" + std::to_string(entries.size());
        auto from_sequencer = client_->Get(entries_tile);
        QVERIFY(from_sequencer && from_sequencer->status == 200);
        for (const auto& v : validators_) {
            httplib::Client vc("127.0.0.1", v->port());
            auto mirrored = vc.Get(entries_tile);
            QVERIFY(mirrored && mirrored->status == 200);
            QCOMPARE(mirrored->body, from_sequencer->body);
        }
        qInfo("%zu entries published with %zu cosignatures; refused access: %s", entries.size(),
              cosigners, refused.error().code.c_str());
        next_size_ = entries.size();
    }

    void one_validator_down_publication_continues() {
        validators_[0]->kill();
        for (int i = 0; i < 3; ++i)
            CL_QVERIFY_OK(post(Actor(ledger::Role::patient).identity_entry(kOrigin)));
        next_size_ += 3;
        QVERIFY(wait_published(next_size_));
        QVERIFY(published().second >= 2);
        auto health = client_->Get("/healthz");
        QVERIFY(health && health->status == 200);
        QCOMPARE(nlohmann::json::parse(health->body)["status"].get<std::string>(),
                 std::string("ok"));
        qInfo("published size %zu with 2 of 3 validators", static_cast<std::size_t>(next_size_));
    }

    void two_validators_down_no_publication_and_the_node_says_why() {
        validators_[1]->kill();
        const auto before = published().first;
        CL_QVERIFY_OK(post(Actor(ledger::Role::patient).identity_entry(kOrigin)));
        // The node keeps retrying; after a few failed rounds it reports no quorum.
        bool reported = false;
        std::string health_body;
        for (int waited = 0; waited < 20000 && !reported; waited += 100) {
            auto health = client_->Get("/healthz");
            QVERIFY(health && health->status == 200);
            health_body = health->body;
            reported = nlohmann::json::parse(health_body)["status"] == "node.no_quorum";
            if (!reported)
                QTest::qWait(100);
        }
        QVERIFY2(reported, health_body.c_str());
        QCOMPARE(published().first, before);
        int status = 0;
        auto refused = post(Actor(ledger::Role::patient).identity_entry(kOrigin), &status);
        QCOMPARE(status, 503);
        CL_QCOMPARE_ERROR(refused, "node.no_quorum");
        auto metrics = client_->Get("/metrics");
        QVERIFY(metrics && metrics->body.find("careledger_no_quorum 1") != std::string::npos);
        QCOMPARE(published().first, before);
        qInfo("no quorum reported: %s", health_body.c_str());
    }

    // A body that stops arriving is cut off by the read timeout (5 s) rather than holding a
    // server thread forever.
    void a_trickled_body_is_cut_off() {
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(static_cast<std::uint16_t>(sequencer_.port()));
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr), 0);
        const std::string head = "POST /add-entry HTTP/1.1\r\nHost: x\r\nContent-Length: "
                                 "100\r\n\r\nx";
        QCOMPARE(::send(fd, head.data(), head.size(), 0), static_cast<ssize_t>(head.size()));
        const timeval limit{15, 0};
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &limit, sizeof limit);
        const auto started = std::chrono::steady_clock::now();
        char buf[4096];
        ssize_t n = 0;
        do {
            n = ::recv(fd, buf, sizeof buf, 0);
        } while (n > 0); // an error answer may come first; then the close
        const auto waited =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started);
        ::close(fd);
        QCOMPARE(n, static_cast<ssize_t>(0)); // closed by the server, not our 15 s limit
        QVERIFY(waited.count() < 14.0);
        qInfo("trickled request cut off after %.1f s", waited.count());
    }

    void configuration_errors_are_precise() {
        QProcess p;
        const auto net = QString::fromStdString((dir_ / "network").string());
        const auto data = QString::fromStdString((dir_ / "other").string());
        p.start(CARELEDGERD, {"--listen", "0.0.0.0:0", "--data", data, "--network", net});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("config.plain_http"));
        const auto bad = dir_ / "bad.conf";
        {
            std::ofstream f(bad);
            f << "role = sequencer\n# comment\nlisten 127.0.0.1:0\n";
        }
        p.start(CARELEDGERD, {"--config", QString::fromStdString(bad.string())});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 1);
        const auto err = p.readAllStandardError();
        QVERIFY2(err.contains("line 3") && err.contains("config.bad_line"), err.constData());
        p.start(CARELEDGERD, {"--version"});
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(p.readAllStandardOutput().startsWith("careledgerd "));
        qInfo("plain HTTP refused off loopback; config error named its line");
    }

    // With a certificate and key the node serves HTTPS, on any address.
    void tls_is_served() {
        const auto cert = dir_ / "tls.crt";
        const auto key = dir_ / "tls.key";
        QProcess openssl;
        openssl.start("openssl", {"req", "-x509", "-newkey", "ec", "-pkeyopt",
                                  "ec_paramgen_curve:prime256v1", "-nodes", "-days", "1", "-subj",
                                  "/CN=localhost", "-keyout", QString::fromStdString(key.string()),
                                  "-out", QString::fromStdString(cert.string())});
        if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0)
            QSKIP("openssl cannot make a test certificate here");
        const auto data = QString::fromStdString((dir_ / "validator-tls").string());
        QVERIFY(!run_init({"--init", "--role", "validator", "--data", data, "--name", "tls-node"})
                     .empty());
        Node tls_node;
        QVERIFY(tls_node.start(
            {"--role", "validator", "--listen", "0.0.0.0:0", "--data", data, "--network",
             QString::fromStdString((dir_ / "network").string()), "--sequencer",
             QString::fromStdString("http://127.0.0.1:" + std::to_string(sequencer_port_)),
             "--tls-cert", QString::fromStdString(cert.string()), "--tls-key",
             QString::fromStdString(key.string())}));
        httplib::SSLClient client("127.0.0.1", tls_node.port());
        client.enable_server_certificate_verification(false);
        auto res = client.Get("/healthz");
        QVERIFY(res);
        QCOMPARE(res->status, 200);
        QCOMPARE(nlohmann::json::parse(res->body)["role"].get<std::string>(),
                 std::string("validator"));
        httplib::Client plain("127.0.0.1", tls_node.port());
        auto refused = plain.Get("/healthz");
        QVERIFY(!refused || refused->status != 200);
        qInfo("HTTPS served on 0.0.0.0:%d", tls_node.port());
    }

private:
    int sequencer_port_ = 0;
    std::unique_ptr<Actor> registrar_;
    std::uint64_t next_size_ = 0;
};

QTEST_GUILESS_MAIN(TestNetwork)
#include "test_network.moc"
