#include "patient/qr_fullscreen.h"

#include "patient/vocabulary_text.h"
#include "token/qr_card.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QTimer>
#include <QVBoxLayout>

namespace careledger::ui::patient {

namespace {
constexpr int kQuietZone = 4; // modules of white around the code (ISO/IEC 18004)

void paintCode(QPainter& p, const token::QrMatrix& qr, const QRect& area) {
    p.fillRect(area, Qt::white);
    const int modules = qr.size() + 2 * kQuietZone;
    const int unit = std::max(1, std::min(area.width(), area.height()) / modules);
    const int side = unit * modules;
    const QPoint origin(area.left() + (area.width() - side) / 2 + unit * kQuietZone,
                        area.top() + (area.height() - side) / 2 + unit * kQuietZone);
    for (int y = 0; y < qr.size(); ++y)
        for (int x = 0; x < qr.size(); ++x)
            if (qr.dark(x, y))
                p.fillRect(origin.x() + x * unit, origin.y() + y * unit, unit, unit, Qt::black);
}
} // namespace

QrCodeView::QrCodeView(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("qrCode"));
    setAutoFillBackground(false);
}

QSize QrCodeView::minimumSizeHint() const {
    return {fontMetrics().height() * 16, fontMetrics().height() * 16};
}

void QrCodeView::paintEvent(QPaintEvent* /*event*/) {
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    if (matrix_ != nullptr)
        paintCode(p, *matrix_, rect());
}

QrFullscreenDialog::QrFullscreenDialog(const QString& token_text, std::int64_t expires_at,
                                       token::TriageSet card, QWidget* parent)
    : QDialog(parent), text_(token_text), expires_(expires_at), card_(std::move(card)) {
    setWindowTitle(tr("Emergency QR code"));
    setAccessibleName(windowTitle());
    // High contrast by design, whatever the theme: black on white.
    setStyleSheet(QStringLiteral("QDialog { background: white; } QLabel { color: black; }"));
    auto* layout = new QVBoxLayout(this);
    auto matrix = token::QrMatrix::encode(text_.toStdString());
    if (matrix.ok())
        matrix_ = std::move(*matrix);
    code_ = new QrCodeView(this);
    code_->setMatrix(matrix_ ? &*matrix_ : nullptr);
    code_->setAccessibleName(tr("Emergency QR code"));
    code_->setAccessibleDescription(
        tr("QR code of your emergency token. A clinician scans it with CareLedger."));
    layout->addWidget(code_, 1);
    expiry_ = new QLabel(this);
    QFont big = expiry_->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    expiry_->setFont(big);
    expiry_->setAlignment(Qt::AlignCenter);
    expiry_->setText(
        matrix_ ? tr("Valid until %1").arg(formatDateTime(static_cast<std::uint64_t>(expires_)))
                : tr("This token is too long for a QR code."));
    expiry_->setAccessibleName(tr("Token expiry"));
    layout->addWidget(expiry_);
    countdown_ = new QLabel(this);
    countdown_->setObjectName(QStringLiteral("qrCountdown"));
    countdown_->setAlignment(Qt::AlignCenter);
    countdown_->setAccessibleName(tr("Time until this screen hides"));
    layout->addWidget(countdown_);

    auto* buttons = new QDialogButtonBox(this);
    auto* save = buttons->addButton(tr("&Save PDF card…"), QDialogButtonBox::ActionRole);
    save->setAccessibleName(tr("Save the printable PDF card"));
    connect(save, &QPushButton::clicked, this, &QrFullscreenDialog::saveWithDialog);
    auto* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    printButton->setAccessibleName(tr("Print the card"));
    connect(printButton, &QPushButton::clicked, this, &QrFullscreenDialog::print);
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("&Close (Esc)"));
    close->setAccessibleName(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);

    timer_ = new QTimer(this);
    timer_->setInterval(1000);
    connect(timer_, &QTimer::timeout, this, &QrFullscreenDialog::tick);
    setAutoHideSeconds(60);
    timer_->start();
}

void QrFullscreenDialog::setAutoHideSeconds(int seconds) {
    left_ = seconds;
    countdown_->setText(tr("This screen hides itself in %n second(s).", "", left_));
}

void QrFullscreenDialog::tick() {
    --left_;
    if (left_ <= 0) {
        timer_->stop();
        reject();
        return;
    }
    countdown_->setText(tr("This screen hides itself in %n second(s).", "", left_));
}

QImage QrFullscreenDialog::renderCode(int size) const {
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(Qt::white);
    if (matrix_) {
        QPainter p(&image);
        paintCode(p, *matrix_, image.rect());
    }
    return image;
}

bool QrFullscreenDialog::savePdfCard(const QString& path, QString* error) const {
    if (!matrix_) {
        if (error)
            *error = tr("This token is too long for a QR code.");
        return false;
    }
    auto card =
        token::render_card_pdf(token::CardFormat::a6, *matrix_, token::card_text(card_, expires_));
    if (!card.ok()) {
        if (error)
            *error = QString::fromStdString(card.error().message);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(reinterpret_cast<const char*>(card->pdf.data()),
                   static_cast<qint64>(card->pdf.size())) !=
            static_cast<qint64>(card->pdf.size()) ||
        !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void QrFullscreenDialog::saveWithDialog() {
    timer_->stop(); // the user is acting: do not hide under the file dialog
    const QString path = QFileDialog::getSaveFileName(this, tr("Save emergency card"),
                                                      QStringLiteral("emergency-card.pdf"),
                                                      tr("PDF documents (*.pdf)"));
    if (!path.isEmpty()) {
        QString error;
        if (!savePdfCard(path, &error))
            QMessageBox::warning(this, tr("Could not save the card"), error);
    }
    timer_->start();
}

void QrFullscreenDialog::print() {
    timer_->stop();
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted && matrix_) {
        QPainter p(&printer);
        const QRect page = p.viewport();
        const int side = std::min(page.width(), page.height()) / 2;
        paintCode(p, *matrix_, QRect(page.left(), page.top(), side, side));
        p.setPen(Qt::black);
        const auto text = token::card_text(card_, expires_);
        QStringList lines;
        lines << QString::fromStdString(text.title);
        for (const auto& l : text.lines)
            lines << QString::fromStdString(l);
        lines << QString::fromStdString(text.expiry);
        p.drawText(QRect(page.left(), page.top() + side + 20, page.width(), page.height() - side),
                   Qt::TextWordWrap, lines.join(QLatin1Char('\n')));
    }
    timer_->start();
}

} // namespace careledger::ui::patient
