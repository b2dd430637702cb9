#include "crypto/password_kdf.h"

#include <cerrno>
#include <cstdlib>
#include <sodium.h>
#include <uninorm.h>
#include <unistr.h>

namespace careledger::crypto {

namespace {

// NFKC can grow UTF-8 text: the largest single expansion, U+FDFA (3 bytes), becomes 18 code
// points (33 bytes). Sizing the secure output buffer at 18 times the input keeps libunistring
// from falling back to an ordinary heap buffer for the result.
constexpr std::size_t kNfkcMaxGrowth = 18;

} // namespace

KdfParams KdfParams::moderate() {
    return {crypto_pwhash_argon2id_OPSLIMIT_MODERATE, crypto_pwhash_argon2id_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::maximum() {
    return {std::uint64_t{4} * crypto_pwhash_argon2id_OPSLIMIT_SENSITIVE,
            crypto_pwhash_argon2id_MEMLIMIT_SENSITIVE};
}

KdfParams KdfParams::minimum() {
    return {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN};
}

bool KdfParams::meets_floor(const KdfParams& floor) const {
    return opslimit >= floor.opslimit && memlimit >= floor.memlimit;
}

bool KdfParams::within_limits() const {
    return meets_floor(minimum()) && maximum().meets_floor(*this);
}

Result<SecureBuffer> normalize_passphrase(const SecureBuffer& utf8) {
    if (utf8.empty() || utf8.size() > kMaxPassphraseBytes)
        return make_error("crypto.passphrase_length",
                          "the passphrase must be between 1 and 1024 bytes long");
    if (u8_check(utf8.data(), utf8.size()) != nullptr)
        return make_error("crypto.passphrase_utf8", "the passphrase is not valid UTF-8");

    SecureBuffer out(utf8.size() * kNfkcMaxGrowth);
    std::size_t length = out.size();
    std::uint8_t* result =
        u8_normalize(UNINORM_NFKC, utf8.data(), utf8.size(), out.data(), &length);
    if (result == nullptr)
        return make_error("crypto.passphrase_utf8", "the passphrase could not be normalised");
    if (result != out.data()) {
        // libunistring needed more room than the worst case above: take its heap copy into
        // secure memory and wipe the original.
        SecureBuffer copy = SecureBuffer::copy_of({result, length});
        wipe(result, length);
        std::free(result); // NOLINT(cppcoreguidelines-no-malloc): libunistring allocated it
        return copy;
    }
    return SecureBuffer::copy_of({out.data(), length});
}

Result<SecureBuffer> derive_kek(const SecureBuffer& normalized, ByteView salt,
                                const KdfParams& params) {
    static_assert(kKdfSaltBytes == crypto_pwhash_argon2id_SALTBYTES);
    if (salt.size() != kKdfSaltBytes)
        return make_error("crypto.kdf_params", "the KDF salt must be 16 bytes");
    if (!params.within_limits())
        return make_error("crypto.kdf_params", "the Argon2id parameters are out of range");
    SecureBuffer kek(kKekBytes);
    if (crypto_pwhash(kek.data(), kek.size(), reinterpret_cast<const char*>(normalized.data()),
                      normalized.size(), salt.data(), params.opslimit,
                      static_cast<std::size_t>(params.memlimit), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return make_error("crypto.kdf", "Argon2id failed (out of memory?)");
    return kek;
}

Result<SecureBuffer> passphrase_to_kek(const SecureBuffer& passphrase, ByteView salt,
                                       const KdfParams& params) {
    CL_ASSIGN_OR_RETURN(SecureBuffer normalized, normalize_passphrase(passphrase));
    return derive_kek(normalized, salt, params);
}

} // namespace careledger::crypto
