// `careledger-cli sync`: one sync of the ledger at --ledger, and what it verified. Against node
// URLs that is the light node's verified sync (DESIGN §7); against an embedded directory it
// re-reads the local checkpoint.
#include "cli/commands.h"
#include "sync/remote_ledger.h"

#include <sstream>

namespace careledger::cli {

namespace {

nlohmann::json alert_json(const sync::Alert& a) {
    return {{"id", a.id},
            {"at", a.at},
            {"kind", std::string(sync::alert_kind_name(a.kind))},
            {"summary", a.summary},
            {"evidence", a.evidence}};
}

} // namespace

void add_sync_command(CLI::App& app, Runner& r) {
    app.add_subcommand("sync", "Fetch and verify the newest checkpoint and this wallet's entries")
        ->callback([&r] {
            r.run([&](Context& c) -> int {
                CLI_TRY_ASSIGN(auto* l, c.client());
                // `sync` reports what the nodes answered: no offline fallback here.
                auto* remote = c.remote() != nullptr ? &c.remote()->remote() : nullptr;
                if (auto st = remote != nullptr ? remote->refresh() : l->refresh(); !st.ok())
                    return c.out().error(explain_refresh_error(st.error()));
                const auto& cp = l->checkpoint();
                nlohmann::json j{{"size", cp.size}, {"root", to_hex(view(cp.root))}};
                std::ostringstream s;
                if (remote == nullptr) {
                    j["remote"] = false;
                    s << "Embedded ledger at size " << cp.size << "\n";
                    c.out().result(j, s.str());
                    return kExitOk;
                }
                const auto& rep = remote->last_report();
                CLI_TRY_ASSIGN(const auto alerts, remote->alerts());
                j["remote"] = true;
                j["node"] = rep.node;
                j["old_size"] = rep.old_size;
                j["cosigners"] = rep.cosigners;
                j["entries_verified"] = rep.entries_verified;
                j["proofs_verified"] = rep.proofs_verified;
                j["bytes"] = rep.bytes;
                j["new_alerts"] = rep.new_alerts;
                j["outbox_sent"] = rep.outbox_sent;
                j["outbox_waiting"] = rep.outbox_waiting;
                j["alerts"] = nlohmann::json::array();
                for (const auto& a : alerts)
                    j["alerts"].push_back(alert_json(a));
                s << "Node:        " << rep.node << "\n"
                  << "Checkpoint:  size " << cp.size << " (was " << rep.old_size << ")\n"
                  << "Cosigners:   " << rep.cosigners << " fresh\n"
                  << "Entries:     " << rep.entries_verified << " verified\n"
                  << "Proofs:      " << rep.proofs_verified << " verified\n"
                  << "Bytes:       " << rep.bytes << "\n"
                  << "Outbox:      " << rep.outbox_sent << " sent, " << rep.outbox_waiting
                  << " waiting\n"
                  << "Alerts:      " << alerts.size() << " (" << rep.new_alerts << " new)\n";
                for (const auto& a : alerts)
                    s << "  [" << sync::alert_kind_name(a.kind) << "] " << a.summary << "\n";
                c.out().result(j, s.str());
                return kExitOk;
            });
        });
}

} // namespace careledger::cli
