// The secret-sharing layer of SLIP-0039: GF(256) arithmetic (Rijndael polynomial
// x^8 + x^4 + x^3 + x + 1), Lagrange interpolation byte by byte, and SplitSecret/RecoverSecret
// with the shared secret at x = 255 and its digest at x = 254.
#pragma once

#include "common/result.h"
#include "crypto/secure_buffer.h"

#include <cstdint>
#include <span>
#include <vector>

namespace careledger::crypto::slip39::detail {

inline constexpr std::uint8_t kDigestIndex = 254;
inline constexpr std::uint8_t kSecretIndex = 255;
inline constexpr std::size_t kDigestBytes = 4;

// Field operations in constant time (no table indexed by secret bytes).
std::uint8_t gf_mul(std::uint8_t a, std::uint8_t b);
std::uint8_t gf_inverse(std::uint8_t a); // gf_inverse(0) is 0

// One point of each of the byte-wise polynomials: index x and the values at x, one per byte.
struct SharePoint {
    std::uint8_t x;
    ByteView y;
};

// Interpolate(x, points): the value at x of the lowest-degree polynomials through `points`.
// Preconditions (callers check): points non-empty, x pairwise distinct, all y the same length.
SecureBuffer interpolate(std::span<const SharePoint> points, std::uint8_t x);

// SplitSecret(T, N, S): share values for indices 0..N-1. Preconditions (callers check):
// 1 <= threshold <= count <= 16, secret at least 16 bytes.
std::vector<SecureBuffer> split_secret(std::uint8_t threshold, std::uint8_t count,
                                       const SecureBuffer& secret);

// RecoverSecret(T, points): with threshold 1 the single value is the secret; otherwise the secret
// is interpolated at 255 and checked against the digest at 254 ("slip39.digest" on mismatch).
// Preconditions as for interpolate, and points.size() == threshold.
Result<SecureBuffer> recover_secret(std::uint8_t threshold, std::span<const SharePoint> points);

} // namespace careledger::crypto::slip39::detail
