// Internal to core/fhir: reading one FHIR resource out of nlohmann::json with type checks, where
// every error names the resource (type/id and Bundle entry index) and the field's path, and
// CodeableConcepts become triage concepts. Only core/fhir's .cpp files include this header.
#pragma once

#include "common/result.h"
#include "token/triage.h"

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace careledger::fhir {

using json = nlohmann::json;

Error fhir_error(std::string_view code, std::string message);

// Whether [ and { nesting outside strings stays within max_depth, checked before parsing so a
// hostile document cannot make the parser or the destructor recurse without bound.
bool nesting_within(std::string_view text, std::size_t max_depth);

// Whether any coding of the CodeableConcept `cc` carries (system, code).
bool has_coding(const json& cc, std::string_view system, std::string_view code);

class ResourceReader {
public:
    ResourceReader(const json& resource, std::string type, std::size_t index)
        : resource_(resource), type_(std::move(type)), index_(index) {}

    [[nodiscard]] const json& resource() const { return resource_; }
    [[nodiscard]] const std::string& type() const { return type_; }

    // "AllergyIntolerance/al-1 (entry 3)", or without "/id" when the resource has none.
    [[nodiscard]] std::string label() const;
    // fhir.missing_field, fhir.wrong_type, fhir.bad_value, or any code, naming the resource.
    [[nodiscard]] Error missing(const std::string& path) const;
    [[nodiscard]] Error wrong_type(const std::string& path, std::string_view expected) const;
    [[nodiscard]] Error bad_value(const std::string& path, const std::string& what) const;
    [[nodiscard]] Error error(std::string_view code, const std::string& what) const;

    // A member of `obj` of the expected JSON type, nullptr / nullopt when absent (JSON null
    // counts as absent), "fhir.wrong_type" when of another type. `path` names it in errors.
    Result<const json*> object(const json& obj, std::string_view key,
                               const std::string& path) const;
    Result<const json*> array(const json& obj, std::string_view key, const std::string& path) const;
    Result<std::optional<std::string>> string(const json& obj, std::string_view key,
                                              const std::string& path) const;
    Result<std::optional<bool>> boolean(const json& obj, std::string_view key,
                                        const std::string& path) const;

    // A CodeableConcept as a triage concept: of the codings from systems we carry, the one of the
    // most preferred system (SNOMED CT, RxNorm, ATC, LOINC, ICD-10, as IPS prefers them) gives
    // the code; the text is the concept's text, else that coding's display, else any display.
    // nullopt when the concept says nothing usable.
    Result<std::optional<token::Concept>> concept_of(const json& cc, const std::string& path) const;
    // A required CodeableConcept member: "fhir.missing_field" when absent, "fhir.bad_value" when
    // it says nothing usable.
    Result<token::Concept> required_concept(const json& obj, std::string_view key,
                                            const std::string& path) const;
    // The first code of a status CodeableConcept of the resource (clinicalStatus ...).
    Result<std::optional<std::string>> status_code(std::string_view key) const;

private:
    Result<const json*> member(const json& obj, std::string_view key, const std::string& path,
                               json::value_t type, std::string_view expected) const;

    const json& resource_;
    std::string type_;
    std::size_t index_;
};

} // namespace careledger::fhir
