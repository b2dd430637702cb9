// Makes the fixture vault of the current schema for tests/data/vault/schema-<N>/ (run it once
// per released schema and commit the result; never regenerate an old one):
//   vault_make_fixture <out-dir>
// Writes wallet.header, wallet.db and expected.json (passphrase, schema, the stored values).
// Cheap Argon2id parameters, so the test suite opens it quickly with the floor lowered.
#include "crypto/init.h"
#include "vault/schema.h"
#include "vault/vault.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace careledger;

namespace {

int make_fixture(int argc, char** argv) {
    if (argc < 2 || !crypto::initialize().ok()) {
        std::fprintf(stderr, "usage: vault_make_fixture <out-dir>\n");
        return 64;
    }
    const std::filesystem::path dir = argv[1];
    const std::string passphrase = "fixture passphrase, caf\xc3\xa9"; // non-ASCII on purpose
    vault::OpenOptions options;
    options.kdf_floor = crypto::KdfParams::minimum();
    auto v = vault::Vault::create(dir, crypto::SecureBuffer::copy_of(as_bytes(passphrase)),
                                  {1, 65536}, options);
    if (!v.ok()) {
        std::fprintf(stderr, "%s: %s\n", v.error().code.c_str(), v.error().message.c_str());
        return 1;
    }
    nlohmann::json expected;
    expected["passphrase"] = passphrase;
    expected["schema_version"] = vault::latest_version(vault::migrations());
    const auto master = from_hex("000102030405060708090a0b0c0d0e0f").value();
    expected["secrets"]["master_secret"] = to_hex(master);
    expected["settings"]["display_name"] = "Fixture Patient";
    expected["settings"]["locale"] = "fr-CH";
    if (!v->secrets().put("master_secret", crypto::SecureBuffer::copy_of(master)).ok())
        return 1;
    for (const auto& [key, value] : expected["settings"].items()) {
        if (!v->settings().put(key, value.get<std::string>()).ok())
            return 1;
    }
    v->lock();
    // Only the vault's own files belong in the fixture.
    std::error_code ec;
    std::filesystem::remove(dir / vault::kLockFileName, ec);
    std::filesystem::remove(dir / (std::string(vault::kDatabaseFileName) + "-journal"), ec);
    std::ofstream(dir / "expected.json") << expected.dump(2) << "\n";
    std::printf("fixture for schema %lld written to %s\n",
                static_cast<long long>(vault::latest_version(vault::migrations())), argv[1]);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    try {
        return make_fixture(argc, argv);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "vault_make_fixture: %s\n", e.what());
        return 1;
    }
}
