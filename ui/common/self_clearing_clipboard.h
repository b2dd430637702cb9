// Copies text to the clipboard and clears it again after the time the settings name, unless the
// user copied something else meanwhile.
#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace careledger::ui {

class SelfClearingClipboard : public QObject {
    Q_OBJECT
public:
    explicit SelfClearingClipboard(QObject* parent = nullptr);
    static SelfClearingClipboard* instance();

    void setClearSeconds(int seconds) { seconds_ = seconds; }
    [[nodiscard]] int clearSeconds() const { return seconds_; }
    void copy(const QString& text);
    // Clears now if the clipboard still holds what we put there.
    void clearNow();

private:
    QTimer timer_;
    QString copied_;
    int seconds_ = 30;
};

} // namespace careledger::ui
