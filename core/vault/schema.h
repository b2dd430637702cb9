// The vault's schema and its migrations. Every table in wallet.db, whichever module owns it, is
// created by a step of the one list in schema.cpp, so user_version names the whole schema and an
// old vault upgrades step by step. Modules add their tables by appending steps there.
#pragma once

#include "common/result.h"
#include "vault/database.h"

#include <cstdint>
#include <span>

namespace careledger::vault {

// PRAGMA application_id of every CareLedger vault: "CLV1" in ASCII.
inline constexpr std::int64_t kApplicationId = 0x434C5631;

struct Migration {
    std::int64_t version; // the user_version after this step; steps are numbered 1, 2, 3...
    const char* owner;    // the module that owns the tables ("vault", "ledger", ...)
    const char* sql;      // one or more statements
};

// The product's migration list.
std::span<const Migration> migrations();
// Version after the last step (0 for an empty list).
std::int64_t latest_version(std::span<const Migration> steps);

enum class FreshDatabase { initialise, refuse };

// Brings `db` to latest_version(steps), one transaction per step. A database with neither
// application_id nor user_version set is a new one: initialised when `fresh` says so, otherwise
// refused as vault.corrupt (an existing vault never looks like that; a truncated file can).
// Another application_id: vault.not_a_vault. A newer version than known: vault.unsupported_version.
Status migrate(Database& db, std::span<const Migration> steps, FreshDatabase fresh);

} // namespace careledger::vault
