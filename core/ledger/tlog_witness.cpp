#include "ledger/tlog_witness.h"

#include "ledger/tlog_text.h"

namespace careledger::tlog {

Result<std::string> format_add_checkpoint(const AddCheckpointRequest& request) {
    if (request.consistency.size() > kMaxWitnessProofLines)
        return make_error("witness.too_many_proof_lines", "more than 63 consistency proof lines");
    CL_TRY(parse_note(request.checkpoint));
    std::string out = "old " + std::to_string(request.old_size) + "\n";
    for (const Hash32& h : request.consistency)
        out += format_hash(h) + "\n";
    out += '\n';
    out += request.checkpoint;
    return out;
}

Result<AddCheckpointRequest> parse_add_checkpoint(std::string_view body) {
    AddCheckpointRequest request;
    std::size_t nl = body.find('\n');
    if (nl == std::string_view::npos || !body.starts_with("old "))
        return make_error("witness.bad_old_size", "request does not start with an old size line");
    const auto old_size = parse_decimal(body.substr(4, nl - 4));
    if (!old_size)
        return make_error("witness.bad_old_size",
                          "old size is not a decimal without leading zeros");
    request.old_size = *old_size;
    body.remove_prefix(nl + 1);
    for (nl = body.find('\n'); nl != std::string_view::npos && nl != 0; nl = body.find('\n')) {
        if (request.consistency.size() == kMaxWitnessProofLines)
            return make_error("witness.too_many_proof_lines",
                              "more than 63 consistency proof lines");
        const auto h = parse_hash(body.substr(0, nl));
        if (!h)
            return make_error("witness.bad_proof_line",
                              "consistency proof line is not the base64 of 32 bytes");
        request.consistency.push_back(*h);
        body.remove_prefix(nl + 1);
    }
    if (nl == std::string_view::npos || body.size() < 2)
        return make_error("witness.no_checkpoint", "no empty line and checkpoint after the proof");
    body.remove_prefix(1);
    CL_TRY(parse_note(body));
    request.checkpoint = std::string(body);
    return request;
}

Result<std::string> format_cosignature_response(std::span<const NoteSignature> signatures) {
    if (signatures.empty())
        return make_error("witness.empty_response", "a cosignature response has at least one line");
    std::string out;
    for (const NoteSignature& sig : signatures) {
        CL_ASSIGN_OR_RETURN(const std::string line, format_signature_line(sig));
        out += line;
    }
    return out;
}

Result<std::vector<NoteSignature>> parse_cosignature_response(std::string_view body) {
    const auto lines = split_lines(body);
    if (!lines || lines->empty())
        return make_error("witness.empty_response",
                          "cosignature response is not newline-terminated lines");
    if (lines->size() > kMaxNoteSignatures)
        return make_error("note.too_many_signatures", "too many cosignature lines");
    std::vector<NoteSignature> out;
    for (const std::string_view line : *lines) {
        CL_ASSIGN_OR_RETURN(NoteSignature sig, parse_signature_line(line));
        out.push_back(std::move(sig));
    }
    return out;
}

std::string format_tlog_size(std::uint64_t size) {
    return std::to_string(size) + "\n";
}

Result<std::uint64_t> parse_tlog_size(std::string_view body) {
    if (body.empty() || body.back() != '\n')
        return make_error("witness.bad_size_body", "size body must be a decimal and a newline");
    const auto size = parse_decimal(body.substr(0, body.size() - 1));
    if (!size)
        return make_error("witness.bad_size_body", "size body must be a decimal and a newline");
    return *size;
}

} // namespace careledger::tlog
