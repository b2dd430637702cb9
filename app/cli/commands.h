// Registration of the CLI's command groups. Each group adds its subcommands to the app; a
// subcommand's callback runs the command and stores the exit code in the runner.
#pragma once

#include "cli/context.h"

#include <CLI/CLI.hpp>
#include <functional>
#include <memory>

namespace careledger::cli {

class Runner {
public:
    GlobalOptions globals;
    int exit_code = kExitOk;

    // The context, built from the global options once parsing is done.
    Context& ctx() {
        if (!ctx_)
            ctx_ = std::make_unique<Context>(globals);
        return *ctx_;
    }
    // Runs `body` and records its exit code.
    void run(const std::function<int(Context&)>& body) { exit_code = body(ctx()); }
    // Shorthand for failing with an error.
    int fail(const Error& e, int code = kExitError) { return ctx().out().error(e, code); }

private:
    std::unique_ptr<Context> ctx_;
};

void add_wallet_commands(CLI::App& app, Runner& r);
void add_ledger_commands(CLI::App& app, Runner& r);
void add_consent_commands(CLI::App& app, Runner& r);
void add_demo_command(CLI::App& app, Runner& r);
void add_emergency_commands(CLI::App& app, Runner& r);
void add_sync_command(CLI::App& app, Runner& r);

// JSON helpers shared by the command groups.
nlohmann::json receipt_json(const node::Receipt& r);

// The exit of a command whose submission of `what` ("grant to Dr. X") failed. sync.queued is not
// a failure: the entry waits in the wallet's outbox and is retried; this prints "Queued, will be
// retried: ..." with the nodes' reason and returns kExitQueued (0). Other errors print as errors.
int submit_failed(Context& c, const Error& e, const std::string& what);
// When the nodes could not be reached and the command used the last verified state: one line on
// standard error saying so and as of which checkpoint.
void note_if_offline(Context& c);

} // namespace careledger::cli

// Inside a command body: bind a Result's value or print its error and return the exit code.
// `decl` is a declaration and `c` the Context in scope, so neither can be parenthesised.
// NOLINTBEGIN(bugprone-macro-parentheses)
#define CLI_TRY_ASSIGN(decl, expr) CLI_TRY_ASSIGN_IMPL(CL_CONCAT(cli_r_, __LINE__), decl, expr)
#define CLI_TRY_ASSIGN_IMPL(tmp, decl, expr)                                                       \
    auto tmp = (expr);                                                                             \
    if (!tmp.ok())                                                                                 \
        return c.out().error(tmp.error());                                                         \
    decl = std::move(tmp).value()
#define CLI_TRY(expr)                                                                              \
    do {                                                                                           \
        auto cli_s_ = (expr);                                                                      \
        if (!cli_s_.ok())                                                                          \
            return c.out().error(cli_s_.error());                                                  \
    } while (false)
// NOLINTEND(bugprone-macro-parentheses)
