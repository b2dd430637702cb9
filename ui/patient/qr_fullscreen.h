// The emergency QR code full screen, black on white with a wide quiet zone, the expiry in large
// type and a countdown; it hides itself after 60 seconds (a screen left open in a waiting room
// should not keep showing a key to the patient's data). Offers the printable PDF card and print.
#pragma once

#include "token/qr_matrix.h"
#include "token/triage.h"

#include <QDialog>
#include <optional>

class QLabel;
class QPushButton;
class QTimer;

namespace careledger::ui::patient {

class QrCodeView : public QWidget {
    Q_OBJECT
public:
    explicit QrCodeView(QWidget* parent = nullptr);
    void setMatrix(const token::QrMatrix* matrix) {
        matrix_ = matrix;
        update();
    }
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    const token::QrMatrix* matrix_ = nullptr;
};

class QrFullscreenDialog : public QDialog {
    Q_OBJECT
public:
    QrFullscreenDialog(const QString& token_text, std::int64_t expires_at, token::TriageSet card,
                       QWidget* parent = nullptr);

    [[nodiscard]] bool hasCode() const { return matrix_.has_value(); }
    [[nodiscard]] const QString& tokenText() const { return text_; }
    // Seconds until it hides itself; tests shorten it.
    void setAutoHideSeconds(int seconds);
    [[nodiscard]] int secondsLeft() const { return left_; }
    // The printable card (core token::render_card_pdf: true-size modules, summary, alt text).
    [[nodiscard]] bool savePdfCard(const QString& path, QString* error = nullptr) const;
    // The code as drawn on screen (what a phone camera sees).
    [[nodiscard]] QImage renderCode(int size) const;

private:
    void tick();
    void print();
    void saveWithDialog();

    QString text_;
    std::int64_t expires_ = 0;
    token::TriageSet card_;
    std::optional<token::QrMatrix> matrix_;
    QrCodeView* code_ = nullptr;
    QLabel* expiry_ = nullptr;
    QLabel* countdown_ = nullptr;
    QTimer* timer_ = nullptr;
    int left_ = 60;
};

} // namespace careledger::ui::patient
