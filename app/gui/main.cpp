// careledger: the desktop app. Starts on the embedded ledger with no set-up.
//   careledger [--wallet DIR] [--ledger DIR] [--version]
// With CARELEDGER_STARTUP_PROBE=1 it prints "careledger-startup-ms <ms since process start>"
// to stderr when the unlock window first paints, then quits (the start-up benchmark).

#include "common/error_text.h"
#include "common/paths.h"
#include "shell/app_settings.h"
#include "shell/application.h"
#include "shell/main_window.h"
#include "shell/wallet_controller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>
#include <ctime>
#include <string_view>

namespace {

// Milliseconds since the process started (CLOCK_BOOTTIME minus the start time in /proc).
double msSinceProcessStart() {
    FILE* f = std::fopen("/proc/self/stat", "r");
    if (f == nullptr)
        return -1;
    char buf[1024] = {};
    const std::size_t n = std::fread(buf, 1, sizeof(buf) - 1, f);
    std::fclose(f);
    const QByteArray stat(buf, static_cast<qsizetype>(n));
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // Field 22 (starttime) is index 19 after the command name and state.
    if (fields.size() < 20)
        return -1;
    const double start_ticks = fields[19].toDouble();
    timespec ts{};
    clock_gettime(CLOCK_BOOTTIME, &ts);
    const double now_ms =
        static_cast<double>(ts.tv_sec) * 1000.0 + static_cast<double>(ts.tv_nsec) / 1e6;
    return now_ms - start_ticks * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
}

} // namespace

int main(int argc, char** argv) {
    // --version answers without a display, like every command-line tool (an admin's shell over
    // ssh, the package install test), in the same form as careledger-cli and careledgerd.
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--version" || arg == "-v") {
            std::printf("careledger %s\n", CARELEDGER_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    using namespace careledger;
    if (auto s = ui::setUpApplication(app); !s) {
        std::fprintf(stderr, "careledger: %s\n", s.error().message.c_str());
        return 1;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "CareLedger: your health-consent wallet"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption walletOpt(QStringLiteral("wallet"),
                                 QCoreApplication::translate("main", "Wallet directory."),
                                 QStringLiteral("DIR"));
    QCommandLineOption ledgerOpt(QStringLiteral("ledger"),
                                 QCoreApplication::translate("main", "Embedded ledger directory."),
                                 QStringLiteral("DIR"));
    parser.addOption(walletOpt);
    parser.addOption(ledgerOpt);
    parser.process(app);

    const ui::AppSettings settings = ui::AppSettings::load();
    ui::ControllerPaths paths;
    paths.wallet_dir = parser.isSet(walletOpt)
                           ? parser.value(walletOpt)
                           : QString::fromStdString(default_wallet_dir().string());
    paths.ledger_dir = parser.isSet(ledgerOpt)
                           ? parser.value(ledgerOpt)
                           : QString::fromStdString(default_ledger_dir().string());
    paths.node_url = settings.node_url;
    paths.network_dir = settings.network_dir;

    auto* controller = new ui::WalletController(paths);
    controller->startWorker();
    int rc = 0;
    {
        ui::MainWindow window(controller, settings);
        if (qEnvironmentVariableIntValue("CARELEDGER_STARTUP_PROBE") == 1) {
            QObject::connect(&window, &ui::MainWindow::firstPainted, &app, [] {
                std::fprintf(stderr, "careledger-startup-ms %.1f\n", msSinceProcessStart());
                std::fflush(stderr);
                QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            });
            window.show();
            rc = QApplication::exec();
        } else {
            window.show();
            if (window.runFirstRunIfNeeded())
                rc = QApplication::exec();
        }
    }
    delete controller;
    return rc;
}
