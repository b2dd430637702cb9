#include "token/claims.h"

#include "ledger/consent_vocabulary.h"
#include "token/cose.h"
#include "token/errors.h"
#include "token/summary.h"

#include <algorithm>

namespace careledger::token {

namespace {

using cbor::Value;

constexpr std::int64_t kContentsTriage = 1;
constexpr std::int64_t kContentsSummaryKey = 2;

Error bad_claim(const std::string& message) {
    return token_error(errc::bad_claims, message);
}

template <std::size_t N>
Status copy_fixed(const Value& v, std::array<std::uint8_t, N>& out, std::string_view name) {
    const auto* b = v.if_bytes();
    if (b == nullptr || b->size() != N)
        return bad_claim(std::string(name) + " is not a " + std::to_string(N) +
                         "-byte byte string");
    std::copy(b->begin(), b->end(), out.begin());
    return {};
}

Result<std::uint64_t> time_claim(const Value& v, std::string_view name) {
    const auto* u = v.if_uint();
    if (u == nullptr || *u == 0 || *u > kMaxClaimTime)
        return bad_claim(std::string(name) +
                         " is not a positive integer (Unix seconds) before the year 10000");
    return *u;
}

Status decode_scope(const Value& v, Claims& out) {
    const auto* a = v.if_array();
    if (a == nullptr || a->size() != 2)
        return bad_claim("scope is not [categories, purpose]");
    const auto* cats = (*a)[0].if_array();
    if (cats == nullptr)
        return bad_claim("scope categories are not an array");
    for (const auto& c : *cats) {
        const auto* s = c.if_text();
        if (s == nullptr)
            return bad_claim("a scope category is not text");
        out.categories.push_back(*s);
    }
    if (!ledger::is_valid_category_list(out.categories))
        return bad_claim("scope categories must be 1 to 64 distinct sorted names [a-z0-9-]");
    const auto* purpose = (*a)[1].if_text();
    if (purpose == nullptr || *purpose != kEmergencyPurpose)
        return bad_claim("scope purpose must be ETREAT");
    out.purpose = *purpose;
    return {};
}

Status decode_pin(const Value& v, Claims& out) {
    const auto* a = v.if_array();
    if (a == nullptr || a->size() != 4)
        return bad_claim("pin claim is not [salt, opslimit, memlimit, sealed]");
    PinLock lock;
    CL_TRY(copy_fixed((*a)[0], lock.salt, "PIN salt"));
    const auto* ops = (*a)[1].if_uint();
    const auto* mem = (*a)[2].if_uint();
    const auto* sealed = (*a)[3].if_bytes();
    if (ops == nullptr || mem == nullptr || sealed == nullptr)
        return bad_claim("pin claim has a field of the wrong type");
    lock.params = {*ops, *mem};
    lock.sealed = *sealed;
    out.pin = std::move(lock);
    return {};
}

} // namespace

Value encode_contents(const TriageSet& triage, const crypto::SecureBuffer* summary_key) {
    cbor::Map m;
    m.set(kContentsTriage, encode_triage(triage));
    if (summary_key != nullptr && !summary_key->empty())
        m.set(kContentsSummaryKey, Value::bytes(summary_key->view()));
    return Value::map(std::move(m));
}

Result<Contents> decode_contents(const Value& value, bool has_summary_id) {
    const auto* m = value.if_map();
    if (m == nullptr)
        return bad_claim("contents are not a map");
    Contents out;
    const Value* triage = m->find(kContentsTriage);
    if (triage == nullptr)
        return bad_claim("contents have no triage set");
    CL_ASSIGN_OR_RETURN(out.triage, decode_triage(*triage));
    std::size_t known = 1;
    if (const Value* key = m->find(kContentsSummaryKey)) {
        const auto* b = key->if_bytes();
        if (b == nullptr || b->size() != kSummaryKeyBytes)
            return bad_claim("summary key is not a 32-byte byte string");
        out.summary_key = crypto::SecureBuffer::copy_of(*b);
        ++known;
    }
    if (m->size() != known)
        return bad_claim("contents have an unknown field");
    if (out.summary_key.empty() == has_summary_id)
        return bad_claim("summary id and summary key must come together");
    return out;
}

cbor::Map claims_map(const Claims& c) {
    cbor::Map m;
    m.set(kClaimIss, Value::text(c.issuer));
    m.set(kClaimExp, Value::uint(c.expires_at));
    m.set(kClaimIat, Value::uint(c.issued_at));
    m.set(kClaimCti, Value::bytes(view(c.token_id)));
    cbor::Array cats;
    for (const auto& cat : c.categories)
        cats.push_back(Value::text(cat));
    m.set(kClaimScope, Value::array({Value::array(std::move(cats)), Value::text(c.purpose)}));
    if (c.contents)
        m.set(kClaimContents, *c.contents);
    if (c.summary_id)
        m.set(kClaimSummaryId, Value::bytes(view(*c.summary_id)));
    if (c.pin)
        m.set(kClaimPin,
              Value::array({Value::bytes(view(c.pin->salt)), Value::uint(c.pin->params.opslimit),
                            Value::uint(c.pin->params.memlimit), Value::bytes(c.pin->sealed)}));
    if (c.single_use)
        m.set(kClaimSingleUse, Value::boolean(true));
    return m;
}

Bytes encode_claims(const Claims& claims) {
    return cbor::encode(Value::map(claims_map(claims)));
}

Result<Claims> decode_claims(ByteView payload) {
    auto decoded = cbor::decode(payload);
    if (!decoded.ok())
        return cose::from_cbor_error(decoded.error(), "CWT claims");
    const auto* m = decoded->if_map();
    if (m == nullptr)
        return bad_claim("payload is not a CWT claims map");

    Claims out;
    for (const auto& [key, v] : *m) {
        auto k = key.as_int();
        if (!k.ok())
            return bad_claim("claim key " + cbor::diagnostic(key) + " is not an integer");
        switch (*k) {
        case kClaimIss: {
            const auto* s = v.if_text();
            if (s == nullptr || s->empty() || s->size() > kMaxIssuerBytes)
                return bad_claim("iss is not a non-empty text of at most 256 bytes");
            out.issuer = *s;
            break;
        }
        case kClaimExp: {
            CL_ASSIGN_OR_RETURN(out.expires_at, time_claim(v, "exp"));
            break;
        }
        case kClaimIat: {
            CL_ASSIGN_OR_RETURN(out.issued_at, time_claim(v, "iat"));
            break;
        }
        case kClaimCti:
            CL_TRY(copy_fixed(v, out.token_id, "cti (token id)"));
            break;
        case kClaimScope:
            CL_TRY(decode_scope(v, out));
            break;
        case kClaimContents:
            out.contents = v;
            break;
        case kClaimSummaryId: {
            crypto::Hash32 id{};
            CL_TRY(copy_fixed(v, id, "summary id"));
            out.summary_id = id;
            break;
        }
        case kClaimPin:
            CL_TRY(decode_pin(v, out));
            break;
        case kClaimSingleUse: {
            const auto* b = v.if_bool();
            if (b == nullptr || !*b)
                return bad_claim("single-use claim must be true when present");
            out.single_use = true;
            break;
        }
        default:
            return bad_claim("unknown claim " + std::to_string(*k));
        }
    }
    if (m->find(kClaimIss) == nullptr)
        return bad_claim("iss (issuer) is missing");
    if (m->find(kClaimIat) == nullptr)
        return bad_claim("iat (issued at) is missing");
    if (m->find(kClaimExp) == nullptr)
        return bad_claim("exp (expiry) is missing");
    if (m->find(kClaimCti) == nullptr)
        return bad_claim("cti (token id) is missing");
    if (m->find(kClaimScope) == nullptr)
        return bad_claim("scope is missing");
    if (out.contents.has_value() == out.pin.has_value())
        return bad_claim("exactly one of contents and pin must be present");
    return out;
}

Bytes pin_associated_data(const ledger::TokenId& token_id, const crypto::KeyId& kid) {
    Bytes ad = to_bytes(kPinContext);
    append(ad, view(token_id));
    append(ad, view(kid));
    return ad;
}

} // namespace careledger::token
