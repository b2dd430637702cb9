#include "vault/file_lock.h"

#include "vault/errors.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <utility>

namespace careledger::vault {

Result<FileLock> FileLock::acquire(const std::filesystem::path& lock_file) {
    const int fd = ::open(lock_file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0)
        return make_error(errc::io,
                          "could not open " + lock_file.string() + ": " + std::strerror(errno));
    // flock locks belong to the open file description, so two opens in one process conflict too.
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        if (err == EINTR)
            continue;
        ::close(fd);
        if (err == EWOULDBLOCK)
            return make_error(errc::in_use, "the vault is already open in another CareLedger");
        return make_error(errc::io,
                          "could not lock " + lock_file.string() + ": " + std::strerror(err));
    }
    return FileLock(fd);
}

FileLock::FileLock(FileLock&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}

FileLock& FileLock::operator=(FileLock&& other) noexcept {
    if (this != &other) {
        release();
        fd_ = std::exchange(other.fd_, -1);
    }
    return *this;
}

FileLock::~FileLock() {
    release();
}

void FileLock::release() {
    if (fd_ >= 0)
        ::close(fd_); // closing the last descriptor releases the flock
    fd_ = -1;
}

} // namespace careledger::vault
