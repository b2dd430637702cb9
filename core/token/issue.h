// Issuing an emergency token (DESIGN §8): the patient's wallet signs a CWT holding the triage set
// (and, optionally, the pointer to the full off-ledger summary) into "CL1:" text for a QR code.
// The caller records the token on the ledger (EMERGENCY_ISSUE with token id, expiry, categories)
// so verifiers can check its revocation state; issue() itself writes nothing.
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

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace careledger::token {

inline constexpr std::int64_t kDefaultLifetime = std::int64_t{24} * 3600;
inline constexpr std::int64_t kMinLifetime = 60;
inline constexpr std::int64_t kMaxLifetime = std::int64_t{365} * 86400; // one year
inline constexpr std::string_view kDefaultEmergencyCategory = "emergency";

struct IssueRequest {
    std::string issuer;                       // the ledger origin, e.g. "example.org/consent-log"
    std::optional<UnixTime> now;              // issue time; the system clock when not set
    std::int64_t lifetime = kDefaultLifetime; // seconds, kMinLifetime..kMaxLifetime
    std::vector<std::string> categories{std::string(kDefaultEmergencyCategory)};
    TriageSet triage;
    const SummaryPointer* summary = nullptr;   // optional, not owned
    const crypto::SecureBuffer* pin = nullptr; // optional UTF-8 PIN, not owned
    crypto::KdfParams pin_kdf = pin_kdf_interactive();
    bool single_use = false; // verifiers that keep a seen-set accept it once
};

struct IssuedToken {
    std::string text; // "CL1:..."
    ledger::TokenId token_id{};
    crypto::KeyId patient_key_id{};
    UnixTime issued_at = 0;
    UnixTime expires_at = 0;
    std::vector<std::string> categories;
    bool pin_protected = false;

    // The EMERGENCY_ISSUE payload that registers this token on the ledger.
    [[nodiscard]] ledger::EmergencyIssuePayload ledger_payload() const;
};

// Validates the request ("token.bad_request", "token.bad_triage", "token.bad_pin"), draws a random
// 16-byte token id and signs. With a PIN this runs Argon2id once (about 0.1 s).
Result<IssuedToken> issue(const IssueRequest& request, const crypto::SigningKey& key);

} // namespace careledger::token
