// Import of an emergency triage set from a FHIR R4 JSON Bundle (an International Patient Summary
// document, or any Bundle holding the resources below). All or nothing: the first malformed
// resource fails the whole import with a "fhir.<reason>" code and a message naming the resource
// (type/id and entry index) and the field; nothing partial is returned.
//
// What is read (IPS-coded where the data is: SNOMED CT, RxNorm, ATC, LOINC, ICD-10 codings are
// kept with their display text; other code systems keep their text only):
//   AllergyIntolerance   code (required), reaction[].manifestation[], criticality; left out when
//                        clinicalStatus is inactive/resolved or verificationStatus is
//                        refuted/entered-in-error.
//   MedicationStatement  medicationCodeableConcept, or medicationReference to a Medication in the
//   MedicationRequest    bundle (by fullUrl or Medication/id) or contained (#id); dose from
//                        dosage[0].text / dosageInstruction[0].text; status required, left out
//                        when stopped, completed, cancelled, not-taken, draft or entered-in-error.
//   Condition            code (required); left out when clinicalStatus is inactive, remission or
//                        resolved, or verificationStatus refuted/entered-in-error.
//   Observation          blood group: LOINC 882-1 (ABO and Rh group) is used as is; otherwise
//                        LOINC 883-9 (ABO group) and 10331-7 (Rh type) are combined, the recorded
//                        observation code then being "883-9+10331-7". value[x] is
//                        valueCodeableConcept or valueString. Other observations are skipped.
//   Patient              communication[].language (the preferred one, else the first) as the
//                        language; contact[] as emergency contacts (name, relationship, phone).
//   RelatedPerson        an emergency contact (name, relationship, phone) unless active is false.
//   DocumentReference    advance directive when type has LOINC 42348-3 or 75320-2: its
//                        description, else the type's text; status must be current.
//   Consent              advance directive when scope is consentscope "adr" or category has LOINC
//                        42348-3 / 75320-2: the policyRule's text, else that category's; status
//                        must be active. The first directive found is kept.
// Every other resource type (Composition, Practitioner, Organization ...) is skipped and counted.
//
// Error codes: fhir.too_large (input over 4 MiB or nested deeper than 64), fhir.bad_json,
// fhir.not_bundle, fhir.malformed_entry, fhir.missing_field, fhir.wrong_type, fhir.bad_value,
// fhir.bad_reference, fhir.over_limits (a value or list beyond the token's triage limits).
#pragma once

#include "common/result.h"
#include "token/triage.h"

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace careledger::fhir {

inline constexpr std::size_t kMaxBundleBytes = std::size_t{4} * 1024 * 1024;
inline constexpr std::size_t kMaxJsonDepth = 64;

inline constexpr std::string_view kLoincAboRhGroup = "882-1";
inline constexpr std::string_view kLoincAboGroup = "883-9";
inline constexpr std::string_view kLoincRhType = "10331-7";
inline constexpr std::string_view kLoincAdvanceDirectives = "42348-3";
inline constexpr std::string_view kLoincAdvanceDirective = "75320-2";

struct ImportStats {
    std::size_t entries = 0;   // resources in the bundle
    std::size_t allergies = 0; // items taken into the triage set, per kind
    std::size_t medications = 0;
    std::size_t problems = 0;
    std::size_t contacts = 0;
    std::size_t excluded = 0; // triage resources left out for their status (inactive ...)
    std::size_t skipped = 0;  // resources that carry nothing for the triage set
    std::map<std::string, std::size_t> skipped_types;
    bool blood_type = false;
    bool advance_directive = false;
    bool language = false;
};

struct ImportResult {
    token::TriageSet triage;
    ImportStats stats;
};

Result<ImportResult> import_bundle(std::string_view json);

} // namespace careledger::fhir
