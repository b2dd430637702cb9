// COSE_Sign1 (RFC 9052 §4.2) with EdDSA over Ed25519, as an emergency token carries it:
//
//     COSE_Sign1 = #6.18([ protected: bstr .cbor {1: -8, 4: kid}, unprotected: {},
//                          payload: bstr, signature: bstr .size 64 ])
//     Sig_structure = ["Signature1", protected, external_aad: h'', payload]
//
// `kid` (the patient's 16-byte key id, BLAKE2b-128 of the Ed25519 public key) sits in the
// protected header, not the unprotected one, so the signature covers it: nobody can re-label a
// token to steer the verifier's key lookup or make the verdict name another patient key. The
// unprotected header must be empty, so a token has exactly one valid byte string (and text).
//
// Decoding is strict: tag 18, exactly four items, canonical CBOR throughout (the protected header
// too), alg present and EdDSA, kid present and 16 bytes, every label in `crit` one we process.
// Unknown non-critical protected headers are ignored, as RFC 9052 §3 allows.
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "crypto/ed25519.h"
#include "crypto/identity.h"
#include "ledger/cbor.h"

#include <cstdint>
#include <string_view>

namespace careledger::token::cose {

inline constexpr std::uint64_t kSign1Tag = 18;
inline constexpr std::int64_t kHeaderAlg = 1;
inline constexpr std::int64_t kHeaderCrit = 2;
inline constexpr std::int64_t kHeaderKid = 4;
inline constexpr std::int64_t kAlgEdDSA = -8;
inline constexpr std::string_view kSignature1Context = "Signature1";

struct Sign1 {
    Bytes protected_bytes; // the serialized protected header (what the signature covers)
    Bytes payload;
    crypto::Signature signature{};
    crypto::KeyId kid{}; // from the protected header
};

// The canonical protected header {1: -8, 4: kid}.
Bytes protected_header(const crypto::KeyId& kid);

// CBOR encoding of Sig_structure for a Sign1 with empty external_aad.
Bytes sig_structure(ByteView protected_bytes, ByteView payload);

// Assembles #6.18([protected, unprotected, payload, signature]) from its parts as given: the
// building block of sign1() that tests use to forge tokens with chosen defects.
Bytes assemble(ByteView protected_bytes, const cbor::Map& unprotected, ByteView payload,
               ByteView signature);

// Signs `payload` as a COSE_Sign1 with kid = key_id(key.public_key()).
Bytes sign1(ByteView payload, const crypto::SigningKey& key);

// Strict structural decoding (no signature check). Errors: token.bad_cbor, token.non_canonical,
// token.trailing_bytes, token.too_large, token.bad_cose, token.wrong_algorithm,
// token.critical_header.
Result<Sign1> decode_sign1(ByteView bytes);

[[nodiscard]] bool signature_valid(const Sign1& sign1, const crypto::PublicKey& key);

// Translates a "cbor.*" decoding error into the token code of its class; `what` names the item.
Error from_cbor_error(const Error& error, std::string_view what);

} // namespace careledger::token::cose
