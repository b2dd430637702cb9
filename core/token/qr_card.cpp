#include "token/qr_card.h"

#include "token/cairo_support.h"
#include "token/qr_draw.h"
#include "token/triage_text.h"

#include <algorithm>
#include <array>
#include <cairo-pdf.h>
#include <cmath>
#include <cstdio>
#include <fontconfig/fontconfig.h>

namespace careledger::token {

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr const char* kFont = "DejaVu Sans";
constexpr std::string_view kEllipsis = "\xE2\x80\xA6"; // U+2026

struct FormatSpec {
    double width_mm;
    double height_mm;
    double margin_mm;
    double max_qr_mm; // largest QR side including the quiet zone
    double title_mm;  // font sizes (em height in mm)
    double body_mm;
};

FormatSpec spec(CardFormat format) {
    if (format == CardFormat::a6)
        return {105.0, 148.0, 6.0, 74.0, 4.2, 2.8};
    return {85.6, 54.0, 3.0, 48.0, 2.3, 1.75};
}

// Byte length of the longest prefix of `s` that fits `width` when drawn, cut at a UTF-8
// character boundary (at least one character, so wrapping always progresses).
std::size_t fitting_prefix(cairo_t* cr, const std::string& s, double width) {
    std::size_t best = 0;
    for (std::size_t i = 1; i <= s.size(); ++i) {
        if (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0U) == 0x80U)
            continue; // inside a multi-byte character
        cairo_text_extents_t ext;
        cairo_text_extents(cr, s.substr(0, i).c_str(), &ext);
        if (ext.x_advance > width && best > 0)
            break;
        best = i;
        if (ext.x_advance > width)
            break;
    }
    return best;
}

double advance(cairo_t* cr, const std::string& s) {
    cairo_text_extents_t ext;
    cairo_text_extents(cr, s.c_str(), &ext);
    return ext.x_advance;
}

// Greedy word wrap; a word wider than the line is broken between characters.
std::vector<std::string> wrap(cairo_t* cr, const std::string& text, double width) {
    std::vector<std::string> out;
    std::string line;
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t end = std::min(text.find(' ', pos), text.size());
        std::string word = text.substr(pos, end - pos);
        pos = end + 1;
        std::string candidate = line;
        if (!candidate.empty())
            candidate += ' ';
        candidate += word;
        if (advance(cr, candidate) <= width) {
            line = std::move(candidate);
            continue;
        }
        if (!line.empty())
            out.push_back(std::move(line));
        line.clear();
        while (advance(cr, word) > width) {
            const std::size_t cut = fitting_prefix(cr, word, width);
            out.push_back(word.substr(0, cut));
            word.erase(0, cut);
        }
        line = std::move(word);
    }
    if (!line.empty())
        out.push_back(std::move(line));
    return out;
}

void set_font(cairo_t* cr, double size_mm, bool bold) {
    cairo_select_font_face(cr, kFont, CAIRO_FONT_SLANT_NORMAL,
                           bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, size_mm);
}

// Draws wrapped lines from (x, y) downwards within `height`; returns the y below the text.
// When the lines do not fit, the last visible line ends with an ellipsis.
double draw_lines(cairo_t* cr, const std::vector<std::string>& paragraphs, double x, double y,
                  double width, double height, double size_mm) {
    const double line_height = size_mm * 1.25;
    const double bottom = y + height;
    std::vector<std::string> lines;
    for (const auto& p : paragraphs)
        for (auto& l : wrap(cr, p, width))
            lines.push_back(std::move(l));
    const auto capacity = static_cast<std::size_t>(std::max(0.0, std::floor(height / line_height)));
    if (lines.size() > capacity && capacity > 0) {
        lines.resize(capacity);
        std::string& last = lines.back();
        while (!last.empty() && advance(cr, last + std::string(kEllipsis)) > width) {
            last.pop_back();
            while (!last.empty() && (static_cast<unsigned char>(last.back()) & 0xC0U) == 0x80U)
                last.pop_back();
            if (!last.empty() && (static_cast<unsigned char>(last.back()) & 0xC0U) == 0xC0U)
                last.pop_back(); // a lead byte whose continuation was just removed
        }
        last += kEllipsis;
    }
    double baseline = y + size_mm;
    for (const auto& l : lines) {
        if (baseline > bottom)
            break;
        cairo_move_to(cr, x, baseline);
        cairo_show_text(cr, l.c_str());
        baseline += line_height;
    }
    return baseline - size_mm;
}

std::string join_sentences(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) {
        if (!out.empty())
            out += ". ";
        out += l;
    }
    return out;
}

std::string format_expiry(UnixTime t) {
    std::string s = format_utc(t); // 2026-11-21T15:04:05Z
    if (s.size() >= 16 && s[10] == 'T')
        s = s.substr(0, 10) + " " + s.substr(11, 5);
    return "Valid until " + s + " UTC";
}

} // namespace

CardText card_text(const TriageSet& triage, UnixTime expires_at) {
    CardText t;
    t.title = "EMERGENCY MEDICAL INFORMATION";
    t.lines = summary_lines(triage);
    t.expiry = format_expiry(expires_at);
    t.alt_text = "QR code holding a signed CareLedger emergency token, v" + t.expiry.substr(1) +
                 ". Scan it with a CareLedger verifier. Summary: " + join_sentences(t.lines) + ".";
    return t;
}

Result<CardLayout> card_layout(CardFormat format, const QrMatrix& qr) {
    const FormatSpec s = spec(format);
    CardLayout l;
    l.page_width_mm = s.width_mm;
    l.page_height_mm = s.height_mm;
    l.modules = qr.size() + 2 * kQrQuietZone;
    // Whole hundredths of a millimetre per module, so the printed size is exactly as stated.
    l.module_mm = std::floor(s.max_qr_mm / l.modules * 100.0) / 100.0;
    if (l.module_mm < kMinModuleMm) {
        std::array<char, 160> msg{};
        std::snprintf(msg.data(), msg.size(),
                      "a version %d QR code (%d modules) would print at %.2f mm per module on "
                      "this card; at least 0.5 mm is needed",
                      qr.version(), l.modules, l.module_mm);
        return token_error(errc::card_too_small, msg.data());
    }
    const double side = l.qr_side_mm();
    if (format == CardFormat::a6) {
        // Title and expiry on top, the QR centred below them, the summary underneath.
        l.qr_x_mm = (s.width_mm - side) / 2.0;
        l.qr_y_mm = s.margin_mm + s.title_mm * 1.3 + s.body_mm * 1.6;
        l.text_x_mm = s.margin_mm;
        l.text_y_mm = l.qr_y_mm + side + 1.0;
        l.text_width_mm = s.width_mm - 2 * s.margin_mm;
    } else {
        // QR on the left, everything else in the column to its right.
        l.qr_x_mm = s.margin_mm;
        l.qr_y_mm = (s.height_mm - side) / 2.0;
        l.text_x_mm = l.qr_x_mm + side + 1.5;
        l.text_y_mm = s.margin_mm;
        l.text_width_mm = s.width_mm - s.margin_mm - l.text_x_mm;
    }
    l.text_height_mm = s.height_mm - s.margin_mm - l.text_y_mm;
    return l;
}

Result<Card> render_card_pdf(CardFormat format, const QrMatrix& qr, const CardText& text) {
    CL_ASSIGN_OR_RETURN(const CardLayout l, card_layout(format, qr));
    const FormatSpec s = spec(format);
    Card card;
    card.layout = l;
    {
        cairo::Surface surface(cairo_pdf_surface_create_for_stream(
            cairo::append_to_bytes, &card.pdf, l.page_width_mm * kPointsPerMm,
            l.page_height_mm * kPointsPerMm));
        CL_TRY(cairo::check(cairo_surface_status(surface.get()), "PDF surface"));
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE,
                                       "CareLedger emergency card");
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_SUBJECT,
                                       text.alt_text.c_str());
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_KEYWORDS,
                                       "emergency, medical, QR, CareLedger");
        cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "CareLedger");
        {
            cairo::Context ctx(cairo_create(surface.get()));
            cairo_t* cr = ctx.get();
            cairo_scale(cr, kPointsPerMm, kPointsPerMm); // user unit: 1 mm
            cairo_set_source_rgb(cr, 1, 1, 1);
            cairo_paint(cr);

            cairo_tag_begin(cr, "Document", "");
            cairo_set_source_rgb(cr, 0, 0, 0);
            double y = 0;
            if (format == CardFormat::a6) {
                cairo_tag_begin(cr, "H1", "");
                set_font(cr, s.title_mm, true);
                y = draw_lines(cr, {text.title}, s.margin_mm, s.margin_mm,
                               l.page_width_mm - 2 * s.margin_mm, s.title_mm * 1.3, s.title_mm);
                cairo_tag_end(cr, "H1");
                cairo_tag_begin(cr, "P", "");
                set_font(cr, s.body_mm, true);
                draw_lines(cr, {text.expiry}, s.margin_mm, y + s.body_mm * 0.2,
                           l.page_width_mm - 2 * s.margin_mm, s.body_mm * 1.3, s.body_mm);
                cairo_tag_end(cr, "P");
                y = l.text_y_mm;
            } else {
                cairo_tag_begin(cr, "H1", "");
                set_font(cr, s.title_mm, true);
                y = draw_lines(cr, {text.title}, l.text_x_mm, l.text_y_mm, l.text_width_mm,
                               s.title_mm * 1.25 * 3, s.title_mm);
                cairo_tag_end(cr, "H1");
                cairo_tag_begin(cr, "P", "");
                set_font(cr, s.body_mm, true);
                y = draw_lines(cr, {text.expiry}, l.text_x_mm, y + 0.8, l.text_width_mm,
                               s.body_mm * 1.25 * 2, s.body_mm) +
                    0.8;
                cairo_tag_end(cr, "P");
            }
            cairo_tag_begin(cr, "Figure", "");
            draw_qr(cr, qr, l.qr_x_mm, l.qr_y_mm, l.module_mm);
            cairo_tag_end(cr, "Figure");

            cairo_tag_begin(cr, "P", "");
            set_font(cr, s.body_mm, false);
            const double x = l.text_x_mm;
            draw_lines(cr, text.lines, x, y, l.text_width_mm, l.page_height_mm - s.margin_mm - y,
                       s.body_mm);
            cairo_tag_end(cr, "P");
            cairo_tag_end(cr, "Document");
            CL_TRY(cairo::check(cairo_status(cr), "card drawing"));
        }
        cairo_surface_finish(surface.get());
        CL_TRY(cairo::check(cairo_surface_status(surface.get()), "PDF output"));
    }
    return card;
}

void release_font_caches() {
    cairo_debug_reset_static_data();
    FcFini();
}

} // namespace careledger::token
