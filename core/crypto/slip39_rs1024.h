// RS1024, the checksum of a SLIP-0039 share: a Reed-Solomon code over GF(1024) (generator
// (x - a)(x - a^2)(x - a^3), a a root of x^10 + x^3 + 1) whose three check words detect any error
// in up to three words. The customization string is fed before the data and separates the
// extendable ("shamir_extendable") from the original ("shamir") share format.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace careledger::crypto::slip39::detail {

inline constexpr std::string_view kCustomization = "shamir";
inline constexpr std::string_view kCustomizationExtendable = "shamir_extendable";
inline constexpr std::size_t kChecksumWords = 3;

class Rs1024 {
public:
    explicit Rs1024(std::string_view customization);
    ~Rs1024();
    Rs1024(const Rs1024&) = default;
    Rs1024& operator=(const Rs1024&) = default;
    Rs1024(Rs1024&&) = default;
    Rs1024& operator=(Rs1024&&) = default;

    // Feeds one 10-bit value (a word index).
    void feed(std::uint16_t value);
    // True when the customization string and every word fed (check words included) form a
    // codeword.
    [[nodiscard]] bool valid() const { return state_ == 1; }
    // The three check words that make the values fed so far a codeword.
    [[nodiscard]] std::array<std::uint16_t, kChecksumWords> checksum() const;

private:
    std::uint32_t state_ = 1;
};

inline std::string_view customization_for(bool extendable) {
    return extendable ? kCustomizationExtendable : kCustomization;
}

} // namespace careledger::crypto::slip39::detail
