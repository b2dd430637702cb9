// The access log driven like a person: filters and search narrow the rows to exactly the events
// that match; the chart counts what is shown; the CSV parses back field for field (RFC 4180, with
// formula injection neutralised); the PDF holds the title, key id, rows and page numbers.
#include "patient/access_chart.h"
#include "patient/access_log_page.h"
#include "patient/audit_export.h"
#include "patient/audit_model.h"
#include "test_patient_data.h"
#include "test_support.h"

#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QtTest>
#include <algorithm>
#include <functional>
#include <numeric>

using namespace careledger;
using namespace careledger::ui::patient;

namespace {
constexpr std::uint64_t kNow = 1795000000; // 2026-11-18

// RFC 4180: fields separated by commas, records by CRLF, quoted fields with "" for a quote.
QList<QStringList> parseCsv(const QString& text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                   text[i + 1] == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !row.isEmpty())
        rows << (row << field);
    return rows;
}

void choose(QComboBox* box, int index) {
    // Keyboard: Home then Down as many times as needed.
    box->setFocus();
    QTest::keyClick(box, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(box->currentIndex(), index);
}

int expected(const std::vector<wallet::AuditEvent>& events,
             const std::function<bool(const wallet::AuditEvent&)>& keep) {
    return static_cast<int>(std::count_if(events.begin(), events.end(), keep));
}
} // namespace

class TestPatientAccessLog : public QObject {
    Q_OBJECT
private:
    std::vector<ledger::ProviderListing> dir_;

private slots:
    void initTestCase() {
        test::init_core();
        dir_ = test::directory();
    }

    void emptyLogSaysSo() {
        AccessLogPage page;
        page.resize(1100, 700);
        page.show();
        test::screenshot(page, "patient_access_log_empty");
        QCOMPARE(page.shownCount(), 0);
        QVERIFY(!page.table()->isVisible());
        QCOMPARE(page.chart()->accessibleDescription(), QStringLiteral("No accesses to chart."));
    }

    void filtersNarrowTheLog() {
        const auto events = test::auditEvents(700, kNow, 60, dir_);
        AccessLogPage page;
        page.resize(1100, 800);
        page.setNow(static_cast<std::int64_t>(kNow));
        page.setEvents(events);
        page.show();
        QCoreApplication::processEvents();
        test::screenshot(page, "patient_access_log");
        QCOMPARE(page.shownCount(), 700);

        // Newest first, with the verified badge and the reason as tooltip when not verified.
        auto* model = page.table()->model();
        QCOMPARE(model->index(0, AuditModel::time_col).data(AuditModel::kSortRole).toULongLong(),
                 events.back().time);
        int unverified = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString badge = model->index(r, AuditModel::verified_col).data().toString();
            if (badge.startsWith(QStringLiteral("\u2716"))) {
                ++unverified;
                QVERIFY(model->index(r, AuditModel::verified_col)
                            .data(Qt::ToolTipRole)
                            .toString()
                            .startsWith(QStringLiteral("tlog.bad_proof")));
            } else {
                QCOMPARE(badge, QStringLiteral("\u2714 Verified"));
            }
        }
        QCOMPARE(unverified, expected(events, [](const auto& e) { return !e.verified; }));

        // Reader: the combo lists each reader once ("Anyone" first).
        auto* reader = page.findChild<QComboBox*>(QStringLiteral("readerFilter"));
        QCOMPARE(reader->count(), 1 + 4);
        const int ana = reader->findText(QStringLiteral("Dr Ana Ruiz"));
        QVERIFY(ana > 0);
        choose(reader, ana);
        QCOMPARE(page.shownCount(),
                 expected(events, [&](const auto& e) { return e.reader == dir_[0].key; }));

        // + category.
        auto* category = page.findChild<QComboBox*>(QStringLiteral("categoryFilter"));
        const int meds = category->findData(QStringLiteral("medications"));
        QVERIFY(meds > 0);
        choose(category, meds);
        const auto anaMeds = [&](const auto& e) {
            return e.reader == dir_[0].key && std::find(e.categories.begin(), e.categories.end(),
                                                        "medications") != e.categories.end();
        };
        QCOMPARE(page.shownCount(), expected(events, anaMeds));
        QVERIFY(page.shownCount() > 0);
        QVERIFY(page.shownCount() < 700);

        // The chart counts what is shown.
        QCoreApplication::processEvents();
        const auto& buckets = page.chart()->buckets();
        QCOMPARE(std::accumulate(buckets.begin(), buckets.end(), 0), page.shownCount());
        QVERIFY(page.chart()->accessibleDescription().contains(QString::number(page.shownCount()) +
                                                               QStringLiteral(" accesses")));

        // Reset, then basis, verified, period and search.
        choose(reader, 0);
        choose(category, 0);
        QCOMPARE(page.shownCount(), 700);
        choose(page.findChild<QComboBox*>(QStringLiteral("basisFilter")), 2);
        QCOMPARE(page.shownCount(), expected(events, [](const auto& e) {
                     return e.basis == ledger::AccessBasis::emergency;
                 }));
        choose(page.findChild<QComboBox*>(QStringLiteral("basisFilter")), 0);
        choose(page.findChild<QComboBox*>(QStringLiteral("verifiedFilter")), 2);
        QCOMPARE(page.shownCount(), unverified);
        choose(page.findChild<QComboBox*>(QStringLiteral("verifiedFilter")), 0);
        choose(page.findChild<QComboBox*>(QStringLiteral("periodFilter")), 1); // last 7 days
        QCOMPARE(page.shownCount(),
                 expected(events, [](const auto& e) { return e.time >= kNow - 7 * 86400; }));
        QCoreApplication::processEvents();
        QVERIFY(!page.chart()->weekly());
        test::screenshot(page, "patient_access_log_last_week");
        choose(page.findChild<QComboBox*>(QStringLiteral("periodFilter")), 0);

        auto* search = page.findChild<QLineEdit*>(QStringLiteral("auditSearch"));
        QTest::keyClicks(search, QStringLiteral("research"));
        QCOMPARE(page.shownCount(),
                 expected(events, [](const auto& e) { return e.purpose == "HRESCH"; }));
        search->clear();
        QTest::keyClicks(search, QStringLiteral("unknown reader"));
        QCOMPARE(page.shownCount(),
                 expected(events, [](const auto& e) { return e.reader_name.empty(); }));
        test::screenshot(page, "patient_access_log_search");

        page.setHideHealthDetails(true);
        QCOMPARE(page.table()->model()->index(0, AuditModel::categories_col).data().toString(),
                 QStringLiteral("(hidden)"));
        qInfo("access log: 700 events, 7 filter settings checked against the data");
    }

    void csvParsesBackAndIsSafe() {
        auto events = test::auditEvents(40, kNow, 10, dir_);
        events[3].reader_name = "=HYPERLINK(\"http://evil\",\"x\")";
        events[4].reader_name = "@SUM(A1), \"quoted\"\nnewline";
        events[5].reader_name = "-2+3";
        AccessLogPage page;
        page.setEvents(events);
        test::TempDir dir;
        const QString path = QString::fromStdString((dir / "log.csv").string());
        CL_QVERIFY_OK(page.exportCsv(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(f.readAll()));
        QCOMPARE(rows.size(), 1 + 40);
        QCOMPARE(rows[0].first(), QStringLiteral("index"));
        for (const auto& row : rows)
            QCOMPARE(row.size(), 10);
        // Exported in the order shown: newest first. Map rows back by index.
        int checked = 0;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            const auto idx = rows[r][0].toULongLong();
            const auto it = std::find_if(events.begin(), events.end(),
                                         [&](const auto& e) { return e.index == idx; });
            QVERIFY(it != events.end());
            QString name = QString::fromStdString(it->reader_name);
            if (!name.isEmpty() && QStringLiteral("=+-@").contains(name.front()))
                name.prepend(QLatin1Char('\''));
            QCOMPARE(rows[r][2], name);
            QCOMPARE(rows[r][3], QString::fromStdString(crypto::key_id_hex(it->reader)));
            QCOMPARE(rows[r][5], QString::fromStdString(it->purpose));
            QCOMPARE(rows[r][8], it->verified ? QStringLiteral("true") : QStringLiteral("false"));
            ++checked;
        }
        // No field starts with a formula character.
        for (const auto& row : rows)
            for (const auto& field : row)
                QVERIFY2(field.isEmpty() || !QStringLiteral("=+-@").contains(field.front()),
                         qPrintable(field));
        QCOMPARE(csvField(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
        CL_QCOMPARE_ERROR(page.exportCsv(QStringLiteral("/nonexistent-dir/x.csv")),
                          "ui.export_failed");
        qInfo("csv: %d rows parsed back", checked);
    }

    void pdfHasTitleKeyRowsAndPages() {
        const auto events = test::auditEvents(150, kNow, 30, dir_);
        AccessLogPage page;
        page.setPatientKeyId(QStringLiteral("0123456789abcdef0123456789abcdef"));
        page.setEvents(events);
        test::TempDir dir;
        const QString path = QString::fromStdString((dir / "log.pdf").string());
        CL_QVERIFY_OK(page.exportPdf(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("Access log")));
        QVERIFY(text.contains(QStringLiteral("0123456789abcdef0123456789abcdef")));
        QVERIFY(text.contains(QStringLiteral("Period:")));
        QVERIFY(text.contains(QStringLiteral("Generated at")));
        QVERIFY(text.contains(QStringLiteral("Dr Tom Becker")));
        QVERIFY(text.contains(QStringLiteral("150 accesses")));
        const int pages = static_cast<int>(text.count(QChar(u'\f')));
        QVERIFY2(pages >= 2, "150 rows take more than one page");
        // Page numbers: the last page's number stands alone on a line.
        QVERIFY(text.contains(QRegularExpression(QStringLiteral("\\n\\s*%1\\s*\\n").arg(pages))));
        qInfo("pdf: %d pages", pages);
    }

    void chartBucketsByDayOrWeek() {
        AccessChart chart;
        chart.resize(600, 200);
        std::vector<std::uint64_t> times;
        for (int i = 0; i < 10; ++i)
            times.push_back(kNow + static_cast<std::uint64_t>(i) * 3600);
        times.push_back(kNow + 3 * 86400);
        chart.setTimes(times);
        QVERIFY(!chart.weekly());
        QCOMPARE(std::accumulate(chart.buckets().begin(), chart.buckets().end(), 0), 11);
        QVERIFY(chart.accessibleDescription().contains(QStringLiteral("11 accesses")));
        times.push_back(kNow + 200 * 86400);
        chart.setTimes(times);
        QVERIFY(chart.weekly());
        QCOMPARE(std::accumulate(chart.buckets().begin(), chart.buckets().end(), 0), 12);
        chart.show();
        test::screenshot(chart, "patient_access_chart_weekly");
    }
};

QTEST_MAIN(TestPatientAccessLog)
#include "test_patient_access_log.moc"
