// The emergency page driven like a person: the card editor shows and returns the triage set,
// edits by typing, saving emits the card; issuing emits the request; the full-screen QR of a real
// token decodes back to the token text (token::scan_grey), hides itself when its time runs out
// and on Esc, and saves the core's PDF card; revoking a token asks first.
#include "patient/emergency_page.h"
#include "patient/qr_fullscreen.h"
#include "test_patient_data.h"
#include "test_support.h"
#include "token/issue.h"
#include "token/qr_scan.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QtTest>

using namespace careledger;
using namespace careledger::ui::patient;

namespace {
token::TriageSet sampleCard() {
    token::TriageSet t;
    t.allergies.push_back({{token::CodeSystem::snomed_ct, "764146007", "Penicillin"},
                           {{token::CodeSystem::none, "", "Anaphylaxis"}},
                           token::Criticality::high});
    t.allergies.push_back({{token::CodeSystem::none, "", "Peanuts"}, {}, token::Criticality::low});
    t.medications.push_back({{token::CodeSystem::none, "", "Metformin"}, "500 mg twice daily"});
    t.problems.push_back({token::CodeSystem::none, "", "Type 2 diabetes"});
    t.blood_type = token::BloodType{std::string(token::kLoincBloodGroup),
                                    *token::blood_group_concept("278149003")};
    t.contacts.push_back({"Maria Ruiz", "sister", "+34 600 123 456"});
    t.language = "es";
    t.notes = "Wears a pacemaker.";
    return t;
}

token::GreyImage grey(const QImage& image) {
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    token::GreyImage out;
    out.width = g.width();
    out.height = g.height();
    out.pixels.resize(static_cast<std::size_t>(g.width()) * static_cast<std::size_t>(g.height()));
    for (int y = 0; y < g.height(); ++y)
        std::memcpy(out.pixels.data() +
                        static_cast<std::size_t>(y) * static_cast<std::size_t>(g.width()),
                    g.constScanLine(y), static_cast<std::size_t>(g.width()));
    return out;
}
} // namespace

class TestPatientEmergency : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        test::init_core();
        qRegisterMetaType<careledger::token::TriageSet>();
        qRegisterMetaType<careledger::ui::TokenIssueView>();
        qRegisterMetaType<careledger::ledger::TokenId>();
    }

    void emptyPage() {
        EmergencyPage page;
        page.resize(1000, 900);
        page.show();
        test::screenshot(page, "patient_emergency_empty");
        auto card = page.editedCard();
        CL_QVERIFY_OK(card);
        QVERIFY(*card == token::TriageSet{});
    }

    void cardRoundTripsAndSaves() {
        EmergencyPage page;
        page.resize(1000, 1100);
        const auto card = sampleCard();
        page.setCard(card);
        page.show();
        test::screenshot(page, "patient_emergency_card");
        auto edited = page.editedCard();
        CL_QVERIFY_OK(edited);
        QVERIFY2(*edited == card, "the editor returns exactly the card it was given");
        auto* allergies = page.findChild<QTableWidget*>(QStringLiteral("allergyTable"));
        QCOMPARE(allergies->rowCount(), 2);
        QCOMPARE(allergies->item(0, 0)->text(), QStringLiteral("Penicillin"));

        // Type a new language and save: the request carries the edit, the rest unchanged.
        auto* language = page.findChild<QLineEdit*>(QStringLiteral("language"));
        language->selectAll();
        QTest::keyClicks(language, QStringLiteral("es-ES"));
        QSignalSpy saved(&page, &EmergencyPage::cardSaveRequested);
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("saveCard")), Qt::LeftButton);
        QCOMPARE(saved.count(), 1);
        auto expected = card;
        expected.language = "es-ES";
        QVERIFY(saved.at(0).at(0).value<token::TriageSet>() == expected);
        auto* status = page.findChild<QLabel*>(QStringLiteral("cardError"));
        QCOMPARE(status->text(), QStringLiteral("Saving…"));
        // The controller could not save it: the page says so instead of "Saving…" forever, and
        // a card arriving later is not announced as this save.
        page.cardFailed(QStringLiteral("the wallet is locked"));
        QVERIFY2(status->text().contains(QStringLiteral("not saved")) &&
                     status->text().contains(QStringLiteral("the wallet is locked")),
                 qPrintable(status->text()));
        page.setCard(card);
        QVERIFY2(!status->text().contains(QStringLiteral("saved.")), qPrintable(status->text()));

        // Hiding health details hides the card.
        page.setHideHealthDetails(true);
        QVERIFY(!page.findChild<QTableWidget*>(QStringLiteral("allergyTable"))->isVisible());
        test::screenshot(page, "patient_emergency_hidden");
        qInfo("card: %zu allergies, %zu medications round-tripped", card.allergies.size(),
              card.medications.size());
    }

    void issueEmitsTheRequest() {
        EmergencyPage page;
        page.setCard(sampleCard());
        page.show();
        QSignalSpy issued(&page, &EmergencyPage::tokenIssueRequested);
        auto* lifetime = page.findChild<QComboBox*>(QStringLiteral("tokenLifetime"));
        lifetime->setFocus();
        QTest::keyClick(lifetime, Qt::Key_Down); // 7 days
        QTest::keyClicks(page.findChild<QLineEdit*>(QStringLiteral("tokenPin")),
                         QStringLiteral("4711"));
        page.findChild<QCheckBox*>(QStringLiteral("singleUse"))->click();
        QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("issueToken")),
                          Qt::LeftButton);
        QCOMPARE(issued.count(), 1);
        const auto v = issued.at(0).at(0).value<ui::TokenIssueView>();
        QCOMPARE(v.lifetime_seconds, std::int64_t{7} * 86400);
        QCOMPARE(v.pin, QStringLiteral("4711"));
        QVERIFY(v.single_use);
        QVERIFY(page.findChild<QLineEdit*>(QStringLiteral("tokenPin"))->text().isEmpty());
    }

    void qrDecodesHidesAndSavesTheCard() {
        const auto key = crypto::SigningKey::generate();
        token::IssueRequest req;
        req.issuer = "careledger.example/consent-log";
        // What fits a version-14 code inline (the wallet drops the rest to the sealed summary).
        req.triage.allergies = sampleCard().allergies;
        req.triage.blood_type = sampleCard().blood_type;
        auto tok = token::issue(req, key);
        CL_QVERIFY_OK(tok);
        CL_QVERIFY_OK(token::QrMatrix::encode(tok->text));

        EmergencyPage page;
        page.setCard(req.triage);
        page.show();
        ui::IssuedTokenView view;
        view.text = QString::fromStdString(tok->text);
        view.record.token_id = tok->token_id;
        view.record.issued = tok->issued_at;
        view.record.expires = tok->expires_at;
        page.showIssuedToken(view);
        QrFullscreenDialog* dialog = page.qrDialog();
        QVERIFY(dialog != nullptr);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->hasCode());
        dialog->resize(900, 900);
        test::screenshot(*dialog, "patient_qr_fullscreen");

        // What is painted decodes back to the token text.
        auto text = token::scan_grey(grey(dialog->renderCode(800)));
        CL_QVERIFY_OK(text);
        QCOMPARE(QString::fromStdString(*text), view.text);
        auto onScreen = token::scan_grey(grey(dialog->grab().toImage()));
        CL_QVERIFY_OK(onScreen);
        QCOMPARE(QString::fromStdString(*onScreen), view.text);

        // The printable card is the core's PDF.
        test::TempDir dir;
        const QString pdf = QString::fromStdString((dir / "card.pdf").string());
        QString error;
        QVERIFY2(dialog->savePdfCard(pdf, &error), qPrintable(error));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(5) == "%PDF-");
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (!pdftotext.isEmpty()) {
            QProcess p;
            p.start(pdftotext, {pdf, QStringLiteral("-")});
            QVERIFY(p.waitForFinished(30000));
            QVERIFY(QString::fromUtf8(p.readAllStandardOutput())
                        .contains(QStringLiteral("Penicillin")));
        }

        // It hides itself when the countdown runs out (shortened here from 60 s).
        QCOMPARE(dialog->secondsLeft(), 60);
        dialog->setAutoHideSeconds(1);
        QTRY_VERIFY_WITH_TIMEOUT(page.qrDialog() == nullptr, 5000);

        // And Esc closes it.
        page.showIssuedToken(view);
        QVERIFY(page.qrDialog() != nullptr);
        QTRY_VERIFY(page.qrDialog()->isVisible());
        QTest::keyClick(page.qrDialog(), Qt::Key_Escape);
        QTRY_VERIFY(page.qrDialog() == nullptr);
        qInfo("qr: version %d code of %lld characters decoded from the screen",
              token::QrMatrix::encode(tok->text)->version(),
              static_cast<long long>(view.text.size()));
    }

    void revokeTokenAsksFirst() {
        std::vector<wallet::IssuedTokenRecord> tokens(3);
        const auto now = static_cast<UnixTime>(QDateTime::currentSecsSinceEpoch());
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            tokens[i].token_id.fill(static_cast<std::uint8_t>(0xa0 + i));
            tokens[i].issued = now - 3600;
            tokens[i].expires = now + 86400;
            tokens[i].index = 40 + i;
        }
        tokens[1].revoked = true;
        tokens[2].pin_protected = true;
        tokens[2].single_use = true;
        tokens[0].pending = true; // issued offline: its ledger entry waits in the outbox
        EmergencyPage page;
        page.resize(1000, 1400);
        page.setCard(sampleCard());
        page.setTokens(tokens);
        page.show();
        test::screenshot(page, "patient_emergency_tokens");
        auto* table = page.findChild<QTableWidget*>(QStringLiteral("tokenTable"));
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->item(1, 3)->text(), QStringLiteral("Revoked"));
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Waiting to be published"));
        QCOMPARE(table->item(2, 3)->text(), QStringLiteral("Active"));
        QVERIFY(table->item(2, 2)->text().contains(QStringLiteral("PIN")));
        auto* revoke = page.findChild<QPushButton*>(QStringLiteral("revokeToken"));
        QSignalSpy revoked(&page, &EmergencyPage::tokenRevokeRequested);
        table->selectRow(2);
        QVERIFY(revoke->isEnabled());
        QTest::mouseClick(revoke, Qt::LeftButton);
        QVERIFY(page.revokeConfirmation() != nullptr);
        QTest::mouseClick(page.revokeConfirmation()->button(QMessageBox::Cancel), Qt::LeftButton);
        QCOMPARE(revoked.count(), 0);
        QTRY_VERIFY(page.revokeConfirmation() == nullptr);
        QTest::mouseClick(revoke, Qt::LeftButton);
        QTest::mouseClick(page.revokeConfirmation()->button(QMessageBox::Yes), Qt::LeftButton);
        QCOMPARE(revoked.count(), 1);
        QVERIFY(revoked.at(0).at(0).value<ledger::TokenId>() == tokens[2].token_id);
    }
};

QTEST_MAIN(TestPatientEmergency)
#include "test_patient_emergency.moc"
