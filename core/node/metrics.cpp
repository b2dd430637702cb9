#include "node/metrics.h"

#include <fstream>
#include <unistd.h>

namespace careledger::node {

namespace {

void gauge(std::string& out, std::string_view name, std::string_view help, std::string_view type,
           std::uint64_t value) {
    out += "# HELP careledger_";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE careledger_";
    out += name;
    out += ' ';
    out += type;
    out += "\ncareledger_";
    out += name;
    out += ' ';
    out += std::to_string(value);
    out += '\n';
}

// Label values escape backslash, quote and newline (exposition format 0.0.4).
std::string label_value(std::string_view v) {
    std::string out;
    for (const char c : v) {
        if (c == '\\' || c == '"')
            out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out;
}

} // namespace

std::uint64_t process_rss_bytes() {
    std::ifstream statm("/proc/self/statm");
    std::uint64_t pages_total = 0;
    std::uint64_t pages_resident = 0;
    if (!(statm >> pages_total >> pages_resident))
        return 0;
    const long page = ::sysconf(_SC_PAGESIZE);
    return page > 0 ? pages_resident * static_cast<std::uint64_t>(page) : 0;
}

std::string format_metrics(std::string_view role, const SequencerStats* stats,
                           std::uint64_t published_size, std::uint64_t checkpoint_age) {
    std::string out;
    out += "# HELP careledger_node_info The node's role.\n# TYPE careledger_node_info gauge\n";
    out += "careledger_node_info{role=\"" + label_value(role) + "\"} 1\n";
    gauge(out, "published_size", "Entries in the published checkpoint.", "gauge", published_size);
    gauge(out, "checkpoint_age_seconds", "Seconds since the published checkpoint was written.",
          "gauge", checkpoint_age);
    gauge(out, "process_resident_memory_bytes", "Resident set size of the node process.", "gauge",
          process_rss_bytes());
    if (stats == nullptr)
        return out;
    gauge(out, "entries_total", "Entries sequenced since the node started.", "counter",
          stats->entries_total);
    gauge(out, "batches_total", "Group commits since the node started.", "counter",
          stats->batches_total);
    gauge(out, "tree_size", "Entries sequenced and durable (receipted).", "gauge",
          stats->tree_size);
    gauge(out, "queue_depth", "Entries waiting for the sequencing thread.", "gauge",
          stats->queue_depth);
    gauge(out, "cosignatures_gathered", "Valid cosignatures in the last cosigning round.", "gauge",
          stats->cosignatures_last);
    gauge(out, "checkpoints_published_total", "Checkpoints published since the node started.",
          "counter", stats->checkpoints_published);
    gauge(out, "no_quorum", "1 when the validators' quorum is not met.", "gauge",
          stats->no_quorum ? 1 : 0);
    out += "# HELP careledger_entries_rejected_total Entries refused, by error code.\n"
           "# TYPE careledger_entries_rejected_total counter\n";
    for (const auto& [code, n] : stats->rejected)
        out += "careledger_entries_rejected_total{code=\"" + label_value(code) + "\"} " +
               std::to_string(n) + "\n";
    return out;
}

} // namespace careledger::node
