// Plain settings of the wallet (key -> text), inside the encrypted database.
#pragma once

#include "common/result.h"
#include "vault/database.h"

#include <optional>
#include <string>
#include <string_view>

namespace careledger::vault {

class SettingsStore {
public:
    explicit SettingsStore(Database& db) : db_(&db) {}

    Status put(std::string_view key, std::string_view value);
    // nullopt when the key is not set.
    Result<std::optional<std::string>> get(std::string_view key);
    Status remove(std::string_view key);

private:
    Database* db_;
};

} // namespace careledger::vault
