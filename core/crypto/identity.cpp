#include "crypto/identity.h"

#include "crypto/hash.h"

#include <cstring>
#include <sodium.h>

namespace careledger::crypto {

namespace {
constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "CareLedg";
constexpr unsigned char kRootPersonal[crypto_generichash_blake2b_PERSONALBYTES] = {
    'C', 'a', 'r', 'e', 'L', 'e', 'd', 'g', 'e', 'r', 'R', 'o', 'o', 't', 'v', '1'};

SecureBuffer derive_subkey(const SecureBuffer& root, Subkey which, std::size_t size) {
    SecureBuffer out(size);
    crypto_kdf_derive_from_key(out.data(), size, static_cast<std::uint64_t>(which), kKdfContext,
                               root.data());
    return out;
}
} // namespace

KeyId key_id(const PublicKey& pk) {
    return blake2b_128(view(pk));
}

std::string key_id_hex(const PublicKey& pk) {
    const auto id = key_id(pk);
    return to_hex({id.data(), id.size()});
}

Result<Identity> Identity::from_master_secret(const SecureBuffer& master_secret) {
    if (master_secret.size() != kMasterSecretBytes)
        return make_error("crypto.key_size", "master secret must be 16 bytes");
    SecureBuffer root(crypto_kdf_KEYBYTES);
    static const unsigned char zero_salt[crypto_generichash_blake2b_SALTBYTES] = {};
    crypto_generichash_blake2b_salt_personal(root.data(), root.size(), master_secret.data(),
                                             master_secret.size(), nullptr, 0, zero_salt,
                                             kRootPersonal);
    auto seed = derive_subkey(root, Subkey::signing_seed, crypto_sign_SEEDBYTES);
    CL_ASSIGN_OR_RETURN(auto signing, SigningKey::from_seed(seed.view()));
    Identity id(std::move(signing), std::move(root));
    id.box_secret_ = derive_subkey(id.root_, Subkey::box_secret, crypto_box_SECRETKEYBYTES);
    crypto_scalarmult_base(id.box_public_.data(), id.box_secret_.data());
    return id;
}

SecureBuffer Identity::derive(Subkey which) const {
    return derive_subkey(root_, which, 32);
}

Bytes seal_to(const BoxPublicKey& recipient, ByteView plaintext) {
    Bytes out(plaintext.size() + crypto_box_SEALBYTES);
    crypto_box_seal(out.data(), plaintext.data(), plaintext.size(), recipient.data());
    return out;
}

Result<SecureBuffer> open_sealed(const Identity& me, ByteView sealed) {
    if (sealed.size() < crypto_box_SEALBYTES)
        return make_error("crypto.sealed_box", "sealed box is too short");
    SecureBuffer out(sealed.size() - crypto_box_SEALBYTES);
    if (crypto_box_seal_open(out.data(), sealed.data(), sealed.size(), me.box_public_key().data(),
                             me.box_secret_key().data()) != 0)
        return make_error("crypto.sealed_box", "sealed box does not open with this wallet's key");
    return out;
}

} // namespace careledger::crypto
