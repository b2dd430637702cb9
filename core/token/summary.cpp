#include "token/summary.h"

#include "crypto/aead.h"
#include "token/errors.h"

namespace careledger::token {

Result<SealedSummary> seal_summary(ByteView plaintext) {
    if (plaintext.size() > kMaxSummaryBytes)
        return token_error(errc::too_large, "emergency summary exceeds " +
                                                std::to_string(kMaxSummaryBytes) + " bytes");
    SealedSummary out;
    out.pointer.key = crypto::random_secret(kSummaryKeyBytes);
    CL_ASSIGN_OR_RETURN(out.blob,
                        crypto::aead_seal(out.pointer.key, plaintext, as_bytes(kSummaryContext)));
    out.pointer.blob_id = crypto::sha256(out.blob);
    return out;
}

Result<crypto::SecureBuffer> open_summary(ByteView blob, const SummaryPointer& pointer) {
    if (pointer.key.size() != kSummaryKeyBytes)
        return token_error(errc::bad_request, "summary key must be 32 bytes");
    if (crypto::sha256(blob) != pointer.blob_id)
        return token_error(errc::summary_mismatch,
                           "summary blob does not match the id the token points to");
    auto opened = crypto::aead_open(pointer.key, blob, as_bytes(kSummaryContext));
    if (!opened.ok())
        return token_error(errc::summary_mismatch, "the token's key does not open this summary");
    return std::move(opened).value();
}

} // namespace careledger::token
