// c2sp.org/tlog-cosignature v1 (Ed25519, signature type 0x04): a validator's timestamped statement
// that a checkpoint is the largest consistent tree head it has seen. The signature line carries
// key ID (4) ‖ timestamp (8, big-endian) ‖ Ed25519 signature (64) over
//   "cosignature/v1\ntime <timestamp>\n" ‖ checkpoint note text.
// And the check a light node runs on a checkpoint note: the log's signature plus a quorum of
// distinct, fresh cosignatures from a configured set (DESIGN §7 "Light sync").
//
// Error codes: cosignature.wrong_key_type, cosignature.key_mismatch, cosignature.malformed,
// cosignature.timestamp_range, cosignature.invalid; checkpoint.policy,
// checkpoint.missing_log_signature, checkpoint.bad_log_signature, checkpoint.bad_cosignature,
// checkpoint.too_few_cosignatures, checkpoint.stale_cosignature (and note.*, checkpoint.* from
// parsing).
#pragma once

#include "common/result.h"
#include "ledger/checkpoint.h"
#include "ledger/note.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace careledger::tlog {

inline constexpr std::string_view kCosignatureV1Header = "cosignature/v1\n";
// The spec bounds timestamps by 2^63 - 1.
inline constexpr std::uint64_t kMaxCosignatureTimestamp = (std::uint64_t{1} << 63U) - 1;
// Key ID ‖ timestamp ‖ Ed25519 signature, less the key ID NoteSignature keeps apart.
inline constexpr std::size_t kCosignatureBytes = 8 + 64;

// "cosignature/v1\ntime <timestamp>\n" ‖ checkpoint text.
std::string cosigned_message(std::string_view checkpoint_text, std::uint64_t timestamp);

// Cosign a checkpoint text (a signer of type 0x04) at `timestamp` (POSIX seconds).
Result<NoteSignature> cosign(const NoteSigner& cosigner, std::string_view checkpoint_text,
                             std::uint64_t timestamp);
// The timestamp a cosignature claims, read without verifying it.
Result<std::uint64_t> cosignature_timestamp(const NoteSignature& sig);
// Verify a cosignature by `key` (type 0x04, same name and ID) on `checkpoint_text`; its timestamp.
Result<std::uint64_t> verify_cosignature(const VerifierKey& key, std::string_view checkpoint_text,
                                         const NoteSignature& sig);

// What a light node trusts: the log key, the cosigners, how many of them must have cosigned and
// how old (or how far in the future) a cosignature may be to count.
struct CheckpointPolicy {
    VerifierKey log_key;                 // type 0x01; its name is the checkpoint origin
    std::vector<VerifierKey> cosigners;  // type 0x04
    std::size_t quorum = 1;              // distinct cosigners (by public key) required
    std::uint64_t max_age = 86400;       // seconds (a day) a cosignature may be older than `now`
    std::uint64_t max_future_skew = 300; // seconds a cosignature may be ahead of `now`
};

struct CosignerReport {
    std::string name;
    std::uint32_t key_id = 0;
    std::uint64_t timestamp = 0; // the newest verified cosignature of this cosigner
    bool fresh = false;          // within [now - max_age, now + max_future_skew]
};

struct VerifiedCheckpoint {
    Checkpoint checkpoint;
    std::string text;                      // the signed note text
    std::vector<CosignerReport> cosigners; // every configured cosigner whose signature verified
    std::size_t fresh_cosigners = 0;       // distinct public keys among the fresh ones
};

// Verify a checkpoint note against `policy` at time `now` (POSIX seconds). Signatures by keys the
// policy does not name are ignored; any signature by a named key that fails rejects the note.
// A quorum missed only because some verified cosignatures are outside the freshness window is
// checkpoint.stale_cosignature; otherwise checkpoint.too_few_cosignatures.
Result<VerifiedCheckpoint> verify_checkpoint(std::string_view note, const CheckpointPolicy& policy,
                                             std::uint64_t now);

} // namespace careledger::tlog
