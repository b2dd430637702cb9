// An advisory lock (flock) on the wallet directory's lock file, held while a vault is open, so
// that a second instance, in this process or another, gets vault.in_use before it reads anything.
// The kernel drops the lock when the process dies, so a crash never leaves a vault locked.
#pragma once

#include "common/result.h"

#include <filesystem>

namespace careledger::vault {

class FileLock {
public:
    // Creates the lock file (0600) if needed and takes an exclusive lock without waiting.
    static Result<FileLock> acquire(const std::filesystem::path& lock_file);

    FileLock() = default;
    FileLock(FileLock&& other) noexcept;
    FileLock& operator=(FileLock&& other) noexcept;
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;
    ~FileLock();

    void release();
    [[nodiscard]] bool held() const { return fd_ >= 0; }

private:
    explicit FileLock(int fd) : fd_(fd) {}
    int fd_ = -1;
};

} // namespace careledger::vault
