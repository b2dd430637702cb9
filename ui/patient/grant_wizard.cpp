#include "patient/grant_wizard.h"

#include "crypto/identity.h"
#include "ledger/consent_vocabulary.h"
#include "patient/vocabulary_text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace careledger::ui::patient {

namespace {
constexpr int kProviderIndexRole = Qt::UserRole;
constexpr int kCodeRole = Qt::UserRole + 1;

std::uint64_t startOfDay(QDate d) {
    return static_cast<std::uint64_t>(d.startOfDay().toSecsSinceEpoch());
}
QString name(const std::string& s) {
    return QString::fromStdString(s);
}
} // namespace

QString grantPreviewText(const ledger::ProviderListing& grantee,
                         const std::vector<std::string>& categories, const std::string& purpose,
                         QDate from, QDate until) {
    const auto& c = grantee.certification;
    const QString dateFormat = QStringLiteral("d MMM yyyy");
    //: %1 provider's name, %2 organisation, %3 role, %4 list of record categories,
    //: %5 purpose phrase such as "for treatment", %6 and %7 dates
    return QCoreApplication::translate(
               "GrantWizard",
               "%1 (%2, %3) will be able to see your %4, %5, from %6 until %7. You can revoke this "
               "at any time; every time they read your records it will appear in your access log.")
        .arg(name(c.display_name), name(c.organisation), name(c.provider_role),
             categoryList(categories), purposePhrase(purpose), QLocale().toString(from, dateFormat),
             QLocale().toString(until, dateFormat));
}

GrantWizard::GrantWizard(const std::vector<ledger::ProviderListing>& providers, QDate today,
                         QWidget* parent)
    : QDialog(parent), providers_(providers), today_(today) {
    setWindowTitle(tr("New grant"));
    setObjectName(QStringLiteral("grantWizard"));
    auto* layout = new QVBoxLayout(this);
    stepTitle_ = new QLabel(this);
    QFont f = stepTitle_->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    stepTitle_->setFont(f);
    layout->addWidget(stepTitle_);
    stack_ = new QStackedWidget(this);
    layout->addWidget(stack_, 1);

    // 1. Provider.
    auto* providerPage = new QWidget(stack_);
    auto* pl = new QVBoxLayout(providerPage);
    auto* searchLabel = new QLabel(tr("&Search the provider directory:"), providerPage);
    search_ = new QLineEdit(providerPage);
    search_->setObjectName(QStringLiteral("providerSearch"));
    search_->setPlaceholderText(tr("Name, organisation, role or key id"));
    search_->setAccessibleName(tr("Search providers"));
    search_->setClearButtonEnabled(true);
    searchLabel->setBuddy(search_);
    providerList_ = new QListWidget(providerPage);
    providerList_->setObjectName(QStringLiteral("providerList"));
    providerList_->setAccessibleName(tr("Providers"));
    noProviders_ = new QLabel(tr("No certified provider matches. Check the spelling, or sync to "
                                 "refresh the directory."),
                              providerPage);
    noProviders_->setWordWrap(true);
    pl->addWidget(searchLabel);
    pl->addWidget(search_);
    pl->addWidget(providerList_, 1);
    pl->addWidget(noProviders_);
    for (std::size_t i = 0; i < providers_.size(); ++i) {
        const auto& c = providers_[i].certification;
        //: provider list line: %1 name, %2 organisation, %3 role, %4 key id
        auto* item =
            new QListWidgetItem(tr("%1 \u2014 %2, %3\nKey %4")
                                    .arg(name(c.display_name), name(c.organisation),
                                         name(c.provider_role), shortKeyId(providers_[i].key)),
                                providerList_);
        item->setData(kProviderIndexRole, static_cast<int>(i));
    }
    stack_->addWidget(providerPage);

    // 2. Categories.
    auto* categoryPage = new QWidget(stack_);
    auto* cl = new QVBoxLayout(categoryPage);
    auto* categoryLabel = new QLabel(tr("Which kinds of &records may they see?"), categoryPage);
    categoryList_ = new QListWidget(categoryPage);
    categoryList_->setObjectName(QStringLiteral("categoryList"));
    categoryList_->setAccessibleName(tr("Record categories"));
    categoryLabel->setBuddy(categoryList_);
    for (const auto& code : knownCategories()) {
        //: %1 human name of a record category, %2 its code
        auto* item =
            new QListWidgetItem(tr("%1 (%2)").arg(categoryName(code), name(code)), categoryList_);
        item->setData(kCodeRole, name(code));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    cl->addWidget(categoryLabel);
    cl->addWidget(categoryList_, 1);
    stack_->addWidget(categoryPage);

    // 3. Purpose.
    auto* purposePage = new QWidget(stack_);
    auto* ul = new QFormLayout(purposePage);
    purpose_ = new QComboBox(purposePage);
    purpose_->setObjectName(QStringLiteral("purposeBox"));
    purpose_->setAccessibleName(tr("Purpose"));
    for (const auto code : ledger::kPurposes) {
        const std::string c(code);
        purpose_->addItem(tr("%1 (%2)").arg(purposeName(c), name(c)), name(c));
    }
    download_ = new QCheckBox(tr("Allow them to &download copies"), purposePage);
    download_->setObjectName(QStringLiteral("downloadBox"));
    download_->setAccessibleName(tr("Allow downloading copies"));
    auto* purposeLabel = new QLabel(tr("&Purpose of use:"), purposePage);
    purposeLabel->setBuddy(purpose_);
    ul->addRow(purposeLabel, purpose_);
    ul->addRow(QString(), download_);
    stack_->addWidget(purposePage);

    // 4. Period.
    auto* periodPage = new QWidget(stack_);
    auto* dl = new QFormLayout(periodPage);
    from_ = new QDateEdit(today_, periodPage);
    from_->setObjectName(QStringLiteral("fromDate"));
    from_->setCalendarPopup(true);
    from_->setMinimumDate(today_);
    from_->setAccessibleName(tr("Valid from"));
    until_ = new QDateEdit(today_.addMonths(3), periodPage);
    until_->setObjectName(QStringLiteral("untilDate"));
    until_->setCalendarPopup(true);
    until_->setMinimumDate(today_);
    until_->setMaximumDate(today_.addYears(10));
    until_->setAccessibleName(tr("Valid until"));
    auto* fromLabel = new QLabel(tr("Valid &from:"), periodPage);
    fromLabel->setBuddy(from_);
    auto* untilLabel = new QLabel(tr("Valid &until (inclusive):"), periodPage);
    untilLabel->setBuddy(until_);
    periodError_ = new QLabel(periodPage);
    periodError_->setWordWrap(true);
    dl->addRow(fromLabel, from_);
    dl->addRow(untilLabel, until_);
    dl->addRow(periodError_);
    stack_->addWidget(periodPage);

    // 5. Preview.
    auto* previewPage = new QWidget(stack_);
    auto* vl = new QVBoxLayout(previewPage);
    preview_ = new QLabel(previewPage);
    preview_->setObjectName(QStringLiteral("grantPreview"));
    preview_->setWordWrap(true);
    preview_->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    preview_->setAccessibleName(tr("What you are about to grant"));
    QFont pf = preview_->font();
    pf.setPointSizeF(pf.pointSizeF() * 1.15);
    preview_->setFont(pf);
    // All the page's height: a wrapped label inside a stacked page does not get its
    // height-for-width, so it must not depend on its size hint.
    preview_->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    preview_->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    vl->addWidget(preview_, 1);
    stack_->addWidget(previewPage);

    auto* buttons = new QHBoxLayout;
    cancel_ = new QPushButton(tr("Cancel"), this);
    cancel_->setObjectName(QStringLiteral("cancelButton"));
    cancel_->setAccessibleName(tr("Cancel"));
    back_ = new QPushButton(tr("< &Back"), this);
    back_->setObjectName(QStringLiteral("backButton"));
    back_->setAccessibleName(tr("Back"));
    next_ = new QPushButton(tr("&Next >"), this);
    next_->setObjectName(QStringLiteral("nextButton"));
    next_->setAccessibleName(tr("Next"));
    next_->setDefault(true);
    sign_ = new QPushButton(tr("&Sign and grant"), this);
    sign_->setObjectName(QStringLiteral("signButton"));
    sign_->setAccessibleName(tr("Sign and grant"));
    buttons->addWidget(cancel_);
    buttons->addStretch();
    buttons->addWidget(back_);
    buttons->addWidget(next_);
    buttons->addWidget(sign_);
    layout->addLayout(buttons);

    connect(search_, &QLineEdit::textChanged, this, &GrantWizard::filterProviders);
    connect(providerList_, &QListWidget::currentRowChanged, this, &GrantWizard::updateButtons);
    connect(providerList_, &QListWidget::itemActivated, this, [this] { next(); });
    connect(categoryList_, &QListWidget::itemChanged, this, &GrantWizard::updateButtons);
    connect(from_, &QDateEdit::dateChanged, this, &GrantWizard::updateButtons);
    connect(until_, &QDateEdit::dateChanged, this, &GrantWizard::updateButtons);
    connect(next_, &QPushButton::clicked, this, &GrantWizard::next);
    connect(back_, &QPushButton::clicked, this, &GrantWizard::back);
    connect(sign_, &QPushButton::clicked, this, &QDialog::accept);
    connect(cancel_, &QPushButton::clicked, this, &QDialog::reject);

    setMinimumSize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 22);
    filterProviders(QString());
    goTo(provider_step);
}

int GrantWizard::step() const {
    return stack_->currentIndex();
}

void GrantWizard::goTo(int step) {
    stack_->setCurrentIndex(step);
    static const char* const titles[] = {
        QT_TR_NOOP("Step 1 of 5: Who may see your records?"),
        QT_TR_NOOP("Step 2 of 5: Which records?"),
        QT_TR_NOOP("Step 3 of 5: For what purpose?"),
        QT_TR_NOOP("Step 4 of 5: For how long?"),
        QT_TR_NOOP("Step 5 of 5: Check and sign"),
    };
    stepTitle_->setText(tr(titles[step]));
    if (step == preview_step)
        preview_->setText(previewText());
    updateButtons();
    switch (step) {
    case provider_step:
        search_->setFocus();
        break;
    case categories_step:
        categoryList_->setFocus();
        break;
    case purpose_step:
        purpose_->setFocus();
        break;
    case period_step:
        from_->setFocus();
        break;
    default:
        sign_->setFocus();
        break;
    }
}

void GrantWizard::next() {
    if (next_->isEnabled() && step() < preview_step)
        goTo(step() + 1);
}

void GrantWizard::back() {
    if (step() > provider_step)
        goTo(step() - 1);
}

void GrantWizard::filterProviders(const QString& text) {
    int shown = 0;
    for (int row = 0; row < providerList_->count(); ++row) {
        QListWidgetItem* item = providerList_->item(row);
        const auto& p =
            providers_[static_cast<std::size_t>(item->data(kProviderIndexRole).toInt())];
        const bool match = text.isEmpty() || item->text().contains(text, Qt::CaseInsensitive) ||
                           name(crypto::key_id_hex(p.key)).startsWith(text, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (match) {
            ++shown;
            if (providerList_->currentItem() == nullptr || providerList_->currentItem()->isHidden())
                providerList_->setCurrentItem(item);
        }
    }
    if (shown == 0)
        providerList_->setCurrentRow(-1);
    noProviders_->setVisible(shown == 0);
    updateButtons();
}

const ledger::ProviderListing* GrantWizard::selectedProvider() const {
    const QListWidgetItem* item = providerList_->currentItem();
    if (item == nullptr || item->isHidden())
        return nullptr;
    return &providers_[static_cast<std::size_t>(item->data(kProviderIndexRole).toInt())];
}

std::vector<std::string> GrantWizard::selectedCategories() const {
    std::vector<std::string> out;
    for (int row = 0; row < categoryList_->count(); ++row) {
        const QListWidgetItem* item = categoryList_->item(row);
        if (item->checkState() == Qt::Checked)
            out.push_back(item->data(kCodeRole).toString().toStdString());
    }
    std::sort(out.begin(), out.end()); // the ledger wants them sorted and unique
    return out;
}

std::string GrantWizard::selectedPurpose() const {
    return purpose_->currentData().toString().toStdString();
}

void GrantWizard::updateButtons() {
    bool ok = true;
    periodError_->clear();
    switch (step()) {
    case provider_step:
        ok = selectedProvider() != nullptr;
        break;
    case categories_step:
        ok = !selectedCategories().empty();
        break;
    case period_step:
        ok = until_->date() >= from_->date();
        if (!ok)
            periodError_->setText(tr("\u26A0 The end date is before the start date."));
        break;
    default:
        break;
    }
    next_->setEnabled(ok);
    next_->setVisible(step() != preview_step);
    sign_->setVisible(step() == preview_step);
    back_->setEnabled(step() != provider_step);
}

wallet::GrantRequest GrantWizard::request() const {
    wallet::GrantRequest r;
    if (const auto* p = selectedProvider())
        r.grantee = p->key;
    r.categories = selectedCategories();
    r.purpose = selectedPurpose();
    r.mode = download_->isChecked() ? std::string(ledger::kModeViewDownload)
                                    : std::string(ledger::kModeView);
    // From today means from now (0); a later day starts at local midnight. The last day is
    // included: the grant ends at the following midnight (validity is half-open).
    r.not_before = from_->date() <= today_ ? 0 : startOfDay(from_->date());
    r.expiry = startOfDay(until_->date().addDays(1));
    return r;
}

QString GrantWizard::previewText() const {
    const auto* p = selectedProvider();
    if (p == nullptr)
        return {};
    return grantPreviewText(*p, selectedCategories(), selectedPurpose(), from_->date(),
                            until_->date());
}

} // namespace careledger::ui::patient
