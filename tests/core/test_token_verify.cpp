// Emergency token verification (DESIGN §8, §10): the negative matrix. Each row is a real token,
// or one mutated or forged at one layer (text, Base45, zlib, CBOR, COSE, key, signature, claims,
// time, ledger state, trust freshness, PIN, replay), verified with the real verifier, and the
// row asserts the exact "token.*" code. Rows that must pass (clock skew within bounds, PIN given,
// first use of a single-use token ...) assert what the verdict reports instead.
#include "ledger/cbor.h"
#include "test_support.h"
#include "token/base45.h"
#include "token/claims.h"
#include "token/cose.h"
#include "token/issue.h"
#include "token/token_text.h"
#include "token/verify.h"
#include "token/zlib_codec.h"

#include <map>
#include <random>
#include <set>
#include <zlib.h>

using namespace careledger;
using careledger::cbor::Value;

namespace {

constexpr UnixTime kIssued = 1'800'000'000; // 2027-01-15
constexpr UnixTime kNow = kIssued + 3600;
constexpr std::int64_t kDay = 86400;
constexpr const char* kOrigin = "example.org/consent-log";

// How a row's verifier is set up.
enum Setup : int {
    normal,
    token_revoked,
    token_unknown,
    stale_trust,
    pin_right,
    pin_wrong,
    seen_before, // the same verifier already accepted this token once
    other_issuer,
};

token::TriageSet sample_triage() {
    using token::CodeSystem;
    using token::Concept;
    token::TriageSet t;
    t.allergies.push_back({Concept{CodeSystem::snomed_ct, "91936005", "Penicillin"},
                           {Concept{CodeSystem::snomed_ct, "39579001", "Anaphylaxis"}},
                           token::Criticality::high});
    t.medications.push_back({Concept{CodeSystem::atc, "B01AA03", "Warfarin"}, "5 mg daily"});
    t.problems.push_back(Concept{CodeSystem::snomed_ct, "49436004", "Atrial fibrillation"});
    t.blood_type = token::BloodType{"882-1", *token::blood_group_concept("278149003")};
    t.contacts.push_back({"Sam Example", "spouse", "+44 20 7946 0000"});
    t.language = "en-GB";
    return t;
}

cbor::Map without(const cbor::Map& m, std::int64_t key) {
    cbor::Map out;
    for (const auto& [k, v] : m)
        if (!(k == Value::integer(key)))
            out.set(k, v);
    return out;
}

Bytes gzip_or_raw(ByteView data, int window_bits) {
    z_stream z{};
    deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY);
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

// Keys, tokens and forging tools shared by all rows.
class Fixture {
public:
    Fixture()
        : patient(crypto::SigningKey::from_seed(Bytes(32, 0x11)).value()),
          stranger(crypto::SigningKey::from_seed(Bytes(32, 0x22)).value()),
          retired(crypto::SigningKey::from_seed(Bytes(32, 0x33)).value()),
          other_patient(crypto::SigningKey::from_seed(Bytes(32, 0x44)).value()) {
        good = issue_token(false, nullptr, token::pin_kdf_interactive());
        second = issue_token(false, nullptr, token::pin_kdf_interactive());
        single_use = issue_token(true, nullptr, token::pin_kdf_interactive());
        const auto pin = crypto::SecureBuffer::copy_of(as_bytes("4711"));
        pin_token = issue_token(false, &pin, token::pin_kdf_interactive());
        weak_pin_token = issue_token(false, &pin, crypto::KdfParams::minimum());
        good_cose = token::decode_token_text(good.text).value();
        second_cose = token::decode_token_text(second.text).value();
    }

    token::IssuedToken issue_token(bool once, const crypto::SecureBuffer* pin,
                                   const crypto::KdfParams& kdf) const {
        token::IssueRequest r;
        r.issuer = kOrigin;
        r.now = kIssued;
        r.triage = sample_triage();
        r.single_use = once;
        r.pin = pin;
        r.pin_kdf = kdf;
        return token::issue(r, patient).value();
    }

    // The claims of a well-formed token, as a map to mutate.
    [[nodiscard]] cbor::Map claims() const {
        token::Claims c;
        c.issuer = kOrigin;
        c.issued_at = kIssued;
        c.expires_at = kIssued + kDay;
        c.token_id.fill(0x7c);
        c.categories = {"emergency"};
        c.purpose = "ETREAT";
        c.contents = token::encode_contents(sample_triage(), nullptr);
        return token::claims_map(c);
    }

    // Text of a COSE_Sign1 built from parts, signed by `key` over the given protected header.
    static std::string signed_text(ByteView protected_bytes, ByteView payload,
                                   const crypto::SigningKey& key) {
        const auto sig = key.sign(token::cose::sig_structure(protected_bytes, payload));
        return token::encode_token_text(
            token::cose::assemble(protected_bytes, {}, payload, view(sig)));
    }
    [[nodiscard]] std::string sign_claims(const cbor::Map& m) const {
        return token::encode_token_text(token::cose::sign1(cbor::encode(Value::map(m)), patient));
    }
    [[nodiscard]] std::string sign_payload(ByteView payload) const {
        return token::encode_token_text(token::cose::sign1(payload, patient));
    }
    // A protected header from a map, with the patient's kid unless the map sets label 4.
    [[nodiscard]] Bytes header(cbor::Map m, bool with_kid = true) const {
        if (with_kid && m.find(4) == nullptr)
            m.set(4, Value::bytes(view(crypto::key_id(patient.public_key()))));
        return cbor::encode(Value::map(std::move(m)));
    }
    [[nodiscard]] std::string with_header(const cbor::Map& m, bool with_kid = true) const {
        const Bytes prot = header(m, with_kid);
        return signed_text(prot, cbor::encode(Value::map(claims())), patient);
    }
    // Wraps raw bytes as if they were the compressed payload.
    static std::string raw(ByteView compressed) {
        return std::string(token::kTokenPrefix) + token::base45_encode(compressed);
    }
    // Wraps a CBOR/COSE byte string properly (zlib + Base45).
    static std::string wrap(ByteView cose) { return token::encode_token_text(cose); }

    crypto::SigningKey patient;
    crypto::SigningKey stranger;
    crypto::SigningKey retired;
    crypto::SigningKey other_patient;
    token::IssuedToken good;
    token::IssuedToken second;
    token::IssuedToken single_use;
    token::IssuedToken pin_token;
    token::IssuedToken weak_pin_token;
    Bytes good_cose;
    Bytes second_cose;
};

std::unique_ptr<Fixture> g_fx;
std::size_t g_rows = 0;
std::size_t g_negative_rows = 0;
std::set<QString> g_codes;

Value alg(std::int64_t a) {
    return Value::integer(a);
}

} // namespace

class TestTokenVerify : public QObject {
    Q_OBJECT

    static void row(const char* name, const std::string& text, const char* code,
                    Setup setup = normal, UnixTime now = kNow, int skew = 0,
                    qint64 skew_seconds = 0) {
        QTest::newRow(name) << QString::fromStdString(text) << QString(code) << int(setup)
                            << qint64(now) << skew << skew_seconds;
        ++g_rows;
        if (*code != '\0') {
            ++g_negative_rows;
            g_codes.insert(code);
        }
    }

private slots:
    void initTestCase() {
        test::init_core();
        g_fx = std::make_unique<Fixture>();
    }
    void cleanupTestCase() {
        qInfo("negative matrix: %zu rows (%zu rejections with %zu distinct codes, %zu accepted)",
              g_rows, g_negative_rows, g_codes.size(), g_rows - g_negative_rows);
        QVERIFY(g_negative_rows >= 40);
        g_fx.reset();
    }

    void matrix_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("setup");
        QTest::addColumn<qint64>("now");
        QTest::addColumn<int>("skew");
        QTest::addColumn<qint64>("skew_seconds");
        const Fixture& f = *g_fx;
        const std::string& g = f.good.text;
        const std::string body = g.substr(4);
        const Bytes& cose = f.good_cose;
        const std::int64_t exp = kIssued + kDay;

        // ---- Text: prefix, length -------------------------------------------------------------
        row("empty text", "", "token.bad_prefix");
        row("wrong prefix HC1:", "HC1:" + body, "token.bad_prefix");
        row("lower-case prefix", "cl1:" + body, "token.bad_prefix");
        row("no prefix", body, "token.bad_prefix");
        row("prefix without colon", "CL1" + body, "token.bad_prefix");
        row("text over 32 KiB", "CL1:" + std::string(33000, '0'), "token.too_large");
        // ---- Base45 -----------------------------------------------------------------------------
        std::string bad_char = g;
        bad_char[20] = 'a';
        row("Base45: lower-case character", bad_char, "token.bad_base45");
        std::string truncated = g;
        while ((truncated.size() - 4) % 3 != 1)
            truncated.pop_back();
        row("Base45: truncated", truncated, "token.bad_base45");
        row("Base45: group above 65535", g + "GGW", "token.bad_base45");
        std::string line_break = g;
        line_break[30] = '\n';
        row("Base45: line break inside", line_break, "token.bad_base45");
        // ---- zlib -------------------------------------------------------------------------------
        row("zlib: not compressed", Fixture::raw(cose), "token.bad_zlib");
        row("zlib: gzip wrapper", Fixture::raw(gzip_or_raw(cose, 15 + 16)), "token.bad_zlib");
        row("zlib: raw deflate", Fixture::raw(gzip_or_raw(cose, -15)), "token.bad_zlib");
        Bytes z = token::zlib_compress(cose);
        row("zlib: truncated stream", Fixture::raw(ByteView(z).first(z.size() - 4)),
            "token.bad_zlib");
        Bytes bad_adler = z;
        bad_adler.back() ^= 0x40;
        row("zlib: wrong Adler-32", Fixture::raw(bad_adler), "token.bad_zlib");
        Bytes trailing_zlib = z;
        trailing_zlib.push_back(0x00);
        row("zlib: trailing bytes after the stream", Fixture::raw(trailing_zlib),
            "token.trailing_bytes");
        row("zlib: bomb (1 MiB of zeros)",
            Fixture::raw(token::zlib_compress(Bytes(std::size_t{1} << 20, 0))), "token.zlib_bomb");
        std::mt19937 rng(64);
        Bytes noise(70000);
        for (auto& b : noise)
            b = (rng() & 1U) != 0 ? 'x' : 'y';
        row("zlib: inflates past the 64 KiB cap", Fixture::raw(token::zlib_compress(noise)),
            "token.too_large");
        // ---- CBOR -------------------------------------------------------------------------------
        row("CBOR: not CBOR", Fixture::wrap(test::unhex("ff00")), "token.bad_cbor");
        row("CBOR: truncated", Fixture::wrap(ByteView(cose).first(cose.size() - 10)),
            "token.bad_cbor");
        Bytes trailing_cbor = cose;
        trailing_cbor.push_back(0xf6);
        row("CBOR: trailing bytes after COSE", Fixture::wrap(trailing_cbor),
            "token.trailing_bytes");
        Bytes long_head = cose; // d2 84 ... -> d2 98 04 ...
        long_head[1] = 0x98;
        long_head.insert(long_head.begin() + 2, 0x04);
        row("CBOR: non-shortest array head", Fixture::wrap(long_head), "token.non_canonical");
        {
            Bytes unsorted = test::unhex("a20450");
            append(unsorted, view(crypto::key_id(f.patient.public_key())));
            append(unsorted, test::unhex("0127"));
            row("CBOR: protected header keys unsorted",
                Fixture::signed_text(unsorted, cbor::encode(Value::map(f.claims())), f.patient),
                "token.non_canonical");
        }
        // ---- COSE structure ---------------------------------------------------------------------
        const auto cose_value = cbor::decode(cose).value();
        const cbor::Array& items = *cose_value.if_tag()->content().if_array();
        row("COSE: tag 98 (COSE_Sign)",
            Fixture::wrap(cbor::encode(Value::tag(98, Value::array(items)))), "token.bad_cose");
        row("COSE: untagged", Fixture::wrap(cbor::encode(Value::array(items))), "token.bad_cose");
        row("COSE: three items",
            Fixture::wrap(
                cbor::encode(Value::tag(18, Value::array({items[0], items[1], items[2]})))),
            "token.bad_cose");
        row("COSE: five items",
            Fixture::wrap(cbor::encode(Value::tag(
                18, Value::array({items[0], items[1], items[2], items[3], Value::null()})))),
            "token.bad_cose");
        row("COSE: protected is a map, not a bstr",
            Fixture::wrap(cbor::encode(
                Value::tag(18, Value::array({cbor::decode(*items[0].if_bytes()).value(), items[1],
                                             items[2], items[3]})))),
            "token.bad_cose");
        {
            cbor::Map unprot;
            unprot.set(4, Value::bytes(view(crypto::key_id(f.patient.public_key()))));
            row("COSE: kid also in the unprotected header",
                Fixture::wrap(token::cose::assemble(*items[0].if_bytes(), unprot,
                                                    *items[2].if_bytes(), *items[3].if_bytes())),
                "token.bad_cose");
        }
        row("COSE: detached payload (nil)",
            Fixture::wrap(cbor::encode(
                Value::tag(18, Value::array({items[0], items[1], Value::null(), items[3]})))),
            "token.bad_cose");
        row("COSE: 63-byte signature",
            Fixture::wrap(token::cose::assemble(*items[0].if_bytes(), {}, *items[2].if_bytes(),
                                                ByteView(*items[3].if_bytes()).first(63))),
            "token.bad_cose");
        row("COSE: empty protected header",
            Fixture::signed_text({}, cbor::encode(Value::map(f.claims())), f.patient),
            "token.bad_cose");
        {
            cbor::Map m;
            row("COSE: alg missing", f.with_header(m), "token.bad_cose");
            m.set(1, alg(-7));
            row("COSE: alg ES256 (-7)", f.with_header(m), "token.wrong_algorithm");
            m.set(1, Value::text("EdDSA"));
            row("COSE: alg as text \"EdDSA\"", f.with_header(m), "token.wrong_algorithm");
            m.set(1, alg(-19)); // Ed25519 as the fully specified algorithm: not what we accept
            row("COSE: alg -19 (Ed25519)", f.with_header(m), "token.wrong_algorithm");
        }
        {
            cbor::Map m;
            m.set(1, alg(-8));
            m.set(2, Value::array({Value::uint(99)}));
            m.set(99, Value::uint(1));
            row("COSE: unknown critical header", f.with_header(m), "token.critical_header");
            cbor::Map empty_crit;
            empty_crit.set(1, alg(-8));
            empty_crit.set(2, Value::array({}));
            row("COSE: empty crit array", f.with_header(empty_crit), "token.bad_cose");
        }
        {
            cbor::Map m;
            m.set(1, alg(-8));
            row("COSE: kid missing", f.with_header(m, false), "token.bad_cose");
            m.set(4, Value::bytes(Bytes(8, 0xab)));
            row("COSE: kid 8 bytes", f.with_header(m), "token.bad_cose");
            m.set(4, Value::text("patient"));
            row("COSE: kid as text", f.with_header(m), "token.bad_cose");
        }
        // ---- Key and signature ------------------------------------------------------------------
        row("key: unknown kid (key not in the registry)",
            token::encode_token_text(
                token::cose::sign1(cbor::encode(Value::map(f.claims())), f.stranger)),
            "token.unknown_key");
        row("key: revoked patient key",
            token::encode_token_text(
                token::cose::sign1(cbor::encode(Value::map(f.claims())), f.retired)),
            "token.key_revoked");
        {
            Bytes sig = *items[3].if_bytes();
            sig[10] ^= 0x01;
            row("signature: one bit flipped",
                Fixture::wrap(
                    token::cose::assemble(*items[0].if_bytes(), {}, *items[2].if_bytes(), sig)),
                "token.bad_signature");
        }
        row("signature: by another registered key under the patient's kid",
            Fixture::signed_text(*items[0].if_bytes(), *items[2].if_bytes(), f.other_patient),
            "token.bad_signature");
        {
            const auto second_value = cbor::decode(f.second_cose).value();
            const cbor::Array& second_items = *second_value.if_tag()->content().if_array();
            row("signature: payload swapped with another token's",
                Fixture::wrap(token::cose::assemble(
                    *items[0].if_bytes(), {}, *second_items[2].if_bytes(), *items[3].if_bytes())),
                "token.bad_signature");
            cbor::Map extended = *cbor::decode(*items[0].if_bytes()).value().if_map();
            extended.set(99, Value::uint(1));
            row("signature: protected header extended after signing",
                Fixture::wrap(token::cose::assemble(f.header(extended), {}, *items[2].if_bytes(),
                                                    *items[3].if_bytes())),
                "token.bad_signature");
        }
        // ---- Claims (all correctly signed by the patient)
        // ----------------------------------------
        const cbor::Map claims = f.claims();
        row("claims: not a map", f.sign_payload(cbor::encode(Value::array({Value::uint(1)}))),
            "token.bad_claims");
        row("claims: non-canonical (unsorted keys)",
            f.sign_payload(test::unhex("a204010161"
                                       "78")),
            "token.non_canonical");
        row("claims: trailing bytes", f.sign_payload(test::unhex("a0f6")), "token.trailing_bytes");
        row("claims: cti missing", f.sign_claims(without(claims, token::kClaimCti)),
            "token.bad_claims");
        {
            cbor::Map m = claims;
            m.set(token::kClaimCti, Value::bytes(Bytes(8, 1)));
            row("claims: cti of 8 bytes", f.sign_claims(m), "token.bad_claims");
        }
        row("claims: exp missing", f.sign_claims(without(claims, token::kClaimExp)),
            "token.bad_claims");
        row("claims: iss missing", f.sign_claims(without(claims, token::kClaimIss)),
            "token.bad_claims");
        row("claims: scope missing", f.sign_claims(without(claims, token::kClaimScope)),
            "token.bad_claims");
        {
            cbor::Map m = claims;
            m.set(token::kClaimIat, Value::text("2027-01-15"));
            row("claims: iat as text", f.sign_claims(m), "token.bad_claims");
        }
        {
            cbor::Map m = claims;
            m.set(99, Value::uint(1));
            row("claims: unknown claim 99", f.sign_claims(m), "token.bad_claims");
        }
        {
            cbor::Map m = claims;
            m.set(token::kClaimScope,
                  Value::array({Value::array({Value::text("emergency")}), Value::text("TREAT")}));
            row("claims: purpose TREAT", f.sign_claims(m), "token.bad_claims");
            m.set(
                token::kClaimScope,
                Value::array({Value::array({Value::text("medications"), Value::text("allergies")}),
                              Value::text("ETREAT")}));
            row("claims: categories unsorted", f.sign_claims(m), "token.bad_claims");
        }
        row("claims: neither contents nor PIN",
            f.sign_claims(without(claims, token::kClaimContents)), "token.bad_claims");
        {
            cbor::Map m = claims;
            m.set(token::kClaimPin,
                  Value::array({Value::bytes(Bytes(16, 1)), Value::uint(2), Value::uint(67108864),
                                Value::bytes(Bytes(40, 2))}));
            row("claims: both contents and PIN", f.sign_claims(m), "token.bad_claims");
        }
        {
            cbor::Map bad_triage;
            bad_triage.set(1, Value::array({Value::array(
                                  {Value::text("Penicillin"), Value::array({}), Value::uint(9)})}));
            cbor::Map contents;
            contents.set(1, Value::map(bad_triage));
            cbor::Map m = claims;
            m.set(token::kClaimContents, Value::map(contents));
            row("claims: triage criticality 9", f.sign_claims(m), "token.bad_claims");
        }
        {
            cbor::Map m = claims;
            m.set(token::kClaimSummaryId, Value::bytes(Bytes(32, 3)));
            row("claims: summary id without its key", f.sign_claims(m), "token.bad_claims");
        }
        {
            cbor::Map m = claims;
            m.set(token::kClaimSingleUse, Value::boolean(false));
            row("claims: single-use false (must be absent)", f.sign_claims(m), "token.bad_claims");
        }
        row("claims: issued for another ledger", g, "token.wrong_issuer", other_issuer);
        // ---- Time -------------------------------------------------------------------------------
        row("time: iat 301 s in the future", g, "token.not_yet_valid", normal, kIssued - 301);
        row("time: a day before iat", g, "token.not_yet_valid", normal, kIssued - kDay);
        row("time: exp passed 300 s ago", g, "token.expired", normal, exp + 300);
        row("time: exp passed a week ago", g, "token.expired", normal, exp + 7 * kDay);
        {
            cbor::Map m = claims;
            m.set(token::kClaimExp, Value::uint(kIssued - 1));
            row("time: exp before iat", f.sign_claims(m), "token.bad_lifetime");
            m.set(token::kClaimExp, Value::uint(kIssued));
            row("time: exp equal to iat", f.sign_claims(m), "token.bad_lifetime");
            m.set(token::kClaimExp, Value::uint(kIssued + 365 * kDay + 1));
            row("time: lifetime over one year", f.sign_claims(m), "token.bad_lifetime");
            m.set(token::kClaimIat, Value::uint(0));
            row("time: iat zero", f.sign_claims(m), "token.bad_claims");
            m.set(token::kClaimIat, Value::uint(token::kMaxClaimTime - 10));
            m.set(token::kClaimExp, Value::uint(token::kMaxClaimTime + 1));
            row("time: exp after the year 9999", f.sign_claims(m), "token.bad_claims");
        }
        // ---- Ledger state and trust data -----------------------------------------------------
        row("ledger: token revoked", g, "token.revoked", token_revoked);
        row("ledger: token unknown to the ledger", g, "token.unknown_to_ledger", token_unknown);
        row("trust data: older than 24 h", g, "token.stale_trust_data", stale_trust);
        // ---- PIN and replay --------------------------------------------------------------------
        row("PIN: needed, none given", f.pin_token.text, "token.pin_required");
        row("PIN: wrong PIN", f.pin_token.text, "token.wrong_pin", pin_wrong);
        row("PIN: KDF cost below the verifier's floor", f.weak_pin_token.text, "token.bad_claims",
            pin_right);
        row("replay: single-use token used again on this verifier", f.single_use.text,
            "token.replay", seen_before);

        // ---- Accepted -------------------------------------------------------------------------
        row("ok: valid token", g, "");
        row("ok: iat 300 s ahead, within skew (reported)", g, "", normal, kIssued - 300, 1, 300);
        row("ok: 299 s past exp, within skew (reported)", g, "", normal, exp + 299, 2, 299);
        row("ok: at exp exactly, within skew (reported)", g, "", normal, exp, 2, 0);
        row("ok: CR LF around the text (scanner Enter key)", "\r\n" + g + "\r\n", "");
        row("ok: PIN given", f.pin_token.text, "", pin_right);
        row("ok: single-use token, first use", f.single_use.text, "");
        row("ok: reusable token, second use", g, "", seen_before);
        {
            cbor::Map m;
            m.set(1, alg(-8));
            m.set(99, Value::uint(1));
            row("ok: unknown non-critical protected header", f.with_header(m), "");
        }
    }

    void matrix() {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(int, setup);
        QFETCH(qint64, now);
        QFETCH(int, skew);
        QFETCH(qint64, skew_seconds);
        const Fixture& f = *g_fx;

        const auto right_pin = crypto::SecureBuffer::copy_of(as_bytes("4711"));
        const auto wrong_pin = crypto::SecureBuffer::copy_of(as_bytes("4712"));
        token::MemorySeenTokens seen;
        token::VerifyContext ctx;
        ctx.now = now;
        ctx.trust_as_of = setup == stale_trust ? kNow - 25 * std::int64_t{3600} : kNow - 600;
        ctx.expected_issuer = setup == other_issuer ? "example.net/other-log" : kOrigin;
        const crypto::KeyId patient_kid = crypto::key_id(f.patient.public_key());
        ctx.lookup_key = [&](const crypto::KeyId& kid) {
            for (const auto* k : {&f.patient, &f.other_patient})
                if (crypto::key_id(k->public_key()) == kid)
                    return token::KeyLookup{token::KeyState::active, k->public_key()};
            if (crypto::key_id(f.retired.public_key()) == kid)
                return token::KeyLookup{token::KeyState::revoked, f.retired.public_key()};
            return token::KeyLookup{};
        };
        ctx.token_state = [&](const ledger::TokenId&) {
            if (setup == token_revoked)
                return token::TokenState::revoked;
            if (setup == token_unknown)
                return token::TokenState::unknown;
            return token::TokenState::active;
        };
        if (setup == pin_right)
            ctx.pin = &right_pin;
        if (setup == pin_wrong)
            ctx.pin = &wrong_pin;
        ctx.seen = &seen;
        const std::string token_text = text.toStdString();
        if (setup == seen_before)
            CL_QVERIFY_OK(token::verify(token_text, ctx)); // the first use

        const auto verdict = token::verify(token_text, ctx);
        if (!code.isEmpty()) {
            CL_QCOMPARE_ERROR(verdict, code);
            QVERIFY(!verdict.error().message.empty());
            return;
        }
        CL_QVERIFY_OK(verdict);
        QCOMPARE(int(verdict->skew), skew);
        QCOMPARE(qint64(verdict->skew_seconds), skew_seconds);
        QVERIFY(verdict->patient_key_id == patient_kid);
        QCOMPARE(verdict->issued_at, kIssued);
        QVERIFY(verdict->triage == sample_triage());
        QCOMPARE(QString::fromStdString(verdict->purpose), QString("ETREAT"));
    }

    // What a successful verdict carries, for a token with the off-ledger summary pointer.
    void verdict_carries_everything() {
        const Fixture& f = *g_fx;
        const auto sealed = token::seal_summary(as_bytes("full IPS summary")).value();
        token::IssueRequest r;
        r.issuer = kOrigin;
        r.now = kIssued;
        r.lifetime = 7 * kDay;
        r.categories = {"allergies", "emergency", "medications"};
        r.triage = sample_triage();
        r.summary = &sealed.pointer;
        const auto issued = token::issue(r, f.patient);
        CL_QVERIFY_OK(issued);
        QCOMPARE(issued->expires_at, kIssued + 7 * kDay);
        const auto payload = issued->ledger_payload();
        QVERIFY(payload.token_id == issued->token_id);
        QCOMPARE(payload.expiry, std::uint64_t(kIssued + 7 * kDay));

        token::VerifyContext ctx;
        ctx.now = kNow;
        ctx.trust_as_of = kNow;
        ctx.lookup_key = [&](const crypto::KeyId&) {
            return token::KeyLookup{token::KeyState::active, f.patient.public_key()};
        };
        ctx.token_state = [&](const ledger::TokenId& id) {
            return id == issued->token_id ? token::TokenState::active : token::TokenState::unknown;
        };
        const auto v = token::verify(issued->text, ctx);
        CL_QVERIFY_OK(v);
        QVERIFY(v->token_id == issued->token_id);
        QVERIFY(v->patient_key == f.patient.public_key());
        QCOMPARE(v->expires_at, kIssued + 7 * kDay);
        QCOMPARE(v->categories, r.categories);
        QCOMPARE(QString::fromStdString(v->issuer), QString(kOrigin));
        QVERIFY(v->summary.has_value());
        const auto opened = token::open_summary(sealed.blob, *v->summary);
        CL_QVERIFY_OK(opened);
        QCOMPARE(to_string(opened->view()), std::string("full IPS summary"));
        QVERIFY(!v->pin_protected && !v->single_use && !v->replay_checked);

        // A registry that hands back a key other than the one the kid names is not trusted.
        ctx.lookup_key = [&](const crypto::KeyId&) {
            return token::KeyLookup{token::KeyState::active, f.other_patient.public_key()};
        };
        CL_QCOMPARE_ERROR(token::verify(issued->text, ctx), "token.unknown_key");
        // Unset callbacks fail closed.
        token::VerifyContext bare;
        bare.now = kNow;
        bare.trust_as_of = kNow;
        CL_QCOMPARE_ERROR(token::verify(issued->text, bare), "token.unknown_key");
        bare.lookup_key = [&](const crypto::KeyId&) {
            return token::KeyLookup{token::KeyState::active, f.patient.public_key()};
        };
        CL_QCOMPARE_ERROR(token::verify(issued->text, bare), "token.unknown_to_ledger");
    }

    // A PIN token reveals nothing of the triage set without the PIN.
    void pin_token_hides_the_triage_set() {
        const Fixture& f = *g_fx;
        const Bytes cose = token::decode_token_text(f.pin_token.text).value();
        for (const char* secret : {"Penicillin", "Warfarin", "Sam Example", "Anaphylaxis"}) {
            const std::string s(secret);
            QVERIFY2(std::search(cose.begin(), cose.end(), s.begin(), s.end()) == cose.end(),
                     secret);
        }
        const Bytes plain = token::decode_token_text(f.good.text).value();
        const std::string s("Penicillin");
        QVERIFY(std::search(plain.begin(), plain.end(), s.begin(), s.end()) != plain.end());
    }

    void issue_rejects_bad_requests_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty issuer") << 0 << "token.bad_request";
        QTest::newRow("lifetime 0") << 1 << "token.bad_request";
        QTest::newRow("lifetime over a year") << 2 << "token.bad_request";
        QTest::newRow("no categories") << 3 << "token.bad_request";
        QTest::newRow("category with upper case") << 4 << "token.bad_request";
        QTest::newRow("triage over limits") << 5 << "token.bad_triage";
        QTest::newRow("PIN of 3 digits") << 6 << "token.bad_pin";
    }
    void issue_rejects_bad_requests() {
        QFETCH(int, which);
        QFETCH(QString, code);
        token::IssueRequest r;
        r.issuer = kOrigin;
        r.now = kIssued;
        const auto short_pin = crypto::SecureBuffer::copy_of(as_bytes("123"));
        switch (which) {
        case 0:
            r.issuer.clear();
            break;
        case 1:
            r.lifetime = 0;
            break;
        case 2:
            r.lifetime = 365 * kDay + 1;
            break;
        case 3:
            r.categories.clear();
            break;
        case 4:
            r.categories = {"Emergency"};
            break;
        case 5:
            r.triage.notes.assign(2000, 'n');
            break;
        default:
            r.pin = &short_pin;
            break;
        }
        CL_QCOMPARE_ERROR(token::issue(r, g_fx->patient), code);
    }

    // Token ids are random: 1,000 tokens, 1,000 distinct ids.
    void token_ids_are_unique() {
        std::set<ledger::TokenId> ids;
        token::IssueRequest r;
        r.issuer = kOrigin;
        r.now = kIssued;
        for (int i = 0; i < 1000; ++i)
            ids.insert(token::issue(r, g_fx->patient).value().token_id);
        QCOMPARE(ids.size(), std::size_t{1000});
        qInfo("token ids: %zu distinct of 1000 issued", ids.size());
    }
};

QTEST_GUILESS_MAIN(TestTokenVerify)
#include "test_token_verify.moc"
