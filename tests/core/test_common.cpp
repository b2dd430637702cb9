// Time parsing and formatting, data directories.
#include "common/paths.h"
#include "common/time.h"
#include "test_support.h"

using namespace careledger;

class TestCommon : public QObject {
    Q_OBJECT
private slots:
    void parse_time_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("expected");
        const qint64 now = 1'700'000'000;
        QTest::newRow("date is end of day") << "2026-12-31" << qint64{1798761599};
        QTest::newRow("datetime") << "2026-11-21T15:04:05Z" << qint64{1795273445};
        QTest::newRow("datetime no seconds") << "2026-11-21T15:04Z" << qint64{1795273440};
        QTest::newRow("leap day") << "2028-02-29" << qint64{1835481599};
        QTest::newRow("unix") << "1700000000" << now;
        QTest::newRow("hours") << "24h" << now + 86400;
        QTest::newRow("days") << "30d" << now + 30 * 86400;
        QTest::newRow("year") << "1y" << now + 365 * 86400;
    }
    void parse_time() {
        QFETCH(QString, text);
        QFETCH(qint64, expected);
        auto r = careledger::parse_time(text.toStdString(), 1'700'000'000);
        CL_QVERIFY_OK(r);
        QCOMPARE(qint64{*r}, expected);
    }
    void parse_time_rejects_data() {
        QTest::addColumn<QString>("text");
        for (const char* bad :
             {"", "2026-13-01", "2026-02-30", "2027-02-29", "26-01-01", "2026-01-01T25:00Z",
              "2026-01-01T10:00", "tomorrow", "24x", "-5h", "2026/01/01", "1969-12-31"})
            QTest::newRow(bad) << QString(bad);
    }
    void parse_time_rejects() {
        QFETCH(QString, text);
        CL_QCOMPARE_ERROR(careledger::parse_time(text.toStdString(), 0), "time.invalid");
    }
    void format_round_trip() {
        QCOMPARE(format_utc(1795273445), std::string("2026-11-21T15:04:05Z"));
        QCOMPARE(*careledger::parse_time(format_utc(1795273445), 0), UnixTime{1795273445});
    }
    void data_dir_follows_xdg() {
        qputenv("XDG_DATA_HOME", "/tmp/xdg-test");
        QCOMPARE(QString::fromStdString(default_ledger_dir().string()),
                 QString("/tmp/xdg-test/careledger/ledger"));
        qunsetenv("XDG_DATA_HOME");
        QVERIFY(default_wallet_dir().string().ends_with("careledger/wallets/default"));
    }
};

QTEST_GUILESS_MAIN(TestCommon)
#include "test_common.moc"
