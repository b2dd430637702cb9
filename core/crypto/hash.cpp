#include "crypto/hash.h"

#include <sodium.h>

namespace careledger::crypto {

Hash32 sha256(ByteView data) {
    Hash32 out{};
    crypto_hash_sha256(out.data(), data.data(), data.size());
    return out;
}

Hash32 sha256(std::initializer_list<ByteView> parts) {
    crypto_hash_sha256_state st;
    crypto_hash_sha256_init(&st);
    for (const auto& p : parts)
        crypto_hash_sha256_update(&st, p.data(), p.size());
    Hash32 out{};
    crypto_hash_sha256_final(&st, out.data());
    return out;
}

Hash32 blake2b_256(ByteView data) {
    Hash32 out{};
    crypto_generichash(out.data(), out.size(), data.data(), data.size(), nullptr, 0);
    return out;
}

std::array<std::uint8_t, 16> blake2b_128(ByteView data) {
    std::array<std::uint8_t, 16> out{};
    crypto_generichash(out.data(), out.size(), data.data(), data.size(), nullptr, 0);
    return out;
}

Hash32 hmac_sha256(ByteView key, ByteView message) {
    crypto_auth_hmacsha256_state st;
    crypto_auth_hmacsha256_init(&st, key.data(), key.size());
    crypto_auth_hmacsha256_update(&st, message.data(), message.size());
    Hash32 out{};
    crypto_auth_hmacsha256_final(&st, out.data());
    sodium_memzero(&st, sizeof st);
    return out;
}

} // namespace careledger::crypto
