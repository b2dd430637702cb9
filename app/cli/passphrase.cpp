#include "cli/passphrase.h"

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace careledger::cli {

namespace {

constexpr std::size_t kMaxPassphrase = 1024;

// Reads one line into secure memory, without the newline.
Result<crypto::SecureBuffer> read_line_fd(int fd) {
    crypto::SecureBuffer buf(kMaxPassphrase + 1);
    std::size_t n = 0;
    while (true) {
        char c = 0;
        const auto r = ::read(fd, &c, 1);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0 || c == '\n')
            break;
        if (n == kMaxPassphrase)
            return make_error("cli.passphrase", "passphrase is longer than 1024 bytes");
        buf.data()[n++] = static_cast<std::uint8_t>(c);
    }
    if (n > 0 && buf.data()[n - 1] == '\r')
        --n;
    return crypto::SecureBuffer::copy_of({buf.data(), n});
}

Result<crypto::SecureBuffer> from_env(const char* name, bool& found) {
    char* v = std::getenv(name);
    found = v != nullptr;
    if (!found)
        return crypto::SecureBuffer{};
    const std::size_t len = std::strlen(v);
    auto out = crypto::SecureBuffer::copy_of({reinterpret_cast<const std::uint8_t*>(v), len});
    crypto::wipe(v, len); // do not leave the secret in the process environment
    return out;
}

Result<crypto::SecureBuffer> from_file(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return make_error("cli.passphrase",
                          "cannot read passphrase file " + path + ": " + std::strerror(errno));
    auto r = read_line_fd(fd);
    ::close(fd);
    return r;
}

Result<crypto::SecureBuffer> from_tty(const char* prompt) {
    const int fd = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (fd < 0)
        return make_error("cli.no_passphrase",
                          "no passphrase: set CARELEDGER_PASSPHRASE, use --passphrase-file, or run "
                          "on a terminal");
    termios old{};
    const bool is_tty = tcgetattr(fd, &old) == 0;
    if (is_tty) {
        termios quiet = old;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    (void)!::write(fd, prompt, std::strlen(prompt));
    auto r = read_line_fd(fd);
    if (is_tty)
        tcsetattr(fd, TCSAFLUSH, &old);
    (void)!::write(fd, "\n", 1);
    ::close(fd);
    return r;
}

} // namespace

Result<crypto::SecureBuffer> read_passphrase(const PassphraseSource& src, const char* prompt,
                                             bool confirm) {
    bool found = false;
    CL_ASSIGN_OR_RETURN(auto env, from_env("CARELEDGER_PASSPHRASE", found));
    if (found)
        return env;
    if (!src.file.empty())
        return from_file(src.file);
    CL_ASSIGN_OR_RETURN(auto first, from_tty(prompt));
    if (confirm) {
        CL_ASSIGN_OR_RETURN(auto second, from_tty("Repeat passphrase: "));
        if (!first.equals(second.view()))
            return make_error("cli.passphrase_mismatch", "the passphrases do not match");
    }
    return first;
}

Result<crypto::SecureBuffer> read_new_passphrase(const std::string& file) {
    bool found = false;
    CL_ASSIGN_OR_RETURN(auto env, from_env("CARELEDGER_NEW_PASSPHRASE", found));
    if (found)
        return env;
    if (!file.empty())
        return from_file(file);
    CL_ASSIGN_OR_RETURN(auto first, from_tty("New passphrase: "));
    CL_ASSIGN_OR_RETURN(auto second, from_tty("Repeat new passphrase: "));
    if (!first.equals(second.view()))
        return make_error("cli.passphrase_mismatch", "the passphrases do not match");
    return first;
}

} // namespace careledger::cli
