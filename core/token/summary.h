// The full emergency summary kept off the ledger (DESIGN §5, §7): the patient seals it under a
// fresh random 32-byte key (XChaCha20-Poly1305), nodes store the sealed blob addressed by its
// SHA-256 (the blob id), and a token carries the pointer: blob id plus key. Deleting the key
// erases the summary (crypto-shredding); the nodes only ever hold ciphertext.
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "crypto/hash.h"
#include "crypto/secure_buffer.h"

#include <cstddef>
#include <string_view>

namespace careledger::token {

inline constexpr std::size_t kSummaryKeyBytes = 32;
inline constexpr std::size_t kMaxSummaryBytes = std::size_t{1024} * 1024;
// Associated data of the summary AEAD, so a summary blob cannot pass for another kind of record.
inline constexpr std::string_view kSummaryContext = "careledger/emergency-summary/v1";

struct SummaryPointer {
    crypto::Hash32 blob_id{}; // SHA-256 of the sealed blob
    crypto::SecureBuffer key; // 32 bytes
};

struct SealedSummary {
    Bytes blob;
    SummaryPointer pointer;
};

// Errors: "token.too_large" above kMaxSummaryBytes.
Result<SealedSummary> seal_summary(ByteView plaintext);

// Checks the blob against its id, then decrypts. Errors: "token.summary_mismatch" (the blob is
// not the one the token points to, or the key does not open it), "token.bad_request" (key size).
Result<crypto::SecureBuffer> open_summary(ByteView blob, const SummaryPointer& pointer);

} // namespace careledger::token
