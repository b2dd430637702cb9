#include "token/qr_render.h"

#include "token/cairo_support.h"
#include "token/qr_draw.h"

#include <cairo-svg.h>

namespace careledger::token {

Result<Bytes> render_png(const QrMatrix& qr, int scale) {
    if (scale < 1 || scale > kMaxPngScale)
        return token_error(errc::bad_request, "PNG scale must be 1 to 64 pixels per module");
    const int side = (qr.size() + 2 * kQrQuietZone) * scale;
    cairo::Surface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, side, side));
    CL_TRY(cairo::check(cairo_surface_status(surface.get()), "PNG surface"));
    {
        cairo::Context cr(cairo_create(surface.get()));
        cairo_set_antialias(cr.get(), CAIRO_ANTIALIAS_NONE);
        cairo_scale(cr.get(), scale, scale);
        draw_qr(cr.get(), qr, 0, 0, 1.0);
        CL_TRY(cairo::check(cairo_status(cr.get()), "PNG drawing"));
    }
    Bytes png;
    CL_TRY(
        cairo::check(cairo_surface_write_to_png_stream(surface.get(), cairo::append_to_bytes, &png),
                     "PNG encoding"));
    return png;
}

Result<std::string> render_svg(const QrMatrix& qr, double module_mm) {
    if (!(module_mm > 0.0 && module_mm <= 100.0))
        return token_error(errc::bad_request, "SVG module size must be within (0, 100] mm");
    // cairo writes the surface size with the document unit's suffix, so with millimetres the
    // size passed is in millimetres and one user unit is one millimetre.
    const double side_mm = (qr.size() + 2 * kQrQuietZone) * module_mm;
    Bytes svg;
    {
        cairo::Surface surface(
            cairo_svg_surface_create_for_stream(cairo::append_to_bytes, &svg, side_mm, side_mm));
        CL_TRY(cairo::check(cairo_surface_status(surface.get()), "SVG surface"));
        cairo_svg_surface_set_document_unit(surface.get(), CAIRO_SVG_UNIT_MM);
        {
            cairo::Context cr(cairo_create(surface.get()));
            cairo_scale(cr.get(), module_mm, module_mm);
            draw_qr(cr.get(), qr, 0, 0, 1.0);
            CL_TRY(cairo::check(cairo_status(cr.get()), "SVG drawing"));
        }
        cairo_surface_finish(surface.get());
        CL_TRY(cairo::check(cairo_surface_status(surface.get()), "SVG output"));
    }
    return to_string(svg);
}

} // namespace careledger::token
