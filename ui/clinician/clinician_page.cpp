#include "clinician/clinician_page.h"

#include "clinician/camera_scanner.h"
#include "clinician/qr_image.h"
#include "clinician/token_verdict_text.h"
#include "crypto/identity.h"
#include "token/triage_text.h"

#include <QDateTime>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFileDialog>
#include <QFontMetrics>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace careledger::ui::clinician {

namespace {

QString fromStd(const std::string& s) {
    return QString::fromStdString(s);
}

// "22 Nov 2026, 19:25": short enough to read at a glance, with the month named so that no one
// confuses day and month.
QString dateTime(std::int64_t unix_seconds) {
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(unix_seconds).toLocalTime(),
                              QStringLiteral("d MMM yyyy, HH:mm"));
}

// Verdict colours are fixed on purpose (not the theme's): green/red banners with white text
// read the same in every theme, and the icon and headline carry the meaning for people who do
// not see the colour.
constexpr auto kValidStyle = "QFrame#verdictBanner { background: #1b6e20; border-radius: 6px; }"
                             "QFrame#verdictBanner QLabel { color: white; }";
constexpr auto kInvalidStyle = "QFrame#verdictBanner { background: #b71c1c; border-radius: 6px; }"
                               "QFrame#verdictBanner QLabel { color: white; }";
constexpr auto kPinStyle = "QFrame#verdictBanner { background: #8a5a00; border-radius: 6px; }"
                           "QFrame#verdictBanner QLabel { color: white; }";
constexpr auto kNeutralStyle = "QFrame#verdictBanner { border: 1px solid palette(mid); "
                               "border-radius: 6px; }";

QFont bannerFont(QFont base, double scale) {
    base.setPointSizeF(base.pointSizeF() * scale);
    base.setBold(true);
    return base;
}

} // namespace

ClinicianPage::ClinicianPage(QWidget* parent) : QWidget(parent) {
    buildUi();
    retranslate();
}

void ClinicianPage::buildUi() {
    auto* layout = new QVBoxLayout(this);

    intro_ = new QLabel(this);
    intro_->setWordWrap(true);
    layout->addWidget(intro_);

    auto* inputRow = new QHBoxLayout;
    input_ = new QLineEdit(this);
    input_->setObjectName(QStringLiteral("tokenInput"));
    input_->setClearButtonEnabled(true);
    // USB scanners type the text and press Enter.
    connect(input_, &QLineEdit::returnPressed, this, &ClinicianPage::submit);
    // A different token typed or pasted: the PIN asked for belongs to the previous one.
    connect(input_, &QLineEdit::textEdited, this, [this] {
        pin_->clear();
        pinLabel_->setVisible(false);
        pin_->setVisible(false);
    });
    inputRow->addWidget(input_, 1);
    verify_ = new QPushButton(this);
    verify_->setObjectName(QStringLiteral("verifyButton"));
    verify_->setDefault(true);
    connect(verify_, &QPushButton::clicked, this, &ClinicianPage::submit);
    inputRow->addWidget(verify_);
    layout->addLayout(inputRow);

    auto* sourceRow = new QHBoxLayout;
    openImage_ = new QPushButton(this);
    openImage_->setObjectName(QStringLiteral("openImageButton"));
    connect(openImage_, &QPushButton::clicked, this, &ClinicianPage::chooseImage);
    sourceRow->addWidget(openImage_);
    camera_ = new QPushButton(this);
    camera_->setObjectName(QStringLiteral("cameraButton"));
    camera_->setCheckable(true);
    camera_->setEnabled(CameraScanner::available());
    connect(camera_, &QPushButton::clicked, this, &ClinicianPage::toggleCamera);
    sourceRow->addWidget(camera_);
    cameraStatus_ = new QLabel(this);
    cameraStatus_->setObjectName(QStringLiteral("cameraStatus"));
    sourceRow->addWidget(cameraStatus_, 1);
    layout->addLayout(sourceRow);

    cameraPreview_ = new QLabel(this);
    cameraPreview_->setVisible(false);
    cameraPreview_->setAlignment(Qt::AlignCenter);
    layout->addWidget(cameraPreview_);

    auto* pinRow = new QHBoxLayout;
    pinLabel_ = new QLabel(this);
    pin_ = new QLineEdit(this);
    pin_->setObjectName(QStringLiteral("pinInput"));
    pin_->setEchoMode(QLineEdit::Password);
    pinLabel_->setBuddy(pin_);
    connect(pin_, &QLineEdit::returnPressed, this, &ClinicianPage::submit);
    pinRow->addWidget(pinLabel_);
    pinRow->addWidget(pin_, 1);
    layout->addLayout(pinRow);
    pinLabel_->setVisible(false);
    pin_->setVisible(false);

    banner_ = new QFrame(this);
    banner_->setObjectName(QStringLiteral("verdictBanner"));
    banner_->setStyleSheet(QString::fromLatin1(kNeutralStyle));
    auto* bannerLayout = new QHBoxLayout(banner_);
    bannerIcon_ = new QLabel(banner_);
    // A symbol drawn as text (white on the banner colour, like the headline) rather than a
    // style icon: it keeps full contrast on green and red and scales with the font.
    bannerIcon_->setObjectName(QStringLiteral("verdictSymbol"));
    bannerIcon_->setFont(bannerFont(font(), 2.6));
    bannerIcon_->setAlignment(Qt::AlignCenter);
    bannerIcon_->setMinimumWidth(QFontMetrics(bannerIcon_->font()).height());
    bannerLayout->addWidget(bannerIcon_, 0, Qt::AlignTop);
    auto* bannerText = new QVBoxLayout;
    headline_ = new QLabel(banner_);
    headline_->setObjectName(QStringLiteral("verdictHeadline"));
    headline_->setFont(bannerFont(headline_->font(), 2.0));
    headline_->setWordWrap(true);
    headline_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerText->addWidget(headline_);
    advice_ = new QLabel(banner_);
    advice_->setObjectName(QStringLiteral("verdictAdvice"));
    QFont medium = advice_->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.2);
    advice_->setFont(medium);
    advice_->setWordWrap(true);
    advice_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bannerText->addWidget(advice_);
    // The core's own words (English, with ids and times) for support staff; the advice above is
    // what the clinician acts on.
    detail_ = new QLabel(banner_);
    detail_->setObjectName(QStringLiteral("verdictDetail"));
    detail_->setWordWrap(true);
    detail_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detail_->setVisible(false);
    bannerText->addWidget(detail_);
    bannerLayout->addLayout(bannerText, 1);
    layout->addWidget(banner_);

    accessStatus_ = new QLabel(this);
    accessStatus_->setObjectName(QStringLiteral("accessStatus"));
    accessStatus_->setWordWrap(true);
    QFont statusFont = accessStatus_->font();
    statusFont.setBold(true);
    accessStatus_->setFont(statusFont);
    layout->addWidget(accessStatus_);

    triageArea_ = new QScrollArea(this);
    triageArea_->setWidgetResizable(true);
    triageArea_->setFrameShape(QFrame::NoFrame);
    triage_ = new QWidget(triageArea_);
    triage_->setObjectName(QStringLiteral("triageView"));
    triageForm_ = new QFormLayout(triage_);
    triageForm_->setRowWrapPolicy(QFormLayout::WrapLongRows);
    triageForm_->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    triageArea_->setWidget(triage_);
    layout->addWidget(triageArea_, 1);

    scanner_ = new CameraScanner(this);
    connect(scanner_, &CameraScanner::found, this, &ClinicianPage::scanned);
    connect(scanner_, &CameraScanner::preview, this, [this](const QImage& frame) {
        cameraPreview_->setPixmap(QPixmap::fromImage(frame).scaled(320, 240, Qt::KeepAspectRatio,
                                                                   Qt::SmoothTransformation));
    });
    connect(scanner_, &CameraScanner::failed, this, [this](const QString& message) {
        camera_->setChecked(false);
        cameraPreview_->setVisible(false);
        cameraStatus_->setText(message);
    });

    setFocusProxy(input_);
    setAcceptDrops(true);
}

void ClinicianPage::retranslate() {
    intro_->setText(
        tr("Scan the patient's emergency QR code with a USB scanner, paste its text "
           "(it starts with CL1:), open or drop a photo of it, or use a camera. The card is "
           "verified on this computer and your access is recorded on the ledger."));
    input_->setPlaceholderText(tr("Scan or paste the emergency token (CL1:…)"));
    input_->setAccessibleName(tr("Emergency token text"));
    input_->setAccessibleDescription(
        tr("A USB scanner types here; press Enter to verify what it typed."));
    verify_->setText(tr("&Verify"));
    verify_->setAccessibleName(tr("Verify token"));
    openImage_->setText(tr("Open &image…"));
    openImage_->setAccessibleName(tr("Open an image of the QR code"));
    camera_->setText(camera_->isChecked() ? tr("Stop &camera") : tr("Scan with &camera"));
    camera_->setAccessibleName(tr("Scan with camera"));
    if (!CameraScanner::available()) {
        cameraStatus_->setText(tr("No camera found: use a USB scanner, paste, or open an image."));
        camera_->setToolTip(cameraStatus_->text());
    }
    cameraStatus_->setAccessibleName(tr("Camera status"));
    cameraPreview_->setAccessibleName(tr("Camera preview"));
    pinLabel_->setText(tr("Card &PIN:"));
    pin_->setAccessibleName(tr("Card PIN"));
    headline_->setAccessibleName(tr("Verdict"));
    bannerIcon_->setAccessibleName(tr("Verdict symbol"));
    advice_->setAccessibleName(tr("What to do"));
    detail_->setAccessibleName(tr("Technical detail"));
    accessStatus_->setAccessibleName(tr("Access record status"));
    triage_->setAccessibleName(tr("Emergency data"));
    if (!pending_ && headline_->text().isEmpty()) {
        bannerIcon_->clear();
        headline_->setText(tr("Waiting for a card"));
        advice_->setText(tr("Nothing has been scanned yet."));
    }
}

void ClinicianPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        headline_->clear();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ClinicianPage::setHideHealthDetails(bool /*hide*/) {
    // Intentionally ignored: see the header.
}

QString ClinicianPage::tokenText() const {
    return input_->text().trimmed();
}

void ClinicianPage::submit() {
    const QString text = tokenText();
    if (text.isEmpty()) {
        showFailure(tr("Nothing to verify"), tr("Scan or paste a token first."));
        input_->setFocus();
        return;
    }
    pending_ = true;
    banner_->setStyleSheet(QString::fromLatin1(kNeutralStyle));
    bannerIcon_->clear();
    headline_->setText(tr("Verifying…"));
    advice_->clear();
    detail_->setVisible(false);
    accessStatus_->clear();
    clearTriage();
    const QString pin = pin_->isVisibleTo(this) ? pin_->text() : QString();
    emit verifyRequested(text, pin);
}

void ClinicianPage::chooseImage() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open an image of the emergency QR code"), QString(),
                                     tr("Images (*.png *.jpg *.jpeg *.bmp)"));
    if (!path.isEmpty())
        openImageFile(path);
}

void ClinicianPage::openImageFile(const QString& path) {
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    auto text = scanImage(image);
    if (!text.ok()) {
        const auto t = verdictText(QString::fromStdString(text.error().code),
                                   QString::fromStdString(text.error().message));
        showFailure(t.headline, t.advice, image.isNull() ? reader.errorString() : QString());
        return;
    }
    scanned(QString::fromStdString(*text));
}

void ClinicianPage::dragEnterEvent(QDragEnterEvent* event) {
    const auto urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void ClinicianPage::dropEvent(QDropEvent* event) {
    // A photo of the card dropped from the file manager or a phone's synced folder.
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openImageFile(urls.first().toLocalFile());
}

void ClinicianPage::toggleCamera() {
    if (scanner_->running()) {
        scanner_->stop();
        cameraPreview_->setVisible(false);
        cameraStatus_->clear();
    } else {
        cameraPreview_->setVisible(true);
        cameraStatus_->setText(tr("Hold the QR code in front of the camera…"));
        scanner_->start();
    }
    camera_->setChecked(scanner_->running());
    camera_->setText(camera_->isChecked() ? tr("Stop &camera") : tr("Scan with &camera"));
}

void ClinicianPage::scanned(const QString& text) {
    cameraPreview_->setVisible(false);
    camera_->setChecked(false);
    camera_->setText(tr("Scan with &camera"));
    input_->setText(text);
    pin_->clear();
    pinLabel_->setVisible(false);
    pin_->setVisible(false);
    submit();
}

void ClinicianPage::showFailure(const QString& headline, const QString& advice,
                                const QString& detail) {
    banner_->setStyleSheet(QString::fromLatin1(kInvalidStyle));
    bannerIcon_->setText(QStringLiteral("\u2716")); // heavy multiplication x
    headline_->setText(tr("NOT VALID: %1").arg(headline));
    advice_->setText(advice);
    detail_->setText(tr("Technical detail: %1").arg(detail));
    detail_->setVisible(!detail.isEmpty());
    clearTriage();
}

void ClinicianPage::showVerdict(const careledger::ui::VerdictView& verdict) {
    pending_ = false;
    if (!verdict.valid || !verdict.verdict) {
        const auto t = verdictText(verdict.code, verdict.message);
        const bool pin = needsPin(verdict.code);
        if (pin) {
            // Not a verdict yet: the card cannot be opened without its PIN.
            banner_->setStyleSheet(QString::fromLatin1(kPinStyle));
            bannerIcon_->setText(QStringLiteral("\u26A0")); // warning sign
            headline_->setText(t.headline);
            advice_->setText(t.advice);
            detail_->setVisible(false);
            clearTriage();
        } else {
            showFailure(t.headline, t.advice, verdict.message);
        }
        pinLabel_->setVisible(pin);
        pin_->setVisible(pin);
        if (pin) {
            pin_->clear();
            pin_->setFocus();
        } else {
            readyForNextScan();
        }
        return;
    }
    pinLabel_->setVisible(false);
    pin_->clear();
    pin_->setVisible(false);

    const token::Verdict& v = *verdict.verdict;
    banner_->setStyleSheet(QString::fromLatin1(kValidStyle));
    bannerIcon_->setText(QStringLiteral("\u2714")); // heavy check mark
    detail_->setVisible(false);
    headline_->setText(tr("VALID emergency card"));
    QStringList notes;
    notes << tr("Signed by the patient's registered key; valid until %1.")
                 .arg(dateTime(v.expires_at));
    if (v.skew != token::SkewSide::none)
        notes << tr("Accepted within the allowed clock difference (%n second(s)): check this "
                    "computer's clock.",
                    "", static_cast<int>(v.skew_seconds));
    if (v.trust_as_of > 0)
        notes << tr("Revocation data as of %1.").arg(dateTime(v.trust_as_of));
    if (v.single_use)
        notes << tr("Single-use card: it cannot be read again on this computer.");
    advice_->setText(notes.join(QLatin1Char(' ')));

    clearTriage();
    const token::TriageSet& t = v.triage;
    // Allergies first: the most dangerous thing to miss.
    QStringList allergies;
    for (const auto& a : t.allergies) {
        QString line = fromStd(token::concept_label(a.substance)).toHtmlEscaped();
        QStringList reactions;
        for (const auto& r : a.reactions)
            reactions << fromStd(token::concept_label(r)).toHtmlEscaped();
        if (!reactions.isEmpty())
            line += QStringLiteral(" (%1)").arg(reactions.join(QStringLiteral(", ")));
        if (a.criticality == token::Criticality::high)
            line = QStringLiteral("<b>%1 — %2</b>").arg(line, tr("HIGH RISK"));
        else if (a.criticality == token::Criticality::low)
            line += QStringLiteral(" — %1").arg(tr("low risk"));
        else if (a.criticality == token::Criticality::unable_to_assess)
            line += QStringLiteral(" — %1").arg(tr("risk not assessed"));
        allergies << line;
    }
    addTriageRow(tr("Allergies"),
                 allergies.isEmpty() ? tr("None recorded") : allergies.join(QStringLiteral("<br>")),
                 true);
    QStringList meds;
    for (const auto& m : t.medications) {
        QString line = fromStd(token::concept_label(m.medication)).toHtmlEscaped();
        if (!m.dose.empty())
            line += QStringLiteral(" — ") + fromStd(m.dose).toHtmlEscaped();
        meds << line;
    }
    addTriageRow(tr("Medications"),
                 meds.isEmpty() ? tr("None recorded") : meds.join(QStringLiteral("<br>")));
    QStringList problems;
    for (const auto& p : t.problems)
        problems << fromStd(token::concept_label(p)).toHtmlEscaped();
    addTriageRow(tr("Problems"),
                 problems.isEmpty() ? tr("None recorded") : problems.join(QStringLiteral("<br>")));
    addTriageRow(tr("Blood type"),
                 t.blood_type ? fromStd(token::concept_label(t.blood_type->value)).toHtmlEscaped()
                              : tr("Not recorded"));
    addTriageRow(tr("Advance directive"),
                 t.advance_directive
                     ? fromStd(token::concept_label(*t.advance_directive)).toHtmlEscaped()
                     : tr("None recorded"));
    QStringList contacts;
    for (const auto& c : t.contacts)
        contacts << QStringLiteral("%1 (%2): %3")
                        .arg(fromStd(c.name).toHtmlEscaped(),
                             fromStd(c.relationship).toHtmlEscaped(),
                             fromStd(c.phone).toHtmlEscaped());
    addTriageRow(tr("Emergency contact"),
                 contacts.isEmpty() ? tr("None recorded") : contacts.join(QStringLiteral("<br>")));
    addTriageRow(tr("Language"),
                 t.language.empty() ? tr("Not recorded") : fromStd(t.language).toHtmlEscaped());
    if (!t.notes.empty())
        addTriageRow(tr("Notes"), fromStd(t.notes).toHtmlEscaped());
    addTriageRow(tr("Patient key"),
                 QStringLiteral("<tt>%1</tt>").arg(fromStd(crypto::key_id_hex(v.patient_key))));
    addTriageRow(tr("Card valid until"), dateTime(v.expires_at).toHtmlEscaped());
    accessStatus_->setText(tr("Recording your access on the ledger…"));
    readyForNextScan();
}

void ClinicianPage::readyForNextScan() {
    // The next scan replaces the text instead of being appended to it.
    input_->setFocus();
    input_->selectAll();
}

void ClinicianPage::showAccessLogged(const careledger::ui::AccessLoggedView& logged) {
    if (logged.logged)
        accessStatus_->setText(
            tr("✔ Your access was recorded on the ledger (entry #%1). The patient will see it "
               "in their access log.")
                .arg(logged.index));
    else
        accessStatus_->setText(
            tr("✖ Your access could not be recorded: %1")
                .arg(logged.error_message.isEmpty() ? logged.error_code : logged.error_message));
}

void ClinicianPage::clearTriage() {
    while (triageForm_->rowCount() > 0)
        triageForm_->removeRow(0);
}

void ClinicianPage::addTriageRow(const QString& label, const QString& value, bool emphasise) {
    auto* name = new QLabel(label, triage_);
    name->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QFont f = name->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * (emphasise ? 1.3 : 1.15));
    name->setFont(f);
    auto* text = new QLabel(value, triage_);
    // A little larger than body text: read at arm's length, often standing.
    QFont valueFont = text->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * (emphasise ? 1.3 : 1.15));
    text->setFont(valueFont);
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setAccessibleName(label);
    name->setBuddy(text);
    triageForm_->addRow(name, text);
}

} // namespace careledger::ui::clinician
