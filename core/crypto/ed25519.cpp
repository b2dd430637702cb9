#include "crypto/ed25519.h"

#include <algorithm>
#include <sodium.h>

namespace careledger::crypto {

Result<SigningKey> SigningKey::from_seed(ByteView seed) {
    if (seed.size() != crypto_sign_SEEDBYTES)
        return make_error("crypto.key_size", "Ed25519 seed must be 32 bytes");
    SigningKey k;
    k.sk_ = SecureBuffer(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(k.pk_.data(), k.sk_.data(), seed.data());
    return k;
}

SigningKey SigningKey::generate() {
    SecureBuffer seed(crypto_sign_SEEDBYTES);
    randombytes_buf(seed.data(), seed.size());
    return std::move(from_seed(seed.view()).value());
}

Signature SigningKey::sign(ByteView message) const {
    Signature sig{};
    crypto_sign_detached(sig.data(), nullptr, message.data(), message.size(), sk_.data());
    return sig;
}

bool verify(const PublicKey& pk, ByteView message, ByteView signature) {
    if (signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(signature.data(), message.data(), message.size(),
                                       pk.data()) == 0;
}

Result<PublicKey> public_key_from(ByteView bytes) {
    if (bytes.size() != crypto_sign_PUBLICKEYBYTES)
        return make_error("crypto.key_size", "Ed25519 public key must be 32 bytes");
    PublicKey pk{};
    std::copy(bytes.begin(), bytes.end(), pk.begin());
    return pk;
}

} // namespace careledger::crypto
