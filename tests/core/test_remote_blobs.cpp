// The remote blob store against the node's real blob routes (node::ApiHandler served by
// cpp-httplib on loopback, one data directory per node): sealed summaries are stored on every
// node, fetched and checked against their SHA-256 (a node that alters a blob is skipped, and
// named when no node serves the true one), deleted only with the owner's signature bound to the
// network's origin, and each failure has its own code.
#include "crypto/ed25519.h"
#include "crypto/hash.h"
#include "crypto/identity.h"
#include "node/blob_store.h"
#include "node/http_api.h"
#include "sync/remote_blob_store.h"
#include "sync_test_server.h"
#include "test_support.h"

#include <QTest>
#include <atomic>

using namespace careledger;

namespace {

const std::string kOrigin = "test.example.org/blobs";

node::ApiRequest to_request(const httplib::Request& req) {
    node::ApiRequest r;
    r.method = req.method;
    r.path = req.path.starts_with('/') ? req.path.substr(1) : req.path;
    for (const auto& [k, v] : req.headers) {
        std::string name = k;
        for (auto& c : name)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        r.headers.emplace(name, v);
    }
    r.has_content_length = req.has_header("Content-Length");
    r.body = req.body;
    return r;
}

// A node serving the real blob routes over its own data directory; `alter` makes it flip a byte
// of every blob it serves (a lying node).
class BlobNode {
public:
    BlobNode(const std::filesystem::path& data, bool alter)
        : handler_(
              node::ApiConfig{node::NodeRole::validator, data, kOrigin, nullptr, {}, {}, {}, {}}),
          data_(data) {
        server_.server().set_payload_max_length(node::kMaxRequestBody);
        auto serve = [this, alter](const httplib::Request& req, httplib::Response& res) {
            ++requests_;
            auto a = handler_.handle(to_request(req));
            if (alter && req.method == "GET" && a.status == 200 && !a.body.empty())
                a.body[0] = static_cast<char>(a.body[0] ^ 1);
            res.status = a.status;
            res.set_content(a.body,
                            a.content_type.empty() ? "application/octet-stream" : a.content_type);
        };
        server_.server().Get(".*", serve);
        server_.server().Put(".*", serve);
        server_.server().Delete(".*", serve);
    }
    bool start() { return server_.start(); }
    [[nodiscard]] std::string url() const { return server_.url(); }
    [[nodiscard]] bool holds(const crypto::Hash32& id) const {
        return node::BlobStore::of_ledger(data_).contains(id);
    }
    [[nodiscard]] int requests() const { return requests_; }

private:
    node::ApiHandler handler_;
    std::filesystem::path data_;
    test::LoopbackServer server_;
    std::atomic<int> requests_{0};
};

// A loopback URL nobody listens on.
std::string closed_url() {
    test::LoopbackServer s;
    if (!s.start())
        return "http://127.0.0.1:1/";
    auto url = s.url();
    s.stop();
    return url;
}

Bytes sample_blob(std::uint8_t seed) {
    Bytes b(4096);
    for (std::size_t i = 0; i < b.size(); ++i)
        b[i] = static_cast<std::uint8_t>((i * 31U + seed) & 0xffU);
    return b;
}

} // namespace

class TestRemoteBlobs : public QObject {
    Q_OBJECT

    test::TempDir dir_;
    std::unique_ptr<BlobNode> a_, b_, liar_;
    std::unique_ptr<crypto::SigningKey> owner_, stranger_;
    int checks_ = 0;

    sync::RemoteBlobStore store(std::vector<std::string> nodes, const crypto::SigningKey* key,
                                std::string origin = kOrigin) {
        sync::RemoteBlobStoreOptions o;
        o.nodes = std::move(nodes);
        o.origin = std::move(origin);
        o.http.connect_timeout_ms = 2000;
        return sync::RemoteBlobStore::create(std::move(o), key).value();
    }

private slots:
    void initTestCase() {
        test::init_core();
        a_ = std::make_unique<BlobNode>(dir_ / "a", false);
        b_ = std::make_unique<BlobNode>(dir_ / "b", false);
        liar_ = std::make_unique<BlobNode>(dir_ / "liar", true);
        QVERIFY(a_->start());
        QVERIFY(b_->start());
        QVERIFY(liar_->start());
        owner_ = std::make_unique<crypto::SigningKey>(crypto::SigningKey::generate());
        stranger_ = std::make_unique<crypto::SigningKey>(crypto::SigningKey::generate());
    }

    void cleanupTestCase() { qInfo("remote blob store: %d checks passed", checks_); }

    void put_get_remove_on_every_node() {
        auto s = store({a_->url(), b_->url()}, owner_.get());
        const auto blob = sample_blob(1);
        const auto id = crypto::sha256(blob);
        CL_QVERIFY_OK(s.put(id, blob));
        QCOMPARE(s.last_put_nodes(), std::size_t{2});
        QVERIFY(a_->holds(id) && b_->holds(id));
        // A reader (no key) fetches it, verified.
        auto reader = store({a_->url()}, nullptr);
        auto got = reader.get(id);
        CL_QVERIFY_OK(got);
        QVERIFY(*got == blob);
        // Readers cannot store or delete.
        CL_QCOMPARE_ERROR(reader.put(id, blob), "blob.no_owner");
        CL_QCOMPARE_ERROR(reader.remove(id), "blob.no_owner");
        CL_QVERIFY_OK(s.remove(id));
        QVERIFY(!a_->holds(id) && !b_->holds(id));
        CL_QCOMPARE_ERROR(reader.get(id), "blob.not_found");
        // Removing what is gone is not an error.
        CL_QVERIFY_OK(s.remove(id));
        checks_ += 8;
    }

    void only_the_owner_deletes() {
        auto s = store({a_->url()}, owner_.get());
        const auto blob = sample_blob(2);
        const auto id = crypto::sha256(blob);
        CL_QVERIFY_OK(s.put(id, blob));
        // Another key: neither its delete nor its claim to the blob is accepted.
        auto other = store({a_->url()}, stranger_.get());
        CL_QCOMPARE_ERROR(other.remove(id), "blob.forbidden");
        CL_QCOMPARE_ERROR(other.put(id, blob), "blob.forbidden");
        // The owner's signature for another network does not delete it here either.
        auto elsewhere = store({a_->url()}, owner_.get(), "other.example.org/blobs");
        CL_QCOMPARE_ERROR(elsewhere.remove(id), "blob.forbidden");
        QVERIFY(a_->holds(id));
        CL_QVERIFY_OK(s.remove(id));
        QVERIFY(!a_->holds(id));
        checks_ += 5;
    }

    void a_blob_not_matching_its_id_is_refused() {
        auto s = store({a_->url()}, owner_.get());
        const auto blob = sample_blob(3);
        auto wrong = crypto::sha256(blob);
        wrong[0] ^= 1;
        CL_QCOMPARE_ERROR(s.put(wrong, blob), "blob.mismatch");
        QVERIFY(!a_->holds(wrong));
        checks_ += 1;
    }

    void a_lying_node_is_skipped_or_named() {
        const auto blob = sample_blob(4);
        const auto id = crypto::sha256(blob);
        CL_QVERIFY_OK(store({liar_->url(), a_->url()}, owner_.get()).put(id, blob));
        QVERIFY(liar_->holds(id));
        // The liar answers first with altered bytes; the honest node's copy is returned.
        auto both = store({liar_->url(), a_->url()}, nullptr).get(id);
        CL_QVERIFY_OK(both);
        QVERIFY(*both == blob);
        // With only the liar, the alteration is reported, never returned.
        auto alone = store({liar_->url()}, nullptr).get(id);
        CL_QCOMPARE_ERROR(alone, "blob.mismatch");
        QVERIFY(alone.error().message.find(liar_->url()) != std::string::npos);
        checks_ += 3;
    }

    void unreachable_nodes() {
        const auto closed = closed_url();
        const auto blob = sample_blob(5);
        const auto id = crypto::sha256(blob);
        // One node down: stored on the other, and fetched from it.
        auto s = store({closed, b_->url()}, owner_.get());
        CL_QVERIFY_OK(s.put(id, blob));
        QCOMPARE(s.last_put_nodes(), std::size_t{1});
        auto got = s.get(id);
        CL_QVERIFY_OK(got);
        QVERIFY(*got == blob);
        // A delete that cannot reach a node says so: the summary may still be stored there.
        CL_QCOMPARE_ERROR(s.remove(id), "blob.unavailable");
        CL_QVERIFY_OK(store({b_->url()}, owner_.get()).remove(id));
        // All down.
        auto down = store({closed}, owner_.get());
        CL_QCOMPARE_ERROR(down.put(id, blob), "blob.unavailable");
        CL_QCOMPARE_ERROR(down.get(id), "blob.unavailable");
        checks_ += 6;
    }
};

QTEST_GUILESS_MAIN(TestRemoteBlobs)
#include "test_remote_blobs.moc"
