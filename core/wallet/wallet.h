// A patient's, provider's or registrar's wallet: the vault that keeps the master secret and the
// identity derived from it, recovery by SLIP-0039, and signing of ledger entries with the
// per-author sequence number the replay rule needs.
#pragma once

#include "crypto/identity.h"
#include "crypto/slip39.h"
#include "ledger/consent_state.h"
#include "vault/vault.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace careledger::wallet {

// How the recovery secret is split: one 20-word phrase by default (1 group, 1-of-1), k-of-n
// shares, or groups of shares of which group_threshold groups are needed.
struct ShareSpec {
    std::uint8_t group_threshold = 1;
    std::vector<crypto::slip39::GroupSpec> groups{{1, 1}};
};
// "K-of-N" (one group), or "T:K1-of-N1,K2-of-N2,..." (T of the listed groups).
Result<ShareSpec> parse_share_spec(std::string_view text);

struct CreateOptions {
    ledger::Role role = ledger::Role::patient;
    std::string name; // kept in the vault only: a patient's name never reaches the ledger
    ShareSpec shares;
    std::string slip39_passphrase; // empty unless the user sets one
    crypto::KdfParams kdf = crypto::KdfParams::moderate();
    vault::OpenOptions open;
};

class Wallet;

struct CreatedWallet;

class Wallet {
public:
    static Result<CreatedWallet> create(const std::filesystem::path& dir,
                                        const crypto::SecureBuffer& passphrase,
                                        const CreateOptions& options);
    // Rebuilds a wallet from its recovery phrase or a threshold set of shares.
    static Result<Wallet> restore(const std::filesystem::path& dir,
                                  const crypto::SecureBuffer& passphrase,
                                  const std::vector<crypto::SecureBuffer>& mnemonics,
                                  const CreateOptions& options);
    static Result<Wallet> open(const std::filesystem::path& dir,
                               const crypto::SecureBuffer& passphrase,
                               const vault::OpenOptions& options = {});

    [[nodiscard]] const crypto::Identity& identity() const { return identity_; }
    [[nodiscard]] const crypto::PublicKey& public_key() const { return identity_.public_key(); }
    [[nodiscard]] std::string key_id() const { return crypto::key_id_hex(public_key()); }
    [[nodiscard]] ledger::Role role() const { return role_; }
    [[nodiscard]] const std::string& name() const { return name_; }
    [[nodiscard]] ledger::PatientTag tag(std::string_view origin) const {
        return ledger::patient_tag(origin, public_key());
    }

    // Signs an entry by this wallet: author, current time and the next sequence number (above
    // both what this wallet used and what the ledger has seen from it).
    Result<ledger::SignedEntry> sign(ledger::Payload payload,
                                     std::optional<ledger::PatientTag> patient,
                                     const ledger::LedgerState& state);

    vault::Vault& vault() { return vault_; }
    void lock() { vault_.lock(); }

private:
    Wallet(vault::Vault v, crypto::Identity id, ledger::Role role, std::string name)
        : vault_(std::move(v)), identity_(std::move(id)), role_(role), name_(std::move(name)) {}
    static Result<Wallet> create_from_secret(const std::filesystem::path& dir,
                                             const crypto::SecureBuffer& passphrase,
                                             const crypto::SecureBuffer& master_secret,
                                             const CreateOptions& options);
    vault::Vault vault_;
    crypto::Identity identity_;
    ledger::Role role_;
    std::string name_;
};

struct CreatedWallet {
    Wallet wallet;
    // groups[g][m]: member m of group g; with the default spec a single 20-word phrase.
    std::vector<std::vector<crypto::SecureBuffer>> recovery;
};

std::string_view role_name(ledger::Role role);
Result<ledger::Role> parse_role(std::string_view text);

} // namespace careledger::wallet
