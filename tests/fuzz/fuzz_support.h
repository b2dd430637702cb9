// What every fuzz target shares: the libFuzzer entry point's declaration, one-time core
// initialisation, an invariant check that aborts (so libFuzzer and the replay runner both report a
// broken property as a crash, in every build type), and a reader that turns fuzz bytes into the
// numbers and hashes the binary targets need.
#pragma once

#include "common/bytes.h"
#include "crypto/hash.h"
#include "crypto/init.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace careledger::fuzz {

[[noreturn]] inline void check_failed(const char* what, const char* file, int line) {
    std::fprintf(stderr, "%s:%d: fuzz invariant broken: %s\n", file, line, what);
    std::abort();
}

// crypto::initialize() once per process; a fuzzer without working crypto proves nothing.
inline void init_core() {
    static const bool initialized = [] {
        const Status st = crypto::initialize();
        if (!st.ok()) {
            std::fprintf(stderr, "crypto::initialize failed: %s\n", st.error().message.c_str());
            std::abort();
        }
        return true;
    }();
    (void)initialized;
}

inline std::string_view as_text(ByteView data) {
    return {reinterpret_cast<const char*>(data.data()), data.size()}; // NOLINT
}

// Consumes fuzz bytes front to back; past the end every read yields zeros, so any input is a
// complete program.
class ByteReader {
public:
    explicit ByteReader(ByteView data) : data_(data) {}

    [[nodiscard]] bool empty() const { return pos_ >= data_.size(); }

    std::uint8_t u8() { return pos_ < data_.size() ? data_[pos_++] : 0; }

    std::uint64_t u64() {
        std::uint64_t v = 0;
        for (int i = 0; i < 8; ++i)
            v = (v << 8U) | u8();
        return v;
    }

    // Mostly small numbers (one byte), with escapes to the extremes where off-by-one and
    // overflow bugs live: 0xFF reads a full u64, 0xFE a value just below 2^64.
    std::uint64_t number() {
        const std::uint8_t b = u8();
        if (b == 0xFF)
            return u64();
        if (b == 0xFE)
            return UINT64_MAX - u8();
        return b;
    }

    // 0xFF reads 32 raw bytes; anything else picks from `table` (which must not be empty), so
    // short inputs can name real tree hashes and build proofs that verify.
    crypto::Hash32 hash(std::span<const crypto::Hash32> table) {
        const std::uint8_t b = u8();
        if (b != 0xFF)
            return table[b % table.size()];
        crypto::Hash32 h{};
        for (auto& x : h)
            x = u8();
        return h;
    }

    // Everything not read yet.
    ByteView rest() { return pos_ < data_.size() ? data_.subspan(pos_) : ByteView{}; }

private:
    ByteView data_;
    std::size_t pos_ = 0;
};

} // namespace careledger::fuzz

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond))                                                                               \
            ::careledger::fuzz::check_failed(#cond, __FILE__, __LINE__);                           \
    } while (false)
