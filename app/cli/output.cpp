#include "cli/output.h"

#include <cstdio>
#include <iostream>

namespace careledger::cli {

void Output::result(const nlohmann::json& doc, const std::string& text) const {
    if (json_) {
        std::cout << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    } else if (!text.empty()) {
        std::cout << text;
        if (text.back() != '\n')
            std::cout << "\n";
    }
    std::cout.flush();
}

int Output::error(const Error& e, int exit_code) const {
    if (json_) {
        nlohmann::json doc = {{"error", {{"code", e.code}, {"message", e.message}}}};
        std::cout << doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
        std::cout.flush();
    }
    std::cerr << "error: " << e.message << " (" << e.code << ")\n";
    return exit_code;
}

} // namespace careledger::cli
