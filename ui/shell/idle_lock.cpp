#include "shell/idle_lock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>

namespace careledger::ui {

IdleLock::IdleLock(QObject* parent) : QObject(parent) {
    timer_.setSingleShot(true);
    connect(&timer_, &QTimer::timeout, this, [this] {
        if (armed_)
            emit lockRequested();
    });
    QCoreApplication::instance()->installEventFilter(this);
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                // Suspended is what platforms report when the session is locked or sleeps.
                if (armed_ && state == Qt::ApplicationSuspended)
                    emit lockRequested();
            });
}

void IdleLock::setMinutes(int minutes) {
    setIdleMs(minutes * 60 * 1000);
}

void IdleLock::setIdleMs(int ms) {
    idle_ms_ = ms;
    restart();
}

void IdleLock::setArmed(bool armed) {
    armed_ = armed;
    restart();
}

void IdleLock::restart() {
    if (armed_ && idle_ms_ > 0)
        timer_.start(idle_ms_);
    else
        timer_.stop();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (armed_ && timer_.isActive())
            timer_.start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace careledger::ui
