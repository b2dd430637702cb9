// The passphrase half of the vault key hierarchy (DESIGN §3): a UTF-8 passphrase is NFKC-normalised
// (so "é" typed composed or decomposed is the same passphrase) and stretched with Argon2id v1.3
// (crypto_pwhash, ALG_ARGON2ID13 named explicitly) into a 32-byte key-encryption key (KEK).
// Everything secret stays in secure memory; temporaries are wiped.
#pragma once

#include "common/result.h"
#include "crypto/secure_buffer.h"

#include <cstdint>

namespace careledger::crypto {

inline constexpr std::size_t kKdfSaltBytes = 16;
inline constexpr std::size_t kKekBytes = 32;
// Longest passphrase accepted, in UTF-8 bytes before normalisation.
inline constexpr std::size_t kMaxPassphraseBytes = 1024;

// Argon2id cost. memlimit is in bytes, as libsodium takes it.
struct KdfParams {
    std::uint64_t opslimit = 0;
    std::uint64_t memlimit = 0;

    // OPSLIMIT_MODERATE / MEMLIMIT_MODERATE (3 passes, 256 MiB): the default and the default floor.
    static KdfParams moderate();
    // The most a vault header may ask for (SENSITIVE: 4 passes, 1 GiB, times four passes), so a
    // damaged or hostile header cannot make an unlock run for hours or exhaust memory.
    static KdfParams maximum();
    // libsodium's minimum for Argon2id (1 pass, 8 KiB): only tests lower the floor this far.
    static KdfParams minimum();

    // True when both costs are at least the floor's.
    [[nodiscard]] bool meets_floor(const KdfParams& floor) const;
    // True when both costs lie within [minimum(), maximum()].
    [[nodiscard]] bool within_limits() const;
    friend bool operator==(const KdfParams&, const KdfParams&) = default;
};

// NFKC normalisation of a UTF-8 passphrase into secure memory. Errors: "crypto.passphrase_utf8"
// (not valid UTF-8), "crypto.passphrase_length" (empty or longer than kMaxPassphraseBytes).
Result<SecureBuffer> normalize_passphrase(const SecureBuffer& utf8);

// Argon2id13 of an already-normalised passphrase. Errors: "crypto.kdf_params" (outside the
// limits or a salt of the wrong size), "crypto.kdf" (libsodium failed, e.g. out of memory).
Result<SecureBuffer> derive_kek(const SecureBuffer& normalized, ByteView salt,
                                const KdfParams& params);

// normalize_passphrase then derive_kek.
Result<SecureBuffer> passphrase_to_kek(const SecureBuffer& passphrase, ByteView salt,
                                       const KdfParams& params);

} // namespace careledger::crypto
