// Accessibility of every screen and dialog: each focusable control has an accessible name
// (what a screen reader says: accessibleName, or the text Qt derives from a button's text or a
// label's buddy); Tab reaches every control of each page; every dialog a person can reach from
// the patient's pages and clinician mode is opened and walked (the grant wizard page by page, both
// revoke confirmations, the full-screen QR code, the passphrase change, the clinician's verdicts,
// and Qt's own file dialogs for import, exports, backup and Open image); the grant wizard and
// both revoke confirmations are completed and cancelled with the keyboard alone (Tab, Enter,
// Space, Escape); no two visible Alt+letter keys of a window clash; labels and buttons are not
// clipped at QT_SCALE_FACTOR 1.25, 1.5 and 2, nor any wrapped text in the grant wizard (each scale
// runs in a child process, since the factor is read when the application starts).

#include "patient/emergency_page.h"
#include "patient/grant_wizard.h"
#include "shell/settings_page.h"
#include "shell/unlock_view.h"
#include "test_shell_support.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTableWidget>
#include <QTextEdit>
#include <QTimer>
#include <QTreeWidget>

using namespace careledger;
using namespace careledger::test;

namespace {

QString describe(const QWidget* w) {
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             w->window() != nullptr ? QString::fromLatin1(w->window()->metaObject()->className())
                                    : QString());
}

bool focusable(const QWidget* w) {
    // A scroll area takes focus only to scroll its content; the controls inside are what count.
    if (w->inherits("QScrollArea"))
        return false;
    return (w->focusPolicy() & Qt::TabFocus) != 0 && w->isVisibleTo(w->window()) &&
           w->isVisible() && w->focusProxy() == nullptr;
}

QList<QWidget*> focusableChildren(QWidget* root) {
    QList<QWidget*> out;
    for (auto* w : root->findChildren<QWidget*>())
        if (focusable(w))
            out << w;
    return out;
}

QString accessibleName(QWidget* w) {
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    QString name = iface != nullptr ? iface->text(QAccessible::Name) : QString();
    if (name.trimmed().isEmpty())
        name = w->accessibleName();
    return name.trimmed();
}

// Returns the controls without a name; counts what it checked.
QStringList unnamed(QWidget* root, int& checked) {
    QStringList bad;
    for (auto* w : focusableChildren(root)) {
        // The viewport of a scroll area is not a control of its own.
        if (qobject_cast<QAbstractScrollArea*>(w->parentWidget()) != nullptr &&
            w == qobject_cast<QAbstractScrollArea*>(w->parentWidget())->viewport())
            continue;
        ++checked;
        if (accessibleName(w).isEmpty())
            bad << describe(w);
    }
    return bad;
}

// Tabs through the window from `start` and returns the focusable controls under `root` that
// were never reached. Item views with Tab navigation between cells and text editors keep Tab;
// from those the user presses Ctrl+Tab, and where even that stays inside, the walk moves on to
// the next control in the focus chain and counts the control in `trapping`.
QStringList unreachable(QWidget* root, QWidget* start, QStringList* trapping = nullptr) {
    const auto wanted = focusableChildren(root);
    QSet<QWidget*> reached;
    start->window()->activateWindow();
    (void)QTest::qWaitForWindowActive(start->window());
    start->setFocus(Qt::TabFocusReason);
    QCoreApplication::processEvents();
    const int steps = static_cast<int>(wanted.size()) * 3 + 20;
    for (int i = 0; i < steps; ++i) {
        QWidget* f = QApplication::focusWidget();
        if (f == nullptr)
            break;
        reached.insert(f);
        auto* view = qobject_cast<QAbstractItemView*>(f);
        auto* plain = qobject_cast<QPlainTextEdit*>(f);
        auto* rich = qobject_cast<QTextEdit*>(f);
        const bool keepsTab = (view != nullptr && view->tabKeyNavigation()) ||
                              (plain != nullptr && !plain->tabChangesFocus()) ||
                              (rich != nullptr && !rich->tabChangesFocus());
        QTest::keyClick(f, Qt::Key_Tab, keepsTab ? Qt::ControlModifier : Qt::NoModifier);
        if (keepsTab && QApplication::focusWidget() == f) {
            if (trapping != nullptr)
                trapping->append(describe(f));
            QWidget* w = f->nextInFocusChain();
            while (w != nullptr && w != f && !(focusable(w) && w->isEnabled()))
                w = w->nextInFocusChain();
            if (w != nullptr)
                w->setFocus(Qt::TabFocusReason);
        }
    }
    QStringList missed;
    for (auto* w : wanted) {
        if (reached.contains(w) || !w->isEnabled())
            continue;
        // Tab enters a group of radio buttons at its checked one; arrows move within it.
        if (auto* radio = qobject_cast<QRadioButton*>(w); radio != nullptr && !radio->isChecked()) {
            bool groupReached = false;
            for (auto* sibling : radio->parentWidget()->findChildren<QRadioButton*>())
                groupReached = groupReached || reached.contains(sibling);
            if (groupReached)
                continue;
        }
        missed << describe(w);
    }
    return missed;
}

QStringList clipped(QWidget* root) {
    QStringList bad;
    for (auto* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        if (qobject_cast<QLabel*>(w) == nullptr && qobject_cast<QAbstractButton*>(w) == nullptr)
            continue;
        if (auto* l = qobject_cast<QLabel*>(w);
            l != nullptr && (l->wordWrap() || l->text().isEmpty()))
            continue; // wrapped text reflows; empty labels hold pictures or nothing
        const QSize hint = w->minimumSizeHint();
        if (w->width() < hint.width() || w->height() < hint.height())
            bad << QStringLiteral("%1 is %2x%3, needs %4x%5")
                       .arg(describe(w))
                       .arg(w->width())
                       .arg(w->height())
                       .arg(hint.width())
                       .arg(hint.height());
    }
    return bad;
}

// Stricter, for dialogs: a wrapped label must also get the height its text needs at its width.
QStringList clippedText(QWidget* root) {
    QStringList bad = clipped(root);
    for (auto* l : root->findChildren<QLabel*>()) {
        if (!l->isVisible() || !l->wordWrap() || l->text().isEmpty())
            continue;
        const int needed = l->heightForWidth(l->width());
        if (needed > l->height())
            bad << QStringLiteral("%1 (\"%2\") is %3 high, its text needs %4")
                       .arg(describe(l), l->text().left(40))
                       .arg(l->height())
                       .arg(needed);
    }
    return bad;
}

// Keyboard mnemonics (Alt+letter) shown at the same time in one window that clash: the second
// one is unreachable with Alt+letter. Buttons and labels with a buddy count.
QStringList clashingMnemonics(QWidget* window) {
    QMap<QChar, QString> seen;
    QStringList bad;
    for (auto* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->window() != window)
            continue;
        QString text;
        if (auto* b = qobject_cast<QAbstractButton*>(w))
            text = b->text();
        else if (auto* l = qobject_cast<QLabel*>(w); l != nullptr && l->buddy() != nullptr)
            text = l->text();
        const auto at = text.indexOf(u'&');
        if (at < 0 || at + 1 >= text.size() || text[at + 1] == u'&')
            continue;
        const QChar key = text[at + 1].toLower();
        if (seen.contains(key))
            bad << QStringLiteral("Alt+%1: \"%2\" and \"%3\" in %4")
                       .arg(key, seen[key], text,
                            QString::fromLatin1(window->metaObject()->className()));
        else
            seen[key] = text;
    }
    return bad;
}

// Presses Tab in the window until `target` has the focus (at most `limit` presses).
bool tabTo(QWidget* target, int limit = 30) {
    for (int i = 0; i < limit && QApplication::focusWidget() != target; ++i)
        QTest::keyClick(QApplication::focusWidget() != nullptr ? QApplication::focusWidget()
                                                               : target->window(),
                        Qt::Key_Tab);
    return QApplication::focusWidget() == target;
}

void bringToFrontNow(QWidget* window) {
    window->activateWindow();
    QApplication::setActiveWindow(window);
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(ui::setUpApplication(*qApp).ok());
        errors_ = new ErrorBoxWatcher(this);
        QDir().mkpath(QStringLiteral(CARELEDGER_SCREENSHOT_DIR));
        isolateSettings(QString::fromStdString((dir_ / "settings").string()));
    }

    void everyControlIsNamedAndReachable() {
        int checked = 0;
        QStringList bad;
        QStringList missed;
        QStringList trapping;

        // The first-run dialog, each step.
        GuiWallet patient(walletDir("patient"), ledgerDir());
        {
            ui::FirstRunDialog dialog(patient.controller.get(), patient.window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            bad << unnamed(&dialog, checked);
            missed << unreachable(&dialog, child<QRadioButton>(&dialog, "createRadio"));
            QTest::mouseClick(child<QPushButton>(&dialog, "welcomeNext"), Qt::LeftButton);
            bad << unnamed(&dialog, checked);
            QTest::mouseClick(child<QRadioButton>(&dialog, "createRadio"), Qt::LeftButton);
        }
        createThroughWizard(patient, QStringLiteral("Alice"), false);

        // The lock screen.
        patient.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(patient.window.get()));
        // Every section of the patient's window.
        auto* sidebar = child<QListWidget>(patient.window.get(), "sidebar");
        for (auto section :
             {ui::MainWindow::Section::overview, ui::MainWindow::Section::consents,
              ui::MainWindow::Section::access_log, ui::MainWindow::Section::emergency,
              ui::MainWindow::Section::settings}) {
            patient.window->showSection(section);
            QCoreApplication::processEvents();
            auto* page = patient.window->sectionWidget(section);
            bad << unnamed(patient.window.get(), checked);
            missed << unreachable(page, sidebar, &trapping);
        }
        // The change-passphrase dialog (modal: inspected while it runs).
        patient.window->showSection(ui::MainWindow::Section::settings);
        QTimer::singleShot(300, this, [&] {
            auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (d != nullptr) {
                bad << unnamed(d, checked);
                d->grab().save(
                    QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/change_passphrase_dialog.png"));
                d->reject();
            } else {
                bad << QStringLiteral("change-passphrase dialog did not open");
            }
        });
        QTest::mouseClick(child<QPushButton>(patient.window->settingsPage(), "passphraseButton"),
                          Qt::LeftButton);

        // The lock screen (Settings → Lock now).
        QTest::mouseClick(child<QPushButton>(patient.window->settingsPage(), "lockButton"),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!patient.window->isUnlocked(), 10000);
        bad << unnamed(patient.window->unlockView(), checked);
        missed << unreachable(patient.window->unlockView(),
                              child<QLineEdit>(patient.window->unlockView(), "unlockPassphrase"));

        // Clinician mode: the provider's window and the certification step.
        GuiWallet clinician(walletDir("clinician"), ledgerDir());
        createThroughWizard(clinician, QStringLiteral("Dr. Ada Example"), true);
        clinician.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(clinician.window.get()));
        for (auto section :
             {ui::MainWindow::Section::clinician, ui::MainWindow::Section::settings}) {
            clinician.window->showSection(section);
            QCoreApplication::processEvents();
            bad << unnamed(clinician.window.get(), checked);
            missed << unreachable(clinician.window->sectionWidget(section),
                                  child<QListWidget>(clinician.window.get(), "sidebar"), &trapping);
        }

        // A message box as the app shows them.
        QMessageBox box(QMessageBox::Warning, QStringLiteral("CareLedger"), QStringLiteral("text"),
                        QMessageBox::Ok, patient.window.get());
        box.show();
        bad << unnamed(&box, checked);
        box.close();

        for (const auto& b : bad)
            qWarning("no accessible name: %s", qPrintable(b));
        for (const auto& m : missed)
            qWarning("not reachable with Tab: %s", qPrintable(m));
        trapping.removeDuplicates();
        for (const auto& t : trapping)
            qInfo("keeps Tab and Ctrl+Tab (focus moved on by the test): %s", qPrintable(t));
        qInfo("%d controls checked for an accessible name; %lld unnamed, %lld unreachable", checked,
              static_cast<long long>(bad.size()), static_cast<long long>(missed.size()));
        QVERIFY(checked > 40);
        QVERIFY(bad.isEmpty());
        QVERIFY(missed.isEmpty());
    }

    // Every dialog a person can reach from the patient's pages and from clinician mode: each
    // control named; the grant wizard and both revoke confirmations completed (and cancelled)
    // with the keyboard alone; no clashing Alt+letter keys. The provider certified by the first
    // test is on the same ledger, so the wizard lists it.
    void dialogsAreNamedAndKeyboardComplete() {
        int checked = 0;
        int dialogs = 0;
        QStringList bad;
        QStringList notOurs; // Qt's own file dialog: reported, not ours to fix
        QStringList clashes;
        auto walk = [&](QWidget* d, const QString& shotName) {
            ++dialogs;
            bad << unnamed(d, checked);
            clashes << clashingMnemonics(d);
            if (!shotName.isEmpty())
                d->grab().save(
                    QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/a11y_%1.png").arg(shotName));
        };

        // A certified provider on the ledger, so that the wizard lists one; its window is
        // clinician mode, walked at the end.
        GuiWallet clinician(walletDir("dialogs-clinician"), ledgerDir());
        createThroughWizard(clinician, QStringLiteral("Dr. Ada Example"), true);
        GuiWallet patient(walletDir("dialogs"), ledgerDir());
        createThroughWizard(patient, QStringLiteral("Bea Patient"), false);
        auto* window = patient.window.get();
        window->resize(1100, 760);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        bringToFrontNow(window);
        QTRY_COMPARE(QApplication::activeWindow(), window);
        for (auto section :
             {ui::MainWindow::Section::overview, ui::MainWindow::Section::consents,
              ui::MainWindow::Section::access_log, ui::MainWindow::Section::emergency}) {
            window->showSection(section);
            QCoreApplication::processEvents();
            clashes << clashingMnemonics(window);
        }
        // The settings page is the shell's: its clashes are reported for the shell's owner.
        window->showSection(ui::MainWindow::Section::settings);
        QCoreApplication::processEvents();
        const QStringList shellClashes = clashingMnemonics(window);

        // ---- The grant wizard, with the keyboard alone. ----
        window->showSection(ui::MainWindow::Section::consents);
        auto* consents = window->sectionWidget(ui::MainWindow::Section::consents);
        auto* newGrant = child<QPushButton>(consents, "newGrantButton");
        QWidget* wizard = nullptr;
        // The directory arrives with the first sync: until then the wizard lists no provider.
        for (int attempt = 0; attempt < 100; ++attempt) {
            newGrant->setFocus(Qt::TabFocusReason);
            QTest::keyClick(newGrant, Qt::Key_Space);
            QTRY_VERIFY((wizard = consents->findChild<QWidget*>(QStringLiteral("grantWizard"))) &&
                        wizard->isVisible());
            bringToFrontNow(wizard);
            QTRY_COMPARE(QApplication::activeWindow(), wizard);
            if (child<QListWidget>(wizard, "providerList")->count() > 0)
                break;
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
            QTRY_VERIFY(consents->findChild<QWidget*>(QStringLiteral("grantWizard")) == nullptr);
            QTest::qWait(100);
        }
        QVERIFY2(consents->findChild<QWidget*>(QStringLiteral("grantWizard")) != nullptr,
                 "the directory never listed the provider");
        auto* search = child<QLineEdit>(wizard, "providerSearch");
        QCOMPARE(QApplication::focusWidget(), search);
        walk(wizard, QStringLiteral("grant_wizard_step1"));
        missed_ << unreachable(wizard, search);
        search->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(search, QStringLiteral("Ada"));
        QTest::keyClick(search, Qt::Key_Return); // the default button: Next
        QCOMPARE(qobject_cast<ui::patient::GrantWizard*>(wizard)->step(), 1);
        auto* categories = child<QListWidget>(wizard, "categoryList");
        QCOMPARE(QApplication::focusWidget(), categories);
        walk(wizard, QStringLiteral("grant_wizard_step2"));
        missed_ << unreachable(wizard, categories);
        categories->setFocus(Qt::TabFocusReason);
        QTest::keyClick(categories, Qt::Key_Home);
        QTest::keyClick(categories, Qt::Key_Space); // ticks the current category
        QCOMPARE(categories->currentItem()->checkState(), Qt::Checked);
        QTest::keyClick(categories, Qt::Key_Return);
        QCOMPARE(qobject_cast<ui::patient::GrantWizard*>(wizard)->step(), 2);
        walk(wizard, QStringLiteral("grant_wizard_step3"));
        missed_ << unreachable(wizard, child<QWidget>(wizard, "purposeBox"));
        child<QWidget>(wizard, "purposeBox")->setFocus(Qt::TabFocusReason);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(qobject_cast<ui::patient::GrantWizard*>(wizard)->step(), 3);
        walk(wizard, QStringLiteral("grant_wizard_step4"));
        missed_ << unreachable(wizard, child<QWidget>(wizard, "fromDate"));
        child<QWidget>(wizard, "fromDate")->setFocus(Qt::TabFocusReason);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(qobject_cast<ui::patient::GrantWizard*>(wizard)->step(), 4);
        walk(wizard, QStringLiteral("grant_wizard_step5"));
        auto* sign = child<QPushButton>(wizard, "signButton");
        QCOMPARE(QApplication::focusWidget(), sign);
        // Back with the keyboard and forward again.
        QVERIFY(tabTo(child<QPushButton>(wizard, "backButton")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(qobject_cast<ui::patient::GrantWizard*>(wizard)->step(), 3);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Next (the default)
        QCOMPARE(qobject_cast<ui::patient::GrantWizard*>(wizard)->step(), 4);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // Sign and grant
        QTRY_VERIFY(consents->findChild<QWidget*>(QStringLiteral("grantWizard")) == nullptr);
        auto* table = child<QTreeWidget>(consents, "grantTable");
        QTRY_VERIFY_WITH_TIMEOUT(table->isVisible() && table->topLevelItemCount() == 1, 20000);

        // Escape cancels the wizard.
        bringToFrontNow(window);
        QTRY_COMPARE(QApplication::activeWindow(), window);
        newGrant->setFocus(Qt::TabFocusReason);
        QTest::keyClick(newGrant, Qt::Key_Space);
        QTRY_VERIFY((wizard = consents->findChild<QWidget*>(QStringLiteral("grantWizard"))) &&
                    wizard->isVisible());
        bringToFrontNow(wizard);
        QTRY_COMPARE(QApplication::activeWindow(), wizard);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(consents->findChild<QWidget*>(QStringLiteral("grantWizard")) == nullptr);

        // ---- The revoke confirmation: Escape keeps the grant, Tab + Enter on Revoke revokes. --
        bringToFrontNow(window);
        QTRY_COMPARE(QApplication::activeWindow(), window);
        table->setFocus(Qt::TabFocusReason);
        QTest::keyClick(table, Qt::Key_Down);
        QVERIFY(table->currentItem() != nullptr);
        auto* revoke = child<QPushButton>(consents, "revokeButton");
        QVERIFY(revoke->isEnabled());
        QVERIFY(tabTo(revoke));
        auto openConfirm = [&]() -> QMessageBox* {
            QTest::keyClick(revoke, Qt::Key_Space);
            QMessageBox* box = nullptr;
            for (int i = 0; i < 100 && box == nullptr; ++i) {
                box = consents->findChild<QMessageBox*>(QStringLiteral("revokeConfirmation"));
                if (box == nullptr || !box->isVisible()) {
                    box = nullptr;
                    QTest::qWait(20);
                }
            }
            if (box != nullptr) {
                bringToFrontNow(box);
                for (int i = 0; i < 100 && QApplication::activeWindow() != box; ++i)
                    QTest::qWait(20);
            }
            return box;
        };
        QMessageBox* confirm = openConfirm();
        QVERIFY(confirm != nullptr);
        walk(confirm, QStringLiteral("revoke_confirmation"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(consents->findChild<QMessageBox*>(QStringLiteral("revokeConfirmation")) ==
                    nullptr);
        QVERIFY(table->topLevelItem(0)->text(0).contains(QLatin1String("Active")));
        bringToFrontNow(window);
        QTRY_COMPARE(QApplication::activeWindow(), window);
        revoke->setFocus(Qt::TabFocusReason);
        confirm = openConfirm();
        QVERIFY(confirm != nullptr);
        // Enter alone keeps the grant (the safe default); Tab to Revoke, then Enter.
        QCOMPARE(QApplication::focusWidget(), confirm->button(QMessageBox::No));
        QVERIFY(tabTo(confirm->button(QMessageBox::Yes), 5));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            table->topLevelItemCount() == 1 &&
                table->topLevelItem(0)->text(0).contains(QLatin1String("Revoked")),
            20000);

        // ---- The emergency page's dialogs. ----
        bringToFrontNow(window);
        QTRY_COMPARE(QApplication::activeWindow(), window);
        window->showSection(ui::MainWindow::Section::emergency);
        auto* emergency = window->sectionWidget(ui::MainWindow::Section::emergency);
        auto* bloodType = child<QLineEdit>(emergency, "bloodType");
        bloodType->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(bloodType, QStringLiteral("O-"));
        // Tab to Save card, Space; then on to Issue token.
        QVERIFY(tabTo(child<QPushButton>(emergency, "saveCard"), 60));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(emergency, "cardError")->text().contains(QLatin1String("saved")), 20000);
        QVERIFY(tabTo(child<QPushButton>(emergency, "issueToken"), 60));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        auto* page = qobject_cast<ui::patient::EmergencyPage*>(emergency);
        QTRY_VERIFY_WITH_TIMEOUT(page->qrDialog() != nullptr && page->qrDialog()->isVisible(),
                                 20000);
        auto* qr = page->qrDialog();
        bringToFrontNow(qr);
        QTRY_COMPARE(QApplication::activeWindow(), qr);
        walk(qr, QStringLiteral("qr_fullscreen"));
        missed_ << unreachable(qr, QApplication::focusWidget());
        // Its Save PDF card… opens Qt's file dialog: Escape closes it and leaves the QR shown.
        whenModalShown([&](QWidget* modal) {
            notOurs << unnamed(modal, checked);
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        QPushButton* savePdf = nullptr;
        for (auto* b : qr->findChildren<QPushButton*>())
            if (b->text().startsWith(QLatin1String("&Save PDF")))
                savePdf = b;
        QVERIFY(savePdf != nullptr && tabTo(savePdf, 10));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(page->qrDialog() != nullptr && page->qrDialog()->isVisible());
        bringToFrontNow(qr);
        QTRY_COMPARE(QApplication::activeWindow(), qr);
        const QString tokenText = qr->tokenText();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(page->qrDialog() == nullptr);

        // Clinician mode verifies that token: the valid verdict, walked.
        auto* cwin = clinician.window.get();
        cwin->resize(1100, 760);
        cwin->show();
        QVERIFY(QTest::qWaitForWindowExposed(cwin));
        bringToFrontNow(cwin);
        QTRY_COMPARE(QApplication::activeWindow(), cwin);
        cwin->showSection(ui::MainWindow::Section::clinician);
        auto* cpage = cwin->sectionWidget(ui::MainWindow::Section::clinician);
        auto* input = child<QLineEdit>(cpage, "tokenInput");
        auto* headline = child<QLabel>(cpage, "verdictHeadline");
        input->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(input, tokenText);
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(headline->text() == QLatin1String("VALID emergency card"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QLabel>(cpage, "accessStatus")->text().contains(QLatin1String("recorded")),
            20000);
        QCoreApplication::processEvents();
        walk(cwin, QStringLiteral("clinician_verdict_valid"));
        missed_ << unreachable(cpage, input, &trapping_);
        bringToFrontNow(window);
        QTRY_COMPARE(QApplication::activeWindow(), window);

        // The token revoke confirmation: Escape cancels, Tab to Revoke + Enter revokes.
        bringToFrontNow(window);
        QTRY_COMPARE(QApplication::activeWindow(), window);
        auto* tokens = child<QTableWidget>(emergency, "tokenTable");
        QTRY_VERIFY_WITH_TIMEOUT(tokens->rowCount() == 1, 20000);
        tokens->setFocus(Qt::TabFocusReason);
        QTest::keyClick(tokens, Qt::Key_Down);
        if (tokens->currentRow() != 0)
            QTest::keyClick(tokens, Qt::Key_Up);
        auto* revokeToken = child<QPushButton>(emergency, "revokeToken");
        QVERIFY(revokeToken->isEnabled());
        QVERIFY(tabTo(revokeToken));
        QTest::keyClick(revokeToken, Qt::Key_Space);
        QTRY_VERIFY(page->revokeConfirmation() != nullptr &&
                    page->revokeConfirmation()->isVisible());
        bringToFrontNow(page->revokeConfirmation());
        QTRY_COMPARE(QApplication::activeWindow(), page->revokeConfirmation());
        walk(page->revokeConfirmation(), QStringLiteral("token_revoke_confirmation"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(page->revokeConfirmation() == nullptr);
        QVERIFY(tokens->item(0, 3)->text().contains(QLatin1String("Active")));
        bringToFrontNow(window);
        QTRY_COMPARE(QApplication::activeWindow(), window);
        revokeToken->setFocus(Qt::TabFocusReason);
        QTest::keyClick(revokeToken, Qt::Key_Space);
        QTRY_VERIFY(page->revokeConfirmation() != nullptr &&
                    page->revokeConfirmation()->isVisible());
        bringToFrontNow(page->revokeConfirmation());
        QTRY_COMPARE(QApplication::activeWindow(), page->revokeConfirmation());
        QVERIFY(tabTo(page->revokeConfirmation()->button(QMessageBox::Yes), 5));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(tokens->item(0, 3)->text().contains(QLatin1String("Revoked")),
                                 20000);

        // The card import (Qt's file dialog): reached with Tab, closed with Escape.
        bringToFrontNow(window);
        QTRY_COMPARE(QApplication::activeWindow(), window);
        bool importShown = false;
        whenModalShown([&](QWidget* modal) {
            importShown = qobject_cast<QFileDialog*>(modal) != nullptr;
            notOurs << unnamed(modal, checked);
            modal->grab().save(QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/a11y_import_dialog.png"));
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        QVERIFY(tabTo(child<QPushButton>(emergency, "importCard"), 60));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(importShown);

        // The access log's exports (Qt's file dialogs), once the sync brought the clinician's
        // emergency access.
        window->showSection(ui::MainWindow::Section::overview);
        QTest::mouseClick(
            child<QPushButton>(window->sectionWidget(ui::MainWindow::Section::overview),
                               "syncButton"),
            Qt::LeftButton);
        window->showSection(ui::MainWindow::Section::access_log);
        auto* log = window->sectionWidget(ui::MainWindow::Section::access_log);
        QTRY_VERIFY_WITH_TIMEOUT(child<QPushButton>(log, "exportCsvButton")->isEnabled(), 20000);
        walk(window, QStringLiteral("access_log"));
        for (const char* button : {"exportCsvButton", "exportPdfButton"}) {
            bool shown = false;
            whenModalShown([&](QWidget* modal) {
                shown = qobject_cast<QFileDialog*>(modal) != nullptr;
                notOurs << unnamed(modal, checked);
                QTest::keyClick(modal, Qt::Key_Escape);
            });
            child<QPushButton>(log, button)->setFocus(Qt::TabFocusReason);
            QTest::keyClick(child<QPushButton>(log, button), Qt::Key_Space);
            QVERIFY2(shown, button);
        }

        // Settings: the passphrase change (ours) and the backup export (Qt's file dialog).
        window->showSection(ui::MainWindow::Section::settings);
        bool passphraseShown = false;
        whenModalShown([&](QWidget* modal) {
            passphraseShown = modal->objectName() == QLatin1String("changePassphraseDialog");
            walk(modal, QStringLiteral("change_passphrase"));
            QTest::keyClick(QApplication::focusWidget() != nullptr ? QApplication::focusWidget()
                                                                   : modal,
                            Qt::Key_Escape);
        });
        child<QPushButton>(window->settingsPage(), "passphraseButton")
            ->setFocus(Qt::TabFocusReason);
        QTest::keyClick(child<QPushButton>(window->settingsPage(), "passphraseButton"),
                        Qt::Key_Space);
        QVERIFY(passphraseShown);
        bool backupShown = false;
        whenModalShown([&](QWidget* modal) {
            backupShown = qobject_cast<QFileDialog*>(modal) != nullptr;
            notOurs << unnamed(modal, checked);
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        child<QPushButton>(window->settingsPage(), "backupButton")->setFocus(Qt::TabFocusReason);
        QTest::keyClick(child<QPushButton>(window->settingsPage(), "backupButton"), Qt::Key_Space);
        QVERIFY(backupShown);
        bool sharesShown = false;
        whenModalShown([&](QWidget* modal) {
            sharesShown = modal->objectName() == QLatin1String("recoverySharesDialog");
            walk(modal, QStringLiteral("recovery_shares"));
            QTest::keyClick(QApplication::focusWidget() != nullptr ? QApplication::focusWidget()
                                                                   : modal,
                            Qt::Key_Escape);
        });
        child<QPushButton>(window->settingsPage(), "recoverySharesButton")
            ->setFocus(Qt::TabFocusReason);
        QTest::keyClick(child<QPushButton>(window->settingsPage(), "recoverySharesButton"),
                        Qt::Key_Space);
        QTRY_VERIFY(sharesShown); // open(), not exec(): the dialog shows after the click returns
        // About (F1), from anywhere in the window.
        bool aboutShown = false;
        whenModalShown([&](QWidget* modal) {
            aboutShown = modal->objectName() == QLatin1String("aboutDialog");
            walk(modal, QStringLiteral("about"));
            QTest::keyClick(QApplication::focusWidget() != nullptr ? QApplication::focusWidget()
                                                                   : modal,
                            Qt::Key_Escape);
        });
        QTRY_VERIFY(QApplication::activeModalWidget() == nullptr);
        bringToFrontNow(window);
        QTRY_COMPARE(QApplication::activeWindow(), window);
        QTest::keyClick(QApplication::focusWidget() != nullptr ? QApplication::focusWidget()
                                                               : window,
                        Qt::Key_F1);
        QTRY_VERIFY(aboutShown);

        // ---- Clinician mode: a refusal, and Open image…. ----
        bringToFrontNow(cwin);
        QTRY_COMPARE(QApplication::activeWindow(), cwin);
        input->setFocus(Qt::TabFocusReason);
        input->selectAll();
        QTest::keyClicks(input, QStringLiteral("CL1:NOT-A-TOKEN"));
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(headline->text().startsWith(QLatin1String("NOT VALID")), 20000);
        QCoreApplication::processEvents();
        walk(cwin, QStringLiteral("clinician_verdict_invalid"));
        missed_ << unreachable(cpage, input, &trapping_);
        bool openShown = false;
        whenModalShown([&](QWidget* modal) {
            openShown = qobject_cast<QFileDialog*>(modal) != nullptr;
            notOurs << unnamed(modal, checked);
            QTest::keyClick(modal, Qt::Key_Escape);
        });
        bringToFrontNow(cwin);
        QTRY_COMPARE(QApplication::activeWindow(), cwin);
        input->setFocus(Qt::TabFocusReason);
        QVERIFY(tabTo(child<QPushButton>(cpage, "openImageButton"), 10));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(openShown);

        notOurs.removeDuplicates();
        for (const auto& n : notOurs)
            qInfo("Qt's file dialog, no accessible name (not ours): %s", qPrintable(n));
        for (const auto& b : bad)
            qWarning("no accessible name: %s", qPrintable(b));
        for (const auto& m : missed_)
            qWarning("not reachable with Tab: %s", qPrintable(m));
        clashes.removeDuplicates();
        for (const auto& c : clashes)
            qWarning("clashing Alt keys: %s", qPrintable(c));
        for (const auto& c : shellClashes)
            qWarning("clashing Alt keys on the settings page: %s", qPrintable(c));
        qInfo("%d dialogs and windows walked, %d controls checked; %lld unnamed, %lld unreachable, "
              "%lld Alt-key clashes",
              dialogs, checked, static_cast<long long>(bad.size()),
              static_cast<long long>(missed_.size()), static_cast<long long>(clashes.size()));
        for (const auto& e : errors_->errors)
            qWarning("error shown: %s", qPrintable(e));
        QVERIFY(errors_->errors.isEmpty());
        QVERIFY(dialogs >= 10);
        QVERIFY(bad.isEmpty());
        QVERIFY(missed_.isEmpty());
        QVERIFY(clashes.isEmpty());
        QVERIFY(shellClashes.isEmpty());
    }

    // Run in a child process per scale factor (see highDpi).
    void labelsFit() {
        if (qEnvironmentVariableIsEmpty("CARELEDGER_A11Y_CHILD"))
            QSKIP("runs in the child processes of highDpi");
        const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR");
        GuiWallet patient(walletDir("hidpi"), ledgerDir());
        createThroughWizard(patient, QStringLiteral("Alice"), false);
        patient.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(patient.window.get()));
        QStringList bad;
        for (auto section :
             {ui::MainWindow::Section::overview, ui::MainWindow::Section::consents,
              ui::MainWindow::Section::access_log, ui::MainWindow::Section::emergency,
              ui::MainWindow::Section::settings}) {
            patient.window->showSection(section);
            QCoreApplication::processEvents();
            bad << clipped(patient.window.get());
            patient.window->grab().save(
                QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/hidpi_%1_section%2.png")
                    .arg(scale)
                    .arg(static_cast<int>(section)));
        }
        // The grant wizard, each page (a provider on the ledger so that it can go on).
        {
            GuiWallet clinician(walletDir("hidpi-clinician"), ledgerDir());
            createThroughWizard(clinician, QStringLiteral("Dr. Ada Example"), true);
        }
        patient.window->showSection(ui::MainWindow::Section::consents);
        auto* consents = patient.window->sectionWidget(ui::MainWindow::Section::consents);
        ui::patient::GrantWizard* wizard = nullptr;
        for (int attempt = 0; attempt < 100; ++attempt) {
            // Sync (the overview's button), then New grant.
            patient.window->showSection(ui::MainWindow::Section::overview);
            QTest::mouseClick(
                child<QPushButton>(patient.window->sectionWidget(ui::MainWindow::Section::overview),
                                   "syncButton"),
                Qt::LeftButton);
            patient.window->showSection(ui::MainWindow::Section::consents);
            QTest::mouseClick(child<QPushButton>(consents, "newGrantButton"), Qt::LeftButton);
            QTRY_VERIFY((wizard = consents->findChild<ui::patient::GrantWizard*>(
                             QStringLiteral("grantWizard"))) != nullptr &&
                        wizard->isVisible());
            if (child<QListWidget>(wizard, "providerList")->count() > 0)
                break;
            wizard->reject();
            QTRY_VERIFY(consents->findChild<QWidget*>(QStringLiteral("grantWizard")) == nullptr);
            QTest::qWait(100);
        }
        QVERIFY(child<QListWidget>(wizard, "providerList")->count() > 0);
        child<QListWidget>(wizard, "categoryList")->item(0)->setCheckState(Qt::Checked);
        for (int step = 0; step < 5; ++step) {
            QCOMPARE(wizard->step(), step);
            QCoreApplication::processEvents();
            bad << clippedText(wizard);
            wizard->grab().save(QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/hidpi_%1_wizard%2.png")
                                    .arg(scale)
                                    .arg(step + 1));
            if (step < 4)
                QTest::mouseClick(child<QPushButton>(wizard, "nextButton"), Qt::LeftButton);
        }
        wizard->reject();

        bringToFrontNow(patient.window.get());
        QTRY_COMPARE(QApplication::activeWindow(), patient.window.get());
        QTest::keyClick(patient.window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!patient.window->isUnlocked(), 10000);
        bad << clipped(patient.window.get());
        for (const auto& b : bad)
            qWarning("clipped at %s: %s", qPrintable(scale), qPrintable(b));
        qInfo("scale %s: %lld clipped", qPrintable(scale), static_cast<long long>(bad.size()));
        QVERIFY(bad.isEmpty());
    }

    void highDpi_data() {
        QTest::addColumn<QString>("scale");
        QTest::newRow("1.25") << QStringLiteral("1.25");
        QTest::newRow("1.5") << QStringLiteral("1.5");
        QTest::newRow("2") << QStringLiteral("2");
    }

    void highDpi() {
        QFETCH(QString, scale);
        QProcess child;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_SCALE_FACTOR"), scale);
        env.insert(QStringLiteral("CARELEDGER_A11Y_CHILD"), QStringLiteral("1"));
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("labelsFit")});
        QVERIFY(child.waitForFinished(240000));
        const QString out = QString::fromLocal8Bit(child.readAll());
        for (const auto& line : out.split(u'\n'))
            if (line.contains(QLatin1String("clipped")) || line.startsWith(QLatin1String("FAIL")))
                qInfo("%s", qPrintable(line));
        QVERIFY2(child.exitCode() == 0, qPrintable(out.right(3000)));
    }

private:
    QString walletDir(const char* name) const {
        return QString::fromStdString((dir_ / "wallets" / name).string());
    }
    QString ledgerDir() const { return QString::fromStdString((dir_ / "ledger").string()); }
    TempDir dir_;
    ErrorBoxWatcher* errors_ = nullptr;
    QStringList missed_;
    QStringList trapping_;
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
