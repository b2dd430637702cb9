#include "common/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace careledger {

namespace {

const char* step_name(AtomicWriteStep step) {
    switch (step) {
    case AtomicWriteStep::create_temp:
        return "create temp file";
    case AtomicWriteStep::write:
        return "write";
    case AtomicWriteStep::fsync_file:
        return "fsync";
    case AtomicWriteStep::rename:
        return "rename";
    case AtomicWriteStep::fsync_dir:
        return "fsync directory";
    }
    return "?";
}

Error io_error(AtomicWriteStep step, const std::filesystem::path& path, int err) {
    return make_error("io.write", std::string("could not ") + step_name(step) + " for " +
                                      path.string() + ": " + std::strerror(err));
}

bool injected(AtomicWriteFaults* faults, AtomicWriteStep step) {
    return faults != nullptr && faults->fail(step);
}

// Writes all of `data`, retrying short writes and EINTR. Returns 0 or an errno value.
int write_all(int fd, ByteView data) {
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        done += static_cast<std::size_t>(n);
    }
    return 0;
}

int fsync_fd(int fd) {
    while (::fsync(fd) != 0) {
        if (errno != EINTR)
            return errno;
    }
    return 0;
}

// Owns the temp file until it has been renamed into place; removes it on every failure path.
class TempFile {
public:
    explicit TempFile(std::string path_template) : path_(std::move(path_template)) {}
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    ~TempFile() {
        if (fd_ >= 0)
            ::close(fd_);
        if (!renamed_ && created_)
            ::unlink(path_.c_str());
    }
    // mkostemp creates the file with mode 0600 before a single byte is written.
    int create() {
        fd_ = ::mkostemp(path_.data(), O_CLOEXEC);
        if (fd_ < 0)
            return errno;
        created_ = true;
        return 0;
    }
    int close() {
        const int fd = fd_;
        fd_ = -1;
        return ::close(fd) == 0 ? 0 : errno;
    }
    [[nodiscard]] int fd() const { return fd_; }
    [[nodiscard]] const std::string& path() const { return path_; }
    void mark_renamed() { renamed_ = true; }

private:
    std::string path_;
    int fd_ = -1;
    bool created_ = false;
    bool renamed_ = false;
};

} // namespace

Status fsync_directory(const std::filesystem::path& dir) {
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return io_error(AtomicWriteStep::fsync_dir, dir, errno);
    const int err = fsync_fd(fd);
    ::close(fd);
    if (err != 0)
        return io_error(AtomicWriteStep::fsync_dir, dir, err);
    return {};
}

Status write_file_atomically(const std::filesystem::path& target, ByteView data,
                             AtomicWriteFaults* faults) {
    const std::filesystem::path dir =
        target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    TempFile temp(target.string() + ".tmp-XXXXXX");

    if (injected(faults, AtomicWriteStep::create_temp))
        return io_error(AtomicWriteStep::create_temp, target, EIO);
    if (const int err = temp.create(); err != 0)
        return io_error(AtomicWriteStep::create_temp, target, err);

    if (injected(faults, AtomicWriteStep::write)) {
        (void)write_all(temp.fd(), data.first(data.size() / 2)); // a torn write, as disks do
        return io_error(AtomicWriteStep::write, target, EIO);
    }
    if (const int err = write_all(temp.fd(), data); err != 0)
        return io_error(AtomicWriteStep::write, target, err);

    if (injected(faults, AtomicWriteStep::fsync_file))
        return io_error(AtomicWriteStep::fsync_file, target, EIO);
    if (const int err = fsync_fd(temp.fd()); err != 0)
        return io_error(AtomicWriteStep::fsync_file, target, err);
    if (const int err = temp.close(); err != 0)
        return io_error(AtomicWriteStep::fsync_file, target, err);

    if (injected(faults, AtomicWriteStep::rename))
        return io_error(AtomicWriteStep::rename, target, EIO);
    if (::rename(temp.path().c_str(), target.c_str()) != 0)
        return io_error(AtomicWriteStep::rename, target, errno);
    temp.mark_renamed();

    if (injected(faults, AtomicWriteStep::fsync_dir))
        return io_error(AtomicWriteStep::fsync_dir, dir, EIO);
    return fsync_directory(dir);
}

Result<Bytes> read_file(const std::filesystem::path& path, std::size_t max_bytes) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        return make_error(err == ENOENT ? "io.not_found" : "io.read",
                          "could not open " + path.string() + ": " + std::strerror(err));
    }
    Bytes out;
    std::uint8_t chunk[16384];
    for (;;) {
        const ssize_t n = ::read(fd, chunk, sizeof chunk);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int err = errno;
            ::close(fd);
            return make_error("io.read",
                              "could not read " + path.string() + ": " + std::strerror(err));
        }
        if (n == 0)
            break;
        if (out.size() + static_cast<std::size_t>(n) > max_bytes) {
            ::close(fd);
            return make_error("io.too_large", path.string() + " is larger than expected");
        }
        out.insert(out.end(), chunk, chunk + n);
    }
    ::close(fd);
    return out;
}

} // namespace careledger
