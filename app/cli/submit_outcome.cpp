// What a user sees when a submission did not go through (see submit_failed in commands.h).
#include "cli/commands.h"
#include "sync/outbox.h"

#include <iostream>

namespace careledger::cli {

int submit_failed(Context& c, const Error& e, const std::string& what) {
    if (e.code != "sync.queued" || c.remote() == nullptr)
        return c.out().error(e);
    // The newest pending outbox item is the one just queued; its last error is the nodes' answer
    // (for a sequencer without quorum: "http.server_error: HTTP 503 node.no_quorum: ...").
    std::string reason = e.message;
    std::uint64_t waiting = 0;
    if (auto items = c.remote()->remote().outbox(); items.ok()) {
        const sync::OutboxItem* newest = nullptr;
        for (const auto& item : *items) {
            if (item.state != sync::OutboxState::pending)
                continue;
            ++waiting;
            if (newest == nullptr || item.id > newest->id)
                newest = &item;
        }
        if (newest != nullptr && !newest->last_error.empty())
            reason = newest->last_error;
    }
    nlohmann::json j = {{"queued", true},
                        {"what", what},
                        {"reason", reason},
                        {"outbox_waiting", waiting},
                        {"size", c.remote()->checkpoint().size}};
    if (const auto& offline = c.remote()->offline())
        j["offline"] = {{"code", offline->code}, {"message", offline->message}};
    c.out().result(j, "Queued, will be retried: " + what + " (no node took it now: " + reason +
                          "). It waits in this wallet's outbox; later commands and `sync` "
                          "retry it (first after a few seconds, then backing off).");
    return kExitQueued;
}

void note_if_offline(Context& c) {
    if (c.remote() == nullptr || !c.remote()->offline())
        return;
    const auto& e = *c.remote()->offline();
    std::cerr << "note: no node answered (" << e.message << "); shown as of the last verified "
              << "checkpoint, size " << c.remote()->checkpoint().size << "\n";
}

} // namespace careledger::cli
