// The vault backup file: one file holding the vault header of the day (so the passphrase of that
// day opens it), the database as sqlcipher_export wrote it (SQLCipher-encrypted under the DEK),
// and sealed metadata whose associated data is everything before it, so the whole file is
// authenticated under a key derived from the DEK.
//
//   "CLBACKUP" | u32 version=1 | vault header (136) | u64 n | n database bytes |
//   XChaCha20-Poly1305(backup key, created_at u64 | ledger_size u64 | schema u64, AD = all before)
#pragma once

#include "common/result.h"
#include "common/time.h"
#include "crypto/secure_buffer.h"
#include "vault/header.h"

#include <cstdint>

namespace careledger::vault {

struct BackupInfo {
    UnixTime created_at = 0;
    std::uint64_t ledger_size = 0;   // what the caller said the ledger held at export
    std::int64_t schema_version = 0; // of the database inside
    // Set by import_backup when the caller's current ledger is larger than the backup's: the
    // backup predates entries the wallet has since seen (nonces, grants, outbox).
    bool older_than_ledger = false;
};

struct ParsedBackup {
    VaultHeader header;
    Bytes header_bytes;
    ByteView database;      // into the file bytes the parse was given
    ByteView authenticated; // all bytes before the sealed metadata
    ByteView sealed_metadata;
};

Bytes encode_backup(ByteView header_bytes, ByteView database, const BackupInfo& info,
                    const crypto::SecureBuffer& dek);

// Structure only (no key needed): vault.bad_backup for a foreign file, vault.corrupt for bad
// lengths, header errors as VaultHeader::parse reports them.
Result<ParsedBackup> parse_backup(ByteView file);

// Authenticates the whole file and returns its metadata: vault.corrupt on any alteration.
Result<BackupInfo> open_backup_metadata(const ParsedBackup& backup,
                                        const crypto::SecureBuffer& dek);

} // namespace careledger::vault
