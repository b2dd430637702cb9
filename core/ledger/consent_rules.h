// Every rule of the consent state machine, each with ONE stable rejection code ("rule.<name>")
// and a one-line message. UIs translate the code; tests assert on it; nodes return it to clients.
// Codes are a format: never rename one, only add.
#pragma once

#include "common/result.h"

#include <array>
#include <cstddef>
#include <string_view>

namespace careledger::ledger {

enum class Rule {
    // Every entry
    bad_signature,
    replay,
    clock_skew,
    unknown_author,
    // IDENTITY
    duplicate_identity,
    registrar_not_in_policy,
    identity_tag_mismatch,
    // CERTIFY
    not_registrar,
    certify_subject,
    bad_certification,
    // Entries only the patient writes (GRANT, REVOKE, EMERGENCY_*, ANCHOR)
    not_patient,
    foreign_patient_tag,
    // GRANT (bad_categories and bad_purpose also apply to ACCESS, EMERGENCY_ISSUE and ANCHOR)
    grantee_not_certified,
    bad_categories,
    bad_purpose,
    bad_mode,
    bad_period,
    // REVOKE
    revoke_unknown_grant,
    revoke_foreign_grant,
    revoke_already_revoked,
    // ACCESS
    reader_not_certified,
    access_unknown_grant,
    access_wrong_reader,
    access_wrong_patient,
    access_grant_revoked,
    access_grant_not_yet_valid,
    access_grant_expired,
    access_categories,
    access_purpose,
    // ACCESS under an emergency token
    emergency_unknown_token,
    emergency_wrong_patient,
    emergency_token_revoked,
    emergency_token_expired,
    emergency_categories,
    emergency_purpose,
    // EMERGENCY_ISSUE and EMERGENCY_REVOKE
    duplicate_token,
    token_lifetime,
    token_revoke_unknown,
    token_revoke_foreign,
    token_revoke_already_revoked,
};

struct RuleInfo {
    Rule rule;
    std::string_view code;
    std::string_view message;
};

// In the order of the enum, so kRules[static_cast<std::size_t>(r)].rule == r.
inline constexpr std::array<RuleInfo, 40> kRules{{
    {Rule::bad_signature, "rule.bad_signature", "The entry signature does not verify"},
    {Rule::replay, "rule.replay", "Sequence number not greater than the author's last one"},
    {Rule::clock_skew, "rule.clock_skew", "Entry time too far from the node's clock"},
    {Rule::unknown_author, "rule.unknown_author", "The author has no registered identity"},
    {Rule::duplicate_identity, "rule.duplicate_identity", "This key already has an identity"},
    {Rule::registrar_not_in_policy, "rule.registrar_not_in_policy",
     "A registrar identity must be named in the network policy"},
    {Rule::identity_tag_mismatch, "rule.identity_tag_mismatch",
     "A patient identity must carry the patient tag of its own key"},
    {Rule::not_registrar, "rule.not_registrar",
     "Only a registrar named in the network policy may certify"},
    {Rule::certify_subject, "rule.certify_subject",
     "The certified key is unknown or not a provider identity"},
    {Rule::bad_certification, "rule.bad_certification",
     "Certification needs a name, an organisation and a role of valid length and syntax"},
    {Rule::not_patient, "rule.not_patient",
     "Only a patient may grant, revoke, issue or revoke tokens, and anchor records"},
    {Rule::foreign_patient_tag, "rule.foreign_patient_tag",
     "A patient may only write entries under its own patient tag"},
    {Rule::grantee_not_certified, "rule.grantee_not_certified",
     "The grantee is not a certified provider"},
    {Rule::bad_categories, "rule.bad_categories",
     "Categories must be a sorted, unique, non-empty list of [a-z0-9-]{1,32}"},
    {Rule::bad_purpose, "rule.bad_purpose", "Purpose must be TREAT, ETREAT, HPAYMT or HRESCH"},
    {Rule::bad_mode, "rule.bad_mode", "Mode must be view or view-download"},
    {Rule::bad_period, "rule.bad_period",
     "Grant period is empty, already over, too long, or erases before it ends"},
    {Rule::revoke_unknown_grant, "rule.revoke_unknown_grant", "No grant has this id"},
    {Rule::revoke_foreign_grant, "rule.revoke_foreign_grant",
     "The grant belongs to another patient"},
    {Rule::revoke_already_revoked, "rule.revoke_already_revoked", "The grant is already revoked"},
    {Rule::reader_not_certified, "rule.reader_not_certified",
     "The reader is not a certified provider"},
    {Rule::access_unknown_grant, "rule.access_unknown_grant", "No grant has this id"},
    {Rule::access_wrong_reader, "rule.access_wrong_reader", "The grant is for another provider"},
    {Rule::access_wrong_patient, "rule.access_wrong_patient", "The grant is for another patient"},
    {Rule::access_grant_revoked, "rule.access_grant_revoked", "The grant has been revoked"},
    {Rule::access_grant_not_yet_valid, "rule.access_grant_not_yet_valid",
     "The grant is not valid yet at the access time"},
    {Rule::access_grant_expired, "rule.access_grant_expired",
     "The grant had expired at the access time"},
    {Rule::access_categories, "rule.access_categories",
     "The access asks for categories the grant does not cover"},
    {Rule::access_purpose, "rule.access_purpose",
     "The access purpose differs from the grant's purpose"},
    {Rule::emergency_unknown_token, "rule.emergency_unknown_token",
     "No emergency token has this id"},
    {Rule::emergency_wrong_patient, "rule.emergency_wrong_patient",
     "The emergency token belongs to another patient"},
    {Rule::emergency_token_revoked, "rule.emergency_token_revoked",
     "The emergency token has been revoked"},
    {Rule::emergency_token_expired, "rule.emergency_token_expired",
     "The emergency token had expired at the access time"},
    {Rule::emergency_categories, "rule.emergency_categories",
     "The access asks for categories outside the emergency token's scope"},
    {Rule::emergency_purpose, "rule.emergency_purpose",
     "An emergency access must have purpose ETREAT"},
    {Rule::duplicate_token, "rule.duplicate_token", "An emergency token with this id exists"},
    {Rule::token_lifetime, "rule.token_lifetime",
     "An emergency token must expire after its issue and within a year"},
    {Rule::token_revoke_unknown, "rule.token_revoke_unknown", "No emergency token has this id"},
    {Rule::token_revoke_foreign, "rule.token_revoke_foreign",
     "The emergency token belongs to another patient"},
    {Rule::token_revoke_already_revoked, "rule.token_revoke_already_revoked",
     "The emergency token is already revoked"},
}};

inline constexpr const RuleInfo& rule_info(Rule rule) {
    return kRules[static_cast<std::size_t>(rule)];
}

Error rule_error(Rule rule);

} // namespace careledger::ledger
