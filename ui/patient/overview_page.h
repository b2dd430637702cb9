// The patient's overview: the state of the ledger the wallet uses (synced, verified checkpoint
// with its cosignatures), counts of grants, accesses and tokens, and the alerts the wallet
// raised (emergency access, a reader never granted ...).
#pragma once

#include "common/view_types.h"

#include <QWidget>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;

namespace careledger::ui::patient {

class OverviewPage : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void setLedgerStatus(const careledger::ui::LedgerStatusView& status);
    void setAlerts(const std::vector<careledger::ui::AlertView>& alerts);
    void setCounts(int active_grants, int accesses, int active_tokens);
    void setHideHealthDetails(bool hide);

signals:
    void syncRequested();
    void showAccessLogRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildTexts();
    void showStatus();
    void showAlerts();
    void showCounts();

    LedgerStatusView status_;
    bool haveStatus_ = false;
    std::vector<AlertView> alerts_;
    int grants_ = 0;
    int accesses_ = 0;
    int tokens_ = 0;
    bool hide_ = false;

    QLabel* title_ = nullptr;
    QLabel* ledgerHeading_ = nullptr;
    QLabel* syncState_ = nullptr;
    QLabel* ledgerDetails_ = nullptr;
    QLabel* countsHeading_ = nullptr;
    QLabel* counts_ = nullptr;
    QLabel* alertsHeading_ = nullptr;
    QLabel* noAlerts_ = nullptr;
    QListWidget* alertList_ = nullptr;
    QPushButton* sync_ = nullptr;
    QPushButton* showLog_ = nullptr;
};

} // namespace careledger::ui::patient
