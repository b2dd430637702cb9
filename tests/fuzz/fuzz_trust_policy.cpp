// c2sp.org/tlog-policy: TrustPolicy::parse on arbitrary text. Whatever it accepts, format()
// writes a policy that parses again to the same logs, witnesses, groups and quorum, formats to
// the same text, and meets the quorum for exactly the same sets of witnesses.
#include "fuzz_support.h"
#include "ledger/trust_policy.h"

#include <algorithm>
#include <set>
#include <string>

using namespace careledger;
using careledger::ledger::TrustPolicy;

namespace {

// Witness subsets tried for quorum equivalence: all of them for up to 8 witnesses, else the
// subsets of the first 8.
constexpr std::size_t kMaxSubsetWitnesses = 8;

bool same_policy(const TrustPolicy& a, const TrustPolicy& b) {
    if (a.quorum() != b.quorum() || a.logs().size() != b.logs().size() ||
        a.witnesses().size() != b.witnesses().size() || a.groups().size() != b.groups().size())
        return false;
    for (std::size_t i = 0; i < a.logs().size(); ++i)
        if (a.logs()[i].vkey != b.logs()[i].vkey || a.logs()[i].url != b.logs()[i].url)
            return false;
    for (std::size_t i = 0; i < a.witnesses().size(); ++i) {
        const auto& x = a.witnesses()[i];
        const auto& y = b.witnesses()[i];
        if (x.name != y.name || x.vkey != y.vkey || x.url != y.url)
            return false;
    }
    for (std::size_t i = 0; i < a.groups().size(); ++i) {
        const auto& x = a.groups()[i];
        const auto& y = b.groups()[i];
        if (x.name != y.name || x.threshold != y.threshold || x.members != y.members)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto policy = TrustPolicy::parse(fuzz::as_text(ByteView(data, size)));
    if (!policy.ok())
        return 0;
    const std::string text = policy->format();
    const auto again = TrustPolicy::parse(text);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(same_policy(policy.value(), again.value()));
    FUZZ_CHECK(again->format() == text);

    const auto& witnesses = policy->witnesses();
    const std::size_t n = std::min(witnesses.size(), kMaxSubsetWitnesses);
    for (std::size_t mask = 0; mask < (std::size_t{1} << n); ++mask) {
        std::set<std::string> cosigned;
        for (std::size_t i = 0; i < n; ++i)
            if ((mask >> i) & 1U)
                cosigned.insert(witnesses[i].name);
        FUZZ_CHECK(policy->quorum_met(cosigned) == again->quorum_met(cosigned));
    }
    // Adding witnesses never breaks a quorum that was met.
    std::set<std::string> all;
    for (const auto& w : witnesses)
        all.insert(w.name);
    for (std::size_t i = 0; i < n; ++i) {
        std::set<std::string> without = all;
        without.erase(witnesses[i].name);
        if (policy->quorum_met(without))
            FUZZ_CHECK(policy->quorum_met(all));
    }
    return 0;
}
