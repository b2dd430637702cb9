#include "crypto/slip39_cipher.h"

#include "crypto/hash.h"

#include <algorithm>
#include <array>
#include <utility>

namespace careledger::crypto::slip39::detail {

namespace {

constexpr std::string_view kSaltPrefix = "shamir";

// F(i, R) = PBKDF2(password = i || passphrase, salt = salt_prefix || R,
//                  iterations = 2500 << e, dkLen = |R|), salt_prefix = "shamir" || id (2 bytes,
// big-endian) without the extendable flag and empty with it.
SecureBuffer round_function(std::uint8_t round, std::string_view passphrase,
                            const CipherParams& params, const SecureBuffer& right) {
    SecureBuffer password(1 + passphrase.size());
    password.data()[0] = round;
    std::copy(passphrase.begin(), passphrase.end(), password.data() + 1);

    const std::size_t prefix_size = params.extendable ? 0 : kSaltPrefix.size() + 2;
    SecureBuffer salt(prefix_size + right.size());
    if (!params.extendable) {
        std::copy(kSaltPrefix.begin(), kSaltPrefix.end(), salt.data());
        salt.data()[kSaltPrefix.size()] = static_cast<std::uint8_t>(params.identifier >> 8);
        salt.data()[kSaltPrefix.size() + 1] = static_cast<std::uint8_t>(params.identifier & 0xff);
    }
    std::copy_n(right.data(), right.size(), salt.data() + prefix_size);

    const std::uint32_t iterations = (kBaseIterationCount / kRounds) << params.iteration_exponent;
    SecureBuffer out(right.size());
    pbkdf2_hmac_sha256(password.view(), salt.view(), iterations, out.span());
    return out;
}

// Runs the Feistel network over `input` with the rounds in the given order; encryption and
// decryption differ only in that order.
SecureBuffer feistel(const SecureBuffer& input, std::string_view passphrase,
                     const CipherParams& params, const std::array<std::uint8_t, kRounds>& rounds) {
    const std::size_t half = input.size() / 2;
    SecureBuffer left = SecureBuffer::copy_of(input.view().first(half));
    SecureBuffer right = SecureBuffer::copy_of(input.view().subspan(half));
    for (const std::uint8_t round : rounds) {
        // (L, R) = (R, L xor F(i, R))
        const SecureBuffer f = round_function(round, passphrase, params, right);
        for (std::size_t k = 0; k < half; ++k)
            left.data()[k] ^= f.data()[k];
        std::swap(left, right);
    }
    // The output is R || L.
    SecureBuffer out(input.size());
    std::copy_n(right.data(), half, out.data());
    std::copy_n(left.data(), half, out.data() + half);
    return out;
}

} // namespace

void pbkdf2_hmac_sha256(ByteView password, ByteView salt, std::uint32_t iterations,
                        std::span<std::uint8_t> out) {
    // The salt of every block is salt || INT_32_BE(block number).
    SecureBuffer block_salt(salt.size() + 4);
    std::copy(salt.begin(), salt.end(), block_salt.data());
    Hash32 u{};
    Hash32 t{};
    std::uint32_t block = 1;
    for (std::size_t offset = 0; offset < out.size(); offset += t.size(), ++block) {
        for (std::size_t b = 0; b < 4; ++b)
            block_salt.data()[salt.size() + b] = static_cast<std::uint8_t>(block >> (24 - 8 * b));
        u = hmac_sha256(password, block_salt.view());
        t = u;
        for (std::uint32_t i = 1; i < iterations; ++i) {
            u = hmac_sha256(password, u);
            for (std::size_t k = 0; k < t.size(); ++k)
                t[k] ^= u[k];
        }
        std::copy_n(t.begin(), std::min(t.size(), out.size() - offset),
                    out.begin() + static_cast<std::ptrdiff_t>(offset));
    }
    wipe(u.data(), u.size());
    wipe(t.data(), t.size());
}

SecureBuffer encrypt(const SecureBuffer& master_secret, std::string_view passphrase,
                     const CipherParams& params) {
    return feistel(master_secret, passphrase, params, {0, 1, 2, 3});
}

SecureBuffer decrypt(const SecureBuffer& encrypted_master_secret, std::string_view passphrase,
                     const CipherParams& params) {
    return feistel(encrypted_master_secret, passphrase, params, {3, 2, 1, 0});
}

} // namespace careledger::crypto::slip39::detail
