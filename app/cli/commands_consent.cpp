// grant create | list | revoke;  access record;  audit
#include "cli/commands.h"
#include "common/time.h"
#include "wallet/consents.h"

#include <sstream>

namespace careledger::cli {

namespace {

std::string_view status_name(ledger::GrantStatus s) {
    switch (s) {
    case ledger::GrantStatus::not_yet_valid:
        return "pending";
    case ledger::GrantStatus::active:
        return "active";
    case ledger::GrantStatus::expired:
        return "expired";
    case ledger::GrantStatus::revoked:
        return "revoked";
    }
    return "unknown";
}

std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v)
        out += (out.empty() ? "" : ",") + s;
    return out;
}

std::string reader_label(const ledger::LedgerState& state, const crypto::PublicKey& key) {
    if (const auto* cert = state.certification(key))
        return cert->display_name + " (" + cert->organisation + ")";
    return crypto::key_id_hex(key);
}

Result<wallet::Wallet*> patient_wallet(Context& c) {
    CL_ASSIGN_OR_RETURN(auto* w, c.wallet());
    if (w->role() != ledger::Role::patient)
        return make_error("wallet.not_patient", "only a patient wallet can do this");
    return w;
}

} // namespace

void add_consent_commands(CLI::App& app, Runner& r) {
    auto* grant = app.add_subcommand("grant", "Grant, list and revoke access to your records");
    grant->require_subcommand(1);
    {
        auto* cmd = grant->add_subcommand("create", "Grant a provider access to record categories");
        auto to = std::make_shared<std::string>();
        auto cats = std::make_shared<std::string>();
        auto purpose = std::make_shared<std::string>("TREAT");
        auto until = std::make_shared<std::string>();
        auto from = std::make_shared<std::string>();
        auto mode = std::make_shared<std::string>("view");
        auto erase = std::make_shared<std::string>();
        cmd->add_option("--to", *to, "The provider's key id (see: directory list)")->required();
        cmd->add_option("--categories", *cats, "Record categories, e.g. allergies,medications")
            ->required();
        cmd->add_option("--purpose", *purpose, "TREAT, ETREAT, HPAYMT or HRESCH")
            ->capture_default_str();
        cmd->add_option("--until", *until, "Expiry: YYYY-MM-DD, a UTC time, or 30d, 1y")
            ->required();
        cmd->add_option("--from", *from, "Start (default now)");
        cmd->add_option("--mode", *mode, "view or view-download")->capture_default_str();
        cmd->add_option("--erase-by", *erase, "Date by which the grantee must erase copies");
        cmd->callback([&r, to, cats, purpose, until, from, mode, erase] {
            r.run([&](Context& c) -> int {
                CLI_TRY_ASSIGN(auto* w, patient_wallet(c));
                CLI_TRY_ASSIGN(auto* l, c.client());
                CLI_TRY(l->refresh());
                const auto now = now_unix();
                wallet::GrantRequest req;
                CLI_TRY_ASSIGN(req.grantee, wallet::resolve_key(l->state(), *to));
                CLI_TRY_ASSIGN(req.categories, wallet::parse_categories(*cats));
                req.purpose = *purpose;
                req.mode = *mode;
                CLI_TRY_ASSIGN(const auto expiry, parse_time(*until, now));
                req.expiry = static_cast<std::uint64_t>(expiry);
                if (!from->empty()) {
                    CLI_TRY_ASSIGN(const auto nb, parse_time(*from, now));
                    req.not_before = static_cast<std::uint64_t>(nb);
                }
                if (!erase->empty()) {
                    CLI_TRY_ASSIGN(const auto eb, parse_time(*erase, now));
                    req.erase_by = static_cast<std::uint64_t>(eb);
                }
                const auto who = reader_label(l->state(), req.grantee);
                const auto what = "grant to " + who + " of " + join(req.categories);
                auto submitted = wallet::create_grant(*w, *l, req);
                if (!submitted.ok())
                    return submit_failed(c, submitted.error(), what);
                const auto& receipt = submitted.value();
                auto j = receipt_json(receipt);
                j["grant_id"] = to_hex(view(receipt.id));
                j["expires"] = format_utc(expiry);
                c.out().result(j, "Granted " + who + " " + *mode + " access to " +
                                      join(req.categories) + " for " + *purpose + " until " +
                                      format_utc(expiry) +
                                      "\nGrant id: " + to_hex(view(receipt.id)));
                return kExitOk;
            });
        });
    }
    grant->add_subcommand("list", "Your grants and their status")->callback([&r] {
        r.run([&](Context& c) -> int {
            CLI_TRY_ASSIGN(auto* w, patient_wallet(c));
            CLI_TRY_ASSIGN(auto* l, c.client());
            CLI_TRY(l->refresh());
            const auto now = static_cast<std::uint64_t>(now_unix());
            nlohmann::json arr = nlohmann::json::array();
            std::ostringstream s;
            for (const auto& g : l->state().grants_of(w->tag(l->network().origin()), now)) {
                const auto& t = g.grant.terms;
                arr.push_back({{"grant_id", to_hex(view(g.grant.id))},
                               {"grantee", crypto::key_id_hex(t.grantee)},
                               {"grantee_name", reader_label(l->state(), t.grantee)},
                               {"categories", t.categories},
                               {"purpose", t.purpose},
                               {"mode", t.mode},
                               {"not_before", format_utc(static_cast<UnixTime>(t.not_before))},
                               {"expires", format_utc(static_cast<UnixTime>(t.expiry))},
                               {"status", std::string(status_name(g.status))},
                               {"index", g.grant.granted.index}});
                s << to_hex(view(g.grant.id)).substr(0, 12) << "  " << status_name(g.status) << "  "
                  << reader_label(l->state(), t.grantee) << "  " << join(t.categories) << "  "
                  << t.purpose << "  until " << format_utc(static_cast<UnixTime>(t.expiry)) << "\n";
            }
            if (arr.empty())
                s << "No grants yet.\n";
            c.out().result(arr, s.str());
            return kExitOk;
        });
    });
    {
        auto* cmd = grant->add_subcommand("revoke", "Revoke a grant");
        auto id = std::make_shared<std::string>();
        cmd->add_option("GRANT_ID", *id, "Grant id (or a unique prefix of 8+ hex digits)")
            ->required();
        cmd->callback([&r, id] {
            r.run([&](Context& c) -> int {
                CLI_TRY_ASSIGN(auto* w, patient_wallet(c));
                CLI_TRY_ASSIGN(auto* l, c.client());
                CLI_TRY(l->refresh());
                CLI_TRY_ASSIGN(
                    const auto grant_id,
                    wallet::resolve_grant(l->state(), w->tag(l->network().origin()), *id));
                auto submitted = wallet::revoke_grant(*w, *l, grant_id);
                if (!submitted.ok())
                    return submit_failed(c, submitted.error(),
                                         "revocation of grant " + to_hex(view(grant_id)));
                const auto& receipt = submitted.value();
                auto j = receipt_json(receipt);
                j["grant_id"] = to_hex(view(grant_id));
                j["revoked"] = true;
                c.out().result(j, "Revoked grant " + to_hex(view(grant_id)));
                return kExitOk;
            });
        });
    }

    auto* access = app.add_subcommand("access", "Provider side: record a read of patient data");
    access->require_subcommand(1);
    {
        auto* cmd =
            access->add_subcommand("record", "Write an ACCESS entry under a patient's grant");
        auto patient = std::make_shared<std::string>();
        auto grant_id = std::make_shared<std::string>();
        auto cats = std::make_shared<std::string>();
        auto purpose = std::make_shared<std::string>("TREAT");
        cmd->add_option("--patient", *patient, "The patient's tag (64 hex digits)")->required();
        cmd->add_option("--grant", *grant_id, "The grant id you rely on")->required();
        cmd->add_option("--categories", *cats, "Categories read")->required();
        cmd->add_option("--purpose", *purpose, "Purpose of use")->capture_default_str();
        cmd->callback([&r, patient, grant_id, cats, purpose] {
            r.run([&](Context& c) -> int {
                CLI_TRY_ASSIGN(auto* w, c.wallet());
                wallet::AccessRequest req;
                CLI_TRY_ASSIGN(const auto tag_bytes, from_hex(*patient));
                if (tag_bytes.size() != req.patient.size())
                    return c.out().error(
                        make_error("wallet.bad_tag", "a patient tag is 64 hex digits"));
                std::copy(tag_bytes.begin(), tag_bytes.end(), req.patient.begin());
                // A remote light node follows the patient too: the grant is among its entries.
                CLI_TRY_ASSIGN(auto* l, c.client({req.patient}));
                CLI_TRY(l->refresh());
                CLI_TRY_ASSIGN(req.grant_id,
                               wallet::resolve_grant(l->state(), req.patient, *grant_id));
                CLI_TRY_ASSIGN(req.categories, wallet::parse_categories(*cats));
                req.purpose = *purpose;
                auto submitted = wallet::record_access(*w, *l, req);
                if (!submitted.ok())
                    return submit_failed(c, submitted.error(), "access record");
                const auto& receipt = submitted.value();
                c.out().result(receipt_json(receipt),
                               "Access recorded at index " + std::to_string(receipt.index));
                return kExitOk;
            });
        });
    }

    app.add_subcommand("audit", "Every access to your records, each verified against the log")
        ->callback([&r] {
            r.run([&](Context& c) -> int {
                CLI_TRY_ASSIGN(auto* w, patient_wallet(c));
                CLI_TRY_ASSIGN(auto* l, c.client());
                CLI_TRY_ASSIGN(auto events, wallet::audit(*w, *l));
                nlohmann::json arr = nlohmann::json::array();
                std::ostringstream s;
                bool all_verified = true;
                for (const auto& e : events) {
                    const bool emergency = e.basis == ledger::AccessBasis::emergency;
                    nlohmann::json j = {{"index", e.index},
                                        {"reader", crypto::key_id_hex(e.reader)},
                                        {"reader_name", e.reader_name},
                                        {"categories", e.categories},
                                        {"purpose", e.purpose},
                                        {"time", format_utc(static_cast<UnixTime>(e.time))},
                                        {"basis", emergency ? "emergency" : "grant"},
                                        {"reference", e.reference_hex},
                                        {"verified", e.verified}};
                    if (!e.verified)
                        j["verify_error"] = e.verify_error;
                    all_verified = all_verified && e.verified;
                    arr.push_back(j);
                    s << format_utc(static_cast<UnixTime>(e.time)) << "  "
                      << (e.reader_name.empty() ? crypto::key_id_hex(e.reader) : e.reader_name)
                      << "  " << join(e.categories) << "  " << e.purpose << "  "
                      << (emergency ? "EMERGENCY" : "grant") << "  "
                      << (e.verified ? "verified" : "NOT VERIFIED: " + e.verify_error) << "\n";
                }
                if (events.empty())
                    s << "Nobody has accessed your records.\n";
                c.out().result(arr, s.str());
                note_if_offline(c);
                return all_verified ? kExitOk : kExitVerifyFailed;
            });
        });
}

} // namespace careledger::cli
