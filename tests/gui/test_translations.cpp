// Translations are complete: every message of the sources (as lupdate extracts them now) is in
// careledger_{de,fr,es}.ts, translated (not unfinished, not vanished or obsolete), with the same
// placeholders (%1…%9, %n, %L1) as its source; the compiled catalogues load from the resource
// and change the window's texts at run time; Qt's own translations load.

#include "shell/app_settings.h"
#include "shell/appearance.h"
#include "shell/application.h"
#include "test_support.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations;
    bool numerus = false;
};

QList<Message> readTs(const QString& path, QString* error) {
    QList<Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                m = Message{};
                m.context = context;
                m.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (inMessage && name == QLatin1String("source")) {
                m.source = xml.readElementText();
            } else if (inMessage && name == QLatin1String("comment")) {
                m.comment = xml.readElementText();
            } else if (inMessage && name == QLatin1String("translation")) {
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus) {
                    m.translations << xml.readElementText();
                }
            } else if (inMessage && name == QLatin1String("numerusform")) {
                m.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            inMessage = false;
            out << m;
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return out;
}

QStringList placeholders(const QString& text) {
    static const QRegularExpression re(QStringLiteral("%L?(\\d|n)"));
    QStringList found;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found << it.next().captured(0).remove(u'L');
    found.sort();
    found.removeDuplicates();
    return found;
}

QString key(const Message& m) {
    return m.context + u'\x1f' + m.source + u'\x1f' + m.comment;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(careledger::ui::setUpApplication(*qApp).ok()); }

    void catalogueIsComplete_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("es") << QStringLiteral("es");
    }

    void catalogueIsComplete() {
        QFETCH(QString, language);
        // What the sources say today, extracted afresh.
        QTemporaryDir tmp;
        const QString fresh = tmp.filePath(QStringLiteral("fresh.ts"));
        const QString lupdate =
            QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
        QProcess p;
        p.start(lupdate,
                {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                 QStringLiteral(CARELEDGER_SOURCE_DIR "/ui"),
                 QStringLiteral(CARELEDGER_SOURCE_DIR "/app/gui"), QStringLiteral("-ts"), fresh});
        QVERIFY2(p.waitForFinished(120000), qPrintable(lupdate));
        QCOMPARE(p.exitCode(), 0);
        QString error;
        const auto current = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(current.size() > 50);

        const auto shipped = readTs(
            QStringLiteral(CARELEDGER_SOURCE_DIR "/translations/careledger_%1.ts").arg(language),
            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QHash<QString, Message> byKey;
        for (const auto& m : shipped)
            byKey.insert(key(m), m);

        QStringList problems;
        for (const auto& m : current) {
            const auto it = byKey.constFind(key(m));
            if (it == byKey.constEnd()) {
                problems << QStringLiteral("missing: %1 \"%2\"").arg(m.context, m.source);
                continue;
            }
            if (!it->type.isEmpty()) {
                problems << QStringLiteral("%1: %2 \"%3\"").arg(it->type, m.context, m.source);
                continue;
            }
            for (const auto& t : it->translations) {
                if (t.trimmed().isEmpty())
                    problems << QStringLiteral("empty: %1 \"%2\"").arg(m.context, m.source);
                else if (placeholders(t) != placeholders(m.source))
                    problems << QStringLiteral("placeholders differ: %1 \"%2\" → \"%3\"")
                                    .arg(m.context, m.source, t);
            }
        }
        for (const auto& p2 : problems)
            qWarning("%s: %s", qPrintable(language), qPrintable(p2));
        qInfo("%s: %lld messages checked, %lld problems", qPrintable(language),
              static_cast<long long>(current.size()), static_cast<long long>(problems.size()));
        QVERIFY(problems.isEmpty());
    }

    void compiledCataloguesLoad_data() { catalogueIsComplete_data(); }

    void compiledCataloguesLoad() {
        QFETCH(QString, language);
        QTranslator t;
        QVERIFY(t.load(QStringLiteral(":/i18n/careledger_%1.qm").arg(language)));
        const QString settings = t.translate("careledger::ui::MainWindow", "Settings");
        QVERIFY(!settings.isEmpty());
        QVERIFY(settings != QLatin1String("Settings"));
        // Qt's own strings (dialog buttons) come from qtbase_xx.
        QTranslator qt;
        QVERIFY2(qt.load(QStringLiteral("qtbase_%1").arg(language),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)),
                 qPrintable(QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
        QVERIFY(!qt.isEmpty());
    }

    void switchingLanguageRetranslates() {
        QCOMPARE(careledger::ui::applyLanguage(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(QCoreApplication::translate("careledger::ui::MainWindow", "Settings"),
                 QStringLiteral("Einstellungen"));
        careledger::ui::applyLanguage(QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("careledger::ui::MainWindow", "Settings"),
                 QStringLiteral("Paramètres"));
        careledger::ui::applyLanguage(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("careledger::ui::MainWindow", "Settings"),
                 QStringLiteral("Settings"));
    }
};

QTEST_MAIN(TestTranslations)
#include "test_translations.moc"
