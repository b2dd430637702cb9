// Ed25519 signatures (RFC 8032) through libsodium. The secret key is held in secure memory.
#pragma once

#include "common/result.h"
#include "crypto/secure_buffer.h"

#include <array>

namespace careledger::crypto {

using PublicKey = std::array<std::uint8_t, 32>;
using Signature = std::array<std::uint8_t, 64>;

class SigningKey {
public:
    // Deterministic key from a 32-byte seed (the seed is copied into secure memory).
    static Result<SigningKey> from_seed(ByteView seed);
    static SigningKey generate();

    [[nodiscard]] const PublicKey& public_key() const { return pk_; }
    [[nodiscard]] Signature sign(ByteView message) const;

private:
    SigningKey() = default;
    SecureBuffer sk_; // libsodium's 64-byte form: seed || public key
    PublicKey pk_{};
};

[[nodiscard]] bool verify(const PublicKey& pk, ByteView message, ByteView signature);

Result<PublicKey> public_key_from(ByteView bytes);

} // namespace careledger::crypto
