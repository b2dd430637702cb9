// wallet create | restore | info | passwd | backup | import-backup
#include "cli/commands.h"
#include "wallet/consents.h"

#include <iostream>
#include <sstream>

namespace careledger::cli {

namespace {

std::string phrase_text(const crypto::SecureBuffer& m) {
    return to_string(m.view());
}

// `ledger` may be null: a new registrar wallet is not on any ledger until `ledger init` names it.
nlohmann::json identity_json(wallet::Wallet& w, const node::LedgerClient* ledger) {
    nlohmann::json j = {
        {"key_id", w.key_id()},
        {"public_key", to_hex(view(w.public_key()))},
        {"role", std::string(wallet::role_name(w.role()))},
        {"name", w.name()},
        {"registered", ledger != nullptr && ledger->state().identity(w.public_key()) != nullptr}};
    // The tag is what ledger entries about this key as a patient carry; shown for every role so
    // scripts find the field, meaningful for patients.
    if (ledger != nullptr)
        j["tag"] = to_hex(view(w.tag(ledger->network().origin())));
    return j;
}

std::string identity_text(const nlohmann::json& j) {
    std::ostringstream s;
    s << "Key id:     " << j["key_id"].get<std::string>() << "\n"
      << "Public key: " << j["public_key"].get<std::string>() << "\n"
      << "Role:       " << j["role"].get<std::string>() << "\n";
    if (!j["name"].get<std::string>().empty())
        s << "Name:       " << j["name"].get<std::string>() << "\n";
    if (j.contains("tag") && j["role"] == "patient")
        s << "Patient tag: " << j["tag"].get<std::string>() << "\n";
    s << "On ledger:  " << (j["registered"].get<bool>() ? "registered" : "not registered") << "\n";
    return s.str();
}

// Mnemonics from stdin, one per line (blank lines ignored), into secure memory.
Result<std::vector<crypto::SecureBuffer>> read_mnemonics() {
    std::vector<crypto::SecureBuffer> out;
    std::string line;
    while (std::getline(std::cin, line)) {
        std::size_t a = line.find_first_not_of(" \t\r");
        if (a != std::string::npos) {
            const std::size_t b = line.find_last_not_of(" \t\r");
            out.push_back(crypto::SecureBuffer::copy_of(as_bytes(line).subspan(a, b - a + 1)));
        }
        crypto::wipe(line.data(), line.size());
    }
    if (out.empty())
        return make_error("wallet.no_phrase",
                          "give the recovery phrase (or one share per line) on standard input");
    return out;
}

} // namespace

void add_wallet_commands(CLI::App& app, Runner& r) {
    auto* wallet = app.add_subcommand("wallet", "Create, restore, inspect and back up a wallet");
    wallet->require_subcommand(1);

    // wallet create
    {
        auto* cmd =
            wallet->add_subcommand("create", "Create a wallet and print its recovery phrase once");
        auto role = std::make_shared<std::string>("patient");
        auto name = std::make_shared<std::string>();
        auto shares = std::make_shared<std::string>();
        cmd->add_option("--role", *role, "patient, provider or registrar")->capture_default_str();
        cmd->add_option("--name", *name, "Your name, kept only in the encrypted wallet");
        cmd->add_option("--shares", *shares,
                        "Split recovery into shares: K-of-N, or T:K1-of-N1,K2-of-N2 for groups");
        cmd->callback([&r, role, name, shares] {
            r.run([&](Context& c) -> int {
                CLI_TRY_ASSIGN(const auto parsed_role, wallet::parse_role(*role));
                wallet::CreateOptions opts;
                opts.role = parsed_role;
                opts.name = *name;
                if (!shares->empty()) {
                    CLI_TRY_ASSIGN(opts.shares, wallet::parse_share_spec(*shares));
                }
                if (c.wallet_exists())
                    return c.out().error(make_error("vault.exists", "a wallet already exists in " +
                                                                        c.wallet_dir().string()));
                CLI_TRY_ASSIGN(auto pass, read_passphrase(c.passphrase_source(),
                                                          "New wallet passphrase: ", true));
                // A registrar is named by the network's policy, so it registers at `ledger init`
                // (or, on remote nodes, when it first certifies); patients and providers register
                // on the ledger right away.
                const bool registers = parsed_role != ledger::Role::registrar;
                node::LedgerClient* ledger = nullptr;
                if (registers && !c.ledger_is_remote()) {
                    CLI_TRY_ASSIGN(ledger, c.ledger());
                }
                CLI_TRY_ASSIGN(auto created, wallet::Wallet::create(c.wallet_dir(), pass, opts));
                auto& w = c.adopt_wallet(std::move(created.wallet));
                Status reg;
                if (registers && ledger == nullptr) {
                    // Remote: the light node lives in the new wallet's vault.
                    auto opened = c.client();
                    if (opened.ok()) {
                        ledger = opened.value();
                        c.remote()->assume_new_wallet(); // registration may wait in the outbox
                    } else {
                        reg = opened.error();
                    }
                }
                if (ledger != nullptr) {
                    auto registered = wallet::register_identity(w, *ledger);
                    if (!registered.ok())
                        reg = registered.error();
                }
                // Queued is not a failure here either: the identity waits in the outbox.
                const bool queued = !reg.ok() && reg.error().code == "sync.queued";
                nlohmann::json j = identity_json(w, ledger);
                // A light node's state shows the identity only once a checkpoint includes it;
                // the node's verified receipt is enough to say it is registered.
                if (ledger != nullptr && reg.ok())
                    j["registered"] = true;
                if (queued)
                    j["registration_queued"] = true;
                else if (!reg.ok())
                    j["registration_error"] = reg.error().message;
                const bool single = created.recovery.size() == 1 && created.recovery[0].size() == 1;
                std::ostringstream text;
                text << "Wallet created in " << c.wallet_dir().string() << "\n\n"
                     << identity_text(j) << "\n";
                if (single) {
                    j["recovery_phrase"] = phrase_text(created.recovery[0][0]);
                    text << "RECOVERY PHRASE (shown once; write it down and keep it offline):\n\n  "
                         << phrase_text(created.recovery[0][0]) << "\n";
                } else {
                    nlohmann::json groups = nlohmann::json::array();
                    text
                        << "RECOVERY SHARES (shown once; give each share to a different person):\n";
                    for (std::size_t g = 0; g < created.recovery.size(); ++g) {
                        nlohmann::json members = nlohmann::json::array();
                        text << "\nGroup " << g + 1 << " ("
                             << int(opts.shares.groups[g].member_threshold) << " of "
                             << created.recovery[g].size() << " needed):\n";
                        for (std::size_t m = 0; m < created.recovery[g].size(); ++m) {
                            members.push_back(phrase_text(created.recovery[g][m]));
                            text << "  " << m + 1 << ". " << phrase_text(created.recovery[g][m])
                                 << "\n";
                        }
                        groups.push_back(members);
                    }
                    j["shares"] = groups;
                    j["group_threshold"] = opts.shares.group_threshold;
                }
                if (queued)
                    text << "\nRegistration queued, will be retried: " << reg.error().message
                         << "\n";
                c.out().result(j, text.str());
                if (!reg.ok() && !queued)
                    return c.out().error(reg.error());
                return kExitOk;
            });
        });
    }

    // wallet restore
    {
        auto* cmd = wallet->add_subcommand(
            "restore",
            "Restore a wallet from its recovery phrase or shares (one per line on stdin)");
        auto role = std::make_shared<std::string>();
        auto name = std::make_shared<std::string>();
        cmd->add_option("--role", *role,
                        "Role if the ledger does not know this key yet (default patient)");
        cmd->add_option("--name", *name, "Your name, kept only in the encrypted wallet");
        cmd->callback([&r, role, name] {
            r.run([&](Context& c) -> int {
                if (c.wallet_exists())
                    return c.out().error(make_error("vault.exists", "a wallet already exists in " +
                                                                        c.wallet_dir().string()));
                CLI_TRY_ASSIGN(auto mnemonics, read_mnemonics());
                CLI_TRY_ASSIGN(auto pass, read_passphrase(c.passphrase_source(),
                                                          "New wallet passphrase: ", true));
                wallet::CreateOptions opts;
                opts.name = *name;
                if (!role->empty()) {
                    CLI_TRY_ASSIGN(opts.role, wallet::parse_role(*role));
                }
                node::LedgerClient* ledger = nullptr;
                if (!c.ledger_is_remote()) {
                    CLI_TRY_ASSIGN(ledger, c.ledger());
                    // Probe the identity first, so the ledger's record of the role wins. (A
                    // remote light node lives in a wallet, so there --role decides.)
                    CLI_TRY_ASSIGN(auto secret, crypto::slip39::combine(mnemonics, ""));
                    if (auto id = crypto::Identity::from_master_secret(secret); id.ok()) {
                        if (const auto* rec = ledger->state().identity(id->public_key()))
                            opts.role = rec->role;
                    }
                }
                CLI_TRY_ASSIGN(auto restored,
                               wallet::Wallet::restore(c.wallet_dir(), pass, mnemonics, opts));
                auto& w = c.adopt_wallet(std::move(restored));
                if (ledger == nullptr) {
                    CLI_TRY_ASSIGN(ledger, c.client());
                }
                auto registered = wallet::register_identity(w, *ledger);
                if (!registered.ok())
                    return submit_failed(c, registered.error(), "identity registration");
                const auto& reg = registered.value();
                auto j = identity_json(w, ledger);
                j["registered"] = true; // it was, or the node's receipt says it now is
                j["restored"] = true;
                j["newly_registered"] = reg.has_value();
                c.out().result(j, "Wallet restored in " + c.wallet_dir().string() + "\n\n" +
                                      identity_text(j));
                return kExitOk;
            });
        });
    }

    // wallet info
    wallet->add_subcommand("info", "Show this wallet's key id, public key, patient tag and role")
        ->callback([&r] {
            r.run([&](Context& c) -> int {
                CLI_TRY_ASSIGN(auto* w, c.wallet());
                CLI_TRY_ASSIGN(auto* ledger, c.client());
                CLI_TRY(ledger->refresh());
                const auto j = identity_json(*w, ledger);
                c.out().result(j, identity_text(j));
                return kExitOk;
            });
        });

    // wallet passwd
    {
        auto* cmd = wallet->add_subcommand("passwd", "Change the wallet passphrase");
        auto new_file = std::make_shared<std::string>();
        cmd->add_option("--new-passphrase-file", *new_file,
                        "Read the new passphrase from this file (else CARELEDGER_NEW_PASSPHRASE, "
                        "else the terminal)");
        cmd->callback([&r, new_file] {
            r.run([&](Context& c) -> int {
                CLI_TRY_ASSIGN(auto* w, c.wallet());
                CLI_TRY_ASSIGN(auto fresh, read_new_passphrase(*new_file));
                CLI_TRY(w->vault().change_passphrase(fresh));
                c.out().result({{"changed", true}}, "Passphrase changed.");
                return kExitOk;
            });
        });
    }

    // wallet backup FILE
    {
        auto* cmd = wallet->add_subcommand("backup", "Write an encrypted backup of the wallet");
        auto file = std::make_shared<std::string>();
        cmd->add_option("FILE", *file, "Backup file to create (never overwritten)")->required();
        cmd->callback([&r, file] {
            r.run([&](Context& c) -> int {
                CLI_TRY_ASSIGN(auto* w, c.wallet());
                CLI_TRY_ASSIGN(auto* ledger, c.client());
                CLI_TRY(ledger->refresh());
                CLI_TRY(w->vault().export_backup(*file, ledger->checkpoint().size));
                c.out().result({{"backup", *file}, {"ledger_size", ledger->checkpoint().size}},
                               "Backup written to " + *file);
                return kExitOk;
            });
        });
    }

    // wallet import-backup FILE
    {
        auto* cmd = wallet->add_subcommand(
            "import-backup", "Restore a wallet from a backup file into --wallet (must be empty)");
        auto file = std::make_shared<std::string>();
        cmd->add_option("FILE", *file, "Backup file")->required()->check(CLI::ExistingFile);
        cmd->callback([&r, file] {
            r.run([&](Context& c) -> int {
                CLI_TRY_ASSIGN(auto pass, read_passphrase(c.passphrase_source(),
                                                          "Passphrase of the backup: "));
                // Against remote nodes the ledger's size is known only to a wallet that synced:
                // the imported one tells on its next sync; the embedded ledger tells now.
                node::LocalLedger* ledger = nullptr;
                if (!c.ledger_is_remote()) {
                    CLI_TRY_ASSIGN(ledger, c.ledger());
                }
                vault::ImportOptions opts;
                if (ledger != nullptr)
                    opts.current_ledger_size = ledger->checkpoint().size;
                CLI_TRY_ASSIGN(auto info,
                               vault::Vault::import_backup(*file, pass, c.wallet_dir(), opts));
                nlohmann::json j = {{"imported", true},
                                    {"wallet", c.wallet_dir().string()},
                                    {"backup_ledger_size", info.ledger_size},
                                    {"older_than_ledger", info.older_than_ledger}};
                std::string text = "Backup restored into " + c.wallet_dir().string();
                if (info.older_than_ledger)
                    text += "\nwarning: this backup was made when the ledger had " +
                            std::to_string(info.ledger_size) + " entries; it now has " +
                            std::to_string(opts.current_ledger_size.value_or(0)) +
                            ". Consents made since then are on the ledger, not in this backup.";
                c.out().result(j, text);
                return kExitOk;
            });
        });
    }
}

} // namespace careledger::cli
