// Encryption of the master secret in SLIP-0039: a four-round Feistel network (Luby-Rackoff) whose
// round function is PBKDF2-HMAC-SHA256 keyed by the round number and the passphrase. With the
// extendable flag the identifier is not part of the salt, so any set of shares made from the same
// secret and passphrase carries the same encrypted master secret.
#pragma once

#include "common/bytes.h"
#include "crypto/secure_buffer.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace careledger::crypto::slip39::detail {

inline constexpr std::uint32_t kBaseIterationCount = 10000; // over the four rounds, at e = 0
inline constexpr unsigned kRounds = 4;

// PBKDF2 (RFC 8018 §5.2) with HMAC-SHA256 as PRF; fills all of `out`. iterations >= 1.
void pbkdf2_hmac_sha256(ByteView password, ByteView salt, std::uint32_t iterations,
                        std::span<std::uint8_t> out);

struct CipherParams {
    std::uint16_t identifier = 0;
    bool extendable = false;
    std::uint8_t iteration_exponent = 0; // <= 15
};

// Preconditions (callers check): an even, non-zero secret length; a printable ASCII passphrase.
SecureBuffer encrypt(const SecureBuffer& master_secret, std::string_view passphrase,
                     const CipherParams& params);
SecureBuffer decrypt(const SecureBuffer& encrypted_master_secret, std::string_view passphrase,
                     const CipherParams& params);

} // namespace careledger::crypto::slip39::detail
