#include "crypto/slip39.h"

#include "crypto/aead.h"
#include "crypto/slip39_cipher.h"
#include "crypto/slip39_shamir.h"
#include "crypto/slip39_share.h"

#include <array>
#include <string>

namespace careledger::crypto::slip39 {

namespace {

using detail::Share;
using detail::SharePoint;

// The standard requires printable ASCII (32..126) for interoperability across systems.
Status check_passphrase(std::string_view passphrase) {
    for (const char c : passphrase)
        if (c < 32 || c > 126)
            return make_error("slip39.passphrase",
                              "the passphrase may contain only printable ASCII characters");
    return {};
}

Status check_scheme(const SecureBuffer& master_secret, std::uint8_t group_threshold,
                    const std::vector<GroupSpec>& groups, std::uint8_t iteration_exponent) {
    if (master_secret.size() < kMinSecretBytes || master_secret.size() % 2 != 0 ||
        mnemonic_words_for(master_secret.size()) > kMaxMnemonicWords)
        return make_error("slip39.secret_length",
                          "the secret must be at least 16 bytes long and an even number of bytes");
    if (iteration_exponent > kMaxIterationExponent)
        return make_error("slip39.iteration_exponent", "the iteration exponent must be 0..15");
    if (groups.empty() || groups.size() > kMaxGroups)
        return make_error("slip39.count", "there must be 1 to 16 groups");
    if (group_threshold < 1 || group_threshold > groups.size())
        return make_error("slip39.threshold",
                          "the group threshold must be between 1 and the number of groups");
    for (const auto& g : groups) {
        if (g.member_count < 1 || g.member_count > kMaxMembers)
            return make_error("slip39.count", "a group must have 1 to 16 shares");
        if (g.member_threshold < 1 || g.member_threshold > g.member_count)
            return make_error("slip39.threshold",
                              "a group's threshold must be between 1 and its number of shares");
        // The standard forbids 1-of-n for n > 1: the shares would differ only in their index.
        if (g.member_threshold == 1 && g.member_count > 1)
            return make_error("slip39.threshold",
                              "a group with threshold 1 must have exactly one share");
    }
    return {};
}

std::uint16_t random_identifier() {
    std::array<std::uint8_t, 2> r{};
    random_bytes(r);
    return static_cast<std::uint16_t>(((r[0] << 8) | r[1]) & 0x7fff);
}

bool same_share(const Share& a, const Share& b) {
    const auto& x = a.info;
    const auto& y = b.info;
    return x.identifier == y.identifier && x.extendable == y.extendable &&
           x.iteration_exponent == y.iteration_exponent && x.group_index == y.group_index &&
           x.group_threshold == y.group_threshold && x.group_count == y.group_count &&
           x.member_index == y.member_index && x.member_threshold == y.member_threshold &&
           a.value.equals(b.value.view());
}

// All shares of one set agree on these; the first share is the reference.
Status check_common(const std::vector<Share>& shares) {
    const ShareInfo& first = shares.front().info;
    for (const auto& share : shares) {
        const ShareInfo& s = share.info;
        if (s.identifier != first.identifier)
            return make_error("slip39.mismatched_identifier",
                              "the shares come from different backups (their first words differ)");
        if (s.extendable != first.extendable)
            return make_error("slip39.mismatched_extendable",
                              "the shares come from different backups (extendable flag differs)");
        if (s.iteration_exponent != first.iteration_exponent)
            return make_error(
                "slip39.mismatched_iteration_exponent",
                "the shares come from different backups (iteration exponent differs)");
        if (s.group_threshold != first.group_threshold)
            return make_error("slip39.mismatched_group_threshold",
                              "the shares disagree on the number of groups needed");
        if (s.group_count != first.group_count)
            return make_error("slip39.mismatched_group_count",
                              "the shares disagree on the number of groups");
        if (s.word_count != first.word_count)
            return make_error("slip39.mismatched_length", "the shares have different lengths");
    }
    return {};
}

std::string count_text(std::size_t n, const char* noun) {
    return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

// Checks the structure of the set (exact thresholds per the standard) and returns the shares of
// each group, indexed by group index.
Result<std::array<std::vector<const Share*>, kMaxGroups>>
group_shares(const std::vector<Share>& shares) {
    std::array<std::vector<const Share*>, kMaxGroups> groups{};
    for (const auto& share : shares) {
        auto& members = groups.at(share.info.group_index);
        for (const Share* other : members) {
            if (other->info.member_threshold != share.info.member_threshold)
                return make_error("slip39.mismatched_member_threshold",
                                  "shares of one group disagree on the number of shares needed");
            if (other->info.member_index == share.info.member_index)
                return make_error("slip39.duplicate_member",
                                  "two different shares of one group have the same index");
        }
        members.push_back(&share);
    }

    const std::size_t group_threshold = shares.front().info.group_threshold;
    std::size_t present = 0;
    for (const auto& members : groups)
        present += members.empty() ? 0U : 1U;
    if (present < group_threshold)
        return make_error("slip39.insufficient_groups",
                          count_text(group_threshold, "group") + " needed, shares of " +
                              count_text(present, "group") + " given");
    if (present > group_threshold)
        return make_error("slip39.too_many_groups",
                          "shares of " + count_text(present, "group") + " given, exactly " +
                              std::to_string(group_threshold) + " needed");
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const auto& members = groups.at(g);
        if (members.empty())
            continue;
        const std::size_t threshold = members.front()->info.member_threshold;
        const std::string which = "group " + std::to_string(g + 1) + " needs " +
                                  count_text(threshold, "share") + ", " +
                                  std::to_string(members.size()) + " given";
        if (members.size() < threshold)
            return make_error("slip39.insufficient_shares", which);
        if (members.size() > threshold)
            return make_error("slip39.too_many_shares", which);
    }
    return groups;
}

} // namespace

Result<std::vector<std::vector<SecureBuffer>>>
split(const SecureBuffer& master_secret, std::string_view passphrase, std::uint8_t group_threshold,
      const std::vector<GroupSpec>& groups, std::uint8_t iteration_exponent, bool extendable) {
    CL_TRY(check_passphrase(passphrase));
    CL_TRY(check_scheme(master_secret, group_threshold, groups, iteration_exponent));

    ShareInfo info;
    info.identifier = random_identifier();
    info.extendable = extendable;
    info.iteration_exponent = iteration_exponent;
    info.group_threshold = group_threshold;
    info.group_count = static_cast<std::uint8_t>(groups.size());

    const SecureBuffer encrypted = detail::encrypt(
        master_secret, passphrase, {info.identifier, extendable, iteration_exponent});
    const auto group_values = detail::split_secret(group_threshold, info.group_count, encrypted);

    std::vector<std::vector<SecureBuffer>> mnemonics(groups.size());
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const auto member_values = detail::split_secret(groups[g].member_threshold,
                                                        groups[g].member_count, group_values[g]);
        info.group_index = static_cast<std::uint8_t>(g);
        info.member_threshold = groups[g].member_threshold;
        for (std::size_t m = 0; m < member_values.size(); ++m) {
            info.member_index = static_cast<std::uint8_t>(m);
            mnemonics[g].push_back(detail::format_share(info, member_values[m].view()));
        }
    }
    return mnemonics;
}

Result<SecureBuffer> combine(const std::vector<SecureBuffer>& mnemonics,
                             std::string_view passphrase) {
    CL_TRY(check_passphrase(passphrase));
    if (mnemonics.empty())
        return make_error("slip39.empty", "no recovery shares were given");

    std::vector<Share> shares;
    shares.reserve(mnemonics.size());
    for (std::size_t i = 0; i < mnemonics.size(); ++i) {
        auto parsed = detail::parse_share(mnemonics[i].view());
        if (!parsed.ok())
            return make_error(parsed.error().code,
                              "share " + std::to_string(i + 1) + ": " + parsed.error().message);
        bool repeated = false;
        for (const auto& s : shares)
            repeated = repeated || same_share(s, *parsed);
        if (!repeated)
            shares.push_back(std::move(parsed).value());
    }
    CL_TRY(check_common(shares));
    CL_ASSIGN_OR_RETURN(const auto groups, group_shares(shares));

    // Second level first: each group's member shares give that group's share of the first level.
    std::vector<SecureBuffer> group_values;
    std::vector<SharePoint> group_points;
    group_values.reserve(kMaxGroups);
    for (std::size_t g = 0; g < groups.size(); ++g) {
        if (groups.at(g).empty())
            continue;
        std::vector<SharePoint> points;
        for (const Share* s : groups.at(g))
            points.push_back({s->info.member_index, s->value.view()});
        CL_ASSIGN_OR_RETURN(auto value, detail::recover_secret(
                                            groups.at(g).front()->info.member_threshold, points));
        group_values.push_back(std::move(value));
        group_points.push_back({static_cast<std::uint8_t>(g), group_values.back().view()});
    }
    const ShareInfo& info = shares.front().info;
    CL_ASSIGN_OR_RETURN(const SecureBuffer encrypted,
                        detail::recover_secret(info.group_threshold, group_points));
    return detail::decrypt(encrypted, passphrase,
                           {info.identifier, info.extendable, info.iteration_exponent});
}

Result<ShareInfo> inspect(ByteView mnemonic) {
    CL_ASSIGN_OR_RETURN(const Share share, detail::parse_share(mnemonic));
    return share.info;
}

} // namespace careledger::crypto::slip39
