#include "patient/access_chart.h"

#include <QDateTime>
#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace careledger::ui::patient {

namespace {
constexpr std::int64_t kMaxDailySpan = 90;
const QDate kEpoch(1970, 1, 1);

std::int64_t localDay(std::uint64_t t) {
    return kEpoch.daysTo(QDateTime::fromSecsSinceEpoch(static_cast<qint64>(t)).date());
}
QString dayText(std::int64_t day) {
    return QLocale().toString(kEpoch.addDays(day), QStringLiteral("d MMM yyyy"));
}
} // namespace

AccessChart::AccessChart(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("accessChart"));
    setAccessibleName(tr("Accesses over time"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setTimes({});
}

QSize AccessChart::sizeHint() const {
    return {fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 9};
}
QSize AccessChart::minimumSizeHint() const {
    return {fontMetrics().averageCharWidth() * 30, fontMetrics().height() * 6};
}

void AccessChart::setTimes(const std::vector<std::uint64_t>& times) {
    buckets_.clear();
    total_ = times.size();
    if (!times.empty()) {
        const auto [lo, hi] = std::minmax_element(times.begin(), times.end());
        const std::int64_t first = localDay(*lo);
        const std::int64_t last = localDay(*hi);
        weekly_ = last - first + 1 > kMaxDailySpan;
        const std::int64_t width = weekly_ ? 7 : 1;
        // Weeks start on Monday.
        firstDay_ = weekly_ ? first - (kEpoch.addDays(first).dayOfWeek() - 1) : first;
        buckets_.assign(static_cast<std::size_t>((last - firstDay_) / width + 1), 0);
        for (const auto t : times)
            ++buckets_[static_cast<std::size_t>((localDay(t) - firstDay_) / width)];
    }
    setAccessibleDescription(summary());
    update();
}

QString AccessChart::summary() const {
    if (total_ == 0)
        return tr("No accesses to chart.");
    const auto peak = std::max_element(buckets_.begin(), buckets_.end());
    const std::int64_t width = weekly_ ? 7 : 1;
    const std::int64_t peakDay = firstDay_ + (peak - buckets_.begin()) * width;
    const std::int64_t lastDay = firstDay_ + static_cast<std::int64_t>(buckets_.size() - 1) * width;
    const int n = static_cast<int>(total_);
    //: %n accesses, %1 first date, %2 last date, %3 busiest day or week, %4 its count
    return weekly_
               ? tr("%n accesses between the weeks of %1 and %2; the busiest was the week of %3 "
                    "with %4.",
                    "", n)
                     .arg(dayText(firstDay_), dayText(lastDay), dayText(peakDay))
                     .arg(*peak)
               : tr("%n accesses between %1 and %2; the busiest day was %3 with %4.", "", n)
                     .arg(dayText(firstDay_), dayText(lastDay), dayText(peakDay))
                     .arg(*peak);
}

void AccessChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Accesses over time"));
        setAccessibleDescription(summary());
    }
    QWidget::changeEvent(event);
}

void AccessChart::paintEvent(QPaintEvent* /*event*/) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette& pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QFontMetrics fm = fontMetrics();
    if (buckets_.empty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No accesses to chart."));
        return;
    }
    const int peak = *std::max_element(buckets_.begin(), buckets_.end());
    const QString peakText = QLocale().toString(peak);
    const int left = fm.horizontalAdvance(peakText) + fm.averageCharWidth() * 2;
    const int top = fm.height() + fm.height() / 2;
    const int bottom = height() - fm.height() * 2;
    const int right = width() - fm.averageCharWidth() * 2;
    const QRect plot(QPoint(left, top), QPoint(right, bottom));
    if (plot.width() < 4 || plot.height() < 4)
        return;

    // Title (what a bar is) at the top left.
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRect(0, 0, width(), top), Qt::AlignLeft | Qt::AlignVCenter,
               weekly_ ? tr("Accesses per week") : tr("Accesses per day"));

    // Bars.
    const double slot = static_cast<double>(plot.width()) / static_cast<double>(buckets_.size());
    const QColor bar = pal.color(QPalette::Highlight);
    for (std::size_t i = 0; i < buckets_.size(); ++i) {
        if (buckets_[i] == 0)
            continue;
        const double h = plot.height() * static_cast<double>(buckets_[i]) / peak;
        const double x = plot.left() + slot * static_cast<double>(i);
        const double w = std::max(1.0, slot * 0.8);
        p.fillRect(QRectF(x, plot.bottom() - h + 1, w, h), bar);
    }

    // Axes with their labels: 0 and the peak on the y axis, the first and last day on the x axis.
    p.setPen(pal.color(QPalette::Text));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.drawText(QRect(0, plot.top() - fm.height() / 2, left - fm.averageCharWidth(), fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, peakText);
    p.drawText(QRect(0, plot.bottom() - fm.height() / 2, left - fm.averageCharWidth(), fm.height()),
               Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(0));
    const std::int64_t width = weekly_ ? 7 : 1;
    const QString first = dayText(firstDay_);
    const QString last =
        dayText(firstDay_ + static_cast<std::int64_t>(buckets_.size() - 1) * width);
    const QRect axisText(plot.left(), plot.bottom() + fm.height() / 4, plot.width(), fm.height());
    p.drawText(axisText, Qt::AlignLeft | Qt::AlignTop, first);
    if (buckets_.size() > 1)
        p.drawText(axisText, Qt::AlignRight | Qt::AlignTop, last);
}

} // namespace careledger::ui::patient
