// The light node (sync/remote_ledger.h) against a real in-process node serving sync bundles over
// loopback HTTP: a patient's and a provider's first and incremental syncs, restart from the
// vault, the outbox retrying after 503 and 429, receipts checked, and never going backwards.
#include "ledger/tlog_proof.h"
#include "sync/remote_ledger.h"
#include "sync_test_network.h"
#include "test_support.h"
#include "vault_test_support.h"

#include <QTest>

using namespace careledger;
using test::Actor;
using test::TestNetwork;
using test::TestNode;

namespace {

struct WalletVault {
    test::TempDir dir;
    vault::Vault vault = vault::Vault::create(dir.path() / "w", test::secret("pw"),
                                              test::cheap_kdf(), test::cheap_floor())
                             .value();
};

} // namespace

class TestRemoteLedger : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestNetwork> net_;
    std::unique_ptr<TestNode> node_;
    std::unique_ptr<Actor> patient_;
    std::unique_ptr<Actor> provider_;
    std::unique_ptr<Actor> other_;
    Bytes grant_entry_;
    int syncs_ = 0;
    int entries_verified_ = 0;

    std::unique_ptr<sync::RemoteLedger> open_patient(vault::Vault& v) {
        sync::RemoteLedgerOptions opt;
        opt.nodes = {node_->url()};
        const auto tag = patient_->tag(test::kSyncOrigin);
        auto l = sync::RemoteLedger::open(
            *net_->network, opt, v, sync::RemoteLedger::tags_for(ledger::Role::patient, tag), tag);
        if (!l.ok())
            qFatal("open: %s", l.error().message.c_str());
        return std::move(l).value();
    }

private slots:
    void initTestCase() {
        test::init_core();
        net_ = std::make_unique<TestNetwork>();
        node_ = std::make_unique<TestNode>(*net_);
        QVERIFY(node_->start());
        patient_ = std::make_unique<Actor>(ledger::Role::patient);
        provider_ = std::make_unique<Actor>(ledger::Role::provider);
        other_ = std::make_unique<Actor>(ledger::Role::patient);
        const auto ptag = patient_->tag(test::kSyncOrigin);
        net_->append(patient_->identity_entry(test::kSyncOrigin));
        net_->append(other_->identity_entry(test::kSyncOrigin));
        net_->append(provider_->identity_entry(test::kSyncOrigin));
        net_->append(net_->registrar.entry(
            ledger::CertifyPayload{provider_->key(), "Dr Test", "Test Clinic", "family-doctor"},
            std::nullopt));
        const auto now = static_cast<std::uint64_t>(now_unix());
        grant_entry_ = patient_->entry(
            ledger::GrantPayload{
                provider_->key(), {"labs"}, "TREAT", "view", now - 10, now + 86400, std::nullopt},
            ptag);
        net_->append(grant_entry_);
        for (int i = 0; i < 20; ++i) {
            crypto::Hash32 record{};
            record[0] = static_cast<std::uint8_t>(i);
            net_->append(other_->entry(ledger::AnchorPayload{record, "labs"},
                                       other_->tag(test::kSyncOrigin)));
        }
        node_->set_note(net_->publish_now());
    }

    void cleanupTestCase() {
        node_->stop();
        qInfo("remote ledger: %d verified syncs, %d entries verified over loopback HTTP", syncs_,
              entries_verified_);
    }

    void patient_first_and_incremental_sync() {
        WalletVault w;
        auto ledger = open_patient(w.vault);
        QCOMPARE(ledger->checkpoint().size, std::uint64_t{0});
        CL_QVERIFY_OK(ledger->refresh());
        ++syncs_;
        const auto r = ledger->last_report();
        QCOMPARE(r.size, net_->tree.size());
        QCOMPARE(r.cosigners, std::size_t{2});
        // Own identity, grant; directory: provider identity and its certification.
        QCOMPARE(r.entries_verified, std::size_t{4});
        entries_verified_ += static_cast<int>(r.entries_verified);
        QVERIFY(r.bytes > 0);
        const auto ptag = patient_->tag(test::kSyncOrigin);
        QVERIFY(ledger->state().is_certified_provider(provider_->key()));
        const auto grants = ledger->state().grants_of(ptag, static_cast<std::uint64_t>(now_unix()));
        QCOMPARE(grants.size(), std::size_t{1});
        // The other patient's anchors are not in the light state.
        QCOMPARE(ledger->state().anchors_of(other_->tag(test::kSyncOrigin)).size(), std::size_t{0});

        // The audit: the stored inclusion proof verifies against the stored checkpoint.
        const std::uint64_t grant_index = 4;
        auto bytes = ledger->entry(grant_index);
        CL_QVERIFY_OK(bytes);
        QCOMPARE(*bytes, grant_entry_);
        auto proof_text = ledger->proof(grant_index);
        CL_QVERIFY_OK(proof_text);
        auto proof = tlog::parse_tlog_proof(*proof_text);
        CL_QVERIFY_OK(proof);
        CL_QVERIFY_OK(tlog::verify_tlog_proof(*proof, tlog::leaf_hash(grant_entry_),
                                              net_->network->log_key()));
        CL_QCOMPARE_ERROR(ledger->entry(10), "sync.not_held");

        // Someone accesses the record under the grant, another by an emergency token.
        const auto grant_id = ledger::entry_id(ByteView(grant_entry_));
        net_->append(provider_->entry(ledger::AccessPayload{grant_id, {"labs"}, "TREAT"}, ptag));
        ledger::TokenId token{};
        token[3] = 7;
        net_->append(provider_->entry(ledger::AccessPayload{token, {"labs"}, "ETREAT"}, ptag));
        node_->set_note(net_->publish_now());
        CL_QVERIFY_OK(ledger->refresh());
        ++syncs_;
        QCOMPARE(ledger->last_report().entries_verified, std::size_t{2});
        QCOMPARE(ledger->last_report().old_size, r.size);
        entries_verified_ += 2;
        QCOMPARE(ledger->state().accesses_of(ptag).size(), std::size_t{2});
        auto alerts = ledger->alerts();
        CL_QVERIFY_OK(alerts);
        QCOMPARE(alerts->size(), std::size_t{1});
        QCOMPARE(alerts->front().kind, sync::AlertKind::emergency_access);

        // Restart: a new RemoteLedger on the same vault rebuilds the same state without a sync.
        const auto size = ledger->checkpoint().size;
        const auto state = ledger->state();
        ledger.reset();
        auto again = open_patient(w.vault);
        QCOMPARE(again->checkpoint().size, size);
        QVERIFY(again->state() == state);
        // Nothing new: the next sync asks from the held counts and gets no entries.
        CL_QVERIFY_OK(again->refresh());
        ++syncs_;
        QCOMPARE(again->last_report().entries_verified, std::size_t{0});
    }

    void provider_follows_the_registry() {
        WalletVault w;
        sync::RemoteLedgerOptions opt;
        opt.nodes = {node_->url()};
        auto l = sync::RemoteLedger::open(*net_->network, opt, w.vault,
                                          sync::RemoteLedger::tags_for(ledger::Role::provider, {}),
                                          std::nullopt);
        CL_QVERIFY_OK(l);
        CL_QVERIFY_OK((*l)->refresh());
        ++syncs_;
        // Directory (provider identity, certification) + registry (two patient identities).
        QCOMPARE((*l)->last_report().entries_verified, std::size_t{4});
        entries_verified_ += 4;
        QVERIFY((*l)->state().patient_key(patient_->tag(test::kSyncOrigin)) != nullptr);
        QVERIFY((*l)->state().patient_key(other_->tag(test::kSyncOrigin)) != nullptr);
    }

    void submit_and_outbox_retry_data() {
        QTest::addColumn<int>("status");
        QTest::newRow("503") << 503;
        QTest::newRow("429") << 429;
    }
    void submit_and_outbox_retry() {
        QFETCH(int, status);
        WalletVault w;
        std::uint64_t clock = static_cast<std::uint64_t>(now_unix());
        sync::RemoteLedgerOptions opt;
        opt.nodes = {node_->url()};
        opt.now = [&clock] { return clock; };
        const auto tag = patient_->tag(test::kSyncOrigin);
        auto l =
            sync::RemoteLedger::open(*net_->network, opt, w.vault,
                                     sync::RemoteLedger::tags_for(ledger::Role::patient, tag), tag)
                .value();
        CL_QVERIFY_OK(l->refresh());
        crypto::Hash32 record{};
        record[1] = static_cast<std::uint8_t>(status & 0xff);
        const Bytes anchor = patient_->entry(ledger::AnchorPayload{record, "labs"}, tag);
        node_->fail_adds(1, status);
        CL_QCOMPARE_ERROR(l->submit(anchor), "sync.queued");
        auto box = l->outbox();
        CL_QVERIFY_OK(box);
        QCOMPARE(box->size(), std::size_t{1});
        QCOMPARE(box->front().state, sync::OutboxState::pending);
        QVERIFY(box->front().next_attempt > clock);
        // Before the backoff expires, a refresh does not resend it.
        const int adds = node_->add_requests();
        CL_QVERIFY_OK(l->refresh());
        QCOMPARE(node_->add_requests(), adds);
        // After it, the refresh sends it, verifies the receipt and keeps it until published.
        clock = box->front().next_attempt;
        CL_QVERIFY_OK(l->refresh());
        QCOMPARE(node_->add_requests(), adds + 1);
        QCOMPARE(l->last_report().outbox_sent, std::size_t{1});
        box = l->outbox();
        QCOMPARE(box->front().state, sync::OutboxState::sequenced);
        QVERIFY(!box->front().receipt.empty());
        // Published: the next sync finds it at the receipt's index and marks it included.
        node_->set_note(net_->publish_now());
        CL_QVERIFY_OK(l->refresh());
        box = l->outbox();
        QCOMPARE(box->front().state, sync::OutboxState::included);
        QCOMPARE(*l->entry(*box->front().leaf_index), anchor);
        syncs_ += 4;
    }

    void direct_submit_and_missing_submission() {
        WalletVault w;
        std::uint64_t clock = static_cast<std::uint64_t>(now_unix());
        sync::RemoteLedgerOptions opt;
        opt.nodes = {node_->url()};
        opt.now = [&clock] { return clock; };
        const auto tag = patient_->tag(test::kSyncOrigin);
        auto l =
            sync::RemoteLedger::open(*net_->network, opt, w.vault,
                                     sync::RemoteLedger::tags_for(ledger::Role::patient, tag), tag)
                .value();
        CL_QVERIFY_OK(l->refresh());
        // A node that signs a receipt and then drops the entry.
        node_->sequence_adds = false;
        crypto::Hash32 record{};
        record[2] = 9;
        auto receipt = l->submit(patient_->entry(ledger::AnchorPayload{record, "labs"}, tag));
        node_->sequence_adds = true;
        CL_QVERIFY_OK(receipt);
        clock += node_->deadline_seconds + 1;
        CL_QVERIFY_OK(l->refresh());
        auto alerts = l->alerts();
        CL_QVERIFY_OK(alerts);
        // (The patient's record also holds an emergency access from an earlier case.)
        const auto missing = std::find_if(alerts->begin(), alerts->end(), [](const auto& a) {
            return a.kind == sync::AlertKind::missing_submission;
        });
        QVERIFY(missing != alerts->end());
        QVERIFY(missing->evidence.find("careledger.org/receipt/v1") != std::string::npos);
        QCOMPARE((*l->outbox()).front().state, sync::OutboxState::missing);
        // A refused entry (bad bytes) is not queued.
        QVERIFY(!l->submit(as_bytes("junk")).ok());
        syncs_ += 2;
    }

    // A network that has published nothing yet is where a new wallet starts (so it can send its
    // registration); once the wallet holds a checkpoint, "nothing published" is a rollback.
    void empty_network_then_rollback() {
        WalletVault w;
        auto l = open_patient(w.vault);
        node_->set_fault(test::Fault::no_checkpoint);
        auto first = l->refresh();
        node_->set_fault(test::Fault::none);
        CL_QVERIFY_OK(first);
        QCOMPARE(l->checkpoint().size, std::uint64_t{0});
        CL_QVERIFY_OK(l->refresh());
        const auto size = l->checkpoint().size;
        QVERIFY(size > 0);
        auto digest = l->store().state_digest();
        CL_QVERIFY_OK(digest);
        node_->set_fault(test::Fault::no_checkpoint);
        auto again = l->refresh();
        node_->set_fault(test::Fault::none);
        CL_QCOMPARE_ERROR(again, "sync.rollback");
        QCOMPARE(l->checkpoint().size, size);
        QVERIFY(*l->store().state_digest() == *digest);
        syncs_ += 2;
    }

    void never_backwards() {
        WalletVault w;
        auto l = open_patient(w.vault);
        CL_QVERIFY_OK(l->refresh());
        const auto size = l->checkpoint().size;
        auto digest = l->store().state_digest();
        CL_QVERIFY_OK(digest);
        // The node goes back to an older (validly signed) checkpoint.
        const auto old_note = [&] {
            // The note of a shorter prefix, signed by the same (deterministic) keys.
            TestNetwork prefix;
            for (std::size_t i = 0; i + 1 < net_->entries.size(); ++i)
                prefix.append(net_->entries[i]);
            return prefix.publish_now();
        }();
        node_->set_note(old_note);
        auto st = l->refresh();
        node_->set_note(net_->publish_now());
        QVERIFY(!st.ok());
        qInfo("rollback refused with %s", st.error().code.c_str());
        QCOMPARE(l->checkpoint().size, size);
        QVERIFY(*l->store().state_digest() == *digest);
        syncs_ += 1;
    }
};

QTEST_GUILESS_MAIN(TestRemoteLedger)
#include "test_remote_ledger.moc"
