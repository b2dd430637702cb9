// The CWT (RFC 8392) inside an emergency token's COSE_Sign1 payload: a deterministic CBOR map.
//
//     key     claim            value
//     1       iss              tstr   ledger origin, e.g. "example.org/consent-log"
//     4       exp              uint   expiry, Unix seconds
//     6       iat              uint   issued at, Unix seconds
//     7       cti              bstr16 random token id: the revocation handle on the ledger
//     -65537  scope            [categories: [+ tstr], purpose: "ETREAT"]
//     -65538  contents         contents, in clear (absent when a PIN seals them)
//     -65539  summary id       bstr32 SHA-256 of the sealed off-ledger summary (optional)
//     -65540  pin              [salt: bstr16, opslimit: uint, memlimit: uint, sealed: bstr]
//                              sealed = XChaCha20-Poly1305 of the contents' CBOR encoding
//     -65541  single use       true (absent for a reusable token)
//
//     contents = {1: triage (token/triage.h), ? 2: summary key bstr32}
//
// Private claims use keys below -65536, the range RFC 8392 §9.1 reserves for private use.
// Exactly one of contents and pin is present; the summary key is inside contents exactly when
// the summary id is present. Unknown claims are refused: a new claim means a new prefix ("CL2:"),
// so a token has one meaning to every verifier.
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "crypto/hash.h"
#include "crypto/identity.h"
#include "crypto/secure_buffer.h"
#include "ledger/cbor.h"
#include "ledger/entry.h"
#include "token/pin_lock.h"
#include "token/triage.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careledger::token {

inline constexpr std::int64_t kClaimIss = 1;
inline constexpr std::int64_t kClaimExp = 4;
inline constexpr std::int64_t kClaimIat = 6;
inline constexpr std::int64_t kClaimCti = 7;
inline constexpr std::int64_t kClaimScope = -65537;
inline constexpr std::int64_t kClaimContents = -65538;
inline constexpr std::int64_t kClaimSummaryId = -65539;
inline constexpr std::int64_t kClaimPin = -65540;
inline constexpr std::int64_t kClaimSingleUse = -65541;

inline constexpr std::string_view kEmergencyPurpose = "ETREAT";
// Latest time a claim may hold (9999-12-31T23:59:59Z), so time arithmetic never overflows.
inline constexpr std::uint64_t kMaxClaimTime = 253'402'300'799;
inline constexpr std::size_t kMaxIssuerBytes = 256;

struct Claims {
    std::string issuer;
    std::uint64_t issued_at = 0;
    std::uint64_t expires_at = 0;
    ledger::TokenId token_id{};
    std::vector<std::string> categories;
    std::string purpose;
    std::optional<crypto::Hash32> summary_id;
    bool single_use = false;
    // Exactly one of these two.
    std::optional<cbor::Value> contents; // the contents map in clear
    std::optional<PinLock> pin;          // the contents sealed under a PIN
};

// The decoded contents.
struct Contents {
    TriageSet triage;
    crypto::SecureBuffer summary_key; // empty when the token points to no summary
};

cbor::Value encode_contents(const TriageSet& triage, const crypto::SecureBuffer* summary_key);
// Strict decoding of the contents map ("token.bad_claims"), including the rule that the summary
// key is present exactly when the claims carry a summary id.
Result<Contents> decode_contents(const cbor::Value& value, bool has_summary_id);

// The claims map as a cbor::Map (tests mutate it to forge tokens) and its encoding.
cbor::Map claims_map(const Claims& claims);
Bytes encode_claims(const Claims& claims);

// Strict decoding of a payload into claims: canonical CBOR ("token.bad_cbor",
// "token.non_canonical", "token.trailing_bytes"), then the structure above ("token.bad_claims").
// Values are checked for form only; the contents are decoded by decode_contents() (after the PIN
// opens them, for a PIN token); time and revocation are verify()'s job.
Result<Claims> decode_claims(ByteView payload);

// The associated data binding PIN-sealed contents to one token of one patient.
Bytes pin_associated_data(const ledger::TokenId& token_id, const crypto::KeyId& kid);

} // namespace careledger::token
