// c2sp.org/tlog-proof: a self-contained, offline-verifiable proof that an entry is in the log —
//   c2sp.org/tlog-proof@v1
//   [extra <base64>]
//   index <decimal>
//   <base64 inclusion proof hash>...   (leaf's sibling first)
//   <empty line>
//   <the checkpoint note, verbatim, with its signatures and cosignatures>
// CareLedger exports evidence in this form (DESIGN §6). The extra data is not authenticated.
//
// Error codes: tlog_proof.too_large, tlog_proof.bad_header, tlog_proof.bad_extra,
// tlog_proof.bad_index, tlog_proof.bad_hash, tlog_proof.too_many_hashes,
// tlog_proof.no_checkpoint (and note.*, checkpoint.*, merkle.* from verification).
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "ledger/checkpoint.h"
#include "ledger/cosignature.h"
#include "ledger/merkle.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace careledger::tlog {

inline constexpr std::string_view kTlogProofHeader = "c2sp.org/tlog-proof@v1";
inline constexpr std::size_t kMaxTlogProofBytes = kMaxNoteBytes + std::size_t{64} * 1024;
// A tree of up to 2^64 leaves needs at most 64 proof hashes.
inline constexpr std::size_t kMaxInclusionHashes = 64;

struct TlogProof {
    Bytes extra; // empty: no extra line
    std::uint64_t index = 0;
    std::vector<Hash32> inclusion;
    std::string checkpoint; // the signed checkpoint note
    bool operator==(const TlogProof&) const = default;
};

Result<std::string> format_tlog_proof(const TlogProof& proof);
// Strict syntax, including that the checkpoint part is a well-formed signed checkpoint note.
Result<TlogProof> parse_tlog_proof(std::string_view text);

// The spec's verification with the log key alone: the checkpoint is signed by `log_key` for its
// origin, and the inclusion proof binds `leaf` at the proof's index to the checkpoint root.
Result<Checkpoint> verify_tlog_proof(const TlogProof& proof, const Hash32& leaf,
                                     const VerifierKey& log_key);
// The same with a cosigner quorum and freshness (cosignature.h) at time `now`.
Result<VerifiedCheckpoint> verify_tlog_proof(const TlogProof& proof, const Hash32& leaf,
                                             const CheckpointPolicy& policy, std::uint64_t now);

} // namespace careledger::tlog
