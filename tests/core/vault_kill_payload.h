// The payload of row `id` in the SIGKILL test: the writer child stores it, the parent recomputes
// it, so a torn or mixed row cannot pass for a whole one.
#pragma once

#include "common/bytes.h"
#include "crypto/hash.h"

namespace careledger::test {

inline Bytes kill_test_payload(std::int64_t id) {
    Bytes seed;
    put_u64_be(seed, static_cast<std::uint64_t>(id));
    const auto h = crypto::blake2b_256(seed);
    Bytes out;
    const std::size_t n = 1 + static_cast<std::size_t>((id * 37) % 300);
    while (out.size() < n)
        out.insert(out.end(), h.begin(), h.end());
    out.resize(n);
    return out;
}

} // namespace careledger::test
