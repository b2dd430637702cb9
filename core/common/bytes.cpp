#include "common/bytes.h"

#include <sodium.h>

namespace careledger {

std::string to_hex(ByteView b) {
    std::string out(b.size() * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), b.data(), b.size());
    out.pop_back();
    return out;
}

Result<Bytes> from_hex(std::string_view hex) {
    if (hex.size() % 2 != 0)
        return make_error("encoding.hex", "hex string has odd length");
    if (hex.empty())
        return Bytes{}; // libsodium would be handed a null output pointer
    Bytes out(hex.size() / 2);
    std::size_t len = 0;
    const char* end = nullptr;
    if (sodium_hex2bin(out.data(), out.size(), hex.data(), hex.size(), nullptr, &len, &end) != 0 ||
        len != out.size() || end != hex.data() + hex.size())
        return make_error("encoding.hex", "not a hex string");
    return out;
}

std::string to_base64(ByteView b) {
    const std::size_t cap = sodium_base64_ENCODED_LEN(b.size(), sodium_base64_VARIANT_ORIGINAL);
    std::string out(cap, '\0');
    sodium_bin2base64(out.data(), cap, b.data(), b.size(), sodium_base64_VARIANT_ORIGINAL);
    out.resize(cap - 1);
    return out;
}

Result<Bytes> from_base64(std::string_view text) {
    if (text.empty())
        return Bytes{};
    Bytes out(text.size() / 4 * 3 + 3);
    std::size_t len = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &len, &end,
                          sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != text.data() + text.size())
        return make_error("encoding.base64", "not valid base64");
    out.resize(len);
    // Reject non-canonical encodings (stray bits in the last symbol) so one value has one text.
    if (to_base64(out) != text)
        return make_error("encoding.base64", "non-canonical base64");
    return out;
}

void put_u64_be(Bytes& out, std::uint64_t v) {
    for (int i = 7; i >= 0; --i)
        out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}
void put_u32_be(Bytes& out, std::uint32_t v) {
    for (int i = 3; i >= 0; --i)
        out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}
std::uint64_t get_u64_be(ByteView b) {
    std::uint64_t v = 0;
    for (std::size_t i = 0; i < 8; ++i)
        v = (v << 8) | b[i];
    return v;
}
std::uint32_t get_u32_be(ByteView b) {
    std::uint32_t v = 0;
    for (std::size_t i = 0; i < 4; ++i)
        v = (v << 8) | b[i];
    return v;
}

} // namespace careledger
