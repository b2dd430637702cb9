#include "clinician/token_verdict_text.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

namespace careledger::ui::clinician {

namespace {

// A class only so that lupdate sees the tr() calls under one context.
class VerdictTexts {
    Q_DECLARE_TR_FUNCTIONS(VerdictTexts)
public:
    static VerdictText make(const QString& code, const QString& fallbackMessage);
};

// The first UTC time stamp in the core's message ("token expired at 2026-03-03T10:00:00Z"), as a
// local date with the month named ("3 Mar 2026"); empty when the message has none.
QString dateIn(const QString& message) {
    static const QRegularExpression stamp(
        QStringLiteral(R"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)"));
    const auto match = stamp.match(message);
    if (!match.hasMatch())
        return {};
    const QDateTime t = QDateTime::fromString(match.captured(), Qt::ISODate);
    if (!t.isValid())
        return {};
    return QLocale().toString(t.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"));
}

} // namespace

bool needsPin(const QString& code) {
    return code == QLatin1String("token.pin_required") || code == QLatin1String("token.wrong_pin");
}

VerdictText verdictText(const QString& code, const QString& fallbackMessage) {
    return VerdictTexts::make(code, fallbackMessage);
}

VerdictText VerdictTexts::make(const QString& code, const QString& fallbackMessage) {
    const QString damaged = tr("Scan again, or type the text printed under the code. If it still "
                               "fails, the card is damaged: treat per protocol.");
    const QString forged = tr("Do not rely on this card's data: it may be forged or altered. "
                              "Treat per protocol.");
    if (code == QLatin1String("token.bad_prefix") || code == QLatin1String("token.bad_base45") ||
        code == QLatin1String("token.bad_zlib") || code == QLatin1String("token.trailing_bytes") ||
        code == QLatin1String("token.bad_cbor") || code == QLatin1String("token.non_canonical") ||
        code == QLatin1String("token.bad_cose") || code == QLatin1String("token.bad_claims") ||
        code == QLatin1String("token.critical_header"))
        return {tr("Not a readable CareLedger emergency card"), damaged};
    if (code == QLatin1String("token.zlib_bomb") || code == QLatin1String("token.too_large"))
        return {tr("Card data is malformed or oversized"), forged};
    if (code == QLatin1String("token.image_unreadable"))
        return {tr("The image could not be read"),
                tr("Open a PNG or JPEG photo of the code, or type the text printed under it.")};
    if (code == QLatin1String("token.no_qr_found"))
        return {tr("No emergency QR code found in the image"),
                tr("Take a sharper picture with the whole code in view, or type the text.")};
    if (code == QLatin1String("token.wrong_algorithm") ||
        code == QLatin1String("token.bad_signature"))
        return {tr("Signature does not match"), forged};
    if (code == QLatin1String("token.unknown_key") ||
        code == QLatin1String("token.unknown_to_ledger") ||
        code == QLatin1String("token.wrong_issuer"))
        return {tr("Issuer not known to this network"),
                tr("The card was not issued by a patient registered on this ledger. Sync the "
                   "ledger if you are offline; otherwise treat per protocol.")};
    if (code == QLatin1String("token.key_revoked"))
        return {tr("The patient's key was revoked"), forged};
    if (code == QLatin1String("token.revoked"))
        return {tr("Revoked by the patient"),
                tr("The patient withdrew this card. Ask for a current one; treat per protocol.")};
    const QString when = dateIn(fallbackMessage);
    if (code == QLatin1String("token.expired"))
        return {when.isEmpty() ? tr("Expired") : tr("Expired on %1").arg(when),
                tr("Ask the patient or their contact for a current card; treat per protocol.")};
    if (code == QLatin1String("token.not_yet_valid"))
        return {when.isEmpty() ? tr("Not valid yet") : tr("Not valid before %1").arg(when),
                tr("The card's start time is in the future: check this computer's clock.")};
    if (code == QLatin1String("token.bad_lifetime"))
        return {tr("Validity period is not allowed"), forged};
    if (code == QLatin1String("token.stale_trust_data"))
        return {when.isEmpty() ? tr("Revocation data is too old")
                               : tr("Revocation data is too old (as of %1)").arg(when),
                tr("This computer has not synced with the ledger recently, so a revocation "
                   "could be missed. Connect and sync, then verify again.")};
    if (code == QLatin1String("token.pin_required"))
        return {tr("PIN required"),
                tr("This card is protected by a PIN. Ask the patient or their contact for it.")};
    if (code == QLatin1String("token.wrong_pin"))
        return {tr("Wrong PIN"), tr("Check the PIN and enter it again.")};
    if (code == QLatin1String("token.replay"))
        return {tr("Single-use card already used"),
                tr("This card was already read on this computer and may be used only once.")};
    if (code == QLatin1String("token.summary_mismatch"))
        return {tr("Summary does not match the card"), forged};
    return {tr("Could not verify the card"), fallbackMessage};
}

} // namespace careledger::ui::clinician
