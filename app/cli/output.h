// How the CLI speaks: one JSON document on stdout with --json, readable text otherwise;
// errors as one line "error: <message> (<code>)" on stderr, or {"error":{...}} with --json.
#pragma once

#include "common/result.h"

#include <nlohmann/json.hpp>
#include <string>

namespace careledger::cli {

enum ExitCode : int {
    kExitOk = 0,
    kExitError = 1,        // the operation failed; see the message
    kExitUsage = 2,        // bad arguments
    kExitVerifyFailed = 3, // a verification found a mismatch (ledger verify, token verify)
    // Not an error: no node took the entry now; it waits in the wallet's outbox and is retried
    // on the next command or sync (JSON: "queued": true and the nodes' reason).
    kExitQueued = 0,
};

class Output {
public:
    explicit Output(bool json) : json_(json) {}
    [[nodiscard]] bool json() const { return json_; }
    // Prints `doc` as JSON, or `text` for people.
    void result(const nlohmann::json& doc, const std::string& text) const;
    int error(const Error& e, int exit_code = kExitError) const;

private:
    bool json_;
};

} // namespace careledger::cli
