#include "token/cose.h"

#include "token/errors.h"

#include <algorithm>

namespace careledger::token::cose {

namespace {

using cbor::Value;

Error cose_error(std::string message) {
    return token_error(errc::bad_cose, std::move(message));
}

// A protected-header label we process when it is listed in `crit`.
bool is_understood_label(const Value& label) {
    const auto* u = label.if_uint();
    return u != nullptr && (*u == static_cast<std::uint64_t>(kHeaderAlg) ||
                            *u == static_cast<std::uint64_t>(kHeaderKid));
}

Status check_crit(const Value& crit) {
    const auto* labels = crit.if_array();
    if (labels == nullptr || labels->empty())
        return cose_error("crit header is not a non-empty array of labels");
    for (const auto& label : *labels) {
        if (label.if_uint() == nullptr && label.if_negative() == nullptr &&
            label.if_text() == nullptr)
            return cose_error("crit header lists a label that is neither integer nor text");
        if (!is_understood_label(label))
            return token_error(errc::critical_header,
                               "token marks header " + cbor::diagnostic(label) +
                                   " critical, and this verifier does not understand it");
    }
    return {};
}

Result<crypto::KeyId> parse_protected(ByteView protected_bytes) {
    if (protected_bytes.empty())
        return cose_error("protected header is empty: no algorithm");
    auto decoded = cbor::decode(protected_bytes);
    if (!decoded.ok())
        return from_cbor_error(decoded.error(), "protected header");
    const auto* map = decoded->if_map();
    if (map == nullptr)
        return cose_error("protected header is not a map");

    const Value* alg = map->find(kHeaderAlg);
    if (alg == nullptr)
        return cose_error("protected header has no algorithm (label 1)");
    const auto* neg = alg->if_negative();
    if (neg == nullptr || neg->n != static_cast<std::uint64_t>(-(kAlgEdDSA + 1)))
        return token_error(errc::wrong_algorithm, "token is signed with algorithm " +
                                                      cbor::diagnostic(*alg) +
                                                      "; only EdDSA (-8) is accepted");
    if (const Value* crit = map->find(kHeaderCrit))
        CL_TRY(check_crit(*crit));

    const Value* kid = map->find(kHeaderKid);
    if (kid == nullptr)
        return cose_error("protected header has no key id (label 4)");
    const auto* kid_bytes = kid->if_bytes();
    crypto::KeyId out{};
    if (kid_bytes == nullptr || kid_bytes->size() != out.size())
        return cose_error("key id is not a 16-byte byte string");
    std::copy(kid_bytes->begin(), kid_bytes->end(), out.begin());
    return out;
}

} // namespace

Error from_cbor_error(const Error& error, std::string_view what) {
    const std::string detail = std::string(what) + ": " + error.message;
    if (error.code == "cbor.trailing_bytes")
        return token_error(errc::trailing_bytes, detail);
    if (error.code == "cbor.non_shortest" || error.code == "cbor.unsorted_keys" ||
        error.code == "cbor.indefinite_length")
        return token_error(errc::non_canonical, detail + " (not deterministic CBOR)");
    if (error.code == "cbor.too_large" || error.code == "cbor.too_deep")
        return token_error(errc::too_large, detail);
    return token_error(errc::bad_cbor, detail);
}

Bytes protected_header(const crypto::KeyId& kid) {
    cbor::Map header;
    header.set(kHeaderAlg, Value::integer(kAlgEdDSA));
    header.set(kHeaderKid, Value::bytes(view(kid)));
    return cbor::encode(Value::map(std::move(header)));
}

Bytes sig_structure(ByteView protected_bytes, ByteView payload) {
    return cbor::encode(
        Value::array({Value::text(std::string(kSignature1Context)), Value::bytes(protected_bytes),
                      Value::bytes(Bytes{}), Value::bytes(payload)}));
}

Bytes assemble(ByteView protected_bytes, const cbor::Map& unprotected, ByteView payload,
               ByteView signature) {
    return cbor::encode(
        Value::tag(kSign1Tag, Value::array({Value::bytes(protected_bytes), Value::map(unprotected),
                                            Value::bytes(payload), Value::bytes(signature)})));
}

Bytes sign1(ByteView payload, const crypto::SigningKey& key) {
    const Bytes header = protected_header(crypto::key_id(key.public_key()));
    const crypto::Signature sig = key.sign(sig_structure(header, payload));
    return assemble(header, cbor::Map{}, payload, view(sig));
}

Result<Sign1> decode_sign1(ByteView bytes) {
    auto decoded = cbor::decode(bytes);
    if (!decoded.ok())
        return from_cbor_error(decoded.error(), "COSE object");
    const auto* tagged = decoded->if_tag();
    if (tagged == nullptr || tagged->number() != kSign1Tag)
        return cose_error("not a COSE_Sign1 object (tag 18 expected)");
    const auto* items = tagged->content().if_array();
    if (items == nullptr || items->size() != 4)
        return cose_error("COSE_Sign1 must be an array of exactly 4 items");

    const auto* protected_bytes = (*items)[0].if_bytes();
    if (protected_bytes == nullptr)
        return cose_error("protected header is not a byte string");
    const auto* unprotected = (*items)[1].if_map();
    if (unprotected == nullptr)
        return cose_error("unprotected header is not a map");
    if (!unprotected->empty())
        return cose_error("unprotected header must be empty");
    const auto* payload = (*items)[2].if_bytes();
    if (payload == nullptr)
        return cose_error("payload is not an attached byte string");
    const auto* signature = (*items)[3].if_bytes();
    Sign1 out;
    if (signature == nullptr || signature->size() != out.signature.size())
        return cose_error("signature is not a 64-byte byte string");

    CL_ASSIGN_OR_RETURN(out.kid, parse_protected(*protected_bytes));
    out.protected_bytes = *protected_bytes;
    out.payload = *payload;
    std::copy(signature->begin(), signature->end(), out.signature.begin());
    return out;
}

bool signature_valid(const Sign1& sign1, const crypto::PublicKey& key) {
    return crypto::verify(key, sig_structure(sign1.protected_bytes, sign1.payload),
                          view(sign1.signature));
}

} // namespace careledger::token::cose
