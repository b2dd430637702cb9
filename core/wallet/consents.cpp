#include "wallet/consents.h"

#include "common/time.h"
#include "ledger/tlog_proof.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace careledger::wallet {

namespace {

Result<node::Receipt> submit(node::LedgerClient& ledger, const ledger::SignedEntry& entry) {
    return ledger.submit(entry.bytes());
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Verifies one access event against the log: the entry's bytes hash to the recorded id, its
// signature holds, and it is included in the signed checkpoint.
Status verify_event(node::LedgerClient& ledger, const ledger::AccessRecord& rec) {
    CL_ASSIGN_OR_RETURN(auto bytes, ledger.entry(rec.logged.index));
    const auto id = tlog::leaf_hash(bytes);
    if (id != rec.logged.entry_id)
        return make_error("audit.mismatch", "the log holds a different entry at this index");
    CL_ASSIGN_OR_RETURN(auto entry, ledger::decode_entry(bytes));
    if (entry.body().author != rec.reader)
        return make_error("audit.mismatch", "the entry was not signed by the recorded reader");
    CL_ASSIGN_OR_RETURN(auto text, ledger.proof(rec.logged.index));
    CL_ASSIGN_OR_RETURN(auto proof, tlog::parse_tlog_proof(text));
    CL_TRY(tlog::verify_tlog_proof(proof, id, ledger.network().log_key()));
    return {};
}

} // namespace

Result<std::optional<node::Receipt>> register_identity(Wallet& w, node::LedgerClient& ledger) {
    CL_TRY(ledger.refresh());
    if (ledger.state().identity(w.public_key()) != nullptr)
        return std::optional<node::Receipt>{};
    std::optional<ledger::PatientTag> tag;
    if (w.role() == ledger::Role::patient)
        tag = w.tag(ledger.network().origin());
    CL_ASSIGN_OR_RETURN(auto entry,
                        w.sign(ledger::IdentityPayload{w.role(), w.identity().box_public_key()},
                               tag, ledger.state()));
    CL_ASSIGN_OR_RETURN(auto receipt, submit(ledger, entry));
    return std::optional<node::Receipt>{receipt};
}

Result<node::Receipt> certify_provider(const crypto::Identity& registrar,
                                       node::LedgerClient& ledger, const crypto::PublicKey& subject,
                                       const Certification& what) {
    CL_TRY(ledger.refresh());
    ledger::EntryBody body;
    body.author = registrar.public_key();
    body.time = static_cast<std::uint64_t>(now_unix());
    body.seq = ledger.state().last_seq(registrar.public_key()).value_or(0) + 1;
    body.payload =
        ledger::CertifyPayload{subject, what.display_name, what.organisation, what.provider_role};
    CL_ASSIGN_OR_RETURN(auto entry, ledger::sign(std::move(body), registrar.signing()));
    return submit(ledger, entry);
}

Result<node::Receipt> certify_provider(Wallet& registrar, node::LedgerClient& ledger,
                                       const crypto::PublicKey& subject,
                                       const Certification& what) {
    CL_TRY(ledger.refresh());
    CL_ASSIGN_OR_RETURN(
        auto entry, registrar.sign(ledger::CertifyPayload{subject, what.display_name,
                                                          what.organisation, what.provider_role},
                                   std::nullopt, ledger.state()));
    return submit(ledger, entry);
}

Result<node::Receipt> create_grant(Wallet& patient, node::LedgerClient& ledger, GrantRequest req) {
    CL_TRY(ledger.refresh());
    if (req.not_before == 0)
        req.not_before = static_cast<std::uint64_t>(now_unix());
    ledger::GrantPayload terms{
        req.grantee, std::move(req.categories), req.purpose, req.mode, req.not_before, req.expiry,
        req.erase_by};
    CL_ASSIGN_OR_RETURN(
        auto entry,
        patient.sign(std::move(terms), patient.tag(ledger.network().origin()), ledger.state()));
    return submit(ledger, entry);
}

Result<node::Receipt> revoke_grant(Wallet& patient, node::LedgerClient& ledger,
                                   const ledger::EntryId& grant_id) {
    CL_TRY(ledger.refresh());
    CL_ASSIGN_OR_RETURN(auto entry,
                        patient.sign(ledger::RevokePayload{grant_id},
                                     patient.tag(ledger.network().origin()), ledger.state()));
    return submit(ledger, entry);
}

Result<node::Receipt> record_access(Wallet& provider, node::LedgerClient& ledger,
                                    const AccessRequest& req) {
    CL_TRY(ledger.refresh());
    ledger::AccessPayload what{req.grant_id, req.categories, req.purpose};
    CL_ASSIGN_OR_RETURN(auto entry, provider.sign(std::move(what), req.patient, ledger.state()));
    return submit(ledger, entry);
}

Result<std::vector<AuditEvent>> audit(const Wallet& patient, node::LedgerClient& ledger) {
    CL_TRY(ledger.refresh());
    const auto tag = patient.tag(ledger.network().origin());
    std::vector<AuditEvent> out;
    for (const auto& rec : ledger.state().accesses_of(tag)) {
        AuditEvent e;
        e.index = rec.logged.index;
        e.reader = rec.reader;
        if (const auto* cert = ledger.state().certification(rec.reader))
            e.reader_name = cert->display_name;
        e.categories = rec.categories;
        e.purpose = rec.purpose;
        e.time = rec.logged.time;
        e.basis = rec.basis;
        e.reference_hex =
            std::visit([](const auto& ref) { return to_hex(view(ref)); }, rec.reference);
        const auto st = verify_event(ledger, rec);
        e.verified = st.ok();
        if (!st.ok())
            e.verify_error = st.error().message;
        out.push_back(std::move(e));
    }
    return out;
}

Result<crypto::PublicKey> resolve_key(const ledger::LedgerState& state, std::string_view text) {
    const auto t = lower(text);
    if (t.size() == 64) {
        CL_ASSIGN_OR_RETURN(auto bytes, from_hex(t));
        return crypto::public_key_from(bytes);
    }
    if (t.size() < 8 || t.size() > 32 || !from_hex(t.size() % 2 == 0 ? t : t + "0").ok())
        return make_error("wallet.bad_key_id",
                          "a key is 64 hex digits, or a key id (or a prefix of 8 or more) of 32");
    std::optional<crypto::PublicKey> found;
    for (const auto& key : state.identity_keys()) {
        if (crypto::key_id_hex(key).starts_with(t)) {
            if (found)
                return make_error("wallet.ambiguous_key", "key id prefix " + t + " is ambiguous");
            found = key;
        }
    }
    if (!found)
        return make_error("wallet.unknown_key", "no identity on the ledger has key id " + t);
    return *found;
}

Result<ledger::EntryId> resolve_grant(const ledger::LedgerState& state,
                                      const ledger::PatientTag& patient, std::string_view text) {
    const auto t = lower(text);
    if (t.size() < 8 || t.size() > 64 || !from_hex(t.size() % 2 == 0 ? t : t + "0").ok())
        return make_error("wallet.bad_grant_id", "a grant id is 64 hex digits (or a prefix of 8+)");
    std::optional<ledger::EntryId> found;
    for (const auto& g : state.grants_of(patient, 0)) {
        if (to_hex(view(g.grant.id)).starts_with(t)) {
            if (found)
                return make_error("wallet.ambiguous_grant",
                                  "grant id prefix " + t + " is ambiguous");
            found = g.grant.id;
        }
    }
    if (!found)
        return make_error("wallet.unknown_grant", "you have no grant with id " + t);
    return *found;
}

Result<std::vector<std::string>> parse_categories(std::string_view text) {
    std::set<std::string> set;
    while (!text.empty()) {
        const auto comma = text.find(',');
        auto item = text.substr(0, comma);
        while (!item.empty() && item.front() == ' ')
            item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ')
            item.remove_suffix(1);
        if (item.empty())
            return make_error("wallet.bad_categories", "empty category in the list");
        set.insert(lower(item));
        text = comma == std::string_view::npos ? std::string_view{} : text.substr(comma + 1);
    }
    if (set.empty())
        return make_error("wallet.bad_categories", "name at least one record category");
    return std::vector<std::string>(set.begin(), set.end());
}

} // namespace careledger::wallet
