// Lying and misbehaving nodes (issue 5): a real loopback node that is wrong in exactly one way per
// case. The light node must refuse each with its own reason, keep its vault's verified state
// byte-for-byte as it was, never move its checkpoint, and keep a fork's two notes as evidence.
#include "core/sync_test_network.h"
#include "core/vault_test_support.h"
#include "ledger/merkle.h"
#include "sync/remote_ledger.h"
#include "test_support.h"

#include <QTest>

using namespace careledger;
using test::Actor;
using test::Fault;
using test::TestNetwork;
using test::TestNode;

Q_DECLARE_METATYPE(careledger::test::Fault)

class TestLyingNodes : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestNetwork> net_;
    std::unique_ptr<TestNode> node_;
    std::unique_ptr<Actor> patient_;
    std::unique_ptr<Actor> provider_;
    int detected_ = 0;
    std::uint8_t counter_ = 0;

    // One new entry about the patient, published honestly: there is always something to fetch.
    void grow() {
        crypto::Hash32 record{};
        record[0] = ++counter_;
        net_->append(patient_->entry(ledger::AnchorPayload{record, "labs"},
                                     patient_->tag(test::kSyncOrigin)));
        node_->set_note(net_->publish_now());
    }

private slots:
    void initTestCase() {
        test::init_core();
        net_ = std::make_unique<TestNetwork>();
        node_ = std::make_unique<TestNode>(*net_);
        QVERIFY(node_->start());
        patient_ = std::make_unique<Actor>(ledger::Role::patient);
        provider_ = std::make_unique<Actor>(ledger::Role::provider);
        net_->append(patient_->identity_entry(test::kSyncOrigin));
        net_->append(provider_->identity_entry(test::kSyncOrigin));
        net_->append(net_->registrar.entry(
            ledger::CertifyPayload{provider_->key(), "Dr Test", "Clinic", "family-doctor"},
            std::nullopt));
        grow();
    }

    void cleanupTestCase() {
        node_->stop();
        qInfo("lying nodes: %d faults detected, each with its own reason, vault unchanged",
              detected_);
    }

    void refused_and_vault_unchanged_data() {
        QTest::addColumn<Fault>("fault");
        QTest::addColumn<QString>("code");
        QTest::newRow("bad log signature")
            << Fault::bad_log_signature << "checkpoint.bad_log_signature";
        QTest::newRow("too few cosignatures")
            << Fault::too_few_cosignatures << "checkpoint.too_few_cosignatures";
        QTest::newRow("stale cosignatures")
            << Fault::stale_cosignatures << "sync.stale_cosignatures";
        QTest::newRow("fork, same size") << Fault::fork << "sync.fork";
        QTest::newRow("fork, inconsistent") << Fault::fork << "sync.bad_consistency";
        QTest::newRow("proof not hashing to root") << Fault::bad_inclusion << "sync.bad_inclusion";
        QTest::newRow("omitted patient entry") << Fault::omitted_entry << "sync.omitted_entry";
        QTest::newRow("omitted entry and index") << Fault::short_list << "sync.count_mismatch";
        QTest::newRow("oversized body") << Fault::oversized << "http.too_large";
        QTest::newRow("trickled body") << Fault::trickle << "http.timeout";
        QTest::newRow("500") << Fault::server_error << "http.server_error";
        QTest::newRow("429") << Fault::rate_limited << "http.rate_limited";
        QTest::newRow("redirect to http") << Fault::redirect_http << "http.insecure_redirect";
    }
    void refused_and_vault_unchanged() {
        QFETCH(Fault, fault);
        QFETCH(QString, code);
        test::TempDir dir;
        auto vault = vault::Vault::create(dir.path() / "w", test::secret("pw"), test::cheap_kdf(),
                                          test::cheap_floor());
        CL_QVERIFY_OK(vault);
        sync::RemoteLedgerOptions opt;
        opt.nodes = {node_->url()};
        opt.http.max_body = std::size_t{1} << 20;
        opt.http.low_speed_seconds = 1;
        const auto tag = patient_->tag(test::kSyncOrigin);
        auto ledger =
            sync::RemoteLedger::open(*net_->network, opt, *vault,
                                     sync::RemoteLedger::tags_for(ledger::Role::patient, tag), tag);
        CL_QVERIFY_OK(ledger);
        auto& l = **ledger;
        CL_QVERIFY_OK(l.refresh()); // an honest first sync
        const auto size = l.checkpoint().size;
        const auto state = l.state();
        const auto before = l.store().state_digest();
        CL_QVERIFY_OK(before);

        // Another history signed by the same keys: as long as ours (fork) or longer.
        TestNetwork other;
        other.append(patient_->identity_entry(test::kSyncOrigin));
        while (other.tree.size() < net_->tree.size())
            other.append(provider_->identity_entry(test::kSyncOrigin));
        if (code == "sync.bad_consistency") {
            other.append(provider_->identity_entry(test::kSyncOrigin));
            other.append(provider_->identity_entry(test::kSyncOrigin));
        } else {
            grow();
        }
        node_->set_fork(&other);
        node_->set_fault(fault);
        const auto st = l.refresh();
        node_->set_fault(Fault::none);
        node_->set_fork(nullptr);

        CL_QCOMPARE_ERROR(st, code);
        QCOMPARE(l.checkpoint().size, size);
        QVERIFY(l.state() == state);
        const auto after = l.store().state_digest();
        CL_QVERIFY_OK(after);
        QVERIFY(*after == *before);
        if (fault == Fault::fork) {
            auto alerts = l.alerts();
            CL_QVERIFY_OK(alerts);
            QCOMPARE(alerts->size(), std::size_t{1});
            QCOMPARE(alerts->front().kind, sync::AlertKind::lying_node);
            // Both notes are kept: the one held and the contradicting one.
            QVERIFY(alerts->front().evidence.find(l.checkpoint_note()) != std::string::npos);
            QVERIFY(alerts->front().evidence.size() > l.checkpoint_note().size());
        }
        // The honest node again: the same light node syncs forward.
        CL_QVERIFY_OK(l.refresh());
        QVERIFY(l.checkpoint().size >= size);
        ++detected_;
    }
};

QTEST_GUILESS_MAIN(TestLyingNodes)
#include "test_lying_nodes.moc"
