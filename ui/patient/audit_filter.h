// The access log's filters: reader, category, basis, period, verified, and a free-text search.
// Reads the events straight from the model's vector (not through data()), so filtering 100,000
// events does not format 100,000 rows of text.
#pragma once

#include "crypto/ed25519.h"
#include "ledger/entry.h"

#include <QSortFilterProxyModel>
#include <optional>
#include <string>

namespace careledger::ui::patient {

class AuditModel;

class AuditFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit AuditFilter(AuditModel* source, QObject* parent = nullptr);

    // What the filters ask for; applied in one pass (one re-filter, one re-sort).
    struct Criteria {
        std::optional<crypto::PublicKey> reader;
        std::string category; // "" for any
        std::optional<ledger::AccessBasis> basis;
        std::uint64_t from = 0; // [from, until); 0: open
        std::uint64_t until = 0;
        std::optional<bool> verified;
        QString search; // matches reader, key id, categories and purpose (names and codes)
        bool operator==(const Criteria&) const = default;
    };
    void setCriteria(Criteria criteria);
    [[nodiscard]] const Criteria& criteria() const { return c_; }

protected:
    bool filterAcceptsRow(int source_row, const QModelIndex& source_parent) const override;
    // Time, the default sort, compares the events directly (no QVariant per comparison).
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    AuditModel* source_;
    Criteria c_;
    bool searchIsHex_ = false;
};

} // namespace careledger::ui::patient
