#include "ledger/trust_policy.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace careledger::ledger {

namespace {

constexpr std::size_t kMaxLogs = 32;
constexpr std::size_t kMaxWitnesses = 64;
constexpr std::size_t kMaxGroups = 64;
constexpr std::size_t kMaxPolicyBytes = std::size_t{64} * 1024;

Error policy_error(std::size_t line, const std::string& what) {
    return make_error("policy.syntax", "policy line " + std::to_string(line) + ": " + what);
}

std::vector<std::string_view> split_ws(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const std::size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            out.push_back(line.substr(start, i - start));
    }
    return out;
}

// A vkey is <name>+<hex key id>+<base64 key>. Names contain no '+' and the key id is hex, so the
// first two '+' delimit the fields; base64 itself may contain '+'.
std::size_t second_plus(std::string_view vkey) {
    const auto first = vkey.find('+');
    return first == std::string_view::npos ? first : vkey.find('+', first + 1);
}

// The public key a vkey wraps: duplicates are judged on this part, whatever the name and id.
std::string_view vkey_key_part(std::string_view vkey) {
    const auto second = second_plus(vkey);
    return second == std::string_view::npos ? vkey : vkey.substr(second + 1);
}

bool valid_vkey_shape(std::string_view vkey) {
    const auto first = vkey.find('+');
    const auto second = second_plus(vkey);
    return first != std::string_view::npos && first > 0 && second != std::string_view::npos &&
           second > first + 1 && second + 1 < vkey.size();
}

} // namespace

Result<TrustPolicy> TrustPolicy::parse(std::string_view text) {
    if (text.size() > kMaxPolicyBytes)
        return make_error("policy.too_large", "policy file is larger than 64 KiB");
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && u != '\t' && u != '\n')
            return make_error("policy.syntax", "policy contains a control character");
        if (u == 0x7f)
            return make_error("policy.syntax", "policy contains a DEL character");
    }
    TrustPolicy p;
    std::map<std::string, bool, std::less<>> names; // name -> is group
    std::set<std::string, std::less<>> keys;
    // The spec lets each name be a group member at most once in the whole file, so a witness
    // cannot count twice towards the quorum through two groups.
    std::set<std::string, std::less<>> used_as_member;
    bool have_quorum = false;
    std::size_t line_no = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto nl = text.find('\n', pos);
        if (nl == std::string_view::npos)
            nl = text.size();
        const auto line = text.substr(pos, nl - pos);
        pos = nl + 1;
        ++line_no;
        const auto f = split_ws(line);
        if (f.empty() || f[0].front() == '#')
            continue;
        const auto& kw = f[0];
        if (kw == "log") {
            if (f.size() < 2 || f.size() > 3 || !valid_vkey_shape(f[1]))
                return policy_error(line_no, "expected: log <vkey> [<url>]");
            if (!keys.insert(std::string(vkey_key_part(f[1]))).second)
                return policy_error(line_no, "duplicate key");
            p.logs_.push_back({std::string(f[1]), f.size() == 3 ? std::string(f[2]) : ""});
        } else if (kw == "witness") {
            if (f.size() < 3 || f.size() > 4 || !valid_vkey_shape(f[2]))
                return policy_error(line_no, "expected: witness <name> <vkey> [<url>]");
            if (f[1] == "none" || names.contains(f[1]))
                return policy_error(line_no, "name already defined: " + std::string(f[1]));
            if (!keys.insert(std::string(vkey_key_part(f[2]))).second)
                return policy_error(line_no, "duplicate key");
            names.emplace(std::string(f[1]), false);
            p.witnesses_.push_back(
                {std::string(f[1]), std::string(f[2]), f.size() == 4 ? std::string(f[3]) : ""});
        } else if (kw == "group") {
            if (f.size() < 4)
                return policy_error(line_no, "expected: group <name> all|any|<k> <name>...");
            if (f[1] == "none" || names.contains(f[1]))
                return policy_error(line_no, "name already defined: " + std::string(f[1]));
            PolicyGroup g{std::string(f[1]), 0, {}};
            for (std::size_t i = 3; i < f.size(); ++i) {
                if (!names.contains(f[i]))
                    return policy_error(line_no, "undefined member: " + std::string(f[i]));
                if (!used_as_member.insert(std::string(f[i])).second)
                    return policy_error(line_no, "member listed twice: " + std::string(f[i]));
                g.members.emplace_back(f[i]);
            }
            const auto n = g.members.size();
            if (f[2] == "all") {
                g.threshold = n;
            } else if (f[2] == "any") {
                g.threshold = 1;
            } else {
                std::size_t k = 0;
                auto [ptr, ec] = std::from_chars(f[2].data(), f[2].data() + f[2].size(), k);
                if (ec != std::errc() || ptr != f[2].data() + f[2].size() || f[2][0] == '0' ||
                    k < 1 || k > n)
                    return policy_error(line_no, "group threshold must be all, any or 1..n");
                g.threshold = k;
            }
            names.emplace(g.name, true);
            p.groups_.push_back(std::move(g));
        } else if (kw == "quorum") {
            if (f.size() != 2)
                return policy_error(line_no, "expected: quorum <name>");
            if (have_quorum)
                return policy_error(line_no, "more than one quorum line");
            if (f[1] != "none" && !names.contains(f[1]))
                return policy_error(line_no, "undefined quorum name: " + std::string(f[1]));
            p.quorum_ = std::string(f[1]);
            have_quorum = true;
        } else {
            return policy_error(line_no, "unknown keyword: " + std::string(kw));
        }
    }
    if (!have_quorum)
        return make_error("policy.no_quorum", "policy has no quorum line");
    if (p.logs_.size() > kMaxLogs || p.witnesses_.size() > kMaxWitnesses ||
        p.groups_.size() > kMaxGroups)
        return make_error("policy.too_large", "policy lists too many logs, witnesses or groups");
    return p;
}

std::string TrustPolicy::format() const {
    std::string out;
    for (const auto& l : logs_)
        out += "log " + l.vkey + (l.url.empty() ? "" : " " + l.url) + "\n";
    for (const auto& w : witnesses_)
        out += "witness " + w.name + " " + w.vkey + (w.url.empty() ? "" : " " + w.url) + "\n";
    for (const auto& g : groups_) {
        out += "group " + g.name + " " + std::to_string(g.threshold);
        for (const auto& m : g.members)
            out += " " + m;
        out += "\n";
    }
    out += "quorum " + (quorum_.empty() ? std::string("none") : quorum_) + "\n";
    return out;
}

bool TrustPolicy::satisfied(const std::string& name, const std::set<std::string>& cosigned,
                            int depth) const {
    if (depth > 64)
        return false;
    const auto g = std::find_if(groups_.begin(), groups_.end(),
                                [&](const PolicyGroup& x) { return x.name == name; });
    if (g == groups_.end())
        return cosigned.contains(name);
    std::size_t count = 0;
    for (const auto& m : g->members)
        count += satisfied(m, cosigned, depth + 1) ? 1U : 0U;
    return count >= g->threshold;
}

bool TrustPolicy::quorum_met(const std::set<std::string>& cosigned) const {
    if (quorum_ == "none" || quorum_.empty())
        return true;
    return satisfied(quorum_, cosigned, 0);
}

} // namespace careledger::ledger
