// The end-to-end flows, with two wallets (a patient and a provider in clinician mode) on
// one embedded ledger directory, driven the way a person drives the app: clicks on the sidebar,
// buttons and table rows, keys typed into fields, and every step checked by what the screen
// shows (labels, table rows, list items), not by the controller's signals.
//   1. create (the first-run wizard) → grant (the grant wizard, page by page) → an access by the
//      provider wallet (through the core API, as a provider's EHR would: clinician mode has no
//      screen for reading records under a grant) → revoke (with its confirmation) → the access
//      appears in the patient's access log and the grant shows as revoked;
//   2. set the emergency card (typed into the card editor) → save → issue a token → the QR code
//      is read back from the full-screen dialog's pixels → clinician mode opens that picture
//      through its "Open image…" file dialog and verifies it → the patient sees the emergency
//      access as an alert and in the log → the patient revokes the token (with its
//      confirmation) → the clinician pastes the same token and is told it is revoked.
// The provider is certified by the embedded ledger's local registrar in the first-run wizard.
// Every main screen and dialog the flows pass is saved to CARELEDGER_SCREENSHOT_DIR.

#include "clinician/qr_image.h"
#include "test_shell_support.h"
#include "wallet/consents.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStatusBar>
#include <QTableWidget>
#include <QThread>
#include <QTreeWidget>

using namespace careledger;
using namespace careledger::test;

namespace {

void shot(QWidget* w, const QString& name) {
    QCoreApplication::processEvents();
    w->grab().save(QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/%1.png").arg(name));
}

QPushButton* visibleButton(QWidget* root, const char* name) {
    for (auto* b : root->findChildren<QPushButton*>(QString::fromLatin1(name)))
        if (b->isVisible())
            return b;
    return nullptr;
}

// The text of every visible label under `root`, one per line (what is on screen).
QString shownText(QWidget* root) {
    QStringList out;
    for (auto* l : root->findChildren<QLabel*>())
        if (l->isVisible() && !l->text().isEmpty())
            out << l->text();
    return out.join(u'\n');
}

QLabel* labelStartingWith(QWidget* root, const QString& prefix) {
    for (auto* l : root->findChildren<QLabel*>())
        if (l->isVisible() && l->text().startsWith(prefix))
            return l;
    return nullptr;
}

// Double-clicks a cell to edit it, types, and commits with Enter.
void typeIntoCell(QTableWidget* table, int row, int column, const QString& text) {
    const QModelIndex index = table->model()->index(row, column);
    const QPoint at = table->visualRect(index).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
    QWidget* editor = QApplication::focusWidget();
    QVERIFY(editor != nullptr && editor != table);
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits what was typed on the next turn of the event loop.
    QTRY_COMPARE(table->item(row, column) != nullptr ? table->item(row, column)->text() : QString(),
                 text);
}

QString cellText(const QTableWidget* t, int row, int column) {
    const auto* item = t->item(row, column);
    return item != nullptr ? item->text() : QString();
}

// Scrolls the page's scroll area until `w` is in view (what a person does with the wheel).
void scrollTo(QWidget* w) {
    for (QWidget* p = w->parentWidget(); p != nullptr; p = p->parentWidget())
        if (auto* area = qobject_cast<QScrollArea*>(p)) {
            area->ensureWidgetVisible(w);
            break;
        }
    QCoreApplication::processEvents();
}

QString statusLine(ui::MainWindow* w) {
    return w->statusBar()->currentMessage();
}

} // namespace

class TestGuiFlows : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(ui::setUpApplication(*qApp).ok());
        errors_ = new ErrorBoxWatcher(this);
        QDir().mkpath(QStringLiteral(CARELEDGER_SCREENSHOT_DIR));
        isolateSettings(QString::fromStdString((dir_ / "settings").string()));
        qputenv("XDG_DATA_HOME", QByteArray::fromStdString((dir_ / "data").string()));
        patient_ = std::make_unique<GuiWallet>(walletDir("patient"), ledgerDir());
        createThroughWizard(*patient_, QStringLiteral("Alice Patient"), false,
                            QStringLiteral("patient_first_run"));
        provider_ = std::make_unique<GuiWallet>(walletDir("provider"), ledgerDir());
        createThroughWizard(*provider_, QStringLiteral("Dr. Ada Example"), true,
                            QStringLiteral("clinician_first_run"));
        patient_->window->resize(1100, 760);
        provider_->window->resize(1100, 760);
        patient_->window->show();
        provider_->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(patient_->window.get()));
        QVERIFY(QTest::qWaitForWindowExposed(provider_->window.get()));
    }

    void grantRevokeAccessAppearsInLog() {
        auto* window = patient_->window.get();
        openSection(window, QStringLiteral("Overview"));
        auto* overview = window->sectionWidget(ui::MainWindow::Section::overview);
        // Sync, so that the provider's certification (made by the other window) is listed.
        QTest::mouseClick(child<QPushButton>(overview, "syncButton"), Qt::LeftButton);
        shot(window, QStringLiteral("overview"));

        openSection(window, QStringLiteral("Consents"));
        auto* page = window->sectionWidget(ui::MainWindow::Section::consents);
        QVERIFY(page->isVisible());
        shot(window, QStringLiteral("consents_empty"));

        // New grant → the wizard: provider → categories → purpose → period → preview → sign.
        // Until the sync has brought the directory, the wizard lists no provider: Cancel and
        // try again, as a person would.
        QWidget* wizard = nullptr;
        for (int attempt = 0; attempt < 100; ++attempt) {
            QTest::mouseClick(child<QPushButton>(page, "newGrantButton"), Qt::LeftButton);
            QTRY_VERIFY((wizard = page->findChild<QWidget*>(QStringLiteral("grantWizard"))) &&
                        wizard->isVisible());
            if (child<QListWidget>(wizard, "providerList")->count() > 0)
                break;
            QTest::mouseClick(child<QPushButton>(wizard, "cancelButton"), Qt::LeftButton);
            QTRY_VERIFY(page->findChild<QWidget*>(QStringLiteral("grantWizard")) == nullptr);
            QTest::qWait(100);
        }
        QVERIFY(shownText(wizard).contains(QLatin1String("Step 1 of 5")));
        bringToFront(wizard);
        // The search field has the focus: type part of the provider's name.
        auto* search = child<QLineEdit>(wizard, "providerSearch");
        QCOMPARE(QApplication::focusWidget(), search);
        QTest::keyClicks(search, QStringLiteral("Ada"));
        auto* providers = child<QListWidget>(wizard, "providerList");
        int shownProviders = 0;
        for (int i = 0; i < providers->count(); ++i)
            shownProviders += providers->item(i)->isHidden() ? 0 : 1;
        QCOMPARE(shownProviders, 1);
        QVERIFY(providers->currentItem() != nullptr);
        QVERIFY(providers->currentItem()->text().contains(QLatin1String("Dr. Ada Example")));
        QVERIFY(providers->currentItem()->text().contains(QLatin1String("City Hospital")));
        shot(wizard, QStringLiteral("grant_wizard_1_provider"));
        auto* next = visibleButton(wizard, "nextButton");
        QTest::mouseClick(next, Qt::LeftButton);

        // Categories: Next stays disabled until one is ticked; tick Allergies by clicking its box.
        QVERIFY(shownText(wizard).contains(QLatin1String("Step 2 of 5")));
        QVERIFY(!next->isEnabled());
        auto* categories = child<QListWidget>(wizard, "categoryList");
        const int allergies = viewRowContaining(categories, QStringLiteral("Allergies"));
        QVERIFY(allergies >= 0);
        categories->scrollToItem(categories->item(allergies));
        const QRect row = categories->visualItemRect(categories->item(allergies));
        // The check box is at the start of the row.
        QTest::mouseClick(categories->viewport(), Qt::LeftButton, {},
                          QPoint(row.left() + row.height() / 2, row.center().y()));
        QCOMPARE(categories->item(allergies)->checkState(), Qt::Checked);
        QVERIFY(next->isEnabled());
        shot(wizard, QStringLiteral("grant_wizard_2_categories"));
        QTest::mouseClick(next, Qt::LeftButton);

        QVERIFY(shownText(wizard).contains(QLatin1String("Step 3 of 5")));
        shot(wizard, QStringLiteral("grant_wizard_3_purpose"));
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(shownText(wizard).contains(QLatin1String("Step 4 of 5")));
        shot(wizard, QStringLiteral("grant_wizard_4_period"));
        QTest::mouseClick(next, Qt::LeftButton);

        // The preview says who, what and that it can be revoked.
        QVERIFY(shownText(wizard).contains(QLatin1String("Step 5 of 5")));
        const QString preview = child<QLabel>(wizard, "grantPreview")->text();
        QVERIFY2(preview.contains(QLatin1String("Dr. Ada Example")), qPrintable(preview));
        QVERIFY2(preview.contains(QLatin1String("allergies"), Qt::CaseInsensitive),
                 qPrintable(preview));
        QVERIFY2(preview.contains(QLatin1String("revoke")), qPrintable(preview));
        shot(wizard, QStringLiteral("grant_wizard_5_preview"));
        auto* sign = visibleButton(wizard, "signButton");
        QVERIFY(sign != nullptr && sign->isEnabled());
        QTest::mouseClick(sign, Qt::LeftButton);
        QTRY_VERIFY(page->findChild<QWidget*>(QStringLiteral("grantWizard")) == nullptr);

        // The grant table shows the new grant, active, to the provider.
        auto* table = child<QTreeWidget>(page, "grantTable");
        QTRY_VERIFY2_WITH_TIMEOUT(table->isVisible() && table->topLevelItemCount() == 1,
                                  qPrintable(statusLine(window)), 20000);
        QString line = viewRowText(table, 0);
        QVERIFY2(line.contains(QLatin1String("Active")), qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("Dr. Ada Example")), qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("Allergies")), qPrintable(line));
        shot(window, QStringLiteral("consents"));

        // The provider's EHR reads the record under the grant it finds on the ledger (the core
        // API: clinician mode has no screen for this). It knows only its own key.
        QAtomicInt accessDone = 0;
        QString accessError;
        provider_->controller->requestWork([&](wallet::Wallet* w, node::LedgerClient* l) {
            std::optional<wallet::AccessRequest> req;
            for (int i = 0; i < 100 && !req; ++i) {
                (void)l->refresh();
                const auto now = static_cast<std::uint64_t>(std::time(nullptr));
                for (const auto& key : l->state().identity_keys()) {
                    const auto* id = l->state().identity(key);
                    if (id == nullptr || !id->patient_tag)
                        continue;
                    for (const auto& g : l->state().grants_of(*id->patient_tag, now))
                        if (g.grant.terms.grantee == w->public_key() &&
                            g.status == ledger::GrantStatus::active) {
                            req.emplace();
                            req->patient = *id->patient_tag;
                            req->grant_id = g.grant.id;
                            req->categories = g.grant.terms.categories;
                        }
                }
                if (!req)
                    QThread::msleep(50);
            }
            if (!req) {
                accessError = QStringLiteral("the provider found no grant to it");
            } else if (auto r = wallet::record_access(*w, *l, *req); !r) {
                accessError = QString::fromStdString(r.error().code);
            }
            accessDone = 1;
        });
        QTRY_VERIFY_WITH_TIMEOUT(accessDone.loadRelaxed() == 1, 20000);
        QVERIFY2(accessError.isEmpty(), qPrintable(accessError));

        // Revoke: click the grant's row, Revoke…, read the confirmation, confirm.
        clickViewRow(table, 0);
        auto* revoke = child<QPushButton>(page, "revokeButton");
        QVERIFY(revoke->isEnabled());
        QTest::mouseClick(revoke, Qt::LeftButton);
        QMessageBox* confirm = nullptr;
        QTRY_VERIFY(
            (confirm = page->findChild<QMessageBox*>(QStringLiteral("revokeConfirmation"))) &&
            confirm->isVisible());
        QVERIFY2(confirm->text().contains(QLatin1String("Dr. Ada Example")),
                 qPrintable(confirm->text()));
        // Keep is the default: Enter alone does not revoke.
        QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::No));
        shot(confirm, QStringLiteral("revoke_confirmation"));
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(table->topLevelItemCount() == 1 &&
                                      viewRowText(table, 0).contains(QLatin1String("Revoked")),
                                  qPrintable(viewRowText(table, 0)), 20000);
        QVERIFY(!revoke->isEnabled() || table->currentItem() == nullptr);
        shot(window, QStringLiteral("consents_revoked"));

        // The access appears in the log: sync, then the access log's table.
        openSection(window, QStringLiteral("Overview"));
        QTest::mouseClick(child<QPushButton>(overview, "syncButton"), Qt::LeftButton);
        openSection(window, QStringLiteral("Access log"));
        auto* logPage = window->sectionWidget(ui::MainWindow::Section::access_log);
        auto* log = child<QAbstractItemView>(logPage, "auditTable");
        QTRY_VERIFY_WITH_TIMEOUT(log->model()->rowCount() == 1, 20000);
        line = viewRowText(log, 0);
        QVERIFY2(line.contains(QLatin1String("Dr. Ada Example")), qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("Allergies")), qPrintable(line));
        QVERIFY2(line.contains(QLatin1String("Verified")) && !line.contains(QLatin1String("Not")),
                 qPrintable(line));
        shot(window, QStringLiteral("access_log"));
        qInfo("grant signed through the wizard, access read by the provider shown in the log "
              "(\"%s\"), grant revoked",
              qPrintable(line));
    }

    void emergencyTokenVerifiedByClinician() {
        auto* window = patient_->window.get();
        openSection(window, QStringLiteral("Emergency"));
        auto* page = window->sectionWidget(ui::MainWindow::Section::emergency);
        QVERIFY(page->isVisible());

        // The card, typed into the editor.
        auto* blood = child<QLineEdit>(page, "bloodType");
        QTest::mouseClick(blood, Qt::LeftButton);
        QTest::keyClicks(blood, QStringLiteral("A+"));
        auto* addRow = child<QPushButton>(page, "addRow");
        // Allergies: Add row opens the new row's first cell for typing; Tab goes on to the
        // reactions; the risk is a drop-down list in the third cell.
        auto* allergyTable = child<QTableWidget>(page, "allergyTable");
        QTest::mouseClick(allergyTable->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        QTest::mouseClick(addRow, Qt::LeftButton);
        QCOMPARE(allergyTable->rowCount(), 1);
        QWidget* editor = QApplication::focusWidget();
        QVERIFY(editor != nullptr && allergyTable->isAncestorOf(editor));
        QTest::keyClicks(editor, QStringLiteral("Penicillin"));
        QTest::keyClick(editor, Qt::Key_Tab);
        editor = QApplication::focusWidget();
        QVERIFY(editor != nullptr && allergyTable->isAncestorOf(editor));
        QTest::keyClicks(editor, QStringLiteral("hives"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(cellText(allergyTable, 0, 0), QStringLiteral("Penicillin"));
        QTRY_COMPARE(cellText(allergyTable, 0, 1), QStringLiteral("hives"));
        auto* risk = qobject_cast<QComboBox*>(allergyTable->cellWidget(0, 2));
        QVERIFY(risk != nullptr);
        risk->setFocus(Qt::TabFocusReason);
        const int high = risk->findText(QStringLiteral("high"));
        QVERIFY(high > 0);
        for (int i = risk->currentIndex(); i < high; ++i)
            QTest::keyClick(risk, Qt::Key_Down);
        QCOMPARE(risk->currentText(), QStringLiteral("high"));
        // Medications: click into the (empty) list first, then Add row adds to it.
        auto* medicationTable = child<QTableWidget>(page, "medicationTable");
        QTest::mouseClick(medicationTable->viewport(), Qt::LeftButton, {}, QPoint(5, 5));
        QTest::mouseClick(addRow, Qt::LeftButton);
        QCOMPARE(allergyTable->rowCount(), 1);
        QCOMPARE(medicationTable->rowCount(), 1);
        editor = QApplication::focusWidget();
        QVERIFY(editor != nullptr && medicationTable->isAncestorOf(editor));
        QTest::keyClicks(editor, QStringLiteral("Metformin"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(cellText(medicationTable, 0, 0), QStringLiteral("Metformin"));
        typeIntoCell(medicationTable, 0, 1, QStringLiteral("500 mg twice daily"));
        QCOMPARE(cellText(medicationTable, 0, 1), QStringLiteral("500 mg twice daily"));
        auto* directive = child<QLineEdit>(page, "directive");
        QTest::mouseClick(directive, Qt::LeftButton);
        QTest::keyClicks(directive, QStringLiteral("No blood transfusion"));
        shot(window, QStringLiteral("emergency_card_edited"));

        // Save: the status line under the editor says it was saved.
        auto* status = child<QLabel>(page, "cardError");
        scrollTo(child<QPushButton>(page, "saveCard"));
        QTest::mouseClick(child<QPushButton>(page, "saveCard"), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(
            status->text().contains(QLatin1String("saved")),
            qPrintable(status->text() + QLatin1String(" / ") + statusLine(window)), 20000);
        // The card came back from the vault as typed.
        QCOMPARE(blood->text(), QStringLiteral("A+"));
        QCOMPARE(allergyTable->rowCount(), 1);
        QCOMPARE(cellText(allergyTable, 0, 0), QStringLiteral("Penicillin"));
        QCOMPARE(qobject_cast<QComboBox*>(allergyTable->cellWidget(0, 2))->currentText(),
                 QStringLiteral("high"));
        QCOMPARE(cellText(medicationTable, 0, 0), QStringLiteral("Metformin"));

        // Issue a token valid for 7 days (chosen with the keyboard in the lifetime list).
        auto* lifetime = child<QComboBox>(page, "tokenLifetime");
        scrollTo(child<QPushButton>(page, "revokeToken"));
        lifetime->setFocus(Qt::TabFocusReason);
        QTest::keyClick(lifetime, Qt::Key_Down);
        QCOMPARE(lifetime->currentText(), QStringLiteral("Valid for 7 days"));
        auto* tokens = child<QTableWidget>(page, "tokenTable");
        QCOMPARE(tokens->rowCount(), 0);
        QTest::mouseClick(child<QPushButton>(page, "issueToken"), Qt::LeftButton);

        // The full-screen QR code: its expiry, then the code read from its pixels.
        QDialog* qr = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((qr = page->findChild<QDialog*>()) != nullptr && qr->isVisible() &&
                                     qr->windowTitle() == QLatin1String("Emergency QR code"),
                                 20000);
        QVERIFY(qr->windowState() & Qt::WindowFullScreen);
        QLabel* expiry = labelStartingWith(qr, QStringLiteral("Valid until "));
        QVERIFY2(expiry != nullptr, qPrintable(shownText(qr)));
        const QDate until = QDate::currentDate().addDays(7);
        QVERIFY2(expiry->text().contains(QString::number(until.year())) &&
                     expiry->text().contains(QString::number(until.day())),
                 qPrintable(expiry->text()));
        QVERIFY(labelStartingWith(qr, QStringLiteral("This screen hides itself in")) != nullptr);
        shot(qr, QStringLiteral("emergency_qr_fullscreen"));
        const QImage onScreen = qr->grab().toImage();
        auto scanned = ui::clinician::scanImage(onScreen);
        QVERIFY2(scanned.ok(), scanned.ok() ? "" : scanned.error().message.c_str());
        const QString tokenText = QString::fromStdString(*scanned);
        QVERIFY(tokenText.startsWith(QLatin1String("CL1:")));
        const QString photo = QString::fromStdString((dir_ / "qr_photo.png").string());
        QVERIFY(onScreen.save(photo));
        // Esc closes it; the token is listed, active, 7 days.
        QTest::keyClick(qr, Qt::Key_Escape);
        QTRY_VERIFY(page->findChild<QDialog*>() == nullptr ||
                    !page->findChild<QDialog*>()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(tokens->rowCount() == 1, 20000);
        QVERIFY2(viewRowText(tokens, 0).contains(QLatin1String("Active")),
                 qPrintable(viewRowText(tokens, 0)));
        shot(window, QStringLiteral("emergency"));

        // Clinician mode: Open image… → the file dialog → the photo of the screen.
        auto* cwin = provider_->window.get();
        openSection(cwin, QStringLiteral("Verify token"));
        auto* cpage = cwin->sectionWidget(ui::MainWindow::Section::clinician);
        QVERIFY(cpage->isVisible());
        shot(cwin, QStringLiteral("clinician_waiting"));
        bool typed = false;
        whenModalShown([&](QWidget* modal) { typed = typeIntoFileDialog(modal, photo); });
        QTest::mouseClick(child<QPushButton>(cpage, "openImageButton"), Qt::LeftButton);
        QTRY_VERIFY(typed);
        auto* headline = child<QLabel>(cpage, "verdictHeadline");
        auto* accessStatus = child<QLabel>(cpage, "accessStatus");
        QTRY_VERIFY2_WITH_TIMEOUT(headline->text() == QLatin1String("VALID emergency card"),
                                  qPrintable(headline->text()), 20000);
        QCOMPARE(child<QLineEdit>(cpage, "tokenInput")->text(), tokenText);
        // The triage rows are shown once the layout has run.
        auto* triageView = child<QWidget>(cpage, "triageView");
        QTRY_VERIFY(shownText(triageView).contains(QLatin1String("Allergies")));
        const QString triage = shownText(triageView);
        for (const char* expected :
             {"Penicillin (hives) — HIGH RISK", "Metformin — 500 mg twice daily", "A+",
              "No blood transfusion"})
            QVERIFY2(
                triage.contains(QString::fromUtf8(expected)),
                qPrintable(
                    QStringLiteral("%1 not in:\n%2").arg(QString::fromUtf8(expected), triage)));
        QTRY_VERIFY2_WITH_TIMEOUT(accessStatus->text().contains(QLatin1String("recorded")),
                                  qPrintable(accessStatus->text()), 20000);
        const auto entry =
            QRegularExpression(QStringLiteral("#(\\d+)")).match(accessStatus->text());
        QVERIFY2(entry.hasMatch(), qPrintable(accessStatus->text()));
        QVERIFY(!accessStatus->text().contains(QLatin1String("could not")));
        shot(cwin, QStringLiteral("clinician_verdict"));

        // The patient sees the emergency access: an alert on the overview after a sync, and
        // a row in the access log.
        openSection(window, QStringLiteral("Overview"));
        auto* overview = window->sectionWidget(ui::MainWindow::Section::overview);
        QTest::mouseClick(child<QPushButton>(overview, "syncButton"), Qt::LeftButton);
        auto* alertList = child<QListWidget>(overview, "alertList");
        QTRY_VERIFY_WITH_TIMEOUT(alertList->isVisible() && alertList->count() >= 1, 20000);
        bool alerted = false;
        for (int i = 0; i < alertList->count(); ++i)
            alerted =
                alerted ||
                (alertList->item(i)->text().startsWith(QLatin1String("Emergency access")) &&
                 alertList->item(i)->toolTip().endsWith(QLatin1Char('#') + entry.captured(1)));
        QVERIFY2(alerted, qPrintable(alertList->item(0)->text()));
        shot(window, QStringLiteral("overview_emergency_alert"));
        openSection(window, QStringLiteral("Access log"));
        auto* log = child<QAbstractItemView>(
            window->sectionWidget(ui::MainWindow::Section::access_log), "auditTable");
        QTRY_VERIFY_WITH_TIMEOUT(log->model()->rowCount() == 2, 20000);
        bool logged = false;
        for (int r = 0; r < log->model()->rowCount(); ++r)
            logged = logged || (viewRowText(log, r).contains(QLatin1String("Dr. Ada Example")) &&
                                viewRowText(log, r).contains(QLatin1String("mergency")));
        QVERIFY2(logged, qPrintable(viewRowText(log, 0) + u'\n' + viewRowText(log, 1)));
        shot(window, QStringLiteral("access_log_emergency"));

        // The patient revokes the token: its row, Revoke token…, the confirmation.
        openSection(window, QStringLiteral("Emergency"));
        scrollTo(child<QPushButton>(page, "revokeToken"));
        clickViewRow(tokens, 0);
        auto* revoke = child<QPushButton>(page, "revokeToken");
        QVERIFY(revoke->isEnabled());
        QTest::mouseClick(revoke, Qt::LeftButton);
        QMessageBox* confirm = nullptr;
        QTRY_VERIFY((confirm = page->findChild<QMessageBox*>()) != nullptr && confirm->isVisible());
        QCOMPARE(confirm->defaultButton(), confirm->button(QMessageBox::Cancel));
        QVERIFY2(confirm->text().startsWith(QLatin1String("Revoke")), qPrintable(confirm->text()));
        QVERIFY(confirm->informativeText().contains(QLatin1String("Printed cards")));
        shot(confirm, QStringLiteral("token_revoke_confirmation"));
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(viewRowText(tokens, 0).contains(QLatin1String("Revoked")),
                                  qPrintable(viewRowText(tokens, 0)), 20000);
        // The list stays in view: the page does not jump away from what the person acted on.
        QVERIFY(!tokens->visibleRegion().isEmpty());
        shot(window, QStringLiteral("emergency_token_revoked"));

        // The clinician pastes the same token: it is refused as revoked.
        auto* input = child<QLineEdit>(cpage, "tokenInput");
        QApplication::clipboard()->setText(tokenText);
        QTest::mouseClick(input, Qt::LeftButton);
        QTest::keyClick(input, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(input, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(input->text(), tokenText);
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_VERIFY2_WITH_TIMEOUT(headline->text().startsWith(QLatin1String("NOT VALID")),
                                  qPrintable(headline->text()), 20000);
        QVERIFY2(shownText(cpage).contains(QLatin1String("revoked"), Qt::CaseInsensitive),
                 qPrintable(shownText(cpage)));
        shot(cwin, QStringLiteral("clinician_verdict_revoked"));

        openSection(window, QStringLiteral("Settings"));
        shot(window, QStringLiteral("settings_patient"));
        openSection(cwin, QStringLiteral("Settings"));
        shot(cwin, QStringLiteral("settings_clinician"));
        qInfo("card typed and saved, token issued and read from the QR screen's pixels (%lld "
              "characters), verified by the clinician from the image (access #%s seen by the "
              "patient), then revoked and refused",
              static_cast<long long>(tokenText.size()), qPrintable(entry.captured(1)));
    }

    // No step showed an error box (the watcher closed any, so that the run did not hang).
    void noErrorWasShown() {
        for (const auto& e : errors_->errors)
            qWarning("error shown: %s", qPrintable(e));
        QVERIFY(errors_->errors.isEmpty());
    }

    void cleanupTestCase() {
        provider_.reset();
        patient_.reset();
    }

private:
    QString walletDir(const char* name) const {
        return QString::fromStdString((dir_ / "data" / "careledger" / "wallets" / name).string());
    }
    QString ledgerDir() const {
        return QString::fromStdString((dir_ / "data" / "careledger" / "ledger").string());
    }
    TempDir dir_;
    ErrorBoxWatcher* errors_ = nullptr;
    std::unique_ptr<GuiWallet> patient_;
    std::unique_ptr<GuiWallet> provider_;
};

QTEST_MAIN(TestGuiFlows)
#include "test_gui_flows.moc"
