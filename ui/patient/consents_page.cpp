#include "patient/consents_page.h"

#include "patient/grant_wizard.h"
#include "patient/vocabulary_text.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace careledger::ui::patient {

namespace {
constexpr int kGrantIndexRole = Qt::UserRole;
enum Column { status_col, grantee_col, categories_col, purpose_col, from_col, until_col, count };

bool revocable(ledger::GrantStatus s) {
    return s == ledger::GrantStatus::active || s == ledger::GrantStatus::not_yet_valid;
}
} // namespace

ConsentsPage::ConsentsPage(QWidget* parent) : QWidget(parent), today_(QDate::currentDate()) {
    auto* layout = new QVBoxLayout(this);
    title_ = new QLabel(this);
    QFont f = title_->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.3);
    title_->setFont(f);
    layout->addWidget(title_);
    empty_ = new QLabel(this);
    empty_->setWordWrap(true);
    layout->addWidget(empty_);
    table_ = new QTreeWidget(this);
    table_->setObjectName(QStringLiteral("grantTable"));
    table_->setRootIsDecorated(false);
    table_->setColumnCount(Column::count);
    table_->setAlternatingRowColors(true);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->header()->setStretchLastSection(false);
    table_->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table_->header()->setSectionResizeMode(categories_col, QHeaderView::Stretch);
    layout->addWidget(table_, 1);
    auto* buttons = new QHBoxLayout;
    grant_ = new QPushButton(this);
    grant_->setObjectName(QStringLiteral("newGrantButton"));
    revoke_ = new QPushButton(this);
    revoke_->setObjectName(QStringLiteral("revokeButton"));
    buttons->addWidget(grant_);
    buttons->addWidget(revoke_);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(grant_, &QPushButton::clicked, this, &ConsentsPage::openWizard);
    connect(revoke_, &QPushButton::clicked, this, &ConsentsPage::askRevoke);
    connect(table_, &QTreeWidget::currentItemChanged, this, &ConsentsPage::updateButtons);
    buildTexts();
}

void ConsentsPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        buildTexts();
    QWidget::changeEvent(event);
}

void ConsentsPage::buildTexts() {
    title_->setText(tr("Consents"));
    empty_->setText(tr("You have not granted anyone access yet. Use \u201cNew grant\u201d to let a "
                       "provider see chosen parts of your records for a limited time."));
    table_->setHeaderLabels(
        {tr("Status"), tr("Grantee"), tr("Records"), tr("Purpose"), tr("From"), tr("Until")});
    table_->setAccessibleName(tr("Grants"));
    grant_->setText(tr("&New grant\u2026"));
    grant_->setAccessibleName(tr("New grant"));
    revoke_->setText(tr("&Revoke\u2026"));
    revoke_->setAccessibleName(tr("Revoke the selected grant"));
    fill();
}

void ConsentsPage::setGrants(const std::vector<ledger::GrantWithStatus>& grants) {
    grants_ = grants;
    fill();
}

void ConsentsPage::setProviders(const std::vector<ledger::ProviderListing>& providers) {
    providers_ = providers;
    fill();
}

void ConsentsPage::setHideHealthDetails(bool hide) {
    hide_ = hide;
    fill();
}

QString ConsentsPage::granteeName(const crypto::PublicKey& key) const {
    for (const auto& p : providers_)
        if (p.key == key)
            //: %1 provider name, %2 organisation
            return tr("%1 (%2)").arg(QString::fromStdString(p.certification.display_name),
                                     QString::fromStdString(p.certification.organisation));
    return tr("Unlisted key %1").arg(shortKeyId(key));
}

void ConsentsPage::fill() {
    table_->clear();
    empty_->setVisible(grants_.empty());
    table_->setVisible(!grants_.empty());
    for (std::size_t i = 0; i < grants_.size(); ++i) {
        const auto& g = grants_[i];
        const auto& t = g.grant.terms;
        auto* item = new QTreeWidgetItem(table_);
        item->setData(0, kGrantIndexRole, static_cast<int>(i));
        item->setText(status_col,
                      grantStatusSymbol(g.status) + QLatin1Char(' ') + grantStatusName(g.status));
        item->setText(grantee_col, granteeName(t.grantee));
        QStringList names;
        QStringList codes;
        for (const auto& c : t.categories) {
            names << categoryName(c);
            codes << QString::fromStdString(c);
        }
        item->setText(categories_col, hide_ ? tr("(hidden)") : names.join(QStringLiteral(", ")));
        if (!hide_)
            item->setToolTip(categories_col, codes.join(QStringLiteral(", ")));
        item->setText(purpose_col, purposeName(t.purpose));
        item->setToolTip(purpose_col, QString::fromStdString(t.purpose));
        item->setText(from_col,
                      formatDate(t.not_before != 0 ? t.not_before : g.grant.granted.time));
        item->setText(until_col, formatDate(t.expiry > 0 ? t.expiry - 1 : 0));
        if (g.grant.revoked)
            item->setToolTip(status_col,
                             tr("Revoked on %1").arg(formatDateTime(g.grant.revoked->time)));
        if (!revocable(g.status)) {
            QFont font = item->font(0);
            font.setItalic(true);
            for (int c = 0; c < Column::count; ++c)
                item->setFont(c, font);
        }
    }
    updateButtons();
}

void ConsentsPage::updateButtons() {
    const QTreeWidgetItem* item = table_->currentItem();
    bool ok = false;
    if (item != nullptr) {
        const auto i = static_cast<std::size_t>(item->data(0, kGrantIndexRole).toInt());
        ok = i < grants_.size() && revocable(grants_[i].status);
    }
    // A revoked grant disables the focused Revoke button: keep the focus on the list rather
    // than let it move on to whatever control comes next.
    if (!ok && window()->focusWidget() == revoke_)
        table_->setFocus();
    revoke_->setEnabled(ok);
}

void ConsentsPage::openWizard() {
    if (wizard_)
        return;
    wizard_ = new GrantWizard(providers_, today_, this);
    wizard_->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard_, &QDialog::accepted, this, [this] {
        if (wizard_)
            emit grantRequested(wizard_->request());
    });
    wizard_->open();
}

void ConsentsPage::askRevoke() {
    const QTreeWidgetItem* item = table_->currentItem();
    if (item == nullptr || confirm_)
        return;
    const auto i = static_cast<std::size_t>(item->data(0, kGrantIndexRole).toInt());
    if (i >= grants_.size())
        return;
    const ledger::EntryId id = grants_[i].grant.id;
    confirm_ = new QMessageBox(QMessageBox::Question, tr("Revoke grant"),
                               tr("Revoke the access of %1? They will no longer be able to read "
                                  "your records under this grant. This is recorded on the ledger "
                                  "and cannot be undone.")
                                   .arg(granteeName(grants_[i].grant.terms.grantee)),
                               QMessageBox::Yes | QMessageBox::No, this);
    confirm_->setObjectName(QStringLiteral("revokeConfirmation"));
    confirm_->setDefaultButton(QMessageBox::No);
    confirm_->button(QMessageBox::Yes)->setText(tr("&Revoke"));
    confirm_->button(QMessageBox::Yes)->setAccessibleName(tr("Revoke"));
    confirm_->button(QMessageBox::No)->setText(tr("&Keep"));
    confirm_->button(QMessageBox::No)->setAccessibleName(tr("Keep the grant"));
    confirm_->setAttribute(Qt::WA_DeleteOnClose);
    connect(confirm_, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes)
            emit revokeRequested(id);
    });
    confirm_->open();
}

} // namespace careledger::ui::patient
