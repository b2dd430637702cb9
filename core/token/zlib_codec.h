// zlib (RFC 1950: deflate with the 2-byte header and Adler-32 trailer, not raw deflate, not gzip)
// for token payloads. Inflation is bounded twice: an absolute output cap, and an expansion-ratio
// guard that stops a decompression bomb long before the cap, each with its own error code.
#pragma once

#include "common/bytes.h"
#include "common/result.h"

#include <cstddef>

namespace careledger::token {

struct InflateLimits {
    // Largest output accepted ("token.too_large" beyond it). A token's COSE object is a few KiB.
    std::size_t max_output = std::size_t{64} * 1024;
    // Output may exceed input by at most this factor once it is larger than ratio_floor bytes
    // ("token.zlib_bomb"). CBOR tokens compress 1.5-4x; a bomb reaches 1000x.
    std::size_t max_ratio = 20;
    std::size_t ratio_floor = std::size_t{8} * 1024;
};

// Best compression (level 9), zlib wrapper, no preset dictionary.
Bytes zlib_compress(ByteView data);

// Inflates exactly one zlib stream spanning all of `input`. Errors: "token.bad_zlib" (not zlib,
// gzip or raw deflate, corrupt, truncated, wrong checksum, preset dictionary),
// "token.trailing_bytes" (data after the stream), "token.zlib_bomb", "token.too_large".
Result<Bytes> zlib_inflate(ByteView input, const InflateLimits& limits = {});

} // namespace careledger::token
