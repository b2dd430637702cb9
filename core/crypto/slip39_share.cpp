#include "crypto/slip39_share.h"

#include "crypto/slip39_rs1024.h"
#include "crypto/slip39_words.h"

#include <algorithm>
#include <array>
#include <string>

namespace careledger::crypto::slip39 {

namespace {

constexpr std::size_t kHeaderWords = 4; // id, ext, e, group and member fields: 40 bits
constexpr std::size_t kRadixBits = 10;
constexpr std::uint16_t kTenBits = 0x3ff;
constexpr std::size_t kMaxPaddingBits = 8;

// Word indices of one mnemonic, kept in secure memory (they are the share).
class WordIndices {
public:
    explicit WordIndices(std::size_t count) : buffer_(count * 2) {}
    [[nodiscard]] std::size_t size() const { return buffer_.size() / 2; }
    [[nodiscard]] std::uint16_t operator[](std::size_t i) const {
        return static_cast<std::uint16_t>((buffer_.data()[2 * i] << 8) | buffer_.data()[2 * i + 1]);
    }
    void set(std::size_t i, std::uint16_t value) {
        buffer_.data()[2 * i] = static_cast<std::uint8_t>(value >> 8);
        buffer_.data()[2 * i + 1] = static_cast<std::uint8_t>(value & 0xff);
    }

private:
    SecureBuffer buffer_;
};

bool is_space(std::uint8_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Calls visit(token) for each whitespace-separated token of `text`, in order.
template <class Visit> void for_each_token(ByteView text, Visit&& visit) {
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && is_space(text[i]))
            ++i;
        const std::size_t start = i;
        while (i < text.size() && !is_space(text[i]))
            ++i;
        if (i > start)
            visit(text.subspan(start, i - start));
    }
}

std::optional<std::uint16_t> lookup(ByteView token) {
    if (token.size() > detail::kMaxWordLetters)
        return std::nullopt;
    std::array<char, detail::kMaxWordLetters> folded{};
    for (std::size_t i = 0; i < token.size(); ++i) {
        const auto c = token[i];
        folded[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    }
    auto index = detail::word_index({folded.data(), token.size()});
    wipe(folded.data(), folded.size());
    return index;
}

std::size_t value_words_for(std::size_t secret_bytes) {
    return (secret_bytes * 8 + kRadixBits - 1) / kRadixBits;
}

Error length_error(std::size_t words) {
    return make_error("slip39.length", std::to_string(words) +
                                           " words is not the length of a recovery share (20 "
                                           "words for a 128-bit secret, 33 for 256 bits)");
}

} // namespace

std::size_t mnemonic_words_for(std::size_t secret_bytes) {
    return kHeaderWords + value_words_for(secret_bytes) + detail::kChecksumWords;
}

namespace detail {

Result<Share> parse_share(ByteView mnemonic) {
    std::size_t count = 0;
    for_each_token(mnemonic, [&](ByteView) { ++count; });
    if (count > kMaxMnemonicWords)
        return length_error(count);

    WordIndices words(count);
    std::size_t position = 0;
    std::size_t unknown = 0; // 1-based position of the first word not in the list
    for_each_token(mnemonic, [&](ByteView token) {
        const auto index = lookup(token);
        if (index)
            words.set(position, *index);
        else if (unknown == 0)
            unknown = position + 1;
        ++position;
    });
    if (unknown != 0)
        return make_error("slip39.unknown_word",
                          "word " + std::to_string(unknown) + " is not in the SLIP-39 word list");

    // The padding is the share value's bit length rounded up to 10 minus a multiple of 16 bits
    // (the secret is a whole number of 16-bit units); more than 8 bits means no valid length.
    if (count < kMinMnemonicWords)
        return length_error(count);
    const std::size_t value_words = count - kHeaderWords - kChecksumWords;
    const std::size_t padding_bits = (value_words * kRadixBits) % 16;
    if (padding_bits > kMaxPaddingBits)
        return length_error(count);

    Share share;
    ShareInfo& info = share.info;
    info.identifier = static_cast<std::uint16_t>((words[0] << 5) | (words[1] >> 5));
    info.extendable = ((words[1] >> 4) & 1U) != 0;
    info.iteration_exponent = static_cast<std::uint8_t>(words[1] & 0xf);
    info.group_index = static_cast<std::uint8_t>(words[2] >> 6);
    info.group_threshold = static_cast<std::uint8_t>(((words[2] >> 2) & 0xf) + 1);
    info.group_count = static_cast<std::uint8_t>((((words[2] & 0x3) << 2) | (words[3] >> 8)) + 1);
    info.member_index = static_cast<std::uint8_t>((words[3] >> 4) & 0xf);
    info.member_threshold = static_cast<std::uint8_t>((words[3] & 0xf) + 1);
    info.word_count = count;
    info.secret_bytes = (value_words * kRadixBits - padding_bits) / 8;

    Rs1024 checksum(customization_for(info.extendable));
    for (std::size_t i = 0; i < count; ++i)
        checksum.feed(words[i]);
    if (!checksum.valid())
        return make_error("slip39.checksum",
                          "the share's checksum does not match: a word is wrong or missing");

    // Unpack the value: the first padding_bits bits must be zero, then 8 bits per byte.
    share.value = SecureBuffer(info.secret_bytes);
    std::uint32_t accumulator = 0;
    std::size_t bits = 0;
    std::uint32_t padding = 0;
    std::size_t out = 0;
    for (std::size_t i = kHeaderWords; i < kHeaderWords + value_words; ++i) {
        accumulator = (accumulator << kRadixBits) | words[i];
        bits += kRadixBits;
        if (i == kHeaderWords) {
            bits -= padding_bits;
            padding = accumulator >> bits;
            accumulator &= (1U << bits) - 1U;
        }
        while (bits >= 8) {
            bits -= 8;
            share.value.data()[out++] = static_cast<std::uint8_t>(accumulator >> bits);
            accumulator &= (1U << bits) - 1U;
        }
    }
    wipe(&accumulator, sizeof accumulator);
    if (padding != 0)
        return make_error("slip39.padding", "the share's padding bits are not zero");

    if (info.group_threshold > info.group_count)
        return make_error("slip39.threshold",
                          "the share's group threshold exceeds its group count");
    return share;
}

SecureBuffer format_share(const ShareInfo& info, ByteView value) {
    const std::size_t value_words = value_words_for(value.size());
    const std::size_t count = kHeaderWords + value_words + kChecksumWords;
    WordIndices words(count);

    words.set(0, static_cast<std::uint16_t>(info.identifier >> 5));
    words.set(1, static_cast<std::uint16_t>(((info.identifier & 0x1f) << 5) |
                                            (info.extendable ? 0x10 : 0) |
                                            (info.iteration_exponent & 0xf)));
    const unsigned group_threshold = info.group_threshold - 1U;
    const unsigned group_count = info.group_count - 1U;
    const unsigned member_threshold = info.member_threshold - 1U;
    words.set(2, static_cast<std::uint16_t>((unsigned{info.group_index} << 6U) |
                                            (group_threshold << 2U) | (group_count >> 2U)));
    words.set(3,
              static_cast<std::uint16_t>(((group_count & 0x3U) << 8U) |
                                         (unsigned{info.member_index} << 4U) | member_threshold));

    // Pack the value big-endian behind value_words * 10 - 8 * n leading zero bits.
    std::uint32_t accumulator = 0;
    std::size_t bits = value_words * kRadixBits - value.size() * 8;
    std::size_t position = kHeaderWords;
    for (const std::uint8_t byte : value) {
        accumulator = (accumulator << 8) | byte;
        bits += 8;
        if (bits >= kRadixBits) {
            bits -= kRadixBits;
            words.set(position++, static_cast<std::uint16_t>((accumulator >> bits) & kTenBits));
            accumulator &= (1U << bits) - 1U;
        }
    }
    wipe(&accumulator, sizeof accumulator);

    Rs1024 checksum(customization_for(info.extendable));
    for (std::size_t i = 0; i < position; ++i)
        checksum.feed(words[i]);
    for (const std::uint16_t check : checksum.checksum())
        words.set(position++, check);

    std::size_t length = count - 1; // the spaces
    for (std::size_t i = 0; i < count; ++i)
        length += word_at(words[i]).size();
    SecureBuffer text(length);
    std::size_t offset = 0;
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0)
            text.data()[offset++] = ' ';
        const auto word = word_at(words[i]);
        std::copy(word.begin(), word.end(), text.data() + offset);
        offset += word.size();
    }
    return text;
}

} // namespace detail

} // namespace careledger::crypto::slip39
