#include "ledger/tlog_proof.h"

#include "ledger/tlog_text.h"

#include <optional>

namespace careledger::tlog {

Result<std::string> format_tlog_proof(const TlogProof& proof) {
    if (proof.inclusion.size() > kMaxInclusionHashes)
        return make_error("tlog_proof.too_many_hashes", "inclusion proof has more than 64 hashes");
    CL_TRY(parse_note(proof.checkpoint));
    std::string out(kTlogProofHeader);
    out += '\n';
    if (!proof.extra.empty())
        out += "extra " + to_base64(proof.extra) + "\n";
    out += "index " + std::to_string(proof.index) + "\n";
    for (const Hash32& h : proof.inclusion)
        out += format_hash(h) + "\n";
    out += '\n';
    out += proof.checkpoint;
    if (out.size() > kMaxTlogProofBytes)
        return make_error("tlog_proof.too_large", "proof would be larger than the parser accepts");
    return out;
}

Result<TlogProof> parse_tlog_proof(std::string_view text) {
    if (text.size() > kMaxTlogProofBytes)
        return make_error("tlog_proof.too_large",
                          "proof is larger than " + std::to_string(kMaxTlogProofBytes) + " bytes");
    // Take one newline-terminated line off the front.
    const auto next_line = [&text]() -> std::optional<std::string_view> {
        const std::size_t nl = text.find('\n');
        if (nl == std::string_view::npos)
            return std::nullopt;
        const std::string_view line = text.substr(0, nl);
        text.remove_prefix(nl + 1);
        return line;
    };
    TlogProof proof;
    auto line = next_line();
    if (!line || *line != kTlogProofHeader)
        return make_error("tlog_proof.bad_header",
                          "first line is not " + std::string(kTlogProofHeader));
    line = next_line();
    if (line && line->starts_with("extra ")) {
        auto extra = from_base64(line->substr(6));
        if (!extra.ok() || extra->empty())
            return make_error("tlog_proof.bad_extra",
                              "extra line is not non-empty canonical base64");
        proof.extra = std::move(*extra);
        line = next_line();
    }
    if (!line || !line->starts_with("index "))
        return make_error("tlog_proof.bad_index", "missing index line");
    const auto index = parse_decimal(line->substr(6));
    if (!index)
        return make_error("tlog_proof.bad_index", "index is not a decimal without leading zeros");
    proof.index = *index;
    for (line = next_line(); line && !line->empty(); line = next_line()) {
        if (proof.inclusion.size() == kMaxInclusionHashes)
            return make_error("tlog_proof.too_many_hashes",
                              "inclusion proof has more than 64 hashes");
        const auto h = parse_hash(*line);
        if (!h)
            return make_error("tlog_proof.bad_hash",
                              "inclusion proof line is not the base64 of 32 bytes");
        proof.inclusion.push_back(*h);
    }
    if (!line || text.empty())
        return make_error("tlog_proof.no_checkpoint", "no checkpoint after the inclusion proof");
    CL_ASSIGN_OR_RETURN(const Note note, parse_note(text));
    CL_TRY(parse_checkpoint(note.text));
    proof.checkpoint = std::string(text);
    return proof;
}

Result<Checkpoint> verify_tlog_proof(const TlogProof& proof, const Hash32& leaf,
                                     const VerifierKey& log_key) {
    CL_ASSIGN_OR_RETURN(Checkpoint cp, open_checkpoint(proof.checkpoint, log_key));
    CL_TRY(verify_inclusion(leaf, proof.index, cp.size, proof.inclusion, cp.root));
    return cp;
}

Result<VerifiedCheckpoint> verify_tlog_proof(const TlogProof& proof, const Hash32& leaf,
                                             const CheckpointPolicy& policy, std::uint64_t now) {
    CL_ASSIGN_OR_RETURN(VerifiedCheckpoint vc, verify_checkpoint(proof.checkpoint, policy, now));
    CL_TRY(verify_inclusion(leaf, proof.index, vc.checkpoint.size, proof.inclusion,
                            vc.checkpoint.root));
    return vc;
}

} // namespace careledger::tlog
