// Running careledger-cli from the end-to-end suites: in a private home (XDG_DATA_HOME under it),
// with --json (unless asked not to), the passphrase in CARELEDGER_PASSPHRASE (or none), and
// standard input fed in.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStringList>
#include <QtGlobal>
#include <filesystem>

namespace careledger::test {

struct CliRun {
    int exit_code = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QJsonObject obj() const { return QJsonDocument::fromJson(out).object(); }
    [[nodiscard]] QJsonArray arr() const { return QJsonDocument::fromJson(out).array(); }
    [[nodiscard]] QString error_code() const {
        return obj().value("error").toObject().value("code").toString();
    }
};

// `json` false runs without --json: what a person reads.
inline CliRun run_cli(const std::filesystem::path& home, const QStringList& args,
                      const QString& passphrase = {}, const QByteArray& input = {},
                      const QMap<QString, QString>& extra_env = {}, bool json = true) {
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert("XDG_DATA_HOME", QString::fromStdString((home / "data").string()));
    env.insert("HOME", QString::fromStdString(home.string()));
    env.remove("CARELEDGER_PASSPHRASE");
    env.remove("CARELEDGER_PIN");
    if (!passphrase.isNull())
        env.insert("CARELEDGER_PASSPHRASE", passphrase);
    for (auto it = extra_env.begin(); it != extra_env.end(); ++it)
        env.insert(it.key(), it.value());
    p.setProcessEnvironment(env);
    p.start(CARELEDGER_CLI, json ? QStringList{"--json"} + args : args);
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    CliRun r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
             p.readAllStandardError()};
    if (r.exit_code != 0)
        qInfo("careledger-cli %s -> %d: %s", qPrintable(args.join(' ')), r.exit_code,
              r.err.trimmed().constData());
    return r;
}

} // namespace careledger::test
