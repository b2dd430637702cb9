// The layers of an emergency token, each on its own: Base45 against RFC 9285's examples and
// rules, zlib (RFC 1950 only, bomb and size caps, trailing data, checksums), COSE_Sign1 bytes
// checked against a hand-assembled RFC 9052 structure, CWT claims, the compact triage set, the
// PIN lock and the off-ledger summary.
#include "crypto/aead.h"
#include "ledger/cbor.h"
#include "test_support.h"
#include "token/base45.h"
#include "token/claims.h"
#include "token/cose.h"
#include "token/errors.h"
#include "token/pin_lock.h"
#include "token/summary.h"
#include "token/triage.h"
#include "token/zlib_codec.h"

#include <random>
#include <sodium.h>
#include <zlib.h>

using namespace careledger;
using careledger::cbor::Value;

namespace {

QByteArray qhex(ByteView b) {
    return QByteArray::fromStdString(to_hex(b));
}

// Raw deflate or gzip of `data` straight from zlib, to prove the decoder refuses both wrappers.
Bytes deflate_with_window_bits(ByteView data, int window_bits) {
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        return {};
    Bytes out(deflateBound(&z, static_cast<uLong>(data.size())) + 32);
    z.next_in = const_cast<Bytef*>(data.data()); // NOLINT(cppcoreguidelines-pro-type-const-cast)
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = out.data();
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

// A zlib stream that needs a preset dictionary (FDICT set).
Bytes deflate_with_dictionary(ByteView data) {
    z_stream z{};
    deflateInit(&z, Z_BEST_COMPRESSION);
    const std::string dict = "careledger emergency token";
    deflateSetDictionary(&z, reinterpret_cast<const Bytef*>(dict.data()), // NOLINT
                         static_cast<uInt>(dict.size()));
    Bytes out(deflateBound(&z, static_cast<uLong>(data.size())) + 64);
    z.next_in = const_cast<Bytef*>(data.data()); // NOLINT(cppcoreguidelines-pro-type-const-cast)
    z.avail_in = static_cast<uInt>(data.size());
    z.next_out = out.data();
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

// Bytes whose deflate ratio lies between the ratio guard and the size cap: one random bit per
// byte (two symbols) compresses about 7-fold.
Bytes two_symbol_noise(std::size_t n, std::uint32_t seed) {
    std::mt19937 rng(seed);
    Bytes out(n);
    for (auto& b : out)
        b = (rng() & 1U) != 0 ? 'a' : 'b';
    return out;
}

token::TriageSet full_triage() {
    using token::CodeSystem;
    using token::Concept;
    token::TriageSet t;
    t.allergies.push_back({Concept{CodeSystem::snomed_ct, "91936005", "Allergy to penicillin"},
                           {Concept{CodeSystem::snomed_ct, "39579001", "Anaphylaxis"},
                            Concept{CodeSystem::none, "", "Swollen lips"}},
                           token::Criticality::high});
    t.allergies.push_back({Concept{CodeSystem::none, "", "Latex"}, {}, token::Criticality::low});
    t.medications.push_back(
        {Concept{CodeSystem::rxnorm, "860975", "Metformin 500 mg XR"}, "500 mg twice daily"});
    t.medications.push_back({Concept{CodeSystem::atc, "B01AA03", "Warfarin"}, ""});
    t.problems.push_back(Concept{CodeSystem::icd10, "I48.9", ""});
    t.problems.push_back(Concept{CodeSystem::snomed_ct, "44054006", "Diabetes mellitus type 2"});
    t.blood_type = token::BloodType{"882-1", *token::blood_group_concept("278147001")};
    t.advance_directive = Concept{CodeSystem::none, "", "Do not attempt CPR"};
    t.contacts.push_back({"Sam Example", "spouse", "+44 20 7946 0000"});
    t.contacts.push_back({"", "GP surgery", "+44 20 7946 0999"});
    t.language = "en-GB";
    t.notes = "Pacemaker fitted 2023. Caf\xC3\xA9 owner, speaks French.";
    return t;
}

} // namespace

class TestTokenCodec : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::init_core(); }

    // ---- Base45 (RFC 9285) -------------------------------------------------------------------

    void base45_rfc_examples_data() {
        QTest::addColumn<QByteArray>("plain");
        QTest::addColumn<QString>("encoded");
        // RFC 9285 §4.3 (encoding) and §4.4 (decoding) examples.
        QTest::newRow("AB") << QByteArray("AB") << "BB8";
        QTest::newRow("Hello!!") << QByteArray("Hello!!") << "%69 VD92EX0";
        QTest::newRow("base-45") << QByteArray("base-45") << "UJCLQE7W581";
        QTest::newRow("ietf!") << QByteArray("ietf!") << "QED8WEX0";
        QTest::newRow("empty") << QByteArray() << "";
        // Edges: the largest pair (0xffff -> "FGW") and single byte (0xff -> "U5").
        QTest::newRow("ffff") << QByteArray("\xff\xff", 2) << "FGW";
        QTest::newRow("ff") << QByteArray("\xff", 1) << "U5";
        QTest::newRow("zero") << QByteArray("\x00\x00\x00", 3) << "00000";
    }
    void base45_rfc_examples() {
        QFETCH(QByteArray, plain);
        QFETCH(QString, encoded);
        const Bytes bytes(plain.begin(), plain.end());
        QCOMPARE(QString::fromStdString(token::base45_encode(bytes)), encoded);
        const auto decoded = token::base45_decode(encoded.toStdString());
        CL_QVERIFY_OK(decoded);
        QCOMPARE(qhex(*decoded), qhex(bytes));
    }

    void base45_rejects_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("lower case") << "bb8";
        QTest::newRow("outside alphabet") << "BB8!";
        QTest::newRow("length 1") << "A";
        QTest::newRow("length 4") << "BB8A";
        QTest::newRow("triple above 65535 (GGW = 65536)") << "GGW";
        QTest::newRow("triple ZZZ") << "ZZZ";
        QTest::newRow("pair above 255 (V5 = 256)") << "V5";
        QTest::newRow("pair ZZ") << "BB8ZZ";
        QTest::newRow("newline inside") << "BB\n";
        QTest::newRow("NUL byte") << QString::fromLatin1("BB\0", 3);
    }
    void base45_rejects() {
        QFETCH(QString, text);
        const std::string s = text.toLatin1().toStdString();
        CL_QCOMPARE_ERROR(token::base45_decode(s), "token.bad_base45");
    }

    void base45_random_round_trips() {
        std::mt19937 rng(45);
        int checked = 0;
        for (int i = 0; i < 2000; ++i) {
            Bytes b(rng() % 64);
            for (auto& x : b)
                x = static_cast<std::uint8_t>(rng());
            const std::string text = token::base45_encode(b);
            QCOMPARE(text.size(), b.size() / 2 * 3 + (b.size() % 2) * 2);
            const auto back = token::base45_decode(text);
            CL_QVERIFY_OK(back);
            QCOMPARE(qhex(*back), qhex(b));
            ++checked;
        }
        qInfo("Base45: %d random round trips", checked);
    }

    // ---- zlib -----------------------------------------------------------------------------

    void zlib_round_trip_is_rfc1950() {
        const Bytes data = to_bytes("emergency token payload, emergency token payload");
        const Bytes z = token::zlib_compress(data);
        QVERIFY(z.size() >= 6);
        // RFC 1950 §2.2: CM = 8 (deflate), CINFO <= 7, FCHECK makes CMF*256+FLG a multiple of 31,
        // no preset dictionary.
        QCOMPARE(z[0] & 0x0f, 8);
        QVERIFY((z[0] >> 4) <= 7);
        QCOMPARE((z[0] * 256 + z[1]) % 31, 0);
        QCOMPARE(z[1] & 0x20, 0);
        const auto back = token::zlib_inflate(z);
        CL_QVERIFY_OK(back);
        QCOMPARE(to_string(*back), to_string(data));
        // The Adler-32 trailer is the checksum of the data (big-endian).
        const uLong adler =
            adler32(adler32(0, nullptr, 0), data.data(), static_cast<uInt>(data.size()));
        QCOMPARE(get_u32_be(ByteView(z).subspan(z.size() - 4)), static_cast<std::uint32_t>(adler));
    }

    void zlib_rejects_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("code");
        const Bytes data =
            to_bytes("a token's COSE object would be here, a few hundred bytes long");
        const auto q = [](const Bytes& b) {
            return QByteArray(reinterpret_cast<const char*>(b.data()), // NOLINT
                              static_cast<qsizetype>(b.size()));
        };
        const Bytes good = token::zlib_compress(data);
        QTest::newRow("empty") << QByteArray() << "token.bad_zlib";
        QTest::newRow("not zlib") << QByteArray("\xa2\x01\x27\x04\x50", 5) << "token.bad_zlib";
        QTest::newRow("gzip wrapper")
            << q(deflate_with_window_bits(data, 15 + 16)) << "token.bad_zlib";
        QTest::newRow("raw deflate") << q(deflate_with_window_bits(data, -15)) << "token.bad_zlib";
        QTest::newRow("preset dictionary") << q(deflate_with_dictionary(data)) << "token.bad_zlib";
        Bytes truncated(good.begin(), good.end() - 5);
        QTest::newRow("truncated") << q(truncated) << "token.bad_zlib";
        Bytes bad_adler = good;
        bad_adler.back() ^= 0x01;
        QTest::newRow("wrong Adler-32") << q(bad_adler) << "token.bad_zlib";
        Bytes trailing = good;
        trailing.push_back(0x00);
        QTest::newRow("trailing byte") << q(trailing) << "token.trailing_bytes";
        Bytes two = good;
        append(two, good);
        QTest::newRow("two streams") << q(two) << "token.trailing_bytes";
        QTest::newRow("bomb: 1 MiB of zeros")
            << q(token::zlib_compress(Bytes(std::size_t{1} << 20, 0))) << "token.zlib_bomb";
        QTest::newRow("over the 64 KiB cap at a modest ratio")
            << q(token::zlib_compress(two_symbol_noise(70000, 7))) << "token.too_large";
    }
    void zlib_rejects() {
        QFETCH(QByteArray, input);
        QFETCH(QString, code);
        const Bytes bytes(input.begin(), input.end());
        CL_QCOMPARE_ERROR(token::zlib_inflate(bytes), code);
    }

    void zlib_limits_are_the_ones_asked_for() {
        // 60,000 bytes of two-symbol noise: under the default cap, over a tighter one, and its
        // ratio (about 7) is under the default guard but over a guard of 3.
        const Bytes noise = two_symbol_noise(60000, 11);
        const Bytes z = token::zlib_compress(noise);
        const double ratio = static_cast<double>(noise.size()) / static_cast<double>(z.size());
        qInfo("two-symbol noise: %zu -> %zu bytes (ratio %.1f)", noise.size(), z.size(), ratio);
        QVERIFY(ratio > 3 && ratio < 20);
        CL_QVERIFY_OK(token::zlib_inflate(z));
        token::InflateLimits tight;
        tight.max_output = 50000;
        CL_QCOMPARE_ERROR(token::zlib_inflate(z, tight), "token.too_large");
        token::InflateLimits strict_ratio;
        strict_ratio.max_ratio = 3;
        CL_QCOMPARE_ERROR(token::zlib_inflate(z, strict_ratio), "token.zlib_bomb");
    }

    // ---- COSE_Sign1 (RFC 9052) --------------------------------------------------------------

    void cose_bytes_match_rfc9052_layout() {
        const auto key = crypto::SigningKey::from_seed(Bytes(32, 0x07)).value();
        const crypto::KeyId kid = crypto::key_id(key.public_key());
        const Bytes payload = to_bytes("CWT claims here"); // < 24 bytes: one-byte head
        const Bytes cose = token::cose::sign1(payload, key);

        // Hand-assembled: protected = h'A2 01 27 04 50 <kid>' ({1: -8, 4: h'<kid>'}).
        Bytes prot = test::unhex("a201270450");
        append(prot, view(kid));
        QCOMPARE(qhex(token::cose::protected_header(kid)), qhex(prot));
        // Sig_structure = ["Signature1", protected, h'', payload].
        Bytes sig_structure = test::unhex("846a5369676e61747572653155");
        append(sig_structure, prot);
        sig_structure.push_back(0x40);
        sig_structure.push_back(static_cast<std::uint8_t>(0x40 + payload.size()));
        append(sig_structure, payload);
        QCOMPARE(qhex(token::cose::sig_structure(prot, payload)), qhex(sig_structure));
        // 18([protected, {}, payload, signature]); Ed25519 is deterministic, so the signature
        // is the one libsodium makes over the hand-built Sig_structure.
        const crypto::Signature sig = key.sign(sig_structure);
        Bytes expected = test::unhex("d28455");
        append(expected, prot);
        expected.push_back(0xa0);
        expected.push_back(static_cast<std::uint8_t>(0x40 + payload.size()));
        append(expected, payload);
        append(expected, test::unhex("5840"));
        append(expected, view(sig));
        QCOMPARE(qhex(cose), qhex(expected));

        const auto decoded = token::cose::decode_sign1(cose);
        CL_QVERIFY_OK(decoded);
        QCOMPARE(qhex(view(decoded->kid)), qhex(view(kid)));
        QCOMPARE(qhex(decoded->payload), qhex(payload));
        QVERIFY(token::cose::signature_valid(*decoded, key.public_key()));
        const auto other = crypto::SigningKey::from_seed(Bytes(32, 0x08)).value();
        QVERIFY(!token::cose::signature_valid(*decoded, other.public_key()));
    }

    void cose_random_payloads_round_trip() {
        const auto key = crypto::SigningKey::generate();
        std::mt19937 rng(9052);
        int n = 0;
        for (; n < 200; ++n) {
            Bytes payload(rng() % 600);
            for (auto& b : payload)
                b = static_cast<std::uint8_t>(rng());
            const Bytes cose = token::cose::sign1(payload, key);
            const auto decoded = token::cose::decode_sign1(cose);
            CL_QVERIFY_OK(decoded);
            QCOMPARE(qhex(decoded->payload), qhex(payload));
            QVERIFY(token::cose::signature_valid(*decoded, key.public_key()));
        }
        qInfo("COSE_Sign1: %d random payloads signed, decoded and verified", n);
    }

    // ---- CWT claims (RFC 8392) --------------------------------------------------------------

    void claims_round_trip_and_layout() {
        token::Claims c;
        c.issuer = "example.org/consent-log";
        c.issued_at = 1'800'000'000;
        c.expires_at = 1'800'086'400;
        for (std::size_t i = 0; i < c.token_id.size(); ++i)
            c.token_id[i] = static_cast<std::uint8_t>(i);
        c.categories = {"allergies", "emergency"};
        c.purpose = "ETREAT";
        c.summary_id = crypto::sha256(as_bytes("blob"));
        c.single_use = true;
        const auto summary_key = crypto::SecureBuffer::copy_of(Bytes(32, 0x5a));
        c.contents = token::encode_contents(full_triage(), &summary_key);
        const Bytes encoded = token::encode_claims(c);

        // Registered claims keep their RFC 8392 keys: 1 iss, 4 exp, 6 iat, 7 cti.
        const auto map = cbor::decode(encoded).value();
        QCOMPARE(*map.if_map()->find(1)->if_text(), c.issuer);
        QCOMPARE(*map.if_map()->find(4)->if_uint(), c.expires_at);
        QCOMPARE(*map.if_map()->find(6)->if_uint(), c.issued_at);
        QCOMPARE(map.if_map()->find(7)->if_bytes()->size(), std::size_t{16});
        // Private claims sit below -65536 (RFC 8392 §9.1): -65537 is 3a 00 01 00 00.
        const Bytes private_key = test::unhex("3a00010000");
        QVERIFY(std::search(encoded.begin(), encoded.end(), private_key.begin(),
                            private_key.end()) != encoded.end());
        for (const auto& [key, value] : *map.if_map()) {
            const auto k = key.as_int().value();
            QVERIFY2((k >= 1 && k <= 7) || k < -65536, "claim key outside registered/private");
        }

        const auto back = token::decode_claims(encoded);
        CL_QVERIFY_OK(back);
        QCOMPARE(QString::fromStdString(back->issuer), QString::fromStdString(c.issuer));
        QCOMPARE(back->issued_at, c.issued_at);
        QCOMPARE(back->expires_at, c.expires_at);
        QCOMPARE(qhex(view(back->token_id)), qhex(view(c.token_id)));
        QCOMPARE(back->categories, c.categories);
        QCOMPARE(QString::fromStdString(back->purpose), QString("ETREAT"));
        QVERIFY(back->single_use);
        QVERIFY(back->summary_id == c.summary_id);
        QVERIFY(back->contents.has_value() && !back->pin.has_value());
        const auto contents = token::decode_contents(*back->contents, true);
        CL_QVERIFY_OK(contents);
        QVERIFY(contents->triage == full_triage());
        QVERIFY(contents->summary_key.equals(summary_key.view()));
        // The same key without a summary id is refused.
        CL_QCOMPARE_ERROR(token::decode_contents(*back->contents, false), "token.bad_claims");
    }

    // ---- Triage set ---------------------------------------------------------------------------

    void triage_round_trip_and_compact_forms() {
        const token::TriageSet t = full_triage();
        CL_QVERIFY_OK(token::check_triage(t));
        const Value v = token::encode_triage(t);
        const Bytes bytes = cbor::encode(v);
        const auto back = token::decode_triage(cbor::decode(bytes).value());
        CL_QVERIFY_OK(back);
        QVERIFY(*back == t);
        // Compact forms: the blood group is the bare SNOMED CT code, SNOMED/RxNorm codes are
        // integers, ATC and ICD-10 codes text.
        const auto* m = v.if_map();
        QCOMPARE(*m->find(4)->if_uint(), std::uint64_t{278147001});
        const auto& penicillin = (*(*m->find(1)->if_array())[0].if_array())[0];
        QCOMPARE(*(*penicillin.if_array())[1].if_uint(), std::uint64_t{91936005});
        const auto& warfarin = (*(*m->find(2)->if_array())[1].if_array())[0];
        QCOMPARE(*(*warfarin.if_array())[1].if_text(), std::string("B01AA03"));
        qInfo("full triage set: %zu bytes of CBOR", bytes.size());

        // A blood type outside the value set (or with another display) keeps the long form.
        token::TriageSet other;
        other.blood_type =
            token::BloodType{"883-9+10331-7", {token::CodeSystem::none, "", "A RhD positive"}};
        const Value ov = token::encode_triage(other);
        QVERIFY(ov.if_map()->find(4)->if_array() != nullptr);
        QVERIFY(*token::decode_triage(ov) == other);
    }

    void triage_strict_decoding_data() {
        QTest::addColumn<QString>("diagnostic_hint");
        QTest::addColumn<QByteArray>("cbor_hex");
        // Each a canonical CBOR map that breaks one rule of the compact form.
        QTest::newRow("unknown key 9") << "{9: \"x\"}"
                                       << QByteArray("a10961"
                                                     "78");
        QTest::newRow("key 0") << "{0: \"x\"}"
                               << QByteArray("a10061"
                                             "78");
        QTest::newRow("empty allergies") << "{1: []}" << QByteArray("a10180");
        QTest::newRow("empty notes") << "{8: \"\"}" << QByteArray("a10860");
        QTest::newRow("text-only concept empty") << "{3: [\"\"]}" << QByteArray("a1038160");
        QTest::newRow("system 0 in array form") << "{3: [[0, \"x\", \"y\"]]}"
                                                << QByteArray("a103818300617861"
                                                              "79");
        QTest::newRow("unknown system 6") << "{3: [[6, \"x\", \"y\"]]}"
                                          << QByteArray("a103818306617861"
                                                        "79");
        QTest::newRow("SNOMED code as text") << "{3: [[1, \"12\", \"y\"]]}"
                                             << QByteArray("a10381830162313261"
                                                           "79");
        QTest::newRow("ATC code as integer") << "{3: [[3, 12, \"y\"]]}"
                                             << QByteArray("a1038183030c61"
                                                           "79");
        QTest::newRow("criticality 4") << "{1: [[\"x\", [], 4]]}"
                                       << QByteArray("a1018183617880"
                                                     "04");
        QTest::newRow("blood code outside value set") << "{4: 1234}" << QByteArray("a1041904d2");
        QTest::newRow("blood long form where compact applies")
            << "{4: [\"882-1\", [1, 278147001, \"Blood group O Rh(D) positive\"]]}"
            << QByteArray("a10482653838322d3183011a10942fb9781c426c6f6f642067726f7570204f205268"
                          "28442920706f736974697665");
        QTest::newRow("contact with neither name nor phone")
            << "{6: [[\"\", \"spouse\", \"\"]]}" << QByteArray("a1068183606673706f75736560");
        QTest::newRow("language not text") << "{7: 1}" << QByteArray("a10701");
        QTest::newRow("not a map") << "[]" << QByteArray("80");
    }
    void triage_strict_decoding() {
        QFETCH(QByteArray, cbor_hex);
        const auto value = cbor::decode(test::unhex(cbor_hex.constData()));
        CL_QVERIFY_OK(value);
        CL_QCOMPARE_ERROR(token::decode_triage(*value), "token.bad_claims");
    }

    void triage_limits_at_issue_data() {
        QTest::addColumn<int>("which");
        QTest::newRow("33 allergies") << 0;
        QTest::newRow("9 reactions") << 1;
        QTest::newRow("5 contacts") << 2;
        QTest::newRow("201-byte text") << 3;
        QTest::newRow("1001-byte notes") << 4;
        QTest::newRow("invalid UTF-8") << 5;
        QTest::newRow("SNOMED code with a leading zero") << 6;
        QTest::newRow("code without system") << 7;
    }
    void triage_limits_at_issue() {
        QFETCH(int, which);
        using token::CodeSystem;
        using token::Concept;
        token::TriageSet t;
        const Concept x{CodeSystem::none, "", "x"};
        switch (which) {
        case 0:
            t.allergies.assign(33, token::Allergy{x, {}, token::Criticality::low});
            break;
        case 1:
            t.allergies.push_back({x, std::vector<Concept>(9, x), token::Criticality::low});
            break;
        case 2:
            t.contacts.assign(5, token::EmergencyContact{"a", "", ""});
            break;
        case 3:
            t.problems.push_back(Concept{CodeSystem::none, "", std::string(201, 'p')});
            break;
        case 4:
            t.notes.assign(1001, 'n');
            break;
        case 5:
            t.language = "\xC3";
            break;
        case 6:
            t.problems.push_back(Concept{CodeSystem::snomed_ct, "0123", "x"});
            break;
        default:
            t.problems.push_back(Concept{CodeSystem::none, "123", "x"});
            break;
        }
        CL_QCOMPARE_ERROR(token::check_triage(t), "token.bad_triage");
    }

    // ---- PIN lock and summary -----------------------------------------------------------------

    void pin_cost_is_libsodium_interactive() {
        const auto p = token::pin_kdf_interactive();
        QCOMPARE(p.opslimit,
                 static_cast<std::uint64_t>(crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE));
        QCOMPARE(p.memlimit,
                 static_cast<std::uint64_t>(crypto_pwhash_argon2id_MEMLIMIT_INTERACTIVE));
        QCOMPARE(token::pin_kdf_ceiling().memlimit,
                 static_cast<std::uint64_t>(crypto_pwhash_argon2id_MEMLIMIT_MODERATE));
    }

    void pin_lock_opens_only_with_the_pin() {
        const auto pin = crypto::SecureBuffer::copy_of(as_bytes("4711"));
        const auto wrong = crypto::SecureBuffer::copy_of(as_bytes("4712"));
        const Bytes ad = to_bytes("bound to one token");
        const auto params = crypto::KdfParams::minimum();
        const auto lock = token::pin_seal(pin, as_bytes("triage"), ad, params);
        CL_QVERIFY_OK(lock);
        const auto opened = token::pin_open(pin, *lock, ad, params);
        CL_QVERIFY_OK(opened);
        QCOMPARE(to_string(opened->view()), std::string("triage"));
        CL_QCOMPARE_ERROR(token::pin_open(wrong, *lock, ad, params), "token.wrong_pin");
        CL_QCOMPARE_ERROR(token::pin_open(pin, *lock, as_bytes("another token"), params),
                          "token.wrong_pin");
        // Below the verifier's floor, the token is refused before any KDF runs.
        CL_QCOMPARE_ERROR(token::pin_open(pin, *lock, ad, token::pin_kdf_interactive()),
                          "token.bad_claims");
        // PINs too short or too long.
        CL_QCOMPARE_ERROR(token::pin_seal(crypto::SecureBuffer::copy_of(as_bytes("123")),
                                          as_bytes("x"), ad, params),
                          "token.bad_pin");
        CL_QCOMPARE_ERROR(token::pin_seal(crypto::SecureBuffer::copy_of(Bytes(65, '1')),
                                          as_bytes("x"), ad, params),
                          "token.bad_pin");
    }

    void summary_seal_and_open() {
        const Bytes plain = to_bytes("{\"resourceType\":\"Bundle\", ... the full summary ...}");
        const auto sealed = token::seal_summary(plain);
        CL_QVERIFY_OK(sealed);
        QVERIFY(sealed->pointer.blob_id == crypto::sha256(sealed->blob));
        QCOMPARE(sealed->pointer.key.size(), std::size_t{32});
        QVERIFY(std::search(sealed->blob.begin(), sealed->blob.end(), plain.begin(), plain.end()) ==
                sealed->blob.end());
        const auto opened = token::open_summary(sealed->blob, sealed->pointer);
        CL_QVERIFY_OK(opened);
        QCOMPARE(to_string(opened->view()), to_string(plain));

        Bytes tampered = sealed->blob;
        tampered[30] ^= 0x01;
        CL_QCOMPARE_ERROR(token::open_summary(tampered, sealed->pointer), "token.summary_mismatch");
        token::SummaryPointer wrong_key{sealed->pointer.blob_id, crypto::random_secret(32)};
        CL_QCOMPARE_ERROR(token::open_summary(sealed->blob, wrong_key), "token.summary_mismatch");
        CL_QCOMPARE_ERROR(token::seal_summary(Bytes(token::kMaxSummaryBytes + 1, 0)),
                          "token.too_large");
    }
};

QTEST_GUILESS_MAIN(TestTokenCodec)
#include "test_token_codec.moc"
