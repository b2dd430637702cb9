// The patient's grants with their status (active / not yet valid / expired / revoked, icon and
// text), a wizard to grant access, and revoking with a confirmation. Requests go out as signals.
#pragma once

#include "common/view_types.h"

#include <QDate>
#include <QPointer>
#include <QWidget>
#include <vector>

class QLabel;
class QMessageBox;
class QPushButton;
class QTreeWidget;

namespace careledger::ui::patient {

class GrantWizard;

class ConsentsPage : public QWidget {
    Q_OBJECT
public:
    explicit ConsentsPage(QWidget* parent = nullptr);

    void setGrants(const std::vector<careledger::ledger::GrantWithStatus>& grants);
    void setProviders(const std::vector<careledger::ledger::ProviderListing>& providers);
    void setHideHealthDetails(bool hide);
    // The day the wizard treats as today (tests pin it; the clock otherwise).
    void setToday(QDate today) { today_ = today; }

signals:
    void grantRequested(careledger::wallet::GrantRequest request);
    void revokeRequested(careledger::ledger::EntryId grant_id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildTexts();
    void fill();
    void openWizard();
    void askRevoke();
    void updateButtons();
    [[nodiscard]] QString granteeName(const crypto::PublicKey& key) const;

    std::vector<ledger::GrantWithStatus> grants_;
    std::vector<ledger::ProviderListing> providers_;
    bool hide_ = false;
    QDate today_;

    QLabel* title_ = nullptr;
    QLabel* empty_ = nullptr;
    QTreeWidget* table_ = nullptr;
    QPushButton* grant_ = nullptr;
    QPushButton* revoke_ = nullptr;
    QPointer<GrantWizard> wizard_;
    QPointer<QMessageBox> confirm_;
};

} // namespace careledger::ui::patient
