// The emergency triage set (DESIGN §8): the IPS-style data a first responder needs at once,
// carried inline in a token. IPS-coded where possible (SNOMED CT for substances, reactions,
// problems, blood groups and directives; RxNorm or ATC for medications), with display text.
//
// Compact CBOR form (deterministic; every key optional, but a key present holds a non-empty value,
// so one triage set has one encoding):
//     triage    = { ? 1: [+ allergy], ? 2: [+ medication], ? 3: [+ concept],     ; problems
//                   ? 4: blood, ? 5: concept,                                    ; directive
//                   ? 6: [+ contact], ? 7: tstr, ? 8: tstr }                     ; language, notes
//     concept   = tstr                              ; text only, no code
//               / [system: 1..5, code, text: tstr]  ; coded (text may be "")
//                 code: uint for SNOMED CT and RxNorm (numeric identifiers), tstr otherwise
//     allergy   = [substance: concept, reactions: [* concept], criticality: 0..3]
//     medication= [concept, dose: tstr]
//     blood     = uint                              ; compact form, see below
//               / [observation: tstr, value: concept]  ; LOINC code the value came from
//     contact   = [name: tstr, relationship: tstr, phone: tstr]
// Systems: 1 SNOMED CT, 2 RxNorm, 3 ATC, 4 LOINC, 5 ICD-10. Criticality: 0 unspecified, 1 low,
// 2 high, 3 unable to assess (FHIR AllergyIntolerance.criticality).
//
// Every byte counts in a QR code (version 14 at ECC M holds about 350 bytes, and signature, key
// id, token id and the other claims already take about 180), so two forms are compact: SNOMED CT
// and RxNorm codes, being decimal numbers, are CBOR integers; and a blood type from LOINC 882-1
// whose value is one of the 12 SNOMED CT codes of the eHDSI blood-group value set, with that
// value set's display text, is just the code (5 bytes instead of about 32).
#pragma once

#include "common/result.h"
#include "ledger/cbor.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careledger::token {

enum class CodeSystem : std::uint8_t {
    none = 0,
    snomed_ct = 1,
    rxnorm = 2,
    atc = 3,
    loinc = 4,
    icd10 = 5
};

// The FHIR system URI of a code system ("http://snomed.info/sct" ...), "" for none.
std::string_view system_uri(CodeSystem system);
// The code system of a FHIR system URI; none when it is not one we carry.
CodeSystem system_from_uri(std::string_view uri);
// Short label for display: "SNOMED CT", "RxNorm", ...
std::string_view system_label(CodeSystem system);

struct Concept {
    CodeSystem system = CodeSystem::none;
    std::string code; // empty when system is none
    std::string text; // display text; may be empty only for a coded concept
    bool operator==(const Concept&) const = default;
};

enum class Criticality : std::uint8_t { unspecified = 0, low = 1, high = 2, unable_to_assess = 3 };

struct Allergy {
    Concept substance;
    std::vector<Concept> reactions;
    Criticality criticality = Criticality::unspecified;
    bool operator==(const Allergy&) const = default;
};

struct Medication {
    Concept medication;
    std::string dose; // free-text dosage, e.g. "500 mg twice daily"
    bool operator==(const Medication&) const = default;
};

struct BloodType {
    std::string observation_code; // LOINC of the source observation, e.g. "882-1"
    Concept value;                // e.g. SNOMED 278149003 "Blood group A Rh(D) positive"
    bool operator==(const BloodType&) const = default;
};

struct EmergencyContact {
    std::string name;
    std::string relationship;
    std::string phone;
    bool operator==(const EmergencyContact&) const = default;
};

struct TriageSet {
    std::vector<Allergy> allergies;
    std::vector<Medication> medications;
    std::vector<Concept> problems;
    std::optional<BloodType> blood_type;
    std::optional<Concept> advance_directive;
    std::vector<EmergencyContact> contacts;
    std::string language; // BCP 47 tag, e.g. "en-GB"
    std::string notes;
    bool operator==(const TriageSet&) const = default;
};

// Whether `code` is a code of `system` the compact form can carry: SNOMED CT and RxNorm codes are
// 1 to 18 digits without a leading zero; any code is at most kMaxCodeLength bytes.
bool is_valid_code(CodeSystem system, std::string_view code);

// The eHDSI blood-group value set (SNOMED CT): the concept with its standard display text, or
// nullopt for a code outside it. Importers use it to normalise blood-group displays.
std::optional<Concept> blood_group_concept(std::string_view sctid);
inline constexpr std::string_view kLoincBloodGroup = "882-1"; // ABO and Rh group [Type] in Blood

// Limits that keep a token within a scannable QR and a verifier's memory bounded.
inline constexpr std::size_t kMaxTriageItems = 32; // per list
inline constexpr std::size_t kMaxReactions = 8;    // per allergy
inline constexpr std::size_t kMaxContacts = 4;
inline constexpr std::size_t kMaxTriageText = 200;   // bytes of one text field
inline constexpr std::size_t kMaxTriageNotes = 1000; // bytes of the notes
inline constexpr std::size_t kMaxCodeLength = 32;

// Checks the limits and that every text is valid UTF-8 and every concept well-formed
// ("token.bad_triage", naming the field).
Status check_triage(const TriageSet& triage);

// The compact CBOR form; the set must pass check_triage().
cbor::Value encode_triage(const TriageSet& triage);
// Strict decoding of the compact form (unknown keys, empty values, wrong types, limits):
// "token.bad_claims" naming the field.
Result<TriageSet> decode_triage(const cbor::Value& value);

} // namespace careledger::token
