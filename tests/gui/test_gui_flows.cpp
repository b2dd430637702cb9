// The issue's end-to-end flows, with two wallets (a patient and a provider in clinician mode) on
// one embedded ledger directory:
//   1. create → grant (the grant wizard) → revoke (with its confirmation) → an access by the
//      provider wallet (through the core API, as a provider's EHR would do) → it appears in the
//      patient's access log;
//   2. set the emergency card → issue a token → clinician mode verifies it (typed into the scan
//      field) and records the access → the patient sees the emergency access as an alert.
// The provider is certified by the embedded ledger's local registrar in the first-run wizard.
// Every main screen is saved to CARELEDGER_SCREENSHOT_DIR.

#include "test_shell_support.h"
#include "wallet/consents.h"

#include <QAbstractItemView>
#include <QListWidget>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTableView>
#include <QThread>

#if __has_include("patient/consents_page.h")
#include "patient/consents_page.h"
#endif

using namespace careledger;
using namespace careledger::test;

namespace {

void shot(QWidget* w, const QString& name) {
    w->grab().save(QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/%1.png").arg(name));
}

QPushButton* visibleButton(QWidget* root, const char* name) {
    for (auto* b : root->findChildren<QPushButton*>(QString::fromLatin1(name)))
        if (b->isVisible())
            return b;
    return nullptr;
}

} // namespace

class TestGuiFlows : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QVERIFY(ui::setUpApplication(*qApp).ok());
        QDir().mkpath(QStringLiteral(CARELEDGER_SCREENSHOT_DIR));
        isolateSettings(QString::fromStdString((dir_ / "settings").string()));
        qputenv("XDG_DATA_HOME", QByteArray::fromStdString((dir_ / "data").string()));
        patient_ = std::make_unique<GuiWallet>(walletDir("patient"), ledgerDir());
        createThroughWizard(*patient_, QStringLiteral("Alice Patient"), false);
        provider_ = std::make_unique<GuiWallet>(walletDir("provider"), ledgerDir());
        createThroughWizard(*provider_, QStringLiteral("Dr. Ada Example"), true,
                            QStringLiteral("clinician_first_run"));
        patient_->window->show();
        provider_->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(patient_->window.get()));
        // The provider's certification reached the ledger, so the patient's directory lists it.
        QSignalSpy providers(patient_->controller.get(), &ui::WalletController::providers);
        // Signals reach the pages queued on the GUI thread: wait until they have.
        std::size_t shown = 0;
        connect(patient_->controller.get(), &ui::WalletController::providers,
                patient_->window.get(),
                [&shown](const std::vector<ledger::ProviderListing>& l) { shown = l.size(); });
        patient_->controller->requestRefresh();
        QTRY_VERIFY_WITH_TIMEOUT(!providers.isEmpty() && shown == 1, 20000);
        const auto list = providers.last().at(0).value<std::vector<ledger::ProviderListing>>();
        QCOMPARE(list.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(list[0].certification.display_name),
                 QStringLiteral("Dr. Ada Example"));
    }

    void grantRevokeAccessAppearsInLog() {
        auto* window = patient_->window.get();
        window->showSection(ui::MainWindow::Section::overview);
        shot(window, QStringLiteral("overview"));
        window->showSection(ui::MainWindow::Section::consents);
        auto* page = window->sectionWidget(ui::MainWindow::Section::consents);
        QSignalSpy grants(patient_->controller.get(), &ui::WalletController::grants);
        QSignalSpy failed(patient_->controller.get(), &ui::WalletController::failed);

        // Grant through the wizard: provider → categories → purpose → period → preview → sign.
        auto* newGrant = child<QPushButton>(page, "newGrantButton");
        QVERIFY(newGrant != nullptr);
        QTest::mouseClick(newGrant, Qt::LeftButton);
        QWidget* wizard = nullptr;
        QTRY_VERIFY((wizard = page->findChild<QWidget*>(QStringLiteral("grantWizard"))) &&
                    wizard->isVisible());
        auto* providers = child<QListWidget>(wizard, "providerList");
        QTRY_VERIFY(providers->count() >= 1);
        providers->setFocus();
        providers->setCurrentRow(0);
        shot(wizard, QStringLiteral("grant_wizard_provider"));
        for (int step = 0; step < 8; ++step) {
            auto* categories = child<QListWidget>(wizard, "categoryList");
            if (categories->isVisible()) {
                // Tick the first category with the keyboard.
                bool any = false;
                for (int i = 0; i < categories->count(); ++i)
                    any = any || categories->item(i)->checkState() == Qt::Checked;
                if (!any) {
                    categories->item(0)->setCheckState(Qt::Checked);
                }
            }
            auto* sign = visibleButton(wizard, "signButton");
            if (sign != nullptr && sign->isEnabled()) {
                shot(wizard, QStringLiteral("grant_wizard_preview"));
                QTest::mouseClick(sign, Qt::LeftButton);
                break;
            }
            auto* next = visibleButton(wizard, "nextButton");
            QVERIFY2(next != nullptr && next->isEnabled(), "the wizard cannot go on");
            QTest::mouseClick(next, Qt::LeftButton);
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            !grants.isEmpty() &&
                !grants.last().at(0).value<std::vector<ledger::GrantWithStatus>>().empty(),
            20000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().at(2).toString()));
        auto granted = grants.last().at(0).value<std::vector<ledger::GrantWithStatus>>();
        QCOMPARE(granted.size(), std::size_t{1});
        QCOMPARE(granted[0].status, ledger::GrantStatus::active);
        const ledger::EntryId grantId = granted[0].grant.id;
        const auto categories = granted[0].grant.terms.categories;
        shot(window, QStringLiteral("consents"));

        // The provider reads the record under the grant (its EHR calls the core).
        QAtomicInt accessDone = 0;
        QString accessError;
        ledger::PatientTag tag{};
        QAtomicInt tagDone = 0;
        patient_->controller->requestWork([&](wallet::Wallet* w, node::LedgerClient* l) {
            tag = w->tag(l->network().origin());
            tagDone = 1;
        });
        QTRY_VERIFY(tagDone.loadRelaxed() == 1);
        provider_->controller->requestWork([&](wallet::Wallet* w, node::LedgerClient* l) {
            // The patient's entry reaches the provider's view with the next checkpoint.
            for (int i = 0; i < 100 && l->state().grant(grantId) == nullptr; ++i) {
                (void)l->refresh();
                if (l->state().grant(grantId) == nullptr)
                    QThread::msleep(50);
            }
            wallet::AccessRequest req;
            req.patient = tag;
            req.grant_id = grantId;
            req.categories = categories;
            auto r = wallet::record_access(*w, *l, req);
            if (!r)
                accessError = QString::fromStdString(r.error().code);
            accessDone = 1;
        });
        QTRY_VERIFY_WITH_TIMEOUT(accessDone.loadRelaxed() == 1, 20000);
        QVERIFY2(accessError.isEmpty(), qPrintable(accessError));

        // Revoke: select the grant, Revoke, confirm.
        auto* table = child<QAbstractItemView>(page, "grantTable");
        QTRY_VERIFY(table->model() != nullptr && table->model()->rowCount() == 1);
        table->setFocus();
        table->setCurrentIndex(table->model()->index(0, 0));
        auto* revoke = child<QPushButton>(page, "revokeButton");
        QVERIFY(revoke->isEnabled());
        grants.clear();
        QTest::mouseClick(revoke, Qt::LeftButton);
        QMessageBox* confirm = nullptr;
        QTRY_VERIFY(
            (confirm = page->findChild<QMessageBox*>(QStringLiteral("revokeConfirmation"))) &&
            confirm->isVisible());
        shot(confirm, QStringLiteral("revoke_confirmation"));
        QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !grants.isEmpty() &&
                grants.last().at(0).value<std::vector<ledger::GrantWithStatus>>().at(0).status ==
                    ledger::GrantStatus::revoked,
            20000);

        // The access appears in the log, verified, with the provider's name.
        QSignalSpy events(patient_->controller.get(), &ui::WalletController::events);
        window->showSection(ui::MainWindow::Section::overview);
        QTest::mouseClick(
            child<QPushButton>(window->sectionWidget(ui::MainWindow::Section::overview),
                               "syncButton"),
            Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 20000);
        const auto log = events.last().at(0).value<std::vector<wallet::AuditEvent>>();
        QCOMPARE(log.size(), std::size_t{1});
        QVERIFY(log[0].verified);
        QCOMPARE(QString::fromStdString(log[0].reader_name), QStringLiteral("Dr. Ada Example"));
        QCOMPARE(log[0].basis, ledger::AccessBasis::grant);
        window->showSection(ui::MainWindow::Section::access_log);
        auto* logPage = window->sectionWidget(ui::MainWindow::Section::access_log);
        int rows = -1;
        for (auto* view : logPage->findChildren<QAbstractItemView*>())
            if (view->model() != nullptr && view->isVisible())
                rows = std::max(rows, view->model()->rowCount());
        QTRY_VERIFY(rows >= 1 || logPage->findChildren<QAbstractItemView*>().isEmpty());
        shot(window, QStringLiteral("access_log"));
        qInfo("grant %s… signed, access at leaf %llu verified in the log, grant revoked",
              qPrintable(QString::fromStdString(to_hex(view(grantId)).substr(0, 12))),
              static_cast<unsigned long long>(log[0].index));
    }

    void emergencyTokenVerifiedByClinician() {
        // The card and the token (what the emergency page asks the controller for).
        token::TriageSet card;
        CL_QVERIFY_OK(wallet::set_field(card, "blood-type", {"A+"}));
        CL_QVERIFY_OK(wallet::set_field(card, "allergy", {"penicillin:hives!high"}));
        CL_QVERIFY_OK(wallet::set_field(card, "medication", {"metformin:500 mg"}));
        QSignalSpy cardSpy(patient_->controller.get(), &ui::WalletController::card);
        QSignalSpy issued(patient_->controller.get(), &ui::WalletController::tokenIssued);
        QSignalSpy failed(patient_->controller.get(), &ui::WalletController::failed);
        patient_->controller->requestCardSave(card);
        QTRY_VERIFY_WITH_TIMEOUT(!cardSpy.isEmpty(), 20000);
        ui::TokenIssueView what;
        what.with_summary = true;
        patient_->controller->requestTokenIssue(what);
        QTRY_VERIFY_WITH_TIMEOUT(!issued.isEmpty() || !failed.isEmpty(), 20000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().at(2).toString()));
        const auto token = issued.first().at(0).value<ui::IssuedTokenView>();
        QVERIFY(token.text.startsWith(QLatin1String("CL1:")));
        patient_->window->showSection(ui::MainWindow::Section::emergency);
        shot(patient_->window.get(), QStringLiteral("emergency"));

        // Clinician mode: the token typed into the scan field (as a USB scanner does) + Enter.
        auto* cwin = provider_->window.get();
        cwin->showSection(ui::MainWindow::Section::clinician);
        auto* cpage = cwin->sectionWidget(ui::MainWindow::Section::clinician);
        QSignalSpy verdicts(provider_->controller.get(), &ui::WalletController::verdict);
        QSignalSpy logged(provider_->controller.get(), &ui::WalletController::accessLogged);
        auto* input = child<QLineEdit>(cpage, "tokenInput");
        QVERIFY(input != nullptr);
        input->setFocus();
        input->setText(token.text.left(10));
        QTest::keyClicks(input, token.text.mid(10));
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!verdicts.isEmpty(), 20000);
        const auto& verdict =
            *static_cast<const ui::VerdictView*>(verdicts.first().at(0).constData());
        QVERIFY2(verdict.valid, qPrintable(verdict.code + QLatin1String(": ") + verdict.message));
        QTRY_VERIFY_WITH_TIMEOUT(!logged.isEmpty(), 20000);
        const auto access = logged.first().at(0).value<ui::AccessLoggedView>();
        QVERIFY2(access.logged, qPrintable(access.error_code));
        QTest::qWait(200);
        shot(cwin, QStringLiteral("clinician_verdict"));

        // The patient sees the emergency access.
        QSignalSpy alerts(patient_->controller.get(), &ui::WalletController::alerts);
        auto* window = patient_->window.get();
        window->showSection(ui::MainWindow::Section::overview);
        QTest::mouseClick(
            child<QPushButton>(window->sectionWidget(ui::MainWindow::Section::overview),
                               "syncButton"),
            Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!alerts.isEmpty(), 20000);
        const auto list = alerts.last().at(0).value<std::vector<ui::AlertView>>();
        bool emergency = false;
        for (const auto& a : list)
            emergency = emergency || (a.kind == ui::AlertView::Kind::emergency_access &&
                                      a.index == access.index);
        QVERIFY(emergency);
        auto* alertList = child<QAbstractItemView>(
            window->sectionWidget(ui::MainWindow::Section::overview), "alertList");
        if (alertList != nullptr)
            QTRY_VERIFY(alertList->model()->rowCount() >= 1);
        shot(window, QStringLiteral("overview_emergency_alert"));
        window->showSection(ui::MainWindow::Section::settings);
        shot(window, QStringLiteral("settings_patient"));
        cwin->showSection(ui::MainWindow::Section::settings);
        shot(cwin, QStringLiteral("settings_clinician"));
        qInfo("token verified by the clinician, emergency access at leaf %llu seen by the patient",
              static_cast<unsigned long long>(access.index));
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
    std::unique_ptr<GuiWallet> patient_;
    std::unique_ptr<GuiWallet> provider_;
};

QTEST_MAIN(TestGuiFlows)
#include "test_gui_flows.moc"
