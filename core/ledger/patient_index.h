// The per-patient index (network spec, "The per-patient index"): a deterministic function of the
// log prefix that says, for every index tag, how many entries are about it, the leaf hash of the
// last one and the ordered list of their leaf indices — committed as a Merkle prefix tree whose
// root the checkpoint carries in the extension line "careledger.org/index <base64 root>". A light
// node proves from one cosigned checkpoint that it received every entry about its patient.
//
// Index tags (index_tags): an entry contributes to
//   - its patient tag (key 5), when it has one;
//   - the directory tag SHA-256("careledger.org/index/directory") for every IDENTITY that is not a
//     patient's (providers, and registrars so light nodes can find them too) and every CERTIFY;
//   - the registry tag SHA-256("careledger.org/index/registry") for every patient IDENTITY and
//     every EMERGENCY_ISSUE / EMERGENCY_REVOKE.
//
// Exact encoding (all integers big-endian, all hashes SHA-256, `‖` concatenation):
//   bit(tag, b)   = (tag[b / 8] >> (7 - b % 8)) & 1, b in [0, 256): most significant bit first.
//   list hash     : h_0 = 32 zero bytes; h_i = SHA-256(0x13 ‖ h_{i-1} ‖ u64(index_i)) over the
//                   tag's leaf indices in log order; the list hash is h_count.
//   leaf hash     = SHA-256(0x10 ‖ tag (32) ‖ u64(count) ‖ last leaf hash (32) ‖ list hash (32))
//                   where "last leaf hash" is the RFC 6962 leaf hash of the tag's newest entry.
//   node hash     = SHA-256(0x11 ‖ u8(bit) ‖ left hash ‖ right hash)
//   empty root    = SHA-256(0x12)
// The tree is a crit-bit (compressed binary Patricia) tree: an empty index has the empty root, a
// single tag's root is its leaf hash, and an inner node splits on `bit`, the first bit in which
// the tags below it differ (left: bit 0, right: bit 1); bits strictly increase downward. One set of
// tags has exactly one such tree, so the root depends only on the tag records, not on the order in
// which they were added. The prefixes 0x10..0x13 differ from RFC 6962's 0x00/0x01, so no index hash
// can pass for a log hash.
//
// Proofs: descending from the root by the bits of a tag ends at one leaf. The proof lists the inner
// nodes on that path, root first, as (bit, sibling hash). The leaf is the tag's own (presence) or
// another tag's (absence; the proof then carries that leaf's record), or the tree is empty
// (absence, no steps, no other leaf).
//
// Cost: add() walks one root-to-leaf path (≈ log2(tags) nodes) and marks it dirty; root() and
// prove() rehash only dirty nodes, so a batch of k entries costs O(k · depth) hashes at most.
// Memory: a 48-byte node per tag and per inner node and a ~128-byte record per tag (O(tags)), plus
// 8 bytes per (entry, tag) for the leaf-index lists — unless the lists are kept in a file
// (with_list_file, what nodes do): then the memory is O(tags) whatever the size of the log, and
// each (entry, tag) costs 16 bytes on disk. The object is copyable; copies made from an index
// with a list file share that file (each appends its own records, see ListFile below), so a copy
// costs O(tags). A node persists the records with its state snapshot (records()/restore());
// otherwise it rebuilds the index by replaying its log (add() in log order).
//
// Error codes: index.missing, index.malformed (extension line); index.proof_malformed,
// index.proof_mismatch (proof verification); index.out_of_order (add); index.list_io,
// index.list_unreadable (the list file).
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "crypto/hash.h"
#include "ledger/checkpoint.h"
#include "ledger/entry.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace careledger::ledger {

using crypto::Hash32;

inline constexpr std::string_view kIndexExtensionPrefix = "careledger.org/index ";
inline constexpr std::uint8_t kIndexLeafPrefix = 0x10;
inline constexpr std::uint8_t kIndexNodePrefix = 0x11;
inline constexpr std::uint8_t kIndexEmptyPrefix = 0x12;
inline constexpr std::uint8_t kIndexListPrefix = 0x13;
// A proof step per bit at most.
inline constexpr std::size_t kMaxIndexProofSteps = 256;

// SHA-256("careledger.org/index/directory") and SHA-256("careledger.org/index/registry").
const Hash32& directory_tag();
const Hash32& registry_tag();

// The index tags an entry contributes to (1 or 2), patient tag first.
std::vector<Hash32> index_tags(const SignedEntry& entry);

// What the index commits to for one tag (the leaf of the prefix tree).
struct IndexLeaf {
    Hash32 tag{};
    std::uint64_t count = 0;
    Hash32 last_leaf_hash{};
    Hash32 list_hash{};
    bool operator==(const IndexLeaf&) const = default;
};

struct IndexProofStep {
    std::uint8_t bit = 0;
    Hash32 sibling{};
    bool operator==(const IndexProofStep&) const = default;
};

struct IndexProof {
    std::vector<IndexProofStep> steps; // root first, bits strictly increasing
    std::optional<IndexLeaf> other;    // absence only: the leaf the tag's path ends at
    bool operator==(const IndexProof&) const = default;
};

// The encoding above, for anyone recomputing it.
Hash32 index_leaf_hash(const IndexLeaf& leaf);
Hash32 index_node_hash(std::uint8_t bit, const Hash32& left, const Hash32& right);
Hash32 index_empty_root();
// h_i from h_{i-1} and the i-th leaf index; list hash of a whole list.
Hash32 index_list_step(const Hash32& previous, std::uint64_t leaf_index);
Hash32 index_list_hash(const std::vector<std::uint64_t>& leaf_indices);
inline constexpr Hash32 kIndexListStart{}; // h_0

// `leaf` present: the proof shows that leaf (whose tag must be `tag`) under `root`.
// `leaf` absent: the proof shows that `tag` has no leaf under `root`.
Status verify_index_proof(const Hash32& root, const Hash32& tag,
                          const std::optional<IndexLeaf>& leaf, const IndexProof& proof);

// One tag's record as a snapshot keeps it: the committed leaf and where its list ends in the
// list file (0: empty; otherwise the offset of its newest list record + 1).
struct IndexRecordState {
    IndexLeaf leaf;
    std::uint64_t list_end = 0;
    bool operator==(const IndexRecordState&) const = default;
};

class PatientIndex {
public:
    PatientIndex() = default;

    // An empty index whose leaf-index lists live in `path` (created or truncated). The file is
    // append-only: 16-byte records (u64 leaf index, u64 offset + 1 of the tag's previous record,
    // big-endian), one per (entry, tag), chained backwards from the record in memory.
    static Result<PatientIndex> with_list_file(const std::filesystem::path& path);
    // An index rebuilt from records() over an existing list file (not truncated): the file must
    // hold every record the list ends point at (a snapshot syncs it first, sync_list_file()).
    static Result<PatientIndex> restore(const std::filesystem::path& path,
                                        std::vector<IndexRecordState> records, std::uint64_t size);
    // The same over the list file `sharing` already has open (two indices over one file must
    // share it, as copies do, or their appends would overwrite each other).
    static Result<PatientIndex> restore(const PatientIndex& sharing,
                                        std::vector<IndexRecordState> records, std::uint64_t size);
    // The tags' records in tag order (with a list file; list_end is 0 in memory).
    [[nodiscard]] std::vector<IndexRecordState> records() const;
    // Makes the list file durable (nothing to do in memory).
    [[nodiscard]] Status sync_list_file() const;
    [[nodiscard]] bool has_list_file() const { return lists_ != nullptr; }

    // Adds the log entry at `leaf_index` (whose RFC 6962 leaf hash is `leaf_hash`) to each of its
    // index_tags(). Leaf indices must strictly increase across calls (index.out_of_order).
    Status add(const SignedEntry& entry, const Hash32& leaf_hash, std::uint64_t leaf_index);
    // The same for an already known tag list (tools and benchmarks; add() calls it).
    Status add_tagged(const std::vector<Hash32>& tags, const Hash32& leaf_hash,
                      std::uint64_t leaf_index);

    // The root over everything added so far (rehashes what add() dirtied).
    [[nodiscard]] Hash32 root();
    // The tag's record, or nullopt when no entry is about it.
    [[nodiscard]] std::optional<IndexLeaf> leaf(const Hash32& tag) const;
    // The tag's ordered leaf indices (empty when absent). With a list file they are read back
    // from it; a read error yields index.list_unreadable (indices() then returns an empty list,
    // which a client refuses: the count in the index record does not match).
    [[nodiscard]] Result<std::vector<std::uint64_t>> read_indices(const Hash32& tag) const;
    [[nodiscard]] std::vector<std::uint64_t> indices(const Hash32& tag) const;
    // A proof of leaf(tag) — presence or absence — against root().
    [[nodiscard]] IndexProof prove(const Hash32& tag);

    // Number of tags; 1 + the largest leaf index added (0 when nothing was added).
    [[nodiscard]] std::size_t tag_count() const { return records_.size(); }
    [[nodiscard]] std::uint64_t size() const { return size_; }

private:
    static constexpr std::uint32_t kNone = 0xffffffffU;
    struct Node {
        Hash32 hash{};
        std::uint32_t child[2] = {kNone, kNone}; // inner nodes
        std::uint32_t record = kNone;            // leaves: index into records_
        std::uint16_t bit = 0;                   // inner nodes
        bool dirty = true;
    };
    struct Record {
        IndexLeaf leaf;
        std::vector<std::uint64_t> indices; // in memory only
        std::uint64_t list_end = 0;         // with a list file
    };
    class ListFile;

    Status add_one(const Hash32& tag, const Hash32& leaf_hash, std::uint64_t leaf_index);
    std::uint32_t insert_leaf(const Hash32& tag); // the tag's leaf node, created when new
    [[nodiscard]] std::uint32_t find_leaf(const Hash32& tag) const; // kNone when empty
    void rehash(std::uint32_t node);

    std::vector<Node> nodes_;
    std::vector<Record> records_;
    std::uint32_t root_ = kNone;
    std::uint64_t size_ = 0;
    std::shared_ptr<ListFile> lists_; // shared by copies: each appends its own records
};

// "careledger.org/index <base64 root>" (no newline), the checkpoint extension line.
std::string format_index_extension(const Hash32& root);
// The index root from a checkpoint's extension lines: exactly one line with the prefix
// (index.missing when none, index.malformed when it is not one canonical base64 32-byte hash or
// appears twice).
Result<Hash32> parse_index_extension(const tlog::Checkpoint& checkpoint);

} // namespace careledger::ledger
