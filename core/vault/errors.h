// The stable error codes of the vault (UIs translate these; tests assert on them).
#pragma once

namespace careledger::vault::errc {

inline constexpr const char* wrong_passphrase = "vault.wrong_passphrase";
inline constexpr const char* corrupt = "vault.corrupt";         // flips, truncation, integrity
inline constexpr const char* not_a_vault = "vault.not_a_vault"; // a foreign file
inline constexpr const char* not_found = "vault.not_found";     // no vault in that directory
inline constexpr const char* in_use = "vault.in_use";           // another instance has it open
inline constexpr const char* weak_parameters = "vault.weak_parameters"; // KDF cost below the floor
inline constexpr const char* bad_parameters = "vault.bad_parameters"; // KDF cost beyond the limits
inline constexpr const char* unsupported_version = "vault.unsupported_version";
inline constexpr const char* exists = "vault.exists"; // would overwrite a wallet
inline constexpr const char* io = "vault.io";
inline constexpr const char* no_sqlcipher = "vault.no_sqlcipher"; // plain SQLite, or wrong cipher
inline constexpr const char* empty_key = "vault.empty_key";       // SQLCipher 3 writes plaintext
inline constexpr const char* forbidden_statement =
    "vault.forbidden_statement";                      // key/cipher pragmas
inline constexpr const char* locked = "vault.locked"; // the vault was locked (closed)
inline constexpr const char* sql = "vault.sql";       // a statement failed
inline constexpr const char* busy = "vault.busy";     // nested transaction etc.
inline constexpr const char* no_such_secret = "vault.no_such_secret";
inline constexpr const char* bad_name = "vault.bad_name";
inline constexpr const char* bad_backup = "vault.bad_backup"; // not a CareLedger backup file

} // namespace careledger::vault::errc
