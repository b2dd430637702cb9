#include "crypto/slip39_words.h"

#include "crypto/secure_buffer.h"
#include "crypto/slip39.h"

#include <algorithm>
#include <array>

namespace careledger::crypto::slip39 {

namespace {

constexpr std::array<std::string_view, kWordListSize> kWords = {
#include "crypto/slip39_wordlist.inc"
};

constexpr bool sorted_and_well_formed() {
    for (std::size_t i = 0; i < kWords.size(); ++i) {
        const auto w = kWords[i];
        if (w.size() < detail::kMinWordLetters || w.size() > detail::kMaxWordLetters)
            return false;
        for (const char c : w)
            if (c < 'a' || c > 'z')
                return false;
        if (i > 0 && !(kWords[i - 1] < w))
            return false;
    }
    return true;
}
// Binary search below depends on order; a short or damaged table fails the build.
static_assert(sorted_and_well_formed(), "SLIP-0039 word list must be 1,024 sorted a-z words");

char ascii_lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// Lower-cases `text` into `out` if it could be a word or a prefix of one (ASCII letters, at most
// eight). Returns the length used, or nullopt.
std::optional<std::size_t> fold(std::string_view text,
                                std::array<char, detail::kMaxWordLetters>& out) {
    if (text.size() > out.size())
        return std::nullopt;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = ascii_lower(text[i]);
        if (c < 'a' || c > 'z')
            return std::nullopt;
        out[i] = c;
    }
    return text.size();
}

} // namespace

namespace detail {

std::optional<std::uint16_t> word_index(std::string_view lower_case_word) {
    const auto* it = std::lower_bound(kWords.begin(), kWords.end(), lower_case_word);
    if (it == kWords.end() || *it != lower_case_word)
        return std::nullopt;
    return static_cast<std::uint16_t>(it - kWords.begin());
}

std::string_view word_at(std::uint16_t index) {
    return kWords.at(index);
}

} // namespace detail

std::span<const std::string_view> wordlist() {
    return kWords;
}

bool is_word(std::string_view word) {
    std::array<char, detail::kMaxWordLetters> folded{};
    const auto n = fold(word, folded);
    const bool found = n && detail::word_index({folded.data(), *n}).has_value();
    wipe(folded.data(), folded.size()); // a typed word of a recovery phrase
    return found;
}

std::vector<std::string_view> words_with_prefix(std::string_view prefix) {
    std::array<char, detail::kMaxWordLetters> folded{};
    const auto n = fold(prefix, folded);
    std::vector<std::string_view> out;
    if (n) {
        const std::string_view p{folded.data(), *n};
        for (const auto* it = std::lower_bound(kWords.begin(), kWords.end(), p);
             it != kWords.end() && it->starts_with(p); ++it)
            out.push_back(*it);
    }
    wipe(folded.data(), folded.size());
    return out;
}

} // namespace careledger::crypto::slip39
