// Internal to core/token: paints a QR matrix on a cairo context (shared by the PNG, SVG and PDF
// renderers). Only .cpp files include this header.
#pragma once

#include "token/qr_matrix.h"

#include <cairo.h>

namespace careledger::token {

// Paints the symbol with its quiet zone at (x, y) in user units, `module` units per module:
// a white square, then every dark module as part of one path filled once, so vector renderers
// draw no hairline seams between neighbouring modules.
void draw_qr(cairo_t* cr, const QrMatrix& qr, double x, double y, double module);

} // namespace careledger::token
