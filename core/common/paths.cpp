#include "common/paths.h"

#include <cstdlib>
#include <pwd.h>
#include <unistd.h>

namespace careledger {

std::filesystem::path default_data_dir() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg != nullptr && *xdg == '/')
        return std::filesystem::path(xdg) / "careledger";
    const char* home = std::getenv("HOME");
    if (home == nullptr || *home != '/') {
        const passwd* pw = getpwuid(getuid());
        home = pw != nullptr ? pw->pw_dir : "/tmp";
    }
    return std::filesystem::path(home) / ".local" / "share" / "careledger";
}

std::filesystem::path default_wallet_dir() {
    return default_data_dir() / "wallets" / "default";
}
std::filesystem::path default_ledger_dir() {
    return default_data_dir() / "ledger";
}

} // namespace careledger
