// Helpers shared by the shell's GUI suites: an isolated app (temp wallet and ledger directories,
// QSettings in a temp dir), and the first-run wizard driven through its widgets.
#pragma once

#include "shell/application.h"
#include "shell/first_run_dialog.h"
#include "shell/main_window.h"
#include "shell/wallet_controller.h"
#include "test_support.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
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

} // namespace careledger::test
