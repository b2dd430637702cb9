#include "vault/sqlite_errors.h"

#include "vault/errors.h"

#include <sqlite3.h>
#include <string>

namespace careledger::vault::detail {

Error sqlite_error(sqlite3* db, int rc, std::string_view what) {
    const char* code = errc::sql;
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        code = errc::corrupt;
        break;
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_READONLY:
        code = errc::io;
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        code = errc::in_use;
        break;
    case SQLITE_AUTH:
        code = errc::forbidden_statement;
        break;
    default:
        break;
    }
    const char* detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return make_error(code, std::string(what) + ": " + detail);
}

} // namespace careledger::vault::detail
