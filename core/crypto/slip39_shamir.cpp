#include "crypto/slip39_shamir.h"

#include "crypto/aead.h"
#include "crypto/hash.h"

#include <algorithm>

namespace careledger::crypto::slip39::detail {

namespace {

constexpr unsigned kRijndael = 0x11b;

// The digest share D = first 4 bytes of HMAC-SHA256(key = R, msg = S) || R.
SecureBuffer digest_share(const SecureBuffer& secret, const SecureBuffer& random_part) {
    SecureBuffer d(kDigestBytes + random_part.size());
    auto mac = hmac_sha256(random_part.view(), secret.view());
    std::copy_n(mac.begin(), kDigestBytes, d.data());
    std::copy_n(random_part.data(), random_part.size(), d.data() + kDigestBytes);
    wipe(mac.data(), mac.size());
    return d;
}

} // namespace

std::uint8_t gf_mul(std::uint8_t a, std::uint8_t b) {
    unsigned x = a;
    unsigned y = b;
    unsigned product = 0;
    for (int bit = 0; bit < 8; ++bit) {
        product ^= x & (0U - (y & 1U));
        x = (x << 1) ^ (kRijndael & (0U - (x >> 7)));
        y >>= 1;
    }
    return static_cast<std::uint8_t>(product);
}

std::uint8_t gf_inverse(std::uint8_t a) {
    // a^254 = a^-1 in GF(256)* (a^255 = 1): square-and-multiply with a public exponent.
    std::uint8_t result = 1;
    std::uint8_t power = a;
    for (unsigned e = 254; e != 0; e >>= 1) {
        if ((e & 1U) != 0)
            result = gf_mul(result, power);
        power = gf_mul(power, power);
    }
    return result;
}

SecureBuffer interpolate(std::span<const SharePoint> points, std::uint8_t x) {
    const std::size_t n = points.front().y.size();
    SecureBuffer out(n);
    for (std::size_t i = 0; i < points.size(); ++i) {
        // Lagrange basis polynomial of point i at x; in GF(2^8) subtraction is xor.
        std::uint8_t basis = 1;
        for (std::size_t j = 0; j < points.size(); ++j) {
            if (j == i)
                continue;
            const auto numerator = static_cast<std::uint8_t>(x ^ points[j].x);
            const auto denominator = static_cast<std::uint8_t>(points[i].x ^ points[j].x);
            basis = gf_mul(basis, gf_mul(numerator, gf_inverse(denominator)));
        }
        for (std::size_t k = 0; k < n; ++k)
            out.data()[k] ^= gf_mul(points[i].y[k], basis);
    }
    return out;
}

std::vector<SecureBuffer> split_secret(std::uint8_t threshold, std::uint8_t count,
                                       const SecureBuffer& secret) {
    std::vector<SecureBuffer> shares;
    shares.reserve(count);
    if (threshold == 1) {
        for (unsigned i = 0; i < count; ++i)
            shares.push_back(SecureBuffer::copy_of(secret.view()));
        return shares;
    }
    const SecureBuffer digest = digest_share(secret, random_secret(secret.size() - kDigestBytes));

    // T - 2 random shares at indices 0..T-3, then the digest and the secret fix the polynomials.
    std::vector<SharePoint> base;
    for (unsigned i = 0; i + 2 < threshold; ++i) {
        shares.push_back(random_secret(secret.size()));
        base.push_back({static_cast<std::uint8_t>(i), shares.back().view()});
    }
    base.push_back({kDigestIndex, digest.view()});
    base.push_back({kSecretIndex, secret.view()});
    // push_back below may reallocate `shares`; the SecureBuffers' memory does not move.
    for (unsigned i = threshold - 2U; i < count; ++i)
        shares.push_back(interpolate(base, static_cast<std::uint8_t>(i)));
    return shares;
}

Result<SecureBuffer> recover_secret(std::uint8_t threshold, std::span<const SharePoint> points) {
    if (threshold == 1)
        return SecureBuffer::copy_of(points.front().y);
    SecureBuffer secret = interpolate(points, kSecretIndex);
    const SecureBuffer digest = interpolate(points, kDigestIndex);
    const SecureBuffer random_part = SecureBuffer::copy_of(digest.view().subspan(kDigestBytes));
    const SecureBuffer expected = digest_share(secret, random_part);
    if (!expected.equals(digest.view()))
        return make_error("slip39.digest",
                          "the shares do not fit together (digest mismatch): one may be forged");
    return secret;
}

} // namespace careledger::crypto::slip39::detail
