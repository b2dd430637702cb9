#include "ledger/consent_vocabulary.h"

#include <algorithm>

namespace careledger::ledger {

bool is_valid_category(std::string_view category) {
    if (category.empty() || category.size() > kMaxCategoryLength)
        return false;
    return std::all_of(category.begin(), category.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

bool is_valid_category_list(const std::vector<std::string>& categories) {
    if (categories.empty() || categories.size() > kMaxCategories)
        return false;
    if (!std::all_of(categories.begin(), categories.end(),
                     [](const std::string& c) { return is_valid_category(c); }))
        return false;
    // Strictly ascending: sorted and without duplicates (byte order, which is ASCII order here).
    return std::adjacent_find(categories.begin(), categories.end(),
                              [](const std::string& a, const std::string& b) { return a >= b; }) ==
           categories.end();
}

bool is_valid_purpose(std::string_view purpose) {
    return std::find(kPurposes.begin(), kPurposes.end(), purpose) != kPurposes.end();
}

bool is_valid_mode(std::string_view mode) {
    return mode == kModeView || mode == kModeViewDownload;
}

bool categories_within(const std::vector<std::string>& requested,
                       const std::vector<std::string>& allowed) {
    return std::includes(allowed.begin(), allowed.end(), requested.begin(), requested.end());
}

} // namespace careledger::ledger
