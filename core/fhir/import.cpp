#include "fhir/import.h"

#include "fhir/resource_reader.h"
#include "token/triage_text.h"

#include <algorithm>
#include <array>
#include <optional>
#include <vector>

namespace careledger::fhir {

namespace {

using token::CodeSystem;
using token::Concept;

template <std::size_t N>
bool one_of(std::string_view value, const std::array<std::string_view, N>& set) {
    return std::find(set.begin(), set.end(), value) != set.end();
}

constexpr std::string_view kLoincUri = "http://loinc.org";
constexpr std::string_view kConsentScopeUri = "http://terminology.hl7.org/CodeSystem/consentscope";

class Importer {
public:
    Result<ImportResult> run(const json& bundle) {
        if (!bundle.is_object() || bundle.value("resourceType", json()) != "Bundle")
            return fhir_error("fhir.not_bundle", "the document is not a FHIR Bundle");
        const auto entries = bundle.find("entry");
        if (entries != bundle.end() && !entries->is_null()) {
            if (!entries->is_array())
                return fhir_error("fhir.wrong_type", "Bundle.entry is not an array");
            CL_TRY(index_medications(*entries));
            for (std::size_t i = 0; i < entries->size(); ++i)
                CL_TRY(read_entry((*entries)[i], i));
        }
        finish_blood_type();
        if (auto st = token::check_triage(out_.triage); !st.ok())
            return fhir_error("fhir.over_limits", "the imported data exceeds the emergency "
                                                  "token's limits: " +
                                                      st.error().message);
        return std::move(out_);
    }

private:
    // ---- Bundle structure -----------------------------------------------------------------

    // The resource of entry i, with its type; errors name the entry.
    static Result<std::pair<const json*, std::string>> entry_resource(const json& entry,
                                                                      std::size_t i) {
        const std::string where = "Bundle.entry[" + std::to_string(i) + "]";
        if (!entry.is_object())
            return fhir_error("fhir.malformed_entry", where + " is not an object");
        const auto resource = entry.find("resource");
        if (resource == entry.end() || !resource->is_object())
            return fhir_error("fhir.malformed_entry", where + " has no resource object");
        const auto type = resource->find("resourceType");
        if (type == resource->end() || !type->is_string() || type->get<std::string>().empty())
            return fhir_error("fhir.malformed_entry", where + ".resource has no resourceType");
        return std::pair<const json*, std::string>{&*resource, type->get<std::string>()};
    }

    // Medication resources by the references that may point to them.
    Status index_medications(const json& entries) {
        for (std::size_t i = 0; i < entries.size(); ++i) {
            CL_ASSIGN_OR_RETURN(const auto found, entry_resource(entries[i], i));
            if (found.second != "Medication")
                continue;
            const auto full_url = entries[i].find("fullUrl");
            if (full_url != entries[i].end() && full_url->is_string())
                medications_[full_url->get<std::string>()] = {found.first, i};
            const auto id = found.first->find("id");
            if (id != found.first->end() && id->is_string())
                medications_["Medication/" + id->get<std::string>()] = {found.first, i};
        }
        return {};
    }

    Status read_entry(const json& entry, std::size_t i) {
        CL_ASSIGN_OR_RETURN(const auto found, entry_resource(entry, i));
        const ResourceReader r(*found.first, found.second, i);
        ++out_.stats.entries;
        const std::string& type = found.second;
        if (type == "AllergyIntolerance")
            return allergy(r);
        if (type == "MedicationStatement")
            return medication(r, "dosage");
        if (type == "MedicationRequest")
            return medication(r, "dosageInstruction");
        if (type == "Condition")
            return condition(r);
        if (type == "Observation")
            return observation(r);
        if (type == "Patient")
            return patient(r);
        if (type == "RelatedPerson")
            return related_person(r);
        if (type == "DocumentReference")
            return document_reference(r);
        if (type == "Consent")
            return consent(r);
        if (type == "Medication")
            return {}; // read through the references to it
        skip(type);
        return {};
    }

    void skip(const std::string& type) {
        ++out_.stats.skipped;
        ++out_.stats.skipped_types[type];
    }

    // Per-item limits, checked as each item is read so the error names its resource.
    Status within_limits(const ResourceReader& r, const token::TriageSet& one) const {
        if (auto st = token::check_triage(one); !st.ok())
            return r.error("fhir.over_limits", st.error().message);
        return {};
    }

    // ---- Clinical resources --------------------------------------------------------------

    // verificationStatus refuted / entered-in-error leaves a resource out.
    static Result<bool> refuted(const ResourceReader& r) {
        CL_ASSIGN_OR_RETURN(const auto v, r.status_code("verificationStatus"));
        return v && (*v == "refuted" || *v == "entered-in-error");
    }

    Status allergy(const ResourceReader& r) {
        const json& res = r.resource();
        CL_ASSIGN_OR_RETURN(const auto clinical, r.status_code("clinicalStatus"));
        CL_ASSIGN_OR_RETURN(const bool is_refuted, refuted(r));
        token::Allergy a;
        CL_ASSIGN_OR_RETURN(a.substance, r.required_concept(res, "code", "code"));
        CL_ASSIGN_OR_RETURN(const auto crit, r.string(res, "criticality", "criticality"));
        if (crit) {
            if (*crit == "low")
                a.criticality = token::Criticality::low;
            else if (*crit == "high")
                a.criticality = token::Criticality::high;
            else if (*crit == "unable-to-assess")
                a.criticality = token::Criticality::unable_to_assess;
            else
                return r.bad_value("criticality",
                                   "is \"" + *crit + "\", not low, high or unable-to-assess");
        }
        CL_ASSIGN_OR_RETURN(const json* reactions, r.array(res, "reaction", "reaction"));
        if (reactions != nullptr) {
            for (std::size_t i = 0; i < reactions->size(); ++i) {
                const std::string at = "reaction[" + std::to_string(i) + "]";
                const json& reaction = (*reactions)[i];
                if (!reaction.is_object())
                    return r.wrong_type(at, "an object");
                CL_ASSIGN_OR_RETURN(const json* manifestations,
                                    r.array(reaction, "manifestation", at + ".manifestation"));
                if (manifestations == nullptr || manifestations->empty())
                    return r.missing(at + ".manifestation");
                for (std::size_t k = 0; k < manifestations->size(); ++k) {
                    const std::string mat = at + ".manifestation[" + std::to_string(k) + "]";
                    CL_ASSIGN_OR_RETURN(auto c, r.concept_of((*manifestations)[k], mat));
                    if (!c)
                        return r.bad_value(mat, "has neither a known coding nor text");
                    if (std::find(a.reactions.begin(), a.reactions.end(), *c) == a.reactions.end())
                        a.reactions.push_back(std::move(*c));
                }
            }
        }
        if ((clinical && (*clinical == "inactive" || *clinical == "resolved")) || is_refuted) {
            ++out_.stats.excluded;
            return {};
        }
        token::TriageSet one;
        one.allergies.push_back(a);
        CL_TRY(within_limits(r, one));
        out_.triage.allergies.push_back(std::move(a));
        ++out_.stats.allergies;
        return {};
    }

    // The Medication a medicationReference points to: in the bundle or contained.
    Result<Concept> referenced_medication(const ResourceReader& r, const json& reference) {
        CL_ASSIGN_OR_RETURN(const auto ref,
                            r.string(reference, "reference", "medicationReference.reference"));
        if (!ref)
            return r.missing("medicationReference.reference");
        if (!ref->empty() && (*ref)[0] == '#') {
            CL_ASSIGN_OR_RETURN(const json* contained,
                                r.array(r.resource(), "contained", "contained"));
            if (contained != nullptr) {
                for (std::size_t i = 0; i < contained->size(); ++i) {
                    const json& c = (*contained)[i];
                    if (c.is_object() && c.value("id", json()) == ref->substr(1) &&
                        c.value("resourceType", json()) == "Medication")
                        return r.required_concept(c, "code",
                                                  "contained[" + std::to_string(i) + "].code");
                }
            }
            return r.error("fhir.bad_reference",
                           "medicationReference \"" + *ref + "\" names no contained Medication");
        }
        const auto it = medications_.find(*ref);
        if (it == medications_.end())
            return r.error("fhir.bad_reference", "medicationReference \"" + *ref +
                                                     "\" is not a Medication in the Bundle");
        const ResourceReader med(*it->second.first, "Medication", it->second.second);
        return med.required_concept(med.resource(), "code", "code");
    }

    Status medication(const ResourceReader& r, std::string_view dosage_key) {
        const json& res = r.resource();
        const bool statement = r.type() == "MedicationStatement";
        CL_ASSIGN_OR_RETURN(const auto status, r.string(res, "status", "status"));
        if (!status)
            return r.missing("status");
        static constexpr std::array<std::string_view, 4> kStatementCurrent{"active", "intended",
                                                                           "on-hold", "unknown"};
        static constexpr std::array<std::string_view, 4> kStatementPast{
            "completed", "entered-in-error", "stopped", "not-taken"};
        static constexpr std::array<std::string_view, 3> kRequestCurrent{"active", "on-hold",
                                                                         "unknown"};
        static constexpr std::array<std::string_view, 5> kRequestPast{
            "cancelled", "completed", "entered-in-error", "stopped", "draft"};
        const bool current =
            statement ? one_of(*status, kStatementCurrent) : one_of(*status, kRequestCurrent);
        const bool past =
            statement ? one_of(*status, kStatementPast) : one_of(*status, kRequestPast);
        if (!current && !past)
            return r.bad_value("status", "has the unknown value \"" + *status + "\"");

        token::Medication m;
        CL_ASSIGN_OR_RETURN(const json* cc, r.object(res, "medicationCodeableConcept",
                                                     "medicationCodeableConcept"));
        CL_ASSIGN_OR_RETURN(const json* ref,
                            r.object(res, "medicationReference", "medicationReference"));
        if (cc != nullptr) {
            CL_ASSIGN_OR_RETURN(m.medication, r.required_concept(res, "medicationCodeableConcept",
                                                                 "medicationCodeableConcept"));
        } else if (ref != nullptr) {
            CL_ASSIGN_OR_RETURN(m.medication, referenced_medication(r, *ref));
        } else {
            return r.missing("medication[x]");
        }
        const std::string dkey(dosage_key);
        CL_ASSIGN_OR_RETURN(const json* dosages, r.array(res, dosage_key, dkey));
        if (dosages != nullptr && !dosages->empty()) {
            if (!(*dosages)[0].is_object())
                return r.wrong_type(dkey + "[0]", "a Dosage object");
            CL_ASSIGN_OR_RETURN(const auto text,
                                r.string((*dosages)[0], "text", dkey + "[0].text"));
            m.dose = text.value_or("");
        }
        if (past) {
            ++out_.stats.excluded;
            return {};
        }
        token::TriageSet one;
        one.medications.push_back(m);
        CL_TRY(within_limits(r, one));
        out_.triage.medications.push_back(std::move(m));
        ++out_.stats.medications;
        return {};
    }

    Status condition(const ResourceReader& r) {
        CL_ASSIGN_OR_RETURN(const auto clinical, r.status_code("clinicalStatus"));
        CL_ASSIGN_OR_RETURN(const bool is_refuted, refuted(r));
        CL_ASSIGN_OR_RETURN(Concept c, r.required_concept(r.resource(), "code", "code"));
        static constexpr std::array<std::string_view, 3> kInactive{"inactive", "remission",
                                                                   "resolved"};
        if ((clinical && one_of(*clinical, kInactive)) || is_refuted) {
            ++out_.stats.excluded;
            return {};
        }
        token::TriageSet one;
        one.problems.push_back(c);
        CL_TRY(within_limits(r, one));
        out_.triage.problems.push_back(std::move(c));
        ++out_.stats.problems;
        return {};
    }

    Status observation(const ResourceReader& r) {
        const json& res = r.resource();
        CL_TRY(r.required_concept(res, "code", "code"));
        // Any coding of the code may carry the LOINC blood-group code, not only the first.
        const json& code_json = res["code"];
        std::string loinc;
        for (const auto wanted : {kLoincAboRhGroup, kLoincAboGroup, kLoincRhType})
            if (has_coding(code_json, kLoincUri, wanted))
                loinc = std::string(wanted);
        if (loinc.empty()) {
            skip("Observation");
            return {};
        }
        CL_ASSIGN_OR_RETURN(const auto status, r.string(res, "status", "status"));
        if (!status)
            return r.missing("status");
        if (*status == "entered-in-error" || *status == "cancelled") {
            ++out_.stats.excluded;
            return {};
        }
        std::optional<Concept> value;
        CL_ASSIGN_OR_RETURN(const json* vcc,
                            r.object(res, "valueCodeableConcept", "valueCodeableConcept"));
        CL_ASSIGN_OR_RETURN(const auto vstring, r.string(res, "valueString", "valueString"));
        if (vcc != nullptr) {
            CL_ASSIGN_OR_RETURN(value, r.concept_of(*vcc, "valueCodeableConcept"));
        } else if (vstring && !vstring->empty()) {
            value = Concept{CodeSystem::none, {}, *vstring};
        }
        if (!value)
            return r.missing("value[x]");
        // A blood-group code takes its standard display, so the token can use the compact form.
        if (value->system == CodeSystem::snomed_ct)
            if (auto standard = token::blood_group_concept(value->code))
                value = std::move(standard);
        token::TriageSet one;
        one.blood_type = token::BloodType{loinc, *value};
        CL_TRY(within_limits(r, one));
        if (loinc == kLoincAboRhGroup) {
            if (!abo_rh_)
                abo_rh_ = std::move(*value);
        } else if (loinc == kLoincAboGroup) {
            if (!abo_)
                abo_ = std::move(*value);
        } else if (!rh_) {
            rh_ = std::move(*value);
        }
        return {};
    }

    void finish_blood_type() {
        if (abo_rh_) {
            out_.triage.blood_type = token::BloodType{std::string(kLoincAboRhGroup), *abo_rh_};
        } else if (abo_ && rh_) {
            const std::string text = token::concept_label(*abo_) + " " + token::concept_label(*rh_);
            out_.triage.blood_type =
                token::BloodType{std::string(kLoincAboGroup) + "+" + std::string(kLoincRhType),
                                 Concept{CodeSystem::none, {}, text}};
        } else if (abo_) {
            out_.triage.blood_type = token::BloodType{std::string(kLoincAboGroup), *abo_};
        }
        out_.stats.blood_type = out_.triage.blood_type.has_value();
    }

    // ---- People ----------------------------------------------------------------------------

    // HumanName: its text, else given names and family name.
    static Result<std::string> human_name(const ResourceReader& r, const json& name,
                                          const std::string& path) {
        if (!name.is_object())
            return r.wrong_type(path, "a HumanName object");
        CL_ASSIGN_OR_RETURN(const auto text, r.string(name, "text", path + ".text"));
        if (text && !text->empty())
            return *text;
        std::string out;
        CL_ASSIGN_OR_RETURN(const json* given, r.array(name, "given", path + ".given"));
        if (given != nullptr) {
            for (std::size_t i = 0; i < given->size(); ++i) {
                if (!(*given)[i].is_string())
                    return r.wrong_type(path + ".given[" + std::to_string(i) + "]", "a string");
                out += (out.empty() ? "" : " ") + (*given)[i].get<std::string>();
            }
        }
        CL_ASSIGN_OR_RETURN(const auto family, r.string(name, "family", path + ".family"));
        if (family)
            out += (out.empty() ? "" : " ") + *family;
        return out;
    }

    // The first telecom with system "phone".
    static Result<std::string> phone(const ResourceReader& r, const json& obj,
                                     const std::string& path) {
        CL_ASSIGN_OR_RETURN(const json* telecoms, r.array(obj, "telecom", path + "telecom"));
        if (telecoms == nullptr)
            return std::string();
        for (std::size_t i = 0; i < telecoms->size(); ++i) {
            const std::string at = path + "telecom[" + std::to_string(i) + "]";
            if (!(*telecoms)[i].is_object())
                return r.wrong_type(at, "a ContactPoint object");
            CL_ASSIGN_OR_RETURN(const auto system,
                                r.string((*telecoms)[i], "system", at + ".system"));
            CL_ASSIGN_OR_RETURN(const auto value, r.string((*telecoms)[i], "value", at + ".value"));
            if (system && *system == "phone" && value && !value->empty())
                return *value;
        }
        return std::string();
    }

    // The first relationship concept's label.
    static Result<std::string> relationship(const ResourceReader& r, const json& obj,
                                            const std::string& path) {
        CL_ASSIGN_OR_RETURN(const json* rels, r.array(obj, "relationship", path + "relationship"));
        if (rels == nullptr || rels->empty())
            return std::string();
        CL_ASSIGN_OR_RETURN(const auto c, r.concept_of((*rels)[0], path + "relationship[0]"));
        if (!c)
            return std::string();
        return c->text.empty() ? c->code : c->text;
    }

    Status add_contact(const ResourceReader& r, token::EmergencyContact k) {
        if (k.name.empty() && k.phone.empty()) {
            ++out_.stats.excluded; // nothing a responder could use
            return {};
        }
        token::TriageSet one;
        one.contacts.push_back(k);
        CL_TRY(within_limits(r, one));
        out_.triage.contacts.push_back(std::move(k));
        ++out_.stats.contacts;
        return {};
    }

    Status patient(const ResourceReader& r) {
        const json& res = r.resource();
        if (seen_patient_)
            return r.bad_value("resourceType",
                               "is a second Patient; a summary is about one patient");
        seen_patient_ = true;
        CL_ASSIGN_OR_RETURN(const json* comms, r.array(res, "communication", "communication"));
        if (comms != nullptr) {
            std::optional<Concept> chosen;
            for (std::size_t i = 0; i < comms->size(); ++i) {
                const std::string at = "communication[" + std::to_string(i) + "]";
                const json& comm = (*comms)[i];
                if (!comm.is_object())
                    return r.wrong_type(at, "an object");
                CL_ASSIGN_OR_RETURN(const json* lang, r.object(comm, "language", at + ".language"));
                if (lang == nullptr)
                    return r.missing(at + ".language");
                // BCP 47 is not a system the triage set codes, so read the code directly.
                CL_ASSIGN_OR_RETURN(const auto c, r.concept_of(*lang, at + ".language"));
                std::string tag;
                const auto codings = lang->find("coding");
                if (codings != lang->end() && codings->is_array() && !codings->empty() &&
                    (*codings)[0].is_object())
                    tag = (*codings)[0].value("code", std::string());
                if (tag.empty() && c)
                    tag = c->text;
                if (tag.empty())
                    return r.bad_value(at + ".language", "has no language code or text");
                CL_ASSIGN_OR_RETURN(const auto preferred,
                                    r.boolean(comm, "preferred", at + ".preferred"));
                if (!chosen || preferred.value_or(false))
                    chosen = Concept{CodeSystem::none, {}, tag};
                if (preferred.value_or(false))
                    break;
            }
            if (chosen) {
                out_.triage.language = chosen->text;
                out_.stats.language = true;
            }
        }
        CL_ASSIGN_OR_RETURN(const json* contacts, r.array(res, "contact", "contact"));
        if (contacts != nullptr) {
            for (std::size_t i = 0; i < contacts->size(); ++i) {
                const std::string at = "contact[" + std::to_string(i) + "]";
                const json& contact = (*contacts)[i];
                if (!contact.is_object())
                    return r.wrong_type(at, "an object");
                token::EmergencyContact k;
                CL_ASSIGN_OR_RETURN(const json* name, r.object(contact, "name", at + ".name"));
                if (name != nullptr) {
                    CL_ASSIGN_OR_RETURN(k.name, human_name(r, *name, at + ".name"));
                }
                CL_ASSIGN_OR_RETURN(k.relationship, relationship(r, contact, at + "."));
                CL_ASSIGN_OR_RETURN(k.phone, phone(r, contact, at + "."));
                CL_TRY(add_contact(r, std::move(k)));
            }
        }
        return {};
    }

    Status related_person(const ResourceReader& r) {
        const json& res = r.resource();
        CL_ASSIGN_OR_RETURN(const auto active, r.boolean(res, "active", "active"));
        token::EmergencyContact k;
        CL_ASSIGN_OR_RETURN(const json* names, r.array(res, "name", "name"));
        if (names != nullptr && !names->empty()) {
            CL_ASSIGN_OR_RETURN(k.name, human_name(r, (*names)[0], "name[0]"));
        }
        CL_ASSIGN_OR_RETURN(k.relationship, relationship(r, res, ""));
        CL_ASSIGN_OR_RETURN(k.phone, phone(r, res, ""));
        if (active && !*active) {
            ++out_.stats.excluded;
            return {};
        }
        return add_contact(r, std::move(k));
    }

    // ---- Advance directive -----------------------------------------------------------------

    static bool is_directive_concept(const json& cc) {
        return has_coding(cc, kLoincUri, kLoincAdvanceDirectives) ||
               has_coding(cc, kLoincUri, kLoincAdvanceDirective);
    }

    Status set_directive(const ResourceReader& r, Concept c) {
        if (out_.triage.advance_directive) {
            ++out_.stats.excluded; // the first one found is kept
            return {};
        }
        token::TriageSet one;
        one.advance_directive = c;
        CL_TRY(within_limits(r, one));
        out_.triage.advance_directive = std::move(c);
        out_.stats.advance_directive = true;
        return {};
    }

    Status document_reference(const ResourceReader& r) {
        const json& res = r.resource();
        CL_ASSIGN_OR_RETURN(const json* type, r.object(res, "type", "type"));
        if (type == nullptr || !is_directive_concept(*type)) {
            skip("DocumentReference");
            return {};
        }
        CL_ASSIGN_OR_RETURN(const auto status, r.string(res, "status", "status"));
        if (!status)
            return r.missing("status");
        if (*status != "current") {
            ++out_.stats.excluded;
            return {};
        }
        CL_ASSIGN_OR_RETURN(const auto description, r.string(res, "description", "description"));
        if (description && !description->empty())
            return set_directive(r, Concept{CodeSystem::none, {}, *description});
        CL_ASSIGN_OR_RETURN(Concept c, r.required_concept(res, "type", "type"));
        return set_directive(r, std::move(c));
    }

    Status consent(const ResourceReader& r) {
        const json& res = r.resource();
        CL_ASSIGN_OR_RETURN(const json* scope, r.object(res, "scope", "scope"));
        CL_ASSIGN_OR_RETURN(const json* categories, r.array(res, "category", "category"));
        const json* directive_category = nullptr;
        if (categories != nullptr)
            for (const auto& c : *categories)
                if (is_directive_concept(c))
                    directive_category = &c;
        const bool adr = scope != nullptr && has_coding(*scope, kConsentScopeUri, "adr");
        if (!adr && directive_category == nullptr) {
            skip("Consent");
            return {};
        }
        CL_ASSIGN_OR_RETURN(const auto status, r.string(res, "status", "status"));
        if (!status)
            return r.missing("status");
        if (*status != "active") {
            ++out_.stats.excluded;
            return {};
        }
        CL_ASSIGN_OR_RETURN(const json* rule, r.object(res, "policyRule", "policyRule"));
        if (rule != nullptr) {
            CL_ASSIGN_OR_RETURN(auto c, r.concept_of(*rule, "policyRule"));
            if (c)
                return set_directive(r, std::move(*c));
        }
        if (directive_category != nullptr) {
            CL_ASSIGN_OR_RETURN(auto c, r.concept_of(*directive_category, "category"));
            if (c)
                return set_directive(r, std::move(*c));
        }
        return set_directive(r, Concept{CodeSystem::none, {}, "Advance directive on file"});
    }

    ImportResult out_;
    std::map<std::string, std::pair<const json*, std::size_t>> medications_;
    std::optional<Concept> abo_rh_;
    std::optional<Concept> abo_;
    std::optional<Concept> rh_;
    bool seen_patient_ = false;
};

} // namespace

Result<ImportResult> import_bundle(std::string_view text) {
    if (text.size() > kMaxBundleBytes)
        return fhir_error("fhir.too_large", "the FHIR document is larger than 4 MiB");
    if (!nesting_within(text, kMaxJsonDepth))
        return fhir_error("fhir.too_large", "the FHIR document is nested deeper than 64 levels");
    json bundle;
    try {
        bundle = json::parse(text.begin(), text.end());
    } catch (const json::exception& e) {
        return fhir_error("fhir.bad_json",
                          std::string("the document is not valid JSON: ") + e.what());
    }
    Importer importer;
    return importer.run(bundle);
}

} // namespace careledger::fhir
