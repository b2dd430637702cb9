// careledger-cli emergency cards and tokens end to end, with two wallets on one embedded ledger:
// the patient fills the card by field and from FHIR (a malformed bundle changes nothing), issues
// tokens with QR files, the clinician verifies them (from text, image and stdin) and the read is
// logged as a break-glass access the patient's audit shows; revocation shreds the summary, and
// expired, forged, replayed and PIN-protected tokens each fail with their own code.
#include "cli_runner.h"
#include "test_support.h"
#include "token/token_text.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <filesystem>

namespace {

// The emergency commands answer with "valid" and "code" fields besides the common error shape.
struct Run : careledger::test::CliRun {
    [[nodiscard]] QString code() const { return obj().value("code").toString(); }
    [[nodiscard]] bool valid() const { return obj().value("valid").toBool(); }
};

} // namespace

class TestCliEmergency : public QObject {
    Q_OBJECT

    careledger::test::TempDir home_;
    QString patient_pass_ = "patient passphrase 1";
    QString clinician_pass_ = "careledger-demo";
    int runs_ = 0;

    Run cli(const QStringList& args, const QString& passphrase = {}, const QByteArray& input = {},
            const QMap<QString, QString>& extra_env = {}) {
        ++runs_;
        return {careledger::test::run_cli(home_.path(), args, passphrase, input, extra_env)};
    }
    Run patient(const QStringList& args, const QMap<QString, QString>& env = {}) {
        return cli(args, patient_pass_, {}, env);
    }
    // The clinician's wallet (demo-emergency, a certified provider) verifying a token.
    Run clinician(const QStringList& args, const QByteArray& input = {}) {
        return cli(QStringList{"--wallet", wallet_dir("demo-emergency"), "token", "verify"} + args,
                   clinician_pass_, input);
    }
    QString wallet_dir(const char* name) {
        return QString::fromStdString((home_ / "data" / "careledger" / "wallets" / name).string());
    }
    QString file(const char* name) { return QString::fromStdString((home_ / name).string()); }
    std::filesystem::path blob_path(const QString& blob_id) {
        return home_ / "data" / "careledger" / "ledger" / "blobs" / blob_id.toStdString();
    }
    static QString fhir(const char* name) {
        return QString(CARELEDGER_TEST_DATA) + "/fhir/" + name;
    }

    // State shared by the ordered test functions below.
    QString tag_;
    QJsonObject card_; // the card after the field-by-field entry
    QString token_;    // single-use token of that card, with its full summary
    QString token_id_;
    QString blob_id_;
    QString typical_token_; // token of the imported IPS card
    int logged_accesses_ = 0;

private slots:
    void demo_and_patient() {
        QCOMPARE(cli({"demo"}).exit_code, 0);
        auto r = patient({"wallet", "create", "--name", "Alex Example"});
        QCOMPARE(r.exit_code, 0);
        tag_ = r.obj().value("tag").toString();
        QCOMPARE(tag_.size(), 64);
        // A provider wallet has no emergency card.
        auto w =
            cli({"--wallet", wallet_dir("demo-emergency"), "emergency", "show"}, clinician_pass_);
        QCOMPARE(w.exit_code, 1);
        QCOMPARE(w.error_code(), QString("wallet.not_patient"));
    }

    void card_field_by_field() {
        QCOMPARE(
            patient({"emergency", "set", "allergy", "Penicillin:Anaphylaxis,Hives!high", "Latex"})
                .exit_code,
            0);
        QCOMPARE(patient({"emergency", "set", "medication", "Warfarin:5 mg daily"}).exit_code, 0);
        QCOMPARE(patient({"emergency", "set", "blood-type", "278149003"}).exit_code, 0);
        auto r = patient({"emergency", "set", "contact", "Sam Example|spouse|+44 20 7946 0000"});
        QCOMPARE(r.exit_code, 0);
        card_ = r.obj();
        QCOMPARE(card_.value("lines").toArray().size(), 4); // blood, allergies, medication, contact
        const auto allergies = card_.value("allergies").toArray();
        QCOMPARE(allergies.size(), 2);
        const auto pen = allergies[0].toObject();
        QCOMPARE(pen.value("substance").toObject().value("text").toString(), QString("Penicillin"));
        QCOMPARE(pen.value("reactions").toArray().size(), 2);
        QCOMPARE(pen.value("criticality").toString(), QString("high"));
        QCOMPARE(card_.value("medications").toArray()[0].toObject().value("dose").toString(),
                 QString("5 mg daily"));
        // The SNOMED CT blood group is stored coded, with the value set's display text.
        const auto blood = card_.value("blood_type").toObject();
        QCOMPARE(blood.value("code").toString(), QString("278149003"));
        QCOMPARE(blood.value("system").toString(), QString("http://snomed.info/sct"));
        QCOMPARE(card_.value("contacts").toArray()[0].toObject().value("phone").toString(),
                 QString("+44 20 7946 0000"));
        // Bad input is refused with its code and changes nothing.
        auto bad = patient({"emergency", "set", "contact", "no phone"});
        QCOMPARE(bad.exit_code, 1);
        QCOMPARE(bad.error_code(), QString("emergency.bad_value"));
        auto unknown = patient({"emergency", "set", "shoe-size", "42"});
        QCOMPARE(unknown.error_code(), QString("emergency.unknown_field"));
        auto malformed = patient({"emergency", "import", fhir("ips-malformed.json")});
        QCOMPARE(malformed.exit_code, 1);
        QVERIFY(malformed.error_code().startsWith("fhir."));
        QVERIFY(malformed.obj().value("error").toObject().value("message").toString().contains(
            "AllergyIntolerance"));
        qInfo("malformed FHIR refused with %s", qPrintable(malformed.error_code()));
        auto show = patient({"emergency", "show"});
        QCOMPARE(show.exit_code, 0);
        QCOMPARE(show.obj(), card_); // the old card is intact
        // A card small enough that its token also carries the full summary's pointer.
        QCOMPARE(patient({"emergency", "clear", "contact"}).exit_code, 0);
        auto cleared = patient({"emergency", "clear", "medication"});
        QCOMPARE(cleared.exit_code, 0);
        card_ = cleared.obj();
        QVERIFY(card_.value("medications").toArray().isEmpty());
        QVERIFY(card_.value("contacts").toArray().isEmpty());
        QCOMPARE(card_.value("allergies").toArray().size(), 2);
    }

    void issue_with_qr_files() {
        auto r = patient({"token", "issue", "--expires", "48h", "--single-use", "--png",
                          file("card.png"), "--pdf", file("card.pdf"), "--svg", file("card.svg")});
        QCOMPARE(r.exit_code, 0);
        const auto o = r.obj();
        token_ = o.value("token").toString();
        token_id_ = o.value("token_id").toString();
        blob_id_ = o.value("blob_id").toString();
        QVERIFY(token_.startsWith("CL1:"));
        QCOMPARE(token_id_.size(), 32);
        QCOMPARE(blob_id_.size(), 64); // a small card carries the pointer to its full summary
        QVERIFY(std::filesystem::is_regular_file(blob_path(blob_id_)));
        const auto version = o.value("qr_version").toInt();
        QVERIFY(version >= 1 && version <= 14);
        const auto lifetime =
            QDateTime::fromString(o.value("expires").toString(), Qt::ISODate).toSecsSinceEpoch() -
            QDateTime::fromString(o.value("issued").toString(), Qt::ISODate).toSecsSinceEpoch();
        QCOMPARE(lifetime, qint64{48 * 3600});
        QVERIFY(std::filesystem::file_size(home_ / "card.pdf") > 1000);
        QFile pdf(file("card.pdf"));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        qInfo("token of %lld characters, QR version %d", static_cast<long long>(token_.size()),
              version);
        // Over a year is refused before anything reaches the ledger.
        auto too_long = patient({"token", "issue", "--expires", "400d"});
        QCOMPARE(too_long.exit_code, 1);
        QCOMPARE(too_long.error_code(), QString("token.bad_request"));
    }

    void verify_log_audit_replay() {
        // Without a wallet the image verifies (the PNG scans back to the same text), unlogged.
        auto scanned =
            cli({"--wallet", file("no-wallet"), "token", "verify", "--image", file("card.png")});
        QCOMPARE(scanned.exit_code, 0);
        QVERIFY(scanned.valid());
        QCOMPARE(scanned.obj().value("token_id").toString(), token_id_);
        QVERIFY(!scanned.obj().value("logged").toBool());
        // The clinician's read is valid, shows the triage set and is logged.
        auto r = clinician({"--text", token_});
        QCOMPARE(r.exit_code, 0);
        const auto o = r.obj();
        QVERIFY(o.value("valid").toBool());
        QCOMPARE(o.value("patient_tag").toString(), tag_);
        QCOMPARE(o.value("triage").toObject().value("lines"), card_.value("lines"));
        QVERIFY(o.value("logged").toBool());
        QVERIFY(o.value("summary_available").toBool());
        ++logged_accesses_;
        // Single use: the same verifier refuses it the second time, across runs.
        auto again = clinician({"--text", token_});
        QCOMPARE(again.exit_code, 3);
        QCOMPARE(again.code(), QString("token.replay"));
        QVERIFY(!again.valid());
        // The patient's audit shows the break-glass access.
        auto audit = patient({"audit"});
        QCOMPARE(audit.exit_code, 0);
        QCOMPARE(audit.arr().size(), logged_accesses_);
        const auto e = audit.arr()[0].toObject();
        QCOMPARE(e.value("basis").toString(), QString("emergency"));
        QCOMPARE(e.value("purpose").toString(), QString("ETREAT"));
        QCOMPARE(e.value("reference").toString(), token_id_);
        QCOMPARE(e.value("reader_name").toString(), QString("Dr. Amara Okafor"));
        QVERIFY(e.value("verified").toBool());
    }

    void revoke_shreds() {
        auto list = patient({"token", "list"});
        QCOMPARE(list.arr().size(), 1);
        QCOMPARE(list.arr()[0].toObject().value("status").toString(), QString("active"));
        auto r = patient({"token", "revoke", token_id_});
        QCOMPARE(r.exit_code, 0);
        QVERIFY(!std::filesystem::exists(blob_path(blob_id_)));
        auto v = cli({"--wallet", file("no-wallet"), "token", "verify"}, {}, token_.toUtf8());
        QCOMPARE(v.exit_code, 3);
        QCOMPARE(v.code(), QString("token.revoked"));
        list = patient({"token", "list"});
        QCOMPARE(list.arr()[0].toObject().value("status").toString(), QString("revoked"));
        QVERIFY(!list.arr()[0].toObject().value("summary_stored").toBool());
        QCOMPARE(patient({"token", "revoke", token_id_}).exit_code, 1); // already revoked
    }

    void import_issue_expired_forged() {
        auto imp = patient({"emergency", "import", fhir("ips-typical.json")});
        QCOMPARE(imp.exit_code, 0);
        QVERIFY(imp.obj().value("imported").toObject().value("entries").toInt() > 0);
        QVERIFY(imp.obj().value("medications").toArray().size() > 0);
        auto r = patient({"token", "issue"});
        QCOMPARE(r.exit_code, 0);
        typical_token_ = r.obj().value("token").toString();
        QVERIFY(r.obj().value("qr_version").toInt() <= 14);
        const QStringList no_wallet{"--wallet", file("no-wallet"), "token", "verify"};
        // Valid from stdin, now; expired as of two days on (default lifetime 24 h).
        auto now = cli(no_wallet, {}, typical_token_.toUtf8() + "\n");
        QCOMPARE(now.exit_code, 0);
        QCOMPARE(now.obj().value("triage").toObject().value("lines"), imp.obj().value("lines"));
        auto expired = cli(no_wallet + QStringList{"--text", typical_token_, "--at", "2d"});
        QCOMPARE(expired.exit_code, 3);
        QCOMPARE(expired.code(), QString("token.expired"));
        // --at in the clinician's wallet verifies without logging.
        auto at = clinician({"--text", typical_token_, "--at", "1h"});
        QCOMPARE(at.exit_code, 0);
        QVERIFY(!at.obj().value("logged").toBool());
        // A forged token: one character of the signed payload changed.
        int forged_runs = 0;
        for (const auto pos : {typical_token_.size() / 2, typical_token_.size() - 3}) {
            auto forged = typical_token_;
            forged[pos] = forged[pos] == 'A' ? QChar('B') : QChar('A');
            auto f = cli(no_wallet + QStringList{"--text", forged});
            QCOMPARE(f.exit_code, 3);
            QVERIFY(!f.valid());
            QVERIFY(f.code().startsWith("token."));
            qInfo("forged at %lld: %s", static_cast<long long>(pos), qPrintable(f.code()));
            ++forged_runs;
        }
        QCOMPARE(forged_runs, 2);
        // A forgery that survives the wire layers: the signature (the COSE_Sign1's last 64
        // bytes) changed and the text re-encoded.
        auto cose = careledger::token::decode_token_text(typical_token_.toStdString());
        CL_QVERIFY_OK(cose);
        auto bytes = std::move(cose).value();
        bytes[bytes.size() - 10] ^= 0x01;
        const auto resigned = QString::fromStdString(careledger::token::encode_token_text(bytes));
        auto bad_sig = cli(no_wallet + QStringList{"--text", resigned});
        QCOMPARE(bad_sig.exit_code, 3);
        QCOMPARE(bad_sig.code(), QString("token.bad_signature"));
    }

    void pin_token() {
        // A PIN costs about 80 characters of QR text: the full IPS card leaves no room for it.
        auto full = patient({"token", "issue", "--pin"}, {{"CARELEDGER_PIN", "4821"}});
        QCOMPARE(full.exit_code, 1);
        QCOMPARE(full.error_code(), QString("token.qr_too_large"));
        QCOMPARE(patient({"emergency", "clear", "all"}).exit_code, 0);
        QCOMPARE(patient({"emergency", "set", "allergy", "Penicillin:Anaphylaxis!high"}).exit_code,
                 0);
        auto r = patient({"token", "issue", "--pin"}, {{"CARELEDGER_PIN", "4821"}});
        QCOMPARE(r.exit_code, 0);
        QVERIFY(r.obj().value("pin_protected").toBool());
        const auto tok = r.obj().value("token").toString();
        auto none = clinician({"--text", tok});
        QCOMPARE(none.exit_code, 3);
        QCOMPARE(none.code(), QString("token.pin_required"));
        auto wrong = clinician({"--text", tok, "--pin", "1111"});
        QCOMPARE(wrong.exit_code, 3);
        QCOMPARE(wrong.code(), QString("token.wrong_pin"));
        auto right = clinician({"--text", tok, "--pin", "4821"});
        QCOMPARE(right.exit_code, 0);
        QVERIFY(right.obj().value("logged").toBool());
        ++logged_accesses_;
        auto audit = patient({"audit"});
        QCOMPARE(audit.arr().size(), logged_accesses_);
        for (const auto& e : audit.arr())
            QCOMPARE(e.toObject().value("basis").toString(), QString("emergency"));
        qInfo("%d CLI runs, %d emergency accesses audited", runs_, logged_accesses_);
    }
};

QTEST_GUILESS_MAIN(TestCliEmergency)
#include "test_cli_emergency.moc"
