// ledger init | status | checkpoint | proof | verify;  directory list;  provider certify
#include "cli/commands.h"
#include "common/time.h"
#include "wallet/consents.h"

#include <algorithm>
#include <sstream>

namespace careledger::cli {

nlohmann::json receipt_json(const node::Receipt& r) {
    return {{"index", r.index}, {"entry_id", to_hex(view(r.id))}, {"tree_size", r.tree_size}};
}

namespace {

// `location` is the embedded ledger's directory or the node URLs.
nlohmann::json status_json(node::LedgerClient& l, const std::string& location) {
    return {{"origin", l.network().origin()},
            {"size", l.checkpoint().size},
            {"root", to_base64(view(l.checkpoint().root))},
            {"vkey", tlog::format_vkey(l.network().log_key())},
            {"ledger", location},
            {"registrars", l.network().registrars().size()},
            {"providers", l.state().provider_directory().size()}};
}

} // namespace

void add_ledger_commands(CLI::App& app, Runner& r) {
    auto* ledger =
        app.add_subcommand("ledger", "The embedded ledger: create, inspect, prove, verify");
    ledger->require_subcommand(1);

    {
        auto* cmd = ledger->add_subcommand(
            "init", "Create an embedded network; a registrar --wallet becomes its registrar");
        auto origin = std::make_shared<std::string>();
        cmd->add_option("--origin", *origin,
                        "Log origin (default careledger.local/ledger-<random>)");
        cmd->callback([&r, origin] {
            r.run([&](Context& c) -> int {
                if (node::LocalLedger::exists(c.ledger_dir()))
                    return c.out().error(make_error("ledger.exists", "a ledger already exists in " +
                                                                         c.ledger_dir().string()));
                node::LocalLedgerInit init;
                init.origin = *origin;
                wallet::Wallet* registrar = nullptr;
                if (c.wallet_exists()) {
                    CLI_TRY_ASSIGN(registrar, c.wallet());
                    if (registrar->role() != ledger::Role::registrar)
                        return c.out().error(make_error(
                            "wallet.not_registrar",
                            "the wallet in " + c.wallet_dir().string() +
                                " is not a registrar wallet (create one with --role registrar)"));
                    init.registrar = registrar->public_key();
                }
                CLI_TRY_ASSIGN(auto created, node::LocalLedger::init(c.ledger_dir(), init));
                if (registrar != nullptr) {
                    CLI_TRY(wallet::register_identity(*registrar, created));
                }
                auto j = status_json(created, c.ledger_dir().string());
                j["registrar"] = registrar != nullptr ? registrar->key_id() : std::string("local");
                c.out().result(j, "Ledger created in " + c.ledger_dir().string() +
                                      "\nOrigin: " + created.network().origin() +
                                      "\nRegistrar: " + j["registrar"].get<std::string>());
                return kExitOk;
            });
        });
    }

    ledger->add_subcommand("status", "Origin, size, root and log key of the ledger")
        ->callback([&r] {
            r.run([&](Context& c) -> int {
                CLI_TRY_ASSIGN(auto* l, c.client());
                CLI_TRY(l->refresh());
                auto j = status_json(*l, c.ledger_location());
                j["remote"] = c.remote() != nullptr;
                std::ostringstream s;
                s << "Origin:    " << j["origin"].get<std::string>() << "\n"
                  << "Size:      " << j["size"].get<std::uint64_t>() << " entries\n"
                  << "Root:      " << j["root"].get<std::string>() << "\n"
                  << "Log key:   " << j["vkey"].get<std::string>() << "\n"
                  << "Providers: " << j["providers"].get<std::size_t>() << " certified\n";
                if (c.remote() != nullptr && c.remote()->offline())
                    j["offline"] = c.remote()->offline()->message;
                c.out().result(j, s.str());
                note_if_offline(c);
                return kExitOk;
            });
        });

    ledger->add_subcommand("checkpoint", "Print the signed checkpoint (c2sp.org/tlog-checkpoint)")
        ->callback([&r] {
            r.run([&](Context& c) -> int {
                CLI_TRY_ASSIGN(auto* l, c.client());
                CLI_TRY(l->refresh());
                c.out().result({{"checkpoint", l->checkpoint_note()}}, l->checkpoint_note());
                note_if_offline(c);
                return kExitOk;
            });
        });

    {
        auto* cmd =
            ledger->add_subcommand("proof", "Inclusion proof of an entry (c2sp.org/tlog-proof)");
        auto index = std::make_shared<std::uint64_t>(0);
        cmd->add_option("INDEX", *index, "Leaf index of the entry")->required();
        cmd->callback([&r, index] {
            r.run([&](Context& c) -> int {
                CLI_TRY_ASSIGN(auto* l, c.client());
                CLI_TRY(l->refresh());
                CLI_TRY_ASSIGN(auto proof, l->proof(*index));
                c.out().result({{"index", *index}, {"proof", proof}}, proof);
                return kExitOk;
            });
        });
    }

    ledger->add_subcommand("verify", "Recompute every entry, tile, root and signature")
        ->callback([&r] {
            r.run([&](Context& c) -> int {
                CLI_TRY_ASSIGN(auto* l, c.ledger());
                auto report = l->verify_all();
                if (!report.ok())
                    return c.out().error(report.error(), kExitVerifyFailed);
                nlohmann::json j = {{"verified", true},
                                    {"entries", report->entries},
                                    {"tiles", report->tiles_checked},
                                    {"signatures", report->signatures_checked},
                                    {"root", report->root_base64}};
                c.out().result(j, "Ledger verified: " + std::to_string(report->entries) +
                                      " entries, " + std::to_string(report->tiles_checked) +
                                      " tiles, " + std::to_string(report->signatures_checked) +
                                      " signatures; root " + report->root_base64);
                return kExitOk;
            });
        });

    auto* directory = app.add_subcommand("directory", "The provider directory on the ledger");
    directory->require_subcommand(1);
    directory->add_subcommand("list", "List certified providers")->callback([&r] {
        r.run([&](Context& c) -> int {
            CLI_TRY_ASSIGN(auto* l, c.client());
            CLI_TRY(l->refresh());
            nlohmann::json arr = nlohmann::json::array();
            std::ostringstream s;
            auto listing = l->state().provider_directory();
            std::sort(listing.begin(), listing.end(), [](const auto& a, const auto& b) {
                return a.certification.display_name < b.certification.display_name;
            });
            for (const auto& p : listing) {
                const auto& cert = p.certification;
                arr.push_back(
                    {{"key_id", crypto::key_id_hex(p.key)},
                     {"public_key", to_hex(view(p.key))},
                     {"name", cert.display_name},
                     {"organisation", cert.organisation},
                     {"role", cert.provider_role},
                     {"certified_at", format_utc(static_cast<UnixTime>(cert.certified.time))},
                     {"certified_by", crypto::key_id_hex(cert.registrar)}});
                s << crypto::key_id_hex(p.key) << "  " << cert.display_name << " — "
                  << cert.organisation << " (" << cert.provider_role << ")\n";
            }
            if (arr.empty())
                s << "No certified providers yet (try: careledger-cli demo).\n";
            c.out().result(arr, s.str());
            return kExitOk;
        });
    });

    auto* provider = app.add_subcommand("provider", "Provider certification (registrars)");
    provider->require_subcommand(1);
    {
        auto* cmd = provider->add_subcommand(
            "certify", "Certify a registered provider (with a registrar --wallet, or the "
                       "embedded ledger's local registrar when no wallet exists)");
        auto key = std::make_shared<std::string>();
        auto what = std::make_shared<wallet::Certification>();
        cmd->add_option("KEY_ID", *key, "The provider's key id or public key")->required();
        cmd->add_option("--name", what->display_name, "Display name, e.g. Dr. Ana Ruiz")
            ->required();
        cmd->add_option("--org", what->organisation, "Organisation")->required();
        cmd->add_option("--role", what->provider_role,
                        "Provider role, e.g. emergency-department, family-doctor, laboratory")
            ->required();
        cmd->callback([&r, key, what] {
            r.run([&](Context& c) -> int {
                CLI_TRY_ASSIGN(auto* l, c.client());
                CLI_TRY(l->refresh());
                CLI_TRY_ASSIGN(const auto subject, wallet::resolve_key(l->state(), *key));
                Result<node::Receipt> submitted = make_error("cli.internal", "not submitted");
                if (c.wallet_exists() || c.ledger_is_remote()) {
                    CLI_TRY_ASSIGN(auto* w, c.wallet());
                    if (w->role() != ledger::Role::registrar)
                        return c.out().error(make_error("wallet.not_registrar",
                                                        "only a registrar wallet can certify"));
                    // On a remote network the registrar (named by the policy) registers its
                    // identity on first use; the embedded one did at `ledger init`.
                    auto registered = wallet::register_identity(*w, *l);
                    if (!registered.ok())
                        return submit_failed(c, registered.error(), "registrar identity");
                    submitted = wallet::certify_provider(*w, *l, subject, *what);
                } else {
                    CLI_TRY_ASSIGN(auto* local, c.ledger());
                    CLI_TRY_ASSIGN(auto registrar, local->local_registrar());
                    submitted = wallet::certify_provider(registrar, *l, subject, *what);
                }
                if (!submitted.ok())
                    return submit_failed(c, submitted.error(),
                                         "certification of " + what->display_name);
                const auto& receipt = submitted.value();
                auto j = receipt_json(receipt);
                j["key_id"] = crypto::key_id_hex(subject);
                c.out().result(j, "Certified " + what->display_name + " (" +
                                      crypto::key_id_hex(subject) + ") at index " +
                                      std::to_string(receipt.index));
                return kExitOk;
            });
        });
    }
}

} // namespace careledger::cli
