// c2sp.org/signed-note: the spec's example, the Go reference's (golang.org/x/mod/sumdb/note) keys
// and signatures as known answers, the DESIGN §6 log key, a table of malformed notes each with its
// error code, the open rules (unknown keys ignored, a bad known signature rejects, ambiguity), and
// verifier and signer key parsing with every truncation and byte mutation refused.
#include "ledger/note.h"
#include "test_support.h"

#include <QObject>
#include <string>
#include <vector>

using namespace careledger;
using namespace careledger::tlog;

namespace {

const std::string kPeterVkey = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
const std::string kPeterSkey =
    "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
const std::string kEnochVkey = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
const std::string kNeumannText = "If you think cryptography is the answer to your problem,\n"
                                 "then you don't know what your problem is.\n";
const std::string kPeterSig =
    "\xE2\x80\x94 PeterNeumann "
    "x08go/ZJkuBS9UG/"
    "SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
const std::string kEnochSig = "\xE2\x80\x94 EnochRoot "
                              "rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/"
                              "5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";
const std::string kDash = "\xE2\x80\x94 ";

Bytes zero_seed() {
    return Bytes(32, 0);
}

VerifierKey vkey(const std::string& text) {
    auto k = parse_vkey(text);
    if (!k.ok())
        qFatal("test vkey does not parse: %s", k.error().message.c_str());
    return *k;
}

} // namespace

class TestNote : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::init_core(); }
    void cleanupTestCase() {
        qInfo("malformed-note table: %d notes refused, each with its expected code",
              malformed_refused_);
    }

    // c2sp.org/signed-note "Example": the vkey verifies the note.
    void spec_example() {
        const auto key =
            parse_vkey("example.com/foo+530d903a+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k");
        CL_QVERIFY_OK(key);
        QCOMPARE(key->type, kSigTypeEd25519);
        const std::string note = "This is an example message.\n\n" + kDash +
                                 "example.com/foo "
                                 "Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjO"
                                 "BH3mFXmRKuwHjG1Yu72IneyaQM=\n";
        const std::vector<VerifierKey> known{*key};
        auto opened = open_note(note, known);
        CL_QVERIFY_OK(opened);
        QCOMPARE(QString::fromStdString(opened->text), QString("This is an example message.\n"));
        QCOMPARE(opened->verified.size(), std::size_t{1});
        // One flipped text byte and the known key's signature fails: the whole note is refused.
        std::string tampered = note;
        tampered[0] = 't';
        CL_QCOMPARE_ERROR(open_note(tampered, known), "note.invalid_signature");
    }

    // The spec's opening example: UTF-8 text with an empty line inside; its key is not given,
    // so it parses but does not open.
    void spec_poem_parses() {
        const std::string text = "Ognuno sta solo sul cuor della terra\ntrafitto da un raggio di "
                                 "sole:\n\ned \xC3\xA8 subito sera.\n";
        const std::string note =
            text + "\n" + kDash +
            "quasimodo.example/salvatore "
            "NnugSzTjtVAewIS+Z/iJhUPeFDkO/"
            "5QQ2i5ddnGITLlC+EhfLW9oJKONrMouFSQU0xMcXxj99ihAQwaqP3ZekRwNtIc=\n";
        auto parsed = parse_note(note);
        CL_QVERIFY_OK(parsed);
        QCOMPARE(QString::fromStdString(parsed->text), QString::fromStdString(text));
        QCOMPARE(parsed->signatures.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(parsed->signatures[0].name),
                 QString("quasimodo.example/salvatore"));
        QCOMPARE(parsed->signatures[0].signature.size(), std::size_t{64});
        CL_QCOMPARE_ERROR(open_note(note, {}), "note.unverified");
        auto again = format_note(*parsed);
        CL_QVERIFY_OK(again);
        QCOMPARE(QString::fromStdString(*again), QString::fromStdString(note));
    }

    // The Go reference's signer key produces its documented signature byte for byte, and the
    // zero-seed key is the reference's "EnochRoot" key (same key material as the DESIGN log key).
    void go_reference_known_answers() {
        const auto signer = NoteSigner::parse_private_key(as_bytes(kPeterSkey));
        CL_QVERIFY_OK(signer);
        QCOMPARE(QString::fromStdString(format_vkey(signer->verifier_key())),
                 QString::fromStdString(kPeterVkey));
        const std::vector<const NoteSigner*> signers{&*signer};
        auto signed_note = sign_note(kNeumannText, signers);
        CL_QVERIFY_OK(signed_note);
        QCOMPARE(QString::fromStdString(*signed_note),
                 QString::fromStdString(kNeumannText + "\n" + kPeterSig));
        const auto skey = signer->format_private_key();
        QCOMPARE(QString::fromStdString(to_string(skey.view())),
                 QString::fromStdString(kPeterSkey));

        auto enoch = NoteSigner::from_seed("EnochRoot", kSigTypeEd25519, zero_seed());
        CL_QVERIFY_OK(enoch);
        QCOMPARE(QString::fromStdString(format_vkey(enoch->verifier_key())),
                 QString::fromStdString(kEnochVkey));
        auto line = sign_note_text(*enoch, kNeumannText);
        CL_QVERIFY_OK(line);
        QCOMPARE(QString::fromStdString(*format_signature_line(*line)),
                 QString::fromStdString(kEnochSig));
    }

    void golden_log_key() {
        auto log = NoteSigner::from_seed("example.org/consent-log", kSigTypeEd25519, zero_seed());
        CL_QVERIFY_OK(log);
        const std::string golden =
            "example.org/consent-log+62a11fe0+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";
        QCOMPARE(QString::fromStdString(format_vkey(log->verifier_key())),
                 QString::fromStdString(golden));
        auto parsed = parse_vkey(golden);
        CL_QVERIFY_OK(parsed);
        QVERIFY(*parsed == log->verifier_key());
        QCOMPARE(parsed->key_id, std::uint32_t{0x62a11fe0});
        // The same key as a cosigner (type 0x04) has another key ID, as the spec requires.
        auto cosigner =
            NoteSigner::from_seed("example.org/consent-log", kSigTypeCosignatureV1, zero_seed());
        CL_QVERIFY_OK(cosigner);
        QVERIFY(cosigner->verifier_key().key_id != parsed->key_id);
        qInfo("DESIGN §6 log key: vkey %s", format_vkey(log->verifier_key()).c_str());
    }

    // Opening follows the Go reference's TestOpen expectations.
    void open_rules() {
        const VerifierKey peter = vkey(kPeterVkey);
        const VerifierKey enoch = vkey(kEnochVkey);
        const std::string both = kNeumannText + "\n" + kPeterSig + kEnochSig;

        const std::vector<VerifierKey> only_peter{peter};
        auto n = open_note(both, only_peter);
        CL_QVERIFY_OK(n);
        QCOMPARE(n->verified.size(), std::size_t{1});
        QCOMPARE(QString::fromStdString(n->verified[0].name), QString("PeterNeumann"));
        QCOMPARE(n->unverified.size(), std::size_t{1});
        QCOMPARE(n->unverified[0].key_id, std::uint32_t{0xaf0cfe78});

        const std::vector<VerifierKey> two{peter, enoch};
        n = open_note(both, two);
        CL_QVERIFY_OK(n);
        QCOMPARE(n->verified.size(), std::size_t{2});
        QVERIFY(n->unverified.empty());

        CL_QCOMPARE_ERROR(open_note(both, {}), "note.unverified");

        // Same name and ID, different keys: refused. The same key twice is fine.
        VerifierKey twin = enoch;
        twin.public_key[0] = static_cast<std::uint8_t>(twin.public_key[0] ^ 1U);
        const std::vector<VerifierKey> ambiguous{enoch, peter, twin};
        CL_QCOMPARE_ERROR(open_note(kNeumannText + "\n" + kEnochSig, ambiguous),
                          "note.ambiguous_key");
        const std::vector<VerifierKey> duplicated{enoch, peter, enoch};
        CL_QVERIFY_OK(open_note(kNeumannText + "\n" + kPeterSig, duplicated));
        CL_QVERIFY_OK(open_note(kNeumannText + "\n" + kEnochSig, duplicated));

        // A known key's bad signature rejects the note, even next to a good one.
        std::string bad_sig = kPeterSig;
        bad_sig.replace(60, 4, "ABCD");
        CL_QCOMPARE_ERROR(open_note(kNeumannText + "\n" + kPeterSig + bad_sig, only_peter),
                          "note.invalid_signature");

        // Identical lines collapse; unknown signatures with a known name but another ID (or the
        // other way round) are ignored.
        n = open_note(kNeumannText + "\n" + kPeterSig + kPeterSig + kEnochSig + kEnochSig,
                      only_peter);
        CL_QVERIFY_OK(n);
        QCOMPARE(n->verified.size(), std::size_t{1});
        QCOMPARE(n->unverified.size(), std::size_t{1});
        std::string renamed = kPeterSig;
        renamed.replace(renamed.find("PeterNeumann"), 12, "CarmenSandiego");
        CL_QCOMPARE_ERROR(open_note(kNeumannText + "\n" + renamed, only_peter), "note.unverified");
        NoteSignature other_id = *parse_signature_line(kPeterSig);
        other_id.key_id ^= 1;
        CL_QCOMPARE_ERROR(
            open_note(kNeumannText + "\n" + *format_signature_line(other_id), only_peter),
            "note.unverified");
    }

    void malformed_notes_data() {
        QTest::addColumn<QByteArray>("note");
        QTest::addColumn<QString>("code");
        const QByteArray text = QByteArray::fromStdString(kNeumannText);
        const QByteArray sig = QByteArray::fromStdString(kPeterSig);
        const QByteArray dash = QByteArray::fromStdString(kDash);
        const QByteArray b64 =
            "x08go/ZJkuBS9UG/"
            "SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=";
        QTest::newRow("too large")
            << (QByteArray(static_cast<int>(kMaxNoteBytes), 'a') + "\n\n" + sig)
            << "note.too_large";
        QTest::newRow("invalid utf-8 byte") << ("\xff" + text + "\n" + sig) << "note.invalid_utf8";
        QTest::newRow("overlong utf-8")
            << (QByteArray("\xC0\xAF\n") + "\n" + sig) << "note.invalid_utf8";
        QTest::newRow("utf-16 surrogate")
            << (QByteArray("\xED\xA0\x80\n") + "\n" + sig) << "note.invalid_utf8";
        QTest::newRow("truncated utf-8")
            << (QByteArray("ok\xE2\x80\n") + "\n" + sig) << "note.invalid_utf8";
        QTest::newRow("control character")
            << ("\x01" + text + "\n" + sig) << "note.control_character";
        QTest::newRow("carriage return")
            << (text + "\n" + sig.left(sig.size() - 1) + "\r\n") << "note.control_character";
        QTest::newRow("tab in text")
            << (QByteArray("a\tb\n") + "\n" + sig) << "note.control_character";
        QTest::newRow("text only") << text << "note.no_signature_block";
        QTest::newRow("no text") << ("\n" + sig) << "note.no_signature_block";
        QTest::newRow("blank line, no signatures") << (text + "\n") << "note.no_signatures";
        QTest::newRow("unterminated signature")
            << (text + "\n" + sig.left(sig.size() - 1)) << "note.unterminated_line";
        QTest::newRow("hyphen for em dash")
            << (text + "\n- PeterNeumann " + b64 + "\n") << "note.bad_signature_line";
        QTest::newRow("no space after dash")
            << (text + "\n\xE2\x80\x94PeterNeumann " + b64 + "\n") << "note.bad_signature_line";
        QTest::newRow("name without signature")
            << (text + "\n" + dash + "PeterNeumann\n") << "note.bad_signature_line";
        QTest::newRow("unexpected line")
            << (text + "\n" + sig + "Unexpected line.\n") << "note.bad_signature_line";
        QTest::newRow("empty name")
            << (text + "\n" + dash + " " + b64 + "\n") << "note.bad_key_name";
        QTest::newRow("name with plus")
            << (text + "\n" + dash + "Peter+Neumann " + b64 + "\n") << "note.bad_key_name";
        QTest::newRow("name with nbsp")
            << (text + "\n" + dash + "Peter\xC2\xA0Neumann " + b64 + "\n") << "note.bad_key_name";
        QTest::newRow("name with ideographic space")
            << (text + "\n" + dash + "Peter\xE3\x80\x80Neumann " + b64 + "\n")
            << "note.bad_key_name";
        QTest::newRow("bad base64")
            << (text + "\n" + dash + "PeterNeumann x08go!ZJ\n") << "note.bad_signature_encoding";
        QTest::newRow("non-canonical base64")
            << (text + "\n" + dash + "PeterNeumann AAAAAAB=\n") << "note.bad_signature_encoding";
        QTest::newRow("two spaces") << (text + "\n" + dash + "PeterNeumann  " + b64 + "\n")
                                    << "note.bad_signature_encoding";
        QTest::newRow("empty signature")
            << (text + "\n" + dash + "PeterNeumann \n") << "note.bad_signature_encoding";
        QTest::newRow("key ID only")
            << (text + "\n" + dash + "PeterNeumann AAAAAA==\n") << "note.signature_too_short";
        QTest::newRow("101 signatures")
            << (text + "\n" + sig.repeated(101)) << "note.too_many_signatures";
    }
    void malformed_notes() {
        QFETCH(QByteArray, note);
        QFETCH(QString, code);
        const std::string msg = note.toStdString();
        CL_QCOMPARE_ERROR(parse_note(msg), code);
        const std::vector<VerifierKey> known{vkey(kPeterVkey)};
        CL_QCOMPARE_ERROR(open_note(msg, known), code);
        ++malformed_refused_;
    }

    void limits_accept_spec_minimum() {
        // The spec asks verifiers to accept at least 16 signatures; 100 are accepted.
        auto signer = NoteSigner::from_seed("example.org/limit", kSigTypeEd25519, zero_seed());
        CL_QVERIFY_OK(signer);
        std::string note = kNeumannText + "\n";
        for (int i = 0; i < 99; ++i)
            note += kEnochSig;
        note += *format_signature_line(*sign_note_text(*signer, kNeumannText));
        const std::vector<VerifierKey> known{signer->verifier_key()};
        auto opened = open_note(note, known);
        CL_QVERIFY_OK(opened);
        QCOMPARE(opened->unverified.size(), std::size_t{1});
    }

    void format_and_sign_errors() {
        auto signer = NoteSigner::from_seed("example.org/log", kSigTypeEd25519, zero_seed());
        CL_QVERIFY_OK(signer);
        CL_QCOMPARE_ERROR(sign_note_text(*signer, "no newline"), "note.bad_text");
        CL_QCOMPARE_ERROR(sign_note_text(*signer, "tab\there\n"), "note.control_character");
        CL_QCOMPARE_ERROR(sign_note_text(*signer, "\xff\n"), "note.invalid_utf8");
        auto cosigner = NoteSigner::from_seed("example.org/w", kSigTypeCosignatureV1, zero_seed());
        CL_QVERIFY_OK(cosigner);
        CL_QCOMPARE_ERROR(sign_note_text(*cosigner, "text\n"), "note.unsupported_key_type");
        CL_QCOMPARE_ERROR(NoteSigner::from_seed("bad name", kSigTypeEd25519, zero_seed()),
                          "note.bad_key_name");
        CL_QCOMPARE_ERROR(NoteSigner::from_seed("ok", 0x02, zero_seed()),
                          "note.unsupported_key_type");
        CL_QCOMPARE_ERROR(NoteSigner::from_seed("ok", kSigTypeEd25519, Bytes(31, 0)),
                          "crypto.key_size");
        Note empty{"text\n", {}};
        CL_QCOMPARE_ERROR(format_note(empty), "note.no_signatures");
        // Sign, then open: round trip with a generated key and a multi-line UTF-8 text.
        auto fresh = NoteSigner::generate("example.org/fresh", kSigTypeEd25519);
        CL_QVERIFY_OK(fresh);
        const std::string text = "line one\n\nline \xC3\xBE three\n";
        const std::vector<const NoteSigner*> signers{&*fresh, &*signer};
        auto note = sign_note(text, signers);
        CL_QVERIFY_OK(note);
        const std::vector<VerifierKey> known{fresh->verifier_key()};
        auto opened = open_note(*note, known);
        CL_QVERIFY_OK(opened);
        QCOMPARE(QString::fromStdString(opened->text), QString::fromStdString(text));
        QCOMPARE(opened->unverified.size(), std::size_t{1});
        auto skey = fresh->format_private_key();
        auto back = NoteSigner::parse_private_key(skey.view());
        CL_QVERIFY_OK(back);
        QVERIFY(back->verifier_key() == fresh->verifier_key());
    }

    // As the Go reference's tests do: every proper substring and every single-byte change of a
    // valid vkey or signer key is refused.
    void key_manglings() {
        std::size_t refused = 0;
        const std::string v = kPeterVkey;
        CL_QVERIFY_OK(parse_vkey(v));
        for (std::size_t i = 0; i <= v.size(); ++i)
            for (std::size_t j = i + 1; j <= v.size(); ++j)
                if (i != 0 || j != v.size()) {
                    QVERIFY2(!parse_vkey(v.substr(i, j - i)).ok(), v.substr(i, j - i).c_str());
                    ++refused;
                }
        for (std::size_t i = 0; i < v.size(); ++i) {
            std::string m = v;
            m[i] = static_cast<char>(m[i] + 1);
            QVERIFY2(!parse_vkey(m).ok(), m.c_str());
            ++refused;
        }
        const std::string s = kPeterSkey;
        for (std::size_t i = 0; i <= s.size(); ++i)
            for (std::size_t j = i + 1; j <= s.size(); ++j)
                if (i != 0 || j != s.size()) {
                    QVERIFY(!NoteSigner::parse_private_key(as_bytes(s.substr(i, j - i))).ok());
                    ++refused;
                }
        for (std::size_t i = 0; i < s.size(); ++i) {
            std::string m = s;
            m[i] = static_cast<char>(m[i] + 1);
            QVERIFY(!NoteSigner::parse_private_key(as_bytes(m)).ok());
            ++refused;
        }
        // The reference's two crafted keys, each with a key ID recomputed to match.
        CL_QCOMPARE_ERROR(
            parse_vkey(
                "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY=="),
            "note.bad_vkey");
        CL_QCOMPARE_ERROR(
            parse_vkey("PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"),
            "note.unsupported_key_type");
        CL_QCOMPARE_ERROR(
            parse_vkey("PeterNeumann+C74F20A3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"),
            "note.bad_vkey");
        CL_QCOMPARE_ERROR(
            parse_vkey("PeterNeumann+c74f20a4+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"),
            "note.vkey_key_id");
        qInfo("key manglings: %zu mangled vkeys and signer keys refused", refused);
    }

    void key_names_and_utf8_data() {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("url") << QByteArray("example.com/log42") << true;
        QTest::newRow("oid") << QByteArray("oid/1.3.6.1.4.1.99999") << true;
        QTest::newRow("non-ascii") << QByteArray("h\xC3\xB4pital.example/log") << true;
        QTest::newRow("em dash") << QByteArray("a\xE2\x80\x94z") << true;
        QTest::newRow("empty") << QByteArray("") << false;
        QTest::newRow("space") << QByteArray("a b") << false;
        QTest::newRow("plus") << QByteArray("a+b") << false;
        QTest::newRow("newline") << QByteArray("a\nb") << false;
        QTest::newRow("nel") << QByteArray("a\xC2\x85z") << false;
        QTest::newRow("en quad") << QByteArray("a\xE2\x80\x80z") << false;
        QTest::newRow("line separator") << QByteArray("a\xE2\x80\xA8z") << false;
        QTest::newRow("narrow nbsp") << QByteArray("a\xE2\x80\xAFz") << false;
        QTest::newRow("invalid utf-8") << QByteArray("a\xFFz") << false;
        QTest::newRow("beyond U+10FFFF") << QByteArray("a\xF4\x90\x80\x80z") << false;
    }
    void key_names_and_utf8() {
        QFETCH(QByteArray, name);
        QFETCH(bool, valid);
        QCOMPARE(is_valid_key_name(name.toStdString()), valid);
    }

private:
    int malformed_refused_ = 0;
};

QTEST_GUILESS_MAIN(TestNote)
#include "test_note.moc"
