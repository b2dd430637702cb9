// careledger-cli: every function of the CareLedger core, scriptable, with --json output.
#include "cli/commands.h"
#include "crypto/init.h"
#include "token/qr_card.h"

#include <CLI/CLI.hpp>
#include <iostream>

namespace {

int run(int argc, char** argv) {
    using namespace careledger;
    if (auto st = crypto::initialize(); !st.ok()) {
        std::cerr << "error: " << st.error().message << " (" << st.error().code << ")\n";
        return cli::kExitError;
    }
    CLI::App app{"CareLedger: patient-controlled health-consent wallet (command line)",
                 "careledger-cli"};
    app.set_version_flag("--version", std::string("careledger-cli ") + CARELEDGER_VERSION);
    app.require_subcommand(1);
    app.fallthrough();
    cli::Runner runner;
    app.add_option("--wallet", runner.globals.wallet_dir,
                   "Wallet directory (default: ~/.local/share/careledger/wallets/default)");
    app.add_option("--ledger", runner.globals.ledger_dir,
                   "Ledger directory of the embedded network (default: "
                   "~/.local/share/careledger/ledger), or careledgerd node URL(s) https://... "
                   "(comma separated; http:// only to 127.0.0.1) with --network");
    app.add_option("--network", runner.globals.network_dir,
                   "Directory with the pinned network and policy files of a remote ledger");
    app.add_option("--passphrase-file", runner.globals.passphrase_file,
                   "Read the wallet passphrase from this file (else CARELEDGER_PASSPHRASE, else "
                   "the terminal)");
    app.add_flag("--json", runner.globals.json, "One machine-readable JSON document on stdout");

    cli::add_wallet_commands(app, runner);
    cli::add_ledger_commands(app, runner);
    cli::add_consent_commands(app, runner);
    cli::add_demo_command(app, runner);
    cli::add_emergency_commands(app, runner);
    cli::add_sync_command(app, runner);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? 0 : cli::kExitUsage;
    }
    return runner.exit_code;
}

} // namespace

int main(int argc, char** argv) {
    // The core reports errors as values; this is the last guard against a library exception
    // (allocation failure, a third-party throw) turning into an abort without a message.
    try {
        const int code = run(argc, argv);
        // fontconfig (through cairo, for the PDF card) keeps a process-wide cache; release it so a
        // leak checker sees a clean exit.
        careledger::token::release_font_caches();
        return code;
    } catch (const std::exception& e) {
        std::cerr << "error: internal failure: " << e.what() << " (cli.internal)\n";
    } catch (...) {
        std::cerr << "error: internal failure (cli.internal)\n";
    }
    return careledger::cli::kExitError;
}
