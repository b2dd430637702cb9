#include "patient/vocabulary_text.h"

#include "crypto/identity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace careledger::ui::patient {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("PatientVocabulary", text);
}
} // namespace

const std::vector<std::string>& knownCategories() {
    static const std::vector<std::string> categories{
        "allergies",   "medications", "problems", "immunizations", "lab-results", "imaging",
        "vital-signs", "procedures",  "notes",    "mental-health", "emergency"};
    return categories;
}

QString categoryName(const std::string& code) {
    if (code == "allergies")
        return tr("Allergies");
    if (code == "medications")
        return tr("Medications");
    if (code == "problems")
        return tr("Problems and diagnoses");
    if (code == "immunizations")
        return tr("Immunizations");
    if (code == "lab-results" || code == "labs")
        return tr("Laboratory results");
    if (code == "imaging")
        return tr("Imaging");
    if (code == "vital-signs")
        return tr("Vital signs");
    if (code == "procedures")
        return tr("Procedures");
    if (code == "notes")
        return tr("Clinical notes");
    if (code == "mental-health")
        return tr("Mental health");
    if (code == "emergency")
        return tr("Emergency summary");
    return QString::fromStdString(code);
}

QString categoryList(const std::vector<std::string>& codes) {
    QStringList names;
    for (const auto& code : codes)
        names << categoryName(code).toLower();
    if (names.size() <= 1)
        return names.join(QString());
    const QString last = names.takeLast();
    //: Joins the last two items of a list: "allergies, medications and notes"
    return tr("%1 and %2").arg(names.join(QStringLiteral(", ")), last);
}

QString purposeName(const std::string& code) {
    if (code == "TREAT")
        return tr("Treatment");
    if (code == "ETREAT")
        return tr("Emergency treatment");
    if (code == "HPAYMT")
        return tr("Payment");
    if (code == "HRESCH")
        return tr("Research");
    return QString::fromStdString(code);
}

QString purposePhrase(const std::string& code) {
    if (code == "TREAT")
        return tr("for treatment");
    if (code == "ETREAT")
        return tr("for emergency treatment");
    if (code == "HPAYMT")
        return tr("for payment");
    if (code == "HRESCH")
        return tr("for research");
    return tr("for %1").arg(QString::fromStdString(code));
}

QString basisName(ledger::AccessBasis basis) {
    return basis == ledger::AccessBasis::emergency ? tr("Emergency token") : tr("Grant");
}

QString grantStatusName(ledger::GrantStatus status) {
    switch (status) {
    case ledger::GrantStatus::active:
        return tr("Active");
    case ledger::GrantStatus::not_yet_valid:
        return tr("Not yet valid");
    case ledger::GrantStatus::expired:
        return tr("Expired");
    case ledger::GrantStatus::revoked:
        return tr("Revoked");
    }
    return {};
}

QString grantStatusSymbol(ledger::GrantStatus status) {
    switch (status) {
    case ledger::GrantStatus::active:
        return QStringLiteral("\u2714"); // check mark
    case ledger::GrantStatus::not_yet_valid:
        return QStringLiteral("\u25F7"); // clock face
    case ledger::GrantStatus::expired:
        return QStringLiteral("\u2298"); // circled slash
    case ledger::GrantStatus::revoked:
        return QStringLiteral("\u2716"); // heavy x
    }
    return {};
}

QString formatDate(std::uint64_t unix_seconds) {
    const auto t = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(unix_seconds));
    return QLocale().toString(t.date(), QStringLiteral("d MMM yyyy"));
}

QString formatDateTime(std::uint64_t unix_seconds) {
    const auto t = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(unix_seconds));
    return QLocale().toString(t, QStringLiteral("d MMM yyyy HH:mm"));
}

QString shortKeyId(const crypto::PublicKey& key) {
    return QString::fromStdString(crypto::key_id_hex(key)).left(16);
}

} // namespace careledger::ui::patient
