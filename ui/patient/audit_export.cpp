#include "patient/audit_export.h"

#include "common/time.h"
#include "crypto/identity.h"
#include "patient/audit_model.h"
#include "patient/vocabulary_text.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QStringList>
#include <QTextDocument>
#include <algorithm>

namespace careledger::ui::patient {

namespace {
QString tr(const char* text, const char* comment = nullptr, int n = -1) {
    return QCoreApplication::translate("AuditExport", text, comment, n);
}

QString utc(std::uint64_t t) {
    return QString::fromStdString(format_utc(static_cast<UnixTime>(t)));
}
QString joinCodes(const std::vector<std::string>& codes) {
    QStringList out;
    for (const auto& c : codes)
        out << QString::fromStdString(c);
    return out.join(QLatin1Char(';'));
}
Status exportFailed(const QString& path, const QString& why) {
    return make_error("ui.export_failed",
                      QStringLiteral("cannot write %1: %2").arg(path, why).toStdString());
}
} // namespace

QString csvField(const QString& text) {
    QString value = text;
    if (!value.isEmpty() &&
        (value.front() == QLatin1Char('=') || value.front() == QLatin1Char('+') ||
         value.front() == QLatin1Char('-') || value.front() == QLatin1Char('@') ||
         value.front() == QLatin1Char('\t') || value.front() == QLatin1Char('\r')))
        value.prepend(QLatin1Char('\''));
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QString auditCsv(const std::vector<const wallet::AuditEvent*>& events) {
    // The header and the codes stay in English: the file is data for other programs.
    QString out = QStringLiteral(
        "\"index\",\"time_utc\",\"reader\",\"reader_key_id\",\"categories\",\"purpose\","
        "\"basis\",\"reference\",\"verified\",\"verify_error\"\r\n");
    for (const auto* e : events) {
        const QStringList fields{
            csvField(QString::number(e->index)),
            csvField(utc(e->time)),
            csvField(QString::fromStdString(e->reader_name)),
            csvField(QString::fromStdString(crypto::key_id_hex(e->reader))),
            csvField(joinCodes(e->categories)),
            csvField(QString::fromStdString(e->purpose)),
            csvField(e->basis == ledger::AccessBasis::emergency ? QStringLiteral("emergency")
                                                                : QStringLiteral("grant")),
            csvField(QString::fromStdString(e->reference_hex)),
            csvField(e->verified ? QStringLiteral("true") : QStringLiteral("false")),
            csvField(QString::fromStdString(e->verify_error)),
        };
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

Status writeAuditCsv(const QString& path, const std::vector<const wallet::AuditEvent*>& events) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return exportFailed(path, file.errorString());
    const QByteArray bytes = auditCsv(events).toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return exportFailed(path, file.errorString());
    return {};
}

Status writeAuditPdf(const QString& path, const std::vector<const wallet::AuditEvent*>& events,
                     const AuditReportInfo& info) {
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(tr("Access log").toHtmlEscaped());
    html += QStringLiteral("<p>%1<br/>")
                .arg(tr("Patient key id: %1").arg(info.patient_key_id).toHtmlEscaped());
    if (events.empty()) {
        html += tr("No accesses recorded.").toHtmlEscaped();
    } else {
        const auto [lo, hi] =
            std::minmax_element(events.begin(), events.end(),
                                [](const wallet::AuditEvent* a, const wallet::AuditEvent* b) {
                                    return a->time < b->time;
                                });
        html += tr("Period: %1 to %2").arg(utc((*lo)->time), utc((*hi)->time)).toHtmlEscaped();
        html += QStringLiteral("<br/>") +
                tr("%n accesses", "", static_cast<int>(events.size())).toHtmlEscaped();
    }
    html += QStringLiteral("<br/>%1</p>")
                .arg(tr("Generated at %1")
                         .arg(utc(static_cast<std::uint64_t>(info.generated_at)))
                         .toHtmlEscaped());
    html += QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>");
    for (const QString& h : {tr("#"), tr("Time (UTC)"), tr("Reader"), tr("Records"), tr("Purpose"),
                             tr("Basis"), tr("Verified")})
        html += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr></thead>");
    for (const auto* e : events) {
        const QString verified = e->verified
                                     ? tr("\u2714 verified")
                                     : tr("\u2716 %1").arg(QString::fromStdString(e->verify_error));
        const QStringList cells{QString::number(e->index),
                                utc(e->time),
                                AuditModel::readerText(*e),
                                AuditModel::categoriesText(*e),
                                purposeName(e->purpose),
                                basisName(e->basis),
                                verified};
        html += QStringLiteral("<tr>");
        for (const QString& c : cells)
            html += QStringLiteral("<td>%1</td>").arg(c.toHtmlEscaped());
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setTitle(tr("Access log"));
    writer.setCreator(QStringLiteral("CareLedger"));
    QTextDocument doc;
    QFont font = doc.defaultFont();
    font.setPointSizeF(8);
    doc.setDefaultFont(font);
    doc.setHtml(html);
    // Without a page size of its own the document is paginated by print(), which also numbers
    // the pages at the bottom.
    doc.print(&writer);
    QFile check(path);
    if (!check.exists() || check.size() == 0)
        return exportFailed(path, tr("the PDF is empty"));
    return {};
}

} // namespace careledger::ui::patient
