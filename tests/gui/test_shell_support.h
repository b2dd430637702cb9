// Helpers shared by the shell's GUI suites: an isolated app (temp wallet and ledger directories,
// QSettings in a temp dir), and the first-run wizard driven through its widgets.
#pragma once

#include "shell/application.h"
#include "shell/first_run_dialog.h"
#include "shell/main_window.h"
#include "shell/wallet_controller.h"
#include "test_support.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QCompleter>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

namespace careledger::test {

inline constexpr const char* kGoodPassphrase = "correct horse battery staple meadow";

// One wallet's app: a controller on its worker thread and the main window.
struct GuiWallet {
    std::unique_ptr<ui::WalletController> controller;
    std::unique_ptr<ui::MainWindow> window;

    GuiWallet(const QString& wallet_dir, const QString& ledger_dir) {
        ui::ControllerPaths paths;
        paths.wallet_dir = wallet_dir;
        paths.ledger_dir = ledger_dir;
        paths.test_fast_kdf = true;
        controller = std::make_unique<ui::WalletController>(paths);
        controller->startWorker();
        window = std::make_unique<ui::MainWindow>(controller.get(), ui::AppSettings::load());
    }
    ~GuiWallet() {
        window.reset();
        controller.reset();
    }
    GuiWallet(const GuiWallet&) = delete;
    GuiWallet& operator=(const GuiWallet&) = delete;
};

inline void isolateSettings(const QString& dir) {
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    QSettings().clear();
}

template <typename T> T* child(QWidget* parent, const char* name) {
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (w == nullptr)
        qWarning("no child %s", name);
    return w;
}

// The numbered words shown on the recovery step ("1. word  2. word …"), in order.
inline QStringList shownRecoveryWords(ui::FirstRunDialog& dialog) {
    const QString text = child<QLabel>(&dialog, "recoveryWords")->text();
    QStringList words;
    static const QRegularExpression re(QStringLiteral("(\\d+)\\.\\s+([a-z]+)"));
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1).toInt() == words.size() + 1)
            words << m.captured(2);
        else
            break; // the next share starts over at 1: keep the first share only
    }
    return words;
}

// Drives the wizard's recovery and confirmation steps by what a person sees on screen.
inline void confirmRecovery(ui::FirstRunDialog& dialog, const QStringList& words) {
    auto* written = child<QCheckBox>(&dialog, "recoveryWritten");
    if (!written->isChecked())
        QTest::mouseClick(written, Qt::LeftButton, {}, QPoint(4, written->height() / 2));
    QVERIFY(written->isChecked());
    QTest::mouseClick(child<QPushButton>(&dialog, "recoveryNext"), Qt::LeftButton);
    QCOMPARE(dialog.step(), ui::FirstRunDialog::confirm);
    for (int i = 0; i < 3; ++i) {
        auto* edit = child<QLineEdit>(&dialog, QStringLiteral("confirmWord%1").arg(i).toLatin1());
        // The label in front of the field names the word's position.
        int position = 0;
        for (auto* label : dialog.findChildren<QLabel*>())
            if (label->buddy() == edit)
                position =
                    label->text().remove(QRegularExpression(QStringLiteral("[^0-9]"))).toInt();
        QVERIFY(position >= 1 && position <= words.size());
        edit->setFocus();
        QTest::keyClicks(edit, words[position - 1]);
    }
    QTest::mouseClick(child<QPushButton>(&dialog, "confirmDone"), Qt::LeftButton);
}

// Creates a wallet through the first-run wizard: patient, or clinician (provider, certified by
// the embedded ledger's local registrar). Leaves the window unlocked.
inline void createThroughWizard(GuiWallet& app, const QString& name, bool clinician,
                                const QString& screenshot_prefix = QString()) {
    ui::FirstRunDialog dialog(app.controller.get(), app.window.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto shot = [&](const char* step) {
        if (!screenshot_prefix.isEmpty())
            dialog.grab().save(QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/%1_%2.png")
                                   .arg(screenshot_prefix, QLatin1String(step)));
    };
    shot("welcome");
    if (clinician)
        QTest::mouseClick(child<QRadioButton>(&dialog, "clinicianRadio"), Qt::LeftButton, {},
                          QPoint(4, 4));
    QTest::mouseClick(child<QPushButton>(&dialog, "welcomeNext"), Qt::LeftButton);
    QCOMPARE(dialog.step(), ui::FirstRunDialog::details);
    QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), name);
    QTest::keyClicks(child<QLineEdit>(&dialog, "passphraseEdit"), QLatin1String(kGoodPassphrase));
    QTest::keyClicks(child<QLineEdit>(&dialog, "repeatEdit"), QLatin1String(kGoodPassphrase));
    shot("details");
    auto* submit = child<QPushButton>(&dialog, "detailsSubmit");
    QVERIFY(submit->isEnabled());
    QTest::mouseClick(submit, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), ui::FirstRunDialog::recovery, 30000);
    shot("recovery");
    const QStringList words = shownRecoveryWords(dialog);
    QCOMPARE(words.size(), 20);
    confirmRecovery(dialog, words);
    if (clinician) {
        QCOMPARE(dialog.step(), ui::FirstRunDialog::certify);
        QTest::keyClicks(child<QLineEdit>(&dialog, "organisationEdit"),
                         QStringLiteral("City Hospital"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "providerRoleEdit"),
                         QStringLiteral("physician"));
        shot("certify");
        QTest::mouseClick(child<QPushButton>(&dialog, "certifyButton"), Qt::LeftButton);
    }
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 30000);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QTRY_VERIFY_WITH_TIMEOUT(app.window->isUnlocked(), 30000);
}

// ---- Driving the app like a person: clicks on what is shown, keys into what has the focus. ----

// Clicks the centre of a row of an item view (scrolled into view first).
inline void clickViewRow(QAbstractItemView* view, int row, int column = 0) {
    const QModelIndex index = view->model()->index(row, column);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

// The first row whose text in `column` contains `text` (-1 if none).
inline int viewRowContaining(const QAbstractItemView* view, const QString& text, int column = 0) {
    const auto* model = view->model();
    for (int r = 0; model != nullptr && r < model->rowCount(); ++r)
        if (model->index(r, column).data().toString().contains(text))
            return r;
    return -1;
}

// All the text of a row, cells joined by " | " (what a person reads across the line).
inline QString viewRowText(const QAbstractItemView* view, int row) {
    QStringList cells;
    for (int c = 0; c < view->model()->columnCount(); ++c)
        cells << view->model()->index(row, c).data().toString();
    return cells.join(QStringLiteral(" | "));
}

// Brings a window to the front (what the window manager does when a person clicks it or a
// dialog opens; the offscreen platform leaves that to the caller).
inline void bringToFront(QWidget* window) {
    window->activateWindow();
    QApplication::setActiveWindow(window);
    QTRY_COMPARE(QApplication::activeWindow(), window);
}

// Opens a section by clicking its entry in the window's sidebar.
inline void openSection(ui::MainWindow* window, const QString& title) {
    bringToFront(window);
    auto* sidebar = window->findChild<QAbstractItemView*>(QStringLiteral("sidebar"));
    QVERIFY(sidebar != nullptr);
    const int row = viewRowContaining(sidebar, title);
    QVERIFY2(row >= 0, qPrintable(QStringLiteral("no section %1 in the sidebar").arg(title)));
    clickViewRow(sidebar, row);
    QCoreApplication::processEvents();
}

// Runs `act` on the next application-modal dialog once it is shown (for dialogs run with exec(),
// whose opening click only returns after they close). Gives up after `timeout_ms`.
inline void whenModalShown(const std::function<void(QWidget*)>& act, int timeout_ms = 20000) {
    QWidget* const before = QApplication::activeModalWidget();
    auto* timer = new QTimer(qApp);
    auto waited = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, qApp, [=] {
        *waited += 50;
        QWidget* modal = QApplication::activeModalWidget();
        if (modal != nullptr && modal != before && modal->isVisible()) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        } else if (*waited > timeout_ms) {
            timer->stop();
            timer->deleteLater();
            qWarning("no modal dialog was shown within %d ms", timeout_ms);
        }
    });
    timer->start(50);
}

// In Qt's file dialog (the one the app gets where no native dialog exists): types the path
// into its file-name field and presses Enter, as a person does. Two things make a blind attempt
// fail on a slow machine (seen under ASan): typing into the field before the dialog is the active
// window (the dialog then keeps every folder it matched on the way, "/", "/tmp", ... selected, and
// Enter opens a folder instead of the file), and an Enter that lands while the completion list
// is open (it only closes the list). So it waits for the field to have the focus, closes the
// list, and looks again every half second, retyping and pressing Enter, for up to 10 s.
inline bool typeIntoFileDialog(QWidget* modal, const QString& path) {
    auto* dialog = qobject_cast<QFileDialog*>(modal);
    if (dialog == nullptr)
        return false;
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    if (name == nullptr)
        return false;
    const auto typePath = [dialog, name, path] {
        if (QApplication::activeWindow() != dialog) {
            dialog->activateWindow();
            QApplication::setActiveWindow(dialog);
        }
        name->setFocus();
        if (!name->hasFocus())
            return; // not yet: the next tick tries again
        if (QCompleter* completer = name->completer(); completer != nullptr)
            completer->popup()->hide();
        if (name->text() != path) {
            name->selectAll();
            QTest::keyClicks(name, path);
        }
        if (QCompleter* completer = name->completer(); completer != nullptr)
            completer->popup()->hide();
        QTest::keyClick(name, Qt::Key_Return);
    };
    typePath();
    auto* retry = new QTimer(dialog); // owned by the dialog: gone when it closes
    auto tries = std::make_shared<int>(0);
    QObject::connect(retry, &QTimer::timeout, dialog, [dialog, name, retry, tries, typePath] {
        if (!dialog->isVisible()) {
            retry->stop();
        } else if (++*tries <= 20) {
            typePath();
        } else {
            retry->stop();
            qWarning("the file dialog did not accept the typed path (it shows '%s'): closed",
                     qPrintable(name->text()));
            dialog->reject();
        }
    });
    retry->start(500);
    return true;
}

// Closes the app's error message boxes (MainWindow runs them with exec(), which would hold a
// test until its watchdog fires) and keeps their text, so the test fails with the message.
class ErrorBoxWatcher : public QObject {
public:
    explicit ErrorBoxWatcher(QObject* parent = nullptr) : QObject(parent) {
        auto* timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, [this] {
            for (auto* w : QApplication::topLevelWidgets()) {
                auto* box = qobject_cast<QMessageBox*>(w);
                if (box == nullptr)
                    for (auto* b : w->findChildren<QMessageBox*>(QStringLiteral("errorMessageBox")))
                        box = b;
                if (box != nullptr && box->isVisible() &&
                    box->objectName() == QLatin1String("errorMessageBox")) {
                    errors << box->text();
                    box->reject();
                }
            }
        });
        timer->start(100);
    }
    QStringList errors;
};

} // namespace careledger::test
