// Accessibility of every screen: each focusable control has an accessible name (what a screen
// reader says: accessibleName, or the text Qt derives from a button's text or a label's buddy);
// Tab reaches every control of each page; labels and buttons are not clipped at
// QT_SCALE_FACTOR 1.25, 1.5 and 2 (each scale runs in a child process, since the factor is read
// when the application starts).

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
#include <QTextEdit>
#include <QTimer>

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

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(ui::setUpApplication(*qApp).ok());
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
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
