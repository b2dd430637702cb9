// Ledger entries: the strict decoders, then the consent state machine against a fixed state.
// - decode_entry_unverified accepts only the one canonical wire form: the bytes it keeps are the
//   input, the body re-encodes to the bytes the signature covers, and [body, signature]
//   re-encodes to the whole input.
// - decode_entry accepts exactly what decode_entry_unverified accepts with a valid signature.
// - validate() never crashes on a decoded entry. A mutated entry rarely keeps a valid signature,
//   so when its author is a fixture actor the body is re-signed and validated too: that reaches
//   every rule past the signature. An entry validate() accepts and apply() records is refused
//   the second time (replay).
#include "fuzz_fixtures.h"
#include "fuzz_support.h"
#include "ledger/cbor.h"
#include "ledger/consent_state.h"
#include "ledger/entry.h"

using namespace careledger;
using careledger::fuzz::LedgerFixture;

namespace {

void check_wire_form(const ledger::SignedEntry& e, ByteView input) {
    FUZZ_CHECK(e.bytes() == Bytes(input.begin(), input.end()));
    const Bytes body = ledger::encode_body(e.body());
    FUZZ_CHECK(body == Bytes(e.body_bytes().begin(), e.body_bytes().end()));
    const auto body_value = cbor::decode(body);
    FUZZ_CHECK(body_value.ok());
    const cbor::Value wire =
        cbor::Value::array({body_value.value(), cbor::Value::bytes(view(e.signature()))});
    FUZZ_CHECK(cbor::encode(wire) == e.bytes());
    FUZZ_CHECK(ledger::check_shape(e.body()).ok());
    FUZZ_CHECK(ledger::entry_id(e) == ledger::entry_id(input));
}

void check_against_state(const ledger::SignedEntry& e) {
    const LedgerFixture& world = LedgerFixture::get();
    const Status st = ledger::validate(world.state(), world.policy(), e, LedgerFixture::now());
    if (!st.ok()) {
        FUZZ_CHECK(st.error().code.starts_with("rule."));
        return;
    }
    ledger::LedgerState after = world.state();
    const ledger::EntryId id = ledger::entry_id(e);
    ledger::apply(after, e, id, world.history().size());
    FUZZ_CHECK(after.entries_applied() == world.state().entries_applied() + 1);
    FUZZ_CHECK(after.last_seq(e.body().author) == e.body().seq);
    const Status again = ledger::validate(after, world.policy(), e, LedgerFixture::now());
    FUZZ_CHECK(!again.ok());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const LedgerFixture& world = LedgerFixture::get();
    const ByteView input(data, size);
    const auto unverified = ledger::decode_entry_unverified(input);
    const auto verified = ledger::decode_entry(input);
    if (!unverified.ok()) {
        FUZZ_CHECK(!verified.ok());
        FUZZ_CHECK(verified.error().code == unverified.error().code);
        return 0;
    }
    const ledger::SignedEntry& e = unverified.value();
    check_wire_form(e, input);
    const bool signature_ok = ledger::signature_valid(e);
    FUZZ_CHECK(verified.ok() == signature_ok);
    if (verified.ok())
        FUZZ_CHECK(verified.value() == e && verified.value().body() == e.body());
    check_against_state(e);

    if (signature_ok)
        return 0;
    const crypto::SigningKey* key = world.key_of(e.body().author);
    if (key == nullptr)
        return 0;
    const auto resigned = ledger::sign(e.body(), *key);
    FUZZ_CHECK(resigned.ok());
    FUZZ_CHECK(ledger::signature_valid(resigned.value()));
    const auto redecoded = ledger::decode_entry(resigned.value().bytes());
    FUZZ_CHECK(redecoded.ok() && redecoded.value().body() == e.body());
    check_against_state(resigned.value());
    return 0;
}
