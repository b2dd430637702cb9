// Rendering a token's QR matrix with cairo (DESIGN §8): PNG for screens and files, SVG for
// scalable use. Both draw the symbol black on white with the 4-module quiet zone the QR standard
// requires; the PNG uses an integer number of pixels per module so no module is blurred.
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "token/qr_matrix.h"

#include <string>

namespace careledger::token {

inline constexpr int kDefaultPngScale = 8; // pixels per module
inline constexpr int kMaxPngScale = 64;

// PNG bytes, (size + 8) * scale pixels square. "token.bad_request" for a scale outside 1..64.
Result<Bytes> render_png(const QrMatrix& qr, int scale = kDefaultPngScale);

// SVG document (size + 8) * module_mm millimetres square, one user unit per millimetre.
Result<std::string> render_svg(const QrMatrix& qr, double module_mm = 1.0);

} // namespace careledger::token
