#include "vault_fault_vfs.h"

#include <sqlite3.h>

namespace careledger::test::fault_vfs {

namespace {

struct State {
    bool armed = false;
    Op op = Op::write;
    int nth = 0;
    Mode mode = Mode::once;
    int writes = 0;
    int syncs = 0;
    bool fired = false;
};
State g_state;

sqlite3_vfs g_vfs;
sqlite3_vfs* g_root = nullptr;

struct FaultFile {
    sqlite3_file base;
    sqlite3_file* real; // the wrapped VFS's file, allocated right after this struct
};

sqlite3_file* real_of(sqlite3_file* f) {
    return reinterpret_cast<FaultFile*>(f)->real;
}

bool should_fail(Op op) {
    int& counter = op == Op::write ? g_state.writes : g_state.syncs;
    ++counter;
    if (!g_state.armed || g_state.op != op)
        return false;
    const bool fail = g_state.mode == Mode::once ? counter == g_state.nth : counter >= g_state.nth;
    if (fail)
        g_state.fired = true;
    return fail;
}

int x_close(sqlite3_file* f) {
    return real_of(f)->pMethods->xClose(real_of(f));
}
int x_read(sqlite3_file* f, void* buf, int n, sqlite3_int64 off) {
    return real_of(f)->pMethods->xRead(real_of(f), buf, n, off);
}
int x_write(sqlite3_file* f, const void* buf, int n, sqlite3_int64 off) {
    if (should_fail(Op::write))
        return SQLITE_IOERR_WRITE;
    return real_of(f)->pMethods->xWrite(real_of(f), buf, n, off);
}
int x_truncate(sqlite3_file* f, sqlite3_int64 size) {
    return real_of(f)->pMethods->xTruncate(real_of(f), size);
}
int x_sync(sqlite3_file* f, int flags) {
    if (should_fail(Op::sync))
        return SQLITE_IOERR_FSYNC;
    return real_of(f)->pMethods->xSync(real_of(f), flags);
}
int x_file_size(sqlite3_file* f, sqlite3_int64* size) {
    return real_of(f)->pMethods->xFileSize(real_of(f), size);
}
int x_lock(sqlite3_file* f, int level) {
    return real_of(f)->pMethods->xLock(real_of(f), level);
}
int x_unlock(sqlite3_file* f, int level) {
    return real_of(f)->pMethods->xUnlock(real_of(f), level);
}
int x_check_reserved(sqlite3_file* f, int* out) {
    return real_of(f)->pMethods->xCheckReservedLock(real_of(f), out);
}
int x_file_control(sqlite3_file* f, int op, void* arg) {
    return real_of(f)->pMethods->xFileControl(real_of(f), op, arg);
}
int x_sector_size(sqlite3_file* f) {
    return real_of(f)->pMethods->xSectorSize(real_of(f));
}
int x_device_characteristics(sqlite3_file* f) {
    return real_of(f)->pMethods->xDeviceCharacteristics(real_of(f));
}

// Version 1 methods only: no shared memory (WAL) and no mmap, neither of which the vault uses.
const sqlite3_io_methods g_methods = {1,
                                      x_close,
                                      x_read,
                                      x_write,
                                      x_truncate,
                                      x_sync,
                                      x_file_size,
                                      x_lock,
                                      x_unlock,
                                      x_check_reserved,
                                      x_file_control,
                                      x_sector_size,
                                      x_device_characteristics,
                                      nullptr,
                                      nullptr,
                                      nullptr,
                                      nullptr,
                                      nullptr,
                                      nullptr};

int x_open(sqlite3_vfs* /*vfs*/, const char* name, sqlite3_file* file, int flags, int* out_flags) {
    auto* f = reinterpret_cast<FaultFile*>(file);
    f->real = reinterpret_cast<sqlite3_file*>(f + 1);
    const int rc = g_root->xOpen(g_root, name, f->real, flags, out_flags);
    f->base.pMethods = f->real->pMethods != nullptr ? &g_methods : nullptr;
    return rc;
}

} // namespace

const char* install() {
    static const char* const kName = "careledger-fault";
    if (g_root == nullptr) {
        g_root = sqlite3_vfs_find(nullptr);
        g_vfs = *g_root;
        g_vfs.pNext = nullptr;
        g_vfs.zName = kName;
        g_vfs.szOsFile = static_cast<int>(sizeof(FaultFile)) + g_root->szOsFile;
        g_vfs.xOpen = x_open;
        sqlite3_vfs_register(&g_vfs, 0);
    }
    return kName;
}

void arm(Op op, int nth, Mode mode) {
    g_state = State{true, op, nth, mode, 0, 0, false};
}
void disarm() {
    g_state.armed = false;
}
int calls(Op op) {
    return op == Op::write ? g_state.writes : g_state.syncs;
}
bool fired() {
    return g_state.fired;
}

} // namespace careledger::test::fault_vfs
