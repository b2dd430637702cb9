#include "vault/backup_file.h"

#include "crypto/aead.h"
#include "crypto/hash.h"
#include "vault/errors.h"

#include <algorithm>

namespace careledger::vault {

namespace {

constexpr std::array<std::uint8_t, 8> kMagic = {'C', 'L', 'B', 'A', 'C', 'K', 'U', 'P'};
constexpr std::uint32_t kBackupVersion = 1;
constexpr std::size_t kMetadataBytes = 24;
constexpr std::size_t kSealedBytes =
    crypto::kAeadNonceBytes + kMetadataBytes + crypto::kAeadTagBytes;
constexpr std::size_t kPrefixBytes = kMagic.size() + 4 + kHeaderBytes + 8;

// A key of its own for the backup, derived from the DEK (which SQLCipher uses for AES).
crypto::SecureBuffer backup_key(const crypto::SecureBuffer& dek) {
    auto mac = crypto::hmac_sha256(dek.view(), as_bytes("careledger/vault-backup/v1"));
    auto key = crypto::SecureBuffer::copy_of(careledger::view(mac));
    crypto::wipe(mac.data(), mac.size());
    return key;
}

} // namespace

Bytes encode_backup(ByteView header_bytes, ByteView database, const BackupInfo& info,
                    const crypto::SecureBuffer& dek) {
    Bytes out(kMagic.begin(), kMagic.end());
    out.reserve(kPrefixBytes + database.size() + kSealedBytes);
    put_u32_be(out, kBackupVersion);
    append(out, header_bytes);
    put_u64_be(out, database.size());
    append(out, database);
    Bytes metadata;
    put_u64_be(metadata, static_cast<std::uint64_t>(info.created_at));
    put_u64_be(metadata, info.ledger_size);
    put_u64_be(metadata, static_cast<std::uint64_t>(info.schema_version));
    const auto sealed = crypto::aead_seal(backup_key(dek), metadata, out);
    append(out, sealed.value()); // cannot fail: the key is 32 bytes
    return out;
}

Result<ParsedBackup> parse_backup(ByteView file) {
    if (file.size() < kMagic.size() || !std::equal(kMagic.begin(), kMagic.end(), file.begin()))
        return make_error(errc::bad_backup, "not a CareLedger vault backup");
    if (file.size() < kPrefixBytes + kSealedBytes)
        return make_error(errc::corrupt, "the backup is truncated");
    if (get_u32_be(file.subspan(8, 4)) != kBackupVersion)
        return make_error(errc::unsupported_version, "the backup has an unknown format version");
    ParsedBackup b;
    b.header_bytes.assign(file.begin() + 12, file.begin() + 12 + kHeaderBytes);
    CL_ASSIGN_OR_RETURN(b.header, VaultHeader::parse(b.header_bytes));
    const std::uint64_t n = get_u64_be(file.subspan(12 + kHeaderBytes, 8));
    if (n != file.size() - kPrefixBytes - kSealedBytes)
        return make_error(errc::corrupt, "the backup is truncated or has trailing bytes");
    b.database = file.subspan(kPrefixBytes, n);
    b.authenticated = file.first(kPrefixBytes + n);
    b.sealed_metadata = file.subspan(kPrefixBytes + n);
    return b;
}

Result<BackupInfo> open_backup_metadata(const ParsedBackup& backup,
                                        const crypto::SecureBuffer& dek) {
    auto metadata =
        crypto::aead_open(backup_key(dek), backup.sealed_metadata, backup.authenticated);
    if (!metadata.ok() || metadata->size() != kMetadataBytes)
        return make_error(errc::corrupt, "the backup was altered or damaged");
    const ByteView m = metadata->view();
    BackupInfo info;
    info.created_at = static_cast<UnixTime>(get_u64_be(m.subspan(0, 8)));
    info.ledger_size = get_u64_be(m.subspan(8, 8));
    info.schema_version = static_cast<std::int64_t>(get_u64_be(m.subspan(16, 8)));
    return info;
}

} // namespace careledger::vault
