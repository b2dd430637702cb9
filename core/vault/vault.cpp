#include "vault/vault.h"

#include "crypto/aead.h"
#include "vault/errors.h"
#include "vault/file_lock.h"
#include "vault/header.h"
#include "vault/schema.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace careledger::vault {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxHeaderFile = 4096;
constexpr std::size_t kMaxBackupFile = std::size_t{1} << 32; // 4 GiB
constexpr std::array<std::uint8_t, 16> kPlainSqliteMagic = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                                            'o', 'r', 'm', 'a', 't', ' ', '3', 0};

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

Error io_error(const Error& e) {
    return make_error(errc::io, e.message);
}

fs::path journal_of(const fs::path& db) {
    return db.string() + "-journal";
}

bool any_vault_file(const fs::path& dir) {
    std::error_code ec;
    return fs::exists(dir / kHeaderFileName, ec) || fs::exists(dir / kDatabaseFileName, ec) ||
           fs::exists(journal_of(dir / kDatabaseFileName), ec);
}

// SQLCipher files begin with a random salt; "SQLite format 3\0" at offset 0 means plaintext.
Result<bool> starts_as_plain_sqlite(const fs::path& file) {
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return make_error(errc::io, "could not read " + file.string());
    std::array<std::uint8_t, 16> head{};
    const ssize_t n = ::read(fd, head.data(), head.size());
    ::close(fd);
    return n == static_cast<ssize_t>(head.size()) && head == kPlainSqliteMagic;
}

bool is_plain_sqlite(ByteView bytes) {
    return bytes.size() >= kPlainSqliteMagic.size() &&
           std::equal(kPlainSqliteMagic.begin(), kPlainSqliteMagic.end(), bytes.begin());
}

Status check_params(const crypto::KdfParams& params, const crypto::KdfParams& floor) {
    if (!params.within_limits())
        return make_error(errc::bad_parameters,
                          "the Argon2id costs are outside the accepted range");
    if (!params.meets_floor(floor))
        return make_error(errc::weak_parameters,
                          "the vault's Argon2id costs are below the required minimum");
    return {};
}

Status make_private_dir(const fs::path& dir) {
    std::error_code ec;
    if (fs::is_directory(dir, ec))
        return {};
    if (!fs::create_directories(dir, ec) || ec)
        return make_error(errc::io, "could not create " + dir.string() + ": " + ec.message());
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
    return {};
}

void remove_database_files(const fs::path& db) {
    std::error_code ec;
    fs::remove(db, ec);
    fs::remove(journal_of(db), ec);
}

// Opens wallet.db with the DEK, checks its integrity and brings its schema up to date.
Result<Database> open_database(const fs::path& dir, const crypto::SecureBuffer& dek,
                               const OpenOptions& options) {
    const fs::path path = dir / kDatabaseFileName;
    std::error_code ec;
    if (!fs::is_regular_file(path, ec))
        return make_error(errc::corrupt, "wallet.db is missing");
    CL_ASSIGN_OR_RETURN(const bool plain, starts_as_plain_sqlite(path));
    if (plain)
        return make_error(errc::not_a_vault, "wallet.db is an unencrypted SQLite file");
    CL_ASSIGN_OR_RETURN(Database db,
                        Database::open(path, dek, {.create = false, .vfs = options.sqlite_vfs}));
    CL_TRY(db.integrity_check());
    CL_TRY(migrate(db, migrations(), FreshDatabase::refuse));
    return db;
}

} // namespace

struct Vault::State {
    fs::path dir;
    OpenOptions options;
    FileLock lock;
    Database db;
    crypto::SecureBuffer dek;
    VaultHeader header;
    UnlockTiming timing;
};

Vault::Vault(std::unique_ptr<State> state) : s_(std::move(state)) {}
Vault::Vault(Vault&& other) noexcept = default;
Vault& Vault::operator=(Vault&& other) noexcept {
    if (this != &other) {
        lock();
        s_ = std::move(other.s_);
    }
    return *this;
}
Vault::~Vault() {
    lock();
}

bool Vault::exists(const fs::path& dir) {
    std::error_code ec;
    return fs::exists(dir / kHeaderFileName, ec);
}

Result<Vault> Vault::create(const fs::path& dir, const crypto::SecureBuffer& passphrase,
                            const crypto::KdfParams& params, const OpenOptions& options) {
    const auto start = Clock::now();
    CL_TRY(check_params(params, options.kdf_floor));
    CL_TRY(crypto::normalize_passphrase(passphrase)); // refuse a bad one before touching disk
    if (any_vault_file(dir))
        return make_error(errc::exists, dir.string() + " already holds a vault");
    CL_TRY(make_private_dir(dir));
    CL_ASSIGN_OR_RETURN(FileLock lock, FileLock::acquire(dir / kLockFileName));
    if (any_vault_file(dir)) // another process may have created one before we held the lock
        return make_error(errc::exists, dir.string() + " already holds a vault");

    crypto::SecureBuffer dek = crypto::random_secret(kDatabaseKeyBytes);
    const auto kdf_start = Clock::now();
    CL_ASSIGN_OR_RETURN(VaultHeader header, seal_header(passphrase, dek, params));
    const double kdf_ms = ms_since(kdf_start);

    // wallet.db is created by us, new and 0600, before SQLite writes to it.
    const fs::path db_path = dir / kDatabaseFileName;
    const int fd = ::open(db_path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return make_error(errc::exists, "could not create wallet.db (it exists?)");
    ::close(fd);

    auto build = [&]() -> Result<Database> {
        CL_ASSIGN_OR_RETURN(
            Database db, Database::open(db_path, dek, {.create = true, .vfs = options.sqlite_vfs}));
        CL_TRY(migrate(db, migrations(), FreshDatabase::initialise));
        CL_ASSIGN_OR_RETURN(const bool plain, starts_as_plain_sqlite(db_path));
        if (plain)
            return make_error(errc::no_sqlcipher, "wallet.db was written unencrypted");
        // The header goes last: its presence is what makes the directory a vault.
        if (const Status st = write_file_atomically(dir / kHeaderFileName, header.encode(),
                                                    options.header_write_faults);
            !st.ok())
            return io_error(st.error());
        return db;
    };
    auto db = build();
    if (!db.ok()) {
        std::error_code ec;
        fs::remove(dir / kHeaderFileName, ec);
        remove_database_files(db_path);
        return db.error();
    }
    auto state = std::make_unique<State>(State{dir,
                                               options,
                                               std::move(lock),
                                               std::move(db).value(),
                                               std::move(dek),
                                               std::move(header),
                                               {}});
    state->timing = {kdf_ms, ms_since(start)};
    return Vault(std::move(state));
}

Result<Vault> Vault::open(const fs::path& dir, const crypto::SecureBuffer& passphrase,
                          const OpenOptions& options) {
    const auto start = Clock::now();
    std::error_code ec;
    const fs::path header_path = dir / kHeaderFileName;
    if (!fs::exists(header_path, ec)) {
        if (fs::exists(dir / kDatabaseFileName, ec))
            return make_error(errc::corrupt, "wallet.header is missing");
        return make_error(errc::not_found, "there is no vault in " + dir.string());
    }
    CL_ASSIGN_OR_RETURN(FileLock lock, FileLock::acquire(dir / kLockFileName));

    auto bytes = read_file(header_path, kMaxHeaderFile);
    if (!bytes.ok())
        return bytes.error().code == "io.too_large"
                   ? make_error(errc::not_a_vault, "wallet.header is not a vault header")
                   : io_error(bytes.error());
    CL_ASSIGN_OR_RETURN(VaultHeader header, VaultHeader::parse(*bytes));
    CL_TRY(check_params(header.kdf, options.kdf_floor));

    const auto kdf_start = Clock::now();
    CL_ASSIGN_OR_RETURN(
        const crypto::SecureBuffer kek,
        crypto::passphrase_to_kek(passphrase, careledger::view(header.salt), header.kdf));
    const double kdf_ms = ms_since(kdf_start);
    CL_ASSIGN_OR_RETURN(crypto::SecureBuffer dek, unwrap_dek(header, kek));
    CL_ASSIGN_OR_RETURN(Database db, open_database(dir, dek, options));

    auto state = std::make_unique<State>(
        State{dir, options, std::move(lock), std::move(db), std::move(dek), std::move(header), {}});
    state->timing = {kdf_ms, ms_since(start)};
    return Vault(std::move(state));
}

void Vault::lock() {
    if (!s_)
        return;
    s_->db.close();
    s_->dek = crypto::SecureBuffer(); // sodium_free wipes it
    s_->lock.release();
}

bool Vault::is_open() const {
    return s_ && s_->db.is_open();
}

Status Vault::change_passphrase(const crypto::SecureBuffer& new_passphrase,
                                std::optional<crypto::KdfParams> params) {
    if (!is_open())
        return make_error(errc::locked, "the vault is locked");
    const crypto::KdfParams chosen = params.value_or(s_->header.kdf);
    CL_TRY(check_params(chosen, s_->options.kdf_floor));
    CL_ASSIGN_OR_RETURN(VaultHeader header, seal_header(new_passphrase, s_->dek, chosen));
    if (const Status st = write_file_atomically(s_->dir / kHeaderFileName, header.encode(),
                                                s_->options.header_write_faults);
        !st.ok())
        return io_error(st.error());
    s_->header = std::move(header);
    return {};
}

Status Vault::export_backup(const fs::path& file, std::uint64_t ledger_size) {
    if (!is_open())
        return make_error(errc::locked, "the vault is locked");
    std::error_code ec;
    if (fs::exists(file, ec))
        return make_error(errc::exists, file.string() + " exists; not overwriting it");
    const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    const fs::path temp =
        dir / (file.filename().string() + ".export-" + to_hex(crypto::random_bytes(8)));

    CL_TRY(s_->db.export_encrypted_copy(temp, s_->dek));
    auto exported = read_file(temp, kMaxBackupFile);
    remove_database_files(temp);
    if (!exported.ok())
        return io_error(exported.error());
    if (is_plain_sqlite(*exported)) // never let a plaintext copy out (SQLCipher 3 trap)
        return make_error(errc::no_sqlcipher, "the database export came out unencrypted");

    BackupInfo info;
    info.created_at = now_unix();
    info.ledger_size = ledger_size;
    CL_ASSIGN_OR_RETURN(info.schema_version, s_->db.user_version());
    const Bytes backup = encode_backup(s_->header.encode(), *exported, info, s_->dek);
    if (const Status st = write_file_atomically(file, backup); !st.ok())
        return io_error(st.error());
    return {};
}

Result<BackupInfo> Vault::import_backup(const fs::path& file,
                                        const crypto::SecureBuffer& passphrase,
                                        const fs::path& dest_dir, const ImportOptions& options) {
    auto bytes = read_file(file, kMaxBackupFile);
    if (!bytes.ok())
        return io_error(bytes.error());
    CL_ASSIGN_OR_RETURN(const ParsedBackup backup, parse_backup(*bytes));
    CL_TRY(check_params(backup.header.kdf, options.open.kdf_floor));
    CL_ASSIGN_OR_RETURN(const crypto::SecureBuffer kek,
                        crypto::passphrase_to_kek(passphrase, careledger::view(backup.header.salt),
                                                  backup.header.kdf));
    CL_ASSIGN_OR_RETURN(const crypto::SecureBuffer dek, unwrap_dek(backup.header, kek));
    CL_ASSIGN_OR_RETURN(BackupInfo info, open_backup_metadata(backup, dek));
    if (is_plain_sqlite(backup.database))
        return make_error(errc::corrupt, "the backup holds an unencrypted database");

    // Never over an existing wallet.
    if (any_vault_file(dest_dir))
        return make_error(errc::exists, dest_dir.string() + " already holds a vault");
    CL_TRY(make_private_dir(dest_dir));
    CL_ASSIGN_OR_RETURN(FileLock lock, FileLock::acquire(dest_dir / kLockFileName));
    if (any_vault_file(dest_dir))
        return make_error(errc::exists, dest_dir.string() + " already holds a vault");

    const fs::path db_path = dest_dir / kDatabaseFileName;
    auto restore = [&]() -> Status {
        if (const Status st = write_file_atomically(db_path, backup.database); !st.ok())
            return io_error(st.error());
        CL_ASSIGN_OR_RETURN(Database db, open_database(dest_dir, dek, options.open));
        db.close();
        if (const Status st =
                write_file_atomically(dest_dir / kHeaderFileName, backup.header_bytes);
            !st.ok())
            return io_error(st.error());
        return {};
    };
    if (const Status st = restore(); !st.ok()) {
        std::error_code ec;
        fs::remove(dest_dir / kHeaderFileName, ec);
        remove_database_files(db_path);
        return st.error();
    }
    info.older_than_ledger =
        options.current_ledger_size.has_value() && info.ledger_size < *options.current_ledger_size;
    return info;
}

const crypto::KdfParams& Vault::kdf_params() const {
    return s_->header.kdf;
}
const UnlockTiming& Vault::unlock_timing() const {
    return s_->timing;
}
const fs::path& Vault::directory() const {
    return s_->dir;
}
Database& Vault::database() {
    return s_->db;
}
SecretStore Vault::secrets() {
    return SecretStore(s_->db);
}
SettingsStore Vault::settings() {
    return SettingsStore(s_->db);
}

} // namespace careledger::vault
