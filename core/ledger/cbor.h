// Deterministic CBOR (RFC 8949) for the subset CareLedger uses: unsigned and negative integers,
// byte and text strings, arrays, maps, tags and the simple values false/true/null. No floats.
//
// The encoder always emits core deterministic encoding (RFC 8949 §4.2.1): shortest-form heads,
// definite lengths, map keys sorted bytewise by their encoded form. The decoder accepts nothing
// else, so one value has exactly one encoding and a signed byte string exactly one meaning.
// Decoding is bounded: nesting depth, string sizes and item counts are capped, and no claimed
// length is trusted (or allocated) before the input is known to hold it.
//
// Error codes (all "cbor.<reason>"): truncated, trailing_bytes, non_shortest, indefinite_length,
// unexpected_break, reserved_info, float, unsupported_simple, unsorted_keys, duplicate_key,
// invalid_utf8, too_deep, too_large; accessors add type_mismatch and out_of_range.
#pragma once

#include "common/bytes.h"
#include "common/result.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace careledger::cbor {

class Value;
using Array = std::vector<Value>;

// A negative integer -1 - n (CBOR major type 1), so the full range down to -2^64 is representable.
struct NegativeInt {
    std::uint64_t n = 0;
    bool operator==(const NegativeInt&) const = default;
};

// A map whose entries are always in canonical order (bytewise by encoded key) and whose keys are
// unique, so encoding needs no sorting and two equal maps compare equal.
class Map {
public:
    using Entry = std::pair<Value, Value>;

    // Insert, or replace the value of an existing equal key.
    void set(Value key, Value value);
    void set(std::int64_t key, Value value);
    [[nodiscard]] const Value* find(const Value& key) const;
    [[nodiscard]] const Value* find(std::int64_t key) const;

    [[nodiscard]] std::size_t size() const;
    [[nodiscard]] bool empty() const;
    [[nodiscard]] std::vector<Entry>::const_iterator begin() const;
    [[nodiscard]] std::vector<Entry>::const_iterator end() const;

    bool operator==(const Map& other) const;

private:
    friend class Decoder;
    // Appends an entry whose encoded key sorts after every key present (the decoder checks).
    void append_sorted(Bytes encoded_key, Value key, Value value);

    std::vector<Bytes> encoded_keys_; // parallel to entries_, for ordering and lookup
    std::vector<Entry> entries_;
};

// A tagged item (major type 6). The content is immutable and shared, so copies are cheap.
class Tagged {
public:
    Tagged(std::uint64_t number, Value content);
    [[nodiscard]] std::uint64_t number() const { return number_; }
    [[nodiscard]] const Value& content() const { return *content_; }
    bool operator==(const Tagged& other) const;

private:
    std::uint64_t number_;
    std::shared_ptr<const Value> content_;
};

enum class Kind { unsigned_int, negative_int, bytes, text, array, map, tag, boolean, null };

class Value {
public:
    Value() : v_(std::in_place_type<std::nullptr_t>, nullptr) {}

    static Value uint(std::uint64_t v) {
        return Value(Storage(std::in_place_type<std::uint64_t>, v));
    }
    static Value integer(std::int64_t v);
    // The integer -1 - n.
    static Value negative(std::uint64_t n) {
        return Value(Storage(std::in_place_type<NegativeInt>, NegativeInt{n}));
    }
    static Value bytes(ByteView b) {
        return Value(Storage(std::in_place_type<Bytes>, b.begin(), b.end()));
    }
    static Value bytes(Bytes b) { return Value(Storage(std::in_place_type<Bytes>, std::move(b))); }
    // The caller vouches that `s` is valid UTF-8 (the encoder does not check; the decoder does).
    static Value text(std::string s) {
        return Value(Storage(std::in_place_type<std::string>, std::move(s)));
    }
    static Value array(Array a) { return Value(Storage(std::in_place_type<Array>, std::move(a))); }
    static Value map(Map m) { return Value(Storage(std::in_place_type<Map>, std::move(m))); }
    static Value tag(std::uint64_t number, Value content) {
        return Value(Storage(std::in_place_type<Tagged>, number, std::move(content)));
    }
    static Value boolean(bool b) { return Value(Storage(std::in_place_type<bool>, b)); }
    static Value null() { return {}; }

    [[nodiscard]] Kind kind() const { return static_cast<Kind>(v_.index()); }

    // Pointers to the held alternative, or nullptr when the value is of another kind.
    [[nodiscard]] const std::uint64_t* if_uint() const { return std::get_if<std::uint64_t>(&v_); }
    [[nodiscard]] const NegativeInt* if_negative() const { return std::get_if<NegativeInt>(&v_); }
    [[nodiscard]] const Bytes* if_bytes() const { return std::get_if<Bytes>(&v_); }
    [[nodiscard]] const std::string* if_text() const { return std::get_if<std::string>(&v_); }
    [[nodiscard]] const Array* if_array() const { return std::get_if<Array>(&v_); }
    [[nodiscard]] const Map* if_map() const { return std::get_if<Map>(&v_); }
    [[nodiscard]] const Tagged* if_tag() const { return std::get_if<Tagged>(&v_); }
    [[nodiscard]] const bool* if_bool() const { return std::get_if<bool>(&v_); }
    [[nodiscard]] bool is_null() const { return kind() == Kind::null; }

    // Checked conversions: "cbor.type_mismatch" for another kind, "cbor.out_of_range" when an
    // integer does not fit the target type.
    [[nodiscard]] Result<std::uint64_t> as_uint() const;
    [[nodiscard]] Result<std::int64_t> as_int() const;
    [[nodiscard]] Result<bool> as_bool() const;
    [[nodiscard]] Result<Bytes> as_bytes() const;
    [[nodiscard]] Result<std::string> as_text() const;

    bool operator==(const Value& other) const { return v_ == other.v_; }

private:
    // Alternative order matches Kind.
    using Storage = std::variant<std::uint64_t, NegativeInt, Bytes, std::string, Array, Map, Tagged,
                                 bool, std::nullptr_t>;
    explicit Value(Storage v) : v_(std::move(v)) {}
    Storage v_;
};

// Defined here, where Value is complete.
inline std::size_t Map::size() const {
    return entries_.size();
}
inline bool Map::empty() const {
    return entries_.empty();
}

// Canonical encoding (RFC 8949 §4.2.1).
Bytes encode(const Value& value);
void encode_to(Bytes& out, const Value& value);

struct DecodeLimits {
    std::size_t max_depth = 32;             // nesting of arrays, maps and tags
    std::size_t max_string_bytes = 65536;   // one byte or text string
    std::size_t max_container_items = 4096; // elements of one array, or pairs of one map
    std::size_t max_total_items = 65536;    // data items in the whole input
};

// Decodes exactly one data item spanning all of `input`, rejecting any non-canonical form.
Result<Value> decode(ByteView input, const DecodeLimits& limits = {});

// RFC 8949 §8 diagnostic notation (as RFC 8949 Appendix A prints it), for logs, tests and the CLI.
std::string diagnostic(const Value& value);

// Strict UTF-8 check (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
bool is_valid_utf8(ByteView text);

} // namespace careledger::cbor
