// Deterministic CBOR: RFC 8949 Appendix A examples (both directions), every non-canonical or
// out-of-subset form rejected with its own code, random round trips, decoding limits, and proof
// that a claimed length never makes the decoder allocate more than the input could hold.
#include "ledger/cbor.h"
#include "test_support.h"

#include <cstdlib>
#include <map>
#include <new>
#include <random>

using namespace careledger;
using careledger::cbor::Value;

// ---- Allocation probe ---------------------------------------------------------------------------
// The test binary replaces the global allocator so it can record the largest single request made
// while the probe is armed: the real decoder, no mock, is watched for allocations driven by an
// attacker-chosen length.
namespace {
bool g_probe_armed = false;
std::size_t g_largest_request = 0;
} // namespace

void* operator new(std::size_t size) {
    if (g_probe_armed && size > g_largest_request)
        g_largest_request = size;
    if (void* p = std::malloc(size == 0 ? 1 : size)) // NOLINT(cppcoreguidelines-no-malloc)
        return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept {
    std::free(p);
} // NOLINT(cppcoreguidelines-no-malloc)
void operator delete(void* p, std::size_t /*size*/) noexcept {
    std::free(p); // NOLINT(cppcoreguidelines-no-malloc)
}

namespace {

// from_hex("") hands libsodium a null pointer, which UBSan flags; an empty row needs no parsing.
Bytes hex(const QByteArray& h) {
    return h.isEmpty() ? Bytes{} : test::unhex(h.constData());
}
QByteArray qhex(ByteView b) {
    return QByteArray::fromStdString(to_hex(b));
}

// A random value from the whole subset, nested up to `depth` more levels.
class RandomValues {
public:
    explicit RandomValues(std::uint64_t seed) : rng_(seed) {}

    Value next(int depth) {
        const std::uint64_t kind = pick(depth > 0 ? 9 : 6);
        switch (kind) {
        case 0:
            return Value::uint(integer());
        case 1:
            return Value::negative(integer());
        case 2: {
            Bytes b(pick(40));
            for (auto& x : b)
                x = static_cast<std::uint8_t>(pick(256));
            return Value::bytes(std::move(b));
        }
        case 3:
            return Value::text(text());
        case 4:
            return pick(2) == 0 ? Value::boolean(pick(2) == 1) : Value::null();
        case 5:
            return Value::uint(pick(30)); // small keys, so maps see collisions
        case 6: {
            cbor::Array a;
            for (std::uint64_t i = pick(6); i > 0; --i)
                a.push_back(next(depth - 1));
            return Value::array(std::move(a));
        }
        case 7: {
            cbor::Map m;
            for (std::uint64_t i = pick(6); i > 0; --i)
                m.set(next(depth - 1), next(depth - 1));
            return Value::map(std::move(m));
        }
        default:
            return Value::tag(integer(), next(depth - 1));
        }
    }

private:
    std::uint64_t pick(std::uint64_t n) { return rng_() % n; }
    // Spread over every head width: 0-23, 1, 2, 4 and 8 bytes.
    std::uint64_t integer() {
        const std::uint64_t bits = pick(65);
        if (bits == 0)
            return 0;
        const std::uint64_t v = rng_();
        return bits == 64 ? v : v & ((std::uint64_t{1} << bits) - 1);
    }
    std::string text() {
        static const char* const kPieces[] = {
            "a", "Z", "\xc3\xbc", "\xe6\xb0\xb4", "\xf0\x90\x85\x91", "\"", "\\", "\x01", " ", "-"};
        std::string s;
        for (std::uint64_t i = pick(12); i > 0; --i)
            s += kPieces[pick(std::size(kPieces))];
        return s;
    }
    std::mt19937_64 rng_;
};

Bytes nested_arrays(std::size_t levels) {
    Bytes b(levels, 0x81); // [[[...]]]
    b.push_back(0x00);
    return b;
}

} // namespace

class TestCbor : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::init_core(); }

    // RFC 8949 Appendix A, the rows inside our subset (no floats, no undefined, no simple(n),
    // definite lengths only). Bignums (tags 2 and 3) are plain tags in our value model, so their
    // diagnostic form shows the tag rather than the integer the RFC prints.
    void rfc8949_appendix_a_data() {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QString>("diag");
        const std::pair<const char*, const char*> rows[] = {
            {"00", "0"},
            {"01", "1"},
            {"0a", "10"},
            {"17", "23"},
            {"1818", "24"},
            {"1819", "25"},
            {"1864", "100"},
            {"1903e8", "1000"},
            {"1a000f4240", "1000000"},
            {"1b000000e8d4a51000", "1000000000000"},
            {"1bffffffffffffffff", "18446744073709551615"},
            {"c249010000000000000000", "2(h'010000000000000000')"},
            {"3bffffffffffffffff", "-18446744073709551616"},
            {"c349010000000000000000", "3(h'010000000000000000')"},
            {"20", "-1"},
            {"29", "-10"},
            {"3863", "-100"},
            {"3903e7", "-1000"},
            {"f4", "false"},
            {"f5", "true"},
            {"f6", "null"},
            {"c074323031332d30332d32315432303a30343a30305a", "0(\"2013-03-21T20:04:00Z\")"},
            {"c11a514b67b0", "1(1363896240)"},
            {"d74401020304", "23(h'01020304')"},
            {"d818456449455446", "24(h'6449455446')"},
            {"d82076687474703a2f2f7777772e6578616d706c652e636f6d",
             "32(\"http://www.example.com\")"},
            {"40", "h''"},
            {"4401020304", "h'01020304'"},
            {"60", "\"\""},
            {"6161", "\"a\""},
            {"6449455446", "\"IETF\""},
            {"62225c", "\"\\\"\\\\\""},
            {"62c3bc", "\"\\u00fc\""},
            {"63e6b0b4", "\"\\u6c34\""},
            {"64f0908591", "\"\\ud800\\udd51\""},
            {"80", "[]"},
            {"83010203", "[1, 2, 3]"},
            {"8301820203820405", "[1, [2, 3], [4, 5]]"},
            {"98190102030405060708090a0b0c0d0e0f101112131415161718181819",
             "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, "
             "24, 25]"},
            {"a0", "{}"},
            {"a201020304", "{1: 2, 3: 4}"},
            {"a26161016162820203", "{\"a\": 1, \"b\": [2, 3]}"},
            {"826161a161626163", "[\"a\", {\"b\": \"c\"}]"},
            {"a56161614161626142616361436164614461656145",
             "{\"a\": \"A\", \"b\": \"B\", \"c\": \"C\", \"d\": \"D\", \"e\": \"E\"}"},
        };
        for (const auto& [encoded, diag] : rows)
            QTest::newRow(diag) << QByteArray(encoded) << QString::fromUtf8(diag);
        qInfo("RFC 8949 Appendix A examples checked both ways: %zu", std::size(rows));
    }

    void rfc8949_appendix_a() {
        QFETCH(QByteArray, encoded);
        QFETCH(QString, diag);
        const auto decoded = cbor::decode(hex(encoded));
        CL_QVERIFY_OK(decoded);
        QCOMPARE(QString::fromStdString(cbor::diagnostic(*decoded)), diag);
        QCOMPARE(qhex(cbor::encode(*decoded)), encoded);
    }

    // Values built through the API encode to the bytes RFC 8949 prescribes.
    void encoder_builds_canonical_forms_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("int -1") << 0 << QByteArray("20");
        QTest::newRow("int min") << 1 << QByteArray("3b7fffffffffffffff");
        QTest::newRow("int max") << 2 << QByteArray("1b7fffffffffffffff");
        QTest::newRow("uint 255/256") << 3 << QByteArray("8218ff190100");
        QTest::newRow("uint 65535/65536") << 4 << QByteArray("8219ffff1a00010000");
        QTest::newRow("uint 2^32-1/2^32") << 5 << QByteArray("821affffffff1b0000000100000000");
        QTest::newRow("bytes 24") << 6 << QByteArray("5818" + QByteArray(48, '0'));
        QTest::newRow("tag 18") << 7 << QByteArray("d28440a0f6f6");
        // RFC 8949 §4.2.1: keys 10, 100, -1, "z", "aa", [100], [-1], false, in that order.
        QTest::newRow("map order") << 8
                                   << QByteArray("a80a0018640120026"
                                                 "17a0362616104811864058120"
                                                 "06f407");
    }

    void encoder_builds_canonical_forms() {
        QFETCH(int, which);
        QFETCH(QByteArray, expected);
        Value v;
        switch (which) {
        case 0:
            v = Value::integer(-1);
            break;
        case 1:
            v = Value::integer(std::numeric_limits<std::int64_t>::min());
            break;
        case 2:
            v = Value::integer(std::numeric_limits<std::int64_t>::max());
            break;
        case 3:
            v = Value::array({Value::uint(255), Value::uint(256)});
            break;
        case 4:
            v = Value::array({Value::uint(65535), Value::uint(65536)});
            break;
        case 5:
            v = Value::array({Value::uint(0xffffffff), Value::uint(0x100000000)});
            break;
        case 6:
            v = Value::bytes(Bytes(24, 0));
            break;
        case 7: // COSE_Sign1 shape: 18([h'', {}, null, null])
            v = Value::tag(18, Value::array({Value::bytes(Bytes{}), Value::map({}), Value::null(),
                                             Value::null()}));
            break;
        default: {
            cbor::Map m; // inserted scrambled; Map keeps canonical order
            m.set(Value::boolean(false), Value::uint(7));
            m.set(Value::text("aa"), Value::uint(4));
            m.set(Value::array({Value::integer(-1)}), Value::uint(6));
            m.set(Value::uint(100), Value::uint(1));
            m.set(Value::text("z"), Value::uint(3));
            m.set(Value::integer(-1), Value::uint(2));
            m.set(Value::array({Value::uint(100)}), Value::uint(5));
            m.set(Value::uint(10), Value::uint(0));
            v = Value::map(std::move(m));
            break;
        }
        }
        QCOMPARE(qhex(cbor::encode(v)), expected);
        const auto back = cbor::decode(cbor::encode(v));
        CL_QVERIFY_OK(back);
        QVERIFY(*back == v);
    }

    void map_set_replaces_and_finds() {
        cbor::Map m;
        m.set(3, Value::text("three"));
        m.set(-2, Value::text("minus two"));
        m.set(3, Value::text("THREE"));
        QCOMPARE(m.size(), std::size_t{2});
        QVERIFY(m.find(3) != nullptr);
        QCOMPARE(QString::fromStdString(*m.find(3)->if_text()), QString("THREE"));
        QVERIFY(m.find(-2) != nullptr);
        QVERIFY(m.find(2) == nullptr);
        QVERIFY(m.find(Value::text("3")) == nullptr);
        // 3 (0x03) sorts before -2 (0x21).
        QCOMPARE(qhex(cbor::encode(Value::map(m))), QByteArray("a203655448524545216"
                                                               "96d696e75732074776f"));
    }

    void accessors() {
        QCOMPARE(Value::integer(-5).as_int().value(), std::int64_t{-5});
        QCOMPARE(Value::uint(5).as_int().value(), std::int64_t{5});
        CL_QCOMPARE_ERROR(Value::uint(std::numeric_limits<std::uint64_t>::max()).as_int(),
                          "cbor.out_of_range");
        CL_QCOMPARE_ERROR(Value::negative(std::numeric_limits<std::uint64_t>::max()).as_int(),
                          "cbor.out_of_range");
        QCOMPARE(Value::negative(0x7fffffffffffffff).as_int().value(),
                 std::numeric_limits<std::int64_t>::min());
        CL_QCOMPARE_ERROR(Value::integer(-1).as_uint(), "cbor.out_of_range");
        CL_QCOMPARE_ERROR(Value::text("x").as_uint(), "cbor.type_mismatch");
        CL_QCOMPARE_ERROR(Value::uint(1).as_bytes(), "cbor.type_mismatch");
        CL_QCOMPARE_ERROR(Value::uint(1).as_text(), "cbor.type_mismatch");
        CL_QCOMPARE_ERROR(Value::null().as_bool(), "cbor.type_mismatch");
        QCOMPARE(Value::boolean(true).as_bool().value(), true);
        QVERIFY(Value::null().is_null());
        QVERIFY(Value::text("a") != Value::bytes(to_bytes("a")));
        QVERIFY(Value::tag(1, Value::uint(2)) != Value::tag(1, Value::uint(3)));
        QVERIFY(Value::tag(1, Value::uint(2)) == Value::tag(1, Value::uint(2)));
    }

    // Each input breaks exactly one rule of the canonical subset.
    void rejects_malformed_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("code");
        const std::pair<const char*, const char*> rows[] = {
            // Non-shortest heads, every width and every major type that has one.
            {"1817", "cbor.non_shortest"},
            {"190017", "cbor.non_shortest"},
            {"1900ff", "cbor.non_shortest"},
            {"1a0000ffff", "cbor.non_shortest"},
            {"1b00000000ffffffff", "cbor.non_shortest"},
            {"3817", "cbor.non_shortest"},
            {"580161", "cbor.non_shortest"},
            {"7b000000000000000161", "cbor.non_shortest"},
            {"9800", "cbor.non_shortest"},
            {"b90000", "cbor.non_shortest"},
            {"d81700", "cbor.non_shortest"},
            {"81190001", "cbor.non_shortest"},
            // Indefinite lengths (RFC 8949 Appendix A's own examples).
            {"5f42010243030405ff", "cbor.indefinite_length"},
            {"7f657374726561646d696e67ff", "cbor.indefinite_length"},
            {"9fff", "cbor.indefinite_length"},
            {"9f018202039f0405ffff", "cbor.indefinite_length"},
            {"bf61610161629f0203ffff", "cbor.indefinite_length"},
            {"826161bf61626163ff", "cbor.indefinite_length"},
            {"ff", "cbor.unexpected_break"},
            {"8101ff", "cbor.trailing_bytes"},
            {"1c", "cbor.reserved_info"},
            {"5d", "cbor.reserved_info"},
            {"1f", "cbor.reserved_info"},
            {"df00", "cbor.reserved_info"},
            // Floats (RFC 8949 Appendix A values) and simple values outside false/true/null.
            {"f90000", "cbor.float"},
            {"f93c00", "cbor.float"},
            {"fa47c35000", "cbor.float"},
            {"fb7ff0000000000000", "cbor.float"},
            {"f7", "cbor.unsupported_simple"},
            {"f0", "cbor.unsupported_simple"},
            {"f8ff", "cbor.unsupported_simple"},
            {"f818", "cbor.unsupported_simple"},
            // Map key order: bytewise on the encoding, not length-first, and no duplicates.
            {"a2020001f5", "cbor.unsorted_keys"},
            {"a2616200616100", "cbor.unsorted_keys"},
            {"a262616100616200", "cbor.unsorted_keys"},
            {"a22000186400", "cbor.unsorted_keys"},
            {"a201000100", "cbor.duplicate_key"},
            {"a2616100616101", "cbor.duplicate_key"},
            // Invalid UTF-8.
            {"62c328", "cbor.invalid_utf8"},
            {"62c080", "cbor.invalid_utf8"},
            {"63e08080", "cbor.invalid_utf8"},
            {"63eda080", "cbor.invalid_utf8"},
            {"64f4908080", "cbor.invalid_utf8"},
            {"61ff", "cbor.invalid_utf8"},
            {"6180", "cbor.invalid_utf8"},
            {"62e6b0", "cbor.invalid_utf8"},
            // Truncation and lengths beyond the input.
            {"", "cbor.truncated"},
            {"18", "cbor.truncated"},
            {"1a0000", "cbor.truncated"},
            {"440102", "cbor.truncated"},
            {"5bffffffffffffffff", "cbor.truncated"},
            {"7a7fffffff61", "cbor.truncated"},
            {"9bffffffffffffffff00", "cbor.truncated"},
            {"bbffffffffffffffff0000", "cbor.truncated"},
            {"8201", "cbor.truncated"},
            {"a101", "cbor.truncated"},
            {"c1", "cbor.truncated"},
            // Trailing bytes after one complete item.
            {"0000", "cbor.trailing_bytes"},
            {"80f6", "cbor.trailing_bytes"},
        };
        for (const auto& [input, code] : rows)
            QTest::newRow(input[0] == '\0' ? "empty" : input) << QByteArray(input) << QString(code);

        // Generated inputs: nesting and size caps at their defaults.
        const cbor::DecodeLimits defaults;
        QTest::newRow("arrays nested 33 deep")
            << QByteArray::fromStdString(to_hex(nested_arrays(defaults.max_depth + 1)))
            << QString("cbor.too_deep");
        Bytes tags;
        for (std::size_t i = 0; i <= defaults.max_depth; ++i)
            tags.push_back(0xc1);
        tags.push_back(0x00);
        QTest::newRow("tags nested 33 deep")
            << QByteArray::fromStdString(to_hex(tags)) << QString("cbor.too_deep");
        Bytes big = {0x5a, 0x00, 0x01, 0x00, 0x01}; // bstr of 65537 bytes, present in full
        big.resize(big.size() + 65537, 0xaa);
        QTest::newRow("bstr over the string cap")
            << QByteArray::fromStdString(to_hex(big)) << QString("cbor.too_large");
        qInfo("malformed inputs checked: %zu listed + 3 generated", std::size(rows));
    }

    void rejects_malformed() {
        QFETCH(QByteArray, input);
        QFETCH(QString, code);
        CL_QCOMPARE_ERROR(cbor::decode(hex(input)), code);
    }

    void random_round_trips() {
        RandomValues gen(0x5eedcb0fULL);
        constexpr int kValues = 3000;
        std::size_t bytes_total = 0;
        for (int i = 0; i < kValues; ++i) {
            const Value v = gen.next(4);
            const Bytes encoded = cbor::encode(v);
            bytes_total += encoded.size();
            const auto decoded = cbor::decode(encoded);
            if (!decoded.ok())
                QFAIL(qPrintable(
                    QString::fromStdString(decoded.error().code + " for " + to_hex(encoded))));
            QVERIFY(*decoded == v);
            QCOMPARE(cbor::encode(*decoded), encoded);
            QCOMPARE(cbor::diagnostic(*decoded), cbor::diagnostic(v));
        }
        qInfo("random values round-tripped: %d (%zu encoded bytes)", kValues, bytes_total);
    }

    void limits() {
        cbor::DecodeLimits l;
        l.max_depth = 5;
        CL_QVERIFY_OK(cbor::decode(nested_arrays(5), l));
        CL_QCOMPARE_ERROR(cbor::decode(nested_arrays(6), l), "cbor.too_deep");
        // Maps and tags count as nesting too: {0: {0: {0: {0: {0: 0}}}}} is 5 deep.
        Bytes maps;
        for (int i = 0; i < 5; ++i)
            append(maps, Bytes{0xa1, 0x00});
        maps.push_back(0x00);
        CL_QVERIFY_OK(cbor::decode(maps, l));
        maps.insert(maps.begin(), 0xc0);
        CL_QCOMPARE_ERROR(cbor::decode(maps, l), "cbor.too_deep");

        l.max_string_bytes = 10;
        CL_QVERIFY_OK(cbor::decode(hex("4a00000000000000000000"), l));
        CL_QCOMPARE_ERROR(cbor::decode(hex("4b0000000000000000000000"), l), "cbor.too_large");
        CL_QCOMPARE_ERROR(cbor::decode(hex("6b6161616161616161616161"), l), "cbor.too_large");

        l.max_container_items = 3;
        CL_QVERIFY_OK(cbor::decode(hex("83010203"), l));
        CL_QCOMPARE_ERROR(cbor::decode(hex("8401020304"), l), "cbor.too_large");
        CL_QCOMPARE_ERROR(cbor::decode(hex("a40100020003000400"), l), "cbor.too_large");

        l.max_total_items = 4; // the array itself and three elements
        CL_QVERIFY_OK(cbor::decode(hex("83010203"), l));
        CL_QCOMPARE_ERROR(cbor::decode(hex("83018102"), l), "cbor.too_large");
    }

    // Claimed lengths and counts far beyond the input: rejected, and the decoder never asks the
    // allocator for more than a few hundred bytes on their account.
    void no_allocation_from_claimed_lengths() {
        const char* const claims[] = {
            "5bffffffffffffffff",   "5b00000000ffffffff00", "7bffffffffffffffff",
            "5affffffff",           "9bffffffffffffffff00", "9a7fffffff0000",
            "bbffffffffffffffff00", "ba7fffffff00000000",   "8a9bffffffffffffffff",
            "a1019bffffffffffffff", "c29b00000000ffffffff", "8181818181819affffffff",
        };
        std::size_t rejected = 0;
        g_largest_request = 0;
        for (const char* c : claims) {
            const Bytes input = test::unhex(c);
            g_probe_armed = true;
            const auto r = cbor::decode(input);
            g_probe_armed = false;
            QVERIFY2(!r.ok(), c);
            ++rejected;
        }
        qInfo("hostile length claims rejected: %zu, largest allocation while decoding: %zu bytes",
              rejected, g_largest_request);
        QVERIFY(g_largest_request <= 512);

        // A count the input can hold is honoured (so the probe would see a real reservation).
        Bytes honest = {0x99, 0x01, 0x00}; // array of 256 zeros
        honest.resize(honest.size() + 256, 0x00);
        g_largest_request = 0;
        g_probe_armed = true;
        const auto ok = cbor::decode(honest);
        g_probe_armed = false;
        CL_QVERIFY_OK(ok);
        QVERIFY(g_largest_request >= 256 * sizeof(Value));
    }

    void utf8_validation_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ascii") << QByteArray("41") << true;
        QTest::newRow("U+007F") << QByteArray("7f") << true;
        QTest::newRow("U+0080") << QByteArray("c280") << true;
        QTest::newRow("U+07FF") << QByteArray("dfbf") << true;
        QTest::newRow("U+0800") << QByteArray("e0a080") << true;
        QTest::newRow("U+D7FF") << QByteArray("ed9fbf") << true;
        QTest::newRow("U+E000") << QByteArray("ee8080") << true;
        QTest::newRow("U+FFFF") << QByteArray("efbfbf") << true;
        QTest::newRow("U+10000") << QByteArray("f0908080") << true;
        QTest::newRow("U+10FFFF") << QByteArray("f48fbfbf") << true;
        QTest::newRow("overlong /") << QByteArray("c0af") << false;
        QTest::newRow("overlong 3") << QByteArray("e080af") << false;
        QTest::newRow("overlong 4") << QByteArray("f08080af") << false;
        QTest::newRow("surrogate D800") << QByteArray("eda080") << false;
        QTest::newRow("surrogate DFFF") << QByteArray("edbfbf") << false;
        QTest::newRow("U+110000") << QByteArray("f4908080") << false;
        QTest::newRow("F5") << QByteArray("f5808080") << false;
        QTest::newRow("lone continuation") << QByteArray("80") << false;
        QTest::newRow("truncated 2") << QByteArray("c2") << false;
        QTest::newRow("truncated 4") << QByteArray("f09080") << false;
        QTest::newRow("FE") << QByteArray("fe") << false;
    }

    void utf8_validation() {
        QFETCH(QByteArray, text);
        QFETCH(bool, valid);
        QCOMPARE(cbor::is_valid_utf8(hex(text)), valid);
    }
};

QTEST_GUILESS_MAIN(TestCbor)
#include "test_cbor.moc"
