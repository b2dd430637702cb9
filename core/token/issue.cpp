#include "token/issue.h"

#include "crypto/aead.h"
#include "ledger/consent_vocabulary.h"
#include "token/claims.h"
#include "token/cose.h"
#include "token/errors.h"
#include "token/token_text.h"

namespace careledger::token {

namespace {

Status check_request(const IssueRequest& r) {
    if (r.issuer.empty() || r.issuer.size() > kMaxIssuerBytes ||
        !cbor::is_valid_utf8(as_bytes(r.issuer)))
        return token_error(errc::bad_request,
                           "issuer (ledger origin) must be non-empty UTF-8 of at most 256 bytes");
    if (r.lifetime < kMinLifetime || r.lifetime > kMaxLifetime)
        return token_error(errc::bad_request, "token lifetime must be between 1 minute and 1 year");
    if (!ledger::is_valid_category_list(r.categories))
        return token_error(errc::bad_request,
                           "categories must be 1 to 64 distinct sorted names [a-z0-9-]");
    if (r.summary != nullptr && r.summary->key.size() != kSummaryKeyBytes)
        return token_error(errc::bad_request, "summary key must be 32 bytes");
    return check_triage(r.triage);
}

} // namespace

ledger::EmergencyIssuePayload IssuedToken::ledger_payload() const {
    return {token_id, static_cast<std::uint64_t>(expires_at), categories};
}

Result<IssuedToken> issue(const IssueRequest& request, const crypto::SigningKey& key) {
    CL_TRY(check_request(request));
    const UnixTime now = request.now.value_or(now_unix());
    // Both terms are below 2^63, so the unsigned sum cannot wrap.
    if (now <= 0 || static_cast<std::uint64_t>(now) + static_cast<std::uint64_t>(request.lifetime) >
                        kMaxClaimTime)
        return token_error(errc::bad_request, "issue time must lie between 1970 and 9999");

    Claims claims;
    claims.issuer = request.issuer;
    claims.issued_at = static_cast<std::uint64_t>(now);
    claims.expires_at = static_cast<std::uint64_t>(now + request.lifetime);
    crypto::random_bytes(claims.token_id);
    claims.categories = request.categories;
    claims.purpose = std::string(kEmergencyPurpose);
    claims.single_use = request.single_use;
    if (request.summary != nullptr)
        claims.summary_id = request.summary->blob_id;

    const crypto::KeyId kid = crypto::key_id(key.public_key());
    cbor::Value contents =
        encode_contents(request.triage, request.summary ? &request.summary->key : nullptr);
    if (request.pin != nullptr) {
        // The encoded contents hold health data and possibly the summary key: secure memory.
        Bytes encoded = cbor::encode(contents);
        const auto plain = crypto::SecureBuffer::copy_of(encoded);
        crypto::wipe(encoded.data(), encoded.size());
        CL_ASSIGN_OR_RETURN(claims.pin,
                            pin_seal(*request.pin, plain.view(),
                                     pin_associated_data(claims.token_id, kid), request.pin_kdf));
    } else {
        claims.contents = std::move(contents);
    }

    IssuedToken out;
    out.text = encode_token_text(cose::sign1(encode_claims(claims), key));
    out.token_id = claims.token_id;
    out.patient_key_id = kid;
    out.issued_at = now;
    out.expires_at = now + request.lifetime;
    out.categories = request.categories;
    out.pin_protected = request.pin != nullptr;
    return out;
}

} // namespace careledger::token
