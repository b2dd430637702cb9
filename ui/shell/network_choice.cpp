#include "shell/network_choice.h"

#include "node/network_config.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QStringList>
#include <QUrl>

namespace careledger::ui {

bool isLoopbackHost(const QString& host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

NetworkChoiceCheck checkNodeUrls(const QString& urls) {
    const QStringList parts = urls.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {QStringLiteral("gui.node_url_missing"), QStringLiteral("enter the node's URL")};
    for (const QString& part : parts) {
        const QUrl url(part.trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return {QStringLiteral("gui.node_url_invalid"),
                    QStringLiteral("not a URL: ") + part.trimmed()};
        const QString scheme = url.scheme().toLower();
        if (scheme == QLatin1String("https"))
            continue;
        if (scheme == QLatin1String("http") && isLoopbackHost(url.host()))
            continue;
        if (scheme == QLatin1String("http"))
            return {QStringLiteral("gui.node_url_plain_http"),
                    QStringLiteral("plain http is only allowed to this computer: ") +
                        part.trimmed()};
        return {QStringLiteral("gui.node_url_invalid"),
                QStringLiteral("a node URL starts with https://: ") + part.trimmed()};
    }
    return {};
}

NetworkChoiceCheck checkNetworkDir(const QString& dir) {
    if (dir.trimmed().isEmpty())
        return {QStringLiteral("gui.network_dir_missing"),
                QStringLiteral("choose the directory of the network and policy files")};
    const QDir d(dir.trimmed());
    if (!QFileInfo(d.filePath(QStringLiteral("network"))).isFile() ||
        !QFileInfo(d.filePath(QStringLiteral("policy"))).isFile())
        return {QStringLiteral("gui.network_files_missing"),
                QStringLiteral("the directory holds no network and policy files: ") + dir};
    // The same parser the light node uses: a file that does not parse is refused now, not at
    // the next unlock.
    auto loaded = node::NetworkConfig::load(std::filesystem::path(dir.trimmed().toStdString()));
    if (!loaded)
        return {QString::fromStdString(loaded.error().code),
                QString::fromStdString(loaded.error().message)};
    return {};
}

NetworkChoiceCheck checkNetworkChoice(const QString& urls, const QString& dir) {
    if (urls.trimmed().isEmpty())
        return {};
    if (auto c = checkNodeUrls(urls); !c.ok())
        return c;
    return checkNetworkDir(dir);
}

} // namespace careledger::ui
