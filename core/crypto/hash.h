// Hash functions: SHA-256 where a standard demands it (RFC 6962 Merkle tree, C2SP key hashes,
// patient tags), BLAKE2b where the choice is ours (DESIGN §3).
#pragma once

#include "common/bytes.h"

#include <array>
#include <initializer_list>

namespace careledger::crypto {

using Hash32 = std::array<std::uint8_t, 32>;

Hash32 sha256(ByteView data);
// SHA-256 over the concatenation of several parts, without building the concatenation.
Hash32 sha256(std::initializer_list<ByteView> parts);
Hash32 blake2b_256(ByteView data);
std::array<std::uint8_t, 16> blake2b_128(ByteView data);
// HMAC-SHA-256 (used by PBKDF2 for SLIP-0039).
Hash32 hmac_sha256(ByteView key, ByteView message);

} // namespace careledger::crypto
