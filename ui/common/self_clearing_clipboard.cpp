#include "common/self_clearing_clipboard.h"

#include <QClipboard>
#include <QGuiApplication>

namespace careledger::ui {

SelfClearingClipboard::SelfClearingClipboard(QObject* parent) : QObject(parent) {
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, &SelfClearingClipboard::clearNow);
}

SelfClearingClipboard* SelfClearingClipboard::instance() {
    static auto* clipboard = new SelfClearingClipboard(qApp);
    return clipboard;
}

void SelfClearingClipboard::copy(const QString& text) {
    QGuiApplication::clipboard()->setText(text);
    copied_ = text;
    if (seconds_ > 0)
        timer_.start(seconds_ * 1000);
}

void SelfClearingClipboard::clearNow() {
    auto* cb = QGuiApplication::clipboard();
    if (!copied_.isEmpty() && cb->text() == copied_)
        cb->clear();
    copied_.fill(QChar(u'\0'));
    copied_.clear();
}

} // namespace careledger::ui
