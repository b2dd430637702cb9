// SQLCipher 3 trap 4: a program that links the system libsqlite3 ahead of SQLCipher (as loading
// Qt's QSQLITE plugin or a careless link line does) gets plain SQLite behind the vault's back.
// The vault must then refuse to create anything. Prints "sqlite=<version>" (proof that the plain
// library really answered) and "create=<ok or error code>".
//   vault_plain_sqlite_probe <dir>
#include "crypto/init.h"
#include "vault/vault.h"

#include <cstdio>

// Declared by hand: only core/vault includes sqlite3.h. Resolved from whichever library the
// dynamic linker found first, here the system libsqlite3.
extern "C" const char* sqlite3_libversion(void);

using namespace careledger;

int main(int argc, char** argv) {
    if (argc < 2 || !crypto::initialize().ok())
        return 64;
    std::printf("sqlite=%s\n", sqlite3_libversion());
    vault::OpenOptions options;
    options.kdf_floor = crypto::KdfParams::minimum();
    auto v = vault::Vault::create(argv[1], crypto::SecureBuffer::copy_of(as_bytes("probe")),
                                  {1, 65536}, options);
    std::printf("create=%s\n", v.ok() ? "ok" : v.error().code.c_str());
    return 0;
}
