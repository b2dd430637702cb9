// Every access to the patient's records: reader, categories, purpose, basis and a verified badge,
// with filters (reader, category, basis, period, verified), a search box, a chart of accesses
// over time, and CSV / PDF exports of what the filters show.
#pragma once

#include "common/result.h"
#include "common/view_types.h"

#include <QWidget>
#include <map>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace careledger::ui::patient {

class AccessChart;
class AuditFilter;
class AuditModel;

class AccessLogPage : public QWidget {
    Q_OBJECT
public:
    explicit AccessLogPage(QWidget* parent = nullptr);

    void setEvents(const std::vector<careledger::wallet::AuditEvent>& events);
    void setHideHealthDetails(bool hide);
    // For the PDF report's header.
    void setPatientKeyId(const QString& key_id) { patientKeyId_ = key_id; }
    // The time the period filter counts back from (tests pin it; the clock otherwise).
    void setNow(std::int64_t now);

    // Export the rows the filters show, in the order shown.
    [[nodiscard]] Status exportCsv(const QString& path) const;
    [[nodiscard]] Status exportPdf(const QString& path) const;

    [[nodiscard]] int shownCount() const;
    [[nodiscard]] AccessChart* chart() const { return chart_; }
    [[nodiscard]] QTableView* table() const { return table_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void buildTexts();
    void fillFilterChoices();
    void applyFilters();
    void refreshChart();
    void exportWithDialog(bool pdf);
    [[nodiscard]] std::vector<const wallet::AuditEvent*> shownEvents() const;

    AuditModel* model_ = nullptr;
    std::map<QString, crypto::PublicKey> readerKeys_; // the reader filter's choices
    AuditFilter* filter_ = nullptr;
    std::int64_t now_ = 0;
    QString patientKeyId_;

    QLabel* title_ = nullptr;
    QLineEdit* search_ = nullptr;
    QLabel* searchLabel_ = nullptr;
    QComboBox* reader_ = nullptr;
    QComboBox* category_ = nullptr;
    QComboBox* basis_ = nullptr;
    QComboBox* period_ = nullptr;
    QComboBox* verified_ = nullptr;
    AccessChart* chart_ = nullptr;
    QTableView* table_ = nullptr;
    QLabel* empty_ = nullptr;
    QLabel* count_ = nullptr;
    QPushButton* csv_ = nullptr;
    QPushButton* pdf_ = nullptr;
    QTimer* chartTimer_ = nullptr;
};

} // namespace careledger::ui::patient
