// The printable emergency card (DESIGN §8): a one-page PDF drawn with cairo, in A6 (105 x 148 mm,
// portrait) or ID-1 credit-card size (85.6 x 54 mm, landscape), with the QR printed true to size
// (every module at least 0.5 mm, so a phone camera reads it from a printed card), a human-readable
// summary of the triage set, the expiry, and alt text. The alt text is the document title and
// subject (PDF metadata, read aloud by screen readers and shown by viewers), and the QR and the
// text are marked as a Figure and paragraphs in the PDF structure tree.
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "common/time.h"
#include "token/qr_matrix.h"
#include "token/triage.h"

#include <string>
#include <vector>

namespace careledger::token {

inline constexpr double kMinModuleMm = 0.5;

enum class CardFormat { a6, id1 };

// Where things go on the page, in millimetres from the top-left corner.
struct CardLayout {
    double page_width_mm = 0;
    double page_height_mm = 0;
    double qr_x_mm = 0; // top-left of the quiet zone
    double qr_y_mm = 0;
    double module_mm = 0;
    int modules = 0; // per side, quiet zone included
    double text_x_mm = 0;
    double text_y_mm = 0;
    double text_width_mm = 0;
    double text_height_mm = 0;
    [[nodiscard]] double qr_side_mm() const { return modules * module_mm; }
};

struct CardText {
    std::string title;              // printed at the top
    std::vector<std::string> lines; // summary lines (wrapped to fit; cut with "..." if too many)
    std::string expiry;             // "Valid until 2026-11-21 15:04 UTC"
    std::string alt_text;           // describes the QR for screen readers
};

// The standard card text for a token: title, the triage summary, the expiry and the alt text.
CardText card_text(const TriageSet& triage, UnixTime expires_at);

// Layout for a QR of this size. "token.card_too_small" when modules would be under 0.5 mm.
Result<CardLayout> card_layout(CardFormat format, const QrMatrix& qr);

struct Card {
    Bytes pdf;
    CardLayout layout;
};

Result<Card> render_card_pdf(CardFormat format, const QrMatrix& qr, const CardText& text);

// Frees the process-wide font caches the card's text drawing fills (cairo's and fontconfig's):
// they are allocated once and kept, which leak checkers report at exit. For a process about to
// exit (tests under LeakSanitizer); no card may be rendering, and the next one reloads them.
void release_font_caches();

} // namespace careledger::token
