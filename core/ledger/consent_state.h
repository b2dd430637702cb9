// The consent state machine: the network's "smart contract" (DESIGN §5). Every node and every
// wallet runs this same code over the same log, so it is a pure, deterministic function:
//
//     validate(state, policy, entry, now) -> ok | rule.<name>      (never mutates)
//     apply(state, entry, id, index)                               (after validate succeeded)
//
// `now` is the clock of whoever admits the entry (the sequencer). Re-validating a historical log
// must pass the time at which each entry was admitted, not today's clock, or old entries fail
// the skew rule. LedgerState is a plain, copyable value; its maps are ordered, so two states
// built from the same entries are equal (operator==) and iterate identically.
//
// The rules and their codes are listed in consent_rules.h; the vocabularies in
// consent_vocabulary.h. Validity periods are half-open: a grant is valid for
// not_before <= t < expiry, an emergency token for t < expiry.
#pragma once

#include "common/result.h"
#include "crypto/ed25519.h"
#include "ledger/consent_rules.h"
#include "ledger/entry.h"

#include <cstdint>
#include <deque>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace careledger::ledger {

inline constexpr std::int64_t kSecondsPerDay = 86400;

struct Policy {
    std::string origin;                        // the log's origin line (patient tags hash it)
    std::vector<crypto::PublicKey> registrars; // who may certify providers
    std::int64_t max_clock_skew = 600;         // |entry time - now| allowed, seconds
    std::int64_t max_grant_lifetime = 3650 * kSecondsPerDay; // expiry - entry time
    std::int64_t max_token_lifetime = 366 * kSecondsPerDay;  // a year, leap years included
};

// Where in the log something happened.
struct LogPosition {
    std::uint64_t index = 0; // leaf index of the entry
    EntryId entry_id{};
    std::uint64_t time = 0; // the entry's own time
    bool operator==(const LogPosition&) const = default;
};

struct IdentityRecord {
    crypto::PublicKey key{};
    Role role = Role::patient;
    crypto::BoxPublicKey box_key{};
    std::optional<PatientTag> patient_tag; // patients only
    LogPosition registered;
    bool operator==(const IdentityRecord&) const = default;
};

struct Certification {
    crypto::PublicKey subject{};
    std::string display_name;
    std::string organisation;
    std::string provider_role;
    crypto::PublicKey registrar{};
    LogPosition certified; // the latest CERTIFY for this subject
    bool operator==(const Certification&) const = default;
};

// One line of the provider directory.
struct ProviderListing {
    crypto::PublicKey key{};
    crypto::BoxPublicKey box_key{};
    Certification certification;
    bool operator==(const ProviderListing&) const = default;
};

struct GrantRecord {
    EntryId id{}; // the id of the GRANT entry
    PatientTag patient{};
    crypto::PublicKey patient_key{};
    GrantPayload terms;
    LogPosition granted;
    std::optional<LogPosition> revoked;
    bool operator==(const GrantRecord&) const = default;
};

enum class GrantStatus { not_yet_valid, active, expired, revoked };

struct GrantWithStatus {
    GrantRecord grant;
    GrantStatus status = GrantStatus::active;
};

struct TokenRecord {
    TokenId id{};
    PatientTag patient{};
    std::uint64_t expiry = 0;
    std::vector<std::string> categories;
    LogPosition issued;
    std::optional<LogPosition> revoked;
    bool operator==(const TokenRecord&) const = default;
};

enum class TokenStatus { unknown, active, expired, revoked };

struct AccessRecord {
    crypto::PublicKey reader{};
    AccessBasis basis = AccessBasis::grant;
    std::variant<EntryId, TokenId> reference;
    std::vector<std::string> categories;
    std::string purpose;
    LogPosition logged;
    bool operator==(const AccessRecord&) const = default;
};

struct AnchorRecord {
    crypto::Hash32 record_hash{};
    std::string category;
    LogPosition anchored;
    bool operator==(const AnchorRecord&) const = default;
};

GrantStatus status_at(const GrantRecord& grant, std::uint64_t as_of);
TokenStatus status_at(const TokenRecord& token, std::uint64_t as_of);

class LedgerState {
public:
    // Identities and the provider directory.
    [[nodiscard]] const IdentityRecord* identity(const crypto::PublicKey& key) const;
    // Every registered key, in key order (for lookups by key id prefix).
    [[nodiscard]] std::vector<crypto::PublicKey> identity_keys() const;
    [[nodiscard]] const crypto::PublicKey* patient_key(const PatientTag& tag) const;
    [[nodiscard]] const Certification* certification(const crypto::PublicKey& key) const;
    // A provider identity with a certification.
    [[nodiscard]] bool is_certified_provider(const crypto::PublicKey& key) const;
    [[nodiscard]] std::vector<ProviderListing> provider_directory() const;

    // Grants, with their status as of a time (unix seconds).
    [[nodiscard]] const GrantRecord* grant(const EntryId& id) const;
    [[nodiscard]] std::vector<GrantWithStatus> grants_of(const PatientTag& patient,
                                                         std::uint64_t as_of) const;

    // Emergency tokens.
    [[nodiscard]] const TokenRecord* token(const TokenId& id) const;
    [[nodiscard]] TokenStatus token_status(const TokenId& id, std::uint64_t as_of) const;
    [[nodiscard]] std::vector<TokenRecord> tokens_of(const PatientTag& patient) const;

    // The audit trail of a patient, in log order, and its anchored records.
    [[nodiscard]] const std::vector<AccessRecord>& accesses_of(const PatientTag& patient) const;
    [[nodiscard]] std::size_t access_count(const PatientTag& patient) const;
    [[nodiscard]] const std::vector<AnchorRecord>& anchors_of(const PatientTag& patient) const;

    [[nodiscard]] std::optional<std::uint64_t> last_seq(const crypto::PublicKey& author) const;
    [[nodiscard]] std::uint64_t entries_applied() const { return entries_applied_; }

    // Whether history is kept (the default): ACCESS and ANCHOR entries per patient, and revoked
    // grants. A node that only validates turns it off: no rule accepts anything on the strength
    // of that history, and without it the state grows with identities, live grants and tokens,
    // not with the log (accesses_of/anchors_of are then empty, a revoked grant is dropped from
    // grant()/grants_of() when its REVOKE is applied). Set it before the first apply().
    void set_keep_history(bool keep) { keep_history_ = keep; }
    [[nodiscard]] bool keeps_history() const { return keep_history_; }

    // Without history, the last kRevokedGrantsRemembered revoked grants are remembered by id with
    // their patient and grantee, only so that a refusal names the same rule a full state names
    // (rule.revoke_already_revoked, rule.access_grant_revoked, ...); beyond them a revoked grant
    // is refused as unknown. Accepting or refusing never depends on this note.
    struct RevokedGrant {
        PatientTag patient{};
        crypto::PublicKey grantee{};
        bool operator==(const RevokedGrant&) const = default;
    };
    static constexpr std::size_t kRevokedGrantsRemembered = 4096;
    [[nodiscard]] const RevokedGrant* revoked_grant(const EntryId& id) const;
    // This state as a node without history holds it (the same value as replaying the log with
    // set_keep_history(false)).
    [[nodiscard]] LedgerState without_history() const;

    bool operator==(const LedgerState&) const = default;

private:
    friend void apply(LedgerState& state, const SignedEntry& entry, const EntryId& entry_id,
                      std::uint64_t index);

    std::map<crypto::PublicKey, IdentityRecord> identities_;
    std::map<PatientTag, crypto::PublicKey> patients_;
    std::map<crypto::PublicKey, Certification> certifications_;
    std::map<EntryId, GrantRecord> grants_;
    std::map<PatientTag, std::vector<EntryId>> grants_by_patient_;
    std::map<TokenId, TokenRecord> tokens_;
    std::map<PatientTag, std::vector<TokenId>> tokens_by_patient_;
    std::map<PatientTag, std::vector<AccessRecord>> accesses_;
    std::map<PatientTag, std::vector<AnchorRecord>> anchors_;
    std::map<crypto::PublicKey, std::uint64_t> last_seq_;
    std::map<EntryId, RevokedGrant> revoked_grants_; // without history: the remembered ones
    std::deque<EntryId> revoked_order_;              // oldest first, at most the bound
    std::uint64_t entries_applied_ = 0;
    bool keep_history_ = true;

    void forget_revoked_grant(const EntryId& id);
    friend class StateSnapshotCodec; // node/state_snapshot.cpp reads and rebuilds the maps
};

// Whether validate() checks the entry's signature. `already_verified` is only for an entry that
// decode_entry() (which verifies) produced: a node verifies on its many request threads and
// then validates on its one sequencing thread without paying for Ed25519 twice.
enum class SignatureCheck { verify, already_verified };

// Checks `entry` against every rule; the first rule broken is returned as "rule.<name>". Verifies
// the signature itself (unless told it was), so an entry from decode_entry_unverified() is safe
// to pass with the default.
Status validate(const LedgerState& state, const Policy& policy, const SignedEntry& entry,
                std::int64_t now, SignatureCheck signature = SignatureCheck::verify);

// Applies an entry that validate() accepted against this same state. `entry_id` is
// entry_id(entry) (the node usually has it already as the Merkle leaf), `index` its leaf index.
// Does no checking of its own: applying an entry validate() refused is a programming error.
void apply(LedgerState& state, const SignedEntry& entry, const EntryId& entry_id,
           std::uint64_t index);

// validate() then, only when it succeeds, apply(): the state changes entirely or not at all.
Status submit(LedgerState& state, const Policy& policy, const SignedEntry& entry, std::int64_t now,
              std::uint64_t index);

} // namespace careledger::ledger
