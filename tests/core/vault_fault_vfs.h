// A SQLite VFS for tests that wraps the default (unix) VFS and fails the Nth write or fsync,
// as SQLite's own crash/fault VFSes do. Registered by the tests that use it; the product never
// sees it except as a VFS name passed through vault::OpenOptions::sqlite_vfs.
#pragma once

namespace careledger::test::fault_vfs {

enum class Op { write, sync };
enum class Mode {
    once,        // only the Nth call fails (a transient error)
    from_then_on // the Nth and every later call fail (the disk went away)
};

// Registers the VFS (once) and returns its name.
const char* install();
// Resets the counters and fails the `nth` (1-based) call of `op` from now on.
void arm(Op op, int nth, Mode mode);
void disarm();
// Calls of `op` seen since the last arm().
int calls(Op op);
// Whether an armed failure has been injected since the last arm().
bool fired();

} // namespace careledger::test::fault_vfs
