#include "shell/application.h"

#include "crypto/init.h"
#include "shell/wallet_controller.h"

#include <QApplication>
#include <QIcon>

// The icons live in careledger_ui, a static library: its resources must be pulled in by name.
static void initResources() {
    Q_INIT_RESOURCE(careledger);
}

namespace careledger::ui {

Status setUpApplication(QApplication& app) {
    initResources();
    QCoreApplication::setOrganizationName(QStringLiteral("CareLedger"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("careledger.org"));
    QCoreApplication::setApplicationName(QStringLiteral("CareLedger"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARELEDGER_VERSION));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(kAppId));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/careledger.svg")));
    app.setQuitOnLastWindowClosed(true);
    register_controller_types();
    return crypto::initialize();
}

} // namespace careledger::ui
