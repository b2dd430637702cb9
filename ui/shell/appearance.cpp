#include "shell/appearance.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

namespace careledger::ui {

namespace {

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabled(0x8a, 0x8d, 0x91);
    const QColor highlight(0x3d, 0x8b, 0xd8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

QTranslator*& ourTranslator() {
    static QTranslator* t = nullptr;
    return t;
}
QTranslator*& qtTranslator() {
    static QTranslator* t = nullptr;
    return t;
}

} // namespace

void applyTheme(Theme theme) {
    static const QString platformStyle = QApplication::style()->name();
    static const QPalette platformPalette = QApplication::palette();
    if (theme == Theme::system) {
        QApplication::setStyle(QStyleFactory::create(platformStyle));
        QApplication::setPalette(platformPalette);
        return;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(theme == Theme::dark ? darkPalette()
                                                  : QApplication::style()->standardPalette());
}

QStringList availableLanguages() {
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("es")};
}

QString applyLanguage(const QString& language) {
    QString lang = language;
    if (lang.isEmpty()) {
        lang = QLocale::system().name().section(u'_', 0, 0);
        if (!availableLanguages().contains(lang))
            lang = QStringLiteral("en");
    }
    for (QTranslator** slot : {&ourTranslator(), &qtTranslator()}) {
        if (*slot != nullptr) {
            QCoreApplication::removeTranslator(*slot);
            delete *slot;
            *slot = nullptr;
        }
    }
    auto* ours = new QTranslator(qApp);
    if (ours->load(QStringLiteral(":/i18n/careledger_%1.qm").arg(lang))) {
        QCoreApplication::installTranslator(ours);
        ourTranslator() = ours;
    } else {
        delete ours;
    }
    auto* qt = new QTranslator(qApp);
    if (qt->load(QStringLiteral("qtbase_%1").arg(lang),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        qtTranslator() = qt;
    } else {
        delete qt;
    }
    QLocale::setDefault(QLocale(lang));
    return lang;
}

} // namespace careledger::ui
