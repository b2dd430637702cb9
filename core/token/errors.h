// The stable error codes of emergency tokens, one per failure class (DESIGN §8, §10). A verifier
// UI translates these codes; tests assert on them. Each failure also carries a one-line English
// message with the detail (which header, which claim, the "as of" time of stale trust data ...).
#pragma once

#include "common/result.h"

#include <string>
#include <string_view>

namespace careledger::token {

inline Error token_error(std::string_view code, std::string message) {
    return make_error(std::string(code), std::move(message));
}

} // namespace careledger::token

namespace careledger::token::errc {

// ---- Wire layers, in the order verify() peels them -----------------------------------------
inline constexpr std::string_view bad_prefix = "token.bad_prefix"; // not "CL1:" + payload
inline constexpr std::string_view bad_base45 = "token.bad_base45"; // RFC 9285 violation
inline constexpr std::string_view bad_zlib = "token.bad_zlib";     // not a valid RFC 1950 stream
inline constexpr std::string_view zlib_bomb = "token.zlib_bomb";   // expansion ratio guard hit
inline constexpr std::string_view too_large = "token.too_large";   // a size cap hit
inline constexpr std::string_view trailing_bytes = "token.trailing_bytes"; // data after an item
inline constexpr std::string_view bad_cbor = "token.bad_cbor";             // undecodable CBOR
inline constexpr std::string_view non_canonical = "token.non_canonical";   // not deterministic
inline constexpr std::string_view bad_cose = "token.bad_cose"; // COSE_Sign1 structure/headers
inline constexpr std::string_view wrong_algorithm = "token.wrong_algorithm"; // alg is not EdDSA
inline constexpr std::string_view critical_header = "token.critical_header"; // unknown crit label
// ---- Trust -----------------------------------------------------------------------------------
inline constexpr std::string_view unknown_key = "token.unknown_key";
inline constexpr std::string_view key_revoked = "token.key_revoked";
inline constexpr std::string_view bad_signature = "token.bad_signature";
// ---- Claims and time ---------------------------------------------------------------------------
inline constexpr std::string_view bad_claims = "token.bad_claims"; // CWT structure or values
inline constexpr std::string_view wrong_issuer = "token.wrong_issuer";
inline constexpr std::string_view bad_lifetime = "token.bad_lifetime"; // exp <= iat, or > 1 year
inline constexpr std::string_view not_yet_valid = "token.not_yet_valid";
inline constexpr std::string_view expired = "token.expired";
// ---- Ledger state, PIN, replay -------------------------------------------------------------
inline constexpr std::string_view revoked = "token.revoked";
inline constexpr std::string_view unknown_to_ledger = "token.unknown_to_ledger";
inline constexpr std::string_view stale_trust_data = "token.stale_trust_data";
inline constexpr std::string_view pin_required = "token.pin_required";
inline constexpr std::string_view wrong_pin = "token.wrong_pin";
inline constexpr std::string_view replay = "token.replay"; // already used on this verifier
// ---- Issuing, off-ledger summary, QR and images --------------------------------------------
inline constexpr std::string_view bad_request = "token.bad_request"; // invalid issue options
inline constexpr std::string_view bad_triage = "token.bad_triage";   // triage set over limits
inline constexpr std::string_view bad_pin = "token.bad_pin";         // PIN unusable (length...)
inline constexpr std::string_view summary_mismatch = "token.summary_mismatch";
inline constexpr std::string_view qr_too_large = "token.qr_too_large";
inline constexpr std::string_view render_failed = "token.render_failed";
inline constexpr std::string_view card_too_small = "token.card_too_small";
inline constexpr std::string_view image_unreadable = "token.image_unreadable";
inline constexpr std::string_view no_qr_found = "token.no_qr_found";

} // namespace careledger::token::errc
