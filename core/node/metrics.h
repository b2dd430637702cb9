// /metrics of a careledgerd node in the Prometheus text format 0.0.4, and the process figures it
// reports (resident set size).
#pragma once

#include "node/sequencer.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace careledger::node {

// Resident set size of this process in bytes (from /proc/self/statm); 0 when unknown.
[[nodiscard]] std::uint64_t process_rss_bytes();

// The exposition text. `stats` is null for a node that does not sequence; `published_size` and
// `checkpoint_age` describe the checkpoint the node serves.
[[nodiscard]] std::string format_metrics(std::string_view role, const SequencerStats* stats,
                                         std::uint64_t published_size,
                                         std::uint64_t checkpoint_age);

} // namespace careledger::node
