#include "wallet/emergency.h"

#include "ledger/cbor.h"
#include "token/errors.h"
#include "token/qr_matrix.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace careledger::wallet {

namespace {

std::string join(const std::vector<std::string>& values, std::string_view sep) {
    std::string out;
    for (const auto& v : values) {
        if (!out.empty())
            out += sep;
        out += v;
    }
    return out;
}

std::string trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(first, last - first + 1));
}

std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
        const auto pos = s.find(sep, start);
        out.push_back(trim(s.substr(start, pos == std::string_view::npos ? pos : pos - start)));
        if (pos == std::string_view::npos)
            return out;
        start = pos + 1;
    }
}

Error bad_value(std::string_view field, const std::string& why) {
    return make_error("emergency.bad_value", std::string(field) + ": " + why);
}

token::Concept text_concept(std::string text) {
    return token::Concept{token::CodeSystem::none, {}, std::move(text)};
}

Result<token::Allergy> parse_allergy(std::string_view value) {
    std::string rest(value);
    token::Allergy a;
    if (const auto bang = rest.rfind('!'); bang != std::string::npos) {
        const auto level = trim(std::string_view(rest).substr(bang + 1));
        if (level == "high")
            a.criticality = token::Criticality::high;
        else if (level == "low")
            a.criticality = token::Criticality::low;
        else if (level == "unable-to-assess")
            a.criticality = token::Criticality::unable_to_assess;
        else
            return bad_value("allergy", "criticality must be !high, !low or !unable-to-assess, "
                                        "not !" +
                                            level);
        rest.resize(bang);
    }
    const auto colon = rest.find(':');
    a.substance = text_concept(trim(std::string_view(rest).substr(0, colon)));
    if (a.substance.text.empty())
        return bad_value("allergy", "the substance is empty (SUBSTANCE[:REACTION,...][!high])");
    if (colon != std::string::npos) {
        for (auto& r : split(std::string_view(rest).substr(colon + 1), ',')) {
            if (r.empty())
                return bad_value("allergy", "an empty reaction in \"" + std::string(value) + "\"");
            a.reactions.push_back(text_concept(std::move(r)));
        }
    }
    return a;
}

Result<token::Medication> parse_medication(std::string_view value) {
    const auto colon = value.find(':');
    token::Medication m{text_concept(trim(value.substr(0, colon))), {}};
    if (colon != std::string_view::npos)
        m.dose = trim(value.substr(colon + 1));
    if (m.medication.text.empty())
        return bad_value("medication", "the name is empty (NAME[:DOSE])");
    return m;
}

Result<token::EmergencyContact> parse_contact(std::string_view value) {
    const auto parts = split(value, '|');
    if (parts.size() != 3 || parts[0].empty() || parts[2].empty())
        return bad_value("contact",
                         "expected NAME|RELATIONSHIP|PHONE, got \"" + std::string(value) + "\"");
    return token::EmergencyContact{parts[0], parts[1], parts[2]};
}

token::BloodType parse_blood_type(const std::string& value) {
    if (auto coded = token::blood_group_concept(value))
        return token::BloodType{std::string(token::kLoincBloodGroup), *coded};
    return token::BloodType{std::string(token::kLoincBloodGroup), text_concept(value)};
}

std::string hex_id(ByteView id) {
    return to_hex(id);
}

template <std::size_t N> Result<std::array<std::uint8_t, N>> fixed_from_hex(std::string_view s) {
    CL_ASSIGN_OR_RETURN(auto bytes, from_hex(s));
    if (bytes.size() != N)
        return make_error("emergency.bad_id", "expected " + std::to_string(2 * N) + " hex digits");
    std::array<std::uint8_t, N> out{};
    std::copy(bytes.begin(), bytes.end(), out.begin());
    return out;
}

std::string key_secret_name(const ledger::TokenId& id) {
    return "emergency_summary_key/" + hex_id(view(id));
}

Status save_token_records(Wallet& w, const std::vector<IssuedTokenRecord>& records) {
    nlohmann::json arr = nlohmann::json::array();
    for (const auto& r : records) {
        nlohmann::json j = {{"token_id", hex_id(view(r.token_id))},
                            {"issued", r.issued},
                            {"expires", r.expires},
                            {"pin_protected", r.pin_protected},
                            {"single_use", r.single_use},
                            {"revoked", r.revoked},
                            {"index", r.index},
                            {"pending", r.pending}};
        j["blob_id"] = r.blob_id ? hex_id(view(*r.blob_id)) : "";
        arr.push_back(std::move(j));
    }
    return w.vault().settings().put(kEmergencyTokensSetting, arr.dump());
}

// The plaintext of the full summary: the FHIR bundle the card came from, else the card itself.
Result<Bytes> summary_plaintext(Wallet& w, const token::TriageSet& card) {
    CL_ASSIGN_OR_RETURN(const bool has_bundle,
                        w.vault().secrets().contains(kEmergencyBundleSecret));
    if (has_bundle) {
        CL_ASSIGN_OR_RETURN(auto bundle, w.vault().secrets().get(kEmergencyBundleSecret));
        if (bundle.size() <= token::kMaxSummaryBytes)
            return Bytes(bundle.view().begin(), bundle.view().end());
    }
    return cbor::encode(token::encode_triage(card));
}

// Issues a token whose text fits a version-14 QR code, or nullopt. The compressed length varies
// by a few characters with the random token id and signature, so a card at the edge of the
// capacity gets a few draws before it counts as too large.
Result<std::optional<token::IssuedToken>> issue_fitting(const token::IssueRequest& req,
                                                        const crypto::SigningKey& key) {
    constexpr int kDraws = 4;
    for (int i = 0; i < kDraws; ++i) {
        CL_ASSIGN_OR_RETURN(auto issued, token::issue(req, key));
        if (token::QrMatrix::encode(issued.text).ok())
            return std::optional<token::IssuedToken>{std::move(issued)};
    }
    return std::optional<token::IssuedToken>{};
}

} // namespace

// ---- The card --------------------------------------------------------------------------------

Result<token::TriageSet> load_card(Wallet& w) {
    auto secrets = w.vault().secrets();
    CL_ASSIGN_OR_RETURN(const bool present, secrets.contains(kEmergencyCardSecret));
    if (!present)
        return token::TriageSet{};
    CL_ASSIGN_OR_RETURN(auto bytes, secrets.get(kEmergencyCardSecret));
    CL_ASSIGN_OR_RETURN(auto value, cbor::decode(bytes.view()));
    return token::decode_triage(value);
}

Status save_card(Wallet& w, const token::TriageSet& card) {
    CL_TRY(token::check_triage(card));
    const auto encoded = cbor::encode(token::encode_triage(card));
    auto secret = crypto::SecureBuffer::copy_of(encoded);
    return w.vault().secrets().put(kEmergencyCardSecret, secret);
}

const std::vector<std::string_view>& card_fields() {
    static const std::vector<std::string_view> fields{"blood-type", "allergy",   "medication",
                                                      "problem",    "directive", "contact",
                                                      "language",   "notes"};
    return fields;
}

Status set_field(token::TriageSet& card, std::string_view field,
                 const std::vector<std::string>& values) {
    if (values.empty())
        return bad_value(field, "no value given");
    const auto joined = trim(join(values, " "));
    if (field == "blood-type") {
        if (joined.empty())
            return bad_value(field, "empty");
        card.blood_type = parse_blood_type(joined);
    } else if (field == "allergy") {
        for (const auto& v : values) {
            CL_ASSIGN_OR_RETURN(auto a, parse_allergy(v));
            card.allergies.push_back(std::move(a));
        }
    } else if (field == "medication") {
        for (const auto& v : values) {
            CL_ASSIGN_OR_RETURN(auto m, parse_medication(v));
            card.medications.push_back(std::move(m));
        }
    } else if (field == "problem") {
        for (const auto& v : values) {
            if (trim(v).empty())
                return bad_value(field, "empty");
            card.problems.push_back(text_concept(trim(v)));
        }
    } else if (field == "contact") {
        for (const auto& v : values) {
            CL_ASSIGN_OR_RETURN(auto contact, parse_contact(v));
            card.contacts.push_back(std::move(contact));
        }
    } else if (field == "directive") {
        if (joined.empty())
            return bad_value(field, "empty");
        card.advance_directive = text_concept(joined);
    } else if (field == "language") {
        card.language = joined;
    } else if (field == "notes") {
        card.notes = joined;
    } else {
        return make_error("emergency.unknown_field",
                          "unknown field \"" + std::string(field) +
                              "\" (blood-type, allergy, medication, problem, directive, contact, "
                              "language, notes)");
    }
    return {};
}

Status clear_field(token::TriageSet& card, std::string_view field) {
    if (field == "blood-type")
        card.blood_type.reset();
    else if (field == "allergy")
        card.allergies.clear();
    else if (field == "medication")
        card.medications.clear();
    else if (field == "problem")
        card.problems.clear();
    else if (field == "contact")
        card.contacts.clear();
    else if (field == "directive")
        card.advance_directive.reset();
    else if (field == "language")
        card.language.clear();
    else if (field == "notes")
        card.notes.clear();
    else if (field == "all")
        card = {};
    else
        return make_error("emergency.unknown_field",
                          "unknown field \"" + std::string(field) + "\"");
    return {};
}

Result<fhir::ImportStats> import_card(Wallet& w, std::string_view bundle_json) {
    CL_ASSIGN_OR_RETURN(auto imported, fhir::import_bundle(bundle_json));
    CL_TRY(save_card(w, imported.triage));
    auto bundle = crypto::SecureBuffer::copy_of(as_bytes(bundle_json));
    CL_TRY(w.vault().secrets().put(kEmergencyBundleSecret, bundle));
    return imported.stats;
}

// ---- Issuing and revoking ----------------------------------------------------------------------

Result<std::vector<IssuedTokenRecord>> load_token_records(Wallet& w) {
    CL_ASSIGN_OR_RETURN(auto text, w.vault().settings().get(kEmergencyTokensSetting));
    std::vector<IssuedTokenRecord> out;
    if (!text)
        return out;
    try {
        const auto arr = nlohmann::json::parse(*text);
        for (const auto& j : arr) {
            IssuedTokenRecord r;
            CL_ASSIGN_OR_RETURN(r.token_id, parse_token_id(j.at("token_id").get<std::string>()));
            r.issued = j.at("issued").get<UnixTime>();
            r.expires = j.at("expires").get<UnixTime>();
            r.pin_protected = j.at("pin_protected").get<bool>();
            r.single_use = j.value("single_use", false);
            r.revoked = j.at("revoked").get<bool>();
            r.index = j.value("index", std::uint64_t{0});
            r.pending = j.value("pending", false);
            const auto blob = j.value("blob_id", std::string());
            if (!blob.empty()) {
                CL_ASSIGN_OR_RETURN(r.blob_id, fixed_from_hex<32>(blob));
            }
            out.push_back(r);
        }
    } catch (const nlohmann::json::exception& e) {
        return make_error("emergency.bad_records",
                          std::string("the vault's token list is damaged: ") + e.what());
    }
    return out;
}

Result<IssuedEmergencyToken> issue_emergency_token(Wallet& patient, node::LedgerClient& ledger,
                                                   node::BlobStorage& blobs,
                                                   const EmergencyIssueOptions& options) {
    if (patient.role() != ledger::Role::patient)
        return make_error("wallet.not_patient", "only a patient wallet can issue emergency tokens");
    CL_ASSIGN_OR_RETURN(auto card, load_card(patient));
    if (card == token::TriageSet{})
        return make_error("emergency.empty_card",
                          "the emergency card is empty (fill it with: emergency set or "
                          "emergency import)");
    CL_TRY(ledger.refresh());

    std::optional<token::SealedSummary> sealed;
    if (options.with_summary) {
        CL_ASSIGN_OR_RETURN(auto plaintext, summary_plaintext(patient, card));
        CL_ASSIGN_OR_RETURN(auto s, token::seal_summary(plaintext));
        sealed.emplace(std::move(s));
    }
    token::IssueRequest req;
    req.issuer = ledger.network().origin();
    req.lifetime = options.lifetime;
    req.triage = card;
    req.summary = sealed ? &sealed->pointer : nullptr;
    req.pin = options.pin;
    req.single_use = options.single_use;
    CL_ASSIGN_OR_RETURN(auto issued, issue_fitting(req, patient.identity().signing()));
    // The summary pointer costs about 100 characters of QR text: a card too full for it goes
    // without it unless the caller insists. A token that still does not fit is refused before
    // the ledger records it.
    if (!issued && sealed && !options.require_summary) {
        sealed.reset();
        req.summary = nullptr;
        CL_ASSIGN_OR_RETURN(issued, issue_fitting(req, patient.identity().signing()));
    }
    if (!issued)
        return token::token_error(token::errc::qr_too_large,
                                  "the emergency card does not fit a scannable QR code (version " +
                                      std::to_string(token::kMaxTokenQrVersion) +
                                      "); shorten it (fewer items, shorter texts)" +
                                      (options.pin != nullptr ? " or issue it without a PIN" : ""));
    // A patient who prints a card during an outage expects it to work once the network is back:
    // when no blob node answers, the token goes without the full summary (unless required).
    std::optional<Error> summary_dropped;
    if (sealed) {
        if (auto stored = blobs.put(sealed->pointer.blob_id, sealed->blob); !stored.ok()) {
            if (stored.error().code != "blob.unavailable" || options.require_summary)
                return stored.error();
            summary_dropped = stored.error();
            sealed.reset();
            req.summary = nullptr;
            CL_ASSIGN_OR_RETURN(issued, issue_fitting(req, patient.identity().signing()));
            if (!issued) // cannot happen: the token without the pointer is shorter
                return token::token_error(token::errc::qr_too_large,
                                          "the emergency card does not fit a QR code");
        }
    }
    auto receipt = [&]() -> Result<node::Receipt> {
        CL_ASSIGN_OR_RETURN(auto entry,
                            patient.sign(issued->ledger_payload(),
                                         patient.tag(ledger.network().origin()), ledger.state()));
        return ledger.submit(entry.bytes());
    }();
    // sync.queued: the signed entry is in the vault's outbox and will be published later, so the
    // token it announces must be kept (with its summary and key), or a token nobody holds would
    // appear on the ledger.
    const bool pending = !receipt.ok() && receipt.error().code == "sync.queued";
    if (!receipt.ok() && !pending) {
        if (sealed)
            (void)blobs.remove(sealed->pointer.blob_id); // the token never became valid
        return receipt.error();
    }

    // The ledger knows (or will know) the token; the vault keeps its summary key and a record.
    if (sealed)
        CL_TRY(
            patient.vault().secrets().put(key_secret_name(issued->token_id), sealed->pointer.key));
    CL_ASSIGN_OR_RETURN(auto records, load_token_records(patient));
    IssuedTokenRecord rec;
    rec.token_id = issued->token_id;
    rec.issued = issued->issued_at;
    rec.expires = issued->expires_at;
    if (sealed)
        rec.blob_id = sealed->pointer.blob_id;
    rec.pin_protected = issued->pin_protected;
    rec.single_use = options.single_use;
    rec.index = pending ? 0 : receipt.value().index;
    rec.pending = pending;
    records.push_back(rec);
    CL_TRY(save_token_records(patient, records));

    IssuedEmergencyToken out{std::move(*issued), pending ? node::Receipt{} : receipt.value(),
                             std::nullopt,       pending,
                             std::nullopt,       std::move(summary_dropped)};
    if (sealed)
        out.blob_id = sealed->pointer.blob_id;
    if (pending)
        out.queued = receipt.error();
    return out;
}

Result<node::Receipt> revoke_emergency_token(Wallet& patient, node::LedgerClient& ledger,
                                             node::BlobStorage& blobs, const ledger::TokenId& id) {
    if (patient.role() != ledger::Role::patient)
        return make_error("wallet.not_patient", "only a patient wallet can revoke its tokens");
    CL_TRY(ledger.refresh());
    CL_ASSIGN_OR_RETURN(auto entry,
                        patient.sign(ledger::EmergencyRevokePayload{id},
                                     patient.tag(ledger.network().origin()), ledger.state()));
    CL_ASSIGN_OR_RETURN(auto receipt, ledger.submit(entry.bytes()));

    // Crypto-shredding: without the key the sealed summary is noise; the blob goes too.
    CL_TRY(patient.vault().secrets().remove(key_secret_name(id)));
    CL_ASSIGN_OR_RETURN(auto records, load_token_records(patient));
    for (auto& r : records) {
        if (r.token_id != id)
            continue;
        if (r.blob_id)
            CL_TRY(blobs.remove(*r.blob_id));
        r.blob_id.reset();
        r.revoked = true;
    }
    CL_TRY(save_token_records(patient, records));
    return receipt;
}

Result<ledger::TokenId> parse_token_id(std::string_view text) {
    auto id = fixed_from_hex<16>(trim(text));
    if (!id.ok())
        return make_error("emergency.bad_token_id", "a token id is 32 hex digits");
    return id;
}

// ---- Verifying -------------------------------------------------------------------------------

Result<VaultSeenTokens> VaultSeenTokens::load(Wallet& w) {
    VaultSeenTokens seen(w);
    CL_ASSIGN_OR_RETURN(auto text, w.vault().settings().get(kSeenTokensSetting));
    if (!text)
        return seen;
    try {
        for (const auto& id : nlohmann::json::parse(*text))
            seen.seen_.insert(id.get<std::string>());
    } catch (const nlohmann::json::exception& e) {
        return make_error("emergency.bad_records",
                          std::string("the vault's seen-token list is damaged: ") + e.what());
    }
    return seen;
}

bool VaultSeenTokens::check_and_mark(const ledger::TokenId& id) {
    const bool fresh = seen_.insert(hex_id(view(id))).second;
    dirty_ = dirty_ || fresh;
    return !fresh;
}

Status VaultSeenTokens::save() {
    if (!dirty_)
        return {};
    nlohmann::json arr(seen_);
    CL_TRY(wallet_->vault().settings().put(kSeenTokensSetting, arr.dump()));
    dirty_ = false;
    return {};
}

token::VerifyContext verify_context(const node::LedgerClient& ledger,
                                    const EmergencyVerifyOptions& options) {
    const auto& state = ledger.state();
    token::VerifyContext ctx;
    ctx.now = options.at;
    ctx.lookup_key = [&state](const crypto::KeyId& kid) {
        for (const auto& key : state.identity_keys()) {
            const auto* rec = state.identity(key);
            if (rec != nullptr && rec->role == ledger::Role::patient && crypto::key_id(key) == kid)
                return token::KeyLookup{token::KeyState::active, key};
        }
        return token::KeyLookup{};
    };
    ctx.token_state = [&state](const ledger::TokenId& id) {
        const auto* t = state.token(id);
        if (t == nullptr)
            return token::TokenState::unknown;
        // Expiry is the token's own claim, checked by verify() with the clock-skew allowance.
        return t->revoked ? token::TokenState::revoked : token::TokenState::active;
    };
    // The embedded ledger is read under its lock and refreshed before this: current as of now.
    ctx.trust_as_of = now_unix();
    ctx.expected_issuer = ledger.network().origin();
    ctx.pin = options.pin;
    ctx.seen = options.seen;
    return ctx;
}

Result<token::Verdict> verify_emergency_token(std::string_view text, node::LedgerClient& ledger,
                                              const EmergencyVerifyOptions& options) {
    CL_TRY(ledger.refresh());
    const auto ctx = verify_context(ledger, options);
    CL_ASSIGN_OR_RETURN(auto verdict, token::verify(trim(text), ctx));
    const auto* rec = ledger.state().token(verdict.token_id);
    if (rec == nullptr ||
        rec->patient != ledger::patient_tag(ledger.network().origin(), verdict.patient_key))
        return token::token_error(token::errc::unknown_to_ledger,
                                  "the ledger records this token for another patient");
    return verdict;
}

Result<node::Receipt> record_emergency_access(Wallet& provider, node::LedgerClient& ledger,
                                              const token::Verdict& verdict) {
    if (provider.role() != ledger::Role::provider)
        return make_error("wallet.not_provider", "only a provider wallet can record an access");
    CL_TRY(ledger.refresh());
    ledger::AccessPayload what{verdict.token_id, verdict.categories,
                               std::string(kEmergencyPurpose)};
    CL_ASSIGN_OR_RETURN(auto entry, provider.sign(std::move(what),
                                                  ledger::patient_tag(ledger.network().origin(),
                                                                      verdict.patient_key),
                                                  ledger.state()));
    return ledger.submit(entry.bytes());
}

} // namespace careledger::wallet
