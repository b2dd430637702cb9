#include "crypto/slip39_rs1024.h"

#include "crypto/secure_buffer.h"

namespace careledger::crypto::slip39::detail {

namespace {

// Multiples of the generator polynomial for each of the ten bits shifted out of the state
// (SLIP-0039, "Checksum").
constexpr std::array<std::uint32_t, 10> kGenerator = {
    0xe0e040,   0x1c1c080,  0x3838100,  0x7070200,  0xe0e0009,
    0x1c0c2412, 0x38086c24, 0x3090fc48, 0x21b1f890, 0x3f3f120,
};

constexpr std::uint32_t kLow20 = 0xfffff;
constexpr std::uint16_t kTenBits = 0x3ff;

} // namespace

Rs1024::Rs1024(std::string_view customization) {
    for (const char c : customization)
        feed(static_cast<std::uint8_t>(c));
}

// The state is a function of the share's words: do not leave it behind on the stack.
Rs1024::~Rs1024() {
    wipe(&state_, sizeof state_);
}

void Rs1024::feed(std::uint16_t value) {
    const std::uint32_t top = state_ >> 20;
    state_ = ((state_ & kLow20) << 10) ^ value;
    for (unsigned i = 0; i < kGenerator.size(); ++i)
        state_ ^= kGenerator[i] & (0U - ((top >> i) & 1U));
}

std::array<std::uint16_t, kChecksumWords> Rs1024::checksum() const {
    Rs1024 extended = *this;
    for (std::size_t i = 0; i < kChecksumWords; ++i)
        extended.feed(0);
    const std::uint32_t residue = extended.state_ ^ 1U;
    return {static_cast<std::uint16_t>((residue >> 20) & kTenBits),
            static_cast<std::uint16_t>((residue >> 10) & kTenBits),
            static_cast<std::uint16_t>(residue & kTenBits)};
}

} // namespace careledger::crypto::slip39::detail
