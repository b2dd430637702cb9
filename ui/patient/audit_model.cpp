#include "patient/audit_model.h"

#include "crypto/identity.h"
#include "patient/vocabulary_text.h"

#include <QStringList>

namespace careledger::ui::patient {

AuditModel::AuditModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditModel::setEvents(std::vector<wallet::AuditEvent> events) {
    beginResetModel();
    events_ = std::move(events);
    endResetModel();
}

void AuditModel::setHideHealthDetails(bool hide) {
    hide_ = hide;
    if (!events_.empty())
        emit dataChanged(index(0, categories_col), index(rowCount() - 1, categories_col));
}

int AuditModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(events_.size());
}

int AuditModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : Column::count;
}

QString AuditModel::readerText(const wallet::AuditEvent& e) {
    if (!e.reader_name.empty())
        return QString::fromStdString(e.reader_name);
    return tr("Unknown reader %1").arg(shortKeyId(e.reader));
}

QString AuditModel::categoriesText(const wallet::AuditEvent& e) {
    QStringList names;
    for (const auto& c : e.categories)
        names << categoryName(c);
    return names.join(QStringLiteral(", "));
}

QVariant AuditModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const wallet::AuditEvent& e = eventAt(index.row());
    const int col = index.column();
    if (role == Qt::DisplayRole) {
        switch (col) {
        case time_col:
            return formatDateTime(e.time);
        case reader_col:
            return readerText(e);
        case categories_col:
            return hide_ ? tr("(hidden)") : categoriesText(e);
        case purpose_col:
            return purposeName(e.purpose);
        case basis_col:
            return basisName(e.basis);
        case verified_col:
            return e.verified ? tr("\u2714 Verified") : tr("\u2716 Not verified");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (col) {
        case reader_col:
            return tr("Key %1").arg(QString::fromStdString(crypto::key_id_hex(e.reader)));
        case categories_col: {
            if (hide_)
                return {};
            QStringList codes;
            for (const auto& c : e.categories)
                codes << QString::fromStdString(c);
            return codes.join(QStringLiteral(", "));
        }
        case purpose_col:
            return QString::fromStdString(e.purpose);
        case basis_col:
            //: %1 the grant id or emergency token id in hex
            return tr("Reference %1").arg(QString::fromStdString(e.reference_hex));
        case verified_col:
            return e.verified
                       ? tr("Signature checked and inclusion in the signed checkpoint proved "
                            "(ledger entry #%1)")
                             .arg(e.index)
                       : QString::fromStdString(e.verify_error);
        default:
            return {};
        }
    }
    if (role == kSortRole) {
        switch (col) {
        case time_col:
            return QVariant::fromValue<qulonglong>(e.time);
        case verified_col:
            return e.verified;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::AccessibleTextRole && col == verified_col)
        return e.verified ? tr("Verified")
                          : tr("Not verified: %1").arg(QString::fromStdString(e.verify_error));
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case time_col:
        return tr("Time");
    case reader_col:
        return tr("Reader");
    case categories_col:
        return tr("Records");
    case purpose_col:
        return tr("Purpose");
    case basis_col:
        return tr("Basis");
    case verified_col:
        return tr("Verified");
    default:
        return {};
    }
}

} // namespace careledger::ui::patient
