#include "node/file_lock.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace careledger::node {

Result<FileLock> FileLock::lock(const std::filesystem::path& path, Mode mode, bool wait) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return make_error("lock.io",
                          "cannot open lock file " + path.string() + ": " + std::strerror(errno));
    int op = mode == Mode::exclusive ? LOCK_EX : LOCK_SH;
    if (!wait)
        op |= LOCK_NB;
    while (::flock(fd, op) != 0) {
        if (errno == EINTR)
            continue;
        const int err = errno;
        ::close(fd);
        if (err == EWOULDBLOCK)
            return make_error("lock.busy", path.string() + " is locked by another process");
        return make_error("lock.io", "cannot lock " + path.string() + ": " + std::strerror(err));
    }
    return FileLock(fd);
}

Result<FileLock> FileLock::acquire(const std::filesystem::path& path, Mode mode) {
    return lock(path, mode, true);
}

Result<FileLock> FileLock::try_acquire(const std::filesystem::path& path, Mode mode) {
    return lock(path, mode, false);
}

FileLock& FileLock::operator=(FileLock&& other) noexcept {
    if (this != &other) {
        if (fd_ >= 0)
            ::close(fd_);
        fd_ = other.fd_;
        other.fd_ = -1;
    }
    return *this;
}

FileLock::~FileLock() {
    if (fd_ >= 0)
        ::close(fd_); // closing the descriptor releases the flock
}

} // namespace careledger::node
