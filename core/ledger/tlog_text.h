// Small text codecs shared by the C2SP line formats (checkpoints, cosignatures, tlog-proof,
// tlog-witness): strict decimal numbers and base64 hashes, each with exactly one accepted form.
#pragma once

#include "crypto/hash.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careledger::tlog {

// ASCII decimal without sign, spaces or leading zeros ("0" alone for zero), within uint64.
std::optional<std::uint64_t> parse_decimal(std::string_view text);
// Canonical standard base64 (RFC 4648 §4, padded) of exactly 32 bytes.
std::optional<crypto::Hash32> parse_hash(std::string_view text);
std::string format_hash(const crypto::Hash32& hash);

// Split `text` at each '\n' into lines (without the newline). `text` must end in '\n' or be
// empty; returns nullopt otherwise.
std::optional<std::vector<std::string_view>> split_lines(std::string_view text);

} // namespace careledger::tlog
