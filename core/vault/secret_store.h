// Named secrets in the vault (e.g. "master_secret"): read straight into secure memory.
#pragma once

#include "common/result.h"
#include "crypto/secure_buffer.h"
#include "vault/database.h"

#include <string>
#include <string_view>
#include <vector>

namespace careledger::vault {

class SecretStore {
public:
    explicit SecretStore(Database& db) : db_(&db) {}

    // Names are 1..128 printable ASCII characters (vault.bad_name otherwise).
    Status put(std::string_view name, const crypto::SecureBuffer& value);
    // vault.no_such_secret when absent.
    Result<crypto::SecureBuffer> get(std::string_view name);
    Result<bool> contains(std::string_view name);
    // Removing an absent secret is not an error.
    Status remove(std::string_view name);
    Result<std::vector<std::string>> names();

private:
    Database* db_;
};

// Shared by the stores: 1..128 printable ASCII characters.
Status check_name(std::string_view name);

} // namespace careledger::vault
