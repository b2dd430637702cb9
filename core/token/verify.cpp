#include "token/verify.h"

#include "token/claims.h"
#include "token/cose.h"
#include "token/errors.h"
#include "token/issue.h"
#include "token/token_text.h"

namespace careledger::token {

namespace {

std::string hex_id(const ledger::TokenId& id) {
    return to_hex(view(id));
}

std::string duration_text(std::int64_t seconds) {
    constexpr std::int64_t kDay = 86400;
    if (seconds % kDay == 0 && seconds >= 2 * kDay)
        return std::to_string(seconds / kDay) + " d";
    if (seconds % 3600 == 0)
        return std::to_string(seconds / 3600) + " h";
    return std::to_string(seconds) + " s";
}

// Step 5: the patient key the kid names.
Result<crypto::PublicKey> find_key(const crypto::KeyId& kid, const VerifyContext& ctx) {
    const KeyLookup found = ctx.lookup_key ? ctx.lookup_key(kid) : KeyLookup{};
    const std::string who = "patient key " + to_hex(view(kid));
    switch (found.state) {
    case KeyState::active:
        break;
    case KeyState::revoked:
        return token_error(errc::key_revoked, who + " has been revoked on the ledger");
    case KeyState::unknown:
        return token_error(errc::unknown_key, who + " is not in this verifier's key registry");
    }
    // The registry must hand back the key the id names, or the verdict would name another.
    if (crypto::key_id(found.key) != kid)
        return token_error(errc::unknown_key, who + ": the registry returned a different key");
    return found.key;
}

// Step 8: validity period with bounded skew.
Status check_time(const Claims& c, UnixTime now, const VerifyContext& ctx, Verdict& v) {
    if (c.expires_at <= c.issued_at)
        return token_error(errc::bad_lifetime, "token expires no later than it is issued");
    if (c.expires_at - c.issued_at > static_cast<std::uint64_t>(kMaxLifetime))
        return token_error(errc::bad_lifetime, "token lifetime exceeds one year");
    v.issued_at = static_cast<UnixTime>(c.issued_at);
    v.expires_at = static_cast<UnixTime>(c.expires_at);
    // Claim times are at most kMaxClaimTime and the skew is small, so nothing below overflows
    // for any clock reading between years -9999 and 9999.
    if (now < v.issued_at) {
        if (now < v.issued_at - ctx.max_skew)
            return token_error(errc::not_yet_valid,
                               "token is not valid until " + format_utc(v.issued_at) +
                                   " (this clock is " + std::to_string(v.issued_at - now) +
                                   " s behind; at most " + std::to_string(ctx.max_skew) +
                                   " s of skew is accepted)");
        v.skew = SkewSide::before_issue;
        v.skew_seconds = v.issued_at - now;
    } else if (now >= v.expires_at) {
        if (now >= v.expires_at + ctx.max_skew)
            return token_error(errc::expired, "token expired at " + format_utc(v.expires_at));
        v.skew = SkewSide::after_expiry;
        v.skew_seconds = now - v.expires_at;
    }
    return {};
}

// Step 9: the ledger's view of this token.
Status check_revocation(const Claims& c, const VerifyContext& ctx) {
    const TokenState state = ctx.token_state ? ctx.token_state(c.token_id) : TokenState::unknown;
    switch (state) {
    case TokenState::active:
        return {};
    case TokenState::revoked:
        return token_error(errc::revoked,
                           "token " + hex_id(c.token_id) + " has been revoked by the patient");
    case TokenState::unknown:
        break;
    }
    std::string message = "token " + hex_id(c.token_id) + " is not recorded on the ledger";
    if (ctx.trust_as_of < static_cast<UnixTime>(c.issued_at))
        message += " (this verifier's ledger data, as of " + format_utc(ctx.trust_as_of) +
                   ", predates the token)";
    return token_error(errc::unknown_to_ledger, message);
}

// Step 10: trust data no older than allowed.
Status check_freshness(UnixTime now, const VerifyContext& ctx) {
    if (now - ctx.trust_as_of > ctx.max_trust_age)
        return token_error(errc::stale_trust_data,
                           "stale trust data as of " + format_utc(ctx.trust_as_of) +
                               ": key registry and revocations must be at most " +
                               duration_text(ctx.max_trust_age) + " old; sync and retry");
    return {};
}

// Step 11: the contents, opened with the PIN when sealed.
Result<Contents> open_contents(const Claims& c, const crypto::KeyId& kid,
                               const VerifyContext& ctx) {
    if (c.contents)
        return decode_contents(*c.contents, c.summary_id.has_value());
    if (ctx.pin == nullptr)
        return token_error(errc::pin_required,
                           "this token is protected by a PIN; ask the patient for it");
    CL_ASSIGN_OR_RETURN(
        const auto plain,
        pin_open(*ctx.pin, *c.pin, pin_associated_data(c.token_id, kid), ctx.pin_kdf_floor));
    auto decoded = cbor::decode(plain.view());
    if (!decoded.ok())
        return token_error(errc::bad_claims, "PIN-sealed contents are not canonical CBOR: " +
                                                 decoded.error().message);
    return decode_contents(*decoded, c.summary_id.has_value());
}

} // namespace

Result<Verdict> verify(std::string_view text, const VerifyContext& context) {
    CL_ASSIGN_OR_RETURN(const Bytes cose_bytes, decode_token_text(text, context.inflate));
    return verify_cose(cose_bytes, context);
}

Result<Verdict> verify_cose(ByteView cose_sign1, const VerifyContext& ctx) {
    const UnixTime now = ctx.now.value_or(now_unix());
    CL_ASSIGN_OR_RETURN(const cose::Sign1 sign1, cose::decode_sign1(cose_sign1));
    CL_ASSIGN_OR_RETURN(const crypto::PublicKey key, find_key(sign1.kid, ctx));
    if (!cose::signature_valid(sign1, key))
        return token_error(errc::bad_signature,
                           "token signature does not verify under patient key " +
                               to_hex(view(sign1.kid)));

    CL_ASSIGN_OR_RETURN(const Claims claims, decode_claims(sign1.payload));
    if (!ctx.expected_issuer.empty() && claims.issuer != ctx.expected_issuer)
        return token_error(errc::wrong_issuer, "token was issued for ledger \"" + claims.issuer +
                                                   "\", not \"" + ctx.expected_issuer + "\"");
    // Clear contents are checked with the other claims, before any ledger state is consulted.
    std::optional<Contents> contents;
    if (claims.contents) {
        CL_ASSIGN_OR_RETURN(auto clear, open_contents(claims, sign1.kid, ctx));
        contents = std::move(clear);
    }

    Verdict v;
    CL_TRY(check_time(claims, now, ctx, v));
    CL_TRY(check_revocation(claims, ctx));
    CL_TRY(check_freshness(now, ctx));
    if (!contents) {
        CL_ASSIGN_OR_RETURN(auto opened, open_contents(claims, sign1.kid, ctx));
        contents = std::move(opened);
    }
    if (claims.single_use && ctx.seen != nullptr) {
        if (ctx.seen->check_and_mark(claims.token_id))
            return token_error(errc::replay, "single-use token " + hex_id(claims.token_id) +
                                                 " was already used on this verifier");
        v.replay_checked = true;
    }

    v.token_id = claims.token_id;
    v.patient_key_id = sign1.kid;
    v.patient_key = key;
    v.issuer = claims.issuer;
    v.categories = claims.categories;
    v.purpose = claims.purpose;
    v.triage = std::move(contents->triage);
    if (claims.summary_id)
        v.summary = SummaryPointer{*claims.summary_id, std::move(contents->summary_key)};
    v.pin_protected = claims.pin.has_value();
    v.single_use = claims.single_use;
    v.trust_as_of = ctx.trust_as_of;
    return v;
}

} // namespace careledger::token
