#include "ledger/entry.h"

#include "ledger/cbor.h"

#include <algorithm>
#include <initializer_list>
#include <span>

namespace careledger::ledger {

namespace {

// Body keys (see the header comment for the table).
enum Key : std::int64_t {
    kType = 1,
    kAuthor = 2,
    kTime = 3,
    kSeq = 4,
    kPatient = 5,
    k10 = 10,
    k11 = 11,
    k12 = 12,
    k13 = 13,
    k14 = 14,
    k15 = 15,
    k16 = 16,
};

constexpr std::size_t kSignatureBytes = 64;
// Canonical layout of [body, signature]: 0x82, body, 0x58 0x40, 64 signature bytes.
constexpr std::size_t kArrayHeadBytes = 1;
constexpr std::size_t kSignatureItemBytes = 2 + kSignatureBytes;

template <std::size_t N> cbor::Value bstr(const std::array<std::uint8_t, N>& a) {
    return cbor::Value::bytes(view(a));
}

cbor::Value text_array(const std::vector<std::string>& items) {
    cbor::Array a;
    a.reserve(items.size());
    for (const auto& s : items)
        a.push_back(cbor::Value::text(s));
    return cbor::Value::array(std::move(a));
}

// Payload fields into the body map, one overload per type.
void put_payload(cbor::Map& m, const IdentityPayload& p) {
    m.set(k10, cbor::Value::uint(static_cast<std::uint64_t>(p.role)));
    m.set(k11, bstr(p.box_key));
}
void put_payload(cbor::Map& m, const CertifyPayload& p) {
    m.set(k10, bstr(p.subject));
    m.set(k11, cbor::Value::text(p.display_name));
    m.set(k12, cbor::Value::text(p.organisation));
    m.set(k13, cbor::Value::text(p.provider_role));
}
void put_payload(cbor::Map& m, const GrantPayload& p) {
    m.set(k10, bstr(p.grantee));
    m.set(k11, text_array(p.categories));
    m.set(k12, cbor::Value::text(p.purpose));
    m.set(k13, cbor::Value::text(p.mode));
    m.set(k14, cbor::Value::uint(p.not_before));
    m.set(k15, cbor::Value::uint(p.expiry));
    if (p.erase_by)
        m.set(k16, cbor::Value::uint(*p.erase_by));
}
void put_payload(cbor::Map& m, const RevokePayload& p) {
    m.set(k10, bstr(p.grant_id));
}
void put_payload(cbor::Map& m, const AccessPayload& p) {
    m.set(k10, cbor::Value::uint(static_cast<std::uint64_t>(p.basis())));
    std::visit([&](const auto& ref) { m.set(k11, bstr(ref)); }, p.reference);
    m.set(k12, text_array(p.categories));
    m.set(k13, cbor::Value::text(p.purpose));
}
void put_payload(cbor::Map& m, const EmergencyIssuePayload& p) {
    m.set(k10, bstr(p.token_id));
    m.set(k11, cbor::Value::uint(p.expiry));
    m.set(k12, text_array(p.categories));
}
void put_payload(cbor::Map& m, const EmergencyRevokePayload& p) {
    m.set(k10, bstr(p.token_id));
}
void put_payload(cbor::Map& m, const AnchorPayload& p) {
    m.set(k10, bstr(p.record_hash));
    m.set(k11, cbor::Value::text(p.category));
}

cbor::Value body_value(const EntryBody& body) {
    cbor::Map m;
    m.set(kType, cbor::Value::uint(static_cast<std::uint64_t>(body.type())));
    m.set(kAuthor, bstr(body.author));
    m.set(kTime, cbor::Value::uint(body.time));
    m.set(kSeq, cbor::Value::uint(body.seq));
    if (body.patient)
        m.set(kPatient, bstr(*body.patient));
    std::visit([&](const auto& p) { put_payload(m, p); }, body.payload);
    return cbor::Value::map(std::move(m));
}

// Reads typed fields out of a body map; every failure names the key.
class FieldReader {
public:
    FieldReader(const cbor::Map& map, std::string_view type) : map_(map), type_(type) {}

    [[nodiscard]] bool has(std::int64_t key) const { return map_.find(key) != nullptr; }

    Result<std::uint64_t> uint(std::int64_t key) const {
        CL_ASSIGN_OR_RETURN(const cbor::Value* v, get(key));
        if (const auto* u = v->if_uint())
            return *u;
        return bad(key, "an unsigned integer");
    }

    template <std::size_t N> Result<std::array<std::uint8_t, N>> fixed(std::int64_t key) const {
        CL_ASSIGN_OR_RETURN(const cbor::Value* v, get(key));
        const Bytes* b = v->if_bytes();
        if (b == nullptr || b->size() != N)
            return bad(key, "a byte string of " + std::to_string(N) + " bytes");
        std::array<std::uint8_t, N> out{};
        std::copy(b->begin(), b->end(), out.begin());
        return out;
    }

    Result<std::string> text(std::int64_t key) const {
        CL_ASSIGN_OR_RETURN(const cbor::Value* v, get(key));
        if (const auto* t = v->if_text())
            return *t;
        return bad(key, "a text string");
    }

    Result<std::vector<std::string>> texts(std::int64_t key) const {
        CL_ASSIGN_OR_RETURN(const cbor::Value* v, get(key));
        const cbor::Array* a = v->if_array();
        if (a == nullptr)
            return bad(key, "an array of text strings");
        std::vector<std::string> out;
        out.reserve(a->size());
        for (const auto& item : *a) {
            const auto* t = item.if_text();
            if (t == nullptr)
                return bad(key, "an array of text strings");
            out.push_back(*t);
        }
        return out;
    }

private:
    Result<const cbor::Value*> get(std::int64_t key) const {
        const cbor::Value* v = map_.find(key);
        if (v == nullptr)
            return make_error("entry.missing_field",
                              std::string(type_) + " entry lacks field " + std::to_string(key));
        return v;
    }
    Error bad(std::int64_t key, const std::string& expected) const {
        return make_error("entry.bad_field", "field " + std::to_string(key) + " of " +
                                                 std::string(type_) + " must be " + expected);
    }

    const cbor::Map& map_;
    std::string_view type_;
};

// The payload keys each type defines (common keys 1-5 are allowed for every type).
std::span<const std::int64_t> payload_keys(EntryType type) {
    static constexpr std::array<std::int64_t, 1> kOne{k10};
    static constexpr std::array<std::int64_t, 2> kTwo{k10, k11};
    static constexpr std::array<std::int64_t, 3> kThree{k10, k11, k12};
    static constexpr std::array<std::int64_t, 4> kFour{k10, k11, k12, k13};
    static constexpr std::array<std::int64_t, 7> kGrant{k10, k11, k12, k13, k14, k15, k16};
    switch (type) {
    case EntryType::identity:
    case EntryType::anchor:
        return kTwo;
    case EntryType::certify:
    case EntryType::access:
        return kFour;
    case EntryType::grant:
        return kGrant;
    case EntryType::emergency_issue:
        return kThree;
    case EntryType::revoke:
    case EntryType::emergency_revoke:
        return kOne;
    }
    return {};
}

Result<Payload> read_payload(EntryType type, const FieldReader& f) {
    switch (type) {
    case EntryType::identity: {
        CL_ASSIGN_OR_RETURN(const std::uint64_t role, f.uint(k10));
        if (role < 1 || role > 3)
            return make_error("entry.bad_field", "field 10 of IDENTITY must be a role 1 to 3");
        CL_ASSIGN_OR_RETURN(auto box, f.fixed<32>(k11));
        return Payload{IdentityPayload{static_cast<Role>(role), box}};
    }
    case EntryType::certify: {
        CertifyPayload p;
        CL_ASSIGN_OR_RETURN(p.subject, f.fixed<32>(k10));
        CL_ASSIGN_OR_RETURN(p.display_name, f.text(k11));
        CL_ASSIGN_OR_RETURN(p.organisation, f.text(k12));
        CL_ASSIGN_OR_RETURN(p.provider_role, f.text(k13));
        return Payload{std::move(p)};
    }
    case EntryType::grant: {
        GrantPayload p;
        CL_ASSIGN_OR_RETURN(p.grantee, f.fixed<32>(k10));
        CL_ASSIGN_OR_RETURN(p.categories, f.texts(k11));
        CL_ASSIGN_OR_RETURN(p.purpose, f.text(k12));
        CL_ASSIGN_OR_RETURN(p.mode, f.text(k13));
        CL_ASSIGN_OR_RETURN(p.not_before, f.uint(k14));
        CL_ASSIGN_OR_RETURN(p.expiry, f.uint(k15));
        if (f.has(k16)) {
            CL_ASSIGN_OR_RETURN(p.erase_by, f.uint(k16));
        }
        return Payload{std::move(p)};
    }
    case EntryType::revoke: {
        CL_ASSIGN_OR_RETURN(auto id, f.fixed<32>(k10));
        return Payload{RevokePayload{id}};
    }
    case EntryType::access: {
        AccessPayload p;
        CL_ASSIGN_OR_RETURN(const std::uint64_t basis, f.uint(k10));
        if (basis == static_cast<std::uint64_t>(AccessBasis::grant)) {
            CL_ASSIGN_OR_RETURN(p.reference, f.fixed<32>(k11));
        } else if (basis == static_cast<std::uint64_t>(AccessBasis::emergency)) {
            CL_ASSIGN_OR_RETURN(p.reference, f.fixed<16>(k11));
        } else {
            return make_error("entry.bad_field", "field 10 of ACCESS must be a basis 1 or 2");
        }
        CL_ASSIGN_OR_RETURN(p.categories, f.texts(k12));
        CL_ASSIGN_OR_RETURN(p.purpose, f.text(k13));
        return Payload{std::move(p)};
    }
    case EntryType::emergency_issue: {
        EmergencyIssuePayload p;
        CL_ASSIGN_OR_RETURN(p.token_id, f.fixed<16>(k10));
        CL_ASSIGN_OR_RETURN(p.expiry, f.uint(k11));
        CL_ASSIGN_OR_RETURN(p.categories, f.texts(k12));
        return Payload{std::move(p)};
    }
    case EntryType::emergency_revoke: {
        CL_ASSIGN_OR_RETURN(auto id, f.fixed<16>(k10));
        return Payload{EmergencyRevokePayload{id}};
    }
    case EntryType::anchor: {
        AnchorPayload p;
        CL_ASSIGN_OR_RETURN(p.record_hash, f.fixed<32>(k10));
        CL_ASSIGN_OR_RETURN(p.category, f.text(k11));
        return Payload{std::move(p)};
    }
    }
    return make_error("entry.unknown_type", "unknown entry type");
}

Result<EntryBody> read_body(const cbor::Map& map) {
    const cbor::Value* type_value = map.find(kType);
    if (type_value == nullptr)
        return make_error("entry.missing_field", "entry lacks its type (field 1)");
    const std::uint64_t* type_number = type_value->if_uint();
    if (type_number == nullptr || *type_number < 1 || *type_number > 8)
        return make_error("entry.unknown_type", "entry type is not one of 1 to 8");
    const auto type = static_cast<EntryType>(*type_number);

    // Only the common keys and this type's keys may appear.
    const auto allowed = payload_keys(type);
    for (const auto& [key, value] : map) {
        const std::uint64_t* k = key.if_uint();
        const bool common = k != nullptr && *k >= kType && *k <= kPatient;
        const bool own = k != nullptr && std::find(allowed.begin(), allowed.end(),
                                                   static_cast<std::int64_t>(*k)) != allowed.end();
        if (!common && !own)
            return make_error("entry.unknown_field", "entry has a field " + cbor::diagnostic(key) +
                                                         " that its type does not define");
    }

    const FieldReader f(map, type_name(type));
    EntryBody body;
    CL_ASSIGN_OR_RETURN(body.author, f.fixed<32>(kAuthor));
    CL_ASSIGN_OR_RETURN(body.time, f.uint(kTime));
    CL_ASSIGN_OR_RETURN(body.seq, f.uint(kSeq));
    if (f.has(kPatient)) {
        CL_ASSIGN_OR_RETURN(body.patient, f.fixed<32>(kPatient));
    }
    CL_ASSIGN_OR_RETURN(body.payload, read_payload(type, f));
    return body;
}

bool all_utf8(std::initializer_list<const std::string*> texts) {
    return std::all_of(texts.begin(), texts.end(),
                       [](const std::string* s) { return cbor::is_valid_utf8(as_bytes(*s)); });
}

bool all_utf8(const std::vector<std::string>& texts) {
    return std::all_of(texts.begin(), texts.end(),
                       [](const std::string& s) { return cbor::is_valid_utf8(as_bytes(s)); });
}

bool texts_are_utf8(const Payload& payload) {
    if (const auto* c = std::get_if<CertifyPayload>(&payload))
        return all_utf8({&c->display_name, &c->organisation, &c->provider_role});
    if (const auto* g = std::get_if<GrantPayload>(&payload))
        return all_utf8(g->categories) && all_utf8({&g->purpose, &g->mode});
    if (const auto* a = std::get_if<AccessPayload>(&payload))
        return all_utf8(a->categories) && all_utf8({&a->purpose});
    if (const auto* e = std::get_if<EmergencyIssuePayload>(&payload))
        return all_utf8(e->categories);
    if (const auto* n = std::get_if<AnchorPayload>(&payload))
        return all_utf8({&n->category});
    return true;
}

} // namespace

bool requires_patient_tag(const EntryBody& body) {
    if (const auto* id = std::get_if<IdentityPayload>(&body.payload))
        return id->role == Role::patient;
    return body.type() != EntryType::certify;
}

Status check_shape(const EntryBody& body) {
    if (requires_patient_tag(body) != body.patient.has_value())
        return make_error("entry.patient_tag",
                          std::string(type_name(body.type())) +
                              (body.patient ? " entry must not carry a patient tag"
                                            : " entry must carry a patient tag"));
    if (!texts_are_utf8(body.payload))
        return make_error("entry.bad_field", "a text field is not valid UTF-8");
    return {};
}

Bytes encode_body(const EntryBody& body) {
    return cbor::encode(body_value(body));
}

ByteView SignedEntry::body_bytes() const {
    return ByteView(bytes_).subspan(kArrayHeadBytes,
                                    bytes_.size() - kArrayHeadBytes - kSignatureItemBytes);
}

Bytes signing_message(ByteView body_bytes) {
    Bytes message = to_bytes(kEntrySignatureContext);
    append(message, body_bytes);
    return message;
}

bool signature_valid(const SignedEntry& entry) {
    return crypto::verify(entry.body().author, signing_message(entry.body_bytes()),
                          view(entry.signature()));
}

Result<SignedEntry> sign(EntryBody body, const crypto::SigningKey& key) {
    if (body.author != key.public_key())
        return make_error("entry.author_mismatch", "an entry must be signed by its author");
    CL_TRY(check_shape(body));
    const Bytes body_bytes = encode_body(body);
    const crypto::Signature signature = key.sign(signing_message(body_bytes));
    Bytes bytes;
    bytes.reserve(kArrayHeadBytes + body_bytes.size() + kSignatureItemBytes);
    bytes.push_back(0x82); // array of 2
    append(bytes, body_bytes);
    bytes.push_back(0x58); // byte string, one-byte length
    bytes.push_back(static_cast<std::uint8_t>(kSignatureBytes));
    append(bytes, view(signature));
    if (bytes.size() > kMaxEntryBytes)
        return make_error("entry.too_large", "entry is larger than 65,535 bytes");
    return SignedEntry(std::move(body), signature, std::move(bytes));
}

Result<SignedEntry> decode_entry_unverified(ByteView bytes) {
    if (bytes.size() > kMaxEntryBytes)
        return make_error("entry.too_large", "entry is larger than 65,535 bytes");
    // [body-map, signature], categories arrays inside the map: three levels suffice.
    cbor::DecodeLimits limits;
    limits.max_depth = 3;
    limits.max_string_bytes = kMaxEntryBytes;
    CL_ASSIGN_OR_RETURN(const cbor::Value top, cbor::decode(bytes, limits));

    const cbor::Array* outer = top.if_array();
    if (outer == nullptr || outer->size() != 2)
        return make_error("entry.malformed", "an entry must be a CBOR array [body, signature]");
    const cbor::Map* body_map = (*outer)[0].if_map();
    if (body_map == nullptr)
        return make_error("entry.malformed", "an entry body must be a CBOR map");
    const Bytes* sig = (*outer)[1].if_bytes();
    if (sig == nullptr || sig->size() != kSignatureBytes)
        return make_error("entry.malformed", "an entry signature must be a 64-byte byte string");

    CL_ASSIGN_OR_RETURN(EntryBody body, read_body(*body_map));
    CL_TRY(check_shape(body));

    // The typed body must re-encode to exactly the bytes received: nothing ignored, nothing lost.
    const Bytes reencoded = encode_body(body);
    const ByteView received =
        bytes.subspan(kArrayHeadBytes, bytes.size() - kArrayHeadBytes - kSignatureItemBytes);
    if (!std::equal(reencoded.begin(), reencoded.end(), received.begin(), received.end()))
        return make_error("entry.non_canonical", "entry body does not re-encode to its own bytes");

    crypto::Signature signature{};
    std::copy(sig->begin(), sig->end(), signature.begin());
    return SignedEntry(std::move(body), signature, Bytes(bytes.begin(), bytes.end()));
}

Result<SignedEntry> decode_entry(ByteView bytes) {
    CL_ASSIGN_OR_RETURN(SignedEntry entry, decode_entry_unverified(bytes));
    if (!signature_valid(entry))
        return make_error("entry.bad_signature", "entry signature does not verify");
    return entry;
}

EntryId entry_id(ByteView entry_bytes) {
    static constexpr std::array<std::uint8_t, 1> kLeafPrefix{0x00};
    return crypto::sha256({view(kLeafPrefix), entry_bytes});
}

EntryId entry_id(const SignedEntry& entry) {
    return entry_id(entry.bytes());
}

PatientTag patient_tag(std::string_view origin, const crypto::PublicKey& patient) {
    return crypto::sha256({as_bytes(kPatientTagContext), as_bytes(origin), view(patient)});
}

std::string_view type_name(EntryType type) {
    switch (type) {
    case EntryType::identity:
        return "IDENTITY";
    case EntryType::certify:
        return "CERTIFY";
    case EntryType::grant:
        return "GRANT";
    case EntryType::revoke:
        return "REVOKE";
    case EntryType::access:
        return "ACCESS";
    case EntryType::emergency_issue:
        return "EMERGENCY_ISSUE";
    case EntryType::emergency_revoke:
        return "EMERGENCY_REVOKE";
    case EntryType::anchor:
        return "ANCHOR";
    }
    return "UNKNOWN";
}

} // namespace careledger::ledger
