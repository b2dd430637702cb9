#include "ledger/checkpoint.h"

#include "ledger/merkle.h"
#include "ledger/tlog_text.h"

#include <array>

namespace careledger::tlog {

namespace {

bool has_control(std::string_view s) {
    for (const char c : s)
        if (static_cast<unsigned char>(c) < 0x20)
            return true;
    return false;
}

} // namespace

Result<Checkpoint> parse_checkpoint(std::string_view text) {
    const auto lines = split_lines(text);
    if (!lines || text.empty())
        return make_error("checkpoint.unterminated", "checkpoint text must end with a newline");
    if (!is_valid_utf8(text))
        return make_error("checkpoint.invalid_text", "checkpoint text is not valid UTF-8");
    for (const std::string_view line : *lines)
        if (has_control(line))
            return make_error("checkpoint.invalid_text",
                              "checkpoint text contains a control character");
    if (lines->size() < 3)
        return make_error("checkpoint.too_few_lines",
                          "checkpoint needs origin, size and root lines");
    Checkpoint cp;
    if ((*lines)[0].empty())
        return make_error("checkpoint.empty_origin", "checkpoint origin line is empty");
    cp.origin = std::string((*lines)[0]);
    const auto size = parse_decimal((*lines)[1]);
    if (!size)
        return make_error("checkpoint.bad_size",
                          "checkpoint size is not a decimal without leading zeros");
    cp.size = *size;
    const auto root_hash = parse_hash((*lines)[2]);
    if (!root_hash)
        return make_error("checkpoint.bad_root", "checkpoint root is not the base64 of 32 bytes");
    cp.root = *root_hash;
    for (std::size_t i = 3; i < lines->size(); ++i) {
        if ((*lines)[i].empty())
            return make_error("checkpoint.empty_extension",
                              "checkpoint extension lines must not be empty");
        cp.extensions.emplace_back((*lines)[i]);
    }
    return cp;
}

Result<std::string> format_checkpoint(const Checkpoint& cp) {
    const auto bad_line = [](std::string_view line) {
        return line.empty() || line.find('\n') != std::string_view::npos || has_control(line) ||
               !is_valid_utf8(line);
    };
    if (bad_line(cp.origin))
        return make_error("checkpoint.empty_origin",
                          "checkpoint origin must be one non-empty line");
    std::string out =
        cp.origin + "\n" + std::to_string(cp.size) + "\n" + format_hash(cp.root) + "\n";
    for (const std::string& ext : cp.extensions) {
        if (bad_line(ext))
            return make_error("checkpoint.empty_extension",
                              "checkpoint extension must be one non-empty line");
        out += ext;
        out += '\n';
    }
    return out;
}

Result<Checkpoint> open_checkpoint(std::string_view note, const VerifierKey& log_key) {
    if (log_key.type != kSigTypeEd25519)
        return make_error("checkpoint.wrong_key_type", "a log key signs with Ed25519 (type 0x01)");
    const std::array<VerifierKey, 1> known{log_key};
    CL_ASSIGN_OR_RETURN(const VerifiedNote opened, open_note(note, known));
    CL_ASSIGN_OR_RETURN(Checkpoint cp, parse_checkpoint(opened.text));
    if (cp.origin != log_key.name)
        return make_error("checkpoint.origin_mismatch",
                          "checkpoint origin \"" + cp.origin + "\" is not the log key's name");
    if (cp.size == 0 && cp.root != empty_root())
        return make_error("checkpoint.bad_empty_root",
                          "a checkpoint of size 0 must carry the empty-tree root");
    return cp;
}

Result<std::string> sign_checkpoint(const Checkpoint& checkpoint, const NoteSigner& log_key) {
    if (log_key.type() != kSigTypeEd25519)
        return make_error("checkpoint.wrong_key_type", "a log key signs with Ed25519 (type 0x01)");
    CL_ASSIGN_OR_RETURN(const std::string text, format_checkpoint(checkpoint));
    const std::array<const NoteSigner*, 1> signers{&log_key};
    return sign_note(text, signers);
}

} // namespace careledger::tlog
