// Helper process for the vault suites (a second instance, and the writer the SIGKILL test kills).
//   vault_child open  <dir> <passphrase>          prints "ok" or the error code
//   vault_child write <dir> <passphrase>          prints "ready" once open, then appends rows
//                                                 forever, one transaction each, printing each
//                                                 row id after its commit returned
// Both open with the floor lowered to libsodium's minimum (the suites use cheap parameters).
#include "crypto/init.h"
#include "vault/transaction.h"
#include "vault/vault.h"
#include "vault_kill_payload.h"

#include <cstdio>
#include <cstring>
#include <string>

using namespace careledger;

namespace {

vault::OpenOptions cheap_floor() {
    vault::OpenOptions o;
    o.kdf_floor = crypto::KdfParams::minimum();
    return o;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::fprintf(stderr, "usage: vault_child open|write <dir> <passphrase>\n");
        return 64;
    }
    if (!crypto::initialize().ok())
        return 70;
    const std::string mode = argv[1];
    const auto pass = crypto::SecureBuffer::copy_of(as_bytes(argv[3]));
    auto v = vault::Vault::open(argv[2], pass, cheap_floor());
    if (!v.ok()) {
        std::printf("%s\n", v.error().code.c_str());
        std::fflush(stdout);
        return mode == "open" ? 0 : 2;
    }
    if (mode == "open") {
        std::printf("ok\n");
        return 0;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    auto& db = v->database();
    auto settings = v->settings();
    for (;;) {
        auto txn = vault::Transaction::begin(db);
        if (!txn.ok())
            return 3;
        std::int64_t id = 0;
        {
            auto last = db.prepare("SELECT coalesce(max(id), 0) FROM kill_rows");
            if (!last.ok() || !last->step().ok())
                return 4;
            id = last->column_int64(0) + 1;
        }
        auto insert = db.prepare("INSERT INTO kill_rows (id, payload) VALUES (?1, ?2)");
        if (!insert.ok() || !insert->bind(1, id).ok() ||
            !insert->bind_blob(2, test::kill_test_payload(id)).ok() || !insert->run().ok())
            return 5;
        if (!settings.put("last_row", std::to_string(id)).ok())
            return 6;
        if (!txn->commit().ok())
            return 7;
        std::printf("%lld\n", static_cast<long long>(id));
        std::fflush(stdout);
    }
}
