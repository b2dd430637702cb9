// Byte strings and their text encodings (hex, standard base64). One place for each.
#pragma once

#include "common/result.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace careledger {

using Bytes = std::vector<std::uint8_t>;
using ByteView = std::span<const std::uint8_t>;

inline ByteView as_bytes(std::string_view s) {
    return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()}; // NOLINT
}
inline Bytes to_bytes(std::string_view s) {
    auto v = as_bytes(s);
    return {v.begin(), v.end()};
}
inline std::string to_string(ByteView b) {
    return {reinterpret_cast<const char*>(b.data()), b.size()}; // NOLINT
}
template <std::size_t N> ByteView view(const std::array<std::uint8_t, N>& a) {
    return {a.data(), N};
}
inline void append(Bytes& out, ByteView b) {
    out.insert(out.end(), b.begin(), b.end());
}

std::string to_hex(ByteView b);
Result<Bytes> from_hex(std::string_view hex);
// Standard base64 with padding (RFC 4648 §4), as C2SP notes use.
std::string to_base64(ByteView b);
Result<Bytes> from_base64(std::string_view text);

// Big-endian fixed-width integers (network order, as signed notes and tiles use).
void put_u64_be(Bytes& out, std::uint64_t v);
void put_u32_be(Bytes& out, std::uint32_t v);
std::uint64_t get_u64_be(ByteView b);
std::uint32_t get_u32_be(ByteView b);

} // namespace careledger
