// The remote blob store against the node's real blob routes (node::ApiHandler served by
// cpp-httplib on loopback, one data directory per node): sealed summaries are stored on every
// node, fetched and checked against their SHA-256 (a node that alters a blob is skipped, and
// named when no node serves the true one), deleted only with the owner's signature bound to the
// network's origin, and each failure has its own code. The node's side of the protocol is driven
// directly too: unsigned or mis-signed PUTs, stale timestamps, replayed DELETEs after a re-upload,
// per-owner and node-wide quotas, and a node that stores only for known owners. Last, a patient
// issues an emergency token while the sequencer refuses entries (sync.queued): the token, its
// sealed summary and key are kept, and once the outbox delivers the entry the card verifies and
// its summary opens.
#include "crypto/ed25519.h"
#include "crypto/hash.h"
#include "crypto/identity.h"
#include "node/blob_store.h"
#include "node/http_api.h"
#include "sync/remote_blob_store.h"
#include "sync/remote_ledger.h"
#include "sync_test_network.h"
#include "sync_test_server.h"
#include "test_support.h"
#include "vault_test_support.h"
#include "wallet/emergency.h"

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
node::ApiConfig blob_config(const std::filesystem::path& data, node::BlobLimits limits = {}) {
    node::ApiConfig c;
    c.role = node::NodeRole::validator;
    c.data_dir = data;
    c.origin = kOrigin;
    c.blob_limits = limits;
    return c;
}

class BlobNode {
public:
    BlobNode(const std::filesystem::path& data, bool alter) : BlobNode(blob_config(data), alter) {}
    BlobNode(const node::ApiConfig& config, bool alter) : handler_(config), data_(config.data_dir) {
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
    [[nodiscard]] const node::ApiHandler& handler() const { return handler_; }

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

std::string hex_of(const crypto::Hash32& id) {
    return to_hex(view(id));
}

node::ApiRequest blob_request(std::string method, const crypto::Hash32& id) {
    node::ApiRequest r;
    r.method = std::move(method);
    r.path = "careledger/v1/blob/" + hex_of(id);
    r.has_content_length = true;
    return r;
}

// A PUT as the wallet sends it, signed by `signer` at `at` for `origin`, naming `owner`.
node::ApiRequest signed_put(const crypto::SigningKey& signer, const Bytes& blob, std::int64_t at,
                            const std::string& origin = kOrigin,
                            std::optional<crypto::PublicKey> owner = std::nullopt) {
    const auto id = crypto::sha256(blob);
    const auto named = owner.value_or(signer.public_key());
    auto r = blob_request("PUT", id);
    r.body = to_string(blob);
    r.headers["careledger-blob-owner"] = to_hex(view(named));
    r.headers["careledger-timestamp"] = std::to_string(at);
    r.headers["careledger-signature"] =
        to_base64(view(signer.sign(as_bytes(node::blob_put_message(origin, id, named, at)))));
    return r;
}

node::ApiRequest signed_delete(const crypto::SigningKey& signer, const crypto::Hash32& id,
                               std::int64_t at) {
    auto r = blob_request("DELETE", id);
    r.headers["careledger-timestamp"] = std::to_string(at);
    r.headers["careledger-signature"] =
        to_base64(view(signer.sign(as_bytes(node::blob_delete_message(kOrigin, id, at)))));
    return r;
}

// The error code of a JSON error answer.
std::string code_of(const node::ApiResponse& r) {
    const auto at = r.body.find("\"code\":\"");
    if (at == std::string::npos)
        return {};
    const auto start = at + 8;
    return r.body.substr(start, r.body.find('"', start) - start);
}

constexpr std::int64_t kMinute = std::int64_t{60} * 1000;

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

    // PUT carries the owner's signature over origin, id, owner and time; anything less is refused
    // and nothing is stored.
    void unsigned_put_refused() {
        const auto& h = a_->handler();
        const auto blob = sample_blob(10);
        const auto id = crypto::sha256(blob);
        const auto now = node::now_unix_ms();
        // The first protocol's PUT: an owner header, no signature.
        auto bare = blob_request("PUT", id);
        bare.body = to_string(blob);
        bare.headers["careledger-blob-owner"] = to_hex(view(owner_->public_key()));
        auto r = h.handle(bare);
        QCOMPARE(r.status, 403);
        QCOMPARE(code_of(r), std::string("blob.forbidden"));
        // A stranger's signature naming the owner; the owner's signature for another network;
        // a signed request whose time was changed afterwards.
        r = h.handle(signed_put(*stranger_, blob, now, kOrigin, owner_->public_key()));
        QCOMPARE(code_of(r), std::string("blob.forbidden"));
        r = h.handle(signed_put(*owner_, blob, now, "other.example.org/blobs"));
        QCOMPARE(code_of(r), std::string("blob.forbidden"));
        auto shifted = signed_put(*owner_, blob, now);
        shifted.headers["careledger-timestamp"] = std::to_string(now + 1);
        QCOMPARE(code_of(h.handle(shifted)), std::string("blob.forbidden"));
        auto garbled = signed_put(*owner_, blob, now);
        garbled.headers["careledger-signature"] = "not base64!";
        QCOMPARE(code_of(h.handle(garbled)), std::string("blob.forbidden"));
        QVERIFY(!a_->holds(id));
        // Signed properly, it is stored (201).
        r = h.handle(signed_put(*owner_, blob, now));
        QCOMPARE(r.status, 201);
        QVERIFY(a_->holds(id));
        CL_QVERIFY_OK(store({a_->url()}, owner_.get()).remove(id));
        checks_ += 9;
    }

    // A request signed more than 10 minutes from the node's clock is refused, both ways, for PUT
    // and DELETE; a wallet whose clock is off gets blob.stale.
    void stale_timestamp_refused() {
        const auto& h = a_->handler();
        const auto blob = sample_blob(11);
        const auto id = crypto::sha256(blob);
        const auto now = node::now_unix_ms();
        for (const auto skew : {-11 * kMinute, 11 * kMinute}) {
            const auto r = h.handle(signed_put(*owner_, blob, now + skew));
            QCOMPARE(r.status, 403);
            QCOMPARE(code_of(r), std::string("blob.stale"));
        }
        QVERIFY(!a_->holds(id));
        // Within the window (9 minutes behind) it is accepted.
        QCOMPARE(h.handle(signed_put(*owner_, blob, now - 9 * kMinute)).status, 201);
        // A DELETE signed long ago (captured, replayed now) does nothing.
        auto r = h.handle(signed_delete(*owner_, id, now - 20 * kMinute));
        QCOMPARE(code_of(r), std::string("blob.stale"));
        QVERIFY(a_->holds(id));
        // A wallet 15 minutes fast.
        sync::RemoteBlobStoreOptions o;
        o.nodes = {a_->url()};
        o.origin = kOrigin;
        o.now_ms = [] { return node::now_unix_ms() + 15 * kMinute; };
        auto fast = sync::RemoteBlobStore::create(std::move(o), owner_.get()).value();
        CL_QCOMPARE_ERROR(fast.remove(id), "blob.stale");
        CL_QCOMPARE_ERROR(fast.put(id, blob), "blob.stale");
        QVERIFY(a_->holds(id));
        CL_QVERIFY_OK(store({a_->url()}, owner_.get()).remove(id));
        QVERIFY(!a_->holds(id));
        checks_ += 8;
    }

    // An old DELETE (and an old PUT) replayed within the window cannot undo what the owner did
    // after it: the node orders each blob's requests by their signed times.
    void replayed_delete_refused_after_reupload() {
        const auto& h = a_->handler();
        const auto blob = sample_blob(12);
        const auto id = crypto::sha256(blob);
        const auto t = node::now_unix_ms();
        const auto put1 = signed_put(*owner_, blob, t);
        const auto del1 = signed_delete(*owner_, id, t + 1000);
        QCOMPARE(h.handle(put1).status, 201);
        // A delete signed before the blob was stored does not erase it.
        QCOMPARE(code_of(h.handle(signed_delete(*owner_, id, t - 1000))),
                 std::string("blob.stale"));
        QCOMPARE(h.handle(del1).status, 200);
        QVERIFY(!a_->holds(id));
        // Replaying the first PUT after the delete does not bring the blob back.
        QCOMPARE(code_of(h.handle(put1)), std::string("blob.stale"));
        QVERIFY(!a_->holds(id));
        // The owner uploads it again; the captured delete, replayed, is refused.
        QCOMPARE(h.handle(signed_put(*owner_, blob, t + 2000)).status, 201);
        const auto replay = h.handle(del1);
        QCOMPARE(replay.status, 403);
        QCOMPARE(code_of(replay), std::string("blob.stale"));
        QVERIFY(a_->holds(id));
        // The stranger cannot delete it either; a fresh delete by the owner does.
        QCOMPARE(code_of(h.handle(signed_delete(*stranger_, id, t + 3000))),
                 std::string("blob.forbidden"));
        QCOMPARE(h.handle(signed_delete(*owner_, id, t + 3000)).status, 200);
        QVERIFY(!a_->holds(id));
        // Deleting what is gone: 404, which the wallet counts as done.
        QCOMPARE(h.handle(signed_delete(*owner_, id, t + 4000)).status, 404);
        checks_ += 11;
    }

    // Each owner stores at most so many blobs and bytes on a node; the node as a whole too.
    void quota() {
        node::BlobLimits limits;
        limits.max_blobs_per_owner = 2;
        limits.max_bytes_per_owner = 10000;
        limits.max_blobs_total = 3;
        BlobNode n(blob_config(dir_ / "quota", limits), false);
        QVERIFY(n.start());
        const auto& h = n.handler();
        const auto now = node::now_unix_ms();
        auto s = store({n.url()}, owner_.get());
        const auto b1 = sample_blob(20);
        const auto b2 = sample_blob(21);
        const auto b3 = sample_blob(22);
        CL_QVERIFY_OK(s.put(crypto::sha256(b1), b1));
        CL_QVERIFY_OK(s.put(crypto::sha256(b2), b2));
        // The third blob is over the owner's count: 413 blob.quota, named to the wallet.
        const auto over = h.handle(signed_put(*owner_, b3, now));
        QCOMPARE(over.status, 413);
        QCOMPARE(code_of(over), std::string("blob.quota"));
        CL_QCOMPARE_ERROR(s.put(crypto::sha256(b3), b3), "blob.quota");
        QVERIFY(!n.holds(crypto::sha256(b3)));
        // Storing a held blob again costs nothing; deleting one makes room.
        CL_QVERIFY_OK(s.put(crypto::sha256(b1), b1));
        CL_QVERIFY_OK(s.remove(crypto::sha256(b1)));
        CL_QVERIFY_OK(s.put(crypto::sha256(b3), b3));
        // Bytes: the stranger's one blob of 12,000 bytes is over 10,000.
        Bytes big(12000, 0x5a);
        const auto too_big = h.handle(signed_put(*stranger_, big, now));
        QCOMPARE(too_big.status, 413);
        QCOMPARE(code_of(too_big), std::string("blob.quota"));
        // The node holds 3 blobs in all: the stranger's small blob fills it, then it is full
        // for everyone (429: another node may take it).
        QCOMPARE(h.handle(signed_put(*stranger_, sample_blob(23), now)).status, 201);
        const auto full = h.handle(signed_put(*stranger_, sample_blob(24), now));
        QCOMPARE(full.status, 429);
        QCOMPARE(code_of(full), std::string("blob.quota"));
        // After a restart the usage is summed from the owner records again.
        const node::ApiHandler restarted(blob_config(dir_ / "quota", limits));
        QCOMPARE(code_of(restarted.handle(signed_put(*owner_, sample_blob(25), now))),
                 std::string("blob.quota"));
        QCOMPARE(restarted.handle(signed_put(*owner_, b2, now)).status, 201); // held: free
        qInfo("quota: owner count and bytes (413), node full (429) refused");
        checks_ += 12;
    }

    // A node that stores summaries only for keys it knows (its ledger's patients).
    void unknown_owner_refused() {
        auto config = blob_config(dir_ / "known");
        const auto known = owner_->public_key();
        config.blob_owner_allowed = [known](const crypto::PublicKey& k) { return k == known; };
        BlobNode n(config, false);
        QVERIFY(n.start());
        const auto blob = sample_blob(30);
        const auto id = crypto::sha256(blob);
        CL_QCOMPARE_ERROR(store({n.url()}, stranger_.get()).put(id, blob), "blob.unknown_owner");
        QVERIFY(!n.holds(id));
        CL_QVERIFY_OK(store({n.url()}, owner_.get()).put(id, blob));
        QVERIFY(n.holds(id));
        checks_ += 4;
    }

    void emergency_token_issued_offline_is_kept() {
        test::TestNetwork net;
        test::TestNode seq(net);
        QVERIFY(seq.start());
        auto blob_config_sync = blob_config(dir_ / "emergency-blobs");
        blob_config_sync.origin = test::kSyncOrigin;
        BlobNode blobs_node(blob_config_sync, false);
        QVERIFY(blobs_node.start());

        // A patient wallet, registered on the network.
        wallet::CreateOptions create;
        create.kdf = test::cheap_kdf();
        create.open = test::cheap_floor();
        auto created = wallet::Wallet::create(dir_ / "patient", test::secret("pw"), create);
        CL_QVERIFY_OK(created);
        auto& patient = created->wallet;
        const auto tag = patient.tag(test::kSyncOrigin);
        auto registration = patient.sign(
            ledger::IdentityPayload{ledger::Role::patient, patient.identity().box_public_key()},
            tag, ledger::LedgerState{});
        CL_QVERIFY_OK(registration);
        net.append(registration->bytes());
        seq.set_note(net.publish_now());

        std::uint64_t clock = static_cast<std::uint64_t>(now_unix());
        sync::RemoteLedgerOptions opt;
        opt.nodes = {seq.url()};
        opt.now = [&clock] { return clock; };
        auto ledger =
            sync::RemoteLedger::open(*net.network, opt, patient.vault(),
                                     sync::RemoteLedger::tags_for(ledger::Role::patient, tag), tag)
                .value();
        CL_QVERIFY_OK(ledger->refresh());
        token::TriageSet card;
        card.notes = "Type 1 diabetes, insulin pump";
        CL_QVERIFY_OK(wallet::save_card(patient, card));
        auto blobs = store({blobs_node.url()}, &patient.identity().signing(), test::kSyncOrigin);

        // The sequencer answers 503: the entry is queued, the token issued as pending.
        seq.fail_adds(1, 503);
        auto issued = wallet::issue_emergency_token(patient, *ledger, blobs, {});
        CL_QVERIFY_OK(issued);
        QVERIFY(issued->pending);
        QVERIFY(issued->queued && issued->queued->code == "sync.queued");
        QVERIFY(issued->blob_id.has_value());
        QVERIFY(blobs_node.holds(*issued->blob_id)); // the summary was not deleted
        auto records = wallet::load_token_records(patient);
        CL_QVERIFY_OK(records);
        QCOMPARE(records->size(), std::size_t{1});
        QVERIFY(records->front().pending);
        QVERIFY(records->front().blob_id == issued->blob_id);
        QCOMPARE(ledger->state().token(issued->token.token_id), nullptr);

        // The network is back: the outbox sends the entry, the node publishes it, and the card
        // printed during the outage verifies, with its full summary.
        clock = ledger->outbox().value().front().next_attempt;
        CL_QVERIFY_OK(ledger->refresh());
        QCOMPARE(ledger->last_report().outbox_sent, std::size_t{1});
        seq.set_note(net.publish_now());
        CL_QVERIFY_OK(ledger->refresh());
        QVERIFY(ledger->state().token(issued->token.token_id) != nullptr);
        auto verdict = wallet::verify_emergency_token(issued->token.text, *ledger, {});
        CL_QVERIFY_OK(verdict);
        QVERIFY(verdict->token_id == issued->token.token_id);
        QVERIFY(verdict->summary.has_value());
        auto sealed =
            store({blobs_node.url()}, nullptr, test::kSyncOrigin).get(verdict->summary->blob_id);
        CL_QVERIFY_OK(sealed);
        CL_QVERIFY_OK(token::open_summary(*sealed, *verdict->summary));

        // Revoking it shreds the summary from the node.
        CL_QVERIFY_OK(
            wallet::revoke_emergency_token(patient, *ledger, blobs, issued->token.token_id));
        QVERIFY(!blobs_node.holds(*issued->blob_id));

        // No blob node answers: the card is still issued, without the full summary's pointer,
        // unless the summary is required.
        auto unreachable = store({closed_url()}, &patient.identity().signing(), test::kSyncOrigin);
        wallet::EmergencyIssueOptions need;
        need.require_summary = true;
        CL_QCOMPARE_ERROR(wallet::issue_emergency_token(patient, *ledger, unreachable, need),
                          "blob.unavailable");
        auto bare = wallet::issue_emergency_token(patient, *ledger, unreachable, {});
        CL_QVERIFY_OK(bare);
        QVERIFY(!bare->pending && !bare->blob_id);
        QVERIFY(bare->summary_dropped && bare->summary_dropped->code == "blob.unavailable");
        QVERIFY(bare->token.text.size() < issued->token.text.size());
        seq.set_note(net.publish_now());
        auto bare_verdict = wallet::verify_emergency_token(bare->token.text, *ledger, {});
        CL_QVERIFY_OK(bare_verdict);
        QVERIFY(!bare_verdict->summary.has_value());
        seq.stop();
        qInfo("offline issue: 1 token pending while the sequencer refused, verified with its "
              "summary after the outbox delivered it");
        checks_ += 21;
    }
};

QTEST_GUILESS_MAIN(TestRemoteBlobs)
#include "test_remote_blobs.moc"
