#include "token/pin_lock.h"

#include "crypto/aead.h"
#include "token/errors.h"

namespace careledger::token {

namespace {

bool within(const crypto::KdfParams& p, const crypto::KdfParams& floor) {
    return p.meets_floor(floor) && pin_kdf_ceiling().meets_floor(p);
}

Result<crypto::SecureBuffer> normalized_pin(const crypto::SecureBuffer& pin) {
    auto normalized = crypto::normalize_passphrase(pin);
    if (!normalized.ok())
        return token_error(errc::bad_pin, "PIN is not usable: " + normalized.error().message);
    if (normalized->size() < kMinPinBytes || normalized->size() > kMaxPinBytes)
        return token_error(errc::bad_pin, "PIN must have " + std::to_string(kMinPinBytes) + " to " +
                                              std::to_string(kMaxPinBytes) + " characters");
    return std::move(normalized).value();
}

} // namespace

crypto::KdfParams pin_kdf_interactive() {
    return {2, std::uint64_t{64} * 1024 * 1024};
}

crypto::KdfParams pin_kdf_ceiling() {
    return crypto::KdfParams::moderate();
}

Result<PinLock> pin_seal(const crypto::SecureBuffer& pin, ByteView plaintext,
                         ByteView associated_data, const crypto::KdfParams& params) {
    CL_ASSIGN_OR_RETURN(auto normalized, normalized_pin(pin));
    if (!within(params, crypto::KdfParams::minimum()) || !params.within_limits())
        return token_error(errc::bad_request, "PIN key-derivation cost is out of range");
    PinLock lock;
    crypto::random_bytes(lock.salt);
    lock.params = params;
    CL_ASSIGN_OR_RETURN(auto key, crypto::derive_kek(normalized, view(lock.salt), params));
    CL_ASSIGN_OR_RETURN(lock.sealed, crypto::aead_seal(key, plaintext, associated_data));
    return lock;
}

Result<crypto::SecureBuffer> pin_open(const crypto::SecureBuffer& pin, const PinLock& lock,
                                      ByteView associated_data, const crypto::KdfParams& floor) {
    if (!within(lock.params, floor) || !lock.params.within_limits())
        return token_error(errc::bad_claims,
                           "PIN key-derivation cost in the token is outside what this verifier "
                           "accepts");
    auto normalized = normalized_pin(pin);
    if (!normalized.ok())
        return token_error(errc::wrong_pin, "wrong PIN");
    CL_ASSIGN_OR_RETURN(auto key, crypto::derive_kek(*normalized, view(lock.salt), lock.params));
    auto opened = crypto::aead_open(key, lock.sealed, associated_data);
    if (!opened.ok())
        return token_error(errc::wrong_pin, "wrong PIN");
    return std::move(opened).value();
}

} // namespace careledger::token
