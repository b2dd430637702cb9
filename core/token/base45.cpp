#include "token/base45.h"

#include "token/errors.h"

#include <algorithm>
#include <array>

namespace careledger::token {

namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
constexpr std::uint32_t kBase = 45;

// Character -> digit, or -1 for a character outside the alphabet.
constexpr std::array<int, 256> make_digits() {
    std::array<int, 256> digits{};
    for (auto& d : digits)
        d = -1;
    for (std::size_t i = 0; i < kAlphabet.size(); ++i)
        digits[static_cast<unsigned char>(kAlphabet[i])] = static_cast<int>(i);
    return digits;
}
constexpr std::array<int, 256> kDigits = make_digits();

} // namespace

std::string base45_encode(ByteView data) {
    std::string out;
    out.reserve(data.size() / 2 * 3 + 2);
    std::size_t i = 0;
    for (; i + 1 < data.size(); i += 2) {
        std::uint32_t n = std::uint32_t{data[i]} * 256U + data[i + 1];
        for (int k = 0; k < 3; ++k) {
            out.push_back(kAlphabet[n % kBase]);
            n /= kBase;
        }
    }
    if (i < data.size()) {
        const std::uint32_t n = data[i];
        out.push_back(kAlphabet[n % kBase]);
        out.push_back(kAlphabet[n / kBase]);
    }
    return out;
}

Result<Bytes> base45_decode(std::string_view text) {
    if (text.size() % 3 == 1)
        return token_error(errc::bad_base45,
                           "Base45 text has " + std::to_string(text.size()) +
                               " characters; a valid length is never 1 more than a multiple of 3");
    Bytes out;
    out.reserve(text.size() / 3 * 2 + 1);
    for (std::size_t i = 0; i < text.size(); i += 3) {
        const std::size_t group = std::min<std::size_t>(3, text.size() - i);
        std::uint32_t n = 0;
        std::uint32_t weight = 1;
        for (std::size_t k = 0; k < group; ++k) {
            const int d = kDigits[static_cast<unsigned char>(text[i + k])];
            if (d < 0)
                return token_error(errc::bad_base45, "Base45 text has a character outside the "
                                                     "alphabet at position " +
                                                         std::to_string(i + k));
            n += static_cast<std::uint32_t>(d) * weight;
            weight *= kBase;
        }
        if (group == 3) {
            if (n > 0xffff)
                return token_error(errc::bad_base45, "Base45 group at position " +
                                                         std::to_string(i) +
                                                         " encodes a value above 65535");
            out.push_back(static_cast<std::uint8_t>(n >> 8U));
            out.push_back(static_cast<std::uint8_t>(n & 0xffU));
        } else {
            if (n > 0xff)
                return token_error(errc::bad_base45, "final Base45 pair encodes a value above 255");
            out.push_back(static_cast<std::uint8_t>(n));
        }
    }
    return out;
}

} // namespace careledger::token
