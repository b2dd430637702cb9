// ledger::cbor::decode on arbitrary bytes. Beyond not crashing: the decoder accepts only the
// canonical form (RFC 8949 §4.2.1), so whatever it accepts must encode back to the exact input,
// and decode again to the same value; tighter limits may refuse more, never accept differently.
#include "fuzz_support.h"
#include "ledger/cbor.h"

using namespace careledger;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ByteView input(data, size);
    const auto decoded = cbor::decode(input);
    const cbor::DecodeLimits tight{4, 64, 16, 128};
    const auto decoded_tight = cbor::decode(input, tight);
    if (decoded_tight.ok()) {
        FUZZ_CHECK(decoded.ok());
        FUZZ_CHECK(decoded_tight.value() == decoded.value());
    }
    if (!decoded.ok())
        return 0;
    const cbor::Value& value = decoded.value();
    const Bytes again = cbor::encode(value);
    FUZZ_CHECK(again == Bytes(input.begin(), input.end()));
    const auto redecoded = cbor::decode(again);
    FUZZ_CHECK(redecoded.ok() && redecoded.value() == value);
    FUZZ_CHECK(!cbor::diagnostic(value).empty());
    return 0;
}
