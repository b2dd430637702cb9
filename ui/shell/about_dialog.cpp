#include "shell/about_dialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtGlobal>

namespace careledger::ui {

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About CareLedger"));
    setAccessibleName(tr("About CareLedger"));

    auto* title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setText(tr("CareLedger %1").arg(QCoreApplication::applicationVersion()));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    title->setFont(big);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                  Qt::LinksAccessibleByKeyboard);
    text->setOpenExternalLinks(true);
    text->setText(
        tr("A patient-controlled health-consent wallet: your keys stay in an encrypted vault on "
           "this computer, and every grant, revocation and read of your records is a signed, "
           "verified entry on the consent ledger.") +
        QStringLiteral("<p>") + tr("Licensed under the Apache License, version 2.0.") +
        QStringLiteral("<br>") +
        tr("Qt %1 (built with %2)")
            .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)) +
        QStringLiteral("<br><a href=\"https://careledger.org\">careledger.org</a>"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addWidget(buttons);
    const int em = fontMetrics().height();
    setMinimumWidth(em * 28);
}

} // namespace careledger::ui
