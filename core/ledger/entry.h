// Ledger entries: typed bodies, their one canonical wire form, signing and strict decoding
// (DESIGN §5).
//
// Wire form (version 1)
// ---------------------
// A signed entry is the deterministic CBOR (RFC 8949 §4.2.1) array of two items
//     [body, signature]
// where `body` is a map with unsigned integer keys and `signature` a 64-byte byte string holding
// the Ed25519 signature of the author over
//     "careledger/entry/v1\n" || canonical encoding of body.
// A whole entry is at most 65,535 bytes (what a tile bundle's uint16 length prefix can carry). Body
// keys:
//     1 type (uint, EntryType)           2 author (bstr 32, Ed25519 public key)
//     3 time (uint, unix seconds)        4 seq (uint, per-author, strictly increasing)
//     5 patient tag (bstr 32): present for every type except CERTIFY and the IDENTITY of a
//       provider or registrar
// and, per type, from key 10 upward:
//     1 IDENTITY          10 role (uint: 1 patient, 2 provider, 3 registrar), 11 box key (bstr 32,
//                         X25519). Self-signed.
//     2 CERTIFY           10 subject (bstr 32), 11 display name (tstr), 12 organisation (tstr),
//                         13 provider role (tstr)
//     3 GRANT             10 grantee (bstr 32), 11 categories ([* tstr]), 12 purpose (tstr),
//                         13 mode (tstr), 14 not-before (uint), 15 expiry (uint),
//                         16 erase-by (uint, optional)
//     4 REVOKE            10 grant id (bstr 32)
//     5 ACCESS            10 basis (uint: 1 grant, 2 emergency), 11 reference (bstr 32 grant id
//                         for basis 1, bstr 16 token id for basis 2), 12 categories, 13 purpose
//     6 EMERGENCY_ISSUE   10 token id (bstr 16), 11 expiry (uint), 12 categories
//     7 EMERGENCY_REVOKE  10 token id (bstr 16)
//     8 ANCHOR            10 record hash (bstr 32), 11 category (tstr)
// No other key is allowed. Decoding is strict: non-canonical CBOR is refused ("cbor.*"), the body
// is re-encoded from the typed fields and must equal the received bytes, so an entry has exactly
// one byte string and one id. The codec checks structure only (types, sizes, which keys); what
// the values mean (valid purposes, category syntax, periods, who may write what) is the consent
// state machine's job (consent_state.h).
//
// Ids: an entry's id is its RFC 6962 leaf hash SHA-256(0x00 || entry bytes); a grant id is the id
// of its GRANT entry. Patient tag: SHA-256("careledger/tag/v1\n" || origin || patient public key).
//
// Error codes: entry.too_large, entry.malformed, entry.unknown_type, entry.unknown_field,
// entry.missing_field, entry.bad_field, entry.patient_tag, entry.author_mismatch,
// entry.non_canonical, entry.bad_signature (plus cbor.* from the CBOR decoder).
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "crypto/ed25519.h"
#include "crypto/hash.h"
#include "crypto/identity.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace careledger::ledger {

// 65,535 rather than DESIGN's 64 KiB: a c2sp.org/tlog-tiles entry bundle prefixes each entry with
// a big-endian uint16 length, so 65,536 bytes could be signed but never published.
inline constexpr std::size_t kMaxEntryBytes = 65535;
inline constexpr std::string_view kEntrySignatureContext = "careledger/entry/v1\n";
inline constexpr std::string_view kPatientTagContext = "careledger/tag/v1\n";

using EntryId = crypto::Hash32;
using PatientTag = crypto::Hash32;
using TokenId = std::array<std::uint8_t, 16>;

enum class EntryType : std::uint64_t {
    identity = 1,
    certify = 2,
    grant = 3,
    revoke = 4,
    access = 5,
    emergency_issue = 6,
    emergency_revoke = 7,
    anchor = 8,
};

enum class Role : std::uint64_t { patient = 1, provider = 2, registrar = 3 };
enum class AccessBasis : std::uint64_t { grant = 1, emergency = 2 };

struct IdentityPayload {
    Role role = Role::patient;
    crypto::BoxPublicKey box_key{};
    bool operator==(const IdentityPayload&) const = default;
};

struct CertifyPayload {
    crypto::PublicKey subject{};
    std::string display_name;
    std::string organisation;
    std::string provider_role; // e.g. "emergency-department", "family-doctor", "laboratory"
    bool operator==(const CertifyPayload&) const = default;
};

struct GrantPayload {
    crypto::PublicKey grantee{};
    std::vector<std::string> categories;
    std::string purpose; // HL7 v3 PurposeOfUse: TREAT, ETREAT, HPAYMT, HRESCH
    std::string mode;    // "view" or "view-download"
    std::uint64_t not_before = 0;
    std::uint64_t expiry = 0;
    std::optional<std::uint64_t> erase_by;
    bool operator==(const GrantPayload&) const = default;
};

struct RevokePayload {
    EntryId grant_id{};
    bool operator==(const RevokePayload&) const = default;
};

struct AccessPayload {
    // A grant id (basis 1, grant) or an emergency token id (basis 2, emergency).
    std::variant<EntryId, TokenId> reference;
    std::vector<std::string> categories;
    std::string purpose;
    [[nodiscard]] AccessBasis basis() const {
        return reference.index() == 0 ? AccessBasis::grant : AccessBasis::emergency;
    }
    bool operator==(const AccessPayload&) const = default;
};

struct EmergencyIssuePayload {
    TokenId token_id{};
    std::uint64_t expiry = 0;
    std::vector<std::string> categories;
    bool operator==(const EmergencyIssuePayload&) const = default;
};

struct EmergencyRevokePayload {
    TokenId token_id{};
    bool operator==(const EmergencyRevokePayload&) const = default;
};

struct AnchorPayload {
    crypto::Hash32 record_hash{}; // SHA-256 of an encrypted off-ledger record
    std::string category;
    bool operator==(const AnchorPayload&) const = default;
};

// Alternative index + 1 is the EntryType number.
using Payload =
    std::variant<IdentityPayload, CertifyPayload, GrantPayload, RevokePayload, AccessPayload,
                 EmergencyIssuePayload, EmergencyRevokePayload, AnchorPayload>;

struct EntryBody {
    crypto::PublicKey author{};
    std::uint64_t time = 0; // unix seconds
    std::uint64_t seq = 0;  // per-author sequence number
    std::optional<PatientTag> patient;
    Payload payload;

    [[nodiscard]] EntryType type() const { return static_cast<EntryType>(payload.index() + 1); }
    bool operator==(const EntryBody&) const = default;
};

// Whether the type (and, for IDENTITY, the role) carries a patient tag (key 5).
bool requires_patient_tag(const EntryBody& body);

// Structural checks the wire form imposes beyond types: patient tag presence ("entry.patient_tag")
// and valid UTF-8 in every text field ("entry.bad_field").
Status check_shape(const EntryBody& body);

// The canonical CBOR encoding of a body (the bytes that are signed).
Bytes encode_body(const EntryBody& body);

// A decoded or freshly signed entry: the typed body, the signature and the exact wire bytes.
// Only sign() and the decoders make one, so body, signature and bytes always agree; whether the
// signature verifies is known only for decode_entry() and sign().
class SignedEntry {
public:
    [[nodiscard]] const EntryBody& body() const { return body_; }
    [[nodiscard]] EntryType type() const { return body_.type(); }
    [[nodiscard]] const crypto::Signature& signature() const { return signature_; }
    [[nodiscard]] const Bytes& bytes() const { return bytes_; }
    // The canonical body inside bytes() (what the signature covers, after the context string).
    [[nodiscard]] ByteView body_bytes() const;
    bool operator==(const SignedEntry& other) const { return bytes_ == other.bytes_; }

private:
    friend Result<SignedEntry> sign(EntryBody body, const crypto::SigningKey& key);
    friend Result<SignedEntry> decode_entry_unverified(ByteView bytes);
    SignedEntry(EntryBody body, crypto::Signature signature, Bytes bytes)
        : body_(std::move(body)), signature_(signature), bytes_(std::move(bytes)) {}

    EntryBody body_;
    crypto::Signature signature_{};
    Bytes bytes_;
};

// Signs `body` with `key`, which must be the body's author ("entry.author_mismatch").
Result<SignedEntry> sign(EntryBody body, const crypto::SigningKey& key);

// Strict decoding of the wire form, then signature verification ("entry.bad_signature").
Result<SignedEntry> decode_entry(ByteView bytes);
// The same strict decoding without checking the signature: for display, or for a caller that
// hands the entry to validate() next (which verifies it) and wants each signature checked once.
Result<SignedEntry> decode_entry_unverified(ByteView bytes);

// "careledger/entry/v1\n" || body bytes.
Bytes signing_message(ByteView body_bytes);
[[nodiscard]] bool signature_valid(const SignedEntry& entry);

// RFC 6962 leaf hash of the entry bytes.
EntryId entry_id(ByteView entry_bytes);
EntryId entry_id(const SignedEntry& entry);

PatientTag patient_tag(std::string_view origin, const crypto::PublicKey& patient);

// "IDENTITY", "CERTIFY", ... as DESIGN §5 names them.
std::string_view type_name(EntryType type);

} // namespace careledger::ledger
