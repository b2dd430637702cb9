// The RFC 6962 / RFC 9162 §2.1 Merkle tree of the log: leaf and node hashes, tree roots, inclusion
// and consistency proofs (generation and verification), and the compact right-edge state the
// sequencer extends batch by batch without reading old leaves (DESIGN §6).
//
// Proofs are generated from a HashSource, which answers "the hash of the complete subtree at
// (level, index)": level 0 holds leaf hashes, the subtree at (level, index) spans the leaves
// [index·2^level, (index+1)·2^level). The in-memory source below serves tests and small logs;
// tiles.h has the source that reads c2sp.org/tlog-tiles.
//
// Error codes: merkle.index_out_of_range, merkle.sizes, merkle.proof_length, merkle.proof_mismatch,
// merkle.not_in_source, merkle.state.
//
// A proof binds a leaf to a root, not to a tree size: the size comes with the root from a signed
// checkpoint, and verifiers must take both from the same checkpoint.
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "crypto/hash.h"

#include <cstdint>
#include <span>
#include <vector>

namespace careledger::tlog {

using crypto::Hash32;

// SHA-256(0x00 ‖ entry) and SHA-256(0x01 ‖ left ‖ right).
Hash32 leaf_hash(ByteView entry);
Hash32 node_hash(const Hash32& left, const Hash32& right);
// The root of the empty tree, SHA-256 of the empty string.
Hash32 empty_root();

// Hashes of complete subtrees of one tree. Implementations may fail (a tile that cannot be read).
class HashSource {
public:
    virtual ~HashSource() = default;

    virtual Result<Hash32> hash(unsigned level, std::uint64_t index) = 0;

protected:
    // Copyable and movable only as the concrete type, never sliced through the interface.
    HashSource() = default;
    HashSource(const HashSource&) = default;
    HashSource& operator=(const HashSource&) = default;
    HashSource(HashSource&&) = default;
    HashSource& operator=(HashSource&&) = default;
};

// MTH(D[0:size]) of the tree whose complete subtrees `source` serves.
Result<Hash32> root(std::uint64_t size, HashSource& source);
// PATH(index, D[0:size]) (RFC 9162 §2.1.3.1): sibling of the leaf first, child of the root last.
Result<std::vector<Hash32>> inclusion_proof(std::uint64_t index, std::uint64_t size,
                                            HashSource& source);
// PROOF(m, D[0:n]) (RFC 9162 §2.1.4.1). Empty for m == 0 and m == n; `source` must serve size n.
Result<std::vector<Hash32>> consistency_proof(std::uint64_t m, std::uint64_t n, HashSource& source);

// The number of hashes a correct proof has, so wrong-length proofs are refused before hashing.
std::size_t inclusion_proof_length(std::uint64_t index, std::uint64_t size);
std::size_t consistency_proof_length(std::uint64_t m, std::uint64_t n);

// RFC 9162 §2.1.3.2: the leaf hash at `index` is in the tree of `size` leaves whose root is `root`.
Status verify_inclusion(const Hash32& leaf, std::uint64_t index, std::uint64_t size,
                        std::span<const Hash32> proof, const Hash32& root);
// The root an inclusion proof leads to (same checks as verify_inclusion, without the comparison).
Result<Hash32> root_from_inclusion(const Hash32& leaf, std::uint64_t index, std::uint64_t size,
                                   std::span<const Hash32> proof);
// RFC 9162 §2.1.4.2: the tree of m leaves with root_m is a prefix of the tree of n with root_n.
// m == n needs an empty proof and equal roots; m == 0 needs an empty proof and root_m =
// empty_root() (the empty tree is a prefix of every tree, as c2sp.org/tlog-witness states).
Status verify_consistency(std::uint64_t m, std::uint64_t n, std::span<const Hash32> proof,
                          const Hash32& root_m, const Hash32& root_n);

// All levels of a tree kept in memory: appending a leaf stores the parents it completes, so every
// complete subtree hash is a lookup. For tests, tools and small logs.
class MemoryHashSource final : public HashSource {
public:
    MemoryHashSource() = default;
    explicit MemoryHashSource(std::span<const Hash32> leaves);

    void append(const Hash32& leaf);
    [[nodiscard]] std::uint64_t size() const;
    Result<Hash32> hash(unsigned level, std::uint64_t index) override;

private:
    std::vector<std::vector<Hash32>> levels_;
};

// The compact state of a tree: the roots of the perfect subtrees along its right edge, largest
// first, one per set bit of the size (a "compact range" [0, size)). Appending a leaf merges equal
// subtrees; the root folds them from the right. Nothing older is read.
class TreeState {
public:
    TreeState() = default; // the empty tree

    // The state of an existing tree read from its hashes (one hash per set bit of `size`).
    static Result<TreeState> load(std::uint64_t size, HashSource& source);
    // From stored right-edge hashes (as right_edge() returned them).
    static Result<TreeState> from_right_edge(std::uint64_t size, std::vector<Hash32> right_edge);
    // Serialized as size (u64 big-endian) ‖ right-edge hashes, for a sequencer's checkpoint row.
    [[nodiscard]] Bytes serialize() const;
    static Result<TreeState> deserialize(ByteView bytes);

    void append(const Hash32& leaf);
    void append(std::span<const Hash32> leaves);
    [[nodiscard]] std::uint64_t size() const { return size_; }
    [[nodiscard]] Hash32 root() const;
    [[nodiscard]] const std::vector<Hash32>& right_edge() const { return edge_; }

private:
    std::uint64_t size_ = 0;
    std::vector<Hash32> edge_;
};

} // namespace careledger::tlog
