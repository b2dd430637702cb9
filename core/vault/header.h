// wallet.header: the small plaintext file that unlocks wallet.db (DESIGN §3).
//
//   offset size
//        0    8  magic "CLVAULT\0"
//        8    4  format version (big-endian), 1
//       12    4  KDF algorithm id, 1 = Argon2id v1.3 (crypto_pwhash ALG_ARGON2ID13)
//       16    8  Argon2id opslimit
//       24    8  Argon2id memlimit (bytes)
//       32   16  salt
//       48   72  DEK wrapped with XChaCha20-Poly1305 under the KEK (nonce 24 | ct 32 | tag 16);
//                associated data: bytes 0..47, so editing any of them fails authentication
//      120   16  BLAKE2b-128 of bytes 0..119: tells accidental damage from a wrong passphrase
//                before the KDF runs (the AEAD, not this checksum, is what authenticates)
//      136       end
#pragma once

#include "common/result.h"
#include "crypto/password_kdf.h"
#include "crypto/secure_buffer.h"

#include <array>
#include <cstdint>

namespace careledger::vault {

inline constexpr std::size_t kHeaderBytes = 136;
inline constexpr std::uint32_t kHeaderVersion = 1;
inline constexpr std::uint32_t kKdfArgon2id13 = 1;

struct VaultHeader {
    std::uint32_t version = kHeaderVersion;
    std::uint32_t kdf_algorithm = kKdfArgon2id13;
    crypto::KdfParams kdf;
    std::array<std::uint8_t, crypto::kKdfSaltBytes> salt{};
    Bytes wrapped_dek;

    // Bytes 0..47, the associated data of the DEK wrap.
    [[nodiscard]] Bytes associated_data() const;
    [[nodiscard]] Bytes encode() const;
    // Structure only: magic (vault.not_a_vault), version and algorithm (vault.unsupported_version),
    // size and checksum (vault.corrupt), parameters within limits (vault.bad_parameters).
    // The floor is the caller's check.
    static Result<VaultHeader> parse(ByteView bytes);
};

// A header with a fresh salt whose wrapped DEK opens under the KEK of `passphrase`.
Result<VaultHeader> seal_header(const crypto::SecureBuffer& passphrase,
                                const crypto::SecureBuffer& dek, const crypto::KdfParams& params);

// Unwraps the DEK with an already derived KEK: vault.wrong_passphrase when authentication fails.
Result<crypto::SecureBuffer> unwrap_dek(const VaultHeader& header, const crypto::SecureBuffer& kek);

} // namespace careledger::vault
