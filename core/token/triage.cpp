#include "token/triage.h"

#include "token/errors.h"

#include <algorithm>
#include <array>
#include <charconv>

namespace careledger::token {

namespace {

using cbor::Value;

// Keys of the compact triage map.
enum TriageKey : std::int64_t {
    kAllergies = 1,
    kMedications = 2,
    kProblems = 3,
    kBlood = 4,
    kDirective = 5,
    kContacts = 6,
    kLanguage = 7,
    kNotes = 8,
};
constexpr std::int64_t kLastKey = kNotes;
constexpr std::uint64_t kLastSystem = static_cast<std::uint64_t>(CodeSystem::icd10);
constexpr std::uint64_t kLastCriticality =
    static_cast<std::uint64_t>(Criticality::unable_to_assess);

struct SystemInfo {
    CodeSystem system;
    std::string_view uri;
    std::string_view label;
};
constexpr std::array<SystemInfo, 5> kSystems{{
    {CodeSystem::snomed_ct, "http://snomed.info/sct", "SNOMED CT"},
    {CodeSystem::rxnorm, "http://www.nlm.nih.gov/research/umls/rxnorm", "RxNorm"},
    {CodeSystem::atc, "http://www.whocc.no/atc", "ATC"},
    {CodeSystem::loinc, "http://loinc.org", "LOINC"},
    {CodeSystem::icd10, "http://hl7.org/fhir/sid/icd-10", "ICD-10"},
}};

// SNOMED CT identifiers and RxNorm concept ids are decimal numbers; carried as CBOR integers
// they take 5 bytes instead of 9 or more, which matters in a QR code.
bool numeric_codes(CodeSystem system) {
    return system == CodeSystem::snomed_ct || system == CodeSystem::rxnorm;
}

bool is_numeric_code(std::string_view code) {
    if (code.empty() || code.size() > 18 || code[0] == '0')
        return false;
    return std::all_of(code.begin(), code.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

struct BloodGroup {
    std::uint64_t sctid;
    std::string_view display;
};
// eHDSI blood-group value set (EU eHealth DSI master value catalogue, SNOMED CT).
constexpr std::array<BloodGroup, 12> kBloodGroups{{
    {112144000, "Blood group A"},
    {278152006, "Blood group A Rh(D) negative"},
    {278149003, "Blood group A Rh(D) positive"},
    {165743006, "Blood group AB"},
    {278154007, "Blood group AB Rh(D) negative"},
    {278151004, "Blood group AB Rh(D) positive"},
    {112149005, "Blood group B"},
    {278153001, "Blood group B Rh(D) negative"},
    {278150003, "Blood group B Rh(D) positive"},
    {58460004, "Blood group O"},
    {278148006, "Blood group O Rh(D) negative"},
    {278147001, "Blood group O Rh(D) positive"},
}};

const BloodGroup* find_blood_group(std::uint64_t sctid) {
    for (const auto& g : kBloodGroups)
        if (g.sctid == sctid)
            return &g;
    return nullptr;
}

// The SNOMED CT code of a blood type that has the compact form, or 0.
std::uint64_t compact_blood_code(const BloodType& b) {
    if (b.observation_code != kLoincBloodGroup || b.value.system != CodeSystem::snomed_ct)
        return 0;
    std::uint64_t sctid = 0;
    if (std::from_chars(b.value.code.data(), b.value.code.data() + b.value.code.size(), sctid).ec !=
        std::errc{})
        return 0;
    const BloodGroup* g = find_blood_group(sctid);
    return g != nullptr && g->display == b.value.text && std::to_string(sctid) == b.value.code
               ? sctid
               : 0;
}

// ---- Checks shared by check_triage (issuing) and decode_triage (verifying) -----------------

// The error code differs by direction: a bad set at issue is the caller's input, a bad set in a
// signed token is a malformed claim.
class Checker {
public:
    explicit Checker(std::string_view code) : code_(code) {}

    Status text(const std::string& s, std::string_view field, std::size_t max,
                bool may_be_empty) const {
        if (!may_be_empty && s.empty())
            return fail(field, "is empty");
        if (s.size() > max)
            return fail(field, "is longer than " + std::to_string(max) + " bytes");
        if (!cbor::is_valid_utf8(as_bytes(s)))
            return fail(field, "is not valid UTF-8");
        return {};
    }

    Status concept_ok(const Concept& c, std::string_view field) const {
        if (static_cast<std::uint64_t>(c.system) > kLastSystem)
            return fail(field, "has an unknown code system");
        if (c.system == CodeSystem::none) {
            if (!c.code.empty())
                return fail(field, "has a code but no code system");
            return text(c.text, field, kMaxTriageText, false);
        }
        CL_TRY(text(c.code, field, kMaxCodeLength, false));
        if (numeric_codes(c.system) && !is_numeric_code(c.code))
            return fail(field, "has a " + std::string(system_label(c.system)) +
                                   " code that is not a number (1 to 18 digits, no leading 0)");
        return text(c.text, field, kMaxTriageText, true);
    }

    Status count(std::size_t n, std::size_t max, std::string_view field) const {
        if (n > max)
            return fail(field, "has more than " + std::to_string(max) + " items");
        return {};
    }

    [[nodiscard]] Error fail(std::string_view field, const std::string& what) const {
        return token_error(code_, "triage set: " + std::string(field) + " " + what);
    }

private:
    std::string_view code_;
};

Status check_with(const TriageSet& t, const Checker& c) {
    CL_TRY(c.count(t.allergies.size(), kMaxTriageItems, "allergies"));
    for (const auto& a : t.allergies) {
        CL_TRY(c.concept_ok(a.substance, "allergy substance"));
        CL_TRY(c.count(a.reactions.size(), kMaxReactions, "allergy reactions"));
        for (const auto& r : a.reactions)
            CL_TRY(c.concept_ok(r, "allergy reaction"));
        if (static_cast<std::uint64_t>(a.criticality) > kLastCriticality)
            return c.fail("allergy criticality", "is out of range");
    }
    CL_TRY(c.count(t.medications.size(), kMaxTriageItems, "medications"));
    for (const auto& m : t.medications) {
        CL_TRY(c.concept_ok(m.medication, "medication"));
        CL_TRY(c.text(m.dose, "medication dose", kMaxTriageText, true));
    }
    CL_TRY(c.count(t.problems.size(), kMaxTriageItems, "problems"));
    for (const auto& p : t.problems)
        CL_TRY(c.concept_ok(p, "problem"));
    if (t.blood_type) {
        CL_TRY(c.text(t.blood_type->observation_code, "blood type observation code", kMaxCodeLength,
                      false));
        CL_TRY(c.concept_ok(t.blood_type->value, "blood type"));
    }
    if (t.advance_directive)
        CL_TRY(c.concept_ok(*t.advance_directive, "advance directive"));
    CL_TRY(c.count(t.contacts.size(), kMaxContacts, "emergency contacts"));
    for (const auto& k : t.contacts) {
        CL_TRY(c.text(k.name, "contact name", kMaxTriageText, true));
        CL_TRY(c.text(k.relationship, "contact relationship", kMaxTriageText, true));
        CL_TRY(c.text(k.phone, "contact phone", kMaxTriageText, true));
        if (k.name.empty() && k.phone.empty())
            return c.fail("emergency contact", "has neither a name nor a phone number");
    }
    CL_TRY(c.text(t.language, "language", kMaxCodeLength, true));
    return c.text(t.notes, "notes", kMaxTriageNotes, true);
}

// ---- Encoding -----------------------------------------------------------------------------

Value encode_concept(const Concept& c) {
    if (c.system == CodeSystem::none)
        return Value::text(c.text);
    Value code = Value::text(c.code);
    std::uint64_t number = 0;
    // check_triage() has made sure the code is 1 to 18 digits, so this always converts.
    if (numeric_codes(c.system) &&
        std::from_chars(c.code.data(), c.code.data() + c.code.size(), number).ec == std::errc{})
        code = Value::uint(number);
    return Value::array(
        {Value::uint(static_cast<std::uint64_t>(c.system)), std::move(code), Value::text(c.text)});
}

template <class T, class F> Value encode_list(const std::vector<T>& items, F encode_item) {
    cbor::Array out;
    out.reserve(items.size());
    for (const auto& item : items)
        out.push_back(encode_item(item));
    return Value::array(std::move(out));
}

// ---- Decoding -----------------------------------------------------------------------------

Error malformed(std::string_view field, std::string_view what) {
    return token_error(errc::bad_claims,
                       "triage set: " + std::string(field) + " " + std::string(what));
}

Result<std::string> decode_text(const Value& v, std::string_view field) {
    const auto* s = v.if_text();
    if (s == nullptr)
        return malformed(field, "is not a text string");
    return *s;
}

Result<const cbor::Array*> decode_array(const Value& v, std::string_view field, std::size_t n) {
    const auto* a = v.if_array();
    if (a == nullptr || (n != 0 && a->size() != n))
        return malformed(field, n == 0 ? "is not an array"
                                       : "is not an array of " + std::to_string(n) + " items");
    return a;
}

// A list that, being present, must not be empty.
Result<const cbor::Array*> decode_list(const Value& v, std::string_view field, std::size_t max) {
    CL_ASSIGN_OR_RETURN(const auto* a, decode_array(v, field, 0));
    if (a->empty())
        return malformed(field, "is present but empty");
    if (a->size() > max)
        return malformed(field, "has more than " + std::to_string(max) + " items");
    return a;
}

Result<Concept> decode_concept(const Value& v, std::string_view field) {
    if (const auto* s = v.if_text())
        return Concept{CodeSystem::none, {}, *s};
    CL_ASSIGN_OR_RETURN(const auto* a, decode_array(v, field, 3));
    const auto* system = (*a)[0].if_uint();
    if (system == nullptr || *system == 0 || *system > kLastSystem)
        return malformed(field, "has an unknown code system");
    Concept c;
    c.system = static_cast<CodeSystem>(*system);
    if (numeric_codes(c.system)) {
        const auto* number = (*a)[1].if_uint();
        if (number == nullptr)
            return malformed(field, "has a " + std::string(system_label(c.system)) +
                                        " code that is not an unsigned integer");
        c.code = std::to_string(*number);
    } else {
        CL_ASSIGN_OR_RETURN(c.code, decode_text((*a)[1], field));
    }
    CL_ASSIGN_OR_RETURN(c.text, decode_text((*a)[2], field));
    return c;
}

Result<Allergy> decode_allergy(const Value& v) {
    CL_ASSIGN_OR_RETURN(const auto* a, decode_array(v, "allergy", 3));
    Allergy out;
    CL_ASSIGN_OR_RETURN(out.substance, decode_concept((*a)[0], "allergy substance"));
    CL_ASSIGN_OR_RETURN(const auto* reactions, decode_array((*a)[1], "allergy reactions", 0));
    if (reactions->size() > kMaxReactions)
        return malformed("allergy reactions", "has too many items");
    for (const auto& r : *reactions) {
        CL_ASSIGN_OR_RETURN(auto c, decode_concept(r, "allergy reaction"));
        out.reactions.push_back(std::move(c));
    }
    const auto* crit = (*a)[2].if_uint();
    if (crit == nullptr || *crit > kLastCriticality)
        return malformed("allergy criticality", "is not 0..3");
    out.criticality = static_cast<Criticality>(*crit);
    return out;
}

Result<Medication> decode_medication(const Value& v) {
    CL_ASSIGN_OR_RETURN(const auto* a, decode_array(v, "medication", 2));
    Medication out;
    CL_ASSIGN_OR_RETURN(out.medication, decode_concept((*a)[0], "medication"));
    CL_ASSIGN_OR_RETURN(out.dose, decode_text((*a)[1], "medication dose"));
    return out;
}

Result<EmergencyContact> decode_contact(const Value& v) {
    CL_ASSIGN_OR_RETURN(const auto* a, decode_array(v, "contact", 3));
    EmergencyContact out;
    CL_ASSIGN_OR_RETURN(out.name, decode_text((*a)[0], "contact name"));
    CL_ASSIGN_OR_RETURN(out.relationship, decode_text((*a)[1], "contact relationship"));
    CL_ASSIGN_OR_RETURN(out.phone, decode_text((*a)[2], "contact phone"));
    return out;
}

template <class T, class F>
Status decode_items(const Value& v, std::string_view field, std::size_t max, std::vector<T>& out,
                    F decode_item) {
    CL_ASSIGN_OR_RETURN(const auto* a, decode_list(v, field, max));
    for (const auto& item : *a) {
        CL_ASSIGN_OR_RETURN(auto decoded, decode_item(item));
        out.push_back(std::move(decoded));
    }
    return {};
}

} // namespace

bool is_valid_code(CodeSystem system, std::string_view code) {
    if (code.empty() || code.size() > kMaxCodeLength)
        return false;
    return !numeric_codes(system) || is_numeric_code(code);
}

std::optional<Concept> blood_group_concept(std::string_view sctid) {
    std::uint64_t number = 0;
    if (std::from_chars(sctid.data(), sctid.data() + sctid.size(), number).ec != std::errc{})
        return std::nullopt;
    const BloodGroup* g = find_blood_group(number);
    if (g == nullptr || std::to_string(number) != sctid)
        return std::nullopt;
    return Concept{CodeSystem::snomed_ct, std::string(sctid), std::string(g->display)};
}

std::string_view system_uri(CodeSystem system) {
    for (const auto& s : kSystems)
        if (s.system == system)
            return s.uri;
    return {};
}

CodeSystem system_from_uri(std::string_view uri) {
    for (const auto& s : kSystems)
        if (s.uri == uri)
            return s.system;
    return CodeSystem::none;
}

std::string_view system_label(CodeSystem system) {
    for (const auto& s : kSystems)
        if (s.system == system)
            return s.label;
    return {};
}

Status check_triage(const TriageSet& triage) {
    return check_with(triage, Checker(errc::bad_triage));
}

Value encode_triage(const TriageSet& t) {
    cbor::Map m;
    if (!t.allergies.empty())
        m.set(kAllergies, encode_list(t.allergies, [](const Allergy& a) {
                  return Value::array({encode_concept(a.substance),
                                       encode_list(a.reactions, encode_concept),
                                       Value::uint(static_cast<std::uint64_t>(a.criticality))});
              }));
    if (!t.medications.empty())
        m.set(kMedications, encode_list(t.medications, [](const Medication& x) {
                  return Value::array({encode_concept(x.medication), Value::text(x.dose)});
              }));
    if (!t.problems.empty())
        m.set(kProblems, encode_list(t.problems, encode_concept));
    if (t.blood_type) {
        if (const std::uint64_t sctid = compact_blood_code(*t.blood_type); sctid != 0)
            m.set(kBlood, Value::uint(sctid));
        else
            m.set(kBlood, Value::array({Value::text(t.blood_type->observation_code),
                                        encode_concept(t.blood_type->value)}));
    }
    if (t.advance_directive)
        m.set(kDirective, encode_concept(*t.advance_directive));
    if (!t.contacts.empty())
        m.set(kContacts, encode_list(t.contacts, [](const EmergencyContact& k) {
                  return Value::array(
                      {Value::text(k.name), Value::text(k.relationship), Value::text(k.phone)});
              }));
    if (!t.language.empty())
        m.set(kLanguage, Value::text(t.language));
    if (!t.notes.empty())
        m.set(kNotes, Value::text(t.notes));
    return Value::map(std::move(m));
}

Result<TriageSet> decode_triage(const Value& value) {
    const auto* m = value.if_map();
    if (m == nullptr)
        return malformed("root", "is not a map");
    TriageSet t;
    for (const auto& [key, v] : *m) {
        const auto* k = key.if_uint();
        if (k == nullptr || *k == 0 || *k > static_cast<std::uint64_t>(kLastKey))
            return malformed("key " + cbor::diagnostic(key), "is unknown");
        switch (static_cast<std::int64_t>(*k)) {
        case kAllergies:
            CL_TRY(decode_items(v, "allergies", kMaxTriageItems, t.allergies, decode_allergy));
            break;
        case kMedications:
            CL_TRY(
                decode_items(v, "medications", kMaxTriageItems, t.medications, decode_medication));
            break;
        case kProblems:
            CL_TRY(decode_items(v, "problems", kMaxTriageItems, t.problems,
                                [](const Value& p) { return decode_concept(p, "problem"); }));
            break;
        case kBlood: {
            if (const auto* sctid = v.if_uint()) {
                const BloodGroup* g = find_blood_group(*sctid);
                if (g == nullptr)
                    return malformed("blood type", "is not a code of the blood-group value set");
                t.blood_type = BloodType{std::string(kLoincBloodGroup),
                                         Concept{CodeSystem::snomed_ct, std::to_string(*sctid),
                                                 std::string(g->display)}};
                break;
            }
            CL_ASSIGN_OR_RETURN(const auto* a, decode_array(v, "blood type", 2));
            BloodType b;
            CL_ASSIGN_OR_RETURN(b.observation_code, decode_text((*a)[0], "blood type code"));
            CL_ASSIGN_OR_RETURN(b.value, decode_concept((*a)[1], "blood type"));
            if (compact_blood_code(b) != 0)
                return malformed("blood type", "is in the long form where the compact one applies");
            t.blood_type = std::move(b);
            break;
        }
        case kDirective: {
            CL_ASSIGN_OR_RETURN(auto c, decode_concept(v, "advance directive"));
            t.advance_directive = std::move(c);
            break;
        }
        case kContacts:
            CL_TRY(decode_items(v, "emergency contacts", kMaxContacts, t.contacts, decode_contact));
            break;
        case kLanguage: {
            CL_ASSIGN_OR_RETURN(t.language, decode_text(v, "language"));
            if (t.language.empty())
                return malformed("language", "is present but empty");
            break;
        }
        default: { // kNotes
            CL_ASSIGN_OR_RETURN(t.notes, decode_text(v, "notes"));
            if (t.notes.empty())
                return malformed("notes", "is present but empty");
            break;
        }
        }
    }
    // The same limits and well-formedness rules the issuer had to meet.
    CL_TRY(check_with(t, Checker(errc::bad_claims)));
    return t;
}

} // namespace careledger::token
