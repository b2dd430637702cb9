// Where CareLedger keeps its files by default (XDG base directories).
#pragma once

#include <filesystem>

namespace careledger {

// $XDG_DATA_HOME/careledger, or ~/.local/share/careledger.
std::filesystem::path default_data_dir();
std::filesystem::path default_wallet_dir(); // <data>/wallets/default
std::filesystem::path default_ledger_dir(); // <data>/ledger

} // namespace careledger
