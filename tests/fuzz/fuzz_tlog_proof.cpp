// Proof verification against a fixed 13-leaf tree whose checkpoints only the fixture can sign.
//
// Text: parse_tlog_proof (whatever it accepts formats back to the input), then verify_tlog_proof
// with the log key alone and with the cosigner policy, for the true leaf at the proof's index
// and for a wrong one. An accepted proof must name a checkpoint of the fixture tree (only the
// fixture holds the key) and the true leaf at its index; a wrong leaf is never accepted.
//
// Binary: the same input also drives the Merkle verifiers directly. Byte 0 picks inclusion
// (odd) or consistency (even); numbers and hashes follow (ByteReader: hashes are mostly picked
// from the tree's own hashes, so valid proofs are a few bytes away). Accepting a proof against
// a root of the fixture tree for its own size must mean the proven fact is true of that tree:
// inclusion only of the leaf really at that index, with the one correct proof; consistency only
// from the fixture's own earlier root.
#include "fuzz_fixtures.h"
#include "fuzz_support.h"
#include "ledger/merkle.h"
#include "ledger/tlog_proof.h"

#include <optional>
#include <vector>

using namespace careledger;
using careledger::fuzz::LogFixture;

namespace {

// The fixture's root of a tree of `size` leaves, when the fixture has one.
std::optional<crypto::Hash32> fixture_root(std::uint64_t size) {
    const LogFixture& log = LogFixture::get();
    if (size > log.size())
        return std::nullopt;
    return log.root(size);
}

void check_tlog_proof_text(std::string_view text) {
    const LogFixture& log = LogFixture::get();
    const auto proof = tlog::parse_tlog_proof(text);
    if (!proof.ok())
        return;
    const auto formatted = tlog::format_tlog_proof(proof.value());
    FUZZ_CHECK(formatted.ok() && formatted.value() == text);

    const std::uint64_t index = proof->index;
    const crypto::Hash32 true_leaf = log.leaf(index < log.size() ? index : 0);
    const crypto::Hash32 wrong_leaf = log.leaf(index < log.size() ? (index + 1) % log.size() : 1);
    const auto by_key =
        tlog::verify_tlog_proof(proof.value(), true_leaf, log.log_signer().verifier_key());
    if (by_key.ok()) {
        FUZZ_CHECK(index < by_key->size);
        FUZZ_CHECK(fixture_root(by_key->size) == by_key->root);
        FUZZ_CHECK(log.leaf(index) == true_leaf);
    }
    FUZZ_CHECK(
        !tlog::verify_tlog_proof(proof.value(), wrong_leaf, log.log_signer().verifier_key()).ok());
    const auto by_policy =
        tlog::verify_tlog_proof(proof.value(), true_leaf, log.policy(), fuzz::kNow);
    if (by_policy.ok()) {
        FUZZ_CHECK(by_key.ok() && by_policy->checkpoint == by_key.value());
        FUZZ_CHECK(by_policy->fresh_cosigners >= log.policy().quorum);
    }
    FUZZ_CHECK(!tlog::verify_tlog_proof(proof.value(), wrong_leaf, log.policy(), fuzz::kNow).ok());
}

std::vector<crypto::Hash32> read_proof(fuzz::ByteReader& in) {
    const auto table = LogFixture::get().hash_table();
    // Up to 70 hashes: a little past the 64 a 2^64-leaf tree needs.
    const std::size_t count = in.u8() % 71U;
    std::vector<crypto::Hash32> proof;
    proof.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        proof.push_back(in.hash(table));
    return proof;
}

void check_inclusion(fuzz::ByteReader& in) {
    const LogFixture& log = LogFixture::get();
    const auto table = log.hash_table();
    const std::uint64_t index = in.number();
    const std::uint64_t size = in.number();
    const crypto::Hash32 leaf = in.hash(table);
    const std::vector<crypto::Hash32> proof = read_proof(in);
    const crypto::Hash32 root = in.hash(table);

    const Status st = tlog::verify_inclusion(leaf, index, size, proof, root);
    const auto computed = tlog::root_from_inclusion(leaf, index, size, proof);
    FUZZ_CHECK(st.ok() == (computed.ok() && computed.value() == root));
    if (computed.ok())
        FUZZ_CHECK(proof.size() == tlog::inclusion_proof_length(index, size));
    if (!st.ok() || fixture_root(size) != root)
        return;
    FUZZ_CHECK(index < size);
    FUZZ_CHECK(leaf == log.leaf(index));
    FUZZ_CHECK(proof == log.inclusion_proof(index, size));
}

void check_consistency(fuzz::ByteReader& in) {
    const LogFixture& log = LogFixture::get();
    const auto table = log.hash_table();
    const std::uint64_t m = in.number();
    const std::uint64_t n = in.number();
    const std::vector<crypto::Hash32> proof = read_proof(in);
    const crypto::Hash32 root_m = in.hash(table);
    const crypto::Hash32 root_n = in.hash(table);

    const Status st = tlog::verify_consistency(m, n, proof, root_m, root_n);
    if (!st.ok())
        return;
    FUZZ_CHECK(m <= n);
    FUZZ_CHECK(proof.size() == tlog::consistency_proof_length(m, n));
    if (fixture_root(n) != root_n)
        return;
    FUZZ_CHECK(fixture_root(m) == root_m);
    FUZZ_CHECK(proof == log.consistency_proof(m, n));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ByteView input(data, size);
    check_tlog_proof_text(fuzz::as_text(input));
    fuzz::ByteReader in(input);
    if ((in.u8() & 1U) != 0)
        check_inclusion(in);
    else
        check_consistency(in);
    return 0;
}
