#include "vault/header.h"

#include "crypto/aead.h"
#include "crypto/hash.h"
#include "vault/errors.h"

#include <algorithm>
#include <cstring>

namespace careledger::vault {

namespace {

constexpr std::array<std::uint8_t, 8> kMagic = {'C', 'L', 'V', 'A', 'U', 'L', 'T', 0};
constexpr std::size_t kAssociatedBytes = 48;
constexpr std::size_t kWrappedDekBytes = crypto::kAeadNonceBytes + 32 + crypto::kAeadTagBytes;
constexpr std::size_t kChecksumOffset = kAssociatedBytes + kWrappedDekBytes;
static_assert(kChecksumOffset + 16 == kHeaderBytes);

} // namespace

Bytes VaultHeader::associated_data() const {
    Bytes out(kMagic.begin(), kMagic.end());
    put_u32_be(out, version);
    put_u32_be(out, kdf_algorithm);
    put_u64_be(out, kdf.opslimit);
    put_u64_be(out, kdf.memlimit);
    append(out, careledger::view(salt));
    return out;
}

Bytes VaultHeader::encode() const {
    Bytes out = associated_data();
    append(out, wrapped_dek);
    const auto checksum = crypto::blake2b_128(out);
    append(out, careledger::view(checksum));
    return out;
}

Result<VaultHeader> VaultHeader::parse(ByteView bytes) {
    if (bytes.size() < kMagic.size() || !std::equal(kMagic.begin(), kMagic.end(), bytes.begin()))
        return make_error(errc::not_a_vault, "wallet.header is not a CareLedger vault header");
    if (bytes.size() < 16)
        return make_error(errc::corrupt, "wallet.header is truncated");
    VaultHeader h;
    h.version = get_u32_be(bytes.subspan(8, 4));
    if (h.version != kHeaderVersion)
        return make_error(errc::unsupported_version, "wallet.header has format version " +
                                                         std::to_string(h.version) +
                                                         "; this CareLedger reads version 1");
    if (bytes.size() != kHeaderBytes)
        return make_error(errc::corrupt, "wallet.header has the wrong size (damaged?)");
    const auto checksum = crypto::blake2b_128(bytes.first(kChecksumOffset));
    if (!std::equal(checksum.begin(), checksum.end(), bytes.begin() + kChecksumOffset))
        return make_error(errc::corrupt, "wallet.header is damaged (checksum mismatch)");
    h.kdf_algorithm = get_u32_be(bytes.subspan(12, 4));
    if (h.kdf_algorithm != kKdfArgon2id13)
        return make_error(errc::unsupported_version, "wallet.header names an unknown KDF");
    h.kdf.opslimit = get_u64_be(bytes.subspan(16, 8));
    h.kdf.memlimit = get_u64_be(bytes.subspan(24, 8));
    if (!h.kdf.within_limits())
        return make_error(errc::bad_parameters,
                          "wallet.header asks for Argon2id costs outside the accepted range");
    std::memcpy(h.salt.data(), bytes.data() + 32, h.salt.size());
    h.wrapped_dek.assign(bytes.begin() + kAssociatedBytes, bytes.begin() + kChecksumOffset);
    return h;
}

Result<VaultHeader> seal_header(const crypto::SecureBuffer& passphrase,
                                const crypto::SecureBuffer& dek, const crypto::KdfParams& params) {
    VaultHeader h;
    h.kdf = params;
    crypto::random_bytes(h.salt);
    CL_ASSIGN_OR_RETURN(const crypto::SecureBuffer kek,
                        crypto::passphrase_to_kek(passphrase, careledger::view(h.salt), params));
    CL_ASSIGN_OR_RETURN(h.wrapped_dek, crypto::aead_seal(kek, dek.view(), h.associated_data()));
    if (h.wrapped_dek.size() != kWrappedDekBytes)
        return make_error(errc::corrupt, "the vault key has the wrong size");
    return h;
}

Result<crypto::SecureBuffer> unwrap_dek(const VaultHeader& header,
                                        const crypto::SecureBuffer& kek) {
    auto dek = crypto::aead_open(kek, header.wrapped_dek, header.associated_data());
    if (!dek.ok())
        return make_error(errc::wrong_passphrase,
                          "wrong passphrase (or wallet.header was altered)");
    return std::move(dek).value();
}

} // namespace careledger::vault
