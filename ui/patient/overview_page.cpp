#include "patient/overview_page.h"

#include "common/error_text.h"
#include "patient/vocabulary_text.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace careledger::ui::patient {

namespace {
QLabel* heading(QWidget* parent) {
    auto* label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    return label;
}
} // namespace

OverviewPage::OverviewPage(QWidget* parent) : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    title_ = heading(this);
    QFont f = title_->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    title_->setFont(f);
    layout->addWidget(title_);

    ledgerHeading_ = heading(this);
    layout->addWidget(ledgerHeading_);
    syncState_ = new QLabel(this);
    syncState_->setObjectName(QStringLiteral("syncState"));
    syncState_->setWordWrap(true);
    syncState_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(syncState_);
    ledgerDetails_ = new QLabel(this);
    ledgerDetails_->setObjectName(QStringLiteral("ledgerDetails"));
    ledgerDetails_->setWordWrap(true);
    ledgerDetails_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(ledgerDetails_);

    auto* buttons = new QHBoxLayout;
    sync_ = new QPushButton(this);
    sync_->setObjectName(QStringLiteral("syncButton"));
    showLog_ = new QPushButton(this);
    showLog_->setObjectName(QStringLiteral("showAccessLogButton"));
    buttons->addWidget(sync_);
    buttons->addWidget(showLog_);
    buttons->addStretch();
    layout->addLayout(buttons);

    countsHeading_ = heading(this);
    layout->addWidget(countsHeading_);
    counts_ = new QLabel(this);
    counts_->setWordWrap(true);
    layout->addWidget(counts_);

    alertsHeading_ = heading(this);
    layout->addWidget(alertsHeading_);
    noAlerts_ = new QLabel(this);
    noAlerts_->setWordWrap(true);
    layout->addWidget(noAlerts_);
    alertList_ = new QListWidget(this);
    alertList_->setObjectName(QStringLiteral("alertList"));
    alertList_->setWordWrap(true);
    layout->addWidget(alertList_, 1);
    layout->addStretch();

    connect(sync_, &QPushButton::clicked, this, &OverviewPage::syncRequested);
    connect(showLog_, &QPushButton::clicked, this, &OverviewPage::showAccessLogRequested);
    buildTexts();
}

void OverviewPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        buildTexts();
    QWidget::changeEvent(event);
}

void OverviewPage::buildTexts() {
    title_->setText(tr("Overview"));
    ledgerHeading_->setText(tr("Ledger"));
    countsHeading_->setText(tr("Your records at a glance"));
    alertsHeading_->setText(tr("Alerts"));
    sync_->setText(tr("&Sync now"));
    sync_->setAccessibleName(tr("Sync now"));
    sync_->setAccessibleDescription(tr("Fetch the ledger's newest checkpoint and verify it"));
    showLog_->setText(tr("Show access &log"));
    showLog_->setAccessibleName(tr("Show access log"));
    alertList_->setAccessibleName(tr("Alerts"));
    syncState_->setAccessibleName(tr("Sync state"));
    ledgerDetails_->setAccessibleName(tr("Ledger details"));
    showStatus();
    showAlerts();
    showCounts();
}

void OverviewPage::setLedgerStatus(const LedgerStatusView& status) {
    status_ = status;
    haveStatus_ = true;
    showStatus();
}

void OverviewPage::setAlerts(const std::vector<AlertView>& alerts) {
    alerts_ = alerts;
    showAlerts();
}

void OverviewPage::setCounts(int active_grants, int accesses, int active_tokens) {
    grants_ = active_grants;
    accesses_ = accesses;
    tokens_ = active_tokens;
    showCounts();
}

void OverviewPage::setHideHealthDetails(bool hide) {
    hide_ = hide; // the overview shows no health details; kept for the page contract
}

void OverviewPage::showStatus() {
    if (!haveStatus_) {
        syncState_->setText(
            tr("Not synced yet. Sync to fetch and verify the ledger's checkpoint."));
        ledgerDetails_->clear();
        return;
    }
    const LedgerStatusView& s = status_;
    if (!s.error_code.isEmpty()) {
        //: %1 is the reason, already in the user's language
        syncState_->setText(
            tr("\u2716 The last sync failed: %1").arg(errorText(s.error_code, s.error_message)));
    } else if (s.last_sync == 0) {
        syncState_->setText(
            tr("Not synced yet. Sync to fetch and verify the ledger's checkpoint."));
    } else {
        const bool quorum = s.cosignatures >= s.quorum;
        syncState_->setText(
            quorum ? tr("\u2714 Verified checkpoint: %n cosignature(s) of the %1 required. Last "
                        "synced %2.",
                        nullptr, static_cast<int>(s.cosignatures))
                         .arg(s.quorum)
                         .arg(formatDateTime(static_cast<std::uint64_t>(s.last_sync)))
                   : tr("\u26A0 The checkpoint has %n cosignature(s) but %1 are required. Last "
                        "synced %2.",
                        nullptr, static_cast<int>(s.cosignatures))
                         .arg(s.quorum)
                         .arg(formatDateTime(static_cast<std::uint64_t>(s.last_sync))));
    }
    const QString where = s.embedded ? tr("Embedded ledger at %1").arg(s.location)
                                     : tr("Network node %1").arg(s.location);
    QString details = where + QLatin1Char('\n') + tr("Log: %1").arg(s.origin) + QLatin1Char('\n') +
                      tr("%n entries", "", static_cast<int>(s.tree_size));
    if (s.checkpoint_time > 0)
        details += QLatin1Char('\n') +
                   tr("Checkpoint signed %1")
                       .arg(formatDateTime(static_cast<std::uint64_t>(s.checkpoint_time)));
    if (!s.root_base64.isEmpty())
        details += QLatin1Char('\n') + tr("Root hash: %1").arg(s.root_base64);
    if (!s.synced_from.isEmpty() && s.error_code.isEmpty()) {
        // What the light node verified in its last sync from a node.
        //: %1 the node's URL, %2 and %3 the checkpoint sizes before and after
        details += QLatin1Char('\n') + tr("Last sync from %1: checkpoint %2 \u2192 %3")
                                           .arg(s.synced_from)
                                           .arg(s.old_size)
                                           .arg(s.tree_size);
        details += QLatin1Char('\n') +
                   tr("%n new entries verified", "", static_cast<int>(s.entries_verified)) +
                   QStringLiteral(", ") + tr("%n new alerts", "", static_cast<int>(s.new_alerts));
        if (s.outbox_waiting > 0)
            details += QLatin1Char('\n') + tr("%n of your entries wait to be published", "",
                                              static_cast<int>(s.outbox_waiting));
    }
    ledgerDetails_->setText(details);
}

void OverviewPage::showAlerts() {
    alertList_->clear();
    noAlerts_->setVisible(alerts_.empty());
    alertList_->setVisible(!alerts_.empty());
    noAlerts_->setText(
        tr("\u2714 No alerts. Nobody has used an emergency token or read your records "
           "without a grant."));
    for (const AlertView& a : alerts_) {
        QString kind;
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxWarning;
        switch (a.kind) {
        case AlertView::Kind::emergency_access:
            kind = tr("Emergency access");
            break;
        case AlertView::Kind::unknown_reader:
            kind = tr("Unknown reader");
            icon = QStyle::SP_MessageBoxCritical;
            break;
        case AlertView::Kind::missing_submission:
            kind = tr("Missing submission");
            break;
        case AlertView::Kind::lying_node:
            kind = tr("Inconsistent ledger node");
            icon = QStyle::SP_MessageBoxCritical;
            break;
        }
        //: %1 kind of alert, %2 date and time, %3 one-line summary
        alertList_->addItem(
            tr("%1 \u2014 %2\n%3")
                .arg(kind, formatDateTime(static_cast<std::uint64_t>(a.time)), a.summary));
        QListWidgetItem* item = alertList_->item(alertList_->count() - 1);
        item->setIcon(style()->standardIcon(icon));
        if (a.index > 0)
            item->setToolTip(tr("Ledger entry #%1").arg(a.index));
    }
    alertsHeading_->setText(
        alerts_.empty() ? tr("Alerts") : tr("Alerts (%n)", "", static_cast<int>(alerts_.size())));
}

void OverviewPage::showCounts() {
    counts_->setText(tr("%n active grants", "", grants_) + QLatin1Char('\n') +
                     tr("%n recorded accesses", "", accesses_) + QLatin1Char('\n') +
                     tr("%n active emergency tokens", "", tokens_));
}

} // namespace careledger::ui::patient
