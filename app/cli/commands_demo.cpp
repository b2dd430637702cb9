// demo: a ready-to-try embedded network with three certified sample providers.
#include "cli/commands.h"
#include "wallet/consents.h"

#include <sstream>

namespace careledger::cli {

namespace {

struct SampleProvider {
    const char* wallet;
    const char* name;
    const char* organisation;
    const char* role;
};

constexpr SampleProvider kSamples[] = {
    {"demo-emergency", "Dr. Amara Okafor", "St. Mary's Hospital Emergency Department",
     "emergency-department"},
    {"demo-family-doctor", "Dr. Lukas Berger", "Riverside Family Practice", "family-doctor"},
    {"demo-lab", "Northgate Clinical Laboratory", "Northgate Diagnostics", "laboratory"},
};

// The sample providers' wallets are for trying the flows; their passphrase is printed.
constexpr const char* kDemoPassphrase = "careledger-demo";

} // namespace

void add_demo_command(CLI::App& app, Runner& r) {
    app.add_subcommand("demo", "Fill an empty embedded ledger with sample certified providers")
        ->callback([&r] {
            r.run([&](Context& c) -> int {
                CLI_TRY_ASSIGN(auto* l, c.ledger());
                CLI_TRY_ASSIGN(auto registrar, l->local_registrar());
                if (l->checkpoint().size > 1)
                    return c.out().error(make_error(
                        "demo.not_empty", "the demo needs an empty ledger; this one has " +
                                              std::to_string(l->checkpoint().size) +
                                              " entries (use --ledger DIR for a new one)"));
                const auto base = c.wallet_dir().parent_path();
                const auto pass = crypto::SecureBuffer::copy_of(as_bytes(kDemoPassphrase));
                nlohmann::json providers = nlohmann::json::array();
                std::ostringstream s;
                s << "Demo network ready in " << c.ledger_dir().string() << "\n\n"
                  << "Certified sample providers (wallet passphrase \"" << kDemoPassphrase
                  << "\"):\n";
                for (const auto& p : kSamples) {
                    wallet::CreateOptions opts;
                    opts.role = ledger::Role::provider;
                    opts.name = p.name;
                    const auto dir = base / p.wallet;
                    CLI_TRY_ASSIGN(auto created, wallet::Wallet::create(dir, pass, opts));
                    CLI_TRY(wallet::register_identity(created.wallet, *l));
                    CLI_TRY(wallet::certify_provider(registrar, *l, created.wallet.public_key(),
                                                     {p.name, p.organisation, p.role}));
                    providers.push_back({{"key_id", created.wallet.key_id()},
                                         {"name", p.name},
                                         {"organisation", p.organisation},
                                         {"role", p.role},
                                         {"wallet", dir.string()}});
                    s << "  " << created.wallet.key_id() << "  " << p.name << " — "
                      << p.organisation << "\n      wallet: " << dir.string() << "\n";
                }
                s << "\nNext: careledger-cli wallet create --name \"Your Name\"\n"
                  << "      careledger-cli grant create --to <key id> --categories allergies "
                     "--purpose TREAT --until 30d\n";
                c.out().result({{"ledger", c.ledger_dir().string()},
                                {"providers", providers},
                                {"provider_passphrase", kDemoPassphrase}},
                               s.str());
                return kExitOk;
            });
        });
}

} // namespace careledger::cli
