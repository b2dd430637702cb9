// The sequencer in process with three real validators in process (quorum 2 of 3) that mirror its
// tiles, re-validate every entry and check the consistency proof before cosigning:
// receipts, ordering under concurrency, group commit durability, rule codes, publication only
// with quorum, no-quorum reporting and recovery, restart; and the API handler's routes, limits
// and blob owner rules, without sockets.
#include "common/atomic_file.h"
#include "common/time.h"
#include "crypto/ed25519.h"
#include "crypto/hash.h"
#include "in_process_cosigners.h"
#include "ledger/cbor.h"
#include "ledger/checkpoint.h"
#include "ledger/cosignature.h"
#include "ledger/merkle.h"
#include "ledger/patient_index.h"
#include "ledger/sync_bundle.h"
#include "ledger/tiles.h"
#include "ledger/tlog_text.h"
#include "ledger_test_support.h"
#include "node/blob_store.h"
#include "node/directory_tiles.h"
#include "node/http_api.h"
#include "node/receipt.h"
#include "node/sequencer.h"
#include "node/tile_fetcher.h"
#include "node/validator.h"
#include "test_support.h"

#include <atomic>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <thread>

using namespace careledger;
using careledger::test::Actor;
using careledger::test::InProcessValidator;
using namespace std::chrono_literals;

namespace {

const std::string kOrigin = "example.org/careledger-test";

// The network: a registrar, the log key and three validators, quorum 2 of 3.
struct TestNetwork {
    Actor registrar{ledger::Role::registrar};
    tlog::NoteSigner log_key = tlog::NoteSigner::generate(kOrigin, tlog::kSigTypeEd25519).value();
    std::vector<tlog::NoteSigner> validator_keys;
    std::optional<node::NetworkConfig> network;

    TestNetwork() {
        ledger::TrustPolicy trust;
        trust.add_log({tlog::format_vkey(log_key.verifier_key()), ""});
        ledger::PolicyGroup group{"validators", 2, {}};
        for (int i = 1; i <= 3; ++i) {
            const std::string name = "validator-" + std::to_string(i);
            std::string key_name = kOrigin;
            key_name += "/" + name;
            validator_keys.push_back(
                tlog::NoteSigner::generate(key_name, tlog::kSigTypeCosignatureV1).value());
            trust.add_witness({name, tlog::format_vkey(validator_keys.back().verifier_key()), ""});
            group.members.push_back(name);
        }
        trust.add_group(group);
        trust.set_quorum("validators");
        network = node::NetworkConfig::make(kOrigin, {registrar.key()}, trust).value();
    }

    // The validators, each over its own directory beside the sequencer's (so a restart of the
    // sequencer finds them as they were), mirroring the sequencer's tiles.
    std::vector<InProcessValidator*> witnesses;
    Result<std::vector<std::unique_ptr<node::Cosigner>>>
    make_validators(const std::filesystem::path& sequencer_dir) {
        std::vector<std::unique_ptr<node::Cosigner>> out;
        witnesses.clear();
        for (const auto& k : validator_keys) {
            CL_ASSIGN_OR_RETURN(auto copy,
                                tlog::NoteSigner::parse_private_key(k.format_private_key().view()));
            const auto dir = sequencer_dir / "validators" / copy.name().substr(kOrigin.size() + 1);
            CL_ASSIGN_OR_RETURN(
                auto v,
                node::Validator::open(dir, *network, std::move(copy),
                                      std::make_unique<node::DirectoryTileFetcher>(sequencer_dir),
                                      node::make_patient_index_mirror()));
            auto w = std::make_unique<InProcessValidator>(std::move(v));
            witnesses.push_back(w.get());
            out.push_back(std::move(w));
        }
        return out;
    }

    Result<std::unique_ptr<node::Sequencer>> start(const std::filesystem::path& dir,
                                                   node::SequencerOptions opts = {}) {
        opts.data_dir = dir;
        opts.retry_min = 20ms;
        opts.retry_max = 200ms;
        auto key = tlog::NoteSigner::parse_private_key(log_key.format_private_key().view()).value();
        CL_ASSIGN_OR_RETURN(auto validators, make_validators(dir));
        return node::Sequencer::start(*network, std::move(key), std::move(validators),
                                      std::move(opts));
    }
};

std::set<std::string> cosigner_names(const std::string& note, const node::NetworkConfig& net) {
    auto v = net.verify_checkpoint(note, static_cast<std::uint64_t>(now_unix()), 3600);
    std::set<std::string> names;
    if (v.ok())
        for (const auto& c : v->cosigners)
            names.insert(c.name);
    return names;
}

Bytes entry_at(const std::filesystem::path& dir, std::uint64_t index, std::uint64_t size) {
    node::DirectoryTiles tiles(dir);
    const auto n = index / tlog::kTileWidth;
    const auto width = static_cast<unsigned>(
        std::min<std::uint64_t>(tlog::kTileWidth, size - n * tlog::kTileWidth));
    auto bundle = tiles.read_entries(n, width).value();
    return tlog::parse_entry_bundle(bundle, width).value()[index % tlog::kTileWidth];
}

node::ApiRequest request(std::string method, std::string path, std::string body = {}) {
    node::ApiRequest r;
    r.method = std::move(method);
    r.path = std::move(path);
    r.body = std::move(body);
    r.has_content_length = true;
    return r;
}

std::string error_code(const node::ApiResponse& r) {
    auto j = nlohmann::json::parse(r.body, nullptr, false);
    if (j.is_discarded() || !j.contains("error"))
        return "(not a JSON error: " + r.body + ")";
    return j["error"]["code"].get<std::string>();
}

} // namespace

class TestSequencer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::init_core(); }

    void receipt_round_trip() {
        auto key = tlog::NoteSigner::generate(kOrigin, tlog::kSigTypeEd25519).value();
        const node::SequencingReceipt r{kOrigin, 41, crypto::sha256(as_bytes("x")), 1'800'000'000};
        auto note = node::sign_receipt(r, key);
        CL_QVERIFY_OK(note);
        QVERIFY(note->starts_with("careledger.org/receipt/v1\n" + kOrigin + "\n41\n"));
        auto opened = node::open_receipt(*note, key.verifier_key());
        CL_QVERIFY_OK(opened);
        QCOMPARE(*opened, r);

        auto other = tlog::NoteSigner::generate(kOrigin, tlog::kSigTypeEd25519).value();
        CL_QCOMPARE_ERROR(node::open_receipt(*note, other.verifier_key()), "receipt.bad_signature");
        std::string tampered = *note;
        tampered.replace(tampered.find("\n41\n"), 4, "\n42\n");
        CL_QCOMPARE_ERROR(node::open_receipt(tampered, key.verifier_key()),
                          "receipt.bad_signature");
        auto wrong_origin = node::SequencingReceipt{r};
        wrong_origin.origin = "elsewhere";
        CL_QCOMPARE_ERROR(node::sign_receipt(wrong_origin, key), "receipt.origin_mismatch");
        CL_QCOMPARE_ERROR(node::parse_receipt_text("careledger.org/receipt/v1\nx\n01\n"),
                          "receipt.malformed");
        CL_QCOMPARE_ERROR(node::parse_receipt_text("careledger.org/receipt/v2\no\n1\n" +
                                                   tlog::format_hash(r.leaf_hash) + "\n5\n"),
                          "receipt.bad_header");
        CL_QCOMPARE_ERROR(node::parse_receipt_text("careledger.org/receipt/v1\no\n01\n" +
                                                   tlog::format_hash(r.leaf_hash) + "\n5\n"),
                          "receipt.bad_index");
    }

    // Many threads submit at once: every receipt verifies, indices are a permutation of
    // 0..n-1, each leaf in the tiles is the entry receipted there, the candidate on disk already
    // covers every receipt, and a checkpoint with at least two cosignatures gets published.
    void concurrent_submissions_are_ordered_durable_and_published() {
        test::TempDir dir;
        TestNetwork net;
        auto seq = net.start(dir.path()).value();
        constexpr std::size_t kThreads = 8;
        constexpr int kPerThread = 40;
        std::vector<std::vector<std::pair<Bytes, std::string>>> done(kThreads);
        std::vector<std::thread> threads;
        threads.reserve(kThreads);
        for (std::size_t t = 0; t < kThreads; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < kPerThread; ++i) {
                    Actor patient(ledger::Role::patient);
                    auto e = patient.identity_entry(kOrigin);
                    auto r = seq->submit(e);
                    done[t].emplace_back(e, r.ok() ? *r : "error " + r.error().code);
                }
            });
        }
        for (auto& th : threads)
            th.join();
        const std::uint64_t n = kThreads * kPerThread;
        std::set<std::uint64_t> indices;
        std::uint64_t max_deadline = 0;
        const auto candidate = read_file(dir / "candidate", 1 << 16).value();
        const auto durable =
            tlog::open_checkpoint(to_string(candidate), net.log_key.verifier_key());
        CL_QVERIFY_OK(durable);
        for (const auto& per_thread : done) {
            for (const auto& [bytes, note] : per_thread) {
                auto r = node::open_receipt(note, net.log_key.verifier_key());
                QVERIFY2(r.ok(), note.c_str());
                QCOMPARE(r->origin, kOrigin);
                QCOMPARE(r->leaf_hash, tlog::leaf_hash(bytes));
                QVERIFY(r->index < durable->size);
                QCOMPARE(entry_at(dir.path(), r->index, durable->size), bytes);
                QVERIFY(r->deadline >= static_cast<std::uint64_t>(now_unix()));
                indices.insert(r->index);
                max_deadline = std::max(max_deadline, r->deadline);
            }
        }
        QCOMPARE(indices.size(), static_cast<std::size_t>(n));
        QCOMPARE(*indices.rbegin(), n - 1);
        QVERIFY(seq->wait_published(n, 10s));
        const auto note = seq->published_checkpoint();
        QVERIFY(cosigner_names(note, *net.network).size() >= 2);
        QCOMPARE(read_file(dir / "checkpoint", 1 << 16).value(), to_bytes(note));
        const auto stats = seq->stats();
        QCOMPARE(stats.entries_total, n);
        QVERIFY(stats.batches_total <= n);
        qInfo("%llu entries from %zu threads in %llu group commits; published size %llu with %zu "
              "cosignatures",
              static_cast<unsigned long long>(n), kThreads,
              static_cast<unsigned long long>(stats.batches_total),
              static_cast<unsigned long long>(stats.published_size),
              cosigner_names(note, *net.network).size());
    }

    void rejections_carry_the_rule_code_data() {
        QTest::addColumn<bool>("verify_on_admission");
        QTest::newRow("verified by the state machine") << false;
        QTest::newRow("verified on admission too") << true;
    }

    void rejections_carry_the_rule_code() {
        QFETCH(bool, verify_on_admission);
        test::TempDir dir;
        TestNetwork net;
        node::SequencerOptions opts;
        opts.verify_on_admission = verify_on_admission;
        auto seq = net.start(dir.path(), opts).value();
        Actor patient(ledger::Role::patient);
        const auto identity = patient.identity_entry(kOrigin);
        CL_QVERIFY_OK(seq->submit(identity));
        CL_QCOMPARE_ERROR(seq->submit(identity), "rule.replay");
        Actor unknown(ledger::Role::patient);
        CL_QCOMPARE_ERROR(seq->submit(unknown.entry(
                              ledger::AnchorPayload{crypto::sha256(as_bytes("r")), "allergies"},
                              unknown.tag(kOrigin))),
                          "rule.unknown_author");
        auto forged = Actor(ledger::Role::patient).identity_entry(kOrigin);
        forged[forged.size() - 1] ^= 0x01; // last byte of the signature
        CL_QCOMPARE_ERROR(seq->submit(forged), "rule.bad_signature");
        const auto skewed = Actor(ledger::Role::patient)
                                .identity_entry(kOrigin); // time now: fine; a skewed one below
        CL_QVERIFY_OK(seq->submit(skewed));
        Actor late(ledger::Role::patient);
        CL_QCOMPARE_ERROR(
            seq->submit(late.entry(
                ledger::IdentityPayload{ledger::Role::patient, late.identity().box_public_key()},
                late.tag(kOrigin), static_cast<std::uint64_t>(now_unix()) - 7200)),
            "rule.clock_skew");
        CL_QCOMPARE_ERROR(seq->submit(as_bytes("not cbor")), "cbor.truncated");
        CL_QCOMPARE_ERROR(seq->submit(Bytes(70000, 0)), "request.too_large");
        const auto stats = seq->stats();
        std::map<std::string, std::uint64_t> rejected(stats.rejected.begin(), stats.rejected.end());
        QCOMPARE(rejected["rule.replay"], 1U);
        QCOMPARE(rejected["rule.unknown_author"], 1U);
        QCOMPARE(rejected["rule.bad_signature"], 1U);
        QCOMPARE(stats.entries_total, 2U);
        qInfo("%zu distinct rejection codes counted", rejected.size());
    }

    // Two of three validators offline: entries are receipted but never published, the node
    // reports node.no_quorum and then refuses entries; one validator back: publication resumes.
    void no_quorum_is_reported_and_recovers() {
        test::TempDir dir;
        TestNetwork net;
        node::SequencerOptions opts;
        opts.no_quorum_after = 2;
        auto seq = net.start(dir.path(), opts).value();
        Actor patient(ledger::Role::patient);
        CL_QVERIFY_OK(seq->submit(patient.identity_entry(kOrigin)));
        QVERIFY(seq->wait_published(1, 5s));
        net.witnesses[0]->online = false;
        CL_QVERIFY_OK(seq->submit(Actor(ledger::Role::patient).identity_entry(kOrigin)));
        QVERIFY(seq->wait_published(2, 5s)); // 2 of 3 still cosign
        net.witnesses[1]->online = false;
        CL_QVERIFY_OK(seq->submit(Actor(ledger::Role::patient).identity_entry(kOrigin)));
        QVERIFY(!seq->wait_published(3, 1s));
        QTRY_VERIFY_WITH_TIMEOUT(seq->stats().no_quorum, 5000);
        QCOMPARE(seq->stats().published_size, 2U);
        QVERIFY(cosigner_names(seq->published_checkpoint(), *net.network).size() >= 2);
        CL_QCOMPARE_ERROR(seq->submit(Actor(ledger::Role::patient).identity_entry(kOrigin)),
                          "node.no_quorum");
        net.witnesses[1]->online = true;
        seq->nudge_cosigning();
        QVERIFY(seq->wait_published(3, 5s));
        QVERIFY(!seq->stats().no_quorum);
        CL_QVERIFY_OK(seq->submit(Actor(ledger::Role::patient).identity_entry(kOrigin)));
        QVERIFY(seq->wait_published(4, 5s));
        qInfo("no quorum with 1 of 3 validators; published size %llu after recovery",
              static_cast<unsigned long long>(seq->stats().published_size));
    }

    // Entries receipted but not yet published survive a restart and are published after it;
    // the state machine continues where it was (a replay is still refused).
    // More entries than the queue holds are refused at once with node.overloaded; over HTTP that
    // is a 429 with Retry-After. Nothing refused is sequenced.
    void a_full_queue_answers_overloaded() {
        test::TempDir dir;
        TestNetwork net;
        node::SequencerOptions opts;
        opts.max_queue = 2;
        auto seq = net.start(dir.path(), opts).value();
        std::vector<Bytes> three;
        three.reserve(3);
        for (int i = 0; i < 3; ++i)
            three.push_back(Actor(ledger::Role::patient).identity_entry(kOrigin));
        const auto results = seq->submit_many(three);
        for (const auto& r : results)
            CL_QCOMPARE_ERROR(r, "node.overloaded");
        QCOMPARE(seq->stats().tree_size, 0U);
        node::ApiConfig cfg;
        cfg.data_dir = dir.path();
        cfg.origin = kOrigin;
        cfg.sequencer = seq.get();
        const node::ApiHandler api(cfg);
        cbor::Array batch;
        for (const auto& e : three)
            batch.push_back(cbor::Value::bytes(e));
        auto r = api.handle(
            request("POST", "add-entries", to_string(cbor::encode(cbor::Value::array(batch)))));
        QCOMPARE(r.status, 200);
        const auto answer = cbor::decode(as_bytes(r.body)).value();
        QCOMPARE(*answer.if_array()->at(0).if_array()->at(0).if_uint(), 429U);
        // Two fit.
        three.pop_back();
        for (const auto& one : seq->submit_many(three))
            CL_QVERIFY_OK(one);
        QCOMPARE(seq->stats().tree_size, 2U);
        qInfo("queue of 2: 3 refused as overloaded, 2 sequenced");
    }

    void restart_resumes() {
        test::TempDir dir;
        TestNetwork net;
        Actor patient(ledger::Role::patient);
        const auto identity = patient.identity_entry(kOrigin);
        {
            auto seq = net.start(dir.path()).value();
            CL_QVERIFY_OK(seq->submit(identity));
            QVERIFY(seq->wait_published(1, 5s));
            for (auto* w : net.witnesses)
                w->online = false;
            CL_QVERIFY_OK(seq->submit(Actor(ledger::Role::patient).identity_entry(kOrigin)));
            QCOMPARE(seq->stats().tree_size, 2U);
            QCOMPARE(seq->stats().published_size, 1U);
        }
        // The restarted sequencer has not heard from the validators: it learns their size (1) from
        // the 409 and sends a proof from there.
        auto seq = net.start(dir.path()).value();
        QCOMPARE(seq->stats().tree_size, 2U);
        QVERIFY(seq->wait_published(2, 5s));
        CL_QCOMPARE_ERROR(seq->submit(identity), "rule.replay");
        auto next = seq->submit(
            patient.entry(ledger::AnchorPayload{crypto::sha256(as_bytes("record")), "allergies"},
                          patient.tag(kOrigin)));
        CL_QVERIFY_OK(next);
        QCOMPARE(node::open_receipt(*next, net.log_key.verifier_key())->index, 2U);
        QVERIFY(seq->wait_published(3, 5s));

        // A tampered tile is refused at start.
        seq.reset();
        auto bundle = dir / "tile/entries/000.p/3";
        auto bytes = read_file(bundle, 1 << 20).value();
        bytes[bytes.size() - 1] ^= 0x01;
        CL_QVERIFY_OK(write_file_atomically(bundle, bytes));
        CL_QCOMPARE_ERROR(net.start(dir.path()), "node.bad_data");
        qInfo("restart resumed at size 2 and published size 3");
    }

    void api_routes_limits_and_errors() {
        test::TempDir dir;
        TestNetwork net;
        auto seq = net.start(dir.path()).value();
        node::ApiConfig cfg;
        cfg.role = node::NodeRole::sequencer;
        cfg.data_dir = dir.path();
        cfg.origin = kOrigin;
        cfg.sequencer = seq.get();
        const node::ApiHandler api(cfg);

        Actor patient(ledger::Role::patient);
        const auto identity = patient.identity_entry(kOrigin);
        auto r = api.handle(request("POST", "add-entry", to_string(identity)));
        QCOMPARE(r.status, 200);
        CL_QVERIFY_OK(node::open_receipt(r.body, net.log_key.verifier_key()));
        r = api.handle(request("POST", "add-entry", to_string(identity)));
        QCOMPARE(r.status, 422);
        QCOMPARE(error_code(r), std::string("rule.replay"));
        r = api.handle(request("POST", "add-entry", std::string(70000, 'x')));
        QCOMPARE(r.status, 413);
        QCOMPARE(error_code(r), std::string("request.too_large"));
        auto no_length = request("POST", "add-entry", "x");
        no_length.has_content_length = false;
        QCOMPARE(api.handle(no_length).status, 411);
        QCOMPARE(api.handle(request("GET", "add-entry")).status, 405);
        QCOMPARE(api.handle(request("POST", "add-checkpoint", "old 0\n\n")).status, 404);
        QCOMPARE(api.handle(request("GET", "nothing/here")).status, 404);
        QCOMPARE(api.handle(request("GET", "tile/0/x001")).status, 404);

        QVERIFY(seq->wait_published(1, 5s));
        r = api.handle(request("GET", "checkpoint"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, seq->published_checkpoint());
        r = api.handle(request("GET", "tile/entries/000.p/1"));
        QCOMPARE(r.status, 200);
        QCOMPARE(as_bytes(r.body).size(), identity.size() + 2);
        QVERIFY(std::any_of(r.headers.begin(), r.headers.end(), [](const auto& h) {
            return h.second.find("immutable") != std::string::npos;
        }));
        r = api.handle(request("GET", "healthz"));
        auto health = nlohmann::json::parse(r.body);
        QCOMPARE(health["status"].get<std::string>(), std::string("ok"));
        QCOMPARE(health["published_size"].get<std::uint64_t>(), 1U);
        r = api.handle(request("GET", "metrics"));
        QVERIFY(r.body.find("careledger_entries_total 1\n") != std::string::npos);
        QVERIFY(r.body.find("careledger_entries_rejected_total{code=\"rule.replay\"} 1\n") !=
                std::string::npos);

        // Batch endpoint: one good entry, one replay.
        cbor::Array batch{cbor::Value::bytes(Actor(ledger::Role::patient).identity_entry(kOrigin)),
                          cbor::Value::bytes(identity)};
        r = api.handle(
            request("POST", "add-entries", to_string(cbor::encode(cbor::Value::array(batch)))));
        QCOMPARE(r.status, 200);
        auto answer = cbor::decode(as_bytes(r.body)).value();
        QCOMPARE(answer.if_array()->size(), 2U);
        QCOMPARE(*(*answer.if_array())[0].if_array()->at(0).if_uint(), 0U);
        QCOMPARE(*(*answer.if_array())[1].if_array()->at(1).if_text(), std::string("rule.replay"));

        // A validator-only node does not sequence.
        node::ApiConfig vcfg = cfg;
        vcfg.role = node::NodeRole::validator;
        const node::ApiHandler validator_api(vcfg);
        r = validator_api.handle(request("POST", "add-entry", to_string(identity)));
        QCOMPARE(r.status, 503);
        QCOMPARE(error_code(r), std::string("node.not_sequencer"));

        // The sync bundle for the patient's tag verifies against the network policy and carries
        // the patient's IDENTITY; the checkpoint it answers for carries the index line.
        QVERIFY(seq->wait_published(seq->stats().tree_size, 5s));
        const auto tag = patient.tag(kOrigin);
        auto sync = request("GET", "careledger/v1/sync");
        sync.query = {{"old", "0"}, {"tag", to_hex(tag) + ":0"}};
        r = api.handle(sync);
        QCOMPARE(r.status, 200);
        auto bundle = ledger::decode_sync_bundle(as_bytes(r.body));
        CL_QVERIFY_OK(bundle);
        const std::array<ledger::SyncTagRequest, 1> wanted{ledger::SyncTagRequest{tag, 0}};
        const auto verify = [&](std::string_view note) {
            return net.network->verify_checkpoint(note, static_cast<std::uint64_t>(now_unix()),
                                                  3600);
        };
        auto synced = ledger::verify_sync_bundle(*bundle, verify, {}, wanted);
        CL_QVERIFY_OK(synced);
        QCOMPARE(synced->tags.size(), 1U);
        QCOMPARE(synced->tags[0].entries.size(), 1U);
        QCOMPARE(synced->tags[0].entries[0].entry.bytes(), identity);
        CL_QVERIFY_OK(ledger::parse_index_extension(synced->checkpoint.checkpoint));
        auto rollback = request("GET", "careledger/v1/sync");
        rollback.query = {{"old", "1000"}};
        QCOMPARE(api.handle(rollback).status, 400);
        auto bad_sync = request("GET", "careledger/v1/sync");
        bad_sync.query = {{"tag", "zz:1"}};
        QCOMPARE(api.handle(bad_sync).status, 400);
        qInfo("API routes checked");
    }

    void blobs_follow_the_owner_rules() {
        test::TempDir dir;
        node::ApiConfig cfg;
        cfg.role = node::NodeRole::validator;
        cfg.data_dir = dir.path();
        cfg.origin = kOrigin;
        const node::ApiHandler api(cfg);
        const auto owner = crypto::SigningKey::generate();
        const std::string blob = "sealed emergency summary";
        const auto hash = crypto::sha256(as_bytes(blob));
        const auto id = to_hex(hash);
        const auto now = node::now_unix_ms();
        auto put = request("PUT", "careledger/v1/blob/" + id, blob);
        QCOMPARE(api.handle(put).status, 400); // no owner
        put.headers["careledger-blob-owner"] = to_hex(owner.public_key());
        QCOMPARE(api.handle(put).status, 403); // not signed
        put.headers["careledger-timestamp"] = std::to_string(now);
        put.headers["careledger-signature"] = to_base64(
            owner.sign(as_bytes(node::blob_put_message(kOrigin, hash, owner.public_key(), now))));
        QCOMPARE(api.handle(put).status, 201);
        auto wrong = request("PUT", "careledger/v1/blob/" + id, blob + "!");
        wrong.headers = put.headers;
        QCOMPARE(error_code(api.handle(wrong)), std::string("blob.mismatch"));
        const auto other = crypto::SigningKey::generate();
        auto other_owner = put;
        other_owner.headers["careledger-blob-owner"] = to_hex(other.public_key());
        other_owner.headers["careledger-signature"] = to_base64(
            other.sign(as_bytes(node::blob_put_message(kOrigin, hash, other.public_key(), now))));
        QCOMPARE(api.handle(other_owner).status, 403);
        auto get = api.handle(request("GET", "careledger/v1/blob/" + id));
        QCOMPARE(get.status, 200);
        QCOMPARE(get.body, blob);
        QCOMPARE(api.handle(request("GET", "careledger/v1/blob/" + std::string(64, 'A'))).status,
                 404);

        const auto message = node::blob_delete_message(kOrigin, hash, now + 1);
        auto del = request("DELETE", "careledger/v1/blob/" + id);
        QCOMPARE(api.handle(del).status, 403);
        del.headers["careledger-timestamp"] = std::to_string(now + 1);
        const auto stranger = crypto::SigningKey::generate();
        del.headers["careledger-signature"] = to_base64(stranger.sign(as_bytes(message)));
        QCOMPARE(api.handle(del).status, 403);
        del.headers["careledger-signature"] = to_base64(owner.sign(as_bytes(message)));
        QCOMPARE(api.handle(del).status, 200);
        QCOMPARE(api.handle(request("GET", "careledger/v1/blob/" + id)).status, 404);
        qInfo("blob owner rules checked");
    }
};

QTEST_GUILESS_MAIN(TestSequencer)
#include "test_sequencer.moc"
