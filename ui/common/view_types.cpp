#include "common/view_types.h"

namespace careledger::ui {

namespace {

token::Verdict copy_verdict(const token::Verdict& v) {
    token::Verdict c;
    c.token_id = v.token_id;
    c.patient_key_id = v.patient_key_id;
    c.patient_key = v.patient_key;
    c.issuer = v.issuer;
    c.issued_at = v.issued_at;
    c.expires_at = v.expires_at;
    c.categories = v.categories;
    c.purpose = v.purpose;
    c.triage = v.triage;
    if (v.summary)
        c.summary = token::SummaryPointer{v.summary->blob_id,
                                          crypto::SecureBuffer::copy_of(v.summary->key.view())};
    c.skew = v.skew;
    c.skew_seconds = v.skew_seconds;
    c.pin_protected = v.pin_protected;
    c.single_use = v.single_use;
    c.replay_checked = v.replay_checked;
    c.trust_as_of = v.trust_as_of;
    return c;
}

} // namespace

VerdictView::VerdictView(const VerdictView& other)
    : valid(other.valid), code(other.code), message(other.message) {
    if (other.verdict)
        verdict.emplace(copy_verdict(*other.verdict));
}

VerdictView& VerdictView::operator=(const VerdictView& other) {
    if (this != &other) {
        valid = other.valid;
        code = other.code;
        message = other.message;
        verdict.reset();
        if (other.verdict)
            verdict.emplace(copy_verdict(*other.verdict));
    }
    return *this;
}

void register_view_types() {
    qRegisterMetaType<LedgerStatusView>();
    qRegisterMetaType<AlertView>();
    qRegisterMetaType<WalletInfo>();
    qRegisterMetaType<TokenIssueView>();
    qRegisterMetaType<IssuedTokenView>();
    qRegisterMetaType<VerdictView>();
    qRegisterMetaType<AccessLoggedView>();
    qRegisterMetaType<wallet::GrantRequest>();
    qRegisterMetaType<ledger::EntryId>();
    qRegisterMetaType<ledger::TokenId>();
    qRegisterMetaType<token::TriageSet>();
    qRegisterMetaType<std::vector<ledger::GrantWithStatus>>();
    qRegisterMetaType<std::vector<ledger::ProviderListing>>();
    qRegisterMetaType<std::vector<wallet::AuditEvent>>();
    qRegisterMetaType<std::vector<wallet::IssuedTokenRecord>>();
    qRegisterMetaType<std::vector<AlertView>>();
}

} // namespace careledger::ui
