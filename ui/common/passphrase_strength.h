// A passphrase field's strength meter: zxcvbn's entropy estimate (as KeePassXC shows it) as a
// bar and a word ("Weak" … "Excellent").
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace careledger::ui {

// Estimated entropy in bits (zxcvbn when built with it, a character-class estimate otherwise).
double passphraseEntropyBits(const QString& passphrase);

class PassphraseStrength : public QWidget {
    Q_OBJECT
public:
    explicit PassphraseStrength(QWidget* parent = nullptr);
    void setPassphrase(const QString& passphrase);
    [[nodiscard]] double bits() const { return bits_; }
    // Strong enough to protect a health wallet (≥ 50 bits).
    [[nodiscard]] bool acceptable() const { return bits_ >= 50.0; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateText();
    QProgressBar* bar_;
    QLabel* label_;
    double bits_ = 0;
};

} // namespace careledger::ui
