#include "patient/access_log_page.h"

#include "common/error_text.h"
#include "crypto/identity.h"
#include "patient/access_chart.h"
#include "patient/audit_export.h"
#include "patient/audit_filter.h"
#include "patient/audit_model.h"
#include "patient/vocabulary_text.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <map>
#include <set>

namespace careledger::ui::patient {

namespace {
constexpr std::int64_t kDay = 86400;
// Period choices: seconds counted back from now (0: all time).
constexpr std::int64_t kPeriods[] = {0, 7 * kDay, 30 * kDay, 365 * kDay};

QLabel* buddyLabel(QWidget* parent, QWidget* buddy) {
    auto* label = new QLabel(parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

AccessLogPage::AccessLogPage(QWidget* parent)
    : QWidget(parent), model_(new AuditModel(this)), filter_(new AuditFilter(model_, this)),
      now_(QDateTime::currentSecsSinceEpoch()) {
    auto* layout = new QVBoxLayout(this);
    title_ = new QLabel(this);
    QFont f = title_->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    title_->setFont(f);
    layout->addWidget(title_);

    auto* filters = new QGridLayout;
    search_ = new QLineEdit(this);
    search_->setObjectName(QStringLiteral("auditSearch"));
    search_->setClearButtonEnabled(true);
    searchLabel_ = buddyLabel(this, search_);
    reader_ = new QComboBox(this);
    reader_->setObjectName(QStringLiteral("readerFilter"));
    category_ = new QComboBox(this);
    category_->setObjectName(QStringLiteral("categoryFilter"));
    basis_ = new QComboBox(this);
    basis_->setObjectName(QStringLiteral("basisFilter"));
    period_ = new QComboBox(this);
    period_->setObjectName(QStringLiteral("periodFilter"));
    verified_ = new QComboBox(this);
    verified_->setObjectName(QStringLiteral("verifiedFilter"));
    filters->addWidget(searchLabel_, 0, 0);
    filters->addWidget(search_, 0, 1, 1, 5);
    const std::pair<QComboBox*, int> combos[] = {
        {reader_, 0}, {category_, 1}, {basis_, 2}, {period_, 3}, {verified_, 4}};
    for (const auto& [box, i] : combos) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        auto* label = buddyLabel(this, box);
        label->setObjectName(box->objectName() + QStringLiteral("Label"));
        filters->addWidget(label, 1 + i / 3, (i % 3) * 2);
        filters->addWidget(box, 1 + i / 3, (i % 3) * 2 + 1);
    }
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 1);
    layout->addLayout(filters);

    chart_ = new AccessChart(this);
    layout->addWidget(chart_);

    empty_ = new QLabel(this);
    empty_->setWordWrap(true);
    empty_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(empty_, 1); // takes the table's space while there is no table
    table_ = new QTableView(this);
    table_->setObjectName(QStringLiteral("auditTable"));
    table_->setModel(filter_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(AuditModel::time_col, Qt::DescendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    // Uniform row heights: the view never measures 100,000 rows.
    table_->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table_->verticalHeader()->setDefaultSectionSize(fontMetrics().height() +
                                                    fontMetrics().height() / 2);
    // Widths from the longest texts a column shows (measuring 100,000 rows would not be smooth).
    auto* header = table_->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The two columns of free text share what the fixed ones leave.
    header->setSectionResizeMode(AuditModel::reader_col, QHeaderView::Stretch);
    header->setSectionResizeMode(AuditModel::categories_col, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    const QFontMetrics fm = table_->fontMetrics();
    const int pad = fm.averageCharWidth() * 3;
    const auto widest = [&](const QStringList& texts) {
        int w = 0;
        for (const QString& t : texts)
            w = std::max(w, fm.horizontalAdvance(t));
        return w + pad;
    };
    table_->setColumnWidth(AuditModel::time_col, widest({formatDateTime(1795000000)}));
    table_->setColumnWidth(AuditModel::purpose_col,
                           widest({purposeName("TREAT"), purposeName("ETREAT"),
                                   purposeName("HPAYMT"), purposeName("HRESCH")}));
    table_->setColumnWidth(
        AuditModel::basis_col,
        widest({basisName(ledger::AccessBasis::grant), basisName(ledger::AccessBasis::emergency)}));
    table_->setColumnWidth(
        AuditModel::verified_col,
        widest({AuditModel::tr("\u2714 Verified"), AuditModel::tr("\u2716 Not verified")}));
    layout->addWidget(table_, 1);

    auto* footer = new QHBoxLayout;
    count_ = new QLabel(this);
    csv_ = new QPushButton(this);
    csv_->setObjectName(QStringLiteral("exportCsvButton"));
    pdf_ = new QPushButton(this);
    pdf_->setObjectName(QStringLiteral("exportPdfButton"));
    footer->addWidget(count_, 1);
    footer->addWidget(csv_);
    footer->addWidget(pdf_);
    layout->addLayout(footer);

    chartTimer_ = new QTimer(this);
    chartTimer_->setSingleShot(true);
    chartTimer_->setInterval(0);
    connect(chartTimer_, &QTimer::timeout, this, &AccessLogPage::refreshChart);

    connect(search_, &QLineEdit::textChanged, this, &AccessLogPage::applyFilters);
    for (QComboBox* box : {reader_, category_, basis_, period_, verified_})
        connect(box, &QComboBox::currentIndexChanged, this, &AccessLogPage::applyFilters);
    connect(csv_, &QPushButton::clicked, this, [this] { exportWithDialog(false); });
    connect(pdf_, &QPushButton::clicked, this, [this] { exportWithDialog(true); });
    buildTexts();
}

void AccessLogPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        buildTexts();
    QWidget::changeEvent(event);
}

void AccessLogPage::buildTexts() {
    title_->setText(tr("Access log"));
    searchLabel_->setText(tr("&Search:"));
    search_->setPlaceholderText(tr("Reader, record category or purpose"));
    search_->setAccessibleName(tr("Search the access log"));
    const std::pair<QComboBox*, QString> labels[] = {{reader_, tr("&Reader:")},
                                                     {category_, tr("Re&cords:")},
                                                     {basis_, tr("&Basis:")},
                                                     {period_, tr("&Period:")},
                                                     {verified_, tr("&Verified:")}};
    for (const auto& [box, text] : labels) {
        if (auto* label = findChild<QLabel*>(box->objectName() + QStringLiteral("Label")))
            label->setText(text);
        box->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    }
    table_->setAccessibleName(tr("Accesses"));
    empty_->setText(tr("Nobody has read your records yet. Every access a provider makes, under a "
                       "grant or an emergency token, will be listed here with its proof."));
    csv_->setText(tr("E&xport CSV\u2026"));
    csv_->setAccessibleName(tr("Export CSV"));
    pdf_->setText(tr("Export P&DF\u2026"));
    pdf_->setAccessibleName(tr("Export PDF"));
    fillFilterChoices();
}

void AccessLogPage::setNow(std::int64_t now) {
    now_ = now;
    applyFilters();
}

void AccessLogPage::setEvents(const std::vector<wallet::AuditEvent>& events) {
    model_->setEvents(events);
    fillFilterChoices();
}

void AccessLogPage::setHideHealthDetails(bool hide) {
    model_->setHideHealthDetails(hide);
}

void AccessLogPage::fillFilterChoices() {
    // Rebuilding the choices must not run the filter once per item.
    const QSignalBlocker b1(reader_), b2(category_), b3(basis_), b4(period_), b5(verified_);
    const QVariant oldReader = reader_->currentData();
    const QVariant oldCategory = category_->currentData();
    const int oldBasis = std::max(0, basis_->currentIndex());
    const int oldPeriod = std::max(0, period_->currentIndex());
    const int oldVerified = std::max(0, verified_->currentIndex());

    std::map<crypto::PublicKey, QString> readers;
    std::set<std::string> categories;
    for (const auto& e : model_->events()) {
        if (readers.find(e.reader) == readers.end())
            readers.emplace(e.reader, AuditModel::readerText(e));
        categories.insert(e.categories.begin(), e.categories.end());
    }
    reader_->clear();
    reader_->addItem(tr("Anyone"));
    readerKeys_.clear();
    for (const auto& [key, name] : readers) {
        const QString id = QString::fromStdString(crypto::key_id_hex(key));
        readerKeys_.emplace(id, key);
        reader_->addItem(name, id);
    }
    category_->clear();
    category_->addItem(tr("Any"));
    for (const auto& c : categories)
        category_->addItem(tr("%1 (%2)").arg(categoryName(c), QString::fromStdString(c)),
                           QString::fromStdString(c));
    basis_->clear();
    basis_->addItems({tr("Any"), tr("Grant"), tr("Emergency token")});
    period_->clear();
    period_->addItems(
        {tr("All time"), tr("Last 7 days"), tr("Last 30 days"), tr("Last 12 months")});
    verified_->clear();
    verified_->addItems({tr("Any"), tr("\u2714 Verified only"), tr("\u2716 Not verified only")});

    reader_->setCurrentIndex(std::max(0, reader_->findData(oldReader)));
    category_->setCurrentIndex(std::max(0, category_->findData(oldCategory)));
    basis_->setCurrentIndex(oldBasis);
    period_->setCurrentIndex(oldPeriod);
    verified_->setCurrentIndex(oldVerified);
    applyFilters();
}

void AccessLogPage::applyFilters() {
    AuditFilter::Criteria c;
    const QString readerId = reader_->currentData().toString();
    if (const auto it = readerKeys_.find(readerId); it != readerKeys_.end())
        c.reader = it->second;
    c.category = category_->currentData().toString().toStdString();
    if (basis_->currentIndex() == 1)
        c.basis = ledger::AccessBasis::grant;
    if (basis_->currentIndex() == 2)
        c.basis = ledger::AccessBasis::emergency;
    const std::int64_t back = kPeriods[std::max(0, period_->currentIndex())];
    c.from = back == 0 ? 0 : static_cast<std::uint64_t>(now_ - back);
    if (verified_->currentIndex() == 1)
        c.verified = true;
    if (verified_->currentIndex() == 2)
        c.verified = false;
    c.search = search_->text();
    filter_->setCriteria(std::move(c));

    const int total = model_->rowCount();
    const int shown = filter_->rowCount();
    empty_->setVisible(total == 0);
    table_->setVisible(total > 0);
    chart_->setVisible(total > 0);
    count_->setText(total == shown ? tr("%n accesses", "", total)
                                   : tr("%1 of %n accesses shown", "", total).arg(shown));
    csv_->setEnabled(shown > 0);
    pdf_->setEnabled(shown > 0);
    chartTimer_->start();
}

int AccessLogPage::shownCount() const {
    return filter_->rowCount();
}

void AccessLogPage::refreshChart() {
    std::vector<std::uint64_t> times;
    const int n = filter_->rowCount();
    times.reserve(static_cast<std::size_t>(n));
    for (int row = 0; row < n; ++row)
        times.push_back(model_->eventAt(filter_->mapToSource(filter_->index(row, 0)).row()).time);
    chart_->setTimes(times);
}

std::vector<const wallet::AuditEvent*> AccessLogPage::shownEvents() const {
    std::vector<const wallet::AuditEvent*> out;
    const int n = filter_->rowCount();
    out.reserve(static_cast<std::size_t>(n));
    for (int row = 0; row < n; ++row)
        out.push_back(&model_->eventAt(filter_->mapToSource(filter_->index(row, 0)).row()));
    return out;
}

Status AccessLogPage::exportCsv(const QString& path) const {
    return writeAuditCsv(path, shownEvents());
}

Status AccessLogPage::exportPdf(const QString& path) const {
    return writeAuditPdf(path, shownEvents(), {patientKeyId_, QDateTime::currentSecsSinceEpoch()});
}

void AccessLogPage::exportWithDialog(bool pdf) {
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Export the access log as PDF") : tr("Export the access log as CSV"),
        pdf ? tr("access-log.pdf") : tr("access-log.csv"),
        pdf ? tr("PDF documents (*.pdf)") : tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status st = pdf ? exportPdf(path) : exportCsv(path);
    count_->setText(st ? tr("Saved %1").arg(path)
                       : errorText(QString::fromStdString(st.error().code),
                                   QString::fromStdString(st.error().message)));
}

} // namespace careledger::ui::patient
