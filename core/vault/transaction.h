// RAII transaction on a vault Database: BEGIN IMMEDIATE on creation, ROLLBACK on destruction
// unless commit() succeeded. One at a time per connection (no nesting).
#pragma once

#include "common/result.h"
#include "vault/database.h"

namespace careledger::vault {

class Transaction {
public:
    static Result<Transaction> begin(Database& db);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    // After a failed commit SQLite has rolled back (or will, from the journal, on next open).
    Status commit();
    Status rollback();

private:
    explicit Transaction(Database& db) : db_(&db) {}
    Database* db_ = nullptr; // null once committed or rolled back
};

} // namespace careledger::vault
