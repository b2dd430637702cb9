// A CareLedger network of real careledgerd processes on loopback: one sequencer and three
// validators (quorum 2 of 3), keys made with --init. Real signed entries (identities, a
// certification, a grant, an access, a revoke) are POSTed; receipts verify and checkpoints are
// published with at least two cosignatures. Then real wallets — careledger-cli processes of a
// registrar, a patient, a provider and a clinician, each in its own home — use the network as
// users do: certify, grant, read, revoke (the read is then refused with the rule's code), the
// verified audit and sync, an emergency token whose sealed summary lives on the node, verified by
// the clinician (logged, and the patient's sync raises the alert), a wrong policy, an unreachable
// node (the entry is queued and later sent). One validator killed: publication continues, for the
// wallets too. A second killed: nothing more is published, /healthz and add-entry say
// node.no_quorum, and the wallet's grant is queued with the reason naming the quorum.
#include "cli_runner.h"
#include "common/time.h"
#include "crypto/hash.h"
#include "crypto/identity.h"
#include "daemon_process.h"
#include "ledger/checkpoint.h"
#include "ledger/sync_bundle.h"
#include "ledger/trust_policy.h"
#include "ledger_test_support.h"
#include "node/network_config.h"
#include "node/receipt.h"
#include "sync/remote_blob_store.h"
#include "test_support.h"

#include <QProcess>
#include <QTest>
#include <chrono>
#include <fstream>
#include <httplib.h>
#include <memory>
#include <nlohmann/json.hpp>

using namespace careledger;
using careledger::test::Actor;
using careledger::test::free_port;
using careledger::test::line_value;

namespace {

const std::string kOrigin = "test.example.org/careledger-network";

std::string run_init(const QStringList& args) {
    return test::run_daemon_once(QStringLiteral(CARELEDGERD), args);
}

// careledgerd processes of this test.
class Node : public test::DaemonProcess {
public:
    Node() : DaemonProcess(QStringLiteral(CARELEDGERD)) {}
};

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

    // ---- Wallets: careledger-cli processes, each in its own home under the test directory ----

    std::filesystem::path home(const std::string& who) { return dir_ / "homes" / who; }

    // careledger-cli --json --ledger <nodes> --network <dir> ARGS as `who`.
    test::CliRun wallet_cli(const std::string& who, const QStringList& args,
                            const std::string& nodes = {}, const std::string& network = {}) {
        const auto net = network.empty() ? (dir_ / "network").string() : network;
        return run_cli(home(who),
                       QStringList{"--ledger",
                                   QString::fromStdString(nodes.empty() ? sequencer_.url() : nodes),
                                   "--network", QString::fromStdString(net)} +
                           args);
    }

    static test::CliRun run_cli(const std::filesystem::path& home, const QStringList& args) {
        return test::run_cli(home, args, kPassphrase);
    }

    // Waits until everything the sequencer has taken is published with the quorum's cosignatures.
    bool settle(int timeout_ms = 15000) {
        auto health = client_->Get("/healthz");
        if (!health || health->status != 200)
            return false;
        const auto j = nlohmann::json::parse(health->body, nullptr, false);
        if (j.is_discarded() || !j.contains("tree_size"))
            return false;
        return wait_published(j["tree_size"].get<std::uint64_t>(), timeout_ms);
    }

    // The node's copy of a blob (empty optional when it has none).
    std::optional<std::string> node_blob(const QString& id_hex) {
        auto res = client_->Get("/careledger/v1/blob/" + id_hex.toStdString());
        if (!res || res->status != 200)
            return std::nullopt;
        return res->body;
    }

    // Exactly one line on standard error, "error: ... (code)".
    static bool one_error_line(const test::CliRun& r) {
        return r.err.startsWith("error: ") && r.err.count('\n') == 1;
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
        // A registrar's CLI wallet, named by the network's policy beside the test's own.
        auto reg = run_cli(home("registrar"),
                           {"wallet", "create", "--role", "registrar", "--name", "Net Registrar"});
        QCOMPARE(reg.exit_code, 0);
        const auto reg_key = from_hex(reg.obj().value("public_key").toString().toStdString());
        CL_QVERIFY_OK(reg_key);
        const auto cli_registrar = crypto::public_key_from(*reg_key);
        CL_QVERIFY_OK(cli_registrar);
        network_ =
            node::NetworkConfig::make(kOrigin, {registrar_->key(), *cli_registrar}, trust).value();
        std::filesystem::create_directories(dir_ / "network");
        CL_QVERIFY_OK(network_->save(dir_ / "network"));
        // A wrong pin: the same origin and validators under another log key.
        const auto other_log =
            line_value(run_init({"--init", "--role", "sequencer", "--data",
                                 QString::fromStdString((dir_ / "other-sequencer").string()),
                                 "--origin", QString::fromStdString(kOrigin)}),
                       "log-vkey");
        QVERIFY(!other_log.empty());
        ledger::TrustPolicy wrong_trust;
        wrong_trust.add_log({other_log, ""});
        for (int i = 1; i <= 3; ++i)
            wrong_trust.add_witness(
                {"validator-" + std::to_string(i), vkeys[static_cast<std::size_t>(i - 1)], ""});
        wrong_trust.add_group(group);
        wrong_trust.set_quorum("validators");
        const auto wrong = node::NetworkConfig::make(kOrigin, {registrar_->key()}, wrong_trust);
        CL_QVERIFY_OK(wrong);
        std::filesystem::create_directories(dir_ / "network-wrong");
        CL_QVERIFY_OK(wrong->save(dir_ / "network-wrong"));

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
              << "validators = " << urls.join(',').toStdString() << "\n"
              << "blob-max-per-owner = 2\n";
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

    // Real wallets over the network, as users drive them.
    void wallets_grant_read_revoke_audit() {
        const auto made = [&](const std::string& who, const QString& role, const QString& name) {
            auto r = wallet_cli(who, {"wallet", "create", "--role", role, "--name", name});
            if (r.exit_code != 0 || r.obj().contains("registration_error"))
                qWarning("%s: %s", who.c_str(), r.out.constData());
            return r.obj();
        };
        const auto provider = made("provider", "provider", "Dr. Wallet");
        const auto clinician = made("clinician", "provider", "Dr. Emergency");
        const auto patient = made("patient", "patient", "Pat Network");
        QCOMPARE(provider.value("key_id").toString().size(), 32);
        QCOMPARE(clinician.value("key_id").toString().size(), 32);
        QVERIFY(!patient.contains("registration_error"));
        patient_tag_ = patient.value("tag").toString();
        QCOMPARE(patient_tag_.size(), 64);
        provider_key_ = provider.value("key_id").toString();
        clinician_key_ = clinician.value("key_id").toString();
        QVERIFY(settle());

        // The registrar certifies both (registering its own identity on first use).
        int certified = 0;
        for (const auto* who : {&provider, &clinician}) {
            auto r =
                wallet_cli("registrar", {"provider", "certify", who->value("public_key").toString(),
                                         "--name", who->value("name").toString(), "--org",
                                         "Net Hospital", "--role", "emergency-department"});
            QCOMPARE(r.exit_code, 0);
            QVERIFY(!r.obj().value("queued").toBool());
            QVERIFY(settle());
            ++certified;
        }
        auto directory = wallet_cli("patient", {"directory", "list"});
        QCOMPARE(directory.exit_code, 0);
        QCOMPARE(directory.arr().size(), 3); // Dr. Net (posted above) and the two wallets

        // Grant, read under it, revoke; the read after the revoke is refused by the rule.
        auto grant =
            wallet_cli("patient", {"grant", "create", "--to", provider_key_, "--categories",
                                   "allergies,medications", "--until", "30d"});
        QCOMPARE(grant.exit_code, 0);
        const auto grant_id = grant.obj().value("grant_id").toString();
        QCOMPARE(grant_id.size(), 64);
        QVERIFY(settle());
        const QStringList read{"access",  "record", "--patient",    patient_tag_,
                               "--grant", grant_id, "--categories", "allergies"};
        auto first = wallet_cli("provider", read);
        QCOMPARE(first.exit_code, 0);
        QVERIFY(settle());
        auto list = wallet_cli("patient", {"grant", "list"});
        QCOMPARE(list.exit_code, 0);
        QCOMPARE(list.arr().size(), 1);
        QCOMPARE(list.arr()[0].toObject().value("status").toString(), QString("active"));
        auto revoke = wallet_cli("patient", {"grant", "revoke", grant_id});
        QCOMPARE(revoke.exit_code, 0);
        QVERIFY(revoke.obj().value("revoked").toBool());
        QVERIFY(settle());
        auto refused = wallet_cli("provider", read);
        QCOMPARE(refused.exit_code, 1);
        QCOMPARE(refused.error_code(), QString("rule.access_grant_revoked"));
        QVERIFY(one_error_line(refused));

        // sync reports what it verified; audit lists the read, verified against the log.
        auto sync = wallet_cli("patient", {"sync"});
        QCOMPARE(sync.exit_code, 0);
        const auto rep = sync.obj();
        QVERIFY(rep.value("remote").toBool());
        QCOMPARE(static_cast<std::uint64_t>(rep.value("size").toInteger()), published().first);
        QVERIFY(rep.value("cosigners").toInt() >= 2);
        QVERIFY(rep.value("entries_verified").toInt() >= 1); // at least the revoke
        QVERIFY(rep.value("proofs_verified").toInt() >= 2);
        QVERIFY(rep.value("bytes").toInt() > 0);
        auto audit = wallet_cli("patient", {"audit"});
        QCOMPARE(audit.exit_code, 0);
        QCOMPARE(audit.arr().size(), 1);
        const auto event = audit.arr()[0].toObject();
        QVERIFY(event.value("verified").toBool());
        QCOMPARE(event.value("reader").toString(), provider_key_);
        QCOMPARE(event.value("reader_name").toString(), QString("Dr. Wallet"));
        QCOMPARE(event.value("basis").toString(), QString("grant"));
        auto status = wallet_cli("provider", {"ledger", "status"});
        QCOMPARE(status.exit_code, 0);
        QCOMPARE(status.obj().value("providers").toInt(), 3);
        qInfo("%d certified over the network; audit: %lld verified access; sync verified %d "
              "entries and %d proofs with %d cosignatures (%d bytes); refused read: %s",
              certified, static_cast<long long>(audit.arr().size()),
              rep.value("entries_verified").toInt(), rep.value("proofs_verified").toInt(),
              rep.value("cosigners").toInt(), rep.value("bytes").toInt(),
              qPrintable(refused.error_code()));
    }

    // The emergency token's sealed summary lives on the node; the clinician verifies and logs the
    // read; the patient's sync raises the alert; revoking shreds the summary on the node too.
    void wallets_emergency_token() {
        QCOMPARE(wallet_cli("patient", {"emergency", "set", "blood-type", "A+"}).exit_code, 0);
        QCOMPARE(
            wallet_cli("patient", {"emergency", "set", "allergy", "penicillin!high"}).exit_code, 0);
        auto issued = wallet_cli("patient", {"token", "issue", "--expires", "7d"});
        QCOMPARE(issued.exit_code, 0);
        const auto token = issued.obj().value("token").toString();
        const auto token_id = issued.obj().value("token_id").toString();
        const auto blob_id = issued.obj().value("blob_id").toString();
        QVERIFY(token.startsWith("CL1:"));
        QCOMPARE(blob_id.size(), 64);
        const auto blob = node_blob(blob_id);
        QVERIFY(blob.has_value());
        QCOMPARE(QString::fromStdString(to_hex(view(crypto::sha256(as_bytes(*blob))))), blob_id);
        QVERIFY(settle());

        auto verified = wallet_cli("clinician", {"token", "verify", "--text", token});
        QCOMPARE(verified.exit_code, 0);
        const auto v = verified.obj();
        QVERIFY(v.value("valid").toBool());
        QVERIFY(v.value("logged").toBool());
        QVERIFY(v.value("summary_available").toBool());
        QCOMPARE(v.value("patient_tag").toString(), patient_tag_);
        QVERIFY(settle());

        auto sync = wallet_cli("patient", {"sync"});
        QCOMPARE(sync.exit_code, 0);
        int emergency_alerts = 0;
        for (const auto& a : sync.obj().value("alerts").toArray())
            emergency_alerts += a.toObject().value("kind").toString() == "emergency_access" ? 1 : 0;
        QCOMPARE(emergency_alerts, 1);
        QVERIFY(sync.obj().value("new_alerts").toInt() >= 1);
        auto audit = wallet_cli("patient", {"audit"});
        QCOMPARE(audit.exit_code, 0);
        QCOMPARE(audit.arr().size(), 2);
        QCOMPARE(audit.arr()[1].toObject().value("basis").toString(), QString("emergency"));
        QCOMPARE(audit.arr()[1].toObject().value("reader").toString(), clinician_key_);
        QVERIFY(audit.arr()[1].toObject().value("verified").toBool());

        // Revoked: the summary is shredded on the node and the clinician is refused.
        auto revoked = wallet_cli("patient", {"token", "revoke", token_id});
        QCOMPARE(revoked.exit_code, 0);
        QVERIFY(!node_blob(blob_id).has_value());
        QVERIFY(settle());
        auto after = wallet_cli("clinician", {"token", "verify", "--text", token});
        QCOMPARE(after.exit_code, 3);
        QCOMPARE(after.obj().value("code").toString(), QString("token.revoked"));
        qInfo("emergency token: summary blob %s on the node (%zu bytes), access logged, %d alert, "
              "revoked and shredded",
              qPrintable(blob_id.left(12)), blob->size(), emergency_alerts);
    }

    // The node stores sealed summaries for its ledger's patients only (blob-owners defaults to
    // patients), and no more than the quota its config file sets (blob-max-per-owner = 2).
    void blobs_are_stored_for_patients_only_within_their_quota() {
        Actor stranger(ledger::Role::patient); // signs its requests, never registered
        Actor patient(ledger::Role::patient);
        CL_QVERIFY_OK(post(patient.identity_entry(kOrigin)));
        const auto store_of = [&](const Actor& owner) {
            sync::RemoteBlobStoreOptions options;
            options.nodes = {"http://127.0.0.1:" + std::to_string(sequencer_.port())};
            options.origin = kOrigin;
            return sync::RemoteBlobStore::create(std::move(options), &owner.identity().signing())
                .value();
        };
        const auto blob = [](int i) { return to_bytes("sealed summary " + std::to_string(i)); };
        const auto id = [&](int i) { return crypto::sha256(blob(i)); };
        auto strangers = store_of(stranger);
        CL_QCOMPARE_ERROR(strangers.put(id(0), blob(0)), "blob.unknown_owner");
        auto patients = store_of(patient);
        CL_QVERIFY_OK(patients.put(id(1), blob(1)));
        CL_QVERIFY_OK(patients.put(id(2), blob(2)));
        CL_QCOMPARE_ERROR(patients.put(id(3), blob(3)), "blob.quota");
        QVERIFY(!node_blob(QString::fromStdString(to_hex(view(id(3))))).has_value());
        // Deleting one makes room for the next.
        CL_QVERIFY_OK(patients.remove(id(1)));
        CL_QVERIFY_OK(patients.put(id(3), blob(3)));
        QCOMPARE(node_blob(QString::fromStdString(to_hex(view(id(3))))),
                 std::optional(to_string(blob(3))));
        QVERIFY(settle());
        qInfo("blobs: an unregistered key refused (blob.unknown_owner), a patient's third summary "
              "refused (blob.quota), stored once one was deleted");
    }

    // What users see when the nodes cannot be trusted or reached: one line each; an entry made
    // while no node answers waits in the outbox and goes out on the next sync.
    void wallets_error_paths_and_outbox() {
        // A wallet pinned to another log key: the node's checkpoints do not verify.
        auto wrong = wallet_cli("patient", {"sync"}, {}, (dir_ / "network-wrong").string());
        QCOMPARE(wrong.exit_code, 1);
        QVERIFY2(one_error_line(wrong), wrong.err.constData());
        QCOMPARE(wrong.error_code(), QString("note.unverified"));
        QVERIFY(wrong.err.contains("--network"));
        // Nobody listening: `sync` says the node is unreachable...
        const std::string nowhere = "http://127.0.0.1:" + std::to_string(free_port());
        auto unreachable = wallet_cli("patient", {"sync"}, nowhere);
        QCOMPARE(unreachable.exit_code, 1);
        QCOMPARE(unreachable.error_code(), QString("http.unreachable"));
        QVERIFY(one_error_line(unreachable));
        // ...and a grant made meanwhile is queued (exit 0), from the last verified state.
        auto queued = wallet_cli(
            "patient",
            {"grant", "create", "--to", clinician_key_, "--categories", "labs", "--until", "7d"},
            nowhere);
        QCOMPARE(queued.exit_code, 0);
        QVERIFY(queued.obj().value("queued").toBool());
        QVERIFY(queued.obj().value("reason").toString().contains("http.unreachable"));
        // Back online, a sync sends it once its backoff (5 s after the first try) is over; once
        // published the grant is listed.
        int sent = 0;
        int syncs = 0;
        for (int waited = 0; waited <= 15000 && sent == 0; waited += 2000, ++syncs) {
            auto r = wallet_cli("patient", {"sync"});
            QCOMPARE(r.exit_code, 0);
            sent += r.obj().value("outbox_sent").toInt();
            if (sent == 0)
                QTest::qWait(2000);
        }
        QCOMPARE(sent, 1);
        QVERIFY(settle());
        auto list = wallet_cli("patient", {"grant", "list"});
        QCOMPARE(list.arr().size(), 2);
        // A wallet created while no node answers: its registration waits in the outbox too, and
        // what the user reads (without --json) is one line saying so, not an error.
        auto created = test::run_cli(home("offline"),
                                     {"--ledger", QString::fromStdString(nowhere), "--network",
                                      QString::fromStdString((dir_ / "network").string()), "wallet",
                                      "create", "--name", "Offline"},
                                     kPassphrase, {}, {}, /*json=*/false);
        QCOMPARE(created.exit_code, 0);
        QVERIFY2(created.out.contains("Registration queued, will be retried:"),
                 created.out.constData());
        QVERIFY(created.out.contains("http.unreachable"));
        QVERIFY(created.err.isEmpty());
        int registered = 0;
        for (int waited = 0; waited <= 15000 && registered == 0; waited += 2000) {
            auto r = wallet_cli("offline", {"sync"});
            QCOMPARE(r.exit_code, 0);
            registered += r.obj().value("outbox_sent").toInt();
            if (registered == 0)
                QTest::qWait(2000);
        }
        QCOMPARE(registered, 1);
        QVERIFY(settle());
        auto info = wallet_cli("offline", {"wallet", "info"});
        QVERIFY(info.obj().value("registered").toBool());
        next_size_ = published().first;
        qInfo("wrong policy: %s; unreachable: %s; queued grant sent by sync number %d",
              qPrintable(wrong.error_code()), qPrintable(unreachable.error_code()), syncs);
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
        // A wallet's grant is published too, and its sync verifies two cosignatures.
        auto grant = wallet_cli("patient", {"grant", "create", "--to", provider_key_,
                                            "--categories", "allergies", "--until", "1d"});
        QCOMPARE(grant.exit_code, 0);
        QVERIFY(!grant.obj().value("queued").toBool());
        QVERIFY(settle());
        auto sync = wallet_cli("patient", {"sync"});
        QCOMPARE(sync.exit_code, 0);
        QCOMPARE(static_cast<std::uint64_t>(sync.obj().value("size").toInteger()),
                 published().first);
        QVERIFY(sync.obj().value("cosigners").toInt() >= 2);
        QCOMPARE(sync.obj().value("outbox_waiting").toInt(), 0);
        next_size_ = published().first;
        qInfo("published size %zu with 2 of 3 validators; the wallet verified %d cosignatures",
              static_cast<std::size_t>(next_size_), sync.obj().value("cosigners").toInt());
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
        // The wallet: its grant is queued, and the reason names the quorum; its view stays at
        // the last checkpoint the quorum cosigned.
        auto grant = wallet_cli("patient", {"grant", "create", "--to", provider_key_,
                                            "--categories", "medications", "--until", "1d"});
        QCOMPARE(grant.exit_code, 0);
        QVERIFY(grant.obj().value("queued").toBool());
        const auto reason = grant.obj().value("reason").toString();
        QVERIFY2(reason.contains("no_quorum"), qPrintable(reason));
        auto sync = wallet_cli("patient", {"sync"});
        QCOMPARE(sync.exit_code, 0);
        QCOMPARE(static_cast<std::uint64_t>(sync.obj().value("size").toInteger()), before);
        QVERIFY(sync.obj().value("outbox_waiting").toInt() >= 1);
        QCOMPARE(published().first, before);
        qInfo("no quorum reported: %s; wallet: %s", health_body.c_str(), qPrintable(reason));
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
    static constexpr const char* kPassphrase = "network wallet passphrase";
    int sequencer_port_ = 0;
    std::unique_ptr<Actor> registrar_;
    std::uint64_t next_size_ = 0;
    QString patient_tag_;
    QString provider_key_;
    QString clinician_key_;
};

QTEST_GUILESS_MAIN(TestNetwork)
#include "test_network.moc"
