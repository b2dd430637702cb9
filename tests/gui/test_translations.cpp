// Translations are complete: every message of the sources (as lupdate extracts them now) is in
// careledger_{de,fr,es}.ts, translated (not unfinished, not vanished or obsolete), with the same
// placeholders (%1…%9, %n, %L1) as its source; the compiled catalogues load from the resource
// and change the window's texts at run time; Qt's own translations load. Plural messages
// (tr(..., n)) have their English singular and plural, and a count of 1 and of 2 reads right in
// every language.

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

// The messages the sources hold today, extracted afresh with lupdate.
QList<Message> extractFresh(QString* error) {
    QTemporaryDir tmp;
    const QString fresh = tmp.filePath(QStringLiteral("fresh.ts"));
    const QString lupdate =
        QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate");
    QProcess p;
    p.start(lupdate,
            {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
             QStringLiteral(CARELEDGER_SOURCE_DIR "/ui"),
             QStringLiteral(CARELEDGER_SOURCE_DIR "/app/gui"), QStringLiteral("-ts"), fresh});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        *error = lupdate + QStringLiteral(" failed");
        return {};
    }
    return readTs(fresh, error);
}

// An English source that reads as a plural ("%n tokens", "second(s)"): its singular must differ.
bool hasEnglishPlural(const QString& source) {
    static const QRegularExpression re(
        QStringLiteral("\\(s\\)|%n (?:[A-Za-z]+ ){0,3}[A-Za-z]+s\\b"));
    return re.match(source).hasMatch();
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

    // Every plural message has its English singular and plural: "1 active emergency token".
    void englishPluralsHaveTheirForms() {
        QString error;
        const auto current = extractFresh(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto shipped =
            readTs(QStringLiteral(CARELEDGER_SOURCE_DIR "/translations/careledger_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QHash<QString, Message> byKey;
        for (const auto& m : shipped)
            byKey.insert(key(m), m);
        QStringList problems;
        int plurals = 0;
        for (const auto& m : current) {
            if (!m.numerus)
                continue;
            ++plurals;
            const auto it = byKey.constFind(key(m));
            if (it == byKey.constEnd() || !it->numerus) {
                problems << QStringLiteral("missing: %1 \"%2\"").arg(m.context, m.source);
                continue;
            }
            const QStringList& forms = it->translations;
            if (!it->type.isEmpty() || forms.size() != 2 || forms[0].trimmed().isEmpty() ||
                forms[1].trimmed().isEmpty()) {
                problems
                    << QStringLiteral("no singular and plural: %1 \"%2\"").arg(m.context, m.source);
                continue;
            }
            if (hasEnglishPlural(m.source) &&
                (forms[0] == forms[1] || forms[0].contains(QLatin1String("(s)"))))
                problems << QStringLiteral("singular is the plural: %1 \"%2\" → \"%3\"")
                                .arg(m.context, m.source, forms[0]);
            for (const auto& f : forms)
                if (placeholders(f) != placeholders(m.source))
                    problems
                        << QStringLiteral("placeholders differ: \"%1\" → \"%2\"").arg(m.source, f);
        }
        for (const auto& p : problems)
            qWarning("en: %s", qPrintable(p));
        qInfo("en: %d plural messages checked, %lld problems", plurals,
              static_cast<long long>(problems.size()));
        QVERIFY(plurals >= 10);
        QVERIFY(problems.isEmpty());
    }

    void countsOfOneAndTwoReadRight_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("oneToken");
        QTest::addColumn<QString>("twoTokens");
        QTest::addColumn<QString>("oneGrant");
        QTest::addColumn<QString>("twoGrants");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("1 active emergency token")
                            << QStringLiteral("2 active emergency tokens")
                            << QStringLiteral("1 active grant")
                            << QStringLiteral("2 active grants");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("1 aktives Notfall-Token")
                            << QStringLiteral("2 aktive Notfall-Token")
                            << QStringLiteral("1 aktive Freigabe")
                            << QStringLiteral("2 aktive Freigaben");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("1 jeton d'urgence actif")
                            << QStringLiteral("2 jetons d'urgence actifs")
                            << QStringLiteral("1 autorisation active")
                            << QStringLiteral("2 autorisations actives");
        QTest::newRow("es") << QStringLiteral("es")
                            << QStringLiteral("1 token de emergencia activo")
                            << QStringLiteral("2 tokens de emergencia activos")
                            << QStringLiteral("1 autorización activa")
                            << QStringLiteral("2 autorizaciones activas");
    }

    // The compiled catalogues render counts as a reader expects, for two messages by name and
    // for every plural message: "%n" filled in, the English singular not the plural.
    void countsOfOneAndTwoReadRight() {
        QFETCH(QString, language);
        QFETCH(QString, oneToken);
        QFETCH(QString, twoTokens);
        QFETCH(QString, oneGrant);
        QFETCH(QString, twoGrants);
        QCOMPARE(careledger::ui::applyLanguage(language), language);
        const char* overview = "careledger::ui::patient::OverviewPage";
        QCOMPARE(QCoreApplication::translate(overview, "%n active emergency tokens", "", 1),
                 oneToken);
        QCOMPARE(QCoreApplication::translate(overview, "%n active emergency tokens", "", 2),
                 twoTokens);
        QCOMPARE(QCoreApplication::translate(overview, "%n active grants", "", 1), oneGrant);
        QCOMPARE(QCoreApplication::translate(overview, "%n active grants", "", 2), twoGrants);

        QString error;
        const auto current = extractFresh(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        int rendered = 0;
        for (const auto& m : current) {
            if (!m.numerus)
                continue;
            const QByteArray context = m.context.toUtf8();
            const QByteArray source = m.source.toUtf8();
            const QByteArray comment = m.comment.toUtf8();
            const QString one = QCoreApplication::translate(context.constData(), source.constData(),
                                                            comment.constData(), 1);
            const QString two = QCoreApplication::translate(context.constData(), source.constData(),
                                                            comment.constData(), 2);
            rendered += 2;
            if (one.contains(QLatin1String("%n")) || !one.contains(u'1') || !two.contains(u'2'))
                problems << QStringLiteral("\"%1\" / \"%2\"").arg(one, two);
            if (language != QLatin1String("en") && (one == m.source || two == m.source))
                problems << QStringLiteral("untranslated: \"%1\"").arg(m.source);
            if (language == QLatin1String("en") && hasEnglishPlural(m.source) &&
                QString(one).replace(u'1', u'2') == two)
                problems << QStringLiteral("1 reads as a plural: \"%1\"").arg(one);
        }
        careledger::ui::applyLanguage(QStringLiteral("en"));
        for (const auto& p : problems)
            qWarning("%s: %s", qPrintable(language), qPrintable(p));
        qInfo("%s: %d plural renderings (counts 1 and 2) checked", qPrintable(language), rendered);
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
