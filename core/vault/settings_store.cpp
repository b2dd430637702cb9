#include "vault/settings_store.h"

#include "vault/secret_store.h"

namespace careledger::vault {

Status SettingsStore::put(std::string_view key, std::string_view value) {
    CL_TRY(check_name(key));
    CL_ASSIGN_OR_RETURN(
        auto st, db_->prepare("INSERT OR REPLACE INTO settings (key, value) VALUES (?1, ?2)"));
    CL_TRY(st.bind(1, key));
    CL_TRY(st.bind(2, value));
    return st.run();
}

Result<std::optional<std::string>> SettingsStore::get(std::string_view key) {
    CL_TRY(check_name(key));
    CL_ASSIGN_OR_RETURN(auto st, db_->prepare("SELECT value FROM settings WHERE key = ?1"));
    CL_TRY(st.bind(1, key));
    CL_ASSIGN_OR_RETURN(const bool row, st.step());
    if (!row)
        return std::optional<std::string>();
    return std::optional<std::string>(st.column_text(0));
}

Status SettingsStore::remove(std::string_view key) {
    CL_TRY(check_name(key));
    CL_ASSIGN_OR_RETURN(auto st, db_->prepare("DELETE FROM settings WHERE key = ?1"));
    CL_TRY(st.bind(1, key));
    return st.run();
}

} // namespace careledger::vault
