#include "ledger/merkle.h"

#include <algorithm>
#include <array>
#include <bit>

namespace careledger::tlog {

namespace {

constexpr std::array<std::uint8_t, 1> kLeafPrefix{0x00};
constexpr std::array<std::uint8_t, 1> kNodePrefix{0x01};

// The largest power of two strictly smaller than n (n ≥ 2): the split point k of RFC 9162.
std::uint64_t split_point(std::uint64_t n) {
    return std::bit_floor(n - 1);
}

// MTH(D[begin:begin+count]) for a range that is a subtree of the RFC 9162 recursion: `begin` is a
// multiple of the largest power of two not above `count`, so every perfect piece is one source
// hash.
Result<Hash32> range_hash(std::uint64_t begin, std::uint64_t count, HashSource& source) {
    if (std::has_single_bit(count)) {
        const auto level = static_cast<unsigned>(std::countr_zero(count));
        return source.hash(level, begin >> level);
    }
    const std::uint64_t k = split_point(count);
    CL_ASSIGN_OR_RETURN(const Hash32 left, range_hash(begin, k, source));
    CL_ASSIGN_OR_RETURN(const Hash32 right, range_hash(begin + k, count - k, source));
    return node_hash(left, right);
}

// PATH(m, D[begin:begin+n]), appended bottom-up to `out`.
Status path(std::uint64_t m, std::uint64_t begin, std::uint64_t n, HashSource& source,
            std::vector<Hash32>& out) {
    if (n == 1)
        return {};
    const std::uint64_t k = split_point(n);
    if (m < k) {
        CL_TRY(path(m, begin, k, source, out));
        CL_ASSIGN_OR_RETURN(const Hash32 right, range_hash(begin + k, n - k, source));
        out.push_back(right);
    } else {
        CL_TRY(path(m - k, begin + k, n - k, source, out));
        CL_ASSIGN_OR_RETURN(const Hash32 left, range_hash(begin, k, source));
        out.push_back(left);
    }
    return {};
}

// SUBPROOF(m, D[begin:begin+n], b), appended bottom-up to `out`.
Status subproof(std::uint64_t m, std::uint64_t begin, std::uint64_t n, bool complete,
                HashSource& source, std::vector<Hash32>& out) {
    if (m == n) {
        if (!complete) {
            CL_ASSIGN_OR_RETURN(const Hash32 h, range_hash(begin, n, source));
            out.push_back(h);
        }
        return {};
    }
    const std::uint64_t k = split_point(n);
    if (m <= k) {
        CL_TRY(subproof(m, begin, k, complete, source, out));
        CL_ASSIGN_OR_RETURN(const Hash32 right, range_hash(begin + k, n - k, source));
        out.push_back(right);
    } else {
        CL_TRY(subproof(m - k, begin + k, n - k, false, source, out));
        CL_ASSIGN_OR_RETURN(const Hash32 left, range_hash(begin, k, source));
        out.push_back(left);
    }
    return {};
}

bool is_odd(std::uint64_t v) {
    return (v & 1U) != 0;
}

Error proof_length_error(std::size_t got, std::size_t want) {
    return make_error("merkle.proof_length", "proof has " + std::to_string(got) +
                                                 " hashes; a correct one has " +
                                                 std::to_string(want));
}

} // namespace

Hash32 leaf_hash(ByteView entry) {
    return crypto::sha256({view(kLeafPrefix), entry});
}

Hash32 node_hash(const Hash32& left, const Hash32& right) {
    return crypto::sha256({view(kNodePrefix), view(left), view(right)});
}

Hash32 empty_root() {
    return crypto::sha256(ByteView{});
}

Result<Hash32> root(std::uint64_t size, HashSource& source) {
    if (size == 0)
        return empty_root();
    return range_hash(0, size, source);
}

Result<std::vector<Hash32>> inclusion_proof(std::uint64_t index, std::uint64_t size,
                                            HashSource& source) {
    if (index >= size)
        return make_error("merkle.index_out_of_range", "leaf index " + std::to_string(index) +
                                                           " is not below tree size " +
                                                           std::to_string(size));
    std::vector<Hash32> out;
    CL_TRY(path(index, 0, size, source, out));
    return out;
}

Result<std::vector<Hash32>> consistency_proof(std::uint64_t m, std::uint64_t n,
                                              HashSource& source) {
    if (m > n)
        return make_error("merkle.sizes", "a consistency proof needs the old size (" +
                                              std::to_string(m) + ") not above the new size (" +
                                              std::to_string(n) + ")");
    std::vector<Hash32> out;
    if (m == 0 || m == n)
        return out;
    CL_TRY(subproof(m, 0, n, true, source, out));
    return out;
}

namespace {
// x >> bits for bits up to 64 (a plain 64-bit shift by 64 is undefined behaviour, and a tree of
// more than 2^63 leaves, which a lying log can claim, makes `bits` 64).
std::uint64_t shift_right(std::uint64_t x, unsigned bits) {
    return bits >= 64 ? 0 : x >> bits;
}
} // namespace

std::size_t inclusion_proof_length(std::uint64_t index, std::uint64_t size) {
    if (index >= size)
        return 0;
    // Below the level where the paths to `index` and to the last leaf part, one sibling per level;
    // above it, one left sibling per set bit of what remains of the index.
    const auto inner = static_cast<unsigned>(std::bit_width(index ^ (size - 1)));
    const auto border = static_cast<unsigned>(std::popcount(shift_right(index, inner)));
    return inner + border;
}

std::size_t consistency_proof_length(std::uint64_t m, std::uint64_t n) {
    if (m == 0 || m >= n)
        return 0;
    const std::uint64_t last = m - 1;
    const auto inner = static_cast<unsigned>(std::bit_width(last ^ (n - 1)));
    const auto border = static_cast<unsigned>(std::popcount(shift_right(last, inner)));
    // The proof starts at the largest perfect subtree ending at m; when the old tree is itself
    // perfect its root is the verifier's root_m and is not sent.
    const auto shift = static_cast<unsigned>(std::countr_zero(m));
    const std::size_t seed = std::has_single_bit(m) ? 0 : 1;
    return seed + (inner - shift) + border;
}

Result<Hash32> root_from_inclusion(const Hash32& leaf, std::uint64_t index, std::uint64_t size,
                                   std::span<const Hash32> proof) {
    if (index >= size)
        return make_error("merkle.index_out_of_range", "leaf index " + std::to_string(index) +
                                                           " is not below tree size " +
                                                           std::to_string(size));
    const std::size_t want = inclusion_proof_length(index, size);
    if (proof.size() != want)
        return proof_length_error(proof.size(), want);
    // RFC 9162 §2.1.3.2, step by step.
    std::uint64_t fn = index;
    std::uint64_t sn = size - 1;
    Hash32 r = leaf;
    for (const Hash32& p : proof) {
        if (sn == 0)
            return proof_length_error(proof.size(), want);
        if (is_odd(fn) || fn == sn) {
            r = node_hash(p, r);
            while (!is_odd(fn) && fn != 0) {
                fn >>= 1U;
                sn >>= 1U;
            }
        } else {
            r = node_hash(r, p);
        }
        fn >>= 1U;
        sn >>= 1U;
    }
    if (sn != 0)
        return proof_length_error(proof.size(), want);
    return r;
}

Status verify_inclusion(const Hash32& leaf, std::uint64_t index, std::uint64_t size,
                        std::span<const Hash32> proof, const Hash32& root_hash) {
    CL_ASSIGN_OR_RETURN(const Hash32 computed, root_from_inclusion(leaf, index, size, proof));
    if (computed != root_hash)
        return make_error("merkle.proof_mismatch",
                          "inclusion proof for leaf " + std::to_string(index) +
                              " does not lead to the tree root of size " + std::to_string(size));
    return {};
}

Status verify_consistency(std::uint64_t m, std::uint64_t n, std::span<const Hash32> proof,
                          const Hash32& root_m, const Hash32& root_n) {
    if (m > n)
        return make_error("merkle.sizes", "old tree size " + std::to_string(m) +
                                              " is above new tree size " + std::to_string(n));
    if (m == n || m == 0) {
        if (!proof.empty())
            return proof_length_error(proof.size(), 0);
        if (m == 0 && root_m != empty_root())
            return make_error("merkle.proof_mismatch", "root of size 0 is not the empty-tree hash");
        if (m == n && root_m != root_n)
            return make_error("merkle.proof_mismatch",
                              "two roots for tree size " + std::to_string(n) + " differ");
        return {};
    }
    const std::size_t want = consistency_proof_length(m, n);
    if (proof.size() != want)
        return proof_length_error(proof.size(), want);

    // RFC 9162 §2.1.4.2, step by step. Step 2 prepends root_m when m is a power of two; reading
    // it as the first element instead avoids copying the proof.
    const bool prepend = std::has_single_bit(m);
    const auto element = [&](std::size_t i) -> const Hash32& {
        if (prepend)
            return i == 0 ? root_m : proof[i - 1];
        return proof[i];
    };
    const std::size_t count = proof.size() + (prepend ? 1 : 0);

    std::uint64_t fn = m - 1;
    std::uint64_t sn = n - 1;
    while (is_odd(fn)) {
        fn >>= 1U;
        sn >>= 1U;
    }
    Hash32 fr = element(0);
    Hash32 sr = element(0);
    for (std::size_t i = 1; i < count; ++i) {
        const Hash32& c = element(i);
        if (sn == 0)
            return proof_length_error(proof.size(), want);
        if (is_odd(fn) || fn == sn) {
            fr = node_hash(c, fr);
            sr = node_hash(c, sr);
            while (!is_odd(fn) && fn != 0) {
                fn >>= 1U;
                sn >>= 1U;
            }
        } else {
            sr = node_hash(sr, c);
        }
        fn >>= 1U;
        sn >>= 1U;
    }
    if (sn != 0)
        return proof_length_error(proof.size(), want);
    if (fr != root_m)
        return make_error("merkle.proof_mismatch",
                          "consistency proof does not lead to the old root");
    if (sr != root_n)
        return make_error("merkle.proof_mismatch",
                          "consistency proof does not lead to the new root");
    return {};
}

// ---- MemoryHashSource ----

MemoryHashSource::MemoryHashSource(std::span<const Hash32> leaves) {
    for (const Hash32& leaf : leaves)
        append(leaf);
}

void MemoryHashSource::append(const Hash32& leaf) {
    if (levels_.empty())
        levels_.emplace_back();
    levels_[0].push_back(leaf);
    for (std::size_t level = 0; levels_[level].size() % 2 == 0; ++level) {
        const auto& row = levels_[level];
        const Hash32 parent = node_hash(row[row.size() - 2], row[row.size() - 1]);
        if (levels_.size() == level + 1)
            levels_.emplace_back();
        levels_[level + 1].push_back(parent);
    }
}

std::uint64_t MemoryHashSource::size() const {
    return levels_.empty() ? 0 : levels_[0].size();
}

Result<Hash32> MemoryHashSource::hash(unsigned level, std::uint64_t index) {
    if (level >= levels_.size() || index >= levels_[level].size())
        return make_error("merkle.not_in_source", "no complete subtree at level " +
                                                      std::to_string(level) + ", index " +
                                                      std::to_string(index));
    return levels_[level][index];
}

// ---- TreeState ----

Result<TreeState> TreeState::load(std::uint64_t size, HashSource& source) {
    TreeState state;
    std::uint64_t offset = 0;
    for (int bit = 63; bit >= 0; --bit) {
        const std::uint64_t span = std::uint64_t{1} << static_cast<unsigned>(bit);
        if ((size & span) == 0)
            continue;
        CL_ASSIGN_OR_RETURN(const Hash32 h, source.hash(static_cast<unsigned>(bit),
                                                        offset >> static_cast<unsigned>(bit)));
        state.edge_.push_back(h);
        offset += span;
    }
    state.size_ = size;
    return state;
}

Result<TreeState> TreeState::from_right_edge(std::uint64_t size, std::vector<Hash32> right_edge) {
    if (right_edge.size() != static_cast<std::size_t>(std::popcount(size)))
        return make_error("merkle.state", "a tree of size " + std::to_string(size) + " has " +
                                              std::to_string(std::popcount(size)) +
                                              " right-edge hashes, not " +
                                              std::to_string(right_edge.size()));
    TreeState state;
    state.size_ = size;
    state.edge_ = std::move(right_edge);
    return state;
}

Bytes TreeState::serialize() const {
    Bytes out;
    out.reserve(8 + edge_.size() * 32);
    put_u64_be(out, size_);
    for (const Hash32& h : edge_)
        careledger::append(out, view(h));
    return out;
}

Result<TreeState> TreeState::deserialize(ByteView bytes) {
    if (bytes.size() < 8 || (bytes.size() - 8) % 32 != 0)
        return make_error("merkle.state", "serialized tree state has a malformed length");
    const std::uint64_t size = get_u64_be(bytes.first(8));
    std::vector<Hash32> edge((bytes.size() - 8) / 32);
    for (std::size_t i = 0; i < edge.size(); ++i)
        std::copy_n(bytes.subspan(8 + i * 32, 32).begin(), 32, edge[i].begin());
    return from_right_edge(size, std::move(edge));
}

void TreeState::append(const Hash32& leaf) {
    // Each trailing one bit of the old size is a perfect subtree the new leaf completes.
    Hash32 h = leaf;
    for (std::uint64_t s = size_; is_odd(s); s >>= 1U) {
        h = node_hash(edge_.back(), h);
        edge_.pop_back();
    }
    edge_.push_back(h);
    ++size_;
}

void TreeState::append(std::span<const Hash32> leaves) {
    for (const Hash32& leaf : leaves)
        append(leaf);
}

Hash32 TreeState::root() const {
    if (edge_.empty())
        return empty_root();
    Hash32 r = edge_.back();
    for (auto it = edge_.rbegin() + 1; it != edge_.rend(); ++it)
        r = node_hash(*it, r);
    return r;
}

} // namespace careledger::tlog
