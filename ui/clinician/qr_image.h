// Reading an emergency QR code out of a picture (image file or camera frame): the picture is
// turned into 8-bit grey and handed to the core's decoder (ZXing-cpp), so the GUI and the CLI
// read codes the same way.
#pragma once

#include "common/result.h"

#include <QImage>
#include <string>

namespace careledger::ui::clinician {

// The text of the QR code in the image ("token.image_unreadable", "token.no_qr_found").
Result<std::string> scanImage(const QImage& image);

} // namespace careledger::ui::clinician
