// Crash-safe replacement of a small file (Electrum's storage.py pattern): the data goes to a temp
// file created 0600 in the target's directory, is fsync'ed, renamed over the target, and the
// directory is fsync'ed so the rename itself survives a power cut. A reader therefore sees the old
// file or the new one, never a mix.
#pragma once

#include "common/bytes.h"
#include "common/result.h"

#include <filesystem>

namespace careledger {

// The steps of an atomic write that can fail, in the order they run.
enum class AtomicWriteStep { create_temp, write, fsync_file, rename, fsync_dir };

// Test seam: a hook object the caller may pass to fail a chosen step (e.g. the Nth write), as a
// failing disk would. Production passes nothing; the only cost is one null-pointer check per step.
class AtomicWriteFaults {
public:
    AtomicWriteFaults() = default;
    AtomicWriteFaults(const AtomicWriteFaults&) = delete;
    AtomicWriteFaults& operator=(const AtomicWriteFaults&) = delete;
    virtual ~AtomicWriteFaults() = default;
    // Called before each step; returning true makes that step fail with EIO. A failed write
    // first writes half of its bytes, so the temp file is torn as a real short write leaves it.
    virtual bool fail(AtomicWriteStep step) = 0;

protected:
    AtomicWriteFaults(AtomicWriteFaults&&) = default;
    AtomicWriteFaults& operator=(AtomicWriteFaults&&) = default;
};

// Replaces (or creates) `target` with `data`, mode 0600. Errors are "io.atomic_write" with the
// step and errno in the message. On failure before the rename the target is untouched and the temp
// file is removed; a failure of the final directory fsync leaves the new file in place.
Status write_file_atomically(const std::filesystem::path& target, ByteView data,
                             AtomicWriteFaults* faults = nullptr);

// fsync of a directory, so that entries created, renamed or removed in it are durable.
Status fsync_directory(const std::filesystem::path& dir);

// Reads a whole regular file, refusing one larger than max_bytes ("io.too_large").
Result<Bytes> read_file(const std::filesystem::path& path, std::size_t max_bytes);

} // namespace careledger
