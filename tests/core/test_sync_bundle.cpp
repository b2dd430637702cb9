// The sync bundle (sync_bundle.h): a real log of signed entries with its index, published as
// cosigned checkpoints; bundles built by the node round-trip through CBOR and verify in the
// wallet, first and incremental syncs; and every way a lying node can cheat gives its own code.
#include "crypto/ed25519.h"
#include "ledger/checkpoint.h"
#include "ledger/cosignature.h"
#include "ledger/entry.h"
#include "ledger/merkle.h"
#include "ledger/note.h"
#include "ledger/patient_index.h"
#include "ledger/sync_bundle.h"
#include "test_support.h"

#include <QObject>
#include <memory>
#include <optional>
#include <vector>

using namespace careledger;
using namespace careledger::ledger;

namespace {

const std::string kOrigin = "example.org/consent-log";
constexpr std::uint64_t kNow = 1'800'000'000;

Bytes seed_of(std::uint8_t b) {
    return Bytes(32, b);
}

// A log with its tree and index, as a sequencer keeps them; it can also lie about the index.
struct TestLog {
    tlog::NoteSigner log_key =
        tlog::NoteSigner::from_seed(kOrigin, tlog::kSigTypeEd25519, seed_of(1)).value();
    std::vector<tlog::NoteSigner> witnesses;
    tlog::MemoryHashSource tree;
    PatientIndex index;
    std::vector<Bytes> entries;

    TestLog() {
        for (std::uint8_t i = 0; i < 2; ++i)
            witnesses.push_back(
                tlog::NoteSigner::from_seed("witness.example/w" + std::to_string(i),
                                            tlog::kSigTypeCosignatureV1,
                                            seed_of(static_cast<std::uint8_t>(10 + i)))
                    .value());
    }

    void append(const SignedEntry& e) { append_tagged(e.bytes(), index_tags(e)); }
    void append_tagged(const Bytes& bytes, const std::vector<Hash32>& tags) {
        const Hash32 leaf = tlog::leaf_hash(bytes);
        QVERIFY(index.add_tagged(tags, leaf, entries.size()).ok());
        tree.append(leaf);
        entries.push_back(bytes);
    }

    tlog::CheckpointPolicy policy() const {
        return {log_key.verifier_key(),
                {witnesses[0].verifier_key(), witnesses[1].verifier_key()},
                2,
                86400,
                300};
    }

    // The checkpoint at the current size, signed and cosigned by `cosigners` witnesses.
    std::string publish(std::size_t cosigners = 2, bool with_index = true) {
        tlog::Checkpoint cp{kOrigin, tree.size(), *tlog::root(tree.size(), tree), {}};
        if (with_index)
            cp.extensions.push_back(format_index_extension(index.root()));
        std::string note = *tlog::sign_checkpoint(cp, log_key);
        const std::string text = *tlog::format_checkpoint(cp);
        for (std::size_t i = 0; i < cosigners; ++i)
            note += *tlog::format_signature_line(*tlog::cosign(witnesses[i], text, kNow));
        return note;
    }

    EntryReader reader() const {
        return [this](std::uint64_t i) -> Result<Bytes> {
            if (i >= entries.size())
                return make_error("test.missing", "no such entry");
            return entries[i];
        };
    }

    SyncBundle build(const std::string& note, std::uint64_t old_size,
                     const std::vector<SyncTagRequest>& requests) {
        auto b = build_sync_bundle(note, old_size, requests, index, tree, reader());
        if (!b.ok())
            qFatal("build: %s", b.error().message.c_str());
        return *b;
    }
};

SignedEntry make_entry(const crypto::SigningKey& key, std::uint64_t seq, Payload payload,
                       std::optional<PatientTag> patient) {
    EntryBody body;
    body.author = key.public_key();
    body.time = kNow - 1000 + seq;
    body.seq = seq;
    body.patient = patient;
    body.payload = std::move(payload);
    return sign(std::move(body), key).value();
}

} // namespace

class TestSyncBundle : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        test::init_core();
        patient_key_ = crypto::SigningKey::from_seed(seed_of(2)).value();
        other_key_ = crypto::SigningKey::from_seed(seed_of(3)).value();
        provider_key_ = crypto::SigningKey::from_seed(seed_of(4)).value();
        log_ptr_ = std::make_unique<TestLog>();
        ptag_ = patient_tag(kOrigin, patient().public_key());
        otag_ = patient_tag(kOrigin, other().public_key());
        log().append(make_entry(patient(), 1, IdentityPayload{Role::patient, {}}, ptag_));
        log().append(make_entry(other(), 1, IdentityPayload{Role::patient, {}}, otag_));
        log().append(make_entry(provider(), 1, IdentityPayload{Role::provider, {}}, {}));
        for (std::uint64_t i = 0; i < 30; ++i) {
            Hash32 record{};
            record[0] = static_cast<std::uint8_t>(i);
            log().append(make_entry(i % 3 == 0 ? patient() : other(), 2 + i / 3 * 3 + i % 3,
                                    AnchorPayload{record, "labs"}, i % 3 == 0 ? ptag_ : otag_));
        }
        first_size_ = log().tree.size();
        first_root_ = *tlog::root(first_size_, log().tree);
        first_note_ = log().publish();
    }
    void cleanupTestCase() {
        qInfo("sync bundles: %d verified, %d lying cases rejected with their code, largest %zu "
              "bytes, %d truncations refused",
              verified_, lies_, largest_, truncations_);
    }

    void first_sync_round_trip() {
        const std::vector<SyncTagRequest> req{
            {ptag_, 0}, {directory_tag(), 0}, {crypto::sha256(as_bytes("nobody")), 0}};
        const SyncBundle bundle = log().build(first_note_, 0, req);
        const Bytes wire = encode_sync_bundle(bundle);
        largest_ = std::max(largest_, wire.size());
        auto decoded = decode_sync_bundle(wire);
        CL_QVERIFY_OK(decoded);
        QVERIFY(*decoded == bundle);
        QVERIFY(encode_sync_bundle(*decoded) == wire);
        auto v = verify_sync_bundle(*decoded, log().policy(), kNow, SyncTrustedState{}, req);
        CL_QVERIFY_OK(v);
        QCOMPARE(v->checkpoint.checkpoint.size, first_size_);
        QCOMPARE(v->tags.size(), std::size_t{3});
        QCOMPARE(v->tags[0].entries.size(), std::size_t{11}); // identity + 10 anchors
        for (const auto& e : v->tags[0].entries)
            QVERIFY(e.entry.bytes() == log().entries[e.index]);
        QCOMPARE(v->tags[1].entries.size(), std::size_t{1});
        QVERIFY(!v->tags[2].leaf);
        QVERIFY(v->tags[2].entries.empty());
        ++verified_;
        // Through the callback form too (what the wallet passes NetworkConfig through).
        const auto policy = log().policy();
        const CheckpointVerifier verifier = [&policy](std::string_view note) {
            return tlog::verify_checkpoint(note, policy, kNow);
        };
        CL_QVERIFY_OK(verify_sync_bundle(bundle, verifier, SyncTrustedState{}, req));
        ++verified_;
    }

    void incremental_sync() {
        TestLog log;
        log.append(make_entry(patient(), 1, IdentityPayload{Role::patient, {}}, ptag_));
        log.append(make_entry(other(), 1, IdentityPayload{Role::patient, {}}, otag_));
        const SyncTrustedState old{log.tree.size(), *tlog::root(log.tree.size(), log.tree)};
        for (std::uint64_t i = 0; i < 5; ++i)
            log.append(make_entry(patient(), 2 + i, AnchorPayload{Hash32{}, "labs"}, ptag_));
        const std::vector<SyncTagRequest> req{{ptag_, 1}};
        const SyncBundle bundle = log.build(log.publish(), old.size, req);
        QVERIFY(!bundle.consistency.empty());
        auto v = verify_sync_bundle(bundle, log.policy(), kNow, old, req);
        CL_QVERIFY_OK(v);
        QCOMPARE(v->tags[0].entries.size(), std::size_t{5});
        QCOMPARE(v->tags[0].entries.front().index, std::uint64_t{2});
        // Up to date: nothing new, still proven.
        const std::vector<SyncTagRequest> done{{ptag_, 6}};
        auto none = verify_sync_bundle(log.build(log.publish(), old.size, done), log.policy(), kNow,
                                       old, done);
        CL_QVERIFY_OK(none);
        QVERIFY(none->tags[0].entries.empty());
        verified_ += 2;
    }

    void builder_refuses_a_stale_index() {
        TestLog log;
        log.append(make_entry(patient(), 1, IdentityPayload{Role::patient, {}}, ptag_));
        const std::string note = log.publish();
        log.append(make_entry(patient(), 2, AnchorPayload{Hash32{}, "labs"}, ptag_));
        const std::vector<SyncTagRequest> req{{ptag_, 0}};
        CL_QCOMPARE_ERROR(build_sync_bundle(note, 0, req, log.index, log.tree, log.reader()),
                          "sync.index_out_of_date");
        CL_QCOMPARE_ERROR(build_sync_bundle(note, 5, req, log.index, log.tree, log.reader()),
                          "sync.rollback");
    }

    void lying_node_data() {
        QTest::addColumn<QString>("lie");
        QTest::addColumn<QString>("code");
        const char* rows[][2] = {
            {"foreign log key", "checkpoint.missing_log_signature"},
            {"one cosignature short", "checkpoint.too_few_cosignatures"},
            {"other old size", "sync.old_size_mismatch"},
            {"rollback", "sync.rollback"},
            {"fork", "sync.fork"},
            {"inconsistent tree", "sync.bad_consistency"},
            {"no index root", "sync.index_missing"},
            {"answers another tag", "sync.request_mismatch"},
            {"index leaf altered", "sync.index_mismatch"},
            {"index list substituted", "sync.index_mismatch"},
            {"entry and index dropped", "sync.count_mismatch"},
            {"entry omitted", "sync.omitted_entry"},
            {"entry added", "sync.unexpected_entry"},
            {"entry bytes altered", "sync.bad_inclusion"},
            {"inclusion proof altered", "sync.bad_inclusion"},
            {"entry not about the tag", "sync.wrong_tag"},
            {"garbage entry indexed", "sync.bad_entry"},
        };
        for (const auto& r : rows)
            QTest::newRow(r[0]) << QString(r[0]) << QString(r[1]);
    }

    void lying_node() {
        QFETCH(QString, lie);
        QFETCH(QString, code);
        std::vector<SyncTagRequest> req{{ptag_, 0}};
        std::vector<SyncTagRequest> verify_req = req;
        SyncTrustedState trusted{first_size_, first_root_};
        TestLog later = grown_log();
        const std::string note = later.publish();
        SyncBundle b = later.build(note, first_size_, req);
        const tlog::CheckpointPolicy policy = later.policy();
        SyncBundleTag& t = b.tags[0];

        if (lie == "foreign log key") {
            TestLog other;
            other.log_key =
                tlog::NoteSigner::from_seed(kOrigin, tlog::kSigTypeEd25519, seed_of(99)).value();
            for (const Bytes& e : later.entries)
                other.append_tagged(e, index_tags(*decode_entry(e)));
            b = other.build(other.publish(), first_size_, req);
        } else if (lie == "one cosignature short") {
            b = later.build(later.publish(1), first_size_, req);
        } else if (lie == "other old size") {
            b = later.build(note, 3, req);
        } else if (lie == "rollback") {
            trusted = {later.tree.size() + 5, first_root_};
            b = later.build(note, 0, req);
            b.old_size = trusted.size;
        } else if (lie == "fork") {
            trusted = {later.tree.size(), first_root_};
            b = later.build(note, later.tree.size(), req);
        } else if (lie == "inconsistent tree") {
            trusted.root[0] ^= 1;
        } else if (lie == "no index root") {
            b = later.build(note, first_size_, req);
            b.checkpoint = later.publish(2, false);
        } else if (lie == "answers another tag") {
            verify_req = {{otag_, 0}};
        } else if (lie == "index leaf altered") {
            t.leaf->count += 1;
        } else if (lie == "index list substituted") {
            t.indices[1] += 1;
            t.entries[1].index += 1;
        } else if (lie == "entry and index dropped") {
            t.indices.erase(t.indices.begin() + 2);
            t.entries.erase(t.entries.begin() + 2);
        } else if (lie == "entry omitted") {
            t.entries.erase(t.entries.begin() + 2);
        } else if (lie == "entry added") {
            t.entries.push_back(t.entries.back());
        } else if (lie == "entry bytes altered") {
            t.entries[3].bytes.back() ^= 1;
        } else if (lie == "inclusion proof altered") {
            t.entries[3].inclusion[0][5] ^= 1;
        } else if (lie == "entry not about the tag" || lie == "garbage entry indexed") {
            // A colluding log and witnesses: the cosigned index itself lists a wrong entry under
            // the patient's tag. Only the entry check can catch it.
            TestLog bad;
            for (const Bytes& e : later.entries)
                bad.append_tagged(e, index_tags(*decode_entry(e)));
            if (lie == "entry not about the tag")
                bad.append_tagged(
                    make_entry(other(), 500, AnchorPayload{Hash32{}, "labs"}, otag_).bytes(),
                    {ptag_, otag_});
            else
                bad.append_tagged(to_bytes("not an entry"), {ptag_});
            b = bad.build(bad.publish(), first_size_, req);
        }
        // The lie survives the wire; the verifier catches it.
        auto decoded = decode_sync_bundle(encode_sync_bundle(b));
        CL_QVERIFY_OK(decoded);
        CL_QCOMPARE_ERROR(verify_sync_bundle(*decoded, policy, kNow, trusted, verify_req),
                          code.toStdString().c_str());
        ++lies_;
    }

    void strict_decoding() {
        const std::vector<SyncTagRequest> req{{ptag_, 0}};
        const Bytes wire = encode_sync_bundle(log().build(first_note_, 0, req));
        for (std::size_t n = 0; n < wire.size(); ++n) {
            const Bytes cut(wire.begin(), wire.begin() + static_cast<std::ptrdiff_t>(n));
            CL_QCOMPARE_ERROR(decode_sync_bundle(cut), "sync.malformed");
            ++truncations_;
        }
        Bytes longer = wire;
        longer.push_back(0);
        CL_QCOMPARE_ERROR(decode_sync_bundle(longer), "sync.malformed");
        // Another version number (the first item, 0x01, right after the array head).
        Bytes other = wire;
        QCOMPARE(other[1], std::uint8_t{0x01});
        other[1] = 0x02;
        CL_QCOMPARE_ERROR(decode_sync_bundle(other), "sync.malformed");
    }

private:
    TestLog& log() { return *log_ptr_; }
    const crypto::SigningKey& patient() const { return *patient_key_; }
    const crypto::SigningKey& other() const { return *other_key_; }
    const crypto::SigningKey& provider() const { return *provider_key_; }

    // The shared log plus more entries about both patients.
    TestLog grown_log() {
        TestLog later;
        for (const Bytes& e : log().entries)
            later.append_tagged(e, index_tags(*decode_entry(e)));
        for (std::uint64_t i = 0; i < 6; ++i)
            later.append(make_entry(i % 2 == 0 ? patient() : other(), 100 + i,
                                    AnchorPayload{Hash32{}, "imaging"},
                                    i % 2 == 0 ? ptag_ : otag_));
        return later;
    }

    // Made in initTestCase, after libsodium is initialised.
    std::optional<crypto::SigningKey> patient_key_;
    std::optional<crypto::SigningKey> other_key_;
    std::optional<crypto::SigningKey> provider_key_;
    PatientTag ptag_{};
    PatientTag otag_{};
    std::unique_ptr<TestLog> log_ptr_;
    std::uint64_t first_size_ = 0;
    Hash32 first_root_{};
    std::string first_note_;
    int verified_ = 0;
    int lies_ = 0;
    std::size_t largest_ = 0;
    int truncations_ = 0;
};

QTEST_GUILESS_MAIN(TestSyncBundle)
#include "test_sync_bundle.moc"
