// One SLIP-0039 share and its mnemonic form: id (15 bits) || ext (1) || e (4) || group index (4)
// || group threshold - 1 (4) || group count - 1 (4) || member index (4) || member threshold - 1
// (4) || share value left-padded with zero bits to a multiple of 10 || RS1024 checksum (30 bits),
// read as 10-bit word indices, big-endian.
#pragma once

#include "common/result.h"
#include "crypto/secure_buffer.h"
#include "crypto/slip39.h"

namespace careledger::crypto::slip39::detail {

struct Share {
    ShareInfo info;
    SecureBuffer value; // f(x) of each byte-wise polynomial, secret_bytes long
};

// Parses one mnemonic: words (any ASCII case, any whitespace between), length, checksum with the
// customization string its extendable flag selects, padding, group threshold <= group count.
Result<Share> parse_share(ByteView mnemonic);

// The mnemonic of a share: lower-case words separated by single spaces. Uses every field of
// `info` but word_count and secret_bytes (taken from the value). Preconditions (callers check):
// fields within their bit widths, thresholds and count 1..16, value at least 16 bytes and even.
SecureBuffer format_share(const ShareInfo& info, ByteView value);

} // namespace careledger::crypto::slip39::detail
