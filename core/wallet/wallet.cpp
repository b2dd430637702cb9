#include "wallet/wallet.h"

#include "common/time.h"
#include "crypto/aead.h"

#include <charconv>

namespace careledger::wallet {

namespace {

constexpr const char* kMasterSecret = "master_secret";
constexpr const char* kRoleSetting = "role";
constexpr const char* kNameSetting = "name";
constexpr const char* kSeqSetting = "last_seq";

Result<std::uint8_t> parse_small(std::string_view s) {
    unsigned v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size() || v == 0 || v > 16)
        return make_error("wallet.share_spec", "share counts must be whole numbers from 1 to 16");
    return static_cast<std::uint8_t>(v);
}

Result<crypto::slip39::GroupSpec> parse_k_of_n(std::string_view s) {
    const auto of = s.find("-of-");
    if (of == std::string_view::npos)
        return make_error("wallet.share_spec", "shares must be written K-of-N, e.g. 2-of-3");
    CL_ASSIGN_OR_RETURN(auto k, parse_small(s.substr(0, of)));
    CL_ASSIGN_OR_RETURN(auto n, parse_small(s.substr(of + 4)));
    if (k > n)
        return make_error("wallet.share_spec", "K must not exceed N in K-of-N");
    if (k == 1 && n > 1)
        return make_error("wallet.share_spec",
                          "1-of-N would hand out N copies of the same secret; use K of at least 2");
    return crypto::slip39::GroupSpec{k, n};
}

} // namespace

Result<ShareSpec> parse_share_spec(std::string_view text) {
    ShareSpec spec;
    spec.groups.clear();
    const auto colon = text.find(':');
    if (colon == std::string_view::npos) {
        CL_ASSIGN_OR_RETURN(auto g, parse_k_of_n(text));
        spec.groups.push_back(g);
        return spec;
    }
    CL_ASSIGN_OR_RETURN(spec.group_threshold, parse_small(text.substr(0, colon)));
    auto rest = text.substr(colon + 1);
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        CL_ASSIGN_OR_RETURN(auto g, parse_k_of_n(rest.substr(0, comma)));
        spec.groups.push_back(g);
        rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
    }
    if (spec.group_threshold > spec.groups.size())
        return make_error("wallet.share_spec", "more groups required than listed");
    return spec;
}

std::string_view role_name(ledger::Role role) {
    switch (role) {
    case ledger::Role::patient:
        return "patient";
    case ledger::Role::provider:
        return "provider";
    case ledger::Role::registrar:
        return "registrar";
    }
    return "unknown";
}

Result<ledger::Role> parse_role(std::string_view text) {
    if (text == "patient")
        return ledger::Role::patient;
    if (text == "provider")
        return ledger::Role::provider;
    if (text == "registrar")
        return ledger::Role::registrar;
    return make_error("wallet.bad_role", "role must be patient, provider or registrar");
}

Result<Wallet> Wallet::create_from_secret(const std::filesystem::path& dir,
                                          const crypto::SecureBuffer& passphrase,
                                          const crypto::SecureBuffer& master_secret,
                                          const CreateOptions& options) {
    CL_ASSIGN_OR_RETURN(auto identity, crypto::Identity::from_master_secret(master_secret));
    CL_ASSIGN_OR_RETURN(auto v, vault::Vault::create(dir, passphrase, options.kdf, options.open));
    CL_TRY(v.secrets().put(kMasterSecret, master_secret));
    CL_TRY(v.settings().put(kRoleSetting, role_name(options.role)));
    CL_TRY(v.settings().put(kNameSetting, options.name));
    return Wallet(std::move(v), std::move(identity), options.role, options.name);
}

Result<CreatedWallet> Wallet::create(const std::filesystem::path& dir,
                                     const crypto::SecureBuffer& passphrase,
                                     const CreateOptions& options) {
    if (vault::Vault::exists(dir))
        return make_error("vault.exists", "a wallet already exists in " + dir.string());
    auto secret = crypto::random_secret(crypto::kMasterSecretBytes);
    // Split first: a spec the standard refuses must fail before anything is written.
    CL_ASSIGN_OR_RETURN(auto recovery, crypto::slip39::split(secret, options.slip39_passphrase,
                                                             options.shares.group_threshold,
                                                             options.shares.groups));
    CL_ASSIGN_OR_RETURN(auto w, create_from_secret(dir, passphrase, secret, options));
    return CreatedWallet{std::move(w), std::move(recovery)};
}

Result<Wallet> Wallet::restore(const std::filesystem::path& dir,
                               const crypto::SecureBuffer& passphrase,
                               const std::vector<crypto::SecureBuffer>& mnemonics,
                               const CreateOptions& options) {
    if (vault::Vault::exists(dir))
        return make_error("vault.exists", "a wallet already exists in " + dir.string());
    CL_ASSIGN_OR_RETURN(auto secret, crypto::slip39::combine(mnemonics, options.slip39_passphrase));
    if (secret.size() != crypto::kMasterSecretBytes)
        return make_error("wallet.not_careledger",
                          "these shares hold a " + std::to_string(secret.size() * 8) +
                              "-bit secret; CareLedger recovery phrases hold 128 bits");
    return create_from_secret(dir, passphrase, secret, options);
}

Result<Wallet> Wallet::open(const std::filesystem::path& dir,
                            const crypto::SecureBuffer& passphrase,
                            const vault::OpenOptions& options) {
    CL_ASSIGN_OR_RETURN(auto v, vault::Vault::open(dir, passphrase, options));
    CL_ASSIGN_OR_RETURN(auto secret, v.secrets().get(kMasterSecret));
    CL_ASSIGN_OR_RETURN(auto identity, crypto::Identity::from_master_secret(secret));
    CL_ASSIGN_OR_RETURN(auto role_text, v.settings().get(kRoleSetting));
    CL_ASSIGN_OR_RETURN(auto name, v.settings().get(kNameSetting));
    CL_ASSIGN_OR_RETURN(auto role, parse_role(role_text.value_or("patient")));
    return Wallet(std::move(v), std::move(identity), role, name.value_or(""));
}

Result<ledger::SignedEntry> Wallet::sign(ledger::Payload payload,
                                         std::optional<ledger::PatientTag> patient,
                                         const ledger::LedgerState& state) {
    CL_ASSIGN_OR_RETURN(auto stored, vault_.settings().get(kSeqSetting));
    std::uint64_t last = 0;
    if (stored) {
        const std::string_view text = *stored;
        const auto parsed = std::from_chars(text.data(), text.data() + text.size(), last);
        if (parsed.ec != std::errc() || parsed.ptr != text.data() + text.size())
            return make_error("vault.corrupt", "the wallet's sequence counter is unreadable");
    }
    last = std::max(last, state.last_seq(public_key()).value_or(0));
    const std::uint64_t seq = last + 1;
    // Recorded before the entry leaves the wallet: a number is never signed twice, even when the
    // submission fails (the replay rule accepts gaps).
    CL_TRY(vault_.settings().put(kSeqSetting, std::to_string(seq)));
    ledger::EntryBody body;
    body.author = public_key();
    body.time = static_cast<std::uint64_t>(now_unix());
    body.seq = seq;
    body.patient = patient;
    body.payload = std::move(payload);
    return ledger::sign(std::move(body), identity_.signing());
}

} // namespace careledger::wallet
