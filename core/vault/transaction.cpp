#include "vault/transaction.h"

#include "vault/errors.h"

namespace careledger::vault {

Result<Transaction> Transaction::begin(Database& db) {
    if (!db.is_open())
        return make_error(errc::locked, "the vault is locked");
    if (db.in_transaction())
        return make_error(errc::busy, "a transaction is already open on this connection");
    CL_TRY(db.exec("BEGIN IMMEDIATE;"));
    return Transaction(db);
}

Transaction::Transaction(Transaction&& other) noexcept : db_(other.db_) {
    other.db_ = nullptr;
}

Transaction::~Transaction() {
    (void)rollback();
}

Status Transaction::commit() {
    if (db_ == nullptr)
        return make_error(errc::busy, "the transaction is already finished");
    Database* db = db_;
    db_ = nullptr;
    Status st = db->exec("COMMIT;");
    if (!st.ok() && db->in_transaction())
        (void)db->exec("ROLLBACK;");
    return st;
}

Status Transaction::rollback() {
    if (db_ == nullptr)
        return {};
    Database* db = db_;
    db_ = nullptr;
    if (!db->in_transaction())
        return {}; // SQLite already rolled back (e.g. after an I/O error)
    return db->exec("ROLLBACK;");
}

} // namespace careledger::vault
