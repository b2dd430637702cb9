#include "clinician/camera_scanner.h"

#include "clinician/qr_image.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#ifdef CARELEDGER_HAVE_MULTIMEDIA
#include <QCamera>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QVideoFrame>
#include <QVideoSink>
#endif

namespace careledger::ui::clinician {

namespace {
constexpr qint64 kDecodeIntervalMs = 250; // about four decodes a second
} // namespace

struct CameraScanner::State {
#ifdef CARELEDGER_HAVE_MULTIMEDIA
    std::unique_ptr<QCamera> camera;
    QMediaCaptureSession session;
    QVideoSink sink;
#endif
    QElapsedTimer sinceDecode;
    QFutureWatcher<QString> watcher;
    bool running = false;
};

CameraScanner::CameraScanner(QObject* parent) : QObject(parent), s_(std::make_unique<State>()) {
    connect(&s_->watcher, &QFutureWatcher<QString>::finished, this, &CameraScanner::decoded);
#ifdef CARELEDGER_HAVE_MULTIMEDIA
    s_->session.setVideoSink(&s_->sink);
    connect(&s_->sink, &QVideoSink::videoFrameChanged, this,
            [this](const QVideoFrame& f) { offerFrame(f.toImage()); });
#endif
}

CameraScanner::~CameraScanner() {
    stop();
}

bool CameraScanner::available() {
#ifdef CARELEDGER_HAVE_MULTIMEDIA
    return !QMediaDevices::videoInputs().isEmpty();
#else
    return false;
#endif
}

bool CameraScanner::running() const {
    return s_->running;
}

void CameraScanner::start() {
#ifdef CARELEDGER_HAVE_MULTIMEDIA
    if (s_->running)
        return;
    const auto inputs = QMediaDevices::videoInputs();
    if (inputs.isEmpty()) {
        emit failed(tr("No camera found."));
        return;
    }
    s_->camera = std::make_unique<QCamera>(QMediaDevices::defaultVideoInput());
    connect(s_->camera.get(), &QCamera::errorOccurred, this,
            [this](QCamera::Error, const QString& message) {
                stop();
                emit failed(message);
            });
    s_->session.setCamera(s_->camera.get());
    s_->camera->start();
    startScanning();
#else
    emit failed(tr("This build has no camera support."));
#endif
}

void CameraScanner::startScanning() {
    s_->sinceDecode.invalidate(); // the first frame is decoded at once
    s_->running = true;
}

void CameraScanner::stop() {
#ifdef CARELEDGER_HAVE_MULTIMEDIA
    if (s_->camera) {
        s_->camera->stop();
        s_->session.setCamera(nullptr);
        s_->camera.reset();
    }
#endif
    s_->running = false;
}

void CameraScanner::offerFrame(const QImage& image) {
    if (!s_->running || image.isNull())
        return;
    emit preview(image);
    // Decode at most a few frames a second, one at a time, off the GUI thread.
    if ((s_->sinceDecode.isValid() && s_->sinceDecode.elapsed() < kDecodeIntervalMs) ||
        s_->watcher.isRunning())
        return;
    s_->sinceDecode.start();
    // The pool's task only owns its copy of the frame and the promise; the watcher (on this
    // thread) reports the result, so nothing touches the scanner if it is gone by then.
    auto promise = std::make_shared<QPromise<QString>>();
    s_->watcher.setFuture(promise->future());
    QThreadPool::globalInstance()->start([promise, image] {
        promise->start();
        if (auto text = scanImage(image); text.ok())
            promise->addResult(QString::fromStdString(*text));
        promise->finish();
    });
}

void CameraScanner::decoded() {
    const QFuture<QString> result = s_->watcher.future();
    if (!s_->running || result.resultCount() == 0)
        return; // no code in this frame: keep scanning
    stop();
    emit found(result.result());
}

} // namespace careledger::ui::clinician
