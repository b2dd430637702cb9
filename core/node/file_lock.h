// Advisory whole-file locks (flock) that several processes on one machine use to share a ledger
// directory: writers hold the lock exclusively while they sequence; readers hold it shared while
// they read a consistent checkpoint and its tiles. Released when the object goes away.
#pragma once

#include "common/result.h"

#include <filesystem>

namespace careledger::node {

class FileLock {
public:
    enum class Mode { shared, exclusive };
    // Blocks until the lock is granted (the holders are short-lived sequencing steps).
    static Result<FileLock> acquire(const std::filesystem::path& path, Mode mode);
    // Fails with "lock.busy" instead of waiting.
    static Result<FileLock> try_acquire(const std::filesystem::path& path, Mode mode);

    FileLock(FileLock&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
    FileLock& operator=(FileLock&& other) noexcept;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    ~FileLock();

private:
    explicit FileLock(int fd) : fd_(fd) {}
    static Result<FileLock> lock(const std::filesystem::path& path, Mode mode, bool wait);
    int fd_ = -1;
};

} // namespace careledger::node
