// Base45 (RFC 9285): the text encoding of a token's compressed bytes. Its 45-character alphabet is
// exactly the QR code alphanumeric set, so a token fills a QR in the dense alphanumeric mode.
#pragma once

#include "common/bytes.h"
#include "common/result.h"

#include <string>
#include <string_view>

namespace careledger::token {

std::string base45_encode(ByteView data);

// Strict decoding: every character must be in the alphabet (upper case only, as the RFC says),
// the length must not be 1 more than a multiple of 3, a 3-character group must not exceed 65535
// and a final 2-character group not 255. Any violation is "token.bad_base45".
Result<Bytes> base45_decode(std::string_view text);

} // namespace careledger::token
