// Clinician mode end to end, without the main window: a patient wallet (the core) issues an
// emergency token on an embedded ledger; a provider wallet run by the app's WalletController on
// its worker thread, certified by that ledger's local registrar, reads the token through the
// ClinicianPage (typed by a "USB scanner" + Enter); the page shows VALID and the recorded entry;
// the patient's own audit of the ledger then shows that entry with basis emergency, referencing
// the token.
#include "clinician/clinician_page.h"
#include "common/view_types.h"
#include "node/local_ledger.h"
#include "shell/wallet_controller.h"
#include "test_support.h"
#include "wallet/consents.h"
#include "wallet/emergency.h"
#include "wallet/wallet.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace careledger;
using namespace careledger::test;

class TestClinicianFlow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        init_core();
        ui::register_view_types();
        ui::register_controller_types();
    }

    void providerReadsPatientTokenAndPatientSeesIt() {
        TempDir dir;
        const QString ledgerDir = QString::fromStdString((dir / "ledger").string());

        // The patient side, with the core as the patient's own app would use it.
        auto ledgerResult = node::LocalLedger::open_or_init(dir / "ledger");
        CL_QVERIFY_OK(ledgerResult);
        node::LocalLedger patientLedger = std::move(*ledgerResult);
        auto blobs = node::BlobStore::of_ledger(dir / "ledger");
        const auto pass = crypto::SecureBuffer::copy_of(as_bytes(std::string_view("flow test")));
        wallet::CreateOptions o;
        o.role = ledger::Role::patient;
        o.name = "Pat Flow";
        o.kdf = crypto::KdfParams::minimum();
        o.open.kdf_floor = crypto::KdfParams::minimum();
        auto created = wallet::Wallet::create(dir / "patient", pass, o);
        CL_QVERIFY_OK(created);
        wallet::Wallet patient = std::move(created->wallet);
        CL_QVERIFY_OK(wallet::register_identity(patient, patientLedger));
        token::TriageSet card;
        CL_QVERIFY_OK(wallet::set_field(card, "allergy", {"Latex:urticaria!high"}));
        CL_QVERIFY_OK(wallet::set_field(card, "blood-type", {"O-"}));
        CL_QVERIFY_OK(wallet::save_card(patient, card));
        wallet::EmergencyIssueOptions io;
        auto issued = wallet::issue_emergency_token(patient, patientLedger, blobs, io);
        CL_QVERIFY_OK(issued);
        const QString tokenText = QString::fromStdString(issued->token.text);

        // The provider side: the app's controller on its worker thread.
        ui::ControllerPaths paths;
        paths.wallet_dir = QString::fromStdString((dir / "provider").string());
        paths.ledger_dir = ledgerDir;
        paths.test_fast_kdf = true;
        ui::WalletController controller(paths);
        QSignalSpy failed(&controller, &ui::WalletController::failed);
        QSignalSpy unlocked(&controller, &ui::WalletController::unlocked);
        QSignalSpy done(&controller, &ui::WalletController::done);
        controller.startWorker();
        ui::CreateWalletView what;
        what.role = ledger::Role::provider;
        what.name = QStringLiteral("Dr Flow");
        controller.requestCreate(what, ui::make_secret(QStringLiteral("provider pass")));
        QTRY_VERIFY_WITH_TIMEOUT(!unlocked.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
        controller.requestCertifySelf(QStringLiteral("Dr Flow"), QStringLiteral("City ER"),
                                      QStringLiteral("physician"));
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));

        ui::clinician::ClinicianPage page;
        connect(&page, &ui::clinician::ClinicianPage::verifyRequested, &controller,
                [&controller](const QString& text, const QString& pin) {
                    controller.requestVerify(text, pin);
                });
        connect(&controller, &ui::WalletController::verdict, &page,
                &ui::clinician::ClinicianPage::showVerdict);
        connect(&controller, &ui::WalletController::accessLogged, &page,
                &ui::clinician::ClinicianPage::showAccessLogged);
        QSignalSpy logged(&controller, &ui::WalletController::accessLogged);
        page.resize(1000, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        auto* input = page.findChild<QLineEdit*>(QStringLiteral("tokenInput"));
        QVERIFY(input != nullptr);
        input->setFocus();
        QTest::keyClicks(input, tokenText);
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!logged.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
        const auto access = logged.first().at(0).value<ui::AccessLoggedView>();
        QVERIFY2(access.logged, qPrintable(access.error_message));

        // The spy sees the worker's signal at once; the page gets its verdict through the GUI
        // thread's event queue, so wait for it.
        auto* headline = page.findChild<QLabel*>(QStringLiteral("verdictHeadline"));
        QTRY_VERIFY(headline->text().startsWith(QStringLiteral("VALID")));
        auto* status = page.findChild<QLabel*>(QStringLiteral("accessStatus"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("#%1").arg(access.index)));
        QStringList shown;
        for (auto* l : page.findChildren<QLabel*>())
            shown << l->text();
        QVERIFY(shown.join(QLatin1Char('\n')).contains(QStringLiteral("Latex")));

        // The patient's own verified view of the ledger.
        auto events = wallet::audit(patient, patientLedger);
        CL_QVERIFY_OK(events);
        const wallet::AuditEvent* found = nullptr;
        for (const auto& e : *events)
            if (e.index == access.index)
                found = &e;
        QVERIFY2(found != nullptr, "the ACCESS entry is not in the patient's audit");
        QCOMPARE(found->basis, ledger::AccessBasis::emergency);
        QVERIFY(found->verified);
        QCOMPARE(QString::fromStdString(found->reference_hex),
                 QString::fromStdString(to_hex(view(issued->token.token_id))));
        QCOMPARE(QString::fromStdString(found->reader_name), QStringLiteral("Dr Flow"));
        qInfo("emergency access at leaf %llu of %zu audited events, basis emergency",
              static_cast<unsigned long long>(access.index), events->size());
    }
};

QTEST_MAIN(TestClinicianFlow)
#include "test_clinician_flow.moc"
