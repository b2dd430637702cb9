// The sequencer's state snapshot (issue 5, "restart without replay"): everything the sequencer
// rebuilds from its log — the consent state without history, the tree's right edge and the two
// per-patient indices' records — at one tree size, so a restart loads it and replays only the
// entries after it.
//
// File <data>/snapshot, written atomically (common/atomic_file), binary, big-endian:
//   "CLSNAP" u16(version = 1)
//   body: origin, size, root, right edge, state, live index records, published index size and
//         records (encoding in state_snapshot.cpp; every list is length-prefixed and bounded)
//   SHA-256(everything above) (32) ‖ Ed25519 signature by the log key (64) over
//   "careledger.org/node-snapshot/v1\n" ‖ that digest
// The signature makes a snapshot only the log key's holder could have written (a forged file is
// refused); the root binds it to the log: the restart extends the snapshot's right edge with the
// tail read from the tiles and must reach the signed candidate's root and index line, else the
// snapshot is refused and the node replays its whole log. A snapshot never replaces a check.
//
// Error codes: snapshot.missing, snapshot.corrupt (truncated, bad digest, bad encoding),
// snapshot.version, snapshot.forged (signature), snapshot.other_log (origin, or a size or root
// the log does not have), snapshot.io.
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "ledger/consent_state.h"
#include "ledger/merkle.h"
#include "ledger/note.h"
#include "ledger/patient_index.h"

#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace careledger::node {

inline constexpr std::uint16_t kSnapshotVersion = 1;
inline constexpr std::string_view kSnapshotFile = "snapshot";

struct NodeSnapshot {
    std::string origin;
    tlog::TreeState tree; // size and right edge; the root follows from them
    ledger::LedgerState state;
    std::vector<ledger::IndexRecordState> live_index; // at tree.size()
    std::uint64_t published_size = 0;
    std::vector<ledger::IndexRecordState> published_index; // at published_size
};

// The signed file bytes. The state must be without history (keeps_history() false). The parts
// are read in place: a node snapshots its live state without copying it.
Result<Bytes> encode_snapshot(std::string_view origin, const tlog::TreeState& tree,
                              const ledger::LedgerState& state,
                              std::span<const ledger::IndexRecordState> live_index,
                              std::uint64_t published_size,
                              std::span<const ledger::IndexRecordState> published_index,
                              const tlog::NoteSigner& log_key);
Result<Bytes> encode_snapshot(const NodeSnapshot& snapshot, const tlog::NoteSigner& log_key);
// Parses and checks digest, version, signature (by `log_key`) and origin.
Result<NodeSnapshot> decode_snapshot(ByteView file, const tlog::VerifierKey& log_key,
                                     std::string_view origin);

// <data_dir>/snapshot, atomically.
Status write_snapshot(const std::filesystem::path& data_dir, ByteView encoded);
Result<NodeSnapshot> read_snapshot(const std::filesystem::path& data_dir,
                                   const tlog::VerifierKey& log_key, std::string_view origin);

} // namespace careledger::node
