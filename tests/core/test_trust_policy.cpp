// c2sp.org/tlog-policy parsing and quorum evaluation, including nested groups and every syntax
// rule of the spec that a hostile or careless policy file could break.
#include "ledger/trust_policy.h"
#include "test_support.h"

using namespace careledger;
using careledger::ledger::TrustPolicy;

namespace {
const char* kVkeyA = "a.example+00000001+AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
const char* kVkeyB = "b.example+00000002+AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEB";
const char* kVkeyC = "c.example+00000003+AQICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIC";
const char* kVkeyD = "d.example+00000004+AQMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMD";
const char* kVkeyL = "log.example+00000005+AQQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE";

std::string two_of_three() {
    return std::string("# consortium\nlog ") + kVkeyL + " https://log.example/\n\n" +
           "witness X1 " + kVkeyA + "\n  witness X2\t" + kVkeyB + "\nwitness X3 " + kVkeyC +
           "\ngroup X 2 X1 X2 X3\nquorum X\n";
}
} // namespace

class TestTrustPolicy : public QObject {
    Q_OBJECT
private slots:
    void two_of_three_quorum() {
        auto p = TrustPolicy::parse(two_of_three());
        CL_QVERIFY_OK(p);
        QCOMPARE(p->logs().size(), std::size_t{1});
        QCOMPARE(p->logs()[0].url, std::string("https://log.example/"));
        QCOMPARE(p->witnesses().size(), std::size_t{3});
        QVERIFY(!p->quorum_met({}));
        QVERIFY(!p->quorum_met({"X1"}));
        QVERIFY(p->quorum_met({"X1", "X3"}));
        QVERIFY(p->quorum_met({"X1", "X2", "X3"}));
        QVERIFY(!p->quorum_met({"X1", "unknown"}));
        // format() round-trips to an equivalent policy.
        auto again = TrustPolicy::parse(p->format());
        CL_QVERIFY_OK(again);
        QVERIFY(again->quorum_met({"X2", "X3"}));
        QVERIFY(!again->quorum_met({"X2"}));
    }

    void nested_groups_and_none() {
        const std::string text = std::string("witness X1 ") + kVkeyA + "\nwitness X2 " + kVkeyB +
                                 "\ngroup X any X1 X2\nwitness Y1 " + kVkeyC + "\nwitness Y2 " +
                                 kVkeyD + "\ngroup Y all Y1 Y2\ngroup XY all X Y\nquorum XY\n";
        auto p = TrustPolicy::parse(text);
        CL_QVERIFY_OK(p);
        QVERIFY(!p->quorum_met({"X1", "Y1"}));
        QVERIFY(p->quorum_met({"X2", "Y1", "Y2"}));
        // Base64 may contain '+' (also last): only the first two '+' delimit the fields.
        const std::string plus =
            std::string(
                "witness P1 p.example+00000009+AQ+/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+\n") +
            "witness P2 q.example+0000000a+AQ+/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+\nquorum "
            "P1\n";
        CL_QCOMPARE_ERROR(TrustPolicy::parse(plus), "policy.syntax"); // same key under two names
        CL_QVERIFY_OK(TrustPolicy::parse(plus.substr(0, plus.find("witness P2")) + "quorum P1\n"));
        auto none = TrustPolicy::parse(std::string("log ") + kVkeyL + "\nquorum none\n");
        CL_QVERIFY_OK(none);
        QVERIFY(none->quorum_met({}));
    }

    void rejects_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        const QString w1 = QString("witness X1 ") + kVkeyA + "\n";
        QTest::newRow("no quorum") << w1 << "policy.no_quorum";
        QTest::newRow("two quorums") << w1 + "quorum X1\nquorum X1\n"
                                     << "policy.syntax";
        QTest::newRow("undefined quorum") << w1 + "quorum Z\n"
                                          << "policy.syntax";
        QTest::newRow("forward reference") << "group G any X1\n" + w1 + "quorum G\n"
                                           << "policy.syntax";
        QTest::newRow("duplicate witness name") << w1 + "witness X1 " + kVkeyB + "\nquorum X1\n"
                                                << "policy.syntax";
        QTest::newRow("duplicate key") << w1 + "witness X2 " + kVkeyA + "\nquorum X1\n"
                                       << "policy.syntax";
        QTest::newRow("threshold zero") << w1 + "group G 0 X1\nquorum G\n"
                                        << "policy.syntax";
        QTest::newRow("threshold above n") << w1 + "group G 2 X1\nquorum G\n"
                                           << "policy.syntax";
        QTest::newRow("leading zero threshold") << w1 + "group G 01 X1\nquorum G\n"
                                                << "policy.syntax";
        QTest::newRow("member twice") << w1 + "group G 1 X1 X1\nquorum G\n"
                                      << "policy.syntax";
        QTest::newRow("member of two groups") << w1 + "group G 1 X1\ngroup H 1 X1\nquorum G\n"
                                              << "policy.syntax";
        QTest::newRow("no members") << w1 + "group G any\nquorum G\n"
                                    << "policy.syntax";
        QTest::newRow("none as name") << QString("witness none ") + kVkeyA + "\nquorum none\n"
                                      << "policy.syntax";
        QTest::newRow("unknown keyword") << w1 + "witnesses X1\nquorum X1\n"
                                         << "policy.syntax";
        QTest::newRow("bad vkey") << "witness X1 notakey\nquorum X1\n"
                                  << "policy.syntax";
        QTest::newRow("control char") << w1 + "quorum X1\r\n"
                                      << "policy.syntax";
        QTest::newRow("too large") << QString(70000, '#') << "policy.too_large";
    }
    void rejects() {
        QFETCH(QString, text);
        QFETCH(QString, code);
        CL_QCOMPARE_ERROR(TrustPolicy::parse(text.toStdString()), code);
    }
};

QTEST_GUILESS_MAIN(TestTrustPolicy)
#include "test_trust_policy.moc"
