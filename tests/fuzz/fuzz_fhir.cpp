// FHIR import on arbitrary text. Every failure is a "fhir.*" code with a message; a successful
// import is a triage set that meets the token's limits, encodes and decodes to itself, and
// agrees with the import's counts.
#include "fhir/import.h"
#include "fuzz_support.h"
#include "token/triage.h"

using namespace careledger;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::init_core();
    const auto r = fhir::import_bundle(fuzz::as_text(ByteView(data, size)));
    if (!r.ok()) {
        FUZZ_CHECK(r.error().code.starts_with("fhir."));
        FUZZ_CHECK(!r.error().message.empty());
        return 0;
    }
    const token::TriageSet& t = r->triage;
    FUZZ_CHECK(token::check_triage(t).ok());
    const auto back = token::decode_triage(token::encode_triage(t));
    FUZZ_CHECK(back.ok() && back.value() == t);
    const fhir::ImportStats& s = r->stats;
    FUZZ_CHECK(s.allergies == t.allergies.size());
    FUZZ_CHECK(s.medications == t.medications.size());
    FUZZ_CHECK(s.problems == t.problems.size());
    FUZZ_CHECK(s.contacts == t.contacts.size());
    FUZZ_CHECK(s.blood_type == t.blood_type.has_value());
    FUZZ_CHECK(s.advance_directive == t.advance_directive.has_value());
    FUZZ_CHECK(s.language == !t.language.empty());
    std::size_t skipped = 0;
    for (const auto& [type, n] : s.skipped_types)
        skipped += n;
    FUZZ_CHECK(skipped == s.skipped);
    return 0;
}
