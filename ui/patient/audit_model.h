// The access log as a table model over the wallet's verified audit events: no per-row widgets or
// items, so 100,000 events cost the vector and nothing per row until a row is painted.
#pragma once

#include "wallet/consents.h"

#include <QAbstractTableModel>
#include <vector>

namespace careledger::ui::patient {

class AuditModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        time_col,
        reader_col,
        categories_col,
        purpose_col,
        basis_col,
        verified_col,
        count
    };
    // The raw value to sort by (unix time, or the text of other columns).
    static constexpr int kSortRole = Qt::UserRole + 1;

    explicit AuditModel(QObject* parent = nullptr);

    void setEvents(std::vector<wallet::AuditEvent> events);
    void setHideHealthDetails(bool hide);
    [[nodiscard]] const std::vector<wallet::AuditEvent>& events() const { return events_; }
    [[nodiscard]] const wallet::AuditEvent& eventAt(int row) const {
        return events_[static_cast<std::size_t>(row)];
    }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;

    // "Dr Ana Ruiz" or "Unknown reader 1a2b3c4d…" for an uncertified reader.
    static QString readerText(const wallet::AuditEvent& e);
    static QString categoriesText(const wallet::AuditEvent& e);

private:
    std::vector<wallet::AuditEvent> events_;
    bool hide_ = false;
};

} // namespace careledger::ui::patient
