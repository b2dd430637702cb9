// What a wallet does on the ledger: register its identity, certify providers (registrars), grant
// and revoke access (patients), record an access (providers), and read the patient's verified
// audit trail. Every function signs with the wallet and submits through a LedgerClient, so the
// same code runs against the embedded ledger and a remote network.
#pragma once

#include "node/ledger_client.h"
#include "wallet/wallet.h"

#include <optional>
#include <string>
#include <vector>

namespace careledger::wallet {

// The IDENTITY entry of this wallet, unless the ledger has it already (then nullopt).
Result<std::optional<node::Receipt>> register_identity(Wallet& w, node::LedgerClient& ledger);

struct Certification {
    std::string display_name;
    std::string organisation;
    std::string provider_role;
};
// Certify a registered provider; `registrar` is a registrar wallet's or the ledger's local
// registrar's identity (the state machine checks that the network's policy names it).
Result<node::Receipt> certify_provider(const crypto::Identity& registrar,
                                       node::LedgerClient& ledger, const crypto::PublicKey& subject,
                                       const Certification& what);
Result<node::Receipt> certify_provider(Wallet& registrar, node::LedgerClient& ledger,
                                       const crypto::PublicKey& subject, const Certification& what);

struct GrantRequest {
    crypto::PublicKey grantee{};
    std::vector<std::string> categories;
    std::string purpose = "TREAT";
    std::string mode = "view";
    std::uint64_t not_before = 0; // 0: now
    std::uint64_t expiry = 0;
    std::optional<std::uint64_t> erase_by;
};
Result<node::Receipt> create_grant(Wallet& patient, node::LedgerClient& ledger, GrantRequest req);
Result<node::Receipt> revoke_grant(Wallet& patient, node::LedgerClient& ledger,
                                   const ledger::EntryId& grant_id);

struct AccessRequest {
    ledger::PatientTag patient{};
    ledger::EntryId grant_id{};
    std::vector<std::string> categories;
    std::string purpose = "TREAT";
};
Result<node::Receipt> record_access(Wallet& provider, node::LedgerClient& ledger,
                                    const AccessRequest& req);

struct AuditEvent {
    std::uint64_t index = 0;
    crypto::PublicKey reader{};
    std::string reader_name; // from the provider directory; empty for an uncertified reader
    std::vector<std::string> categories;
    std::string purpose;
    std::uint64_t time = 0;
    ledger::AccessBasis basis = ledger::AccessBasis::grant;
    std::string reference_hex; // grant id or emergency token id
    // The entry was read back from the log, its signature verified, and a c2sp.org/tlog-proof
    // proved it is included in the signed checkpoint.
    bool verified = false;
    std::string verify_error; // why not, when not verified
};
// Every access to this patient's data, in log order, each one verified.
Result<std::vector<AuditEvent>> audit(const Wallet& patient, node::LedgerClient& ledger);

// A key named on the command line: a 64-hex-digit public key, or a 32-hex-digit key id (or a
// unique prefix of at least 8 hex digits) of a registered identity.
Result<crypto::PublicKey> resolve_key(const ledger::LedgerState& state, std::string_view text);
// A grant id given as 64 hex digits, or a unique prefix of at least 8.
Result<ledger::EntryId> resolve_grant(const ledger::LedgerState& state,
                                      const ledger::PatientTag& patient, std::string_view text);
// Categories given as "a,b,c": trimmed, sorted, unique.
Result<std::vector<std::string>> parse_categories(std::string_view text);

} // namespace careledger::wallet
