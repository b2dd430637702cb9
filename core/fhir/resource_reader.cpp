#include "fhir/resource_reader.h"

#include <algorithm>

namespace careledger::fhir {

Error fhir_error(std::string_view code, std::string message) {
    return make_error(std::string(code), std::move(message));
}

bool nesting_within(std::string_view text, std::size_t max_depth) {
    std::size_t depth = 0;
    bool in_string = false;
    bool escaped = false;
    for (const char c : text) {
        if (in_string) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth)
                return false;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return true;
}

bool has_coding(const json& cc, std::string_view system, std::string_view code) {
    if (!cc.is_object())
        return false;
    const auto codings = cc.find("coding");
    if (codings == cc.end() || !codings->is_array())
        return false;
    return std::any_of(codings->begin(), codings->end(), [&](const json& c) {
        if (!c.is_object())
            return false;
        const auto s = c.find("system");
        const auto k = c.find("code");
        return s != c.end() && k != c.end() && s->is_string() && k->is_string() &&
               s->get<std::string>() == system && k->get<std::string>() == code;
    });
}

std::string ResourceReader::label() const {
    std::string out = type_;
    const auto id = resource_.find("id");
    if (id != resource_.end() && id->is_string())
        out += "/" + id->get<std::string>();
    return out + " (entry " + std::to_string(index_) + ")";
}

Error ResourceReader::missing(const std::string& path) const {
    return fhir_error("fhir.missing_field",
                      label() + ": required field \"" + path + "\" is missing");
}

Error ResourceReader::wrong_type(const std::string& path, std::string_view expected) const {
    return fhir_error("fhir.wrong_type",
                      label() + ": field \"" + path + "\" is not " + std::string(expected));
}

Error ResourceReader::bad_value(const std::string& path, const std::string& what) const {
    return fhir_error("fhir.bad_value", label() + ": field \"" + path + "\" " + what);
}

Error ResourceReader::error(std::string_view code, const std::string& what) const {
    return fhir_error(code, label() + ": " + what);
}

Result<const json*> ResourceReader::object(const json& obj, std::string_view key,
                                           const std::string& path) const {
    return member(obj, key, path, json::value_t::object, "an object");
}

Result<const json*> ResourceReader::array(const json& obj, std::string_view key,
                                          const std::string& path) const {
    return member(obj, key, path, json::value_t::array, "an array");
}

Result<std::optional<std::string>> ResourceReader::string(const json& obj, std::string_view key,
                                                          const std::string& path) const {
    CL_ASSIGN_OR_RETURN(const json* v, member(obj, key, path, json::value_t::string, "a string"));
    if (v == nullptr)
        return std::optional<std::string>{};
    return std::optional<std::string>{v->get<std::string>()};
}

Result<std::optional<bool>> ResourceReader::boolean(const json& obj, std::string_view key,
                                                    const std::string& path) const {
    CL_ASSIGN_OR_RETURN(const json* v, member(obj, key, path, json::value_t::boolean, "a boolean"));
    if (v == nullptr)
        return std::optional<bool>{};
    return std::optional<bool>{v->get<bool>()};
}

Result<std::optional<token::Concept>> ResourceReader::concept_of(const json& cc,
                                                                 const std::string& path) const {
    if (!cc.is_object())
        return wrong_type(path, "a CodeableConcept object");
    CL_ASSIGN_OR_RETURN(const auto text, string(cc, "text", path + ".text"));
    CL_ASSIGN_OR_RETURN(const json* codings, array(cc, "coding", path + ".coding"));
    token::Concept out;
    std::string any_display;
    std::string known_display;
    if (codings != nullptr) {
        for (std::size_t i = 0; i < codings->size(); ++i) {
            const json& coding = (*codings)[i];
            const std::string at = path + ".coding[" + std::to_string(i) + "]";
            if (!coding.is_object())
                return wrong_type(at, "a Coding object");
            CL_ASSIGN_OR_RETURN(const auto system, string(coding, "system", at + ".system"));
            CL_ASSIGN_OR_RETURN(const auto code, string(coding, "code", at + ".code"));
            CL_ASSIGN_OR_RETURN(const auto display, string(coding, "display", at + ".display"));
            if (display && any_display.empty())
                any_display = *display;
            const token::CodeSystem known =
                system ? token::system_from_uri(*system) : token::CodeSystem::none;
            // A code the compact form cannot carry (a SNOMED CT expression, say) keeps
            // only its display.
            if (known != token::CodeSystem::none && code && token::is_valid_code(known, *code) &&
                (out.system == token::CodeSystem::none || known < out.system)) {
                out.system = known;
                out.code = *code;
                known_display = display.value_or("");
            }
        }
    }
    if (text && !text->empty())
        out.text = *text;
    else if (!known_display.empty())
        out.text = known_display;
    else
        out.text = any_display;
    if (out.system == token::CodeSystem::none && out.text.empty())
        return std::optional<token::Concept>{};
    return std::optional<token::Concept>{std::move(out)};
}

Result<token::Concept> ResourceReader::required_concept(const json& obj, std::string_view key,
                                                        const std::string& path) const {
    CL_ASSIGN_OR_RETURN(const json* cc, object(obj, key, path));
    if (cc == nullptr)
        return missing(path);
    CL_ASSIGN_OR_RETURN(auto c, concept_of(*cc, path));
    if (!c)
        return bad_value(path, "has neither a known coding nor text");
    return std::move(*c);
}

Result<std::optional<std::string>> ResourceReader::status_code(std::string_view key) const {
    const std::string path(key);
    CL_ASSIGN_OR_RETURN(const json* cc, object(resource_, key, path));
    if (cc == nullptr)
        return std::optional<std::string>{};
    CL_ASSIGN_OR_RETURN(const json* codings, array(*cc, "coding", path + ".coding"));
    if (codings == nullptr || codings->empty())
        return std::optional<std::string>{};
    if (!(*codings)[0].is_object())
        return wrong_type(path + ".coding[0]", "a Coding object");
    return string((*codings)[0], "code", path + ".coding[0].code");
}

Result<const json*> ResourceReader::member(const json& obj, std::string_view key,
                                           const std::string& path, json::value_t type,
                                           std::string_view expected) const {
    const auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return static_cast<const json*>(nullptr);
    if (it->type() != type)
        return wrong_type(path, expected);
    return &*it;
}

} // namespace careledger::fhir
