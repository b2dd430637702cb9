// Application set-up shared by the executable and the GUI tests: names (QSettings location and
// the desktop file's app ID), the crypto library's initialisation (core dumps off, self-test),
// the meta-types the controller's signals carry, and the window icon.
#pragma once

#include "common/result.h"

class QApplication;

namespace careledger::ui {

inline constexpr const char* kAppId = "org.careledger.CareLedger";

// Call right after constructing QApplication.
Status setUpApplication(QApplication& app);

} // namespace careledger::ui
