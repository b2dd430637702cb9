#include "ledger/tlog_text.h"

#include "common/bytes.h"

#include <algorithm>
#include <limits>

namespace careledger::tlog {

std::optional<std::uint64_t> parse_decimal(std::string_view text) {
    if (text.empty() || (text.size() > 1 && text.front() == '0'))
        return std::nullopt;
    std::uint64_t value = 0;
    constexpr std::uint64_t kMax = std::numeric_limits<std::uint64_t>::max();
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        const auto digit = static_cast<std::uint64_t>(c - '0');
        if (value > (kMax - digit) / 10)
            return std::nullopt;
        value = value * 10 + digit;
    }
    return value;
}

std::optional<crypto::Hash32> parse_hash(std::string_view text) {
    // 32 bytes are always 44 characters; checking first keeps long input from being decoded.
    if (text.size() != 44)
        return std::nullopt;
    auto raw = from_base64(text);
    if (!raw.ok() || raw->size() != 32)
        return std::nullopt;
    crypto::Hash32 h{};
    std::copy(raw->begin(), raw->end(), h.begin());
    return h;
}

std::string format_hash(const crypto::Hash32& hash) {
    return to_base64(view(hash));
}

std::optional<std::vector<std::string_view>> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    if (text.empty())
        return lines;
    if (text.back() != '\n')
        return std::nullopt;
    while (!text.empty()) {
        const std::size_t nl = text.find('\n');
        lines.push_back(text.substr(0, nl));
        text.remove_prefix(nl + 1);
    }
    return lines;
}

} // namespace careledger::tlog
