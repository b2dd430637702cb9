#include "token/qr_draw.h"

namespace careledger::token {

void draw_qr(cairo_t* cr, const QrMatrix& qr, double x, double y, double module) {
    const int n = qr.size();
    const double side = (n + 2 * kQrQuietZone) * module;
    cairo_save(cr);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, x, y, side, side);
    cairo_fill(cr);

    cairo_set_source_rgb(cr, 0, 0, 0);
    const double ox = x + kQrQuietZone * module;
    const double oy = y + kQrQuietZone * module;
    // Horizontal runs of dark modules: fewer, larger rectangles than one per module.
    for (int row = 0; row < n; ++row) {
        int col = 0;
        while (col < n) {
            if (!qr.dark(col, row)) {
                ++col;
                continue;
            }
            const int start = col;
            while (col < n && qr.dark(col, row))
                ++col;
            cairo_rectangle(cr, ox + start * module, oy + row * module, (col - start) * module,
                            module);
        }
    }
    // Runs of adjacent rows touch but never overlap, so the nonzero fill is their union.
    cairo_fill(cr);
    cairo_restore(cr);
}

} // namespace careledger::token
