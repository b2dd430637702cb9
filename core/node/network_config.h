// What defines a CareLedger network: its origin, the registrars allowed to certify providers, and
// the trust policy (c2sp.org/tlog-policy: the log key, the validators' cosigning keys and the
// quorum). Kept in two text files in a ledger directory:
//   network   "careledger-network/v1", "origin <origin>", "registrar <hex Ed25519 key>"...
//   policy    a c2sp.org/tlog-policy file
#pragma once

#include "common/result.h"
#include "ledger/consent_state.h"
#include "ledger/cosignature.h"
#include "ledger/trust_policy.h"

#include <filesystem>
#include <string>
#include <vector>

namespace careledger::node {

class NetworkConfig {
public:
    static Result<NetworkConfig> make(std::string origin, std::vector<crypto::PublicKey> registrars,
                                      ledger::TrustPolicy trust);
    static Result<NetworkConfig> parse(std::string_view network_text, std::string_view policy_text);
    static Result<NetworkConfig> load(const std::filesystem::path& dir);
    Status save(const std::filesystem::path& dir) const;
    [[nodiscard]] std::string format_network() const;

    [[nodiscard]] const std::string& origin() const { return origin_; }
    [[nodiscard]] const std::vector<crypto::PublicKey>& registrars() const { return registrars_; }
    [[nodiscard]] const ledger::TrustPolicy& trust() const { return trust_; }
    [[nodiscard]] const tlog::VerifierKey& log_key() const { return log_key_; }
    // The consent state machine's view of the network.
    [[nodiscard]] ledger::Policy consent_policy() const;

    // A checkpoint note is valid when the log signed it and the validators' fresh cosignatures
    // meet the policy's quorum (groups included). max_age bounds how old a cosignature may be.
    [[nodiscard]] Result<tlog::VerifiedCheckpoint>
    verify_checkpoint(std::string_view note, std::uint64_t now, std::uint64_t max_age) const;

private:
    std::string origin_;
    std::vector<crypto::PublicKey> registrars_;
    ledger::TrustPolicy trust_;
    tlog::VerifierKey log_key_;
    std::vector<std::pair<std::string, tlog::VerifierKey>> witnesses_; // policy name -> key
};

} // namespace careledger::node
