#include "crypto/aead.h"

#include <sodium.h>

namespace careledger::crypto {

static_assert(kAeadKeyBytes == crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
static_assert(kAeadNonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(kAeadTagBytes == crypto_aead_xchacha20poly1305_ietf_ABYTES);

Result<Bytes> aead_seal(const SecureBuffer& key, ByteView plaintext, ByteView associated_data) {
    if (key.size() != kAeadKeyBytes)
        return make_error("crypto.key_size", "AEAD key must be 32 bytes");
    Bytes out(kAeadNonceBytes + plaintext.size() + kAeadTagBytes);
    randombytes_buf(out.data(), kAeadNonceBytes);
    unsigned long long clen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        out.data() + kAeadNonceBytes, &clen, plaintext.data(), plaintext.size(),
        associated_data.data(), associated_data.size(), nullptr, out.data(), key.data());
    out.resize(kAeadNonceBytes + clen);
    return out;
}

Result<SecureBuffer> aead_open(const SecureBuffer& key, ByteView sealed, ByteView associated_data) {
    if (key.size() != kAeadKeyBytes)
        return make_error("crypto.key_size", "AEAD key must be 32 bytes");
    if (sealed.size() < kAeadNonceBytes + kAeadTagBytes)
        return make_error("crypto.aead", "sealed message is too short");
    SecureBuffer out(sealed.size() - kAeadNonceBytes - kAeadTagBytes);
    unsigned long long mlen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            out.data(), &mlen, nullptr, sealed.data() + kAeadNonceBytes,
            sealed.size() - kAeadNonceBytes, associated_data.data(), associated_data.size(),
            sealed.data(), key.data()) != 0)
        return make_error("crypto.aead", "authentication failed (wrong key or tampered data)");
    return out;
}

void random_bytes(std::span<std::uint8_t> out) {
    randombytes_buf(out.data(), out.size());
}

SecureBuffer random_secret(std::size_t size) {
    SecureBuffer b(size);
    randombytes_buf(b.data(), size);
    return b;
}

Bytes random_bytes(std::size_t size) {
    Bytes b(size);
    randombytes_buf(b.data(), size);
    return b;
}

} // namespace careledger::crypto
