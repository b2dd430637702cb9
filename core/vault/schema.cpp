#include "vault/schema.h"

#include "vault/errors.h"
#include "vault/transaction.h"

#include <array>
#include <string>

namespace careledger::vault {

namespace {

// Append new steps at the end; never edit or renumber a step that has been released, since
// vaults in the field were built by it (tests/data/vault/schema-N keeps one of each).
constexpr std::array kMigrations = {
    Migration{1, "vault",
              "CREATE TABLE secrets (name TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL)"
              " WITHOUT ROWID;"
              "CREATE TABLE settings (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"
              " WITHOUT ROWID;"},
    // The light node's verified state (core/sync): checkpoints it accepted, per index tag the
    // entries it holds, the verified entries with their inclusion proofs, the outbox of submitted
    // entries with their receipts, and the alerts shown to the user.
    Migration{2, "sync",
              "CREATE TABLE sync_checkpoints (size INTEGER PRIMARY KEY NOT NULL,"
              " root BLOB NOT NULL, note TEXT NOT NULL, verified_at INTEGER NOT NULL);"
              "CREATE TABLE sync_tags (tag BLOB PRIMARY KEY NOT NULL, count INTEGER NOT NULL)"
              " WITHOUT ROWID;"
              "CREATE TABLE sync_entries (leaf_index INTEGER PRIMARY KEY NOT NULL,"
              " entry BLOB NOT NULL, proof BLOB NOT NULL, proof_size INTEGER NOT NULL);"
              "CREATE TABLE sync_outbox (id INTEGER PRIMARY KEY AUTOINCREMENT,"
              " entry BLOB NOT NULL, leaf_hash BLOB NOT NULL UNIQUE, receipt TEXT,"
              " leaf_index INTEGER, deadline INTEGER, attempts INTEGER NOT NULL DEFAULT 0,"
              " next_attempt INTEGER NOT NULL DEFAULT 0, last_error TEXT,"
              " state TEXT NOT NULL, created_at INTEGER NOT NULL);"
              "CREATE TABLE sync_alerts (id INTEGER PRIMARY KEY AUTOINCREMENT,"
              " at INTEGER NOT NULL, kind TEXT NOT NULL, summary TEXT NOT NULL,"
              " evidence TEXT NOT NULL, UNIQUE (kind, evidence));"},
};

Status check_steps(std::span<const Migration> steps) {
    std::int64_t expected = 1;
    for (const auto& step : steps) {
        if (step.version != expected++)
            return make_error(errc::sql, "migration steps must be numbered 1, 2, 3...");
    }
    return {};
}

} // namespace

std::span<const Migration> migrations() {
    return kMigrations;
}

std::int64_t latest_version(std::span<const Migration> steps) {
    return steps.empty() ? 0 : steps.back().version;
}

Status migrate(Database& db, std::span<const Migration> steps, FreshDatabase fresh) {
    CL_TRY(check_steps(steps));
    CL_ASSIGN_OR_RETURN(const std::int64_t app_id, db.application_id());
    CL_ASSIGN_OR_RETURN(std::int64_t version, db.user_version());
    if (app_id == 0 && version == 0) {
        if (fresh == FreshDatabase::refuse)
            return make_error(errc::corrupt, "the vault database is empty (truncated?)");
        CL_ASSIGN_OR_RETURN(auto txn, Transaction::begin(db));
        CL_TRY(db.set_application_id(kApplicationId));
        CL_TRY(txn.commit());
    } else if (app_id != kApplicationId) {
        return make_error(errc::not_a_vault, "the database belongs to another application");
    }
    const std::int64_t latest = latest_version(steps);
    if (version > latest)
        return make_error(errc::unsupported_version,
                          "the vault was written by a newer CareLedger (schema " +
                              std::to_string(version) + ", this version knows " +
                              std::to_string(latest) + ")");
    for (const auto& step : steps) {
        if (step.version <= version)
            continue;
        CL_ASSIGN_OR_RETURN(auto txn, Transaction::begin(db));
        if (const Status st = db.exec(step.sql); !st.ok())
            return make_error(st.error().code, "schema step " + std::to_string(step.version) +
                                                   " (" + step.owner + "): " + st.error().message);
        CL_TRY(db.set_user_version(step.version));
        CL_TRY(txn.commit());
        version = step.version;
    }
    return {};
}

} // namespace careledger::vault
