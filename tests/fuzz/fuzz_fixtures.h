// Fixed worlds the fuzz targets check their input against, shared with the corpus generator so
// the seeds it writes are valid in exactly the world the targets build: a small transparency log
// (DESIGN §6 test log key, two witnesses, a 13-leaf tree) and a small ledger (registrar,
// providers, patients, a grant and an emergency token). Everything is derived from fixed seeds and
// a fixed clock, so every run sees the same keys, roots and state.
#pragma once

#include "common/bytes.h"
#include "crypto/ed25519.h"
#include "crypto/hash.h"
#include "ledger/consent_state.h"
#include "ledger/cosignature.h"
#include "ledger/entry.h"
#include "ledger/merkle.h"
#include "ledger/note.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace careledger::fuzz {

// The clock of both worlds (2023-11-14T22:13:20Z).
inline constexpr std::uint64_t kNow = 1'700'000'000;
// DESIGN §6: the test log key has seed 32 × 0x00 and this name.
inline constexpr std::string_view kLogName = "example.org/consent-log";
inline constexpr std::size_t kLogLeaves = 13;

class LogFixture {
public:
    static const LogFixture& get();

    [[nodiscard]] const tlog::NoteSigner& log_signer() const { return log_; }
    [[nodiscard]] const tlog::NoteSigner& witness(std::size_t i) const { return witnesses_.at(i); }
    [[nodiscard]] std::size_t witness_count() const { return witnesses_.size(); }
    // The log key and every witness key: what open_note() is given.
    [[nodiscard]] std::span<const tlog::VerifierKey> known_keys() const { return known_; }
    // Log key, both witnesses, quorum 1, freshness as the defaults.
    [[nodiscard]] const tlog::CheckpointPolicy& policy() const { return policy_; }

    [[nodiscard]] std::uint64_t size() const { return leaves_.size(); }
    [[nodiscard]] const crypto::Hash32& leaf(std::uint64_t i) const { return leaves_.at(i); }
    // MTH of the first `size` leaves (size <= size()); the empty root for 0.
    [[nodiscard]] const crypto::Hash32& root(std::uint64_t size) const { return roots_.at(size); }
    [[nodiscard]] std::vector<crypto::Hash32> inclusion_proof(std::uint64_t index,
                                                              std::uint64_t size) const;
    [[nodiscard]] std::vector<crypto::Hash32> consistency_proof(std::uint64_t m,
                                                                std::uint64_t n) const;
    // Every leaf, complete-subtree hash, root and proof hash of the tree: the hashes binary fuzz
    // input names by a one-byte index (fewer than 255 of them).
    [[nodiscard]] std::span<const crypto::Hash32> hash_table() const { return table_; }
    [[nodiscard]] std::size_t table_index(const crypto::Hash32& h) const;

    // The checkpoint note of the first `size` leaves signed by the log key, cosigned at
    // `timestamp` by the first `cosigners` witnesses.
    [[nodiscard]] std::string checkpoint_note(std::uint64_t size, std::size_t cosigners,
                                              std::uint64_t timestamp) const;

private:
    LogFixture();
    tlog::NoteSigner log_;
    std::vector<tlog::NoteSigner> witnesses_;
    std::vector<tlog::VerifierKey> known_;
    tlog::CheckpointPolicy policy_;
    std::vector<crypto::Hash32> leaves_;
    std::vector<crypto::Hash32> roots_;
    std::vector<crypto::Hash32> table_;
    std::unique_ptr<tlog::MemoryHashSource> tree_; // proofs need a mutable source
};

// A ledger after a short history: registrar R (in the policy), certified provider D, uncertified
// provider U, patients P and Q; P granted D "allergies" and "lab-results" for TREAT (grant G) and
// issued emergency token T for "allergies" and "medications". Actor X has no identity yet.
class LedgerFixture {
public:
    static const LedgerFixture& get();

    enum Actor : std::size_t { R, D, U, P, Q, X, kActors };

    [[nodiscard]] const ledger::Policy& policy() const { return policy_; }
    [[nodiscard]] const ledger::LedgerState& state() const { return state_; }
    [[nodiscard]] static std::int64_t now() { return static_cast<std::int64_t>(kNow); }
    [[nodiscard]] const crypto::SigningKey& key(Actor a) const { return keys_.at(a); }
    // The signing key of the fixture actor with this public key, or nullptr.
    [[nodiscard]] const crypto::SigningKey* key_of(const crypto::PublicKey& pk) const;
    [[nodiscard]] ledger::PatientTag tag(Actor a) const;
    [[nodiscard]] const ledger::EntryId& grant_id() const { return grant_id_; }
    [[nodiscard]] const ledger::TokenId& token_id() const { return token_id_; }
    // The entries that built state(), in log order.
    [[nodiscard]] const std::vector<Bytes>& history() const { return history_; }
    // One named entry of every type that validate() accepts against state() at now().
    [[nodiscard]] std::vector<std::pair<std::string, Bytes>> next_entries() const;

    // A body by `author` at now(), with the author's next sequence number.
    [[nodiscard]] ledger::EntryBody body(Actor author, ledger::Payload payload,
                                         bool with_patient_tag) const;
    [[nodiscard]] Bytes signed_bytes(Actor author, ledger::Payload payload,
                                     bool with_patient_tag) const;

private:
    LedgerFixture();
    ledger::Policy policy_;
    ledger::LedgerState state_;
    std::vector<crypto::SigningKey> keys_;
    ledger::EntryId grant_id_{};
    ledger::TokenId token_id_{};
    std::vector<Bytes> history_;
};

} // namespace careledger::fuzz
