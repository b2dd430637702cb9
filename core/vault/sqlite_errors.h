// Maps SQLite result codes to the vault's error codes (internal to core/vault).
#pragma once

#include "common/result.h"

#include <string_view>

struct sqlite3;

namespace careledger::vault::detail {

// `what` says what was being done ("open wallet.db"); the SQLite message is appended.
Error sqlite_error(sqlite3* db, int rc, std::string_view what);

} // namespace careledger::vault::detail
