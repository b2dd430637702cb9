#include "ledger/cbor.h"

#include <algorithm>
#include <limits>

namespace careledger::cbor {

namespace {

enum Major : std::uint8_t {
    kUnsigned = 0,
    kNegative = 1,
    kByteString = 2,
    kTextString = 3,
    kArray = 4,
    kMap = 5,
    kTag = 6,
    kSimple = 7,
};

constexpr std::uint8_t kFalse = 0xf4;
constexpr std::uint8_t kTrue = 0xf5;
constexpr std::uint8_t kNull = 0xf6;

// The shortest head for `arg` (RFC 8949 §4.2.1, first bullet).
void put_head(Bytes& out, Major major, std::uint64_t arg) {
    const auto initial = static_cast<std::uint8_t>(major << 5U);
    if (arg < 24) {
        out.push_back(static_cast<std::uint8_t>(initial | arg));
    } else if (arg <= 0xff) {
        out.push_back(initial | 24U);
        out.push_back(static_cast<std::uint8_t>(arg));
    } else if (arg <= 0xffff) {
        out.push_back(initial | 25U);
        out.push_back(static_cast<std::uint8_t>(arg >> 8U));
        out.push_back(static_cast<std::uint8_t>(arg));
    } else if (arg <= 0xffffffff) {
        out.push_back(initial | 26U);
        put_u32_be(out, static_cast<std::uint32_t>(arg));
    } else {
        out.push_back(initial | 27U);
        put_u64_be(out, arg);
    }
}

Error error(const char* code, const char* message) {
    return make_error(code, message);
}

} // namespace

// ---- Map --------------------------------------------------------------------------------------

void Map::set(Value key, Value value) {
    Bytes encoded = encode(key);
    const auto it = std::lower_bound(encoded_keys_.begin(), encoded_keys_.end(), encoded);
    const auto at = it - encoded_keys_.begin();
    if (it != encoded_keys_.end() && *it == encoded) {
        entries_[static_cast<std::size_t>(at)].second = std::move(value);
        return;
    }
    encoded_keys_.insert(it, std::move(encoded));
    entries_.insert(entries_.begin() + at, Entry{std::move(key), std::move(value)});
}

void Map::set(std::int64_t key, Value value) {
    set(Value::integer(key), std::move(value));
}

const Value* Map::find(const Value& key) const {
    const Bytes encoded = encode(key);
    const auto it = std::lower_bound(encoded_keys_.begin(), encoded_keys_.end(), encoded);
    if (it == encoded_keys_.end() || *it != encoded)
        return nullptr;
    return &entries_[static_cast<std::size_t>(it - encoded_keys_.begin())].second;
}

const Value* Map::find(std::int64_t key) const {
    return find(Value::integer(key));
}

std::vector<Map::Entry>::const_iterator Map::begin() const {
    return entries_.begin();
}
std::vector<Map::Entry>::const_iterator Map::end() const {
    return entries_.end();
}

bool Map::operator==(const Map& other) const {
    return entries_ == other.entries_;
}

void Map::append_sorted(Bytes encoded_key, Value key, Value value) {
    encoded_keys_.push_back(std::move(encoded_key));
    entries_.emplace_back(std::move(key), std::move(value));
}

// ---- Tagged and Value ---------------------------------------------------------------------------

Tagged::Tagged(std::uint64_t number, Value content)
    : number_(number), content_(std::make_shared<const Value>(std::move(content))) {}

bool Tagged::operator==(const Tagged& other) const {
    return number_ == other.number_ && *content_ == *other.content_;
}

Value Value::integer(std::int64_t v) {
    if (v >= 0)
        return uint(static_cast<std::uint64_t>(v));
    // -1 - n = v  =>  n = -(v + 1), which cannot overflow even for INT64_MIN.
    return negative(static_cast<std::uint64_t>(-(v + 1)));
}

Result<std::uint64_t> Value::as_uint() const {
    if (const auto* u = if_uint())
        return *u;
    if (if_negative() != nullptr)
        return error("cbor.out_of_range", "negative integer where an unsigned one was expected");
    return error("cbor.type_mismatch", "expected an unsigned integer");
}

Result<std::int64_t> Value::as_int() const {
    constexpr auto kMax = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (const auto* u = if_uint()) {
        if (*u > kMax)
            return error("cbor.out_of_range", "integer does not fit in 64 signed bits");
        return static_cast<std::int64_t>(*u);
    }
    if (const auto* neg = if_negative()) {
        if (neg->n > kMax)
            return error("cbor.out_of_range", "integer does not fit in 64 signed bits");
        return -1 - static_cast<std::int64_t>(neg->n);
    }
    return error("cbor.type_mismatch", "expected an integer");
}

Result<bool> Value::as_bool() const {
    if (const auto* b = if_bool())
        return *b;
    return error("cbor.type_mismatch", "expected true or false");
}

Result<Bytes> Value::as_bytes() const {
    if (const auto* b = if_bytes())
        return *b;
    return error("cbor.type_mismatch", "expected a byte string");
}

Result<std::string> Value::as_text() const {
    if (const auto* t = if_text())
        return *t;
    return error("cbor.type_mismatch", "expected a text string");
}

// ---- Encoder ------------------------------------------------------------------------------------

void encode_to(Bytes& out, const Value& value) {
    switch (value.kind()) {
    case Kind::unsigned_int:
        put_head(out, kUnsigned, *value.if_uint());
        return;
    case Kind::negative_int:
        put_head(out, kNegative, value.if_negative()->n);
        return;
    case Kind::bytes: {
        const Bytes& b = *value.if_bytes();
        put_head(out, kByteString, b.size());
        append(out, b);
        return;
    }
    case Kind::text: {
        const std::string& t = *value.if_text();
        put_head(out, kTextString, t.size());
        append(out, careledger::as_bytes(t));
        return;
    }
    case Kind::array: {
        const Array& a = *value.if_array();
        put_head(out, kArray, a.size());
        for (const auto& item : a)
            encode_to(out, item);
        return;
    }
    case Kind::map: {
        // Entries are kept in canonical order by Map itself.
        const Map& m = *value.if_map();
        put_head(out, kMap, m.size());
        for (const auto& [k, v] : m) {
            encode_to(out, k);
            encode_to(out, v);
        }
        return;
    }
    case Kind::tag: {
        const Tagged& t = *value.if_tag();
        put_head(out, kTag, t.number());
        encode_to(out, t.content());
        return;
    }
    case Kind::boolean:
        out.push_back(*value.if_bool() ? kTrue : kFalse);
        return;
    case Kind::null:
        out.push_back(kNull);
        return;
    }
}

Bytes encode(const Value& value) {
    Bytes out;
    encode_to(out, value);
    return out;
}

// ---- UTF-8 --------------------------------------------------------------------------------------

namespace {

// Decodes one code point starting at text[i] (Unicode Table 3-7, well-formed sequences only).
// Returns the sequence length, or 0 when the bytes there are not well-formed UTF-8.
std::size_t utf8_sequence(ByteView text, std::size_t i, char32_t& cp) {
    const std::uint8_t b0 = text[i];
    const std::size_t left = text.size() - i;
    auto cont = [&](std::size_t k, std::uint8_t lo, std::uint8_t hi) {
        return k < left && text[i + k] >= lo && text[i + k] <= hi;
    };
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    if (b0 >= 0xc2 && b0 <= 0xdf) {
        if (!cont(1, 0x80, 0xbf))
            return 0;
        cp = (char32_t{b0} & 0x1fU) << 6U | (text[i + 1] & 0x3fU);
        return 2;
    }
    if (b0 >= 0xe0 && b0 <= 0xef) {
        // E0: no overlongs (A0..BF); ED: no surrogates (80..9F).
        const std::uint8_t lo = b0 == 0xe0 ? 0xa0 : 0x80;
        const std::uint8_t hi = b0 == 0xed ? 0x9f : 0xbf;
        if (!cont(1, lo, hi) || !cont(2, 0x80, 0xbf))
            return 0;
        cp = (char32_t{b0} & 0x0fU) << 12U | (char32_t{text[i + 1]} & 0x3fU) << 6U |
             (text[i + 2] & 0x3fU);
        return 3;
    }
    if (b0 >= 0xf0 && b0 <= 0xf4) {
        // F0: no overlongs (90..BF); F4: nothing above U+10FFFF (80..8F).
        const std::uint8_t lo = b0 == 0xf0 ? 0x90 : 0x80;
        const std::uint8_t hi = b0 == 0xf4 ? 0x8f : 0xbf;
        if (!cont(1, lo, hi) || !cont(2, 0x80, 0xbf) || !cont(3, 0x80, 0xbf))
            return 0;
        cp = (char32_t{b0} & 0x07U) << 18U | (char32_t{text[i + 1]} & 0x3fU) << 12U |
             (char32_t{text[i + 2]} & 0x3fU) << 6U | (text[i + 3] & 0x3fU);
        return 4;
    }
    return 0;
}

} // namespace

bool is_valid_utf8(ByteView text) {
    std::size_t i = 0;
    while (i < text.size()) {
        char32_t cp = 0;
        const std::size_t n = utf8_sequence(text, i, cp);
        if (n == 0)
            return false;
        i += n;
    }
    return true;
}

// ---- Decoder ------------------------------------------------------------------------------------

class Decoder {
public:
    Decoder(ByteView input, const DecodeLimits& limits) : in_(input), limits_(limits) {}

    Result<Value> item(std::size_t depth);
    [[nodiscard]] bool at_end() const { return pos_ == in_.size(); }

private:
    struct Head {
        Major major;
        std::uint64_t arg;
    };

    [[nodiscard]] std::size_t remaining() const { return in_.size() - pos_; }
    Result<Head> head();
    Result<Value> simple(std::uint8_t info);
    Result<Value> string(Major major, std::uint64_t length);
    Result<Value> array(std::uint64_t count, std::size_t depth);
    Result<Value> map(std::uint64_t count, std::size_t depth);

    ByteView in_;
    const DecodeLimits& limits_;
    std::size_t pos_ = 0;
    std::size_t items_ = 0;
};

Result<Decoder::Head> Decoder::head() {
    if (remaining() == 0)
        return error("cbor.truncated", "input ends where a data item was expected");
    const std::uint8_t initial = in_[pos_++];
    const auto major = static_cast<Major>(initial >> 5U);
    const auto info = static_cast<std::uint8_t>(initial & 0x1fU);
    if (info < 24)
        return Head{major, info};
    if (info == 31) {
        if (major == kByteString || major == kTextString || major == kArray || major == kMap)
            return error("cbor.indefinite_length", "indefinite-length items are not allowed");
        return error("cbor.reserved_info", "additional information 31 is not valid here");
    }
    if (info > 27)
        return error("cbor.reserved_info", "reserved additional information value (28-30)");
    const std::size_t width = std::size_t{1} << (info - 24U); // 1, 2, 4 or 8 bytes
    if (remaining() < width)
        return error("cbor.truncated", "input ends inside an integer or length");
    std::uint64_t arg = 0;
    for (std::size_t k = 0; k < width; ++k)
        arg = arg << 8U | in_[pos_ + k];
    pos_ += width;
    // The shortest form is required: a width is allowed only for values that need it.
    std::uint64_t minimum = 24;
    if (width == 2)
        minimum = 0x100;
    else if (width == 4)
        minimum = 0x10000;
    else if (width == 8)
        minimum = 0x100000000;
    if (arg < minimum)
        return error("cbor.non_shortest", "integer or length not encoded in its shortest form");
    return Head{major, arg};
}

Result<Value> Decoder::item(std::size_t depth) {
    if (++items_ > limits_.max_total_items)
        return error("cbor.too_large", "too many data items");
    if (remaining() > 0 && (in_[pos_] >> 5U) == kSimple)
        return simple(static_cast<std::uint8_t>(in_[pos_++] & 0x1fU));
    CL_ASSIGN_OR_RETURN(const Head h, head());
    switch (h.major) {
    case kUnsigned:
        return Value::uint(h.arg);
    case kNegative:
        return Value::negative(h.arg);
    case kByteString:
    case kTextString:
        return string(h.major, h.arg);
    case kArray:
        return array(h.arg, depth);
    case kMap:
        return map(h.arg, depth);
    case kTag: {
        if (depth >= limits_.max_depth)
            return error("cbor.too_deep", "items nested deeper than the limit");
        CL_ASSIGN_OR_RETURN(Value content, item(depth + 1));
        return Value::tag(h.arg, std::move(content));
    }
    case kSimple:
        break; // handled above
    }
    return error("cbor.reserved_info", "unexpected major type");
}

Result<Value> Decoder::simple(std::uint8_t info) {
    switch (info) {
    case 20:
        return Value::boolean(false);
    case 21:
        return Value::boolean(true);
    case 22:
        return Value::null();
    case 25:
    case 26:
    case 27:
        return error("cbor.float", "floating-point values are not allowed");
    case 28:
    case 29:
    case 30:
        return error("cbor.reserved_info", "reserved additional information value (28-30)");
    case 31:
        return error("cbor.unexpected_break", "break code outside an indefinite-length item");
    default:
        // undefined (23), unassigned simple values 0-19 and the one-byte form (24).
        return error("cbor.unsupported_simple",
                     "only the simple values false, true and null are allowed");
    }
}

Result<Value> Decoder::string(Major major, std::uint64_t length) {
    // Check the claim against the input before anything is allocated for it.
    if (length > remaining())
        return error("cbor.truncated", "string length runs past the end of the input");
    if (length > limits_.max_string_bytes)
        return error("cbor.too_large", "string longer than the limit");
    const auto n = static_cast<std::size_t>(length);
    const ByteView body = in_.subspan(pos_, n);
    pos_ += n;
    if (major == kByteString)
        return Value::bytes(body);
    if (!is_valid_utf8(body))
        return error("cbor.invalid_utf8", "text string is not valid UTF-8");
    return Value::text(to_string(body));
}

Result<Value> Decoder::array(std::uint64_t count, std::size_t depth) {
    if (depth >= limits_.max_depth)
        return error("cbor.too_deep", "items nested deeper than the limit");
    // Every element takes at least one byte, so a count above what is left cannot be honest.
    if (count > remaining())
        return error("cbor.truncated", "array count runs past the end of the input");
    if (count > limits_.max_container_items)
        return error("cbor.too_large", "array has more elements than the limit");
    Array items;
    items.reserve(static_cast<std::size_t>(count));
    for (std::uint64_t k = 0; k < count; ++k) {
        CL_ASSIGN_OR_RETURN(Value v, item(depth + 1));
        items.push_back(std::move(v));
    }
    return Value::array(std::move(items));
}

Result<Value> Decoder::map(std::uint64_t count, std::size_t depth) {
    if (depth >= limits_.max_depth)
        return error("cbor.too_deep", "items nested deeper than the limit");
    if (count > remaining() / 2)
        return error("cbor.truncated", "map count runs past the end of the input");
    if (count > limits_.max_container_items)
        return error("cbor.too_large", "map has more entries than the limit");
    Map m;
    ByteView previous_key;
    for (std::uint64_t k = 0; k < count; ++k) {
        const std::size_t key_start = pos_;
        CL_ASSIGN_OR_RETURN(Value key, item(depth + 1));
        const ByteView key_bytes = in_.subspan(key_start, pos_ - key_start);
        if (k > 0) {
            const bool equal = std::equal(key_bytes.begin(), key_bytes.end(), previous_key.begin(),
                                          previous_key.end());
            if (equal)
                return error("cbor.duplicate_key", "map has a duplicate key");
            if (!std::lexicographical_compare(previous_key.begin(), previous_key.end(),
                                              key_bytes.begin(), key_bytes.end()))
                return error("cbor.unsorted_keys", "map keys are not in bytewise canonical order");
        }
        previous_key = key_bytes;
        CL_ASSIGN_OR_RETURN(Value value, item(depth + 1));
        m.append_sorted(Bytes(key_bytes.begin(), key_bytes.end()), std::move(key),
                        std::move(value));
    }
    return Value::map(std::move(m));
}

Result<Value> decode(ByteView input, const DecodeLimits& limits) {
    Decoder d(input, limits);
    CL_ASSIGN_OR_RETURN(Value v, d.item(0));
    if (!d.at_end())
        return error("cbor.trailing_bytes", "bytes follow the data item");
    return v;
}

// ---- Diagnostic notation ------------------------------------------------------------------------

namespace {

void put_escaped_unit(std::string& out, std::uint32_t unit) {
    static constexpr char kHex[] = "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += kHex[(unit >> static_cast<unsigned>(shift)) & 0xfU];
}

void put_text(std::string& out, const std::string& text) {
    const ByteView b = careledger::as_bytes(text);
    out += '"';
    std::size_t i = 0;
    while (i < b.size()) {
        char32_t cp = 0;
        std::size_t n = utf8_sequence(b, i, cp);
        if (n == 0) { // only for values built by hand with bad text: show U+FFFD
            cp = 0xfffd;
            n = 1;
        }
        i += n;
        if (cp == '"' || cp == '\\') {
            out += '\\';
            out += static_cast<char>(cp);
        } else if (cp >= 0x20 && cp < 0x7f) {
            out += static_cast<char>(cp);
        } else if (cp < 0x10000) {
            put_escaped_unit(out, static_cast<std::uint32_t>(cp));
        } else { // UTF-16 surrogate pair, as RFC 8949 Appendix A writes "\ud800\udd51"
            const std::uint32_t v = static_cast<std::uint32_t>(cp) - 0x10000U;
            put_escaped_unit(out, 0xd800U + (v >> 10U));
            put_escaped_unit(out, 0xdc00U + (v & 0x3ffU));
        }
    }
    out += '"';
}

void put_diagnostic(std::string& out, const Value& value) {
    switch (value.kind()) {
    case Kind::unsigned_int:
        out += std::to_string(*value.if_uint());
        return;
    case Kind::negative_int: {
        const std::uint64_t n = value.if_negative()->n;
        // -1 - n; n + 1 overflows only for the smallest value, -2^64.
        out += n == std::numeric_limits<std::uint64_t>::max() ? "-18446744073709551616"
                                                              : "-" + std::to_string(n + 1);
        return;
    }
    case Kind::bytes:
        out += "h'" + to_hex(*value.if_bytes()) + "'";
        return;
    case Kind::text:
        put_text(out, *value.if_text());
        return;
    case Kind::array: {
        out += '[';
        bool first = true;
        for (const auto& item : *value.if_array()) {
            if (!first)
                out += ", ";
            first = false;
            put_diagnostic(out, item);
        }
        out += ']';
        return;
    }
    case Kind::map: {
        out += '{';
        bool first = true;
        for (const auto& [k, v] : *value.if_map()) {
            if (!first)
                out += ", ";
            first = false;
            put_diagnostic(out, k);
            out += ": ";
            put_diagnostic(out, v);
        }
        out += '}';
        return;
    }
    case Kind::tag:
        out += std::to_string(value.if_tag()->number()) + "(";
        put_diagnostic(out, value.if_tag()->content());
        out += ')';
        return;
    case Kind::boolean:
        out += *value.if_bool() ? "true" : "false";
        return;
    case Kind::null:
        out += "null";
        return;
    }
}

} // namespace

std::string diagnostic(const Value& value) {
    std::string out;
    put_diagnostic(out, value);
    return out;
}

} // namespace careledger::cbor
