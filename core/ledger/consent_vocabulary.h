// The closed vocabularies of consent entries: record categories, purposes of use (HL7 v3
// PurposeOfUse) and access modes. The state machine rejects anything outside them; the wallet
// uses the same checks to refuse a bad grant before signing it.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace careledger::ledger {

inline constexpr std::size_t kMaxCategoryLength = 32;
inline constexpr std::size_t kMaxCategories = 64;

// HL7 v3 PurposeOfUse codes CareLedger accepts.
inline constexpr std::string_view kPurposeTreatment = "TREAT";
inline constexpr std::string_view kPurposeEmergencyTreatment = "ETREAT";
inline constexpr std::string_view kPurposePayment = "HPAYMT";
inline constexpr std::string_view kPurposeResearch = "HRESCH";
inline constexpr std::array<std::string_view, 4> kPurposes{
    kPurposeTreatment, kPurposeEmergencyTreatment, kPurposePayment, kPurposeResearch};

inline constexpr std::string_view kModeView = "view";
inline constexpr std::string_view kModeViewDownload = "view-download";

// [a-z0-9-]{1,32}: the syntax of a category (and of a provider role).
bool is_valid_category(std::string_view category);
// Non-empty, at most kMaxCategories, each valid, strictly ascending (so sorted and unique).
bool is_valid_category_list(const std::vector<std::string>& categories);
bool is_valid_purpose(std::string_view purpose);
bool is_valid_mode(std::string_view mode);
// Every category of `requested` is in `allowed` (both valid lists).
bool categories_within(const std::vector<std::string>& requested,
                       const std::vector<std::string>& allowed);

} // namespace careledger::ledger
