// XChaCha20-Poly1305 (IETF) authenticated encryption: the vault key wrap and off-ledger records.
// Wire form of a sealed message: 24-byte random nonce || ciphertext || 16-byte tag.
#pragma once

#include "common/result.h"
#include "crypto/secure_buffer.h"

namespace careledger::crypto {

inline constexpr std::size_t kAeadKeyBytes = 32;
inline constexpr std::size_t kAeadNonceBytes = 24;
inline constexpr std::size_t kAeadTagBytes = 16;

Result<Bytes> aead_seal(const SecureBuffer& key, ByteView plaintext, ByteView associated_data);
// Decrypts into secure memory; fails with "crypto.aead" on any tampering or wrong key.
Result<SecureBuffer> aead_open(const SecureBuffer& key, ByteView sealed, ByteView associated_data);

void random_bytes(std::span<std::uint8_t> out);
SecureBuffer random_secret(std::size_t size);
Bytes random_bytes(std::size_t size);

} // namespace careledger::crypto
