// A thin wrapper over one SQLCipher 3 connection: open-and-key in one step, statements with
// bind/step/column, and the guards that keep SQLCipher 3.4.1's fail-open traps shut (DESIGN §4).
//  - Only a 32-byte raw key is accepted (an empty key would make SQLCipher write plaintext), and
//    it is applied exactly once, right after sqlite3_open, by Database::open. No method keys again.
//  - After keying, cipher_version and the cipher settings are read back; a plain SQLite (which
//    ignores PRAGMA key and "succeeds") is refused with vault.no_sqlcipher.
//  - An authorizer refuses, for every statement callers prepare, the pragmas that re-key or
//    re-configure the cipher (a second PRAGMA key on a used connection corrupts the file), those
//    that weaken durability, ATTACH/DETACH and sqlcipher_export. Copies out of the database go
//    through export_encrypted_copy (sqlcipher_export into a keyed ATTACHed file), never through
//    sqlite3_backup, which writes an encrypted database out as plaintext.
// sqlite3.h is included only by core/vault's .cpp files; this header forward-declares nothing of
// it.
#pragma once

#include "common/result.h"
#include "crypto/secure_buffer.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace careledger::vault {

inline constexpr std::size_t kDatabaseKeyBytes = 32;

struct DatabaseOptions {
    bool create = false; // create the file if missing (it must then be new)
    // Name of a registered SQLite VFS; empty means the default. Tests pass a fault-injecting one.
    std::string vfs;
};

enum class ColumnType { integer, real, text, blob, null };

class Statement {
public:
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Parameters are numbered from 1, as in SQL. Values are copied.
    Status bind(int index, std::int64_t value);
    Status bind(int index, std::string_view text);
    Status bind_blob(int index, ByteView blob);
    Status bind_null(int index);

    // true: a row is available; false: done. Errors map to vault.* codes.
    Result<bool> step();
    // Runs a statement that returns no rows to completion.
    Status run();
    Status reset();

    [[nodiscard]] int column_count() const;
    [[nodiscard]] ColumnType column_type(int column) const;
    [[nodiscard]] std::int64_t column_int64(int column) const;
    [[nodiscard]] std::string column_text(int column) const;
    [[nodiscard]] Bytes column_blob(int column) const;
    // A blob column copied straight into secure memory.
    [[nodiscard]] crypto::SecureBuffer column_secret(int column) const;

private:
    friend class Database;
    struct Impl;
    explicit Statement(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

class Database {
public:
    // Opens `file`, keys it with the raw 32-byte key, verifies SQLCipher and its settings, and
    // sets journal_mode=DELETE, synchronous=FULL, locking_mode=EXCLUSIVE, temp_store=MEMORY,
    // secure_delete=ON (each read back). Does not check integrity or the schema (the Vault does).
    static Result<Database> open(const std::filesystem::path& file,
                                 const crypto::SecureBuffer& raw_key,
                                 const DatabaseOptions& options = {});

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    // Closes the connection; every later call fails with vault.locked.
    void close();
    [[nodiscard]] bool is_open() const;

    Result<Statement> prepare(std::string_view sql);
    // Runs one or more statements that return no rows.
    Status exec(std::string_view sql);
    [[nodiscard]] bool in_transaction() const;
    [[nodiscard]] std::int64_t last_insert_rowid() const;
    [[nodiscard]] std::int64_t changes() const;

    Result<std::int64_t> user_version();
    Result<std::int64_t> application_id();
    // Only the migration code (schema.cpp) sets these.
    Status set_user_version(std::int64_t version);
    Status set_application_id(std::int64_t id);
    // "3.4.1" for the library this connection runs on.
    Result<std::string> cipher_version();
    // PRAGMA integrity_check (SQLCipher 3.4.1 has no cipher_integrity_check): ok or vault.corrupt.
    Status integrity_check();
    // Writes a complete copy of the database to `dest` (a new file), encrypted under `raw_key`,
    // with sqlcipher_export into an ATTACHed keyed database; carries user_version/application_id.
    Status export_encrypted_copy(const std::filesystem::path& dest,
                                 const crypto::SecureBuffer& raw_key);

    struct Impl;

private:
    explicit Database(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

} // namespace careledger::vault
