// The c2sp.org/tlog-witness wire bodies CareLedger's validators speak (DESIGN §7): the
// add-checkpoint request
//   old <size>\n [<base64 consistency proof hash>\n]... \n <checkpoint note>
// its 200 response (one or more cosignature lines) and its 409 response ("<size>\n",
// Content-Type text/x.tlog.size). Syntax only: the witness checks (origin known, log signature,
// old size equal to its own, proof verifies) belong to the validator.
//
// Error codes: witness.bad_old_size, witness.bad_proof_line, witness.too_many_proof_lines,
// witness.no_checkpoint, witness.empty_response, witness.bad_size_body (and note.* from the
// checkpoint and signature lines).
#pragma once

#include "common/result.h"
#include "ledger/merkle.h"
#include "ledger/note.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace careledger::tlog {

// The client MUST NOT send more than 63 consistency proof lines.
inline constexpr std::size_t kMaxWitnessProofLines = 63;
inline constexpr std::string_view kTlogSizeContentType = "text/x.tlog.size";

struct AddCheckpointRequest {
    std::uint64_t old_size = 0;
    std::vector<Hash32> consistency;
    std::string checkpoint; // signed note, verbatim
    bool operator==(const AddCheckpointRequest&) const = default;
};

Result<std::string> format_add_checkpoint(const AddCheckpointRequest& request);
Result<AddCheckpointRequest> parse_add_checkpoint(std::string_view body);

// 200 body: signature lines (each "— name base64\n").
Result<std::string> format_cosignature_response(std::span<const NoteSignature> signatures);
Result<std::vector<NoteSignature>> parse_cosignature_response(std::string_view body);

// 409 body: the size of the witness's latest cosigned checkpoint.
std::string format_tlog_size(std::uint64_t size);
Result<std::uint64_t> parse_tlog_size(std::string_view body);

} // namespace careledger::tlog
