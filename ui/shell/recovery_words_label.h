// The recovery phrase or shares, shown once: numbered words in a large monospace font, a heading
// per share when there are several. The first-run wizard and "Create new recovery shares" both
// show them with this label; forget() clears the text as soon as the user is done.
#pragma once

#include "shell/wallet_controller.h"

#include <QLabel>
#include <QStringList>

namespace careledger::ui {

class RecoveryWordsLabel : public QLabel {
    Q_OBJECT
public:
    explicit RecoveryWordsLabel(QWidget* parent = nullptr);
    // Shows every share of `material`; returns the words of the first share (the one a wizard
    // asks to retype).
    QStringList showRecovery(const RecoveryView& material);
    // The number of shares shown.
    [[nodiscard]] int shareCount() const { return shares_; }
    void forget();

private:
    int shares_ = 0;
};

} // namespace careledger::ui
