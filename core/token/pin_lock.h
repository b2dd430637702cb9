// The optional PIN of an emergency token. With a PIN, the token's contents (triage set and
// summary key) are sealed with XChaCha20-Poly1305 under a key stretched from the PIN with
// Argon2id (crypto/password_kdf.h: NFKC, ALG_ARGON2ID13) and a random 16-byte salt carried in the
// token. The QR alone then reveals nothing medical; the signature covers the ciphertext, so the
// token still verifies (authenticity, expiry, revocation) without the PIN, and reading it needs
// the PIN ("token.wrong_pin").
//
// A four-digit PIN has only 10^4 values, so the KDF cost is what slows an offline guesser with a
// copy of the QR; the token is also short-lived and revocable. Cost: libsodium's INTERACTIVE
// level (2 passes, 64 MiB, about 0.1 s here) by default and as the floor a verifier accepts, and
// at most MODERATE (3 passes, 256 MiB) so a signed token cannot make a scanner hang.
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "crypto/password_kdf.h"
#include "crypto/secure_buffer.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace careledger::token {

inline constexpr std::size_t kMinPinBytes = 4;
inline constexpr std::size_t kMaxPinBytes = 64;
inline constexpr std::string_view kPinContext = "careledger/token-pin/v1\n";

// crypto_pwhash_argon2id_OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE (tests compare them with
// libsodium's own constants).
crypto::KdfParams pin_kdf_interactive();
// The costliest parameters a verifier runs: MODERATE.
crypto::KdfParams pin_kdf_ceiling();

struct PinLock {
    std::array<std::uint8_t, crypto::kKdfSaltBytes> salt{};
    crypto::KdfParams params;
    Bytes sealed; // nonce || ciphertext || tag
    bool operator==(const PinLock&) const = default;
};

// Seals `plaintext` under the PIN with a fresh salt. `associated_data` binds the ciphertext to
// its token. Errors: "token.bad_pin" (not UTF-8, shorter than 4 or longer than 64 bytes after
// NFKC), "token.bad_request" (parameters outside [floor, ceiling]).
Result<PinLock> pin_seal(const crypto::SecureBuffer& pin, ByteView plaintext,
                         ByteView associated_data, const crypto::KdfParams& params);

// Checks the token's KDF parameters against [floor, ceiling] ("token.bad_claims"), derives the
// key and opens the contents ("token.wrong_pin" when the PIN is wrong).
Result<crypto::SecureBuffer> pin_open(const crypto::SecureBuffer& pin, const PinLock& lock,
                                      ByteView associated_data, const crypto::KdfParams& floor);

} // namespace careledger::token
