// The wallet's HTTP client against a real cpp-httplib server in this process: every error code
// the light node relies on is produced by a real transfer, not a mock.
#include "sync/http_client.h"
#include "sync_test_server.h"
#include "test_support.h"

#include <QTest>
#include <chrono>
#include <thread>

using namespace careledger;
using careledger::test::LoopbackServer;

class TestHttpClient : public QObject {
    Q_OBJECT

private:
    LoopbackServer server_;
    int cases_ = 0;

    static sync::HttpClient client(sync::HttpOptions options = {}) {
        return sync::HttpClient::create(std::move(options)).value();
    }

private slots:
    void initTestCase() {
        test::init_core();
        auto& s = server_.server();
        s.Get("/hello", [](const httplib::Request&, httplib::Response& res) {
            res.set_content("hello world", "text/plain");
        });
        s.Post("/echo", [](const httplib::Request& req, httplib::Response& res) {
            res.set_content(req.body, req.get_header_value("Content-Type"));
        });
        s.Put("/echo", [](const httplib::Request& req, httplib::Response& res) {
            res.set_content("put:" + req.body + ":" + req.get_header_value("X-Test"), "text/plain");
        });
        s.Delete("/thing",
                 [](const httplib::Request&, httplib::Response& res) { res.status = 204; });
        s.Get("/busy", [](const httplib::Request&, httplib::Response& res) {
            res.status = 429;
            res.set_header("Retry-After", "7");
            res.set_content(R"({"error":{"code":"node.busy","message":"later"}})",
                            "application/json");
        });
        s.Get("/broken", [](const httplib::Request&, httplib::Response& res) {
            res.status = 500;
            res.set_content("oops", "text/plain");
        });
        s.Get("/refused", [](const httplib::Request&, httplib::Response& res) {
            res.status = 422;
            res.set_content(R"({"error":{"code":"rule.unknown_provider","message":"no"}})",
                            "application/json");
        });
        s.Get("/teapot", [](const httplib::Request&, httplib::Response& res) {
            res.status = 418;
            res.set_content("not json", "text/plain");
        });
        s.Get("/to-http", [](const httplib::Request&, httplib::Response& res) {
            res.set_redirect("http://evil.example/checkpoint");
        });
        s.Get("/to-https", [](const httplib::Request&, httplib::Response& res) {
            res.set_redirect("https://other.example/checkpoint");
        });
        s.Get("/big", [](const httplib::Request&, httplib::Response& res) {
            res.set_content(std::string(5000, 'x'), "application/octet-stream");
        });
        s.Get("/big-chunked", [](const httplib::Request&, httplib::Response& res) {
            res.set_chunked_content_provider("application/octet-stream",
                                             [](std::size_t offset, httplib::DataSink& sink) {
                                                 if (offset >= 100000) {
                                                     sink.done();
                                                     return true;
                                                 }
                                                 const std::string chunk(1000, 'y');
                                                 return sink.write(chunk.data(), chunk.size());
                                             });
        });
        s.Get("/trickle", [](const httplib::Request&, httplib::Response& res) {
            res.set_chunked_content_provider(
                "text/plain", [](std::size_t offset, httplib::DataSink& sink) {
                    if (offset >= 20) {
                        sink.done();
                        return true;
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds(300));
                    return sink.write("z", 1);
                });
        });
        s.Get("/slow", [](const httplib::Request&, httplib::Response& res) {
            std::this_thread::sleep_for(std::chrono::milliseconds(1500));
            res.set_content("late", "text/plain");
        });
        QVERIFY(server_.start());
    }

    void cleanupTestCase() {
        server_.stop();
        qInfo("http client: %d cases against a real loopback server", cases_);
    }

    void get_post_put_delete() {
        auto c = client();
        auto r = c.get(server_.url("hello"));
        CL_QVERIFY_OK(r);
        QCOMPARE(r->status, 200L);
        QCOMPARE(to_string(r->body), std::string("hello world"));
        QVERIFY(r->content_type.rfind("text/plain", 0) == 0);
        CL_QVERIFY_OK(sync::expect_ok(*r));

        const Bytes payload = {0x00, 0x01, 0xff, 0x80};
        auto p = c.post(server_.url("echo"), payload, "application/cbor");
        CL_QVERIFY_OK(p);
        QCOMPARE(p->body, payload);
        QCOMPARE(p->content_type, std::string("application/cbor"));

        auto u = c.put(server_.url("echo"), as_bytes("abc"), "text/plain", {{"X-Test", "42"}});
        CL_QVERIFY_OK(u);
        QCOMPARE(to_string(u->body), std::string("put:abc:42"));

        auto d = c.del(server_.url("thing"));
        CL_QVERIFY_OK(d);
        QCOMPARE(d->status, 204L);
        // The same handle again after other methods: a GET is a GET again.
        auto again = c.get(server_.url("hello"));
        CL_QVERIFY_OK(again);
        QCOMPARE(to_string(again->body), std::string("hello world"));
        cases_ += 5;
    }

    void status_mapping_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<long>("status");
        QTest::addColumn<QString>("code");
        QTest::newRow("429") << "busy" << 429L << "http.rate_limited";
        QTest::newRow("500") << "broken" << 500L << "http.server_error";
        QTest::newRow("422 json") << "refused" << 422L << "rule.unknown_provider";
        QTest::newRow("418 plain") << "teapot" << 418L << "http.status";
        QTest::newRow("404") << "nowhere" << 404L << "http.status";
    }
    void status_mapping() {
        QFETCH(QString, path);
        QFETCH(long, status);
        QFETCH(QString, code);
        auto c = client();
        auto r = c.get(server_.url(path.toStdString()));
        CL_QVERIFY_OK(r);
        QCOMPARE(r->status, status);
        CL_QCOMPARE_ERROR(sync::expect_ok(*r), code);
        if (status == 429) {
            QVERIFY(r->retry_after.has_value());
            QCOMPARE(*r->retry_after, std::uint64_t{7});
            QVERIFY(sync::expect_ok(*r).error().message.find("Retry-After: 7") !=
                    std::string::npos);
            QVERIFY(sync::is_transient(sync::expect_ok(*r).error()));
        }
        ++cases_;
    }

    void redirects_are_errors() {
        auto c = client();
        CL_QCOMPARE_ERROR(c.get(server_.url("to-http")), "http.insecure_redirect");
        CL_QCOMPARE_ERROR(c.get(server_.url("to-https")), "http.redirect");
        cases_ += 2;
    }

    void body_limit() {
        sync::HttpOptions opt;
        opt.max_body = 1000;
        auto c = client(opt);
        CL_QCOMPARE_ERROR(c.get(server_.url("big")), "http.too_large");
        CL_QCOMPARE_ERROR(c.get(server_.url("big-chunked")), "http.too_large");
        // A body within the limit on the same handle still works.
        CL_QVERIFY_OK(c.get(server_.url("hello")));
        cases_ += 3;
    }

    void trickle_and_slow_are_timeouts() {
        sync::HttpOptions opt;
        opt.low_speed_bytes = 1024;
        opt.low_speed_seconds = 1;
        auto c = client(opt);
        const auto t0 = std::chrono::steady_clock::now();
        CL_QCOMPARE_ERROR(c.get(server_.url("trickle")), "http.timeout");
        QVERIFY(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(5));

        sync::HttpOptions total;
        total.total_timeout_ms = 400;
        auto c2 = client(total);
        CL_QCOMPARE_ERROR(c2.get(server_.url("slow")), "http.timeout");
        cases_ += 2;
    }

    void unreachable() {
        // A port nobody listens on: bind one, then close it.
        LoopbackServer closed;
        QVERIFY(closed.start());
        const std::string url = closed.url("checkpoint");
        closed.stop();
        sync::HttpOptions opt;
        opt.connect_timeout_ms = 1000;
        auto c = client(opt);
        CL_QCOMPARE_ERROR(c.get(url), "http.unreachable");
        QVERIFY(sync::is_transient(c.get(url).error()));
        ++cases_;
    }

    void insecure_and_bad_urls() {
        auto c = client();
        CL_QCOMPARE_ERROR(c.get("http://example.org/checkpoint"), "http.insecure");
        CL_QCOMPARE_ERROR(c.get("http://10.0.0.1/checkpoint"), "http.insecure");
        CL_QCOMPARE_ERROR(c.get("not a url"), "http.bad_url");
        CL_QCOMPARE_ERROR(c.get("ftp://127.0.0.1/x"), "http.bad_url");
        CL_QCOMPARE_ERROR(c.get("file:///etc/passwd"), "http.bad_url");
        cases_ += 5;
    }

    void tls_failure() {
        // https to a server that speaks plain http: the handshake fails.
        sync::HttpOptions opt;
        opt.total_timeout_ms = 3000;
        auto c = client(opt);
        const std::string url = "https://127.0.0.1:" + std::to_string(server_.port()) + "/hello";
        CL_QCOMPARE_ERROR(c.get(url), "http.tls");
        ++cases_;
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "test_http_client.moc"
