// A stand-in for libFuzzer's driver, so every build (gcc included) runs each fuzz target over its
// seed corpus as a regression test: every file named on the command line, or found directly in a
// directory named there, goes through LLVMFuzzerTestOneInput once. A broken invariant aborts; the
// abort handler names the input that did it.
#include "fuzz_support.h"

#include <algorithm>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <unistd.h>
#include <vector>

namespace {

// The input being replayed, for the abort handler (which may only use async-signal-safe calls).
const char* g_current = nullptr;

void on_abort(int /*signal*/) {
    if (g_current != nullptr) {
        constexpr const char* prefix = "replay: aborted on input ";
        (void)!::write(STDERR_FILENO, prefix, std::strlen(prefix));
        (void)!::write(STDERR_FILENO, g_current, std::strlen(g_current));
        (void)!::write(STDERR_FILENO, "\n", 1);
    }
    std::signal(SIGABRT, SIG_DFL);
}

bool read_file(const std::filesystem::path& path, std::vector<std::uint8_t>& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return false;
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

} // namespace

int main(int argc, char** argv) {
    std::signal(SIGABRT, on_abort);
    std::vector<std::filesystem::path> inputs;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path arg(argv[i]); // NOLINT(cppcoreguidelines-pro-bounds-*)
        std::error_code ec;
        if (std::filesystem::is_directory(arg, ec)) {
            for (const auto& e : std::filesystem::directory_iterator(arg, ec))
                if (e.is_regular_file())
                    inputs.push_back(e.path());
        } else if (std::filesystem::is_regular_file(arg, ec)) {
            inputs.push_back(arg);
        } else {
            std::fprintf(stderr, "replay: no such file or directory: %s\n", arg.c_str());
            return 2;
        }
    }
    std::sort(inputs.begin(), inputs.end());
    if (inputs.empty()) {
        // A regression test over nothing would pass without testing anything.
        std::fprintf(stderr, "replay: no inputs (usage: %s <corpus dir or file>...)\n", argv[0]);
        return 2;
    }
    std::size_t bytes = 0;
    for (const auto& path : inputs) {
        std::vector<std::uint8_t> data;
        if (!read_file(path, data)) {
            std::fprintf(stderr, "replay: cannot read %s\n", path.c_str());
            return 2;
        }
        const std::string name = path.string();
        g_current = name.c_str();
        // libFuzzer never passes a null pointer; neither do we, even for an empty file.
        data.reserve(1);
        LLVMFuzzerTestOneInput(data.data(), data.size());
        g_current = nullptr;
        bytes += data.size();
    }
    std::printf("replayed %zu inputs (%zu bytes)\n", inputs.size(), bytes);
    return 0;
}
