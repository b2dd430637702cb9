// The text form of an emergency token: "CL1:" + Base45(zlib(COSE_Sign1)) (DESIGN §8). Every
// character is in the QR alphanumeric set, so the text fills a QR code in alphanumeric mode.
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "token/zlib_codec.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace careledger::token {

inline constexpr std::string_view kTokenPrefix = "CL1:";
// Longest token text accepted: far above any QR code's capacity (version 40 holds 4,296
// alphanumeric characters), low enough to bound the work spent on pasted junk.
inline constexpr std::size_t kMaxTokenText = std::size_t{32} * 1024;

std::string encode_token_text(ByteView cose_sign1);

// Prefix -> Base45 -> capped inflate, returning the COSE bytes. Surrounding CR, LF and tab
// characters (a scanner's Enter key, a pasted line end) are ignored; nothing else is.
// Errors: token.too_large, token.bad_prefix, token.bad_base45, token.bad_zlib, token.zlib_bomb,
// token.trailing_bytes.
Result<Bytes> decode_token_text(std::string_view text, const InflateLimits& limits = {});

} // namespace careledger::token
