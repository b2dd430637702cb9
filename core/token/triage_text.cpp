#include "token/triage_text.h"

namespace careledger::token {

namespace {

template <class T, class F> std::string join(const std::vector<T>& items, F label) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty())
            out += "; ";
        out += label(item);
    }
    return out;
}

std::string allergy_label(const Allergy& a) {
    std::string out = concept_label(a.substance);
    std::string detail = join(a.reactions, concept_label);
    const std::string_view crit = criticality_label(a.criticality);
    if (!crit.empty()) {
        if (!detail.empty())
            detail += ", ";
        detail += std::string(crit) + " criticality";
    }
    if (!detail.empty())
        out += " (" + detail + ")";
    return out;
}

std::string contact_label(const EmergencyContact& k) {
    std::string out = k.name;
    if (!k.relationship.empty())
        out += (out.empty() ? "" : " ") + std::string("(") + k.relationship + ")";
    if (!k.phone.empty())
        out += (out.empty() ? "" : " ") + k.phone;
    return out;
}

} // namespace

std::string concept_label(const Concept& c) {
    if (!c.text.empty())
        return c.text;
    return std::string(system_label(c.system)) + " " + c.code;
}

std::string_view criticality_label(Criticality c) {
    switch (c) {
    case Criticality::low:
        return "low";
    case Criticality::high:
        return "high";
    case Criticality::unable_to_assess:
        return "unable to assess";
    case Criticality::unspecified:
        break;
    }
    return {};
}

std::vector<std::string> summary_lines(const TriageSet& t) {
    std::vector<std::string> lines;
    if (t.blood_type)
        lines.push_back("Blood type: " + concept_label(t.blood_type->value));
    if (!t.allergies.empty())
        lines.push_back("Allergies: " + join(t.allergies, allergy_label));
    if (!t.medications.empty())
        lines.push_back("Medications: " + join(t.medications, [](const Medication& m) {
                            return concept_label(m.medication) +
                                   (m.dose.empty() ? "" : " (" + m.dose + ")");
                        }));
    if (!t.problems.empty())
        lines.push_back("Problems: " + join(t.problems, concept_label));
    if (t.advance_directive)
        lines.push_back("Advance directive: " + concept_label(*t.advance_directive));
    if (!t.contacts.empty())
        lines.push_back("Emergency contact: " + join(t.contacts, contact_label));
    if (!t.language.empty())
        lines.push_back("Language: " + t.language);
    if (!t.notes.empty())
        lines.push_back("Notes: " + t.notes);
    if (lines.empty())
        lines.emplace_back("No triage data recorded");
    return lines;
}

} // namespace careledger::token
