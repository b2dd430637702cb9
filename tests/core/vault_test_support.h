// Helpers shared by the vault suites: cheap KDF parameters (with the floor lowered explicitly),
// file utilities, marker scans and a canonical dump of a vault database for comparisons.
#pragma once

#include "crypto/aead.h"
#include "crypto/password_kdf.h"
#include "crypto/secure_buffer.h"
#include "test_support.h"
#include "vault/vault.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace careledger::test {

// Argon2id at 1 pass over 64 KiB: tests that open vaults many times use it, and say so by
// lowering the floor explicitly (the default floor refuses such a vault).
inline crypto::KdfParams cheap_kdf() {
    return {1, 65536};
}

inline vault::OpenOptions cheap_floor() {
    vault::OpenOptions options;
    options.kdf_floor = crypto::KdfParams::minimum();
    return options;
}

inline crypto::SecureBuffer secret(std::string_view text) {
    return crypto::SecureBuffer::copy_of(as_bytes(text));
}

inline Bytes read_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void write_bytes(const std::filesystem::path& path, ByteView bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()),
              static_cast<std::streamsize>(bytes.size()));
}

inline std::size_t count_occurrences(ByteView haystack, std::string_view needle) {
    std::size_t hits = 0;
    auto it = haystack.begin();
    while ((it = std::search(it, haystack.end(), needle.begin(), needle.end())) != haystack.end()) {
        ++hits;
        ++it;
    }
    return hits;
}

// Regular files of a directory (not recursive), sorted by name.
inline std::vector<std::filesystem::path> files_in(const std::filesystem::path& dir) {
    std::vector<std::filesystem::path> out;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.is_regular_file())
            out.push_back(entry.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

inline void copy_files(const std::filesystem::path& from, const std::filesystem::path& to) {
    std::filesystem::create_directories(to);
    for (const auto& f : files_in(from))
        std::filesystem::copy_file(f, to / f.filename(),
                                   std::filesystem::copy_options::overwrite_existing);
}

// SQLCipher 3 trap 1: a file that begins with SQLite's plaintext magic was written unencrypted.
inline bool begins_as_plain_sqlite(const std::filesystem::path& file) {
    static constexpr std::string_view kMagic("SQLite format 3\0", 16);
    const Bytes head = read_bytes(file);
    return head.size() >= kMagic.size() && std::equal(kMagic.begin(), kMagic.end(), head.begin());
}

inline int plain_sqlite_files(const std::filesystem::path& dir) {
    int n = 0;
    for (const auto& f : files_in(dir))
        n += begins_as_plain_sqlite(f) ? 1 : 0;
    return n;
}

// Every table's rows (plus user_version), as sorted text lines: equal dumps mean equal data.
inline Result<std::string> dump_database(vault::Database& db) {
    CL_ASSIGN_OR_RETURN(const std::int64_t version, db.user_version());
    std::string out = "user_version=" + std::to_string(version) + "\n";
    std::vector<std::string> tables;
    {
        CL_ASSIGN_OR_RETURN(auto st, db.prepare("SELECT name FROM sqlite_master WHERE type = "
                                                "'table' ORDER BY name"));
        for (;;) {
            CL_ASSIGN_OR_RETURN(const bool row, st.step());
            if (!row)
                break;
            tables.push_back(st.column_text(0));
        }
    }
    for (const auto& table : tables) {
        CL_ASSIGN_OR_RETURN(auto st, db.prepare("SELECT * FROM \"" + table + "\""));
        std::vector<std::string> rows;
        for (;;) {
            CL_ASSIGN_OR_RETURN(const bool row, st.step());
            if (!row)
                break;
            std::string line = table + ":";
            for (int c = 0; c < st.column_count(); ++c) {
                switch (st.column_type(c)) {
                case vault::ColumnType::integer:
                    line += " i" + std::to_string(st.column_int64(c));
                    break;
                case vault::ColumnType::blob:
                    line += " b" + to_hex(st.column_blob(c));
                    break;
                case vault::ColumnType::null:
                    line += " null";
                    break;
                default:
                    line += " t" + to_hex(as_bytes(st.column_text(c)));
                    break;
                }
            }
            rows.push_back(std::move(line));
        }
        std::sort(rows.begin(), rows.end());
        for (const auto& r : rows)
            out += r + "\n";
    }
    return out;
}

} // namespace careledger::test
