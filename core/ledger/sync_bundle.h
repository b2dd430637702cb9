// The sync bundle (network spec, "The sync bundle"): everything a light node needs from one
// `GET careledger/v1/sync?old=<M>&tag=<hex64>:<from>...`, in deterministic CBOR, verified offline
// against the trusted checkpoint the wallet already holds.
//
// Wire form (deterministic CBOR, cbor.h; hash lists are concatenated 32-byte hashes in ONE byte
// string, so 100 entries of a 10^6-entry log fit far below 100 KB):
//   bundle = [1, checkpoint note (tstr), old size (uint), consistency proof (bstr, n·32),
//             [* tag-part]]
//   tag-part = [tag (bstr 32), from (uint), leaf / null, index proof, prefix list hash (bstr 32),
//               indices ([* uint], the tag's leaf indices at positions >= from),
//               [* entry]]
//   leaf = [tag (bstr 32), count (uint), last leaf hash (bstr 32), list hash (bstr 32)]
//   index proof = [steps (bstr, k·33: bit (1) ‖ sibling (32)), other leaf / null]
//   entry = [leaf index (uint), entry bytes (bstr), inclusion proof (bstr, n·32)]
// "prefix list hash" is h_from of the tag's list hash chain (patient_index.h): chaining the listed
// indices onto it must give the leaf's list hash, so the listed indices are exactly positions
// [from, count) of the committed list.
//
// Error codes: sync.malformed, sync.too_large (decode); sync.too_large, sync.rollback,
// sync.index_out_of_date, sync.entry_unavailable, plus note.*, checkpoint.*, index.* and merkle.*
// from parsing the note and reading the tree (build); verification: sync.old_size_mismatch,
// sync.rollback, sync.fork, sync.bad_consistency, sync.index_missing, sync.request_mismatch,
// sync.index_mismatch, sync.count_mismatch, sync.omitted_entry, sync.unexpected_entry,
// sync.bad_inclusion, sync.bad_entry, sync.wrong_tag; the checkpoint verifier's own codes
// (checkpoint.* from tlog::verify_checkpoint, or whatever the caller's verifier returns) pass
// through unchanged.
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "ledger/cosignature.h"
#include "ledger/entry.h"
#include "ledger/merkle.h"
#include "ledger/patient_index.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace careledger::ledger {

inline constexpr std::uint64_t kSyncBundleVersion = 1;
inline constexpr std::size_t kMaxSyncBundleBytes = std::size_t{32} << 20; // 32 MiB
inline constexpr std::size_t kMaxSyncTags = 64;
inline constexpr std::size_t kMaxSyncEntries = 20000; // over all tags of one bundle

struct SyncTagRequest {
    Hash32 tag{};
    std::uint64_t from = 0; // entries the wallet already has for this tag (positions < from)
    bool operator==(const SyncTagRequest&) const = default;
};

struct SyncBundleEntry {
    std::uint64_t index = 0;
    Bytes bytes;
    std::vector<Hash32> inclusion; // RFC 9162 inclusion proof against the checkpoint root
    bool operator==(const SyncBundleEntry&) const = default;
};

struct SyncBundleTag {
    Hash32 tag{};
    std::uint64_t from = 0;
    std::optional<IndexLeaf> leaf;        // nullopt: no entry is about the tag
    IndexProof proof;                     // of `leaf` against the checkpoint's index root
    Hash32 prefix_list_hash{};            // h_from
    std::vector<std::uint64_t> indices;   // positions [from, count)
    std::vector<SyncBundleEntry> entries; // one per index, same order
    bool operator==(const SyncBundleTag&) const = default;
};

struct SyncBundle {
    std::string checkpoint; // the signed checkpoint note, verbatim
    std::uint64_t old_size = 0;
    std::vector<Hash32> consistency; // from old_size to the checkpoint size
    std::vector<SyncBundleTag> tags; // in request order
    bool operator==(const SyncBundle&) const = default;
};

Bytes encode_sync_bundle(const SyncBundle& bundle);
// Strict: canonical CBOR only, exact shapes, caps above (sync.malformed, sync.too_large).
Result<SyncBundle> decode_sync_bundle(ByteView bytes);

// Reads the bytes of the log entry at a leaf index (the node's tile or database reader).
using EntryReader = std::function<Result<Bytes>(std::uint64_t leaf_index)>;

// Builds the bundle for `checkpoint_note` (a signed checkpoint; it is parsed, not verified).
// `index` must be the index at exactly the checkpoint's size: its root must equal the
// checkpoint's index extension (sync.index_out_of_date otherwise). `hashes` must serve the tree
// at the checkpoint size. old_size > checkpoint size is sync.rollback; a request's from > count
// is answered (the verifier reports it), never refused.
Result<SyncBundle> build_sync_bundle(std::string_view checkpoint_note, std::uint64_t old_size,
                                     std::span<const SyncTagRequest> requests, PatientIndex& index,
                                     tlog::HashSource& hashes, const EntryReader& read_entry);

// What the wallet trusted before this sync: size 0 with the empty root when it has nothing.
struct SyncTrustedState {
    std::uint64_t size = 0;
    Hash32 root = tlog::empty_root();
};

struct VerifiedSyncEntry {
    std::uint64_t index = 0;
    SignedEntry entry; // decoded with its signature verified; entry.bytes() are the leaf bytes
};

struct VerifiedSyncTag {
    Hash32 tag{};
    std::optional<IndexLeaf> leaf;          // the committed record (nullopt: nothing about it)
    std::vector<VerifiedSyncEntry> entries; // positions [from, count), log order
};

struct VerifiedSync {
    tlog::VerifiedCheckpoint checkpoint;
    Hash32 index_root{};
    std::vector<VerifiedSyncTag> tags; // in request order
};

// Verifies a checkpoint note (signature, quorum, freshness); the wallet passes
// NetworkConfig::verify_checkpoint wrapped in a lambda so core/ledger needs no core/node.
using CheckpointVerifier =
    std::function<Result<tlog::VerifiedCheckpoint>(std::string_view checkpoint_note)>;

// Everything checked, in this order: the checkpoint (verifier), the old size, never backwards
// (sync.rollback) nor a same-size other root (sync.fork), consistency with the trusted root, the
// index root extension, the tags answer the requests in order, each index proof, count and list
// hash, every listed entry present with a valid inclusion proof, a valid signature and the tag
// among its index_tags(), and the newest entry's leaf hash equal to the record's.
Result<VerifiedSync> verify_sync_bundle(const SyncBundle& bundle,
                                        const CheckpointVerifier& verify_checkpoint,
                                        const SyncTrustedState& trusted,
                                        std::span<const SyncTagRequest> requests);
// The same with tlog::verify_checkpoint(note, policy, now).
Result<VerifiedSync> verify_sync_bundle(const SyncBundle& bundle,
                                        const tlog::CheckpointPolicy& policy, std::uint64_t now,
                                        const SyncTrustedState& trusted,
                                        std::span<const SyncTagRequest> requests);

} // namespace careledger::ledger
