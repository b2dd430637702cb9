// SLIP-0039 recovery shares (Shamir's Secret-Sharing for Mnemonic Codes, SatoshiLabs, final
// revision with the extendable-backup flag), the wallet's recovery phrases (DESIGN §3).
//
// The 16-byte master secret is backed up as one 20-word phrase by default (one group, 1-of-1,
// group threshold 1), or as k-of-n shares, optionally in groups (two-level scheme). A share is
// text: lower-case words from the standard's 1,024-word list separated by single spaces. Every
// mnemonic and secret crossing this API sits in a SecureBuffer.
//
// Error codes (all "slip39.*"), one per failure class:
//   parsing one share:  unknown_word, length, checksum, padding, threshold (group threshold above
//                       group count)
//   a set of shares:    empty, mismatched_identifier, mismatched_extendable,
//                       mismatched_iteration_exponent, mismatched_group_threshold,
//                       mismatched_group_count, mismatched_length, mismatched_member_threshold,
//                       duplicate_member, insufficient_groups, too_many_groups,
//                       insufficient_shares, too_many_shares, digest
//   splitting:          secret_length, threshold, count, iteration_exponent
//   both directions:    passphrase (not printable ASCII)
// A wrong passphrase is not an error: it yields a different secret, by design of the standard.
#pragma once

#include "common/result.h"
#include "crypto/secure_buffer.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace careledger::crypto::slip39 {

inline constexpr std::size_t kMinSecretBytes = 16; // the standard's 128-bit minimum
inline constexpr std::size_t kMaxGroups = 16;
inline constexpr std::size_t kMaxMembers = 16;
inline constexpr std::uint8_t kMaxIterationExponent = 15;
// PBKDF2 runs 10000 << e HMAC iterations per decryption; e = 1 costs tens of milliseconds here.
inline constexpr std::uint8_t kDefaultIterationExponent = 1;
inline constexpr std::size_t kWordListSize = 1024;
inline constexpr std::size_t kMinMnemonicWords = 20;
// RS1024 detects any 3 errors only within 1,023 symbols (the customization string included), so
// longer input is refused before any work is done on it.
inline constexpr std::size_t kMaxMnemonicWords = 1000;

struct GroupSpec {
    std::uint8_t member_threshold; // shares of this group needed, 1..member_count
    std::uint8_t member_count;     // shares in this group, 1..16 (1 when the threshold is 1)
};

// What one share says about itself. Indices are 0-based, as the standard encodes them;
// thresholds and counts are the actual numbers (1..16).
struct ShareInfo {
    std::uint16_t identifier = 0; // random 15-bit value common to one set of shares
    bool extendable = false;      // identifier not bound into the encryption (ext = 1)
    std::uint8_t iteration_exponent = 0;
    std::uint8_t group_index = 0;
    std::uint8_t group_threshold = 0;
    std::uint8_t group_count = 0;
    std::uint8_t member_index = 0;
    std::uint8_t member_threshold = 0;
    std::size_t word_count = 0;
    std::size_t secret_bytes = 0; // length of the master secret the set of shares encodes
};

// Number of words in each share of a secret of `secret_bytes` bytes (20 for 16 bytes).
std::size_t mnemonic_words_for(std::size_t secret_bytes);

// Splits `master_secret` (at least 16 bytes, an even number) into mnemonics, grouped per group in
// the order of `groups`. `passphrase` must be printable ASCII (32..126) and may be empty. New
// shares set the extendable flag, as the standard recommends: another split of the same secret
// with the same passphrase and exponent then gives an independent set of shares (a new
// identifier) that recovers the same secret under every passphrase.
Result<std::vector<std::vector<SecureBuffer>>>
split(const SecureBuffer& master_secret, std::string_view passphrase, std::uint8_t group_threshold,
      const std::vector<GroupSpec>& groups,
      std::uint8_t iteration_exponent = kDefaultIterationExponent, bool extendable = true);

// Recovers the master secret from exactly the threshold number of groups, each with exactly its
// member threshold of shares (as the standard requires). Exact duplicates of a share are ignored.
// Errors name the share (1-based) and word they found at fault in the message.
Result<SecureBuffer> combine(const std::vector<SecureBuffer>& mnemonics,
                             std::string_view passphrase);

// Parses and validates one mnemonic on its own (words, length, checksum, padding, thresholds):
// the feedback a form gives while a share is typed. Input may use any ASCII case and any
// whitespace between words; words must be whole words of the list.
Result<ShareInfo> inspect(ByteView mnemonic);

// The standard's word list, in order (a word's position is the 10-bit value it encodes).
std::span<const std::string_view> wordlist();
// Whether `word` (any ASCII case, no surrounding space) is in the list.
bool is_word(std::string_view word);
// Words starting with `prefix` (any ASCII case), in list order; four letters identify one word.
std::vector<std::string_view> words_with_prefix(std::string_view prefix);

} // namespace careledger::crypto::slip39
