// Exports of the access log: CSV per RFC 4180 (every field quoted, CRLF line ends, a leading
// =, +, - or @ neutralised with an apostrophe so spreadsheets never run a field as a formula)
// and a paginated PDF report (title, patient key id, period, table, generation time, page numbers).
#pragma once

#include "common/result.h"
#include "wallet/consents.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace careledger::ui::patient {

// One CSV field: quoted, inner quotes doubled, formula-looking text neutralised.
QString csvField(const QString& text);
QString auditCsv(const std::vector<const wallet::AuditEvent*>& events);
// Writes the file; "ui.export_failed" when it cannot be written.
Status writeAuditCsv(const QString& path, const std::vector<const wallet::AuditEvent*>& events);

struct AuditReportInfo {
    QString patient_key_id;
    std::int64_t generated_at = 0; // unix seconds
};
Status writeAuditPdf(const QString& path, const std::vector<const wallet::AuditEvent*>& events,
                     const AuditReportInfo& info);

} // namespace careledger::ui::patient
