// Clinician mode driven like a person would: a USB scanner types a real token and presses Enter;
// an image of a real token is opened; the verdict from the core's real verification is laid
// out with every triage field; each failure family shows its own headline; a PIN-protected
// card brings up the PIN field; no camera is offered on a machine without one.
#include "clinician/camera_scanner.h"
#include "clinician/clinician_page.h"
#include "common/view_types.h"
#include "crypto/identity.h"
#include "page_fixture.h"
#include "token/cose.h"
#include "token/qr_matrix.h"
#include "token/qr_render.h"
#include "token/token_text.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMap>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

using namespace careledger;
using namespace careledger::test;

namespace {

template <typename T> T* find(QWidget* parent, const char* name) {
    auto* w = parent->findChild<T*>(QString::fromLatin1(name));
    if (w == nullptr)
        qFatal("no child widget %s", name);
    return w;
}

} // namespace

class TestClinician : public QObject {
    Q_OBJECT
    PageFixture f_;
    int cases_ = 0;

    ui::VerdictView verifyForReal(const std::string& text,
                                  const wallet::EmergencyVerifyOptions& o) {
        auto v = wallet::verify_emergency_token(text, *f_.ledger, o);
        ui::VerdictView view;
        view.valid = v.ok();
        if (v.ok()) {
            view.verdict = std::move(*v);
        } else {
            view.code = QString::fromStdString(v.error().code);
            view.message = QString::fromStdString(v.error().message);
        }
        return view;
    }

    ui::VerdictView pinAttempt(const std::string& text, std::string_view pin) {
        const auto secret = crypto::SecureBuffer::copy_of(as_bytes(pin));
        wallet::EmergencyVerifyOptions o;
        o.pin = &secret;
        return verifyForReal(text, o);
    }

private slots:
    void initTestCase() {
        ui::register_view_types();
        f_.build();
    }

    void scannerTypesTokenAndValidVerdictShowsTriage() {
        // A card with every triage field filled in (short texts: it must fit a QR code).
        token::TriageSet full;
        CL_REQUIRE(wallet::set_field(full, "allergy", {"Penicillin:hives!high"}));
        CL_REQUIRE(wallet::set_field(full, "allergy", {"Latex!low"}));
        CL_REQUIRE(wallet::set_field(full, "medication", {"Metformin:500 mg"}));
        CL_REQUIRE(wallet::set_field(full, "problem", {"Diabetes"}));
        CL_REQUIRE(wallet::set_field(full, "blood-type", {"A+"}));
        CL_REQUIRE(wallet::set_field(full, "directive", {"DNR"}));
        CL_REQUIRE(wallet::set_field(full, "contact", {"Sam Ex|partner|+44 20 7946 0000"}));
        CL_REQUIRE(wallet::set_field(full, "language", {"Portuguese"}));
        CL_REQUIRE(wallet::set_field(full, "notes", {"Pacemaker"}));
        CL_REQUIRE(wallet::save_card(*f_.patient, full));
        wallet::EmergencyIssueOptions io;
        io.with_summary = false;
        const std::string tokenText =
            CL_REQUIRE_OK(wallet::issue_emergency_token(*f_.patient, *f_.ledger, *f_.blobs, io))
                .value()
                .token.text;
        CL_REQUIRE(wallet::save_card(*f_.patient, f_.card));

        ui::clinician::ClinicianPage page;
        page.resize(1000, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(find<QLabel>(&page, "verdictHeadline")->text().contains(QStringLiteral("Waiting")));
        screenshot(page, QStringLiteral("clinician-empty"));
        QSignalSpy spy(&page, &ui::clinician::ClinicianPage::verifyRequested);
        auto* input = find<QLineEdit>(&page, "tokenInput");
        input->setFocus();
        QTest::keyClicks(input, QString::fromStdString(tokenText));
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QString::fromStdString(tokenText));
        QVERIFY(spy.at(0).at(1).toString().isEmpty());
        QVERIFY(find<QLabel>(&page, "verdictHeadline")->text().contains(QStringLiteral("Verif")));

        const auto verdict = verifyForReal(tokenText, {});
        QVERIFY2(verdict.valid, qPrintable(verdict.message));
        page.showVerdict(verdict);
        QVERIFY(find<QLabel>(&page, "verdictHeadline")->text().startsWith(QStringLiteral("VALID")));
        QVERIFY(find<QLabel>(&page, "verdictAdvice")
                    ->text()
                    .contains(QStringLiteral("Revocation data as of")));
        QVERIFY(!find<QLabel>(&page, "verdictDetail")->isVisible());
        // Ready for the next scan: the field keeps focus with its text selected.
        QVERIFY(input->hasSelectedText());

        // Allergies come first, the high-risk one in bold; every field has its row.
        auto* form = find<QWidget>(&page, "triageView")->findChild<QFormLayout*>();
        QVERIFY(form != nullptr);
        QStringList rows;
        QMap<QString, QString> values;
        for (int r = 0; r < form->rowCount(); ++r) {
            auto* label = qobject_cast<QLabel*>(form->itemAt(r, QFormLayout::LabelRole)->widget());
            auto* value = qobject_cast<QLabel*>(form->itemAt(r, QFormLayout::FieldRole)->widget());
            QVERIFY(label != nullptr && value != nullptr);
            rows << label->text();
            values[label->text()] = value->text();
            QVERIFY(value->textInteractionFlags().testFlag(Qt::TextSelectableByMouse));
        }
        const QStringList expectedRows{
            QStringLiteral("Allergies"),         QStringLiteral("Medications"),
            QStringLiteral("Problems"),          QStringLiteral("Blood type"),
            QStringLiteral("Advance directive"), QStringLiteral("Emergency contact"),
            QStringLiteral("Language"),          QStringLiteral("Notes"),
            QStringLiteral("Patient key"),       QStringLiteral("Card valid until")};
        QCOMPARE(rows, expectedRows);
        const QString allergies = values[QStringLiteral("Allergies")];
        QVERIFY2(allergies.contains(QStringLiteral("<b>Penicillin (hives) — HIGH RISK</b>")),
                 qPrintable(allergies));
        QVERIFY(allergies.contains(QStringLiteral("Latex — low risk")));
        QVERIFY(!allergies.contains(QStringLiteral("<b>Latex")));
        const std::vector<std::pair<QString, QString>> expected{
            {QStringLiteral("Medications"), QStringLiteral("Metformin — 500 mg")},
            {QStringLiteral("Problems"), QStringLiteral("Diabetes")},
            {QStringLiteral("Blood type"), QStringLiteral("A+")},
            {QStringLiteral("Advance directive"), QStringLiteral("DNR")},
            {QStringLiteral("Emergency contact"),
             QStringLiteral("Sam Ex (partner): +44 20 7946 0000")},
            {QStringLiteral("Language"), QStringLiteral("Portuguese")},
            {QStringLiteral("Notes"), QStringLiteral("Pacemaker")},
            {QStringLiteral("Patient key"),
             QString::fromStdString(crypto::key_id_hex(f_.patient->public_key()))},
        };
        for (const auto& [row, text] : expected)
            QVERIFY2(values[row].contains(text),
                     qPrintable(QStringLiteral("%1: %2").arg(row, values[row])));
        const QString until = QLocale().toString(
            QDateTime::fromSecsSinceEpoch(verdict.verdict->expires_at).toLocalTime(),
            QStringLiteral("d MMM yyyy, HH:mm"));
        QCOMPARE(values[QStringLiteral("Card valid until")], until);

        // Then whether the access reached the ledger.
        auto* status = find<QLabel>(&page, "accessStatus");
        QVERIFY(status->text().contains(QStringLiteral("Recording")));
        ui::AccessLoggedView notLogged;
        notLogged.error_code = QStringLiteral("ledger.unreachable");
        notLogged.error_message = QStringLiteral("the node did not answer");
        page.showAccessLogged(notLogged);
        QVERIFY(status->text().contains(QStringLiteral("could not be recorded")));
        QVERIFY(status->text().contains(notLogged.error_message));
        ui::AccessLoggedView logged;
        logged.logged = true;
        logged.index = 42;
        page.showAccessLogged(logged);
        QVERIFY(status->text().contains(QStringLiteral("entry #42")));
        screenshot(page, QStringLiteral("clinician-valid"));
        cases_ += static_cast<int>(expected.size()) + 4;
    }

    void eachFailureHasItsOwnHeadline() {
        ui::clinician::ClinicianPage page;
        page.resize(1000, 700);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));

        // Every failure below is produced by the core's real verification of a real token.
        auto issue = [this](const wallet::EmergencyIssueOptions& o) {
            return CL_REQUIRE_OK(
                       wallet::issue_emergency_token(*f_.patient, *f_.ledger, *f_.blobs, o))
                .value()
                .token;
        };
        wallet::EmergencyIssueOptions plain;
        plain.with_summary = false;

        const auto revoked = issue(plain);
        CL_REQUIRE(
            wallet::revoke_emergency_token(*f_.patient, *f_.ledger, *f_.blobs, revoked.token_id));

        // A signature with one bit flipped, over the genuine header and payload.
        const Bytes cose = CL_REQUIRE_OK(token::decode_token_text(f_.token_text)).value();
        auto sign1 = CL_REQUIRE_OK(token::cose::decode_sign1(cose)).value();
        sign1.signature[10] ^= 0x01;
        const std::string forged = token::encode_token_text(
            token::cose::assemble(sign1.protected_bytes, {}, sign1.payload, view(sign1.signature)));

        // A card signed by a patient registered on another network.
        TempDir elsewhere;
        auto otherLedger =
            CL_REQUIRE_OK(node::LocalLedger::open_or_init(elsewhere / "ledger")).value();
        auto otherBlobs = node::BlobStore::of_ledger(elsewhere / "ledger");
        const auto pass = crypto::SecureBuffer::copy_of(as_bytes(std::string_view("elsewhere")));
        auto stranger = CL_REQUIRE_OK(wallet::Wallet::create(
                                          elsewhere / "stranger", pass,
                                          PageFixture::options(ledger::Role::patient, "Stranger")))
                            .value()
                            .wallet;
        CL_REQUIRE(wallet::register_identity(stranger, otherLedger));
        CL_REQUIRE(wallet::save_card(stranger, f_.card));
        const std::string foreign =
            CL_REQUIRE_OK(wallet::issue_emergency_token(stranger, otherLedger, otherBlobs, plain))
                .value()
                .token.text;

        // A single-use card read a second time on the same verifier.
        wallet::EmergencyIssueOptions once = plain;
        once.single_use = true;
        const auto singleUse = issue(once);
        auto seen = CL_REQUIRE_OK(wallet::VaultSeenTokens::load(*f_.provider)).value();
        wallet::EmergencyVerifyOptions first;
        first.seen = &seen;
        CL_REQUIRE(wallet::verify_emergency_token(singleUse.text, *f_.ledger, first));

        std::string tampered = f_.token_text;
        tampered[tampered.size() / 2] = tampered[tampered.size() / 2] == 'A' ? 'B' : 'A';

        struct Case {
            std::string text;
            std::optional<UnixTime> at;
            token::SeenTokens* seen;
            const char* code; // nullptr: any code of the "unreadable" family
            const char* shot;
        };
        const std::vector<Case> cases{
            {f_.token_text, static_cast<UnixTime>(f_.token_expires + 7200), nullptr,
             "token.expired", "clinician-expired"},
            {"CL2:" + f_.token_text.substr(4), std::nullopt, nullptr, "token.bad_prefix", nullptr},
            {tampered, std::nullopt, nullptr, nullptr, "clinician-damaged"},
            {revoked.text, std::nullopt, nullptr, "token.revoked", "clinician-revoked"},
            {forged, std::nullopt, nullptr, "token.bad_signature", "clinician-bad-signature"},
            {foreign, std::nullopt, nullptr, "token.unknown_key", nullptr},
            {singleUse.text, std::nullopt, &seen, "token.replay", nullptr},
        };
        QSet<QString> headlines;
        for (const auto& c : cases) {
            wallet::EmergencyVerifyOptions o;
            o.at = c.at;
            o.seen = c.seen;
            const auto v = verifyForReal(c.text, o);
            QVERIFY(!v.valid);
            if (c.code != nullptr)
                QCOMPARE(v.code, QString::fromLatin1(c.code));
            page.showVerdict(v);
            const QString h = find<QLabel>(&page, "verdictHeadline")->text();
            QVERIFY2(h.startsWith(QStringLiteral("NOT VALID")), qPrintable(h));
            QVERIFY(!find<QLabel>(&page, "verdictAdvice")->text().isEmpty());
            QVERIFY(find<QLabel>(&page, "verdictDetail")->text().contains(v.message));
            QVERIFY(!find<QLineEdit>(&page, "pinInput")->isVisible());
            headlines << h;
            if (c.shot != nullptr)
                screenshot(page, QString::fromLatin1(c.shot));
            ++cases_;
        }
        // Every family reads differently; a damaged text and a wrong prefix are one family.
        QCOMPARE(headlines.size(), static_cast<qsizetype>(cases.size()) - 1);
        // The expiry headline names the day.
        const auto expired = verifyForReal(
            f_.token_text, wallet::EmergencyVerifyOptions{
                               static_cast<UnixTime>(f_.token_expires + 7200), nullptr, nullptr});
        page.showVerdict(expired);
        const QString day = QLocale().toString(
            QDateTime::fromSecsSinceEpoch(static_cast<qint64>(f_.token_expires)).toLocalTime(),
            QStringLiteral("d MMM yyyy"));
        QVERIFY2(find<QLabel>(&page, "verdictHeadline")->text().contains(day),
                 qPrintable(find<QLabel>(&page, "verdictHeadline")->text()));
    }

    void pinCardAsksForThePinAndResends() {
        ui::clinician::ClinicianPage page;
        page.resize(1000, 700);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        const auto pinSecret = crypto::SecureBuffer::copy_of(as_bytes(std::string_view("4711")));
        wallet::EmergencyIssueOptions o;
        o.with_summary = false;
        o.pin = &pinSecret;
        // A PIN-locked card carries more bytes: a shorter card still fits a scannable QR code.
        token::TriageSet small;
        CL_REQUIRE(wallet::set_field(small, "allergy", {"Penicillin!high"}));
        CL_REQUIRE(wallet::set_field(small, "blood-type", {"A+"}));
        CL_REQUIRE(wallet::save_card(*f_.patient, small));
        const auto card =
            CL_REQUIRE_OK(wallet::issue_emergency_token(*f_.patient, *f_.ledger, *f_.blobs, o))
                .value()
                .token;
        CL_REQUIRE(wallet::save_card(*f_.patient, f_.card));
        const QString text = QString::fromStdString(card.text);

        QSignalSpy spy(&page, &ui::clinician::ClinicianPage::verifyRequested);
        auto* input = find<QLineEdit>(&page, "tokenInput");
        auto* pinInput = find<QLineEdit>(&page, "pinInput");
        QVERIFY(!pinInput->isVisible());
        input->setFocus();
        QApplication::clipboard()->setText(text);
        QTest::keyClick(input, Qt::Key_V, Qt::ControlModifier); // paste, as a person would
        QTest::keyClick(input, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), text);
        QVERIFY(spy.at(0).at(1).toString().isEmpty());

        const auto askPin = verifyForReal(card.text, {});
        QCOMPARE(askPin.code, QStringLiteral("token.pin_required"));
        page.showVerdict(askPin);
        QVERIFY(pinInput->isVisible());
        QTRY_VERIFY(pinInput->hasFocus());
        QVERIFY(!find<QLabel>(&page, "verdictHeadline")->text().startsWith(QStringLiteral("NOT")));
        screenshot(page, QStringLiteral("clinician-pin-required"));

        QTest::keyClicks(pinInput, QStringLiteral("1234"));
        QTest::keyClick(pinInput, Qt::Key_Return);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), text);
        QCOMPARE(spy.at(1).at(1).toString(), QStringLiteral("1234"));
        const auto wrong = pinAttempt(card.text, "1234");
        page.showVerdict(wrong);
        QCOMPARE(wrong.code, QStringLiteral("token.wrong_pin"));
        QVERIFY(pinInput->isVisible());
        QVERIFY(pinInput->text().isEmpty());

        QTest::keyClicks(pinInput, QStringLiteral("4711"));
        QTest::keyClick(pinInput, Qt::Key_Return);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(2).at(1).toString(), QStringLiteral("4711"));
        const auto right = pinAttempt(card.text, "4711");
        QVERIFY2(right.valid, qPrintable(right.message));
        page.showVerdict(right);
        QVERIFY(!pinInput->isVisible());
        QVERIFY(find<QLabel>(&page, "verdictHeadline")->text().startsWith(QStringLiteral("VALID")));
        cases_ += 3;
    }

    void openImageDecodesAndVerifies() {
        auto qr = token::QrMatrix::encode(f_.token_text);
        CL_QVERIFY_OK(qr);
        auto png = token::render_png(*qr);
        CL_QVERIFY_OK(png);
        TempDir out;
        const QString path = QString::fromStdString((out / "card.png").string());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(reinterpret_cast<const char*>(png->data()), static_cast<qint64>(png->size()));
        file.close();

        ui::clinician::ClinicianPage page;
        QSignalSpy spy(&page, &ui::clinician::ClinicianPage::verifyRequested);
        page.openImageFile(path);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QString::fromStdString(f_.token_text));

        // A picture without a code says so.
        QImage blank(200, 200, QImage::Format_RGB32);
        blank.fill(Qt::white);
        const QString blankPath = QString::fromStdString((out / "blank.png").string());
        QVERIFY(blank.save(blankPath));
        page.openImageFile(blankPath);
        QCOMPARE(spy.count(), 1);
        QVERIFY(find<QLabel>(&page, "verdictHeadline")
                    ->text()
                    .contains(QStringLiteral("No emergency QR")));
        // A file that is no image at all.
        page.openImageFile(QString::fromStdString((out / "missing.png").string()));
        QCOMPARE(spy.count(), 1);
        QVERIFY(find<QLabel>(&page, "verdictHeadline")
                    ->text()
                    .contains(QStringLiteral("could not be read")));

        // The same card dropped onto the page from a file manager.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(&page, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&page, &drop);
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), QString::fromStdString(f_.token_text));
        cases_ += 4;
    }

    void cameraFramesAreDecodedOffTheGuiThread() {
        // No camera here: the page's scanner is fed frames the way the video sink feeds them.
        auto qr = token::QrMatrix::encode(f_.token_text);
        CL_QVERIFY_OK(qr);
        auto png = token::render_png(*qr);
        CL_QVERIFY_OK(png);
        QImage card;
        QVERIFY(card.loadFromData(png->data(), static_cast<int>(png->size()), "PNG"));
        QImage blank(640, 480, QImage::Format_RGB32);
        blank.fill(Qt::white);

        ui::clinician::ClinicianPage page;
        auto* scanner = page.findChild<ui::clinician::CameraScanner*>();
        QVERIFY(scanner != nullptr);
        QSignalSpy found(scanner, &ui::clinician::CameraScanner::found);
        QSignalSpy previews(scanner, &ui::clinician::CameraScanner::preview);
        QSignalSpy verify(&page, &ui::clinician::ClinicianPage::verifyRequested);
        scanner->startScanning();
        QVERIFY(scanner->running());
        scanner->offerFrame(blank);
        QTest::qWait(400);
        QVERIFY(found.isEmpty());
        QVERIFY(scanner->running()); // a frame without a code: keep scanning
        int offered = 1;
        while (found.isEmpty() && offered < 100) {
            scanner->offerFrame(card);
            ++offered;
            QTest::qWait(50);
        }
        QCOMPARE(found.count(), 1);
        QCOMPARE(found.at(0).at(0).toString(), QString::fromStdString(f_.token_text));
        QCOMPARE(previews.count(), offered);
        QVERIFY(!scanner->running()); // the first code found stops the scan
        QCOMPARE(verify.count(), 1);
        QCOMPARE(verify.at(0).at(0).toString(), QString::fromStdString(f_.token_text));
        QCOMPARE(find<QLineEdit>(&page, "tokenInput")->text(),
                 QString::fromStdString(f_.token_text));
        qInfo("camera path: code found after %d frames", offered);
        cases_ += 2;
    }

    void cameraOnlyWhenOneExists() {
        ui::clinician::ClinicianPage page;
        auto* camera = find<QPushButton>(&page, "cameraButton");
        QCOMPARE(camera->isEnabled(), ui::clinician::CameraScanner::available());
        if (!ui::clinician::CameraScanner::available())
            QVERIFY(
                find<QLabel>(&page, "cameraStatus")->text().contains(QStringLiteral("No camera")));
        ++cases_;
    }

    void cleanupTestCase() { qInfo("clinician page: %d cases over real tokens", cases_); }
};

QTEST_MAIN(TestClinician)
#include "test_clinician.moc"
