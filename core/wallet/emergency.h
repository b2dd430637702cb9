// The emergency card and tokens of a wallet (DESIGN §8). The patient side keeps the card (the
// triage set) in the vault as the secret "emergency_card" (its compact CBOR form), issues tokens
// (EMERGENCY_ISSUE on the ledger, the full summary sealed into the blob store, its key in the
// vault) and revokes them (EMERGENCY_REVOKE, then the key and the blob are deleted:
// crypto-shredding). The verifier side checks a token against the ledger state the node last
// synced and, for a certified provider, records the break-glass ACCESS entry.
#pragma once

#include "common/result.h"
#include "common/time.h"
#include "crypto/secure_buffer.h"
#include "fhir/import.h"
#include "node/blob_store.h" // node::BlobStore, the embedded BlobStorage, for callers
#include "node/ledger_client.h"
#include "token/issue.h"
#include "token/triage.h"
#include "token/verify.h"
#include "wallet/wallet.h"

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace careledger::wallet {

inline constexpr std::string_view kEmergencyCardSecret = "emergency_card";
// The FHIR bundle the card was last imported from: sealed as the token's full summary.
inline constexpr std::string_view kEmergencyBundleSecret = "emergency_fhir_bundle";
inline constexpr std::string_view kEmergencyTokensSetting = "emergency_tokens";
inline constexpr std::string_view kSeenTokensSetting = "seen_tokens";
inline constexpr std::string_view kEmergencyPurpose = "ETREAT";

// ---- The card --------------------------------------------------------------------------------

// The stored card; an empty set when none was entered yet.
Result<token::TriageSet> load_card(Wallet& w);
// Checks the set (check_triage) and replaces the stored card.
Status save_card(Wallet& w, const token::TriageSet& card);

// The field names set_field and clear_field accept.
const std::vector<std::string_view>& card_fields();
// Edits a card in memory (the caller saves it). List fields (allergy, medication, problem,
// contact) add one item per value; the others take the values joined by spaces:
//   blood-type  a SNOMED CT code of the eHDSI blood-group value set, or text ("A+")
//   allergy     SUBSTANCE[:REACTION[,REACTION...]][!high|!low|!unable-to-assess]
//   medication  NAME[:DOSE]
//   problem, directive, language, notes   text
//   contact     NAME|RELATIONSHIP|PHONE
// Errors: "emergency.unknown_field", "emergency.bad_value".
Status set_field(token::TriageSet& card, std::string_view field,
                 const std::vector<std::string>& values);
Status clear_field(token::TriageSet& card, std::string_view field);

// Replaces the card with the triage set of a FHIR R4 Bundle. All or nothing: on any "fhir.*"
// error the stored card is left as it was.
Result<fhir::ImportStats> import_card(Wallet& w, std::string_view bundle_json);

// ---- Issuing and revoking ----------------------------------------------------------------------

// What the patient's vault remembers of a token it issued (settings "emergency_tokens", JSON).
struct IssuedTokenRecord {
    ledger::TokenId token_id{};
    UnixTime issued = 0;
    UnixTime expires = 0;
    std::optional<crypto::Hash32> blob_id; // the sealed full summary, while not shredded
    bool pin_protected = false;
    bool single_use = false;
    bool revoked = false;
    std::uint64_t index = 0; // of the EMERGENCY_ISSUE entry (0 while pending)
    // Issued while no node took the EMERGENCY_ISSUE entry: it waits in the vault's outbox and the
    // token verifies once a node publishes it. The ledger's token state is the authority.
    bool pending = false;
};
Result<std::vector<IssuedTokenRecord>> load_token_records(Wallet& w);

struct EmergencyIssueOptions {
    std::int64_t lifetime = token::kDefaultLifetime;
    const crypto::SecureBuffer* pin = nullptr; // not owned
    bool single_use = false;
    // Seal the full summary and put its pointer in the token, when the token still fits a
    // version-14 QR code with it (always, with require_summary: "token.qr_too_large" otherwise).
    bool with_summary = true;
    bool require_summary = false;
};

struct IssuedEmergencyToken {
    token::IssuedToken token;
    node::Receipt receipt; // zero while pending
    std::optional<crypto::Hash32> blob_id;
    // No node took the EMERGENCY_ISSUE entry now ("sync.queued"): the token, its summary and key
    // are kept, the entry waits in the outbox, and verifiers accept the token once it is
    // published. `queued` holds the submission's error for the report.
    bool pending = false;
    std::optional<Error> queued;
    // No blob node could be reached ("blob.unavailable"), so the token was issued without the
    // pointer to the full summary (the triage card in the QR code still works). Never set with
    // require_summary, which fails instead.
    std::optional<Error> summary_dropped;
};

// Issues a token for the stored card ("emergency.empty_card" without one), stores the sealed
// summary, appends EMERGENCY_ISSUE and records the token in the vault. A submission the ledger
// client queues (sync.queued: offline) still issues the token, as pending; any other refusal
// deletes the summary again and fails.
Result<IssuedEmergencyToken> issue_emergency_token(Wallet& patient, node::LedgerClient& ledger,
                                                   node::BlobStorage& blobs,
                                                   const EmergencyIssueOptions& options);
// Appends EMERGENCY_REVOKE, then deletes the summary's key and blob (crypto-shredding).
Result<node::Receipt> revoke_emergency_token(Wallet& patient, node::LedgerClient& ledger,
                                             node::BlobStorage& blobs, const ledger::TokenId& id);

// 32 hex digits ("emergency.bad_token_id").
Result<ledger::TokenId> parse_token_id(std::string_view text);

// ---- Verifying -------------------------------------------------------------------------------

// A verifier's seen-set of single-use tokens kept in its vault (settings "seen_tokens", a JSON
// list of hex ids). check_and_mark records in memory; save() makes it durable.
class VaultSeenTokens final : public token::SeenTokens {
public:
    static Result<VaultSeenTokens> load(Wallet& w);
    bool check_and_mark(const ledger::TokenId& id) override;
    Status save();

private:
    explicit VaultSeenTokens(Wallet& w) : wallet_(&w) {}
    Wallet* wallet_;
    std::set<std::string> seen_;
    bool dirty_ = false;
};

struct EmergencyVerifyOptions {
    std::optional<UnixTime> at;                // verify as of another time; the clock otherwise
    const crypto::SecureBuffer* pin = nullptr; // not owned
    token::SeenTokens* seen = nullptr;         // not owned
};

// The verification context for the ledger's current state: keys of registered patients, token
// revocation state, the network origin as the expected issuer, trust data as of now.
token::VerifyContext verify_context(const node::LedgerClient& ledger,
                                    const EmergencyVerifyOptions& options);
// Refreshes the ledger view, verifies, and checks the ledger records the token for the patient
// who signed it. Errors: the "token.*" codes of token::verify().
Result<token::Verdict> verify_emergency_token(std::string_view text, node::LedgerClient& ledger,
                                              const EmergencyVerifyOptions& options);

// The break-glass ACCESS entry of a provider who read a valid token: basis emergency (reference
// the token id), the token's categories, purpose ETREAT.
Result<node::Receipt> record_emergency_access(Wallet& provider, node::LedgerClient& ledger,
                                              const token::Verdict& verdict);

} // namespace careledger::wallet
