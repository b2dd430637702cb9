#include "node/network_config.h"

#include "common/atomic_file.h"

#include <algorithm>
#include <set>

namespace careledger::node {

namespace {
constexpr std::string_view kNetworkHeader = "careledger-network/v1";
constexpr std::size_t kMaxConfigBytes = std::size_t{64} * 1024;
} // namespace

Result<NetworkConfig> NetworkConfig::make(std::string origin,
                                          std::vector<crypto::PublicKey> registrars,
                                          ledger::TrustPolicy trust) {
    NetworkConfig c;
    c.origin_ = std::move(origin);
    c.registrars_ = std::move(registrars);
    if (!tlog::is_valid_key_name(c.origin_))
        return make_error("network.bad_origin", "the origin must be a valid note key name");
    if (trust.logs().size() != 1)
        return make_error("network.policy", "the trust policy must name exactly one log");
    CL_ASSIGN_OR_RETURN(c.log_key_, tlog::parse_vkey(trust.logs()[0].vkey));
    if (c.log_key_.type != tlog::kSigTypeEd25519)
        return make_error("network.policy", "the log key must be an Ed25519 (type 0x01) key");
    if (c.log_key_.name != c.origin_)
        return make_error("network.policy", "the log key's name must be the network's origin");
    for (const auto& w : trust.witnesses()) {
        CL_ASSIGN_OR_RETURN(auto key, tlog::parse_vkey(w.vkey));
        if (key.type != tlog::kSigTypeCosignatureV1)
            return make_error("network.policy",
                              "validator " + w.name + " must have a cosignature (type 0x04) key");
        c.witnesses_.emplace_back(w.name, key);
    }
    c.trust_ = std::move(trust);
    return c;
}

Result<NetworkConfig> NetworkConfig::parse(std::string_view network_text,
                                           std::string_view policy_text) {
    CL_ASSIGN_OR_RETURN(auto trust, ledger::TrustPolicy::parse(policy_text));
    std::string origin;
    std::vector<crypto::PublicKey> registrars;
    std::size_t pos = 0;
    std::size_t line_no = 0;
    while (pos < network_text.size()) {
        auto nl = network_text.find('\n', pos);
        if (nl == std::string_view::npos)
            return make_error("network.syntax", "network file must end with a newline");
        const auto line = network_text.substr(pos, nl - pos);
        pos = nl + 1;
        ++line_no;
        const auto where = "network line " + std::to_string(line_no) + ": ";
        if (line_no == 1) {
            if (line != kNetworkHeader)
                return make_error("network.syntax", "not a CareLedger network file");
            continue;
        }
        if (line.empty() || line.front() == '#')
            continue;
        const auto space = line.find(' ');
        const auto key = line.substr(0, space);
        const auto value = space == std::string_view::npos ? "" : line.substr(space + 1);
        if (key == "origin" && origin.empty() && !value.empty()) {
            origin = std::string(value);
        } else if (key == "registrar") {
            auto bytes = from_hex(value);
            if (!bytes.ok() || bytes->size() != 32)
                return make_error("network.syntax", where + "registrar must be a 64-hex-digit key");
            CL_ASSIGN_OR_RETURN(auto pk, crypto::public_key_from(*bytes));
            registrars.push_back(pk);
        } else {
            return make_error("network.syntax", where + "unexpected line");
        }
    }
    if (origin.empty())
        return make_error("network.syntax", "network file has no origin");
    return make(std::move(origin), std::move(registrars), std::move(trust));
}

Result<NetworkConfig> NetworkConfig::load(const std::filesystem::path& dir) {
    auto net = read_file(dir / "network", kMaxConfigBytes);
    if (!net.ok())
        return make_error("ledger.not_found", "no CareLedger network in " + dir.string());
    CL_ASSIGN_OR_RETURN(auto pol, read_file(dir / "policy", kMaxConfigBytes));
    return parse(to_string(*net), to_string(pol));
}

std::string NetworkConfig::format_network() const {
    std::string out = std::string(kNetworkHeader) + "\norigin " + origin_ + "\n";
    for (const auto& r : registrars_)
        out += "registrar " + to_hex(view(r)) + "\n";
    return out;
}

Status NetworkConfig::save(const std::filesystem::path& dir) const {
    CL_TRY(write_file_atomically(dir / "policy", as_bytes(trust_.format())));
    return write_file_atomically(dir / "network", as_bytes(format_network()));
}

ledger::Policy NetworkConfig::consent_policy() const {
    ledger::Policy p;
    p.origin = origin_;
    p.registrars = registrars_;
    return p;
}

Result<tlog::VerifiedCheckpoint> NetworkConfig::verify_checkpoint(std::string_view note,
                                                                  std::uint64_t now,
                                                                  std::uint64_t max_age) const {
    tlog::CheckpointPolicy cp;
    cp.log_key = log_key_;
    for (const auto& [name, key] : witnesses_)
        cp.cosigners.push_back(key);
    cp.quorum = 0; // the group quorum of the tlog-policy is evaluated below
    cp.max_age = max_age;
    CL_ASSIGN_OR_RETURN(auto verified, tlog::verify_checkpoint(note, cp, now));
    std::set<std::string> fresh;
    std::set<std::string> any;
    for (const auto& report : verified.cosigners) {
        for (const auto& [name, key] : witnesses_) {
            if (key.name == report.name && key.key_id == report.key_id) {
                any.insert(name);
                if (report.fresh)
                    fresh.insert(name);
            }
        }
    }
    if (!trust_.quorum_met(fresh)) {
        if (trust_.quorum_met(any))
            return make_error("checkpoint.stale_cosignature",
                              "the validators' cosignatures are older than the freshness bound");
        return make_error("checkpoint.too_few_cosignatures",
                          std::to_string(any.size()) +
                              " validator cosignatures verified; the policy's quorum is not met");
    }
    return verified;
}

} // namespace careledger::node
