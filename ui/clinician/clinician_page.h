// Clinician mode: read an emergency token (USB scanner or paste into the focused field, an image
// file, or a camera when Qt Multimedia finds one), ask the controller to verify it, and show a
// large, unambiguous verdict with the triage data laid out for a busy emergency room, then
// whether the access was recorded on the ledger.
#pragma once

#include "common/view_types.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QFrame;
class QFormLayout;
class QScrollArea;

namespace careledger::ui::clinician {

class CameraScanner;

class ClinicianPage : public QWidget {
    Q_OBJECT
public:
    explicit ClinicianPage(QWidget* parent = nullptr);

    // Hide-health-details deliberately does not apply here: the clinician must see the triage
    // data to treat the patient. The setter exists so the shell treats every page alike.
    void setHideHealthDetails(bool hide);

    // Decodes the QR code in an image file and verifies it (the "Open image" button's path).
    void openImageFile(const QString& path);
    // The current token text (what a scanner typed or an image held).
    [[nodiscard]] QString tokenText() const;

public slots:
    void showVerdict(const careledger::ui::VerdictView& verdict);
    void showAccessLogged(const careledger::ui::AccessLoggedView& logged);

signals:
    void verifyRequested(const QString& token_text, const QString& pin);

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildUi();
    void retranslate();
    void submit();
    void chooseImage();
    void toggleCamera();
    void scanned(const QString& text);
    void showFailure(const QString& headline, const QString& advice, const QString& detail = {});
    void readyForNextScan();
    void clearTriage();
    void addTriageRow(const QString& label, const QString& value, bool emphasise = false);

    QLabel* intro_ = nullptr;
    QLineEdit* input_ = nullptr;
    QPushButton* verify_ = nullptr;
    QPushButton* openImage_ = nullptr;
    QPushButton* camera_ = nullptr;
    QLabel* cameraStatus_ = nullptr;
    QLabel* cameraPreview_ = nullptr;
    QLabel* pinLabel_ = nullptr;
    QLineEdit* pin_ = nullptr;
    QFrame* banner_ = nullptr;
    QLabel* bannerIcon_ = nullptr;
    QLabel* headline_ = nullptr;
    QLabel* advice_ = nullptr;
    QLabel* detail_ = nullptr;
    QLabel* accessStatus_ = nullptr;
    QScrollArea* triageArea_ = nullptr;
    QWidget* triage_ = nullptr;
    QFormLayout* triageForm_ = nullptr;
    CameraScanner* scanner_ = nullptr;
    bool pending_ = false;
};

} // namespace careledger::ui::clinician
