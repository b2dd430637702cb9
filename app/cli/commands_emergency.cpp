// emergency show | set | clear | import;  token issue | list | revoke | verify
#include "cli/commands.h"
#include "common/atomic_file.h"
#include "common/time.h"
#include "fhir/import.h"
#include "node/blob_store.h"
#include "token/errors.h"
#include "token/qr_card.h"
#include "token/qr_matrix.h"
#include "token/qr_render.h"
#include "token/qr_scan.h"
#include "token/triage_text.h"
#include "wallet/emergency.h"

#include <cstdlib>
#include <iostream>
#include <iterator>
#include <sstream>

namespace careledger::cli {

namespace {

constexpr std::size_t kMaxTokenInput = std::size_t{64} * 1024; // a token is a few hundred bytes

Result<wallet::Wallet*> patient_wallet(Context& c) {
    CL_ASSIGN_OR_RETURN(auto* w, c.wallet());
    if (w->role() != ledger::Role::patient)
        return make_error("wallet.not_patient", "only a patient wallet has an emergency card");
    return w;
}

nlohmann::json concept_json(const token::Concept& k) {
    nlohmann::json j = {{"text", token::concept_label(k)}};
    if (k.system != token::CodeSystem::none) {
        j["system"] = std::string(token::system_uri(k.system));
        j["code"] = k.code;
    }
    return j;
}

nlohmann::json triage_json(const token::TriageSet& t) {
    nlohmann::json j = nlohmann::json::object();
    nlohmann::json allergies = nlohmann::json::array();
    for (const auto& a : t.allergies) {
        nlohmann::json reactions = nlohmann::json::array();
        for (const auto& r : a.reactions)
            reactions.push_back(concept_json(r));
        allergies.push_back(
            {{"substance", concept_json(a.substance)},
             {"reactions", reactions},
             {"criticality", std::string(token::criticality_label(a.criticality))}});
    }
    nlohmann::json meds = nlohmann::json::array();
    for (const auto& m : t.medications)
        meds.push_back({{"medication", concept_json(m.medication)}, {"dose", m.dose}});
    nlohmann::json problems = nlohmann::json::array();
    for (const auto& p : t.problems)
        problems.push_back(concept_json(p));
    nlohmann::json contacts = nlohmann::json::array();
    for (const auto& k : t.contacts)
        contacts.push_back(
            {{"name", k.name}, {"relationship", k.relationship}, {"phone", k.phone}});
    j["allergies"] = allergies;
    j["medications"] = meds;
    j["problems"] = problems;
    j["contacts"] = contacts;
    if (t.blood_type)
        j["blood_type"] = concept_json(t.blood_type->value);
    if (t.advance_directive)
        j["advance_directive"] = concept_json(*t.advance_directive);
    j["language"] = t.language;
    j["notes"] = t.notes;
    j["lines"] = token::summary_lines(t);
    return j;
}

std::string lines_text(const token::TriageSet& t) {
    std::string s;
    for (const auto& line : token::summary_lines(t))
        s += "  " + line + "\n";
    return s;
}

std::string_view ledger_status_name(ledger::TokenStatus s) {
    switch (s) {
    case ledger::TokenStatus::unknown:
        return "unknown";
    case ledger::TokenStatus::active:
        return "active";
    case ledger::TokenStatus::expired:
        return "expired";
    case ledger::TokenStatus::revoked:
        return "revoked";
    }
    return "unknown";
}

// The PIN of a new token: CARELEDGER_PIN, else --pin-file (first line).
Result<crypto::SecureBuffer> read_pin(const std::string& file) {
    if (const char* env = std::getenv("CARELEDGER_PIN"); env != nullptr)
        return crypto::SecureBuffer::copy_of(as_bytes(std::string_view(env)));
    if (file.empty())
        return make_error("cli.no_pin", "set the PIN in CARELEDGER_PIN or give --pin-file FILE");
    CL_ASSIGN_OR_RETURN(auto bytes, read_file(file, 1024));
    std::string_view text(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    text = text.substr(0, text.find_first_of("\r\n"));
    auto pin = crypto::SecureBuffer::copy_of(as_bytes(text));
    crypto::wipe(bytes.data(), bytes.size());
    return pin;
}

Status write_output(const std::string& path, ByteView data) {
    return write_file_atomically(path, data);
}

// Renders the token's QR into the files asked for.
Status write_renderings(const token::IssuedToken& t, const token::TriageSet& card,
                        const std::string& png, const std::string& svg, const std::string& pdf,
                        const std::string& card_format) {
    CL_ASSIGN_OR_RETURN(auto qr, token::QrMatrix::encode(t.text));
    if (!png.empty()) {
        CL_ASSIGN_OR_RETURN(auto bytes, token::render_png(qr));
        CL_TRY(write_output(png, bytes));
    }
    if (!svg.empty()) {
        CL_ASSIGN_OR_RETURN(auto text, token::render_svg(qr));
        CL_TRY(write_output(svg, as_bytes(text)));
    }
    if (!pdf.empty()) {
        const auto format = card_format == "id1" ? token::CardFormat::id1 : token::CardFormat::a6;
        CL_ASSIGN_OR_RETURN(
            auto c, token::render_card_pdf(format, qr, token::card_text(card, t.expires_at)));
        CL_TRY(write_output(pdf, c.pdf));
    }
    return {};
}

// The token text from --text, --image or stdin.
Result<std::string> token_input(const std::string& text, const std::string& image) {
    if (!text.empty())
        return text;
    if (!image.empty())
        return token::scan_png_file(image);
    std::string in;
    char buf[4096];
    while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
        in.append(buf, static_cast<std::size_t>(std::cin.gcount()));
        if (in.size() > kMaxTokenInput)
            return token::token_error(token::errc::too_large, "the input is not a token");
    }
    if (in.find_first_not_of(" \t\r\n") == std::string::npos)
        return make_error("cli.no_token", "give --text TOKEN, --image FILE, or the token on stdin");
    return in;
}

void add_card_commands(CLI::App& app, Runner& r) {
    auto* em = app.add_subcommand("emergency", "Your emergency card (triage data for tokens)");
    em->require_subcommand(1);
    em->add_subcommand("show", "Show the emergency card")->callback([&r] {
        r.run([&](Context& c) -> int {
            CLI_TRY_ASSIGN(auto* w, patient_wallet(c));
            CLI_TRY_ASSIGN(const auto card, wallet::load_card(*w));
            c.out().result(triage_json(card), "Emergency card:\n" + lines_text(card));
            return kExitOk;
        });
    });
    {
        auto* cmd = em->add_subcommand("set", "Set or add to a field of the emergency card");
        auto field = std::make_shared<std::string>();
        auto values = std::make_shared<std::vector<std::string>>();
        cmd->add_option("FIELD", *field,
                        "blood-type, allergy, medication, problem, directive, contact, language, "
                        "notes")
            ->required();
        cmd->add_option("VALUE", *values,
                        "allergy SUBSTANCE[:REACTION,...][!high]; medication NAME[:DOSE]; contact "
                        "NAME|RELATIONSHIP|PHONE")
            ->required();
        cmd->callback([&r, field, values] {
            r.run([&](Context& c) -> int {
                CLI_TRY_ASSIGN(auto* w, patient_wallet(c));
                CLI_TRY_ASSIGN(auto card, wallet::load_card(*w));
                CLI_TRY(wallet::set_field(card, *field, *values));
                CLI_TRY(wallet::save_card(*w, card));
                c.out().result(triage_json(card), "Emergency card updated:\n" + lines_text(card));
                return kExitOk;
            });
        });
    }
    {
        auto* cmd = em->add_subcommand("clear", "Clear a field of the emergency card (or all)");
        auto field = std::make_shared<std::string>();
        cmd->add_option("FIELD", *field, "A field name, or all")->required();
        cmd->callback([&r, field] {
            r.run([&](Context& c) -> int {
                CLI_TRY_ASSIGN(auto* w, patient_wallet(c));
                CLI_TRY_ASSIGN(auto card, wallet::load_card(*w));
                CLI_TRY(wallet::clear_field(card, *field));
                CLI_TRY(wallet::save_card(*w, card));
                c.out().result(triage_json(card), "Emergency card updated:\n" + lines_text(card));
                return kExitOk;
            });
        });
    }
    {
        auto* cmd =
            em->add_subcommand("import", "Replace the card with a FHIR R4 JSON Bundle (IPS)");
        auto file = std::make_shared<std::string>();
        cmd->add_option("FILE", *file, "FHIR R4 Bundle, JSON")->required();
        cmd->callback([&r, file] {
            r.run([&](Context& c) -> int {
                CLI_TRY_ASSIGN(auto* w, patient_wallet(c));
                CLI_TRY_ASSIGN(const auto bytes, read_file(*file, fhir::kMaxBundleBytes + 1));
                CLI_TRY_ASSIGN(const auto stats, wallet::import_card(*w, to_string(bytes)));
                CLI_TRY_ASSIGN(const auto card, wallet::load_card(*w));
                auto j = triage_json(card);
                j["imported"] = {{"entries", stats.entries},         {"allergies", stats.allergies},
                                 {"medications", stats.medications}, {"problems", stats.problems},
                                 {"contacts", stats.contacts},       {"excluded", stats.excluded},
                                 {"skipped", stats.skipped}};
                c.out().result(j, "Imported " + std::to_string(stats.entries) +
                                      " resources into the emergency card:\n" + lines_text(card));
                return kExitOk;
            });
        });
    }
}

void add_issue_command(CLI::App* tok, Runner& r) {
    auto* cmd = tok->add_subcommand("issue", "Issue an emergency QR token for your card");
    struct Opts {
        std::string expires = "24h";
        bool pin = false;
        std::string pin_file;
        bool single_use = false;
        bool no_summary = false;
        std::string png, svg, pdf, card = "a6";
    };
    auto o = std::make_shared<Opts>();
    cmd->add_option("--expires", o->expires, "Lifetime (24h, 7d, 1y) or a date; at most 1 year")
        ->capture_default_str();
    cmd->add_flag("--pin", o->pin, "Protect the triage data with a PIN (CARELEDGER_PIN)");
    cmd->add_option("--pin-file", o->pin_file, "Read the PIN from this file");
    cmd->add_flag("--single-use", o->single_use, "Each verifier accepts the token once");
    cmd->add_flag("--no-summary", o->no_summary, "Leave out the pointer to the full summary");
    cmd->add_option("--png", o->png, "Write the QR code as PNG");
    cmd->add_option("--svg", o->svg, "Write the QR code as SVG");
    cmd->add_option("--pdf", o->pdf, "Write a printable card (PDF)");
    cmd->add_option("--card", o->card, "Card size for --pdf: a6 or id1")
        ->check(CLI::IsMember({"a6", "id1"}))
        ->capture_default_str();
    cmd->callback([&r, o] {
        r.run([&](Context& c) -> int {
            CLI_TRY_ASSIGN(auto* w, patient_wallet(c));
            CLI_TRY_ASSIGN(auto* l, c.client());
            const auto now = now_unix();
            CLI_TRY_ASSIGN(const auto until, parse_time(o->expires, now));
            wallet::EmergencyIssueOptions opts;
            opts.lifetime = until - now;
            opts.single_use = o->single_use;
            opts.with_summary = !o->no_summary;
            std::optional<crypto::SecureBuffer> pin;
            if (o->pin || !o->pin_file.empty()) {
                CLI_TRY_ASSIGN(auto p, read_pin(o->pin_file));
                pin.emplace(std::move(p));
                opts.pin = &*pin;
            }
            CLI_TRY_ASSIGN(auto* blobs, c.blobs());
            auto submitted = wallet::issue_emergency_token(*w, *l, *blobs, opts);
            if (!submitted.ok())
                return c.out().error(submitted.error());
            auto& issued = submitted.value();
            CLI_TRY_ASSIGN(const auto card, wallet::load_card(*w));
            CLI_TRY_ASSIGN(const auto qr, token::QrMatrix::encode(issued.token.text));
            CLI_TRY(write_renderings(issued.token, card, o->png, o->svg, o->pdf, o->card));
            auto j = receipt_json(issued.receipt);
            j["token"] = issued.token.text;
            j["token_id"] = to_hex(view(issued.token.token_id));
            j["issued"] = format_utc(issued.token.issued_at);
            j["expires"] = format_utc(issued.token.expires_at);
            j["qr_version"] = qr.version();
            j["pin_protected"] = issued.token.pin_protected;
            j["single_use"] = o->single_use;
            j["categories"] = issued.token.categories;
            if (issued.blob_id)
                j["blob_id"] = to_hex(view(*issued.blob_id));
            // Issued offline: the EMERGENCY_ISSUE entry waits in the outbox (exit 0, as every
            // queued submission); the card is valid once a node publishes it.
            j["pending"] = issued.pending;
            if (issued.queued) {
                j["queued"] = true;
                j["reason"] = issued.queued->message;
            }
            if (issued.summary_dropped)
                j["summary_error"] = {{"code", issued.summary_dropped->code},
                                      {"message", issued.summary_dropped->message}};
            std::ostringstream s;
            s << "Emergency token " << to_hex(view(issued.token.token_id)) << "\n"
              << "Valid until " << format_utc(issued.token.expires_at) << " (QR version "
              << qr.version() << (issued.token.pin_protected ? ", PIN protected" : "") << ")\n";
            if (issued.pending)
                s << "Issued but pending: no node took the ledger entry now ("
                  << issued.queued->message
                  << "). It waits in this wallet's outbox and is sent by later commands and "
                     "`sync`; verifiers accept the card once a node has published it.\n";
            if (issued.summary_dropped)
                s << "Without the full summary: no node could store it ("
                  << issued.summary_dropped->message << "); the card carries the triage data.\n";
            for (const auto* f : {&o->png, &o->svg, &o->pdf})
                if (!f->empty())
                    s << "Wrote " << *f << "\n";
            s << issued.token.text << "\n";
            c.out().result(j, s.str());
            return kExitOk;
        });
    });
}

void add_list_revoke_commands(CLI::App* tok, Runner& r) {
    tok->add_subcommand("list", "Your emergency tokens and their ledger status")->callback([&r] {
        r.run([&](Context& c) -> int {
            CLI_TRY_ASSIGN(auto* w, patient_wallet(c));
            CLI_TRY_ASSIGN(auto* l, c.client());
            CLI_TRY(l->refresh());
            CLI_TRY_ASSIGN(const auto records, wallet::load_token_records(*w));
            const auto now = static_cast<std::uint64_t>(now_unix());
            nlohmann::json arr = nlohmann::json::array();
            std::ostringstream s;
            for (const auto& t : records) {
                const auto status = ledger_status_name(l->state().token_status(t.token_id, now));
                // Issued offline: unknown to the ledger until the outbox delivers its entry.
                const bool pending = t.pending && status == "unknown";
                arr.push_back({{"token_id", to_hex(view(t.token_id))},
                               {"issued", format_utc(t.issued)},
                               {"expires", format_utc(t.expires)},
                               {"status", std::string(status)},
                               {"pin_protected", t.pin_protected},
                               {"single_use", t.single_use},
                               {"summary_stored", t.blob_id.has_value()},
                               {"pending", pending},
                               {"index", t.index}});
                s << to_hex(view(t.token_id)) << "  "
                  << (pending ? std::string_view("pending") : status) << "  until "
                  << format_utc(t.expires) << (t.pin_protected ? "  PIN" : "") << "\n";
            }
            if (arr.empty())
                s << "No emergency tokens yet.\n";
            c.out().result(arr, s.str());
            return kExitOk;
        });
    });
    auto* cmd = tok->add_subcommand("revoke", "Revoke a token and shred its full summary");
    auto id = std::make_shared<std::string>();
    cmd->add_option("TOKEN_ID", *id, "Token id (32 hex digits)")->required();
    cmd->callback([&r, id] {
        r.run([&](Context& c) -> int {
            CLI_TRY_ASSIGN(auto* w, patient_wallet(c));
            CLI_TRY_ASSIGN(auto* l, c.client());
            CLI_TRY_ASSIGN(const auto token_id, wallet::parse_token_id(*id));
            CLI_TRY_ASSIGN(auto* blobs, c.blobs());
            auto submitted = wallet::revoke_emergency_token(*w, *l, *blobs, token_id);
            if (!submitted.ok())
                return submit_failed(c, submitted.error(),
                                     "revocation of emergency token " + to_hex(view(token_id)));
            const auto& receipt = submitted.value();
            auto j = receipt_json(receipt);
            j["token_id"] = to_hex(view(token_id));
            j["revoked"] = true;
            c.out().result(j, "Revoked emergency token " + to_hex(view(token_id)) +
                                  "; its full summary was deleted");
            return kExitOk;
        });
    });
}

struct VerifyOpts {
    std::string text, image, at, pin;
    bool no_log = false;
};

int run_verify(Context& c, const VerifyOpts& o) {
    CLI_TRY_ASSIGN(auto input, token_input(o.text, o.image));
    CLI_TRY_ASSIGN(auto* l, c.client());
    wallet::EmergencyVerifyOptions opts;
    if (!o.at.empty()) {
        CLI_TRY_ASSIGN(const auto at, parse_time(o.at, now_unix()));
        opts.at = at;
    }
    std::optional<crypto::SecureBuffer> pin;
    if (!o.pin.empty()) {
        pin.emplace(crypto::SecureBuffer::copy_of(as_bytes(o.pin)));
        opts.pin = &*pin;
    }
    // A provider wallet logs the read and remembers single-use tokens across runs; anyone else
    // (no wallet, --no-log, --at) only verifies.
    wallet::Wallet* provider = nullptr;
    if (!o.no_log && c.wallet_exists()) {
        CLI_TRY_ASSIGN(auto* w, c.wallet());
        if (w->role() == ledger::Role::provider)
            provider = w;
    }
    token::MemorySeenTokens memory_seen;
    std::optional<wallet::VaultSeenTokens> vault_seen;
    opts.seen = &memory_seen;
    const bool log = provider != nullptr && !opts.at;
    if (log) {
        CLI_TRY_ASSIGN(auto s, wallet::VaultSeenTokens::load(*provider));
        vault_seen.emplace(std::move(s));
        opts.seen = &*vault_seen;
    }

    auto verdict = wallet::verify_emergency_token(input, *l, opts);
    if (!verdict.ok()) {
        const auto& e = verdict.error();
        c.out().result({{"valid", false}, {"code", e.code}, {"message", e.message}},
                       "NOT VALID: " + e.message + " (" + e.code + ")");
        return kExitVerifyFailed;
    }
    const auto& v = verdict.value();
    nlohmann::json j = {
        {"valid", true},
        {"code", "ok"},
        {"message", "valid emergency token"},
        {"token_id", to_hex(view(v.token_id))},
        {"issued", format_utc(v.issued_at)},
        {"expires", format_utc(v.expires_at)},
        {"patient_tag", to_hex(view(ledger::patient_tag(l->network().origin(), v.patient_key)))},
        {"categories", v.categories},
        {"pin_protected", v.pin_protected},
        {"single_use", v.single_use},
        {"triage", triage_json(v.triage)},
        {"logged", false}};
    if (v.summary) {
        // The full summary is there unless the patient revoked the token (crypto-shredded).
        // Fetched blobs are checked against their id (a remote node can withhold, not alter).
        auto blobs = c.blobs();
        auto blob =
            blobs.ok() ? blobs.value()->get(v.summary->blob_id) : Result<Bytes>(blobs.error());
        j["summary_available"] = blob.ok() && token::open_summary(blob.value(), *v.summary).ok();
        if (!blob.ok())
            j["summary_error"] = {{"code", blob.error().code}, {"message", blob.error().message}};
    }
    std::ostringstream s;
    s << "VALID emergency token\n" << lines_text(v.triage);
    s << "Expires " << format_utc(v.expires_at) << "\n";
    if (log) {
        auto receipt = wallet::record_emergency_access(*provider, *l, v);
        if (receipt.ok()) {
            j["logged"] = true;
            j["index"] = receipt.value().index;
            s << "Emergency access logged on the ledger (entry " << receipt.value().index << ")\n";
        } else if (receipt.error().code == "sync.queued") {
            // The read is logged as soon as a node takes the entry: it waits in the outbox.
            j["logged"] = false;
            j["log_queued"] = true;
            j["log_error"] = {{"code", receipt.error().code}, {"message", receipt.error().message}};
            s << "Emergency access queued for the ledger, will be retried: "
              << receipt.error().message << "\n";
        } else {
            j["log_error"] = {{"code", receipt.error().code}, {"message", receipt.error().message}};
            s << "WARNING: the access could NOT be logged: " << receipt.error().message << "\n";
        }
        CLI_TRY(vault_seen->save());
    } else {
        s << "Access not logged ("
          << (opts.at ? "verified as of " + format_utc(*opts.at)
                      : std::string("no provider wallet"))
          << ")\n";
    }
    c.out().result(j, s.str());
    return kExitOk;
}

void add_verify_command(CLI::App* tok, Runner& r) {
    auto* cmd = tok->add_subcommand(
        "verify", "Verify an emergency token (clinician); logs the access with a provider wallet");
    auto o = std::make_shared<VerifyOpts>();
    auto* text = cmd->add_option("--text", o->text, "The token text (CL1:...)");
    cmd->add_option("--image", o->image, "A PNG image holding the QR code")->excludes(text);
    cmd->add_option("--at", o->at, "Verify as of this time (nothing is logged)");
    cmd->add_option("--pin", o->pin, "The token's PIN, when it has one");
    cmd->add_flag("--no-log", o->no_log, "Verify only: do not open a wallet or log the access");
    cmd->callback([&r, o] { r.run([&](Context& c) -> int { return run_verify(c, *o); }); });
}

} // namespace

void add_emergency_commands(CLI::App& app, Runner& r) {
    add_card_commands(app, r);
    auto* tok = app.add_subcommand("token", "Emergency QR tokens: issue, list, revoke, verify");
    tok->require_subcommand(1);
    add_issue_command(tok, r);
    add_list_revoke_commands(tok, r);
    add_verify_command(tok, r);
}

} // namespace careledger::cli
