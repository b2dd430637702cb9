#include "clinician/qr_image.h"

#include "token/qr_scan.h"

#include <QPainter>
#include <cstring>

namespace careledger::ui::clinician {

Result<std::string> scanImage(const QImage& image) {
    if (image.isNull() || image.width() <= 0 || image.height() <= 0)
        return make_error("token.image_unreadable", "the image could not be read");
    // Composite transparency over white first, as the core does for PNG files.
    QImage opaque(image.size(), QImage::Format_RGB32);
    opaque.fill(Qt::white);
    {
        QPainter painter(&opaque);
        painter.drawImage(0, 0, image);
    }
    const QImage grey = opaque.convertToFormat(QImage::Format_Grayscale8);
    token::GreyImage out;
    out.width = grey.width();
    out.height = grey.height();
    const auto w = static_cast<std::size_t>(grey.width());
    out.pixels.resize(w * static_cast<std::size_t>(grey.height()));
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(out.pixels.data() + static_cast<std::size_t>(y) * w, grey.constScanLine(y), w);
    return token::scan_grey(out);
}

} // namespace careledger::ui::clinician
