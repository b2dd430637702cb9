// The sequencing receipt (network spec, "The sequencing receipt"): a c2sp.org/signed-note signed
// by the log key whose text is exactly
//
//   careledger.org/receipt/v1
//   <origin>
//   <leaf index, decimal>
//   <base64 of the entry's leaf hash (RFC 6962: SHA-256(0x00 ‖ entry))>
//   <deadline: unix seconds by which a published checkpoint will include it>
//
// A receipt is answered only after the entry is durable. One whose entry is not in a published
// checkpoint by its deadline is evidence that the node lied, so the wallet keeps it.
//
// Error codes: receipt.wrong_key_type, receipt.malformed, receipt.bad_header,
// receipt.origin_mismatch, receipt.bad_index, receipt.bad_leaf_hash, receipt.bad_deadline,
// receipt.bad_signature.
#pragma once

#include "common/result.h"
#include "crypto/hash.h"
#include "ledger/note.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace careledger::node {

inline constexpr std::string_view kReceiptHeader = "careledger.org/receipt/v1";

struct SequencingReceipt {
    std::string origin;
    std::uint64_t index = 0;
    crypto::Hash32 leaf_hash{};
    std::uint64_t deadline = 0;
    bool operator==(const SequencingReceipt&) const = default;
};

// The note text (five lines, each ending in a newline).
Result<std::string> format_receipt_text(const SequencingReceipt& receipt);
Result<SequencingReceipt> parse_receipt_text(std::string_view text);

// The complete note, signed by the log key (type 0x01; its name must be the origin).
Result<std::string> sign_receipt(const SequencingReceipt& receipt, const tlog::NoteSigner& log_key);
// Verify the log key's signature and parse the text; the origin must be the key's name.
Result<SequencingReceipt> open_receipt(std::string_view note, const tlog::VerifierKey& log_key);

} // namespace careledger::node
