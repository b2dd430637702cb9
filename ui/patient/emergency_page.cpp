#include "patient/emergency_page.h"

#include "common/bytes.h"
#include "patient/qr_fullscreen.h"
#include "patient/vocabulary_text.h"
#include "token/triage_text.h"
#include "wallet/emergency.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace careledger::ui::patient {

namespace {

constexpr int kOriginalRole = Qt::UserRole + 1; // index of the card item a row was filled from

QString fromStd(const std::string& s) {
    return QString::fromStdString(s);
}

QString cell(const QTableWidget* t, int row, int column) {
    const auto* item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

int originalIndex(const QTableWidget* t, int row) {
    const auto* item = t->item(row, 0);
    return item && item->data(kOriginalRole).isValid() ? item->data(kOriginalRole).toInt() : -1;
}

void setRow(QTableWidget* t, int row, const QStringList& values, int original) {
    for (int c = 0; c < values.size(); ++c) {
        auto* item = new QTableWidgetItem(values[c]);
        if (c == 0 && original >= 0)
            item->setData(kOriginalRole, original);
        t->setItem(row, c, item);
    }
}

token::Concept textConcept(const QString& text) {
    return token::Concept{token::CodeSystem::none, {}, text.toStdString()};
}

// A concept edited in the table keeps its code only while its text is the one shown for it.
token::Concept keepOrText(const token::Concept& original, const QString& text) {
    return fromStd(token::concept_label(original)) == text ? original : textConcept(text);
}

QComboBox* riskBox(QWidget* parent, token::Criticality c) {
    auto* box = new QComboBox(parent);
    box->addItem(QString(), static_cast<int>(token::Criticality::unspecified));
    box->addItem(QCoreApplication::translate("careledger::ui::patient::EmergencyPage", "high"),
                 static_cast<int>(token::Criticality::high));
    box->addItem(QCoreApplication::translate("careledger::ui::patient::EmergencyPage", "low"),
                 static_cast<int>(token::Criticality::low));
    box->addItem(
        QCoreApplication::translate("careledger::ui::patient::EmergencyPage", "unable to assess"),
        static_cast<int>(token::Criticality::unable_to_assess));
    box->setCurrentIndex(box->findData(static_cast<int>(c)));
    box->setAccessibleName(
        QCoreApplication::translate("careledger::ui::patient::EmergencyPage", "Allergy risk"));
    return box;
}

} // namespace

EmergencyPage::EmergencyPage(QWidget* parent) : QWidget(parent) {
    buildUi();
    retranslate();
    renderCard();
    renderTokens();
}

QTableWidget* EmergencyPage::makeList(const QString& name, int columns) {
    auto* t = new QTableWidget(0, columns, editor_);
    t->setObjectName(name);
    t->verticalHeader()->setVisible(false);
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setTabKeyNavigation(false); // Tab leaves the table; arrow keys move between cells
    t->setMinimumHeight(fontMetrics().height() * 5);
    t->setMaximumHeight(fontMetrics().height() * 9);
    return t;
}

void EmergencyPage::buildUi() {
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    scroll->setWidget(content);
    outer->addWidget(scroll);
    auto* layout = new QVBoxLayout(content);

    title_ = new QLabel(content);
    QFont f = title_->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    title_->setFont(f);
    layout->addWidget(title_);

    cardHeading_ = new QLabel(content);
    QFont hf = cardHeading_->font();
    hf.setBold(true);
    cardHeading_->setFont(hf);
    cardHeading_->setWordWrap(true);
    layout->addWidget(cardHeading_);
    hiddenNote_ = new QLabel(content);
    hiddenNote_->setWordWrap(true);
    layout->addWidget(hiddenNote_);

    editor_ = new QWidget(content);
    auto* form = new QFormLayout(editor_);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto addLabelled = [&](QWidget* field) {
        auto* label = new QLabel(editor_);
        label->setBuddy(field);
        labels_ << label;
        form->addRow(label, field);
    };
    bloodType_ = new QLineEdit(editor_);
    bloodType_->setObjectName(QStringLiteral("bloodType"));
    addLabelled(bloodType_);
    allergies_ = makeList(QStringLiteral("allergyTable"), 3);
    addLabelled(allergies_);
    medications_ = makeList(QStringLiteral("medicationTable"), 2);
    addLabelled(medications_);
    problems_ = makeList(QStringLiteral("problemTable"), 1);
    addLabelled(problems_);
    contacts_ = makeList(QStringLiteral("contactTable"), 3);
    addLabelled(contacts_);
    directive_ = new QLineEdit(editor_);
    directive_->setObjectName(QStringLiteral("directive"));
    addLabelled(directive_);
    language_ = new QLineEdit(editor_);
    language_->setObjectName(QStringLiteral("language"));
    addLabelled(language_);
    notes_ = new QPlainTextEdit(editor_);
    notes_->setObjectName(QStringLiteral("notes"));
    notes_->setTabChangesFocus(true);
    notes_->setMaximumHeight(fontMetrics().height() * 4);
    addLabelled(notes_);
    layout->addWidget(editor_);

    auto* rowButtons = new QHBoxLayout;
    addRow_ = new QPushButton(content);
    addRow_->setObjectName(QStringLiteral("addRow"));
    removeRow_ = new QPushButton(content);
    removeRow_->setObjectName(QStringLiteral("removeRow"));
    // They act on the list that last had the focus (allergies by default). The focus, not the
    // selection: a person who clicks or tabs into an empty list selects nothing, and Add row
    // must still add to that list.
    auto targetList = [this]() -> QTableWidget* {
        for (auto* t : {allergies_, medications_, problems_, contacts_})
            if (t->property("lastFocused").toBool())
                return t;
        return allergies_;
    };
    for (auto* t : {allergies_, medications_, problems_, contacts_})
        t->installEventFilter(this);
    connect(addRow_, &QPushButton::clicked, this, [this, targetList] {
        auto* t = targetList();
        const int row = t->rowCount();
        t->insertRow(row);
        if (t == allergies_)
            t->setCellWidget(row, 2, riskBox(t, token::Criticality::unspecified));
        t->setCurrentCell(row, 0);
        t->editItem(t->item(row, 0) ? t->item(row, 0) : [&] {
            auto* item = new QTableWidgetItem;
            t->setItem(row, 0, item);
            return item;
        }());
    });
    connect(removeRow_, &QPushButton::clicked, this, [targetList] {
        auto* t = targetList();
        if (t->currentRow() >= 0)
            t->removeRow(t->currentRow());
    });
    rowButtons->addWidget(addRow_);
    rowButtons->addWidget(removeRow_);
    rowButtons->addStretch(1);
    layout->addLayout(rowButtons);

    cardError_ = new QLabel(content);
    cardError_->setObjectName(QStringLiteral("cardError"));
    cardError_->setWordWrap(true);
    layout->addWidget(cardError_);

    auto* cardButtons = new QHBoxLayout;
    saveCard_ = new QPushButton(content);
    saveCard_->setObjectName(QStringLiteral("saveCard"));
    connect(saveCard_, &QPushButton::clicked, this, &EmergencyPage::save);
    cardButtons->addWidget(saveCard_);
    importCard_ = new QPushButton(content);
    importCard_->setObjectName(QStringLiteral("importCard"));
    connect(importCard_, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a FHIR R4 Bundle (International Patient Summary)"), QString(),
            tr("FHIR JSON (*.json)"));
        if (!path.isEmpty())
            importFile(path);
    });
    cardButtons->addWidget(importCard_);
    cardButtons->addStretch(1);
    layout->addLayout(cardButtons);

    // A gap between the card and the tokens: two tasks, not one long form.
    layout->addSpacing(fontMetrics().height());
    tokensHeading_ = new QLabel(content);
    tokensHeading_->setFont(hf);
    tokensHeading_->setWordWrap(true);
    layout->addWidget(tokensHeading_);
    auto* issueRow = new QHBoxLayout;
    lifetime_ = new QComboBox(content);
    lifetime_->setObjectName(QStringLiteral("tokenLifetime"));
    issueRow->addWidget(lifetime_);
    pin_ = new QLineEdit(content);
    pin_->setObjectName(QStringLiteral("tokenPin"));
    pin_->setEchoMode(QLineEdit::Password);
    issueRow->addWidget(pin_);
    singleUse_ = new QCheckBox(content);
    singleUse_->setObjectName(QStringLiteral("singleUse"));
    issueRow->addWidget(singleUse_);
    issue_ = new QPushButton(content);
    issue_->setObjectName(QStringLiteral("issueToken"));
    connect(issue_, &QPushButton::clicked, this, &EmergencyPage::issue);
    issueRow->addWidget(issue_);
    issueRow->addStretch(1);
    layout->addLayout(issueRow);

    tokenTable_ = new QTableWidget(0, 4, content);
    tokenTable_->setObjectName(QStringLiteral("tokenTable"));
    tokenTable_->verticalHeader()->setVisible(false);
    tokenTable_->horizontalHeader()->setStretchLastSection(true);
    tokenTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
    tokenTable_->setSelectionMode(QAbstractItemView::SingleSelection);
    tokenTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tokenTable_->setTabKeyNavigation(false);
    tokenTable_->setMinimumHeight(fontMetrics().height() * 6);
    layout->addWidget(tokenTable_);
    auto* tokenButtons = new QHBoxLayout;
    revoke_ = new QPushButton(content);
    revoke_->setObjectName(QStringLiteral("revokeToken"));
    connect(revoke_, &QPushButton::clicked, this, &EmergencyPage::revokeSelected);
    // Revoke acts on the current row: the one a click selects, and the one the keyboard focus
    // frame is on when the list is entered with Tab (that one is current without being selected).
    auto updateRevoke = [this] {
        const int row = tokenTable_->currentRow();
        revoke_->setEnabled(row >= 0 && static_cast<std::size_t>(row) < tokens_.size() &&
                            !tokens_[static_cast<std::size_t>(row)].revoked);
    };
    connect(tokenTable_, &QTableWidget::itemSelectionChanged, this, updateRevoke);
    connect(tokenTable_, &QTableWidget::currentCellChanged, this, updateRevoke);
    tokenButtons->addWidget(revoke_);
    tokenButtons->addStretch(1);
    layout->addLayout(tokenButtons);
    layout->addStretch(1);
}

bool EmergencyPage::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::FocusIn)
        for (auto* t : {allergies_, medications_, problems_, contacts_})
            if (t == watched)
                for (auto* o : {allergies_, medications_, problems_, contacts_})
                    o->setProperty("lastFocused", o == t);
    return QWidget::eventFilter(watched, event);
}

void EmergencyPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void EmergencyPage::retranslate() {
    title_->setText(tr("Emergency"));
    cardHeading_->setText(tr("Your emergency card: what a first responder sees when they scan "
                             "your emergency QR code."));
    const QStringList labelTexts{tr("&Blood type:"), tr("&Allergies:"), tr("&Medications:"),
                                 tr("&Problems:"),   tr("&Contacts:"),  tr("Advance &directive:"),
                                 tr("&Language:"),   tr("&Notes:")};
    for (int i = 0; i < labels_.size() && i < labelTexts.size(); ++i)
        labels_[i]->setText(labelTexts[i]);
    bloodType_->setPlaceholderText(tr("e.g. A+ or O−"));
    bloodType_->setAccessibleName(tr("Blood type"));
    allergies_->setHorizontalHeaderLabels({tr("Substance"), tr("Reactions"), tr("Risk")});
    allergies_->setAccessibleName(tr("Allergies"));
    medications_->setHorizontalHeaderLabels({tr("Medication"), tr("Dose")});
    medications_->setAccessibleName(tr("Medications"));
    problems_->setHorizontalHeaderLabels({tr("Problem")});
    problems_->setAccessibleName(tr("Problems"));
    contacts_->setHorizontalHeaderLabels({tr("Name"), tr("Relationship"), tr("Phone")});
    contacts_->setAccessibleName(tr("Emergency contacts"));
    directive_->setAccessibleName(tr("Advance directive"));
    directive_->setPlaceholderText(tr("e.g. Do not resuscitate"));
    language_->setAccessibleName(tr("Language"));
    language_->setPlaceholderText(tr("e.g. en-GB"));
    notes_->setAccessibleName(tr("Notes"));
    addRow_->setText(tr("Add &row"));
    addRow_->setAccessibleName(tr("Add a row to the selected list"));
    removeRow_->setText(tr("Remo&ve row"));
    removeRow_->setAccessibleName(tr("Remove the selected row"));
    saveCard_->setText(tr("&Save card"));
    saveCard_->setAccessibleName(tr("Save the emergency card"));
    importCard_->setText(tr("&Import FHIR…"));
    importCard_->setAccessibleName(tr("Import the card from a FHIR bundle"));
    cardError_->setAccessibleName(tr("Card status"));
    hiddenNote_->setAccessibleName(tr("Hidden details note"));
    tokensHeading_->setText(tr("Emergency tokens: time-limited QR codes you can revoke at any "
                               "time."));
    const int lt = std::max(0, lifetime_->currentIndex());
    lifetime_->clear();
    lifetime_->addItem(tr("Valid for 1 day"), 86400);
    lifetime_->addItem(tr("Valid for 7 days"), 7 * 86400);
    lifetime_->addItem(tr("Valid for 30 days"), 30 * 86400);
    lifetime_->addItem(tr("Valid for 90 days"), 90 * 86400);
    lifetime_->addItem(tr("Valid for 1 year"), 365 * 86400);
    lifetime_->setCurrentIndex(lt);
    lifetime_->setAccessibleName(tr("Token lifetime"));
    pin_->setPlaceholderText(tr("Optional PIN"));
    pin_->setAccessibleName(tr("Optional PIN for the token"));
    singleUse_->setText(tr("Single &use"));
    singleUse_->setAccessibleName(tr("Single-use token"));
    issue_->setText(tr("Issue &token"));
    issue_->setAccessibleName(tr("Issue an emergency token"));
    tokenTable_->setHorizontalHeaderLabels(
        {tr("Issued"), tr("Expires"), tr("Protection"), tr("Status")});
    tokenTable_->setAccessibleName(tr("Your emergency tokens"));
    revoke_->setText(tr("Revo&ke token…"));
    revoke_->setAccessibleName(tr("Revoke the selected token"));
    renderTokens();
}

void EmergencyPage::setHideHealthDetails(bool hide) {
    hide_ = hide;
    renderCard();
}

void EmergencyPage::setCard(const careledger::token::TriageSet& card) {
    card_ = card;
    // The card the controller sends back after a save is the saved card: say so where
    // "Saving…" was shown, or the person is left wondering whether it worked.
    cardError_->setText(pendingDone_);
    pendingDone_.clear();
    renderCard();
}

void EmergencyPage::cardFailed(const QString& reason) {
    pendingDone_.clear();
    cardError_->setText(tr("✖ The card was not saved: %1").arg(reason));
}

void EmergencyPage::renderCard() {
    editor_->setVisible(!hide_);
    addRow_->setVisible(!hide_);
    removeRow_->setVisible(!hide_);
    saveCard_->setVisible(!hide_);
    hiddenNote_->setText(hide_ ? tr("Health details are hidden (Settings). Turn the setting "
                                    "off to see and edit your card.")
                               : QString());
    hiddenNote_->setVisible(hide_);

    bloodType_->setText(card_.blood_type ? fromStd(token::concept_label(card_.blood_type->value))
                                         : QString());
    allergies_->setRowCount(static_cast<int>(card_.allergies.size()));
    for (int i = 0; i < allergies_->rowCount(); ++i) {
        const auto& a = card_.allergies[static_cast<std::size_t>(i)];
        QStringList reactions;
        for (const auto& r : a.reactions)
            reactions << fromStd(token::concept_label(r));
        setRow(allergies_, i,
               {fromStd(token::concept_label(a.substance)), reactions.join(QStringLiteral(", "))},
               i);
        allergies_->setCellWidget(i, 2, riskBox(allergies_, a.criticality));
    }
    medications_->setRowCount(static_cast<int>(card_.medications.size()));
    for (int i = 0; i < medications_->rowCount(); ++i) {
        const auto& m = card_.medications[static_cast<std::size_t>(i)];
        setRow(medications_, i, {fromStd(token::concept_label(m.medication)), fromStd(m.dose)}, i);
    }
    problems_->setRowCount(static_cast<int>(card_.problems.size()));
    for (int i = 0; i < problems_->rowCount(); ++i)
        setRow(problems_, i,
               {fromStd(token::concept_label(card_.problems[static_cast<std::size_t>(i)]))}, i);
    contacts_->setRowCount(static_cast<int>(card_.contacts.size()));
    for (int i = 0; i < contacts_->rowCount(); ++i) {
        const auto& c = card_.contacts[static_cast<std::size_t>(i)];
        setRow(contacts_, i, {fromStd(c.name), fromStd(c.relationship), fromStd(c.phone)}, i);
    }
    directive_->setText(card_.advance_directive
                            ? fromStd(token::concept_label(*card_.advance_directive))
                            : QString());
    language_->setText(fromStd(card_.language));
    notes_->setPlainText(fromStd(card_.notes));
}

Result<token::TriageSet> EmergencyPage::editedCard() const {
    token::TriageSet out;
    const QString blood = bloodType_->text().trimmed();
    if (!blood.isEmpty()) {
        if (card_.blood_type && fromStd(token::concept_label(card_.blood_type->value)) == blood)
            out.blood_type = card_.blood_type;
        else
            CL_TRY(wallet::set_field(out, "blood-type", {blood.toStdString()}));
    }
    for (int r = 0; r < allergies_->rowCount(); ++r) {
        const QString substance = cell(allergies_, r, 0);
        if (substance.isEmpty())
            continue; // an empty new row is not an allergy
        const int o = originalIndex(allergies_, r);
        token::Allergy a;
        const token::Allergy* orig = o >= 0 && o < static_cast<int>(card_.allergies.size())
                                         ? &card_.allergies[static_cast<std::size_t>(o)]
                                         : nullptr;
        a.substance = orig ? keepOrText(orig->substance, substance) : textConcept(substance);
        for (const auto& part :
             cell(allergies_, r, 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString text = part.trimmed();
            token::Concept reaction = textConcept(text);
            if (orig)
                for (const auto& rr : orig->reactions)
                    if (fromStd(token::concept_label(rr)) == text)
                        reaction = rr;
            a.reactions.push_back(std::move(reaction));
        }
        if (auto* box = qobject_cast<QComboBox*>(allergies_->cellWidget(r, 2)))
            a.criticality = static_cast<token::Criticality>(box->currentData().toInt());
        out.allergies.push_back(std::move(a));
    }
    for (int r = 0; r < medications_->rowCount(); ++r) {
        const QString name = cell(medications_, r, 0);
        if (name.isEmpty())
            continue;
        const int o = originalIndex(medications_, r);
        token::Medication m;
        m.medication =
            o >= 0 && o < static_cast<int>(card_.medications.size())
                ? keepOrText(card_.medications[static_cast<std::size_t>(o)].medication, name)
                : textConcept(name);
        m.dose = cell(medications_, r, 1).toStdString();
        out.medications.push_back(std::move(m));
    }
    for (int r = 0; r < problems_->rowCount(); ++r) {
        const QString text = cell(problems_, r, 0);
        if (text.isEmpty())
            continue;
        const int o = originalIndex(problems_, r);
        out.problems.push_back(o >= 0 && o < static_cast<int>(card_.problems.size())
                                   ? keepOrText(card_.problems[static_cast<std::size_t>(o)], text)
                                   : textConcept(text));
    }
    for (int r = 0; r < contacts_->rowCount(); ++r) {
        if (cell(contacts_, r, 0).isEmpty() && cell(contacts_, r, 2).isEmpty())
            continue;
        out.contacts.push_back(token::EmergencyContact{cell(contacts_, r, 0).toStdString(),
                                                       cell(contacts_, r, 1).toStdString(),
                                                       cell(contacts_, r, 2).toStdString()});
    }
    const QString directive = directive_->text().trimmed();
    if (!directive.isEmpty())
        out.advance_directive = card_.advance_directive
                                    ? keepOrText(*card_.advance_directive, directive)
                                    : textConcept(directive);
    out.language = language_->text().trimmed().toStdString();
    out.notes = notes_->toPlainText().trimmed().toStdString();
    CL_TRY(token::check_triage(out));
    return out;
}

void EmergencyPage::save() {
    auto card = editedCard();
    if (!card.ok()) {
        cardError_->setText(
            tr("✖ The card was not saved: %1").arg(QString::fromStdString(card.error().message)));
        return;
    }
    cardError_->setText(tr("Saving…"));
    pendingDone_ = tr("\u2714 Your emergency card was saved.");
    emit cardSaveRequested(*card);
}

void EmergencyPage::importFile(const QString& path) {
    cardError_->setText(tr("Importing %1…").arg(path));
    pendingDone_ = tr("\u2714 Your emergency card was imported and saved.");
    emit cardImportRequested(path);
}

void EmergencyPage::setTokens(const std::vector<careledger::wallet::IssuedTokenRecord>& tokens) {
    tokens_ = tokens;
    renderTokens();
}

void EmergencyPage::renderTokens() {
    if (tokenTable_ == nullptr)
        return;
    tokenTable_->setRowCount(static_cast<int>(tokens_.size()));
    const auto now = QDateTime::currentSecsSinceEpoch();
    for (int r = 0; r < tokenTable_->rowCount(); ++r) {
        const auto& t = tokens_[static_cast<std::size_t>(r)];
        QStringList protection;
        if (t.pin_protected)
            protection << tr("PIN");
        if (t.single_use)
            protection << tr("single use");
        // A token whose ledger entry still waits in the outbox does not verify yet: say so.
        const QString status = t.revoked          ? tr("Revoked")
                               : t.expires <= now ? tr("Expired")
                               : t.pending        ? tr("Waiting to be published")
                                                  : tr("Active");
        const QStringList values{
            formatDateTime(static_cast<std::uint64_t>(t.issued)),
            formatDateTime(static_cast<std::uint64_t>(t.expires)),
            protection.isEmpty() ? tr("none") : protection.join(QStringLiteral(", ")), status};
        for (int c = 0; c < values.size(); ++c) {
            auto* item = new QTableWidgetItem(values[c]);
            if (c == 3)
                item->setIcon(style()->standardIcon(t.revoked || t.expires <= now
                                                        ? QStyle::SP_DialogCancelButton
                                                        : QStyle::SP_DialogApplyButton));
            tokenTable_->setItem(r, c, item);
        }
    }
    tokenTable_->resizeColumnsToContents();
    // Disabling the focused button would move the focus on to the next control, and the scroll
    // area would jump there: keep the focus (and the view) on the list the person acted on.
    if (window()->focusWidget() == revoke_)
        tokenTable_->setFocus();
    revoke_->setEnabled(false);
}

void EmergencyPage::issue() {
    TokenIssueView v;
    v.lifetime_seconds = lifetime_->currentData().toLongLong();
    v.pin = pin_->text();
    v.single_use = singleUse_->isChecked();
    pin_->clear(); // the PIN does not stay in the widget
    emit tokenIssueRequested(v);
}

void EmergencyPage::showIssuedToken(const careledger::ui::IssuedTokenView& token) {
    if (qr_ != nullptr)
        qr_->close();
    qr_ = new QrFullscreenDialog(token.text, token.record.expires, card_, this);
    qr_->setAttribute(Qt::WA_DeleteOnClose); // qr_ (a QPointer) clears itself then
    qr_->setWindowState(Qt::WindowFullScreen);
    qr_->open();
}

void EmergencyPage::revokeSelected() {
    const int row = tokenTable_->currentRow();
    if (row < 0 || static_cast<std::size_t>(row) >= tokens_.size() || confirm_ != nullptr)
        return;
    const ledger::TokenId id = tokens_[static_cast<std::size_t>(row)].token_id;
    // The question in the box itself, not only in its title (which some window managers and
    // macOS do not show); the consequences below it.
    confirm_ = new QMessageBox(QMessageBox::Warning, tr("Revoke emergency token?"),
                               tr("Revoke emergency token?"),
                               QMessageBox::Yes | QMessageBox::Cancel, this);
    confirm_->setInformativeText(
        tr("Clinicians will be told this token is revoked, and its full summary is deleted for "
           "good. Printed cards with this code stop working."));
    confirm_->setAccessibleName(tr("Confirm token revoke"));
    confirm_->setDefaultButton(QMessageBox::Cancel);
    confirm_->button(QMessageBox::Yes)->setText(tr("&Revoke"));
    confirm_->button(QMessageBox::Yes)->setAccessibleName(tr("Revoke"));
    confirm_->button(QMessageBox::Cancel)->setAccessibleName(tr("Cancel"));
    confirm_->setAttribute(Qt::WA_DeleteOnClose); // confirm_ (a QPointer) clears itself then
    connect(confirm_, &QMessageBox::finished, this, [this, id](int result) {
        if (result == QMessageBox::Yes)
            emit tokenRevokeRequested(id);
    });
    confirm_->open();
}

} // namespace careledger::ui::patient
