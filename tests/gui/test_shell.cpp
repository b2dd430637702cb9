// The shell through its widgets: first-run creation with the recovery phrase confirmed by
// retyping words, restore from that phrase, unlock (a wrong passphrase says so and keeps the
// field focused), lock on demand (Ctrl+L) and on idle, settings that persist, the clipboard
// that clears itself, and the passphrase strength gate.

#include "common/error_text.h"
#include "common/passphrase_strength.h"
#include "common/self_clearing_clipboard.h"
#include "shell/idle_lock.h"
#include "shell/recovery_shares_dialog.h"
#include "shell/settings_page.h"
#include "shell/unlock_view.h"
#include "test_shell_support.h"

#include <QClipboard>
#include <QComboBox>
#include <QListWidget>
#include <QPointer>
#include <QSpinBox>
#include <QStackedWidget>

using namespace careledger;
using namespace careledger::test;

namespace {

// The shares a recovery label shows: each starts over at word 1.
QStringList sharesShown(const QLabel* words) {
    static const QRegularExpression word(QStringLiteral("(\\d+)\\.\\s+([a-z]+)"));
    QStringList shares;
    QStringList current;
    auto it = word.globalMatch(words->text());
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1).toInt() == 1 && !current.isEmpty()) {
            shares << current.join(u' ');
            current.clear();
        }
        current << m.captured(2);
    }
    if (!current.isEmpty())
        shares << current.join(u' ');
    return shares;
}

} // namespace

class TestShell : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(ui::setUpApplication(*qApp).ok());
        QDir().mkpath(QStringLiteral(CARELEDGER_SCREENSHOT_DIR));
        isolateSettings(QString::fromStdString((dir_ / "settings").string()));
    }

    void createThenRestoreGivesTheSameKey() {
        QString keyId;
        QStringList words;
        {
            GuiWallet app(walletDir("a"), ledgerDir());
            ui::FirstRunDialog dialog(app.controller.get(), app.window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::mouseClick(child<QPushButton>(&dialog, "welcomeNext"), Qt::LeftButton);
            QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Alice"));
            QTest::keyClicks(child<QLineEdit>(&dialog, "passphraseEdit"),
                             QLatin1String(kGoodPassphrase));
            QTest::keyClicks(child<QLineEdit>(&dialog, "repeatEdit"),
                             QLatin1String(kGoodPassphrase));
            QTest::mouseClick(child<QPushButton>(&dialog, "detailsSubmit"), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), ui::FirstRunDialog::recovery, 30000);
            // The passphrase left the fields as soon as it was read.
            QVERIFY(child<QLineEdit>(&dialog, "passphraseEdit")->text().isEmpty());
            words = shownRecoveryWords(dialog);
            QCOMPARE(words.size(), 20);
            // A wrong word is refused and the wizard stays put.
            auto* next = child<QPushButton>(&dialog, "recoveryNext");
            QVERIFY(!next->isEnabled()); // not before "I have written the words down"
            child<QCheckBox>(&dialog, "recoveryWritten")->setChecked(true);
            QTest::mouseClick(next, Qt::LeftButton);
            for (int i = 0; i < 3; ++i)
                QTest::keyClicks(
                    child<QLineEdit>(&dialog, QStringLiteral("confirmWord%1").arg(i).toLatin1()),
                    QStringLiteral("zzz"));
            QTest::mouseClick(child<QPushButton>(&dialog, "confirmDone"), Qt::LeftButton);
            QCOMPARE(dialog.step(), ui::FirstRunDialog::confirm);
            QVERIFY(dialog.isVisible());
            for (int i = 0; i < 3; ++i)
                child<QLineEdit>(&dialog, QStringLiteral("confirmWord%1").arg(i).toLatin1())
                    ->clear();
            QTest::mouseClick(child<QPushButton>(&dialog, "confirmBack"), Qt::LeftButton);
            confirmRecovery(dialog, words);
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 20000);
            QTRY_VERIFY_WITH_TIMEOUT(app.window->isUnlocked(), 20000);
            keyId = app.window->walletInfo().key_id;
            QCOMPARE(keyId.size(), 32);
            QCOMPARE(app.window->walletInfo().name, QStringLiteral("Alice"));
        }
        // Restore into another directory from the phrase: the same identity comes back.
        GuiWallet restored(walletDir("a-restored"), ledgerDir());
        ui::FirstRunDialog dialog(restored.controller.get(), restored.window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QRadioButton>(&dialog, "restoreRadio"), Qt::LeftButton, {},
                          QPoint(4, 4));
        QTest::mouseClick(child<QPushButton>(&dialog, "welcomeNext"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("Alice"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "passphraseEdit"),
                         QLatin1String(kGoodPassphrase));
        QTest::keyClicks(child<QLineEdit>(&dialog, "repeatEdit"), QLatin1String(kGoodPassphrase));
        QTest::keyClicks(child<QPlainTextEdit>(&dialog, "phraseEdit"), words.join(u' '));
        dialog.grab().save(QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/first_run_restore.png"));
        QTest::mouseClick(child<QPushButton>(&dialog, "detailsSubmit"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(restored.window->isUnlocked(), 20000);
        QCOMPARE(restored.window->walletInfo().key_id, keyId);
        qInfo("restored key id %s from %lld words", qPrintable(keyId),
              static_cast<long long>(words.size()));
    }

    void sharesTwoOfThreeRestore() {
        QString keyId;
        QStringList shares;
        {
            GuiWallet app(walletDir("shares"), ledgerDir());
            ui::FirstRunDialog dialog(app.controller.get(), app.window.get());
            dialog.show();
            QTest::mouseClick(child<QPushButton>(&dialog, "welcomeNext"), Qt::LeftButton);
            QTest::keyClicks(child<QLineEdit>(&dialog, "passphraseEdit"),
                             QLatin1String(kGoodPassphrase));
            QTest::keyClicks(child<QLineEdit>(&dialog, "repeatEdit"),
                             QLatin1String(kGoodPassphrase));
            auto* combo = child<QComboBox>(&dialog, "sharesCombo");
            combo->setFocus();
            QTest::keyClick(combo, Qt::Key_Down); // "any 2 of 3"
            QCOMPARE(combo->currentData().toString(), QStringLiteral("2-of-3"));
            QTest::mouseClick(child<QPushButton>(&dialog, "detailsSubmit"), Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), ui::FirstRunDialog::recovery, 30000);
            dialog.grab().save(QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/first_run_shares.png"));
            // Each share is shown under its own heading, its words numbered from 1.
            shares = sharesShown(child<QLabel>(&dialog, "recoveryWords"));
            QCOMPARE(shares.size(), 3);
            confirmRecovery(dialog, shares[0].split(u' '));
            QTRY_VERIFY_WITH_TIMEOUT(app.window->isUnlocked(), 20000);
            keyId = app.window->walletInfo().key_id;
        }
        // Shares 3 and 1 (any two, in any order) bring the same wallet back.
        GuiWallet restored(walletDir("shares-restored"), ledgerDir());
        ui::FirstRunDialog dialog(restored.controller.get(), restored.window.get());
        dialog.show();
        QTest::mouseClick(child<QRadioButton>(&dialog, "restoreRadio"), Qt::LeftButton, {},
                          QPoint(4, 4));
        QTest::mouseClick(child<QPushButton>(&dialog, "welcomeNext"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(&dialog, "passphraseEdit"),
                         QLatin1String(kGoodPassphrase));
        QTest::keyClicks(child<QLineEdit>(&dialog, "repeatEdit"), QLatin1String(kGoodPassphrase));
        child<QPlainTextEdit>(&dialog, "phraseEdit")->setPlainText(shares[2] + u'\n' + shares[0]);
        QTest::mouseClick(child<QPushButton>(&dialog, "detailsSubmit"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(restored.window->isUnlocked(), 30000);
        QCOMPARE(restored.window->walletInfo().key_id, keyId);
        qInfo("2-of-3 shares: restored key id %s from shares 3 and 1", qPrintable(keyId));
    }

    // Settings → Wallet → "Create new recovery shares": the passphrase, then 3 shares shown once;
    // any two of them restore the same wallet.
    void newRecoverySharesRestoreTheSameWallet() {
        QString keyId;
        QStringList shares;
        {
            GuiWallet app(walletDir("reshare"), ledgerDir());
            auto* page = app.window->settingsPage();
            // Until the main window hands the controller to the Settings page itself.
            page->setController(app.controller.get());
            createThroughWizard(app, QStringLiteral("Rita"), false);
            app.window->show();
            QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
            app.window->showSection(ui::MainWindow::Section::settings);
            auto* button = child<QPushButton>(page, "recoverySharesButton");
            QVERIFY(button->isEnabled());
            QTest::mouseClick(button, Qt::LeftButton);
            auto* dialog = qobject_cast<ui::RecoverySharesDialog*>(page->recoverySharesDialog());
            QVERIFY(dialog != nullptr);
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QCOMPARE(dialog->step(), ui::RecoverySharesDialog::ask);
            auto* scheme = child<QComboBox>(dialog, "sharesSchemeCombo");
            QCOMPARE(scheme->currentData().toString(), QStringLiteral("2-of-3"));
            auto* create = child<QPushButton>(dialog, "sharesCreate");
            QVERIFY(!create->isEnabled()); // not without the passphrase
            auto* pass = child<QLineEdit>(dialog, "sharesPassphraseEdit");
            QTest::keyClicks(pass, QLatin1String(kGoodPassphrase));
            QTest::mouseClick(create, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), ui::RecoverySharesDialog::shown, 30000);
            QVERIFY(pass->text().isEmpty()); // the passphrase left the field when it was read
            // Every column of words is in view (the dialog grew to its content).
            QTRY_VERIFY_WITH_TIMEOUT(dialog->width() >= dialog->minimumSizeHint().width() &&
                                         dialog->height() >= dialog->minimumSizeHint().height(),
                                     5000);
            dialog->grab().save(QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/recovery_shares.png"));
            auto* words = child<QLabel>(dialog, "recoveryWords");
            shares = sharesShown(words);
            QCOMPARE(shares.size(), 3);
            for (const auto& share : shares)
                QCOMPARE(share.split(u' ').size(), 20);
            auto* done = child<QPushButton>(dialog, "sharesDone");
            QVERIFY(!done->isEnabled()); // not before "I have written every share down"
            auto* written = child<QCheckBox>(dialog, "sharesWritten");
            QTest::mouseClick(written, Qt::LeftButton, {}, QPoint(4, written->height() / 2));
            QVERIFY(done->isEnabled());
            QPointer<QLabel> shown(words);
            QTest::mouseClick(done, Qt::LeftButton);
            // Closed and gone, the words with it.
            QTRY_VERIFY_WITH_TIMEOUT(shown.isNull() || shown->text().isEmpty(), 5000);
            QTRY_VERIFY_WITH_TIMEOUT(page->recoverySharesDialog() == nullptr, 5000);
            QVERIFY(app.window->isUnlocked());
            keyId = app.window->walletInfo().key_id;
        }
        // Shares 2 and 3 of the new set restore the same identity.
        GuiWallet restored(walletDir("reshare-restored"), ledgerDir());
        ui::FirstRunDialog dialog(restored.controller.get(), restored.window.get());
        dialog.show();
        QTest::mouseClick(child<QRadioButton>(&dialog, "restoreRadio"), Qt::LeftButton, {},
                          QPoint(4, 4));
        QTest::mouseClick(child<QPushButton>(&dialog, "welcomeNext"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(&dialog, "passphraseEdit"),
                         QLatin1String(kGoodPassphrase));
        QTest::keyClicks(child<QLineEdit>(&dialog, "repeatEdit"), QLatin1String(kGoodPassphrase));
        child<QPlainTextEdit>(&dialog, "phraseEdit")->setPlainText(shares[1] + u'\n' + shares[2]);
        QTest::mouseClick(child<QPushButton>(&dialog, "detailsSubmit"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(restored.window->isUnlocked(), 30000);
        QCOMPARE(restored.window->walletInfo().key_id, keyId);
        qInfo("new 2-of-3 shares made in Settings: shares 2 and 3 restored key id %s",
              qPrintable(keyId));
    }

    void weakPassphraseIsRefused() {
        GuiWallet app(walletDir("weak"), ledgerDir());
        ui::FirstRunDialog dialog(app.controller.get(), app.window.get());
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "welcomeNext"), Qt::LeftButton);
        QTest::keyClicks(child<QLineEdit>(&dialog, "passphraseEdit"), QStringLiteral("abc123"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "repeatEdit"), QStringLiteral("abc123"));
        auto* strength = dialog.findChild<ui::PassphraseStrength*>();
        QVERIFY(strength != nullptr);
        QVERIFY(!strength->acceptable());
        QVERIFY(!child<QPushButton>(&dialog, "detailsSubmit")->isEnabled());
        const double weak = strength->bits();
        child<QLineEdit>(&dialog, "passphraseEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(&dialog, "passphraseEdit"),
                         QLatin1String(kGoodPassphrase));
        QVERIFY(strength->bits() > weak);
        qInfo("strength: %.1f bits for a weak, %.1f for a good passphrase", weak, strength->bits());
    }

    void unlockLockAndIdleLock() {
        GuiWallet app(walletDir("b"), ledgerDir());
        createThroughWizard(app, QStringLiteral("Bob"), false, QStringLiteral("first_run"));
        app.window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window.get()));
        // Shortcuts go to the active window.
        app.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(app.window.get()));
        app.window->grab().save(QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/main_unlocked.png"));
        // Every patient section is in the sidebar, the clinician's is not.
        auto* sidebar = child<QListWidget>(app.window.get(), "sidebar");
        int visible = 0;
        for (int i = 0; i < sidebar->count(); ++i)
            visible += sidebar->item(i)->isHidden() ? 0 : 1;
        QCOMPARE(visible, 5);

        // Ctrl+L locks.
        QTest::keyClick(app.window.get(), Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!app.window->isUnlocked(), 10000);
        auto* unlock = app.window->unlockView();
        QVERIFY(unlock->isVisible());
        app.window->grab().save(QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/unlock.png"));

        // A wrong passphrase: a plain message, the field keeps the focus.
        auto* pass = child<QLineEdit>(unlock, "unlockPassphrase");
        pass->setFocus();
        QTest::keyClicks(pass, QStringLiteral("not my passphrase"));
        QTest::keyClick(pass, Qt::Key_Return);
        auto* error = child<QLabel>(unlock, "unlockError");
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
        QCOMPARE(error->text(), ui::errorText(QStringLiteral("vault.wrong_passphrase"), {}));
        QVERIFY(pass->hasFocus() || QApplication::focusWidget() == pass);
        QVERIFY(!app.window->isUnlocked());
        app.window->grab().save(
            QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/unlock_wrong_passphrase.png"));

        QTest::keyClicks(pass, QLatin1String(kGoodPassphrase));
        QTest::keyClick(pass, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(app.window->isUnlocked(), 20000);

        // Idle: no input for the configured time locks the wallet; input restarts the wait.
        auto* idle = app.window->idleLock();
        QVERIFY(idle->isArmed());
        idle->setIdleMs(600);
        QTest::qWait(300);
        QTest::mouseMove(app.window.get(), QPoint(10, 10));
        QTest::mouseMove(app.window.get(), QPoint(20, 20));
        QVERIFY(idle->remainingMs() > 400);
        QTRY_VERIFY_WITH_TIMEOUT(!app.window->isUnlocked(), 5000);
        idle->setMinutes(5);
        qInfo("locked on Ctrl+L, on a wrong passphrase stayed locked, locked after idle");
    }

    void settingsPersist() {
        GuiWallet app(walletDir("b"), ledgerDir());
        auto* page = app.window->settingsPage();
        app.window->show();
        auto* hide = child<QCheckBox>(page, "hideDetailsCheck");
        const bool before = ui::AppSettings::load().hide_health_details;
        hide->click();
        QCOMPARE(ui::AppSettings::load().hide_health_details, !before);
        auto* spin = child<QSpinBox>(page, "autoLockSpin");
        spin->setValue(7);
        QCOMPARE(ui::AppSettings::load().auto_lock_minutes, 7);
        auto* clip = child<QSpinBox>(page, "clipboardSpin");
        clip->setValue(12);
        QCOMPARE(ui::AppSettings::load().clipboard_seconds, 12);
        QCOMPARE(ui::SelfClearingClipboard::instance()->clearSeconds(), 12);
        page->grab().save(QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/settings.png"));
        // A new window starts with what was saved.
        GuiWallet again(walletDir("b"), ledgerDir());
        QCOMPARE(child<QCheckBox>(again.window->settingsPage(), "hideDetailsCheck")->isChecked(),
                 !before);
        hide->click();
        spin->setValue(5);
        clip->setValue(30);
    }

    void clipboardClearsItself() {
        auto* clip = ui::SelfClearingClipboard::instance();
        clip->setClearSeconds(1);
        clip->copy(QStringLiteral("CL1:secret-ish"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("CL1:secret-ish"));
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 3000);
        // Something the user copied afterwards is left alone.
        clip->copy(QStringLiteral("first"));
        QGuiApplication::clipboard()->setText(QStringLiteral("mine"));
        QTest::qWait(1300);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("mine"));
        clip->setClearSeconds(30);
    }

private:
    QString walletDir(const char* name) const {
        return QString::fromStdString((dir_ / "wallets" / name).string());
    }
    QString ledgerDir() const { return QString::fromStdString((dir_ / "ledger").string()); }
    TempDir dir_;
};

QTEST_MAIN(TestShell)
#include "test_shell.moc"
