#include "vault/database.h"

#include "vault/errors.h"
#include "vault/sqlite_errors.h"

#include <array>
#include <charconv>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <sqlite3.h>
#include <strings.h>
#include <unistd.h>

namespace careledger::vault {

using detail::sqlite_error;

struct Database::Impl {
    sqlite3* db = nullptr;
    // > 0 while the wrapper itself runs statements the authorizer refuses to callers.
    int privileged = 0;
    // Set when the authorizer refused something (SQLite reports a refused function call as a
    // plain SQLITE_ERROR, so the code alone does not say so).
    bool denied = false;

    Impl() = default;
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;
    Impl(Impl&&) = delete;
    Impl& operator=(Impl&&) = delete;
    ~Impl() { close(); }
    void close() {
        if (db != nullptr)
            sqlite3_close_v2(db); // a statement still alive keeps it as a zombie until finalized
        db = nullptr;
    }
};

struct Statement::Impl {
    sqlite3_stmt* stmt = nullptr;
    sqlite3* db = nullptr;

    Impl(sqlite3_stmt* s, sqlite3* d) : stmt(s), db(d) {}
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;
    Impl(Impl&&) = delete;
    Impl& operator=(Impl&&) = delete;
    ~Impl() { sqlite3_finalize(stmt); }
};

namespace {

constexpr std::uintmax_t kSqlcipherPageBytes = 1024; // checked by verify_sqlcipher

Error locked_error() {
    return make_error(errc::locked, "the vault is locked");
}

// RAII: lets the wrapper's own statements past the authorizer.
class Privileged {
public:
    explicit Privileged(Database::Impl& impl) : impl_(impl) { ++impl_.privileged; }
    Privileged(const Privileged&) = delete;
    Privileged& operator=(const Privileged&) = delete;
    ~Privileged() { --impl_.privileged; }

private:
    Database::Impl& impl_;
};

bool name_is(const char* name, const char* expected) {
    return name != nullptr && strcasecmp(name, expected) == 0;
}

bool name_starts_with(const char* name, const char* prefix) {
    return name != nullptr && strncasecmp(name, prefix, std::strlen(prefix)) == 0;
}

// Pragmas callers may never run: the ones that (re-)key or re-configure SQLCipher on a live
// connection (both corrupt the file in 3.4.1), and the ones whose settings the vault owns.
bool forbidden_pragma(const char* name) {
    static constexpr std::array kForbidden = {"key",
                                              "rekey",
                                              "hexkey",
                                              "hexrekey",
                                              "textkey",
                                              "textrekey",
                                              "kdf_iter",
                                              "fast_kdf_iter",
                                              "rekey_cipher",
                                              "rekey_kdf_iter",
                                              "journal_mode",
                                              "locking_mode",
                                              "synchronous",
                                              "temp_store",
                                              "secure_delete",
                                              "page_size",
                                              "writable_schema",
                                              "schema_version",
                                              "user_version",
                                              "application_id",
                                              "mmap_size",
                                              "journal_size_limit"};
    if (name_starts_with(name, "cipher"))
        return true;
    for (const char* f : kForbidden) {
        if (name_is(name, f))
            return true;
    }
    return false;
}

bool forbidden(int action, const char* arg1, const char* arg2) {
    switch (action) {
    case SQLITE_PRAGMA:
        return forbidden_pragma(arg1);
    case SQLITE_ATTACH:
    case SQLITE_DETACH:
        return true;
    case SQLITE_FUNCTION:
        return name_is(arg2, "sqlcipher_export") || name_is(arg2, "load_extension");
    default:
        return false;
    }
}

int authorize(void* user, int action, const char* arg1, const char* arg2, const char* /*db*/,
              const char* /*trigger*/) {
    auto* impl = static_cast<Database::Impl*>(user);
    if (impl->privileged > 0 || !forbidden(action, arg1, arg2))
        return SQLITE_OK;
    impl->denied = true;
    return SQLITE_DENY;
}

// A failure caused by the authorizer reports vault.forbidden_statement, whatever SQLite's code.
Error refine(const Database::Impl& impl, Error e) {
    if (impl.denied)
        e.code = errc::forbidden_statement;
    return e;
}

// "x'<64 hex>'" (SQLCipher's raw-key syntax) built in secure memory.
crypto::SecureBuffer raw_key_literal(const crypto::SecureBuffer& key) {
    static constexpr char kHex[] = "0123456789abcdef";
    crypto::SecureBuffer out(3 + 2 * key.size());
    auto* p = out.data();
    *p++ = 'x';
    *p++ = '\'';
    for (std::size_t i = 0; i < key.size(); ++i) {
        *p++ = static_cast<std::uint8_t>(kHex[key.data()[i] >> 4]);
        *p++ = static_cast<std::uint8_t>(kHex[key.data()[i] & 0x0f]);
    }
    *p = '\'';
    return out;
}

// Applies the key with PRAGMA key. The statement text lives in secure memory and is prepared
// with the legacy sqlite3_prepare, which (unlike _v2) keeps no copy of the SQL text.
Status apply_key(sqlite3* db, const crypto::SecureBuffer& key) {
    static constexpr std::string_view kPrefix = "PRAGMA key = \"";
    static constexpr std::string_view kSuffix = "\";";
    const crypto::SecureBuffer literal = raw_key_literal(key);
    crypto::SecureBuffer sql(kPrefix.size() + literal.size() + kSuffix.size() + 1);
    std::memcpy(sql.data(), kPrefix.data(), kPrefix.size());
    std::memcpy(sql.data() + kPrefix.size(), literal.data(), literal.size());
    std::memcpy(sql.data() + kPrefix.size() + literal.size(), kSuffix.data(), kSuffix.size());
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare(db, reinterpret_cast<const char*>(sql.data()),
                             static_cast<int>(sql.size() - 1), &stmt, nullptr);
    if (rc == SQLITE_OK && stmt != nullptr) {
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        }
        sqlite3_finalize(stmt);
        if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
    }
    if (rc != SQLITE_OK)
        return sqlite_error(db, rc, "key the database");
    return {};
}

// First column of the first row of a statement, as text; nullopt when there is no row.
Result<std::optional<std::string>> query_text(sqlite3* db, const char* sql) {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqlite_error(db, rc, sql);
    std::optional<std::string> value;
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        const auto* text = sqlite3_column_text(stmt, 0);
        value = text != nullptr
                    ? std::string(reinterpret_cast<const char*>(text),
                                  static_cast<std::size_t>(sqlite3_column_bytes(stmt, 0)))
                    : std::string();
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        }
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return sqlite_error(db, rc, sql);
    return value;
}

Status expect_pragma(sqlite3* db, const char* sql, const char* expected) {
    CL_ASSIGN_OR_RETURN(auto value, query_text(db, sql));
    if (!value || strcasecmp(value->c_str(), expected) != 0)
        return make_error(errc::no_sqlcipher, std::string("the database refused a setting (") +
                                                  sql + " gave " + value.value_or("nothing") +
                                                  ", expected " + expected + ")");
    return {};
}

// SQLCipher answers PRAGMA cipher_version; a plain SQLite ignores it and returns no row. The
// settings must be SQLCipher 3's (the file format every vault so far was written with).
Status verify_sqlcipher(sqlite3* db) {
    CL_ASSIGN_OR_RETURN(auto version, query_text(db, "PRAGMA cipher_version;"));
    if (!version || version->empty())
        return make_error(
            errc::no_sqlcipher,
            "SQLCipher is not loaded (plain SQLite would store the vault unencrypted)");
    CL_TRY(expect_pragma(db, "PRAGMA cipher;", "AES-256-CBC"));
    CL_TRY(expect_pragma(db, "PRAGMA cipher_use_hmac;", "1"));
    CL_TRY(expect_pragma(db, "PRAGMA cipher_page_size;", "1024"));
    return {};
}

Status exec_raw(sqlite3* db, std::string_view sql) {
    const char* tail = sql.data();
    const char* end = sql.data() + sql.size();
    while (tail < end) {
        sqlite3_stmt* stmt = nullptr;
        int rc = sqlite3_prepare_v2(db, tail, static_cast<int>(end - tail), &stmt, &tail);
        if (rc != SQLITE_OK)
            return sqlite_error(db, rc, "prepare");
        if (stmt == nullptr)
            break; // only whitespace or comments left
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        }
        sqlite3_finalize(stmt);
        if (rc != SQLITE_DONE)
            return sqlite_error(db, rc, "execute");
    }
    return {};
}

Status configure(sqlite3* db) {
    // Exclusive locking, taken now (BEGIN EXCLUSIVE) and held until close: a second connection,
    // from this process or another, cannot read or write the file meanwhile.
    CL_TRY(expect_pragma(db, "PRAGMA locking_mode = EXCLUSIVE;", "exclusive"));
    // The first read: with a wrong key or a damaged page 1 this fails with SQLITE_NOTADB.
    CL_TRY(query_text(db, "SELECT count(*) FROM sqlite_master;"));
    CL_TRY(exec_raw(db, "BEGIN EXCLUSIVE; COMMIT;"));
    CL_TRY(expect_pragma(db, "PRAGMA journal_mode = DELETE;", "delete"));
    CL_TRY(exec_raw(db, "PRAGMA synchronous = FULL;"));
    CL_TRY(expect_pragma(db, "PRAGMA synchronous;", "2"));
    CL_TRY(exec_raw(db, "PRAGMA temp_store = MEMORY;"));
    CL_TRY(expect_pragma(db, "PRAGMA temp_store;", "2"));
    CL_TRY(expect_pragma(db, "PRAGMA secure_delete = ON;", "1"));
    CL_TRY(exec_raw(db, "PRAGMA foreign_keys = ON;"));
    CL_TRY(expect_pragma(db, "PRAGMA foreign_keys;", "1"));
    return {};
}

} // namespace

// ---- Statement ----

Statement::Statement(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Statement::Statement(Statement&& other) noexcept = default;
Statement& Statement::operator=(Statement&& other) noexcept = default;
Statement::~Statement() = default;

namespace {
Status bind_status(sqlite3* db, int rc) {
    if (rc != SQLITE_OK)
        return sqlite_error(db, rc, "bind a parameter");
    return {};
}
} // namespace

Status Statement::bind(int index, std::int64_t value) {
    return bind_status(impl_->db, sqlite3_bind_int64(impl_->stmt, index, value));
}

Status Statement::bind(int index, std::string_view text) {
    return bind_status(impl_->db, sqlite3_bind_text64(impl_->stmt, index, text.data(), text.size(),
                                                      SQLITE_TRANSIENT, SQLITE_UTF8));
}

Status Statement::bind_blob(int index, ByteView blob) {
    // A zero-length blob still binds as a blob, not NULL: pass a valid pointer.
    static constexpr std::uint8_t kEmpty = 0;
    return bind_status(impl_->db,
                       sqlite3_bind_blob64(impl_->stmt, index, blob.empty() ? &kEmpty : blob.data(),
                                           blob.size(), SQLITE_TRANSIENT));
}

Status Statement::bind_null(int index) {
    return bind_status(impl_->db, sqlite3_bind_null(impl_->stmt, index));
}

Result<bool> Statement::step() {
    const int rc = sqlite3_step(impl_->stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqlite_error(impl_->db, rc, "step");
}

Status Statement::run() {
    for (;;) {
        CL_ASSIGN_OR_RETURN(const bool row, step());
        if (!row)
            return {};
    }
}

Status Statement::reset() {
    sqlite3_clear_bindings(impl_->stmt);
    const int rc = sqlite3_reset(impl_->stmt);
    if (rc != SQLITE_OK)
        return sqlite_error(impl_->db, rc, "reset");
    return {};
}

int Statement::column_count() const {
    return sqlite3_column_count(impl_->stmt);
}

ColumnType Statement::column_type(int column) const {
    switch (sqlite3_column_type(impl_->stmt, column)) {
    case SQLITE_INTEGER:
        return ColumnType::integer;
    case SQLITE_FLOAT:
        return ColumnType::real;
    case SQLITE_TEXT:
        return ColumnType::text;
    case SQLITE_BLOB:
        return ColumnType::blob;
    default:
        return ColumnType::null;
    }
}

std::int64_t Statement::column_int64(int column) const {
    return sqlite3_column_int64(impl_->stmt, column);
}

std::string Statement::column_text(int column) const {
    const auto* text = sqlite3_column_text(impl_->stmt, column);
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(impl_->stmt, column));
    return text != nullptr ? std::string(reinterpret_cast<const char*>(text), size) : std::string();
}

Bytes Statement::column_blob(int column) const {
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(impl_->stmt, column));
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(impl_->stmt, column));
    return data != nullptr ? Bytes(data, data + size) : Bytes();
}

crypto::SecureBuffer Statement::column_secret(int column) const {
    const auto* data = static_cast<const std::uint8_t*>(sqlite3_column_blob(impl_->stmt, column));
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(impl_->stmt, column));
    return data != nullptr ? crypto::SecureBuffer::copy_of({data, size}) : crypto::SecureBuffer();
}

// ---- Database ----

Database::Database(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Database::Database(Database&& other) noexcept = default;
Database& Database::operator=(Database&& other) noexcept = default;
Database::~Database() = default;

Result<Database> Database::open(const std::filesystem::path& file,
                                const crypto::SecureBuffer& raw_key,
                                const DatabaseOptions& options) {
    // SQLCipher 3 treats an empty key as "no encryption" and writes plaintext: never pass one.
    if (raw_key.empty())
        return make_error(errc::empty_key, "refusing to open the vault database with an empty key");
    if (raw_key.size() != kDatabaseKeyBytes)
        return make_error(errc::empty_key, "the vault database key must be 32 bytes");

    // An existing database holds at least one whole page. SQLite takes a shorter file for a new,
    // empty database and would write a fresh page 1 into it at the first transaction.
    std::error_code ec;
    if (!options.create && std::filesystem::is_regular_file(file, ec) &&
        std::filesystem::file_size(file, ec) < kSqlcipherPageBytes && !ec)
        return make_error(errc::corrupt, file.filename().string() + " is truncated");

    auto impl = std::make_unique<Impl>();
    const int flags = SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0) |
                      SQLITE_OPEN_PRIVATECACHE;
    const int rc = sqlite3_open_v2(file.c_str(), &impl->db, flags,
                                   options.vfs.empty() ? nullptr : options.vfs.c_str());
    if (rc != SQLITE_OK)
        return sqlite_error(impl->db, rc, "open " + file.filename().string());
    sqlite3_extended_result_codes(impl->db, 1);

    // Keyed once, immediately after open, before anything reads the file.
    CL_TRY(apply_key(impl->db, raw_key));
    CL_TRY(verify_sqlcipher(impl->db));
    CL_TRY(configure(impl->db));
    sqlite3_set_authorizer(impl->db, authorize, impl.get());
    return Database(std::move(impl));
}

void Database::close() {
    if (impl_)
        impl_->close();
}

bool Database::is_open() const {
    return impl_ && impl_->db != nullptr;
}

Result<Statement> Database::prepare(std::string_view sql) {
    if (!is_open())
        return locked_error();
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    impl_->denied = false;
    const int rc =
        sqlite3_prepare_v2(impl_->db, sql.data(), static_cast<int>(sql.size()), &stmt, &tail);
    if (rc != SQLITE_OK)
        return refine(*impl_, sqlite_error(impl_->db, rc, "prepare"));
    if (stmt == nullptr)
        return make_error(errc::sql, "prepare: the statement is empty");
    auto impl = std::make_unique<Statement::Impl>(stmt, impl_->db);
    // One statement per prepare: trailing SQL would otherwise be silently ignored.
    for (const char* p = tail; p != nullptr && p < sql.data() + sql.size(); ++p) {
        if (*p != ' ' && *p != '\n' && *p != '\t' && *p != '\r' && *p != ';')
            return make_error(errc::sql, "prepare: more than one statement (use exec)");
    }
    return Statement(std::move(impl));
}

Status Database::exec(std::string_view sql) {
    if (!is_open())
        return locked_error();
    impl_->denied = false;
    if (Status st = exec_raw(impl_->db, sql); !st.ok())
        return refine(*impl_, st.error());
    return {};
}

bool Database::in_transaction() const {
    return is_open() && sqlite3_get_autocommit(impl_->db) == 0;
}

std::int64_t Database::last_insert_rowid() const {
    return is_open() ? sqlite3_last_insert_rowid(impl_->db) : 0;
}

std::int64_t Database::changes() const {
    return is_open() ? sqlite3_changes(impl_->db) : 0;
}

namespace {
Result<std::int64_t> read_int_pragma(sqlite3* db, const char* sql) {
    CL_ASSIGN_OR_RETURN(const auto value, query_text(db, sql));
    if (!value)
        return make_error(errc::sql, std::string(sql) + " returned nothing");
    const char* first = value->data();
    const char* last = first + value->size();
    std::int64_t number = 0;
    const auto [end, ec] = std::from_chars(first, last, number);
    if (ec != std::errc() || end != last)
        return make_error(errc::sql, std::string(sql) + " did not return a number");
    return number;
}
} // namespace

Result<std::int64_t> Database::user_version() {
    if (!is_open())
        return locked_error();
    Privileged scope(*impl_);
    return read_int_pragma(impl_->db, "PRAGMA user_version;");
}

Result<std::int64_t> Database::application_id() {
    if (!is_open())
        return locked_error();
    Privileged scope(*impl_);
    return read_int_pragma(impl_->db, "PRAGMA application_id;");
}

Status Database::set_user_version(std::int64_t version) {
    if (!is_open())
        return locked_error();
    Privileged scope(*impl_);
    return exec_raw(impl_->db, "PRAGMA user_version = " + std::to_string(version) + ";");
}

Status Database::set_application_id(std::int64_t id) {
    if (!is_open())
        return locked_error();
    Privileged scope(*impl_);
    return exec_raw(impl_->db, "PRAGMA application_id = " + std::to_string(id) + ";");
}

Result<std::string> Database::cipher_version() {
    if (!is_open())
        return locked_error();
    Privileged scope(*impl_);
    CL_ASSIGN_OR_RETURN(auto value, query_text(impl_->db, "PRAGMA cipher_version;"));
    return value.value_or(std::string());
}

Status Database::integrity_check() {
    if (!is_open())
        return locked_error();
    Privileged scope(*impl_);
    auto result = query_text(impl_->db, "PRAGMA integrity_check;");
    if (!result.ok())
        return make_error(errc::corrupt, "integrity check failed: " + result.error().message);
    if (!result->has_value() || **result != "ok")
        return make_error(errc::corrupt,
                          "integrity check failed: " + result->value_or("no result"));
    return {};
}

Status Database::export_encrypted_copy(const std::filesystem::path& dest,
                                       const crypto::SecureBuffer& raw_key) {
    if (!is_open())
        return locked_error();
    if (raw_key.size() != kDatabaseKeyBytes)
        return make_error(errc::empty_key, "the export key must be 32 bytes");
    if (in_transaction())
        return make_error(errc::busy, "cannot export inside a transaction");
    // Create the file ourselves, 0600 and new, so SQLite opens an empty file we own.
    const int fd = ::open(dest.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return make_error(errc::io, "could not create " + dest.string());
    ::close(fd);
    const std::filesystem::path journal = dest.string() + "-journal";
    auto remove_files = [&] {
        std::error_code ec;
        std::filesystem::remove(dest, ec);
        std::filesystem::remove(journal, ec);
    };

    Privileged scope(*impl_);
    sqlite3* db = impl_->db;
    CL_ASSIGN_OR_RETURN(const std::int64_t version, read_int_pragma(db, "PRAGMA user_version;"));
    CL_ASSIGN_OR_RETURN(const std::int64_t app_id, read_int_pragma(db, "PRAGMA application_id;"));

    // The key is bound as a parameter from secure memory, so it never enters the SQL text.
    const crypto::SecureBuffer literal = raw_key_literal(raw_key);
    sqlite3_stmt* attach = nullptr;
    int rc =
        sqlite3_prepare_v2(db, "ATTACH DATABASE ?1 AS cl_export KEY ?2;", -1, &attach, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_text(attach, 1, dest.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(attach, 2, reinterpret_cast<const char*>(literal.data()),
                          static_cast<int>(literal.size()), SQLITE_STATIC);
        rc = sqlite3_step(attach);
        sqlite3_finalize(attach);
        rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
    }
    if (rc != SQLITE_OK) {
        const Error e = sqlite_error(db, rc, "attach the export file");
        remove_files();
        return e;
    }
    Status st = exec_raw(db, "SELECT sqlcipher_export('cl_export');");
    if (st.ok())
        st =
            exec_raw(db, "PRAGMA cl_export.user_version = " + std::to_string(version) +
                             "; PRAGMA cl_export.application_id = " + std::to_string(app_id) + ";");
    const Status detached = exec_raw(db, "DETACH DATABASE cl_export;");
    if (st.ok() && !detached.ok())
        st = detached;
    // With locking_mode=EXCLUSIVE the export's (finished) journal is kept, not deleted.
    std::error_code ec;
    std::filesystem::remove(journal, ec);
    if (!st.ok()) {
        remove_files();
        return st;
    }
    return {};
}

} // namespace careledger::vault
