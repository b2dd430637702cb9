// Ledger entries: the wire form written out by hand, round trips of every type, a bit flip at
// every byte rejected, non-canonical and malformed variants (properly signed) rejected with their
// codes, the 64 KiB bound, and the patient tag formula.
#include "crypto/ed25519.h"
#include "crypto/hash.h"
#include "ledger/cbor.h"
#include "ledger/entry.h"
#include "test_support.h"

#include <functional>
#include <map>
#include <optional>

using namespace careledger;
using namespace careledger::ledger;
using careledger::view;

namespace {

const std::string kOrigin = "example.org/consent-log";
constexpr std::uint64_t kTime = 1700000000; // 0x6553f100
constexpr std::uint64_t kDay = 86400;

crypto::SigningKey key_from(std::uint8_t fill) {
    return crypto::SigningKey::from_seed(Bytes(32, fill)).value();
}

template <std::size_t N> std::array<std::uint8_t, N> filled(std::uint8_t v) {
    std::array<std::uint8_t, N> a{};
    a.fill(v);
    return a;
}

std::string hex_of(ByteView b) {
    return to_hex(b);
}
QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// [body, signature] assembled by hand around arbitrary body bytes, signed by `key` over the
// context string and exactly those bytes: a correctly signed entry whose body may be anything.
Bytes assemble(ByteView body, const crypto::SigningKey& key) {
    Bytes message = to_bytes("careledger/entry/v1\n");
    append(message, body);
    const auto sig = key.sign(message);
    Bytes out{0x82};
    append(out, body);
    out.push_back(0x58);
    out.push_back(0x40);
    append(out, view(sig));
    return out;
}

// `body` with the single occurrence of hex `from` replaced by hex `to`.
Bytes replace_once(const Bytes& body, const std::string& from, const std::string& to) {
    std::string h = to_hex(body);
    std::size_t at = h.find(from);
    while (at != std::string::npos && at % 2 != 0)
        at = h.find(from, at + 1);
    if (at == std::string::npos || h.find(from, at + 2) != std::string::npos)
        qFatal("replace_once: %s must occur exactly once", from.c_str());
    h.replace(at, from.size(), to);
    return from_hex(h).value();
}

// The body re-encoded after an edit of its decoded map (canonical bytes, edited meaning).
Bytes edit_map(const Bytes& body, const std::function<void(cbor::Map&)>& edit) {
    cbor::Map m = *cbor::decode(body)->if_map();
    edit(m);
    return cbor::encode(cbor::Value::map(std::move(m)));
}

} // namespace

class TestEntry : public QObject {
    Q_OBJECT

    std::optional<crypto::SigningKey> patient_, provider_, registrar_;
    PatientTag tag_{};

    [[nodiscard]] EntryBody body(const crypto::SigningKey& author, Payload payload,
                                 std::optional<PatientTag> tag, std::uint64_t seq = 1) const {
        return EntryBody{author.public_key(), kTime, seq, tag, std::move(payload)};
    }

    [[nodiscard]] GrantPayload grant_terms() const {
        return GrantPayload{provider_->public_key(),
                            {"allergies", "lab-results"},
                            "TREAT",
                            "view",
                            kTime,
                            kTime + 30 * kDay,
                            std::nullopt};
    }

    // One body of every type (and every variant of a type that changes the wire form).
    [[nodiscard]] std::vector<std::pair<std::string, EntryBody>> samples() const {
        GrantPayload with_erase = grant_terms();
        with_erase.mode = "view-download";
        with_erase.erase_by = kTime + 60 * kDay;
        return {
            {"identity patient",
             body(*patient_, IdentityPayload{Role::patient, filled<32>(0xb0)}, tag_)},
            {"identity provider",
             body(*provider_, IdentityPayload{Role::provider, filled<32>(0xb1)}, std::nullopt)},
            {"identity registrar",
             body(*registrar_, IdentityPayload{Role::registrar, filled<32>(0xb2)}, std::nullopt)},
            {"certify", body(*registrar_,
                             CertifyPayload{provider_->public_key(), "Dr. Åsa Lindqvist",
                                            "Södersjukhuset", "emergency-department"},
                             std::nullopt, 2)},
            {"grant", body(*patient_, grant_terms(), tag_, 2)},
            {"grant erase-by", body(*patient_, with_erase, tag_, 3)},
            {"revoke", body(*patient_, RevokePayload{filled<32>(0x11)}, tag_, 4)},
            {"access grant",
             body(*provider_, AccessPayload{filled<32>(0x11), {"allergies"}, "TREAT"}, tag_, 2)},
            {"access emergency",
             body(*provider_, AccessPayload{filled<16>(0x22), {"allergies"}, "ETREAT"}, tag_, 3)},
            {"emergency issue",
             body(*patient_, EmergencyIssuePayload{filled<16>(0x22), kTime + 86400, {"allergies"}},
                  tag_, 5)},
            {"emergency revoke",
             body(*patient_, EmergencyRevokePayload{filled<16>(0x22)}, tag_, 6)},
            {"anchor", body(*patient_, AnchorPayload{filled<32>(0x33), "lab-results"}, tag_, 7)},
        };
    }

    [[nodiscard]] SignedEntry signed_grant() const {
        return sign(body(*patient_, grant_terms(), tag_, 2), *patient_).value();
    }

private slots:
    void initTestCase() {
        test::init_core();
        patient_.emplace(key_from(0x01));
        provider_.emplace(key_from(0x02));
        registrar_.emplace(key_from(0x03));
        tag_ = patient_tag(kOrigin, patient_->public_key());
    }

    void patient_tag_formula() {
        // SHA-256 over the concatenation, built here byte by byte.
        Bytes preimage = to_bytes("careledger/tag/v1\n");
        append(preimage, as_bytes(kOrigin));
        append(preimage, view(patient_->public_key()));
        QCOMPARE(q(hex_of(view(tag_))), q(hex_of(view(crypto::sha256(preimage)))));
        QVERIFY(patient_tag("other.example/log", patient_->public_key()) != tag_);
        QVERIFY(patient_tag(kOrigin, provider_->public_key()) != tag_);
    }

    // The REVOKE wire form written out from the header's table, key by key.
    void wire_form_by_hand() {
        const EntryId grant_id = filled<32>(0x11);
        const EntryBody b = body(*patient_, RevokePayload{grant_id}, tag_, 5);
        const std::string expected_body = "a6"   // map of 6
                                          "0104" // 1: type 4
                                          "025820" +
                                          hex_of(view(b.author)) + // 2: author
                                          "031a6553f100"           // 3: time
                                          "0405"                   // 4: seq 5
                                          "055820" +
                                          hex_of(view(tag_)) +               // 5: patient tag
                                          "0a5820" + hex_of(view(grant_id)); // 10: grant id
        QCOMPARE(q(to_hex(encode_body(b))), q(expected_body));

        const auto e = sign(b, *patient_);
        CL_QVERIFY_OK(e);
        QCOMPARE(q(to_hex(e->bytes())),
                 q(to_hex(assemble(from_hex(expected_body).value(), *patient_))));
        QCOMPARE(q(to_hex(e->body_bytes())), q(expected_body));
        Bytes leaf{0x00};
        append(leaf, e->bytes());
        QCOMPARE(q(hex_of(view(entry_id(*e)))), q(hex_of(view(crypto::sha256(leaf)))));

        // GRANT, with strings, an array and no erase-by (11 keys).
        const EntryBody g = body(*patient_, grant_terms(), tag_, 2);
        const std::string expected_grant = "ab"
                                           "0103"
                                           "025820" +
                                           hex_of(view(g.author)) +
                                           "031a6553f100"
                                           "0402"
                                           "055820" +
                                           hex_of(view(tag_)) + "0a5820" +
                                           hex_of(view(provider_->public_key())) +
                                           "0b82"
                                           "69616c6c657267696573"
                                           "6b6c61622d726573756c7473" // ["allergies","lab-results"]
                                           "0c655452454154"           // "TREAT"
                                           "0d6476696577"             // "view"
                                           "0e1a6553f100"             // not-before
                                           "0f1a657b7e00";            // expiry = +30 days
        QCOMPARE(q(to_hex(encode_body(g))), q(expected_grant));
    }

    void round_trip_every_type_data() {
        QTest::addColumn<int>("which");
        const auto all = samples();
        for (std::size_t i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].first.c_str()) << static_cast<int>(i);
        qInfo("entry types and variants round-tripped: %zu (all 8 types)", all.size());
    }

    void round_trip_every_type() {
        QFETCH(int, which);
        const EntryBody b = samples()[static_cast<std::size_t>(which)].second;
        const crypto::SigningKey& k = b.author == patient_->public_key()    ? *patient_
                                      : b.author == provider_->public_key() ? *provider_
                                                                            : *registrar_;
        const auto e = sign(b, k);
        CL_QVERIFY_OK(e);
        QVERIFY(e->body() == b);
        QCOMPARE(e->bytes().size(), std::size_t{1} + encode_body(b).size() + 66);

        const auto d = decode_entry(e->bytes());
        CL_QVERIFY_OK(d);
        QVERIFY(d->body() == b);
        QVERIFY(d->signature() == e->signature());
        QVERIFY(*d == *e);
        QCOMPARE(d->type(), b.type());
        // The signature verifies with the bare primitive over context || body bytes.
        Bytes message = to_bytes("careledger/entry/v1\n");
        append(message, encode_body(b));
        QVERIFY(crypto::verify(b.author, message, view(d->signature())));
        QVERIFY(entry_id(*d) == entry_id(e->bytes()));
    }

    void decoded_values_are_exact() {
        const auto all = samples();
        const auto e = sign(all[7].second, *provider_); // access under a grant
        const auto d = decode_entry(e->bytes());
        CL_QVERIFY_OK(d);
        const auto& a = std::get<AccessPayload>(d->body().payload);
        QCOMPARE(a.basis(), AccessBasis::grant);
        QVERIFY(std::get<EntryId>(a.reference) == filled<32>(0x11));
        QCOMPARE(a.categories, std::vector<std::string>{"allergies"});
        QCOMPARE(d->body().time, kTime);
        QCOMPARE(QString::fromLatin1(type_name(d->type()).data()), QString("ACCESS"));
    }

    // Flip bits in every byte of a signed GRANT: each copy is rejected (a different byte string
    // cannot decode to the same entry, and any other decoding fails the signature).
    void tamper_every_byte() {
        const SignedEntry original = signed_grant();
        const Bytes& good = original.bytes();
        std::map<std::string, int> by_code;
        int mutations = 0;
        int accepted = 0;
        for (std::size_t i = 0; i < good.size(); ++i) {
            static constexpr std::array<std::uint8_t, 4> kMasks{0x01, 0x20, 0x80, 0xff};
            for (const std::uint8_t mask : kMasks) {
                Bytes bad = good;
                bad[i] ^= mask;
                ++mutations;
                const auto r = decode_entry(bad);
                if (r.ok()) {
                    ++accepted;
                    QVERIFY2(r->body() == original.body() && r->signature() == original.signature(),
                             "a tampered entry decoded to a different valid entry");
                } else {
                    ++by_code[r.error().code];
                }
            }
        }
        for (std::size_t n = 0; n < good.size(); ++n) {
            ++mutations;
            const auto r = decode_entry(ByteView(good).first(n));
            QVERIFY(!r.ok());
            ++by_code[r.error().code];
        }
        QString summary;
        for (const auto& [code, count] : by_code)
            summary += QString(" %1=%2").arg(QString::fromStdString(code)).arg(count);
        qInfo("entry of %zu bytes: %d mutations and truncations, %d accepted; rejections:%s",
              good.size(), mutations, accepted, qPrintable(summary));
        QCOMPARE(accepted, 0);
        QVERIFY(by_code["entry.bad_signature"] > 0);
    }

    // Variants of a GRANT, each correctly signed over its own body bytes, each rejected.
    void rejects_variants_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("code");
        const auto& list = variants();
        for (std::size_t i = 0; i < list.size(); ++i)
            QTest::newRow(list[i].name.c_str()) << static_cast<int>(i) << QString(list[i].code);
        qInfo("non-canonical or malformed entry variants: %zu", list.size());
    }

    void rejects_variants() {
        QFETCH(int, which);
        QFETCH(QString, code);
        const Bytes input = variants()[static_cast<std::size_t>(which)].make();
        CL_QCOMPARE_ERROR(decode_entry(input), code);
        if (code == "entry.bad_signature")
            CL_QVERIFY_OK(decode_entry_unverified(input)); // only the signature is wrong
        else
            CL_QCOMPARE_ERROR(decode_entry_unverified(input), code);
    }

    void sign_refuses_bad_bodies() {
        CL_QCOMPARE_ERROR(sign(body(*patient_, grant_terms(), tag_), *provider_),
                          "entry.author_mismatch");
        CL_QCOMPARE_ERROR(sign(body(*patient_, grant_terms(), std::nullopt), *patient_),
                          "entry.patient_tag");
        CL_QCOMPARE_ERROR(
            sign(body(*provider_, IdentityPayload{Role::provider, {}}, tag_), *provider_),
            "entry.patient_tag");
        CL_QCOMPARE_ERROR(
            sign(body(*patient_, IdentityPayload{Role::patient, {}}, std::nullopt), *patient_),
            "entry.patient_tag");
        CertifyPayload bad_text{provider_->public_key(), "\xc3\x28", "org", "laboratory"};
        CL_QCOMPARE_ERROR(sign(body(*registrar_, bad_text, std::nullopt), *registrar_),
                          "entry.bad_field");
    }

    // The size bound is exact: an entry of 65,535 bytes passes, one byte more does not.
    void size_bound() {
        CertifyPayload c{provider_->public_key(), "x", "org", "laboratory"};
        const auto measure = [&](std::size_t name_length) {
            c.display_name.assign(name_length, 'n');
            return sign(body(*registrar_, c, std::nullopt), *registrar_);
        };
        const std::size_t probe = 60000;
        const std::size_t overhead = measure(probe)->bytes().size() - probe;
        const auto exact = measure(kMaxEntryBytes - overhead);
        CL_QVERIFY_OK(exact);
        QCOMPARE(exact->bytes().size(), kMaxEntryBytes);
        CL_QVERIFY_OK(decode_entry(exact->bytes()));
        CL_QCOMPARE_ERROR(measure(kMaxEntryBytes - overhead + 1), "entry.too_large");
        const Bytes over = assemble(encode_body(body(*registrar_, c, std::nullopt)), *registrar_);
        QCOMPARE(over.size(), kMaxEntryBytes + 1);
        CL_QCOMPARE_ERROR(decode_entry(over), "entry.too_large");
        qInfo("largest accepted entry: %zu bytes", exact->bytes().size());
    }

    void unverified_decoding_skips_only_the_signature() {
        Bytes bad = signed_grant().bytes();
        bad.back() ^= 0x01;
        CL_QCOMPARE_ERROR(decode_entry(bad), "entry.bad_signature");
        const auto u = decode_entry_unverified(bad);
        CL_QVERIFY_OK(u);
        QVERIFY(!signature_valid(*u));
        QVERIFY(u->body() == signed_grant().body());
        QVERIFY(signature_valid(signed_grant()));
    }

private:
    struct Variant {
        std::string name;
        const char* code;
        std::function<Bytes()> make;
    };

    // Built lazily (the keys exist only after initTestCase).
    const std::vector<Variant>& variants() {
        if (!variants_.empty())
            return variants_;
        const Bytes body_bytes = encode_body(body(*patient_, grant_terms(), tag_, 2));
        const crypto::SigningKey* pk = &*patient_; // pointers: keys are move-only
        auto signed_body = [pk](const Bytes& b) { return assemble(b, *pk); };
        auto with_edit = [=](const std::function<void(cbor::Map&)>& f) {
            return [=] { return signed_body(edit_map(body_bytes, f)); };
        };
        auto with_bytes = [=](const std::string& from, const std::string& to) {
            return [=] { return signed_body(replace_once(body_bytes, from, to)); };
        };
        // Drops one key/value pair (given as hex) and lowers the map's count to match.
        auto without = [=](const std::string& pair) {
            return [=] {
                Bytes b = replace_once(body_bytes, pair, "");
                b[0] = static_cast<std::uint8_t>(b[0] - 1);
                return signed_body(b);
            };
        };
        const std::string tag_hex = "055820" + hex_of(view(tag_));
        const std::string cats = "0b8269616c6c657267696573";
        const crypto::SigningKey* other = &*provider_;
        variants_ = {
            // Non-canonical CBOR inside a correctly signed body.
            {"time non-shortest", "cbor.non_shortest",
             with_bytes("031a6553f100", "031b000000006553f100")},
            {"seq non-shortest", "cbor.non_shortest", with_bytes("0402", "041802")},
            {"key non-shortest", "cbor.non_shortest", with_bytes("0d6476696577", "180d6476696577")},
            {"map head non-shortest", "cbor.non_shortest",
             [=] {
                 Bytes b = body_bytes;
                 b[0] = 0x0b;
                 b.insert(b.begin(), 0xb8); // map(11) as b8 0b
                 return signed_body(b);
             }},
            {"category length non-shortest", "cbor.non_shortest",
             with_bytes("69616c6c657267696573", "7809616c6c657267696573")},
            {"categories indefinite", "cbor.indefinite_length",
             with_bytes(cats + "6b6c61622d726573756c7473",
                        "0b9f69616c6c6572676965736b6c61622d726573756c7473ff")},
            {"keys unsorted", "cbor.unsorted_keys",
             with_bytes("0d6476696577"
                        "0e1a6553f100",
                        "0e1a6553f100"
                        "0d6476696577")},
            {"key duplicated", "cbor.duplicate_key",
             [=] {
                 Bytes b = replace_once(body_bytes, "0d6476696577", "0d64766965770d6476696577");
                 b[0] = 0xac; // 12 pairs
                 return signed_body(b);
             }},
            {"float time", "cbor.float", with_bytes("031a6553f100", "03fa4ecaa7e2")},
            {"category not UTF-8", "cbor.invalid_utf8",
             with_bytes("69616c6c657267696573", "69616c6c6572676965ff")},
            {"categories nested", "cbor.too_deep", with_bytes(cats, "0b828169616c6c657267696573")},
            {"trailing byte", "cbor.trailing_bytes",
             [=] {
                 Bytes e = signed_body(body_bytes);
                 e.push_back(0x00);
                 return e;
             }},
            // Well-formed CBOR that is not an entry.
            {"array of three", "entry.malformed",
             [=] {
                 Bytes e = signed_body(body_bytes);
                 e[0] = 0x83;
                 e.push_back(0xf6);
                 return e;
             }},
            {"not an array", "entry.malformed", [=] { return cbor::encode(cbor::Value::map({})); }},
            {"body as bstr", "entry.malformed",
             [=] {
                 Bytes e{0x82};
                 cbor::encode_to(e, cbor::Value::bytes(body_bytes));
                 cbor::encode_to(e, cbor::Value::bytes(Bytes(64, 0)));
                 return e;
             }},
            {"signature 63 bytes", "entry.malformed",
             [=] {
                 Bytes e = signed_body(body_bytes);
                 e.pop_back();
                 e[e.size() - 63 - 1] = 0x3f;
                 return e;
             }},
            {"unknown key 17", "entry.unknown_field",
             with_edit([](cbor::Map& m) { m.set(17, cbor::Value::uint(0)); })},
            {"key of another type", "entry.unknown_field",
             with_edit([](cbor::Map& m) { m.set(9, cbor::Value::uint(0)); })},
            {"text key", "entry.unknown_field",
             with_edit([](cbor::Map& m) { m.set(cbor::Value::text("1"), cbor::Value::uint(3)); })},
            {"negative key", "entry.unknown_field",
             with_edit([](cbor::Map& m) { m.set(-1, cbor::Value::uint(3)); })},
            {"type 9", "entry.unknown_type",
             with_edit([](cbor::Map& m) { m.set(1, cbor::Value::uint(9)); })},
            {"type 0", "entry.unknown_type",
             with_edit([](cbor::Map& m) { m.set(1, cbor::Value::uint(0)); })},
            {"type as text", "entry.unknown_type",
             with_edit([](cbor::Map& m) { m.set(1, cbor::Value::text("GRANT")); })},
            {"time missing", "entry.missing_field", without("031a6553f100")},
            {"expiry missing", "entry.missing_field", without("0f1a657b7e00")},
            {"author 31 bytes", "entry.bad_field",
             with_edit([](cbor::Map& m) { m.set(2, cbor::Value::bytes(Bytes(31, 1))); })},
            {"time negative", "entry.bad_field",
             with_edit([](cbor::Map& m) { m.set(3, cbor::Value::integer(-5)); })},
            {"purpose as bytes", "entry.bad_field",
             with_edit([](cbor::Map& m) { m.set(12, cbor::Value::bytes(to_bytes("TREAT"))); })},
            {"category as int", "entry.bad_field", with_edit([](cbor::Map& m) {
                 m.set(11, cbor::Value::array({cbor::Value::uint(1)}));
             })},
            {"erase-by as text", "entry.bad_field",
             with_edit([](cbor::Map& m) { m.set(16, cbor::Value::text("soon")); })},
            {"patient tag missing", "entry.patient_tag", without(tag_hex)},
            {"patient tag on CERTIFY", "entry.patient_tag",
             [=, this] {
                 EntryBody c = body(*registrar_,
                                    CertifyPayload{provider_->public_key(), "n", "o", "laboratory"},
                                    std::nullopt);
                 const Bytes cb = edit_map(encode_body(c), [&](cbor::Map& m) {
                     m.set(5, cbor::Value::bytes(view(tag_)));
                 });
                 return assemble(cb, *registrar_);
             }},
            {"identity role 4", "entry.bad_field",
             [=, this] {
                 EntryBody i = body(*provider_, IdentityPayload{Role::provider, {}}, std::nullopt);
                 const Bytes ib = edit_map(encode_body(i),
                                           [](cbor::Map& m) { m.set(10, cbor::Value::uint(4)); });
                 return assemble(ib, *provider_);
             }},
            {"access basis 3", "entry.bad_field",
             [=, this] {
                 EntryBody a = body(*provider_, AccessPayload{filled<32>(1), {"a"}, "TREAT"}, tag_);
                 const Bytes ab = edit_map(encode_body(a),
                                           [](cbor::Map& m) { m.set(10, cbor::Value::uint(3)); });
                 return assemble(ab, *provider_);
             }},
            {"access grant basis with token id", "entry.bad_field",
             [=, this] {
                 EntryBody a =
                     body(*provider_, AccessPayload{filled<16>(1), {"a"}, "ETREAT"}, tag_);
                 const Bytes ab = edit_map(encode_body(a),
                                           [](cbor::Map& m) { m.set(10, cbor::Value::uint(1)); });
                 return assemble(ab, *provider_);
             }},
            {"signed by someone else", "entry.bad_signature",
             [=] { return assemble(body_bytes, *other); }},
            {"signature over body without context", "entry.bad_signature",
             [=] {
                 Bytes e = signed_body(body_bytes);
                 const auto sig = pk->sign(body_bytes);
                 std::copy(sig.begin(), sig.end(), e.end() - 64);
                 return e;
             }},
            {"over 65,535 bytes", "entry.too_large",
             [=] { return Bytes(kMaxEntryBytes + 1, 0x00); }},
        };
        return variants_;
    }

    std::vector<Variant> variants_;
};

QTEST_GUILESS_MAIN(TestEntry)
#include "test_entry.moc"
