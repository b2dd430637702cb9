// validate(): the rules of the consent state machine, checked in a fixed order so that an entry
// breaking several rules always gets the same code on every node.
#include "ledger/consent_state.h"
#include "ledger/consent_vocabulary.h"

#include <algorithm>
#include <string>

namespace careledger::ledger {

namespace {

constexpr bool rules_table_in_enum_order() {
    for (std::size_t i = 0; i < kRules.size(); ++i)
        if (static_cast<std::size_t>(kRules[i].rule) != i)
            return false;
    return true;
}
static_assert(rules_table_in_enum_order(), "kRules must list the rules in enum order");

constexpr std::size_t kMaxCertificationText = 128;

std::uint64_t non_negative(std::int64_t v) {
    return v < 0 ? 0 : static_cast<std::uint64_t>(v);
}

// |time - now| <= skew, without signed overflow for any input.
bool within_skew(std::uint64_t time, std::int64_t now, std::int64_t skew) {
    const std::uint64_t allowed = non_negative(skew);
    if (now < 0) {
        const std::uint64_t magnitude = static_cast<std::uint64_t>(-(now + 1)) + 1;
        return magnitude <= allowed && time <= allowed - magnitude;
    }
    const auto n = static_cast<std::uint64_t>(now);
    return time >= n ? time - n <= allowed : n - time <= allowed;
}

// `until` lies after `from` by at most `max_seconds`.
bool within_lifetime(std::uint64_t from, std::uint64_t until, std::int64_t max_seconds) {
    return until > from && until - from <= non_negative(max_seconds);
}

bool certification_text_ok(const std::string& s) {
    return !s.empty() && s.size() <= kMaxCertificationText;
}

class Validator {
public:
    Validator(const LedgerState& state, const Policy& policy, const EntryBody& body)
        : s_(state), policy_(policy), b_(body) {}

    Status operator()(const IdentityPayload& p) const {
        if (s_.identity(b_.author) != nullptr)
            return rule_error(Rule::duplicate_identity);
        if (p.role == Role::registrar && !in_policy(b_.author))
            return rule_error(Rule::registrar_not_in_policy);
        if (p.role == Role::patient && b_.patient != patient_tag(policy_.origin, b_.author))
            return rule_error(Rule::identity_tag_mismatch);
        return {};
    }

    Status operator()(const CertifyPayload& p) const {
        if (author().role != Role::registrar || !in_policy(b_.author))
            return rule_error(Rule::not_registrar);
        const IdentityRecord* subject = s_.identity(p.subject);
        if (subject == nullptr || subject->role != Role::provider)
            return rule_error(Rule::certify_subject);
        if (!certification_text_ok(p.display_name) || !certification_text_ok(p.organisation) ||
            !is_valid_category(p.provider_role))
            return rule_error(Rule::bad_certification);
        return {};
    }

    Status operator()(const GrantPayload& p) const {
        CL_TRY(patient_only());
        if (!s_.is_certified_provider(p.grantee))
            return rule_error(Rule::grantee_not_certified);
        if (!is_valid_category_list(p.categories))
            return rule_error(Rule::bad_categories);
        if (!is_valid_purpose(p.purpose))
            return rule_error(Rule::bad_purpose);
        if (!is_valid_mode(p.mode))
            return rule_error(Rule::bad_mode);
        // Non-empty, not over before it is written, bounded, and copies erased no earlier than
        // the grant ends.
        if (p.expiry <= p.not_before ||
            !within_lifetime(b_.time, p.expiry, policy_.max_grant_lifetime) ||
            (p.erase_by && *p.erase_by < p.expiry))
            return rule_error(Rule::bad_period);
        return {};
    }

    Status operator()(const RevokePayload& p) const {
        CL_TRY(patient_only());
        const GrantRecord* g = s_.grant(p.grant_id);
        if (g == nullptr) {
            // A state without history has dropped its revoked grants; it names the refusal as a
            // full state would while it remembers the grant.
            const auto* gone = s_.revoked_grant(p.grant_id);
            if (gone == nullptr)
                return rule_error(Rule::revoke_unknown_grant);
            return rule_error(gone->patient != *b_.patient ? Rule::revoke_foreign_grant
                                                           : Rule::revoke_already_revoked);
        }
        if (g->patient != *b_.patient)
            return rule_error(Rule::revoke_foreign_grant);
        if (g->revoked)
            return rule_error(Rule::revoke_already_revoked);
        return {};
    }

    Status operator()(const AccessPayload& p) const {
        if (!s_.is_certified_provider(b_.author))
            return rule_error(Rule::reader_not_certified);
        if (!is_valid_category_list(p.categories))
            return rule_error(Rule::bad_categories);
        if (!is_valid_purpose(p.purpose))
            return rule_error(Rule::bad_purpose);
        if (const auto* grant_id = std::get_if<EntryId>(&p.reference))
            return access_under_grant(p, *grant_id);
        return access_under_token(p, std::get<TokenId>(p.reference));
    }

    Status operator()(const EmergencyIssuePayload& p) const {
        CL_TRY(patient_only());
        if (s_.token(p.token_id) != nullptr)
            return rule_error(Rule::duplicate_token);
        if (!is_valid_category_list(p.categories))
            return rule_error(Rule::bad_categories);
        if (!within_lifetime(b_.time, p.expiry, policy_.max_token_lifetime))
            return rule_error(Rule::token_lifetime);
        return {};
    }

    Status operator()(const EmergencyRevokePayload& p) const {
        CL_TRY(patient_only());
        const TokenRecord* t = s_.token(p.token_id);
        if (t == nullptr)
            return rule_error(Rule::token_revoke_unknown);
        if (t->patient != *b_.patient)
            return rule_error(Rule::token_revoke_foreign);
        if (t->revoked)
            return rule_error(Rule::token_revoke_already_revoked);
        return {};
    }

    Status operator()(const AnchorPayload& p) const {
        CL_TRY(patient_only());
        if (!is_valid_category(p.category))
            return rule_error(Rule::bad_categories);
        return {};
    }

private:
    // Called only for non-IDENTITY entries, whose author validate() has found registered.
    [[nodiscard]] const IdentityRecord& author() const { return *s_.identity(b_.author); }

    [[nodiscard]] bool in_policy(const crypto::PublicKey& key) const {
        return std::find(policy_.registrars.begin(), policy_.registrars.end(), key) !=
               policy_.registrars.end();
    }

    [[nodiscard]] Status patient_only() const {
        const IdentityRecord& a = author();
        if (a.role != Role::patient)
            return rule_error(Rule::not_patient);
        if (b_.patient != a.patient_tag)
            return rule_error(Rule::foreign_patient_tag);
        return {};
    }

    [[nodiscard]] Status access_under_grant(const AccessPayload& p, const EntryId& id) const {
        const GrantRecord* g = s_.grant(id);
        if (g == nullptr) {
            const auto* gone = s_.revoked_grant(id);
            if (gone == nullptr)
                return rule_error(Rule::access_unknown_grant);
            if (gone->grantee != b_.author)
                return rule_error(Rule::access_wrong_reader);
            return rule_error(gone->patient != *b_.patient ? Rule::access_wrong_patient
                                                           : Rule::access_grant_revoked);
        }
        if (g->terms.grantee != b_.author)
            return rule_error(Rule::access_wrong_reader);
        if (g->patient != *b_.patient)
            return rule_error(Rule::access_wrong_patient);
        if (g->revoked)
            return rule_error(Rule::access_grant_revoked);
        if (b_.time < g->terms.not_before)
            return rule_error(Rule::access_grant_not_yet_valid);
        if (b_.time >= g->terms.expiry)
            return rule_error(Rule::access_grant_expired);
        if (!categories_within(p.categories, g->terms.categories))
            return rule_error(Rule::access_categories);
        if (p.purpose != g->terms.purpose)
            return rule_error(Rule::access_purpose);
        return {};
    }

    [[nodiscard]] Status access_under_token(const AccessPayload& p, const TokenId& id) const {
        const TokenRecord* t = s_.token(id);
        if (t == nullptr)
            return rule_error(Rule::emergency_unknown_token);
        if (t->patient != *b_.patient)
            return rule_error(Rule::emergency_wrong_patient);
        if (t->revoked)
            return rule_error(Rule::emergency_token_revoked);
        if (b_.time >= t->expiry)
            return rule_error(Rule::emergency_token_expired);
        if (!categories_within(p.categories, t->categories))
            return rule_error(Rule::emergency_categories);
        if (p.purpose != kPurposeEmergencyTreatment)
            return rule_error(Rule::emergency_purpose);
        return {};
    }

    const LedgerState& s_;
    const Policy& policy_;
    const EntryBody& b_;
};

} // namespace

Error rule_error(Rule rule) {
    const RuleInfo& info = rule_info(rule);
    return make_error(std::string(info.code), std::string(info.message));
}

Status validate(const LedgerState& state, const Policy& policy, const SignedEntry& entry,
                std::int64_t now, SignatureCheck signature) {
    const EntryBody& body = entry.body();
    if (signature == SignatureCheck::verify && !signature_valid(entry))
        return rule_error(Rule::bad_signature);
    if (const auto last = state.last_seq(body.author); last && body.seq <= *last)
        return rule_error(Rule::replay);
    if (!within_skew(body.time, now, policy.max_clock_skew))
        return rule_error(Rule::clock_skew);
    if (body.type() != EntryType::identity && state.identity(body.author) == nullptr)
        return rule_error(Rule::unknown_author);
    return std::visit(Validator(state, policy, body), body.payload);
}

} // namespace careledger::ledger
