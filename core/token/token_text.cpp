#include "token/token_text.h"

#include "token/base45.h"
#include "token/errors.h"

namespace careledger::token {

namespace {

std::string_view trim_line_ends(std::string_view text) {
    constexpr std::string_view kIgnored = "\r\n\t";
    const auto first = text.find_first_not_of(kIgnored);
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(kIgnored);
    return text.substr(first, last - first + 1);
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) {
            return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

} // namespace

std::string encode_token_text(ByteView cose_sign1) {
    return std::string(kTokenPrefix) + base45_encode(zlib_compress(cose_sign1));
}

Result<Bytes> decode_token_text(std::string_view text, const InflateLimits& limits) {
    text = trim_line_ends(text);
    if (text.size() > kMaxTokenText)
        return token_error(errc::too_large, "token text is longer than " +
                                                std::to_string(kMaxTokenText) + " characters");
    const std::string_view head = text.substr(0, kTokenPrefix.size());
    if (head != kTokenPrefix) {
        if (equals_ignoring_case(head, kTokenPrefix))
            return token_error(errc::bad_prefix,
                               "token prefix must be upper-case \"CL1:\" (found \"" +
                                   std::string(head) + "\")");
        return token_error(errc::bad_prefix,
                           "not a CareLedger emergency token (expected the prefix \"CL1:\")");
    }
    CL_ASSIGN_OR_RETURN(const Bytes compressed, base45_decode(text.substr(kTokenPrefix.size())));
    return zlib_inflate(compressed, limits);
}

} // namespace careledger::token
