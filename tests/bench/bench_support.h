// Timing and reporting helpers for the benchmarks: wall-clock stopwatch, percentiles, and one
// "name: value unit" line per figure so results are easy to grep into docs/performance.md.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace careledger::bench {

class Stopwatch {
public:
    Stopwatch() : start_(std::chrono::steady_clock::now()) {}
    [[nodiscard]] double seconds() const {
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    }
    [[nodiscard]] double ms() const { return seconds() * 1e3; }
    [[nodiscard]] double us() const { return seconds() * 1e6; }

private:
    std::chrono::steady_clock::time_point start_;
};

inline double percentile(std::vector<double> v, double p) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto idx = static_cast<std::size_t>(p / 100.0 * static_cast<double>(v.size() - 1) + 0.5);
    return v[std::min(idx, v.size() - 1)];
}

inline void figure(const std::string& name, double value, const std::string& unit) {
    std::printf("%-58s %14.2f %s\n", (name + ":").c_str(), value, unit.c_str());
    std::fflush(stdout);
}

[[noreturn]] inline void fail(const std::string& what) {
    std::fprintf(stderr, "benchmark failed: %s\n", what.c_str());
    std::exit(1);
}

} // namespace careledger::bench
