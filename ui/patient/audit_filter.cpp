#include "patient/audit_filter.h"

#include "crypto/identity.h"
#include "patient/audit_model.h"
#include "patient/vocabulary_text.h"

#include <QRegularExpression>
#include <algorithm>

namespace careledger::ui::patient {

AuditFilter::AuditFilter(AuditModel* source, QObject* parent)
    : QSortFilterProxyModel(parent), source_(source) {
    setSourceModel(source);
    setSortRole(AuditModel::kSortRole);
}

void AuditFilter::setCriteria(Criteria criteria) {
    criteria.search = criteria.search.trimmed();
    if (criteria == c_)
        return;
    c_ = std::move(criteria);
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{4,32}$"));
    searchIsHex_ = hex.match(c_.search).hasMatch();
    // invalidate() re-maps in one layout change; invalidateFilter() would remove and insert rows
    // range by range, and the view updates its headers for each of thousands of ranges.
    invalidate();
}

bool AuditFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    if (left.column() == AuditModel::time_col && right.column() == AuditModel::time_col) {
        const auto& a = source_->eventAt(left.row());
        const auto& b = source_->eventAt(right.row());
        return a.time != b.time ? a.time < b.time : a.index < b.index;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

bool AuditFilter::filterAcceptsRow(int source_row, const QModelIndex& /*source_parent*/) const {
    const wallet::AuditEvent& e = source_->eventAt(source_row);
    if (c_.reader && e.reader != *c_.reader)
        return false;
    if (c_.basis && e.basis != *c_.basis)
        return false;
    if (c_.verified && e.verified != *c_.verified)
        return false;
    if (c_.from != 0 && e.time < c_.from)
        return false;
    if (c_.until != 0 && e.time >= c_.until)
        return false;
    if (!c_.category.empty() &&
        std::find(e.categories.begin(), e.categories.end(), c_.category) == e.categories.end())
        return false;
    if (c_.search.isEmpty())
        return true;
    // The search matches what the row shows (names in the user's language) and the codes.
    if (e.reader_name.empty()
            ? AuditModel::tr("Unknown reader").contains(c_.search, Qt::CaseInsensitive)
            : QString::fromStdString(e.reader_name).contains(c_.search, Qt::CaseInsensitive))
        return true;
    // A key id costs a hash per row: only when the search looks like one.
    if (searchIsHex_ && QString::fromStdString(crypto::key_id_hex(e.reader))
                            .startsWith(c_.search, Qt::CaseInsensitive))
        return true;
    for (const auto& c : e.categories)
        if (QString::fromStdString(c).contains(c_.search, Qt::CaseInsensitive) ||
            categoryName(c).contains(c_.search, Qt::CaseInsensitive))
            return true;
    return QString::fromStdString(e.purpose).contains(c_.search, Qt::CaseInsensitive) ||
           purposeName(e.purpose).contains(c_.search, Qt::CaseInsensitive);
}

} // namespace careledger::ui::patient
