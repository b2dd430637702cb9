// Auto-lock: watches the application's user input events and emits lockRequested() after the
// configured idle time; also when the session's screen is locked where Qt tells us (the
// application turning inactive/suspended is the portable signal).
#pragma once

#include <QObject>
#include <QTimer>

namespace careledger::ui {

class IdleLock : public QObject {
    Q_OBJECT
public:
    explicit IdleLock(QObject* parent = nullptr);
    void setMinutes(int minutes); // 0: never
    void setIdleMs(int ms);       // the same in milliseconds (tests use short times)
    void setArmed(bool armed);    // armed while a wallet is unlocked
    [[nodiscard]] int remainingMs() const { return timer_.remainingTime(); }
    [[nodiscard]] bool isArmed() const { return armed_; }

signals:
    void lockRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restart();
    QTimer timer_;
    int idle_ms_ = 5 * 60 * 1000;
    bool armed_ = false;
};

} // namespace careledger::ui
