// Scanning emergency QR codes from a camera, where Qt Multimedia finds one. Frames are decoded on
// the thread pool a few times a second (never on the GUI thread); the first code found stops the
// scan and is reported with found().
#pragma once

#include <QImage>
#include <QObject>
#include <QString>
#include <memory>

namespace careledger::ui::clinician {

class CameraScanner : public QObject {
    Q_OBJECT
public:
    explicit CameraScanner(QObject* parent = nullptr);
    ~CameraScanner() override;
    CameraScanner(const CameraScanner&) = delete;
    CameraScanner& operator=(const CameraScanner&) = delete;

    // Whether this build has camera support and a camera is connected.
    static bool available();
    [[nodiscard]] bool running() const;
    // Starts the default camera and scans its frames.
    void start();
    // Scans the frames given to offerFrame() (start() offers the camera's); tests offer their own.
    void startScanning();
    void stop();
    // One video frame: shown as the preview, and decoded when no decode is under way and the last
    // one began at least a quarter of a second ago. Frames arriving meanwhile are skipped.
    void offerFrame(const QImage& image);

signals:
    void found(const QString& text);
    void preview(const QImage& frame);
    void failed(const QString& message);

private:
    void decoded();
    struct State;
    std::unique_ptr<State> s_;
};

} // namespace careledger::ui::clinician
