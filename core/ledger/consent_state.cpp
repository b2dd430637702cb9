#include "ledger/consent_state.h"

#include <algorithm>
#include <type_traits>

namespace careledger::ledger {

namespace {

template <class Map, class Key>
const typename Map::mapped_type* find_in(const Map& m, const Key& k) {
    const auto it = m.find(k);
    return it == m.end() ? nullptr : &it->second;
}

template <class T> const std::vector<T>& empty_list() {
    static const std::vector<T> kEmpty;
    return kEmpty;
}

} // namespace

GrantStatus status_at(const GrantRecord& grant, std::uint64_t as_of) {
    if (grant.revoked)
        return GrantStatus::revoked;
    if (as_of < grant.terms.not_before)
        return GrantStatus::not_yet_valid;
    if (as_of >= grant.terms.expiry)
        return GrantStatus::expired;
    return GrantStatus::active;
}

TokenStatus status_at(const TokenRecord& token, std::uint64_t as_of) {
    if (token.revoked)
        return TokenStatus::revoked;
    if (as_of >= token.expiry)
        return TokenStatus::expired;
    return TokenStatus::active;
}

// ---- Queries ------------------------------------------------------------------------------------

const IdentityRecord* LedgerState::identity(const crypto::PublicKey& key) const {
    return find_in(identities_, key);
}

std::vector<crypto::PublicKey> LedgerState::identity_keys() const {
    std::vector<crypto::PublicKey> out;
    out.reserve(identities_.size());
    for (const auto& entry : identities_)
        out.push_back(entry.first);
    return out;
}

const crypto::PublicKey* LedgerState::patient_key(const PatientTag& tag) const {
    return find_in(patients_, tag);
}

const Certification* LedgerState::certification(const crypto::PublicKey& key) const {
    return find_in(certifications_, key);
}

bool LedgerState::is_certified_provider(const crypto::PublicKey& key) const {
    const IdentityRecord* id = identity(key);
    return id != nullptr && id->role == Role::provider && certifications_.count(key) > 0;
}

std::vector<ProviderListing> LedgerState::provider_directory() const {
    std::vector<ProviderListing> out;
    for (const auto& [key, cert] : certifications_) {
        const IdentityRecord* id = identity(key);
        if (id == nullptr || id->role != Role::provider)
            continue; // validate() never lets this happen; kept for robustness of the query
        out.push_back(ProviderListing{key, id->box_key, cert});
    }
    return out;
}

const GrantRecord* LedgerState::grant(const EntryId& id) const {
    return find_in(grants_, id);
}

std::vector<GrantWithStatus> LedgerState::grants_of(const PatientTag& patient,
                                                    std::uint64_t as_of) const {
    std::vector<GrantWithStatus> out;
    if (const auto* ids = find_in(grants_by_patient_, patient)) {
        out.reserve(ids->size());
        for (const auto& id : *ids) {
            const GrantRecord& g = grants_.at(id);
            out.push_back(GrantWithStatus{g, status_at(g, as_of)});
        }
    }
    return out;
}

const TokenRecord* LedgerState::token(const TokenId& id) const {
    return find_in(tokens_, id);
}

TokenStatus LedgerState::token_status(const TokenId& id, std::uint64_t as_of) const {
    const TokenRecord* t = token(id);
    return t == nullptr ? TokenStatus::unknown : status_at(*t, as_of);
}

std::vector<TokenRecord> LedgerState::tokens_of(const PatientTag& patient) const {
    std::vector<TokenRecord> out;
    if (const auto* ids = find_in(tokens_by_patient_, patient)) {
        out.reserve(ids->size());
        for (const auto& id : *ids)
            out.push_back(tokens_.at(id));
    }
    return out;
}

const std::vector<AccessRecord>& LedgerState::accesses_of(const PatientTag& patient) const {
    const auto* list = find_in(accesses_, patient);
    return list != nullptr ? *list : empty_list<AccessRecord>();
}

std::size_t LedgerState::access_count(const PatientTag& patient) const {
    return accesses_of(patient).size();
}

const std::vector<AnchorRecord>& LedgerState::anchors_of(const PatientTag& patient) const {
    const auto* list = find_in(anchors_, patient);
    return list != nullptr ? *list : empty_list<AnchorRecord>();
}

std::optional<std::uint64_t> LedgerState::last_seq(const crypto::PublicKey& author) const {
    const auto* seq = find_in(last_seq_, author);
    return seq != nullptr ? std::optional<std::uint64_t>(*seq) : std::nullopt;
}

const LedgerState::RevokedGrant* LedgerState::revoked_grant(const EntryId& id) const {
    return find_in(revoked_grants_, id);
}

void LedgerState::forget_revoked_grant(const EntryId& id) {
    const auto it = grants_.find(id);
    if (it == grants_.end())
        return;
    if (auto list = grants_by_patient_.find(it->second.patient); list != grants_by_patient_.end()) {
        std::erase(list->second, id);
        if (list->second.empty())
            grants_by_patient_.erase(list);
    }
    grants_.erase(it);
}

LedgerState LedgerState::without_history() const {
    LedgerState out = *this;
    out.keep_history_ = false;
    out.accesses_.clear();
    out.anchors_.clear();
    if (!keep_history_)
        return out;
    // The remembered revocations are the newest ones, in the order their REVOKEs were applied.
    std::vector<const GrantRecord*> revoked;
    for (const auto& [id, g] : grants_)
        if (g.revoked)
            revoked.push_back(&g);
    std::sort(revoked.begin(), revoked.end(), [](const GrantRecord* a, const GrantRecord* b) {
        return a->revoked->index < b->revoked->index;
    });
    const std::size_t skip =
        revoked.size() > kRevokedGrantsRemembered ? revoked.size() - kRevokedGrantsRemembered : 0;
    for (std::size_t i = 0; i < revoked.size(); ++i) {
        const GrantRecord& g = *revoked[i];
        if (i >= skip) {
            out.revoked_grants_.insert_or_assign(g.id, RevokedGrant{g.patient, g.terms.grantee});
            out.revoked_order_.push_back(g.id);
        }
        out.forget_revoked_grant(g.id);
    }
    return out;
}

// ---- apply --------------------------------------------------------------------------------------

void apply(LedgerState& state, const SignedEntry& entry, const EntryId& entry_id,
           std::uint64_t index) {
    const EntryBody& body = entry.body();
    const LogPosition at{index, entry_id, body.time};
    // validate() guarantees a patient tag for every patient-scoped type used below.
    const PatientTag tag = body.patient.value_or(PatientTag{});

    // A lambda, not a helper class, so that it shares apply()'s friend access to the state.
    std::visit(
        [&](const auto& p) {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, IdentityPayload>) {
                state.identities_.emplace(
                    body.author, IdentityRecord{body.author, p.role, p.box_key, body.patient, at});
                if (p.role == Role::patient)
                    state.patients_.emplace(tag, body.author);
            } else if constexpr (std::is_same_v<T, CertifyPayload>) {
                // A later certification of the same subject replaces the earlier one.
                state.certifications_.insert_or_assign(
                    p.subject, Certification{p.subject, p.display_name, p.organisation,
                                             p.provider_role, body.author, at});
            } else if constexpr (std::is_same_v<T, GrantPayload>) {
                state.grants_.emplace(entry_id,
                                      GrantRecord{entry_id, tag, body.author, p, at, std::nullopt});
                state.grants_by_patient_[tag].push_back(entry_id);
            } else if constexpr (std::is_same_v<T, RevokePayload>) {
                auto it = state.grants_.find(p.grant_id);
                if (it == state.grants_.end())
                    return;
                if (state.keep_history_) {
                    it->second.revoked = at;
                    return;
                }
                // Without history a revoked grant leaves the state: no rule can accept anything
                // under it again. Its note only names later refusals.
                state.revoked_grants_.insert_or_assign(
                    p.grant_id,
                    LedgerState::RevokedGrant{it->second.patient, it->second.terms.grantee});
                state.revoked_order_.push_back(p.grant_id);
                if (state.revoked_order_.size() > LedgerState::kRevokedGrantsRemembered) {
                    state.revoked_grants_.erase(state.revoked_order_.front());
                    state.revoked_order_.pop_front();
                }
                state.forget_revoked_grant(p.grant_id);
            } else if constexpr (std::is_same_v<T, AccessPayload>) {
                if (state.keep_history_)
                    state.accesses_[tag].push_back(AccessRecord{body.author, p.basis(), p.reference,
                                                                p.categories, p.purpose, at});
            } else if constexpr (std::is_same_v<T, EmergencyIssuePayload>) {
                state.tokens_.emplace(p.token_id, TokenRecord{p.token_id, tag, p.expiry,
                                                              p.categories, at, std::nullopt});
                state.tokens_by_patient_[tag].push_back(p.token_id);
            } else if constexpr (std::is_same_v<T, EmergencyRevokePayload>) {
                if (auto it = state.tokens_.find(p.token_id); it != state.tokens_.end())
                    it->second.revoked = at;
            } else {
                static_assert(std::is_same_v<T, AnchorPayload>);
                if (state.keep_history_)
                    state.anchors_[tag].push_back(AnchorRecord{p.record_hash, p.category, at});
            }
        },
        body.payload);
    state.last_seq_.insert_or_assign(body.author, body.seq);
    ++state.entries_applied_;
}

Status submit(LedgerState& state, const Policy& policy, const SignedEntry& entry, std::int64_t now,
              std::uint64_t index) {
    CL_TRY(validate(state, policy, entry, now));
    apply(state, entry, entry_id(entry), index);
    return {};
}

} // namespace careledger::ledger
