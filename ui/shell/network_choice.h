// What the Settings page accepts as a network: one or more node URLs (comma separated) that are
// https, or plain http only to this computer (loopback), and a directory holding the pinned
// `network` and `policy` files, which must parse. Checked before anything is saved.
#pragma once

#include <QString>

namespace careledger::ui {

struct NetworkChoiceCheck {
    QString code;    // empty when the choice is acceptable; else gui.* or the core's network.*
    QString message; // the core's English line (errorText() shows the user's language)
    [[nodiscard]] bool ok() const { return code.isEmpty(); }
};

// True for 127.0.0.0/8, ::1 and "localhost".
bool isLoopbackHost(const QString& host);
NetworkChoiceCheck checkNodeUrls(const QString& urls);
NetworkChoiceCheck checkNetworkDir(const QString& dir);
// Both of the above; an empty URL is the embedded ledger and needs no directory.
NetworkChoiceCheck checkNetworkChoice(const QString& urls, const QString& dir);

} // namespace careledger::ui
