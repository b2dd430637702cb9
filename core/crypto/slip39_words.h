// The SLIP-0039 word list embedded in the product, and lookups on it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace careledger::crypto::slip39::detail {

inline constexpr std::size_t kMinWordLetters = 4;
inline constexpr std::size_t kMaxWordLetters = 8;

// Index of a lower-case word in the list; nullopt when it is not a word of the list.
std::optional<std::uint16_t> word_index(std::string_view lower_case_word);
// The word encoding `index` (index < 1024).
std::string_view word_at(std::uint16_t index);

} // namespace careledger::crypto::slip39::detail
