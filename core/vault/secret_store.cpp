#include "vault/secret_store.h"

#include "vault/errors.h"

namespace careledger::vault {

Status check_name(std::string_view name) {
    if (name.empty() || name.size() > 128)
        return make_error(errc::bad_name, "a vault key name must be 1 to 128 characters");
    for (const char c : name) {
        if (c < 0x21 || c > 0x7e)
            return make_error(errc::bad_name, "a vault key name must be printable ASCII");
    }
    return {};
}

Status SecretStore::put(std::string_view name, const crypto::SecureBuffer& value) {
    CL_TRY(check_name(name));
    CL_ASSIGN_OR_RETURN(
        auto st, db_->prepare("INSERT OR REPLACE INTO secrets (name, value) VALUES (?1, ?2)"));
    CL_TRY(st.bind(1, name));
    CL_TRY(st.bind_blob(2, value.view()));
    return st.run();
}

Result<crypto::SecureBuffer> SecretStore::get(std::string_view name) {
    CL_TRY(check_name(name));
    CL_ASSIGN_OR_RETURN(auto st, db_->prepare("SELECT value FROM secrets WHERE name = ?1"));
    CL_TRY(st.bind(1, name));
    CL_ASSIGN_OR_RETURN(const bool row, st.step());
    if (!row)
        return make_error(errc::no_such_secret,
                          "the vault holds no secret named " + std::string(name));
    return st.column_secret(0);
}

Result<bool> SecretStore::contains(std::string_view name) {
    CL_TRY(check_name(name));
    CL_ASSIGN_OR_RETURN(auto st, db_->prepare("SELECT 1 FROM secrets WHERE name = ?1"));
    CL_TRY(st.bind(1, name));
    return st.step();
}

Status SecretStore::remove(std::string_view name) {
    CL_TRY(check_name(name));
    CL_ASSIGN_OR_RETURN(auto st, db_->prepare("DELETE FROM secrets WHERE name = ?1"));
    CL_TRY(st.bind(1, name));
    return st.run();
}

Result<std::vector<std::string>> SecretStore::names() {
    CL_ASSIGN_OR_RETURN(auto st, db_->prepare("SELECT name FROM secrets ORDER BY name"));
    std::vector<std::string> out;
    for (;;) {
        CL_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            return out;
        out.push_back(st.column_text(0));
    }
}

} // namespace careledger::vault
