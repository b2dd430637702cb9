// Emergency token verification on arbitrary input, three ways:
// - as token text ("CL1:..."): every failure is a "token.*" code (never a lower layer's), and
//   an accepted token's verdict is consistent (lifetime within a year, valid triage set);
// - as raw COSE_Sign1 bytes given to verify_cose();
// - when those bytes decode as a COSE_Sign1, its payload re-signed by the fixture key, so the
//   claims, contents, PIN and time checks see fuzzed payloads behind a valid signature.
// Base45 and zlib are checked on the side: decoding is the inverse of encoding (Base45 is
// canonical), and inflation never exceeds its cap.
#include "crypto/identity.h"
#include "fuzz_support.h"
#include "ledger/consent_vocabulary.h"
#include "token/base45.h"
#include "token/cose.h"
#include "token/issue.h"
#include "token/token_text.h"
#include "token/verify.h"
#include "token/zlib_codec.h"

using namespace careledger;

namespace {

constexpr UnixTime kNow = 1'800'000'060; // one minute after the seeds were issued

const crypto::SigningKey& fixture_key() {
    static const crypto::SigningKey key = crypto::SigningKey::from_seed(Bytes(32, 0x42)).value();
    return key;
}

token::VerifyContext make_context(token::MemorySeenTokens& seen) {
    static const auto pin = crypto::SecureBuffer::copy_of(as_bytes("4711"));
    token::VerifyContext ctx;
    ctx.now = kNow;
    ctx.trust_as_of = kNow - 60;
    ctx.lookup_key = [](const crypto::KeyId&) {
        return token::KeyLookup{token::KeyState::active, fixture_key().public_key()};
    };
    ctx.token_state = [](const ledger::TokenId& id) {
        // A token id's first byte picks its ledger state, so every branch is reachable.
        switch (id[0] % 3) {
        case 0:
            return token::TokenState::active;
        case 1:
            return token::TokenState::revoked;
        default:
            return token::TokenState::unknown;
        }
    };
    ctx.pin = &pin;
    // The seeds' PIN tokens use libsodium's minimum cost, so fuzzing stays fast.
    ctx.pin_kdf_floor = crypto::KdfParams::minimum();
    ctx.seen = &seen;
    return ctx;
}

void check(const Result<token::Verdict>& v) {
    if (!v.ok()) {
        FUZZ_CHECK(v.error().code.starts_with("token."));
        FUZZ_CHECK(!v.error().message.empty());
        return;
    }
    FUZZ_CHECK(v->expires_at > v->issued_at);
    FUZZ_CHECK(v->expires_at - v->issued_at <= token::kMaxLifetime);
    FUZZ_CHECK(v->issued_at - kNow <= token::kMaxClockSkew);
    FUZZ_CHECK(kNow - v->expires_at < token::kMaxClockSkew);
    FUZZ_CHECK(token::check_triage(v->triage).ok());
    FUZZ_CHECK(ledger::is_valid_category_list(v->categories));
    FUZZ_CHECK(v->purpose == "ETREAT");
    FUZZ_CHECK(v->patient_key_id == crypto::key_id(fixture_key().public_key()));
    FUZZ_CHECK(v->token_id[0] % 3 == 0); // only active tokens pass
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::init_core();
    const ByteView input(data, size);
    const std::string_view text = fuzz::as_text(input);

    token::MemorySeenTokens seen;
    const token::VerifyContext ctx = make_context(seen);
    const auto by_text = token::verify(text, ctx);
    check(by_text);
    if (by_text.ok() && by_text->single_use) {
        // The same verifier refuses a single-use token the second time.
        const auto again = token::verify(text, ctx);
        FUZZ_CHECK(!again.ok() && again.error().code == "token.replay");
    }

    // Layers on their own.
    if (text.starts_with(token::kTokenPrefix)) {
        const auto b45 = text.substr(token::kTokenPrefix.size());
        const auto raw = token::base45_decode(b45);
        if (raw.ok()) {
            FUZZ_CHECK(token::base45_encode(*raw) == b45);
            const auto inflated = token::zlib_inflate(*raw);
            if (inflated.ok())
                FUZZ_CHECK(inflated->size() <= token::InflateLimits{}.max_output);
        }
    }

    token::MemorySeenTokens seen_cose;
    check(token::verify_cose(input, make_context(seen_cose)));

    // Re-signed: the payload's checks behind a valid signature.
    const auto sign1 = token::cose::decode_sign1(input);
    if (sign1.ok()) {
        const Bytes resigned = token::cose::sign1(sign1->payload, fixture_key());
        token::MemorySeenTokens seen_resigned;
        const auto v = token::verify_cose(resigned, make_context(seen_resigned));
        check(v);
        FUZZ_CHECK(v.ok() || v.error().code != "token.bad_signature");
    }
    return 0;
}
