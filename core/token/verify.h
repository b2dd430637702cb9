// Verifying an emergency token, offline first (DESIGN §8). verify() peels the token layer by
// layer and stops at the first failure, each class with its own "token.*" code (token/errors.h):
//
//   1 prefix "CL1:"            bad_prefix, too_large
//   2 Base45                    bad_base45
//   3 inflate (capped)          bad_zlib, zlib_bomb, too_large, trailing_bytes
//   4 COSE_Sign1                bad_cbor, non_canonical, trailing_bytes, bad_cose,
//                               wrong_algorithm, critical_header
//   5 key lookup (kid)          unknown_key, key_revoked
//   6 signature                 bad_signature
//   7 CWT claims                bad_claims, wrong_issuer
//   8 iat / exp, ±5 min skew    bad_lifetime, not_yet_valid, expired
//   9 revocation                revoked, unknown_to_ledger
//  10 trust-data freshness      stale_trust_data ("... as of <time>")
//  11 PIN, when the token has one   pin_required, wrong_pin
//  12 replay, for single-use tokens  replay ("already used on this verifier")
//
// The trust data (key registry, revocation state) comes from the caller, who reads it from its
// copy of the ledger, so verification needs no network. Time within the skew allowance outside
// [iat, exp) is accepted and reported in the verdict.
#pragma once

#include "common/result.h"
#include "common/time.h"
#include "crypto/ed25519.h"
#include "crypto/identity.h"
#include "crypto/password_kdf.h"
#include "crypto/secure_buffer.h"
#include "ledger/entry.h"
#include "token/pin_lock.h"
#include "token/summary.h"
#include "token/triage.h"
#include "token/zlib_codec.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace careledger::token {

inline constexpr std::int64_t kMaxClockSkew = 300; // seconds, either side
inline constexpr std::int64_t kDefaultMaxTrustAge = std::int64_t{24} * 3600;

// What the verifier's ledger copy says about a patient key id.
enum class KeyState { unknown, active, revoked };
struct KeyLookup {
    KeyState state = KeyState::unknown;
    crypto::PublicKey key{}; // set when the state is active or revoked
};

// What the verifier's ledger copy says about a token id (EMERGENCY_ISSUE / EMERGENCY_REVOKE).
enum class TokenState { unknown, active, revoked };

// A verifier's memory of single-use tokens it has accepted (e.g. a table in its vault).
class SeenTokens {
public:
    SeenTokens() = default;
    SeenTokens(const SeenTokens&) = delete;
    SeenTokens& operator=(const SeenTokens&) = delete;
    virtual ~SeenTokens() = default;
    // Records the id and says whether it was already recorded.
    virtual bool check_and_mark(const ledger::TokenId& id) = 0;

protected:
    SeenTokens(SeenTokens&&) = default;
    SeenTokens& operator=(SeenTokens&&) = default;
};

// An in-memory seen-set (one verifier session; tests).
class MemorySeenTokens final : public SeenTokens {
public:
    bool check_and_mark(const ledger::TokenId& id) override { return !seen_.insert(id).second; }
    [[nodiscard]] std::size_t size() const { return seen_.size(); }

private:
    std::set<ledger::TokenId> seen_;
};

struct VerifyContext {
    std::optional<UnixTime> now; // the system clock when not set
    // Key registry and revocation state; unset callbacks answer "unknown" (fail closed).
    std::function<KeyLookup(const crypto::KeyId&)> lookup_key;
    std::function<TokenState(const ledger::TokenId&)> token_state;
    UnixTime trust_as_of = 0; // when the trust data was last synced
    std::int64_t max_trust_age = kDefaultMaxTrustAge;
    std::int64_t max_skew = kMaxClockSkew;
    std::string expected_issuer; // the ledger origin this verifier trusts; empty accepts any
    const crypto::SecureBuffer* pin = nullptr; // not owned
    crypto::KdfParams pin_kdf_floor = pin_kdf_interactive();
    SeenTokens* seen = nullptr; // not owned; without it single use cannot be enforced
    InflateLimits inflate;
};

enum class SkewSide { none, before_issue, after_expiry };

struct Verdict {
    ledger::TokenId token_id{};
    crypto::KeyId patient_key_id{};
    crypto::PublicKey patient_key{};
    std::string issuer;
    UnixTime issued_at = 0;
    UnixTime expires_at = 0;
    std::vector<std::string> categories;
    std::string purpose;
    TriageSet triage;
    std::optional<SummaryPointer> summary; // off-ledger summary: blob id and key
    // Clock skew used: how many seconds `now` lay before iat or at/after exp (within max_skew).
    SkewSide skew = SkewSide::none;
    std::int64_t skew_seconds = 0;
    bool pin_protected = false;
    bool single_use = false;
    bool replay_checked = false; // single use and a seen-set was given
    UnixTime trust_as_of = 0;
};

Result<Verdict> verify(std::string_view text, const VerifyContext& context);
// The same from step 4 on, for a COSE_Sign1 already taken out of its text form.
Result<Verdict> verify_cose(ByteView cose_sign1, const VerifyContext& context);

} // namespace careledger::token
