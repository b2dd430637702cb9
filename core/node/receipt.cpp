#include "node/receipt.h"

#include "ledger/tlog_text.h"

#include <array>

namespace careledger::node {

namespace {

constexpr std::size_t kReceiptLines = 5;

bool valid_origin(std::string_view origin) {
    if (origin.empty() || !tlog::is_valid_utf8(origin))
        return false;
    for (const char c : origin)
        if (static_cast<unsigned char>(c) < 0x20)
            return false;
    return true;
}

} // namespace

Result<std::string> format_receipt_text(const SequencingReceipt& receipt) {
    if (!valid_origin(receipt.origin))
        return make_error("receipt.malformed", "a receipt origin must be one non-empty line");
    std::string text(kReceiptHeader);
    text += '\n';
    text += receipt.origin + '\n';
    text += std::to_string(receipt.index) + '\n';
    text += tlog::format_hash(receipt.leaf_hash) + '\n';
    text += std::to_string(receipt.deadline) + '\n';
    return text;
}

Result<SequencingReceipt> parse_receipt_text(std::string_view text) {
    const auto lines = tlog::split_lines(text);
    if (!lines || lines->size() != kReceiptLines)
        return make_error("receipt.malformed", "a receipt has exactly five newline-ended lines");
    if ((*lines)[0] != kReceiptHeader)
        return make_error("receipt.bad_header", "not a careledger.org/receipt/v1 note");
    SequencingReceipt r;
    if (!valid_origin((*lines)[1]))
        return make_error("receipt.malformed", "the receipt origin line is empty or invalid");
    r.origin = std::string((*lines)[1]);
    const auto index = tlog::parse_decimal((*lines)[2]);
    if (!index)
        return make_error("receipt.bad_index", "the receipt leaf index is not a decimal");
    r.index = *index;
    const auto hash = tlog::parse_hash((*lines)[3]);
    if (!hash)
        return make_error("receipt.bad_leaf_hash",
                          "the receipt leaf hash is not the base64 of 32 bytes");
    r.leaf_hash = *hash;
    const auto deadline = tlog::parse_decimal((*lines)[4]);
    if (!deadline)
        return make_error("receipt.bad_deadline", "the receipt deadline is not a decimal");
    r.deadline = *deadline;
    return r;
}

Result<std::string> sign_receipt(const SequencingReceipt& receipt,
                                 const tlog::NoteSigner& log_key) {
    if (log_key.type() != tlog::kSigTypeEd25519)
        return make_error("receipt.wrong_key_type", "receipts are signed by the log key (Ed25519)");
    if (receipt.origin != log_key.name())
        return make_error("receipt.origin_mismatch",
                          "the receipt origin is not the log key's name");
    CL_ASSIGN_OR_RETURN(const std::string text, format_receipt_text(receipt));
    const std::array<const tlog::NoteSigner*, 1> signers{&log_key};
    return tlog::sign_note(text, signers);
}

Result<SequencingReceipt> open_receipt(std::string_view note, const tlog::VerifierKey& log_key) {
    if (log_key.type != tlog::kSigTypeEd25519)
        return make_error("receipt.wrong_key_type", "receipts are signed by the log key (Ed25519)");
    const std::array<tlog::VerifierKey, 1> known{log_key};
    auto opened = tlog::open_note(note, known);
    if (!opened.ok())
        return make_error("receipt.bad_signature",
                          "the receipt is not signed by the log key: " + opened.error().message);
    CL_ASSIGN_OR_RETURN(SequencingReceipt r, parse_receipt_text(opened->text));
    if (r.origin != log_key.name)
        return make_error("receipt.origin_mismatch",
                          "receipt origin \"" + r.origin + "\" is not the log key's name");
    return r;
}

} // namespace careledger::node
