// c2sp.org/tlog-policy: which logs are trusted and which witness cosignatures make a checkpoint
// valid (the quorum, possibly as nested groups). Parsing is strict; evaluation is a pure function
// of the set of witnesses whose cosignatures verified.
#pragma once

#include "common/result.h"

#include <cstddef>
#include <set>
#include <string>
#include <vector>

namespace careledger::ledger {

struct PolicyLog {
    std::string vkey;
    std::string url; // may be empty
};

struct PolicyWitness {
    std::string name;
    std::string vkey;
    std::string url;
};

struct PolicyGroup {
    std::string name;
    std::size_t threshold = 0;
    std::vector<std::string> members; // witness or earlier group names
};

class TrustPolicy {
public:
    static Result<TrustPolicy> parse(std::string_view text);
    [[nodiscard]] std::string format() const;

    // True when the witnesses named in `cosigned` satisfy the quorum.
    [[nodiscard]] bool quorum_met(const std::set<std::string>& cosigned) const;

    [[nodiscard]] const std::vector<PolicyLog>& logs() const { return logs_; }
    [[nodiscard]] const std::vector<PolicyWitness>& witnesses() const { return witnesses_; }
    [[nodiscard]] const std::vector<PolicyGroup>& groups() const { return groups_; }
    [[nodiscard]] const std::string& quorum() const { return quorum_; }

    void add_log(PolicyLog log) { logs_.push_back(std::move(log)); }
    void add_witness(PolicyWitness w) { witnesses_.push_back(std::move(w)); }
    void add_group(PolicyGroup g) { groups_.push_back(std::move(g)); }
    void set_quorum(std::string name) { quorum_ = std::move(name); }

private:
    [[nodiscard]] bool satisfied(const std::string& name, const std::set<std::string>& cosigned,
                                 int depth) const;
    std::vector<PolicyLog> logs_;
    std::vector<PolicyWitness> witnesses_;
    std::vector<PolicyGroup> groups_;
    std::string quorum_;
};

} // namespace careledger::ledger
