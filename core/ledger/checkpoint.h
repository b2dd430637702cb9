// c2sp.org/tlog-checkpoint: the note text that commits a log to a tree head —
//   <origin>\n<tree size in decimal>\n<base64 root hash>\n[<extension line>\n]...
// parsed strictly (one accepted form per value) and formatted, plus opening and signing a
// checkpoint note with the log's Ed25519 key. Cosignatures and the witness quorum are in
// cosignature.h.
//
// Error codes: checkpoint.unterminated, checkpoint.invalid_text, checkpoint.too_few_lines,
// checkpoint.empty_origin, checkpoint.bad_size, checkpoint.bad_root, checkpoint.empty_extension,
// checkpoint.origin_mismatch, checkpoint.bad_empty_root, checkpoint.wrong_key_type (and note.*).
#pragma once

#include "common/result.h"
#include "crypto/hash.h"
#include "ledger/note.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace careledger::tlog {

struct Checkpoint {
    std::string origin;
    std::uint64_t size = 0;
    crypto::Hash32 root{};
    std::vector<std::string> extensions; // opaque, non-empty lines; NOT RECOMMENDED by the spec
    bool operator==(const Checkpoint&) const = default;
};

// The note text (up to and including the final newline of the last line; no signatures).
Result<Checkpoint> parse_checkpoint(std::string_view text);
Result<std::string> format_checkpoint(const Checkpoint& checkpoint);

// Open a checkpoint note with the log key alone (other signatures are ignored as the spec asks):
// a valid signature by `log_key`, a well-formed body whose origin is the key's name, and the
// empty-tree root for size 0.
Result<Checkpoint> open_checkpoint(std::string_view note, const VerifierKey& log_key);
// The body signed by the log key (type 0x01): a complete checkpoint note.
Result<std::string> sign_checkpoint(const Checkpoint& checkpoint, const NoteSigner& log_key);

} // namespace careledger::tlog
