// The access log page with 100,000 realistic audit events on the offscreen platform: resident
// memory before and after (budget 250 MB), the time to set the events, to filter and search, to
// scroll from top to bottom rendering every screenful, and the chart's paint time.
#include "bench/bench_support.h"
#include "crypto/init.h"
#include "gui/test_patient_data.h"
#include "patient/access_chart.h"
#include "patient/access_log_page.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>

using namespace careledger;
using careledger::bench::figure;
using careledger::bench::Stopwatch;

namespace {
constexpr std::size_t kEvents = 100000;
constexpr double kBudgetMb = 250;

double rssMb() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}
} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (!crypto::initialize().ok())
        bench::fail("crypto self-test");
    figure("gui_audit rss at start", rssMb(), "MB");

    const auto dir = test::directory();
    const std::uint64_t now = 1795000000;
    auto events = test::auditEvents(kEvents, now, 730, dir);
    figure("gui_audit rss with 100k events generated", rssMb(), "MB");

    ui::patient::AccessLogPage page;
    page.resize(1280, 800);
    page.setNow(static_cast<std::int64_t>(now));
    page.show();
    QCoreApplication::processEvents();
    {
        Stopwatch w;
        page.setEvents(events);
        QCoreApplication::processEvents(); // the chart refresh runs from the event loop
        figure("gui_audit setEvents (100k) incl. chart", w.ms(), "ms");
    }
    events.clear();
    events.shrink_to_fit(); // the page keeps its own copy, as it does in the app
    figure("gui_audit rss after setEvents", rssMb(), "MB");

    auto* search = page.findChild<QLineEdit*>(QStringLiteral("auditSearch"));
    auto* reader = page.findChild<QComboBox*>(QStringLiteral("readerFilter"));
    {
        Stopwatch w;
        reader->setCurrentIndex(1);
        QCoreApplication::processEvents();
        figure("gui_audit filter by reader", w.ms(), "ms");
        std::printf("  rows shown: %d\n", page.shownCount());
        Stopwatch w2;
        reader->setCurrentIndex(0);
        QCoreApplication::processEvents();
        figure("gui_audit clear reader filter", w2.ms(), "ms");
    }
    {
        Stopwatch w;
        search->setText(QStringLiteral("laboratory"));
        QCoreApplication::processEvents();
        figure("gui_audit search (text over 100k rows)", w.ms(), "ms");
        std::printf("  rows shown: %d\n", page.shownCount());
        search->clear();
        QCoreApplication::processEvents();
    }

    // Scroll from top to bottom one screenful at a time, painting each frame.
    QTableView* table = page.table();
    QScrollBar* bar = table->verticalScrollBar();
    std::vector<double> frames;
    Stopwatch total;
    for (int v = 0;; v += bar->pageStep()) {
        Stopwatch f;
        bar->setValue(std::min(v, bar->maximum()));
        table->viewport()->repaint();
        frames.push_back(f.ms());
        if (v >= bar->maximum())
            break;
    }
    figure("gui_audit scroll top to bottom (frames)", static_cast<double>(frames.size()), "frames");
    figure("gui_audit scroll total", total.ms(), "ms");
    figure("gui_audit frame p50", bench::percentile(frames, 50), "ms");
    figure("gui_audit frame p99", bench::percentile(frames, 99), "ms");

    std::vector<double> paints;
    for (int i = 0; i < 20; ++i) {
        Stopwatch w;
        page.chart()->repaint();
        paints.push_back(w.ms());
    }
    figure("gui_audit chart paint p50", bench::percentile(paints, 50), "ms");
    const double rss = rssMb();
    figure("gui_audit rss at end", rss, "MB");
    if (rss > kBudgetMb)
        bench::fail("resident memory above the 250 MB budget");
    return 0;
}
