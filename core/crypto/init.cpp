#include "crypto/init.h"

#include "crypto/ed25519.h"
#include "crypto/hash.h"

#include <sodium.h>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace careledger::crypto {

namespace {

Status disable_core_dumps() {
    rlimit none{0, 0};
    if (setrlimit(RLIMIT_CORE, &none) != 0)
        return make_error("init.core_dumps", "could not disable core dumps");
    // Also keeps other unprivileged processes from attaching (ptrace) to read secrets.
    if (prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0)
        return make_error("init.core_dumps", "could not mark the process non-dumpable");
    return {};
}

} // namespace

Status self_test() {
    // RFC 8032 §7.1, TEST 1 (empty message).
    auto seed = from_hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    auto key = SigningKey::from_seed(seed.value());
    const auto expected_pk =
        from_hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a").value();
    const auto expected_sig =
        from_hex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                 "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")
            .value();
    if (!key.ok() || Bytes(key->public_key().begin(), key->public_key().end()) != expected_pk)
        return make_error("init.self_test", "Ed25519 key derivation known-answer test failed");
    const auto sig = key->sign({});
    if (Bytes(sig.begin(), sig.end()) != expected_sig || !verify(key->public_key(), {}, view(sig)))
        return make_error("init.self_test", "Ed25519 signature known-answer test failed");
    // FIPS 180-2 "abc".
    if (to_hex(view(sha256(as_bytes("abc")))) !=
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        return make_error("init.self_test", "SHA-256 known-answer test failed");
    return {};
}

Status initialize() {
    if (sodium_init() < 0)
        return make_error("init.sodium", "libsodium failed to initialise");
    CL_TRY(disable_core_dumps());
    return self_test();
}

} // namespace careledger::crypto
