// Every key of a wallet is derived from one 16-byte master secret (the one SLIP-0039 encodes), so
// a recovery phrase restores them all (DESIGN §3). Derivation: root = BLAKE2b-256 of the master
// secret with a CareLedger personalisation, then libsodium crypto_kdf with context "CareLedg" and
// the numbered subkeys below. Subkey numbers are a format: never renumber.
#pragma once

#include "common/result.h"
#include "crypto/ed25519.h"
#include "crypto/secure_buffer.h"

#include <array>
#include <string>

namespace careledger::crypto {

inline constexpr std::size_t kMasterSecretBytes = 16;

enum class Subkey : std::uint64_t {
    signing_seed = 1, // Ed25519 identity
    box_secret = 2,   // X25519 for sealed boxes addressed to this wallet
    record_keys = 3,  // root for per-record AEAD keys (off-ledger blobs)
};

using KeyId = std::array<std::uint8_t, 16>;
using BoxPublicKey = std::array<std::uint8_t, 32>;

// Short, stable identifier of a public key: BLAKE2b-128 of the key. Shown to users as 32 hex chars.
KeyId key_id(const PublicKey& pk);
std::string key_id_hex(const PublicKey& pk);

class Identity {
public:
    static Result<Identity> from_master_secret(const SecureBuffer& master_secret);

    [[nodiscard]] const SigningKey& signing() const { return signing_; }
    [[nodiscard]] const PublicKey& public_key() const { return signing_.public_key(); }
    [[nodiscard]] const BoxPublicKey& box_public_key() const { return box_public_; }
    [[nodiscard]] const SecureBuffer& box_secret_key() const { return box_secret_; }
    // A 32-byte subkey for another purpose (record keys), derived the same way.
    [[nodiscard]] SecureBuffer derive(Subkey which) const;

private:
    Identity(SigningKey s, SecureBuffer root) : signing_(std::move(s)), root_(std::move(root)) {}
    SigningKey signing_;
    SecureBuffer root_;
    SecureBuffer box_secret_;
    BoxPublicKey box_public_{};
};

// Sealed boxes (crypto_box_seal) to a recipient's X25519 key.
Bytes seal_to(const BoxPublicKey& recipient, ByteView plaintext);
Result<SecureBuffer> open_sealed(const Identity& me, ByteView sealed);

} // namespace careledger::crypto
