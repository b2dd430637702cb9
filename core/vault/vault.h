// The encrypted vault of one wallet directory (DESIGN §3-4):
//   wallet.header  plaintext: format, Argon2id parameters, salt, the DEK wrapped under the KEK
//   wallet.db      SQLCipher 3 database keyed with the raw DEK (SQLCipher's PBKDF2 bypassed)
//   wallet.lock    advisory lock file: one instance at a time
// The passphrase is NFKC-normalised and stretched with Argon2id into the KEK; the KEK unwraps the
// DEK. Changing the passphrase re-wraps the DEK and rewrites only the header, atomically.
// Errors: vault/errors.h. Nothing here blocks on anything but the KDF and disk; callers run
// create/open/change_passphrase/import off the GUI thread.
#pragma once

#include "common/atomic_file.h"
#include "common/result.h"
#include "crypto/password_kdf.h"
#include "crypto/secure_buffer.h"
#include "vault/backup_file.h"
#include "vault/database.h"
#include "vault/secret_store.h"
#include "vault/settings_store.h"

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace careledger::vault {

inline constexpr const char* kHeaderFileName = "wallet.header";
inline constexpr const char* kDatabaseFileName = "wallet.db";
inline constexpr const char* kLockFileName = "wallet.lock";

struct OpenOptions {
    // A header asking for less than this is refused (vault.weak_parameters) before any KDF runs.
    // Tests lower it explicitly to open vaults made with cheap parameters; nothing else may.
    crypto::KdfParams kdf_floor = crypto::KdfParams::moderate();
    // Test seams, unused in production: a registered SQLite VFS for wallet.db (fault injection),
    // and a hook that fails chosen steps of the header's atomic write.
    std::string sqlite_vfs;
    AtomicWriteFaults* header_write_faults = nullptr;
};

// Where the time of the last create/open went: Argon2id, and everything (KDF included).
struct UnlockTiming {
    double kdf_ms = 0;
    double total_ms = 0;
};

struct ImportOptions {
    // The size of the ledger the wallet knows now; a backup made at a smaller size is flagged.
    std::optional<std::uint64_t> current_ledger_size;
    OpenOptions open;
};

class Vault {
public:
    // Creates a new vault in `dir` (created 0700 if missing). vault.exists if it holds one.
    static Result<Vault> create(const std::filesystem::path& dir,
                                const crypto::SecureBuffer& passphrase,
                                const crypto::KdfParams& params = crypto::KdfParams::moderate(),
                                const OpenOptions& options = {});
    static Result<Vault> open(const std::filesystem::path& dir,
                              const crypto::SecureBuffer& passphrase,
                              const OpenOptions& options = {});
    // True when `dir` holds a vault header.
    static bool exists(const std::filesystem::path& dir);

    // Restores a backup into `dest_dir`, which must not hold a vault (vault.exists), after
    // checking the passphrase, the file's authenticity and the database's integrity.
    static Result<BackupInfo> import_backup(const std::filesystem::path& file,
                                            const crypto::SecureBuffer& passphrase,
                                            const std::filesystem::path& dest_dir,
                                            const ImportOptions& options = {});

    Vault(Vault&& other) noexcept;
    Vault& operator=(Vault&& other) noexcept;
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;
    ~Vault(); // locks

    // Closes the database, wipes the DEK and releases the lock. Later calls fail with vault.locked.
    // Statements prepared on database() must be gone by then.
    void lock();
    [[nodiscard]] bool is_open() const;

    // Re-wraps the DEK under the new passphrase with a fresh salt (and new Argon2id costs if
    // given, which must meet the floor) and replaces wallet.header atomically.
    Status change_passphrase(const crypto::SecureBuffer& new_passphrase,
                             std::optional<crypto::KdfParams> params = std::nullopt);

    // Writes one backup file (never over an existing file: vault.exists) that the current
    // passphrase opens. `ledger_size` is recorded so an import can tell an outdated backup.
    Status export_backup(const std::filesystem::path& file, std::uint64_t ledger_size);

    [[nodiscard]] const crypto::KdfParams& kdf_params() const;
    [[nodiscard]] const UnlockTiming& unlock_timing() const;
    [[nodiscard]] const std::filesystem::path& directory() const;

    // Other modules' tables (created by their steps in schema.cpp).
    Database& database();
    SecretStore secrets();
    SettingsStore settings();

private:
    struct State;
    explicit Vault(std::unique_ptr<State> state);
    std::unique_ptr<State> s_;
};

} // namespace careledger::vault
