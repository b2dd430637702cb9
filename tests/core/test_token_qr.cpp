// QR codes of emergency tokens (DESIGN §8): a typical and a large triage set (imported from the
// sample FHIR bundles in tests/data/fhir) are issued, encoded (ECC M, alphanumeric), rendered to
// PNG, SVG and PDF cards, and read back by three independent readers: ZXing-cpp in-process, and
// the ZXingReader and zbarimg programs. The printed cards are rasterised with pdftoppm and read
// again; their layout numbers are checked for true-size modules of at least 0.5 mm.
#include "common/atomic_file.h"
#include "fhir/import.h"
#include "test_support.h"
#include "token/issue.h"
#include "token/qr_card.h"
#include "token/qr_matrix.h"
#include "token/qr_render.h"
#include "token/qr_scan.h"
#include "token/summary.h"

#include <QProcess>
#include <QRegularExpression>

using namespace careledger;

namespace {

constexpr UnixTime kIssued = 1'800'000'000;

// Runs an external program and returns its standard output; fails the test if it cannot run.
QByteArray run(const QString& program, const QStringList& args, const char* package) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        QTest::qFail(
            qPrintable(program + " did not start; install the Debian package " + QString(package)),
            __FILE__, __LINE__);
        return {};
    }
    p.waitForFinished(120000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        qWarning("%s exited with %d: %s", qPrintable(program), p.exitCode(),
                 p.readAllStandardError().constData());
    return p.readAllStandardOutput();
}

QByteArray trimmed_line(QByteArray out) {
    while (!out.isEmpty() && (out.endsWith('\n') || out.endsWith('\r')))
        out.chop(1);
    return out;
}

token::TriageSet import_sample(const char* name) {
    const auto json = read_file(std::filesystem::path(CARELEDGER_TEST_DATA) / "fhir" / name,
                                std::size_t{1} << 22);
    if (!json.ok())
        return {};
    const auto imported = fhir::import_bundle(to_string(*json));
    return imported.ok() ? imported->triage : token::TriageSet{};
}

struct Sample {
    std::string name;
    token::IssuedToken token;
    token::TriageSet triage;
};

} // namespace

class TestTokenQr : public QObject {
    Q_OBJECT

    test::TempDir dir_;
    std::vector<Sample> samples_;
    token::SealedSummary summary_;

    // Reads a PNG file with the two external readers; each must return exactly `text`.
    void read_externally(const std::filesystem::path& png, const std::string& text) {
        const QString file = QString::fromStdString(png.string());
        const QByteArray zxing =
            run("ZXingReader", {"-format", "QRCode", "-bytes", file}, "zxing-cpp-tools");
        QCOMPARE(trimmed_line(zxing), QByteArray::fromStdString(text));
        const QByteArray zbar =
            run("zbarimg", {"--raw", "-q", "-Sdisable", "-Sqrcode.enable", file}, "zbar-tools");
        QCOMPARE(trimmed_line(zbar), QByteArray::fromStdString(text));
    }

private slots:
    void initTestCase() {
        test::init_core();
        const auto key = crypto::SigningKey::from_seed(Bytes(32, 0x51)).value();
        auto sealed = token::seal_summary(as_bytes("the full International Patient Summary"));
        CL_QVERIFY_OK(sealed);
        summary_ = std::move(sealed).value();
        // Typical: the concise card (blood group, one allergy with its reaction, the
        // anticoagulant, one problem, a contact, the language), triage inline only.
        // Large: a whole IPS (2 allergies, 3 medications, 2 problems, directive, 2 contacts) plus
        // the pointer to the off-ledger summary.
        for (const auto& [name, file, with_summary] :
             {std::tuple{"typical", "ips-typical.json", false},
              std::tuple{"large", "ips-sample.json", true}}) {
            token::IssueRequest r;
            r.issuer = "example.org/consent-log";
            r.now = kIssued;
            r.triage = import_sample(file);
            QVERIFY(!r.triage.allergies.empty());
            if (with_summary)
                r.summary = &summary_.pointer;
            auto issued = token::issue(r, key);
            CL_QVERIFY_OK(issued);
            samples_.push_back({name, std::move(issued).value(), r.triage});
        }
    }

    void typical_set_fits_version_14() {
        const Sample& s = samples_[0];
        const auto qr = token::QrMatrix::encode(s.token.text);
        CL_QVERIFY_OK(qr);
        QVERIFY(qr->version() <= token::kMaxTokenQrVersion);
        QCOMPARE(int(qr->mode()), int(token::QrMode::alphanumeric));
        QCOMPARE(qr->size(), 17 + 4 * qr->version());
        qInfo("typical triage set: %zu characters -> QR version %d (%d x %d modules), ECC M, "
              "alphanumeric",
              s.token.text.size(), qr->version(), qr->size(), qr->size());
    }

    void large_set_needs_the_flag() {
        const Sample& s = samples_[1];
        CL_QCOMPARE_ERROR(token::QrMatrix::encode(s.token.text), "token.qr_too_large");
        const auto qr = token::QrMatrix::encode(s.token.text, 40);
        CL_QVERIFY_OK(qr);
        QVERIFY(qr->version() > token::kMaxTokenQrVersion);
        qInfo("large triage set + summary pointer: %zu characters -> QR version %d (%d x %d)",
              s.token.text.size(), qr->version(), qr->size(), qr->size());
        // Byte mode for text outside the alphanumeric set, and a refusal beyond version 40.
        const auto bytes = token::QrMatrix::encode("lower case is byte mode", 40);
        CL_QVERIFY_OK(bytes);
        QCOMPARE(int(bytes->mode()), int(token::QrMode::byte));
        CL_QCOMPARE_ERROR(token::QrMatrix::encode(std::string(5000, 'A'), 40),
                          "token.qr_too_large");
    }

    void png_decodes_with_three_readers_data() {
        QTest::addColumn<int>("sample");
        QTest::addColumn<int>("scale");
        QTest::newRow("typical, 8 px/module") << 0 << 8;
        QTest::newRow("typical, 3 px/module") << 0 << 3;
        QTest::newRow("large, 6 px/module") << 1 << 6;
    }
    void png_decodes_with_three_readers() {
        QFETCH(int, sample);
        QFETCH(int, scale);
        const Sample& s = samples_[static_cast<std::size_t>(sample)];
        const auto qr = token::QrMatrix::encode(s.token.text, 40);
        CL_QVERIFY_OK(qr);
        const auto png = token::render_png(*qr, scale);
        CL_QVERIFY_OK(png);
        // In-process: ZXing-cpp through our wrapper, with the image loaded by cairo.
        const auto image = token::load_png(*png);
        CL_QVERIFY_OK(image);
        QCOMPARE(image->width, (qr->size() + 2 * token::kQrQuietZone) * scale);
        const auto text = token::scan_png(*png);
        CL_QVERIFY_OK(text);
        QCOMPARE(QString::fromStdString(*text), QString::fromStdString(s.token.text));
        // Out of process: two independent decoders.
        const auto path = dir_ / (s.name + "-" + std::to_string(scale) + ".png");
        CL_QVERIFY_OK(write_file_atomically(path, *png));
        read_externally(path, s.token.text);
        const auto from_file = token::scan_png_file(path);
        CL_QVERIFY_OK(from_file);
        QCOMPARE(QString::fromStdString(*from_file), QString::fromStdString(s.token.text));
        qInfo("%s: PNG %zu bytes at %d px/module read identically by ZXing-cpp, ZXingReader and "
              "zbarimg",
              s.name.c_str(), png->size(), scale);
    }

    void svg_is_true_to_size() {
        const auto qr = token::QrMatrix::encode(samples_[0].token.text);
        CL_QVERIFY_OK(qr);
        const auto svg = token::render_svg(*qr, 0.5);
        CL_QVERIFY_OK(svg);
        const QString doc = QString::fromStdString(*svg);
        QVERIFY(doc.startsWith("<?xml"));
        QVERIFY(doc.contains("<svg"));
        const QRegularExpression width(R"(width="([0-9.]+)mm")");
        const auto m = width.match(doc);
        QVERIFY2(m.hasMatch(), "SVG width is not in millimetres");
        const double expected = (qr->size() + 2 * token::kQrQuietZone) * 0.5;
        QVERIFY(std::abs(m.captured(1).toDouble() - expected) < 0.01);
        CL_QCOMPARE_ERROR(token::render_svg(*qr, 0.0), "token.bad_request");
        CL_QCOMPARE_ERROR(token::render_png(*qr, 0), "token.bad_request");
    }

    void pdf_card_renders_and_decodes_data() {
        QTest::addColumn<int>("sample");
        QTest::addColumn<int>("format");
        QTest::addColumn<double>("width_pt");
        QTest::addColumn<double>("height_pt");
        QTest::newRow("typical, A6") << 0 << int(token::CardFormat::a6) << 297.64 << 419.53;
        QTest::newRow("typical, ID-1 card") << 0 << int(token::CardFormat::id1) << 242.65 << 153.07;
        QTest::newRow("large, A6") << 1 << int(token::CardFormat::a6) << 297.64 << 419.53;
    }
    void pdf_card_renders_and_decodes() {
        QFETCH(int, sample);
        QFETCH(int, format);
        QFETCH(double, width_pt);
        QFETCH(double, height_pt);
        const Sample& s = samples_[static_cast<std::size_t>(sample)];
        const auto fmt = static_cast<token::CardFormat>(format);
        const auto qr = token::QrMatrix::encode(s.token.text, 40);
        CL_QVERIFY_OK(qr);
        const token::CardText text = token::card_text(s.triage, s.token.expires_at);
        const auto card = token::render_card_pdf(fmt, *qr, text);
        CL_QVERIFY_OK(card);

        // Layout: true-size modules of at least 0.5 mm, and the QR and text on the page.
        const token::CardLayout& l = card->layout;
        QVERIFY(l.module_mm >= token::kMinModuleMm);
        QCOMPARE(l.modules, qr->size() + 2 * token::kQrQuietZone);
        QVERIFY(l.qr_x_mm >= 0 && l.qr_x_mm + l.qr_side_mm() <= l.page_width_mm);
        QVERIFY(l.qr_y_mm >= 0 && l.qr_y_mm + l.qr_side_mm() <= l.page_height_mm);
        QVERIFY(l.text_width_mm > 20 && l.text_height_mm > 10);
        QVERIFY(l.text_x_mm + l.text_width_mm <= l.page_width_mm);

        const std::string stem = s.name + (fmt == token::CardFormat::a6 ? "-a6" : "-id1");
        const auto pdf_path = dir_ / (stem + ".pdf");
        CL_QVERIFY_OK(write_file_atomically(pdf_path, card->pdf));
        const QString pdf = QString::fromStdString(pdf_path.string());

        // Metadata: page size, title, alt text (subject).
        const QString info = QString::fromUtf8(run("pdfinfo", {pdf}, "poppler-utils"));
        QVERIFY2(info.contains("Title:           CareLedger emergency card"), qPrintable(info));
        QVERIFY2(info.contains("Subject:         QR code holding a signed CareLedger emergency "
                               "token, valid until"),
                 qPrintable(info));
        const QRegularExpression size(R"(Page size:\s+([0-9.]+) x ([0-9.]+) pts)");
        const auto m = size.match(info);
        QVERIFY(m.hasMatch());
        QVERIFY(std::abs(m.captured(1).toDouble() - width_pt) < 0.1);
        QVERIFY(std::abs(m.captured(2).toDouble() - height_pt) < 0.1);
        // The human-readable side: expiry and summary are real text on the page.
        const QString words =
            QString::fromUtf8(run("pdftotext", {"-layout", pdf, "-"}, "poppler-utils"));
        QVERIFY2(words.contains("EMERGENCY"), qPrintable(words));
        QVERIFY2(words.contains("Valid until 2027-01-16"), qPrintable(words));
        QVERIFY2(words.contains("Blood type"), qPrintable(words));

        // Rasterised at 300 dpi and read back by ZXing-cpp in-process and both programs.
        const auto png_stem = dir_ / stem;
        run("pdftoppm",
            {"-r", "300", "-png", "-singlefile", pdf, QString::fromStdString(png_stem.string())},
            "poppler-utils");
        const auto png_path = dir_ / (stem + ".png");
        const auto decoded = token::scan_png_file(png_path);
        CL_QVERIFY_OK(decoded);
        QCOMPARE(QString::fromStdString(*decoded), QString::fromStdString(s.token.text));
        read_externally(png_path, s.token.text);
        qInfo("%s card: QR version %d, %.2f mm modules, %.1f mm square, PDF %zu bytes, decoded "
              "after pdftoppm by 3 readers",
              stem.c_str(), qr->version(), l.module_mm, l.qr_side_mm(), card->pdf.size());
    }

    void cleanupTestCase() { token::release_font_caches(); }

    void card_refuses_modules_under_half_a_millimetre() {
        const auto qr = token::QrMatrix::encode(samples_[1].token.text, 40);
        CL_QVERIFY_OK(qr);
        // 48 mm of a credit card over more than 96 modules would print them under 0.5 mm.
        if (qr->size() + 2 * token::kQrQuietZone > 96) {
            CL_QCOMPARE_ERROR(token::card_layout(token::CardFormat::id1, *qr),
                              "token.card_too_small");
        } else {
            CL_QVERIFY_OK(token::card_layout(token::CardFormat::id1, *qr));
        }
        const auto huge = token::QrMatrix::encode(std::string(3000, 'A'), 40);
        CL_QVERIFY_OK(huge);
        CL_QCOMPARE_ERROR(token::card_layout(token::CardFormat::a6, *huge), "token.card_too_small");
    }

    void scanner_errors() {
        CL_QCOMPARE_ERROR(token::scan_png(as_bytes("not a png at all, not even close")),
                          "token.image_unreadable");
        // A PNG header claiming 20000 x 20000 pixels is refused before any pixel is allocated.
        Bytes huge = test::unhex("89504e470d0a1a0a0000000d49484452");
        put_u32_be(huge, 20000);
        put_u32_be(huge, 20000);
        append(huge, test::unhex("0806000000"));
        CL_QCOMPARE_ERROR(token::scan_png(huge), "token.image_unreadable");
        // A truncated real PNG.
        const auto qr = token::QrMatrix::encode("CL1:ABC");
        CL_QVERIFY_OK(qr);
        const auto png = token::render_png(*qr);
        CL_QVERIFY_OK(png);
        CL_QCOMPARE_ERROR(token::scan_png(ByteView(*png).first(png->size() / 2)),
                          "token.image_unreadable");
        // A blank page has no QR code.
        token::GreyImage blank{200, 200, Bytes(std::size_t{200} * 200, 255)};
        CL_QCOMPARE_ERROR(token::scan_grey(blank), "token.no_qr_found");
        CL_QCOMPARE_ERROR(token::scan_png_file(dir_ / "missing.png"), "token.image_unreadable");
    }
};

QTEST_GUILESS_MAIN(TestTokenQr)
#include "test_token_qr.moc"
