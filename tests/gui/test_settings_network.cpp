// Settings → Network against a real careledgerd on loopback: a sequencer and one validator
// (quorum 1), started with --init keys like tests/integration/test_network.cpp. A patient made in
// the first-run wizard is pointed at the node by typing into the Settings fields; after the next
// unlock it registers there, grants, syncs, and the Overview shows the verified checkpoint with
// what the sync verified. Bad choices: plain http to another host and a directory without the
// pinned files are refused in Settings; an unreachable node and the wrong pinned files show the
// reason on the Overview and leave the wallet's verified state as it was.
#include "common/error_text.h"
#include "common/time.h"
#include "crypto/hash.h"
#include "daemon_process.h"
#include "ledger_test_support.h"
#include "node/blob_store.h"
#include "node/network_config.h"
#include "patient/overview_page.h"
#include "shell/settings_page.h"
#include "shell/unlock_view.h"
#include "sync/http_client.h"
#include "sync/remote_ledger.h"
#include "test_shell_support.h"
#include "token/triage.h"

#include <QProcess>
#include <QScreen>
#include <QSignalSpy>

using namespace careledger;
using namespace careledger::test;

namespace {

const std::string kOrigin = "gui.test.careledger.org/network";

std::string run_init(const QStringList& args) {
    return run_daemon_once(QStringLiteral(CARELEDGERD), args);
}

// A careledgerd of this test; its URL as the Settings fields take it.
class Node : public DaemonProcess {
public:
    Node() : DaemonProcess(QStringLiteral(CARELEDGERD)) {}
    [[nodiscard]] QString url() const { return QString::fromStdString(DaemonProcess::url()); }
};

// What the wallet's light node holds in its vault: the verified checkpoint's size (0 for none).
std::uint64_t storedCheckpointSize(ui::WalletController& controller) {
    std::uint64_t size = 0;
    bool ran = false;
    controller.requestWork([&](wallet::Wallet*, node::LedgerClient* ledger) {
        if (auto* remote = dynamic_cast<sync::RemoteLedger*>(ledger)) {
            if (auto cp = remote->store().latest_checkpoint(); cp && *cp)
                size = (*cp)->size;
        }
        ran = true;
    });
    for (int waited = 0; !ran && waited < 20000; waited += 20)
        QTest::qWait(20);
    return ran ? size : ~std::uint64_t{0};
}

} // namespace

class TestSettingsNetwork : public QObject {
    Q_OBJECT

    TempDir dir_;
    std::optional<node::NetworkConfig> network_;
    std::unique_ptr<Actor> registrar_;
    std::unique_ptr<Actor> provider_;
    Node validator_;
    Node sequencer_;
    std::unique_ptr<GuiWallet> app_;
    int checked_ = 0;

    QString path(const char* name) const { return QString::fromStdString((dir_ / name).string()); }

    bool post(const Bytes& entry) {
        auto client = sync::HttpClient::create();
        if (!client)
            return false;
        auto r =
            client->post(sequencer_.url().toStdString() + "/add-entry", entry, "application/cbor");
        if (!r || r->status != 200) {
            qWarning("add-entry: %s", r ? to_string(r->body).c_str() : r.error().message.c_str());
            return false;
        }
        return true;
    }

    std::uint64_t published() {
        auto client = sync::HttpClient::create();
        auto r = client->get(sequencer_.url().toStdString() + "/checkpoint");
        if (!r || r->status != 200)
            return 0;
        auto v = network_->verify_checkpoint(to_string(r->body),
                                             static_cast<std::uint64_t>(now_unix()), 3600);
        return v ? v->checkpoint.size : 0;
    }

    ui::SettingsPage* settings() { return app_->window->settingsPage(); }
    QLabel* overviewLabel(const char* name) {
        return child<QLabel>(app_->window->sectionWidget(ui::MainWindow::Section::overview), name);
    }

    // Types a network into Settings the way a person does and presses "Use this network".
    void chooseNetwork(const QString& url, const QString& dir) {
        auto* page = settings();
        app_->window->showSection(ui::MainWindow::Section::settings);
        auto* nodeRadio = child<QRadioButton>(page, "nodeRadio");
        if (!nodeRadio->isChecked())
            QTest::mouseClick(nodeRadio, Qt::LeftButton, {}, QPoint(4, nodeRadio->height() / 2));
        QVERIFY(nodeRadio->isChecked());
        auto* urlEdit = child<QLineEdit>(page, "nodeUrlEdit");
        auto* dirEdit = child<QLineEdit>(page, "networkDirEdit");
        QVERIFY(urlEdit->isEnabled() && dirEdit->isEnabled());
        urlEdit->selectAll();
        QTest::keyClick(urlEdit, Qt::Key_Backspace);
        QTest::keyClicks(urlEdit, url);
        dirEdit->selectAll();
        QTest::keyClick(dirEdit, Qt::Key_Backspace);
        QTest::keyClicks(dirEdit, dir);
        QTest::mouseClick(child<QPushButton>(page, "applyNetworkButton"), Qt::LeftButton);
    }

    QString networkMessage() { return child<QLabel>(settings(), "networkMessage")->text(); }

    void relock() {
        app_->window->lockNow();
        QTRY_VERIFY_WITH_TIMEOUT(!app_->window->isUnlocked(), 10000);
        auto* pass = child<QLineEdit>(app_->window->unlockView(), "unlockPassphrase");
        pass->setFocus();
        QTest::keyClicks(pass, QLatin1String(kGoodPassphrase));
        QTest::keyClick(pass, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(
            app_->window->isUnlocked() ||
                child<QLabel>(app_->window->unlockView(), "unlockError")->isVisible(),
            30000);
        QVERIFY2(app_->window->isUnlocked(),
                 qPrintable(child<QLabel>(app_->window->unlockView(), "unlockError")->text()));
    }

    // Clicks the Overview's "Sync now" until the details show `size` entries (a checkpoint is
    // integrated within about a second of a submission).
    bool syncUntil(std::uint64_t size) {
        app_->window->showSection(ui::MainWindow::Section::overview);
        auto* overview = app_->window->sectionWidget(ui::MainWindow::Section::overview);
        auto* button = child<QPushButton>(overview, "syncButton");
        const QString want =
            ui::patient::OverviewPage::tr("%n entries", "", static_cast<int>(size));
        for (int i = 0; i < 60; ++i) {
            // The sync is done when the worker says it is no longer busy: every answer of that
            // sync (status, grants, counts, alerts) was sent before.
            QSignalSpy busy(app_->controller.get(), &ui::WalletController::busyChanged);
            QTest::mouseClick(button, Qt::LeftButton);
            auto finished = [&] {
                for (const auto& args : busy)
                    if (!args.at(0).toBool())
                        return true;
                return false;
            };
            for (int waited = 0; !finished() && waited < 20000; waited += 20)
                QTest::qWait(20);
            if (!finished())
                return false;
            QCoreApplication::processEvents();
            if (overviewLabel("ledgerDetails")->text().contains(want))
                return true;
            QTest::qWait(250);
        }
        return false;
    }

private slots:
    void initTestCase() {
        QVERIFY(ui::setUpApplication(*qApp).ok());
        QDir().mkpath(QStringLiteral(CARELEDGER_SCREENSHOT_DIR));
        isolateSettings(path("settings"));

        // A sequencer and one validator with --init keys; the policy's quorum is that validator.
        const auto init = run_init({"--init", "--role", "sequencer", "--data", path("sequencer"),
                                    "--origin", QString::fromStdString(kOrigin)});
        const auto log_vkey = line_value(init, "log-vkey");
        QVERIFY(!log_vkey.empty());
        const auto vinit = run_init({"--init", "--role", "validator", "--data", path("validator"),
                                     "--name", QString::fromStdString(kOrigin + "/validator-1")});
        const auto validator_vkey = line_value(vinit, "validator-vkey");
        QVERIFY(!validator_vkey.empty());
        ledger::TrustPolicy trust;
        trust.add_log({log_vkey, ""});
        trust.add_witness({"validator-1", validator_vkey, ""});
        trust.add_group({"validators", 1, {"validator-1"}});
        trust.set_quorum("validators");
        registrar_ = std::make_unique<Actor>(ledger::Role::registrar);
        network_ = node::NetworkConfig::make(kOrigin, {registrar_->key()}, trust).value();
        std::filesystem::create_directories(dir_ / "network");
        CL_QVERIFY_OK(network_->save(dir_ / "network"));

        const int sequencer_port = free_port();
        QVERIFY(sequencer_port > 0);
        const QString sequencer_url = QStringLiteral("http://127.0.0.1:%1").arg(sequencer_port);
        QVERIFY(validator_.start({"--role", "validator", "--listen", "127.0.0.1:0", "--data",
                                  path("validator"), "--network", path("network"), "--sequencer",
                                  sequencer_url}));
        QVERIFY(sequencer_.start({"--role", "sequencer", "--listen",
                                  QStringLiteral("127.0.0.1:%1").arg(sequencer_port), "--data",
                                  path("sequencer"), "--network", path("network"), "--validators",
                                  validator_.url()}));

        // The registrar and a certified provider the patient can grant to.
        provider_ = std::make_unique<Actor>(ledger::Role::provider);
        QVERIFY(post(registrar_->identity_entry(kOrigin)));
        QVERIFY(post(provider_->identity_entry(kOrigin)));
        QVERIFY(post(registrar_->entry(
            ledger::CertifyPayload{provider_->key(), "Dr. Node", "Loopback Clinic", "physician"},
            std::nullopt)));
        QTRY_COMPARE_WITH_TIMEOUT(published(), std::uint64_t{3}, 20000);

        // A patient wallet made in the first-run wizard (on the embedded ledger: the default).
        app_ = std::make_unique<GuiWallet>(path("wallet"), path("ledger"));
        // Until the main window hands the controller to the Settings page itself.
        settings()->setController(app_->controller.get());
        createThroughWizard(*app_, QStringLiteral("Nora"), false);
        app_->window->show();
        QVERIFY(QTest::qWaitForWindowExposed(app_->window.get()));
    }

    void settingsRefuseBadChoices() {
        const auto before = ui::AppSettings::load();
        // Plain http is only for a node on this computer.
        chooseNetwork(QStringLiteral("http://node.example.org:8420"), path("network"));
        QVERIFY(networkMessage().contains(
            ui::errorText(QStringLiteral("gui.node_url_plain_http"), {})));
        // A directory without the pinned files.
        QDir().mkpath(path("empty"));
        chooseNetwork(sequencer_.url(), path("empty"));
        QVERIFY(networkMessage().contains(
            ui::errorText(QStringLiteral("gui.network_files_missing"), {})));
        // Neither was saved.
        QCOMPARE(ui::AppSettings::load().node_url, before.node_url);
        QCOMPARE(ui::AppSettings::load().network_dir, before.network_dir);
        checked_ += 2;
        qInfo("refused in Settings: plain http to another host, a directory without the files");
    }

    void patientOnTheNodeGrantsSyncsAndSeesTheVerifiedCheckpoint() {
        chooseNetwork(sequencer_.url(), path("network"));
        QVERIFY2(networkMessage().contains(sequencer_.url()), qPrintable(networkMessage()));
        QCOMPARE(ui::AppSettings::load().node_url, sequencer_.url());
        QCOMPARE(ui::AppSettings::load().network_dir, path("network"));
        settings()->grab().save(QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/settings_network.png"));
        if (QGuiApplication::platformName() == QLatin1String("xcb")) {
            // Under Xvfb: the whole screen, as a person sees the window.
            app_->window->raise();
            QTest::qWait(300);
            QGuiApplication::primaryScreen()->grabWindow(0).save(
                QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/settings_network_xvfb.png"));
        }

        // It applies at the next unlock: the wallet registers on the node and syncs.
        relock();
        QVERIFY(syncUntil(4)); // registrar, provider, certification, the patient's identity
        const QString details = overviewLabel("ledgerDetails")->text();
        QVERIFY2(details.contains(sequencer_.url()), qPrintable(details));

        // A grant to the certified provider the node's directory lists.
        QSignalSpy done(app_->controller.get(), &ui::WalletController::done);
        wallet::GrantRequest req;
        req.grantee = provider_->key();
        req.categories = {"allergies"};
        req.expiry = static_cast<std::uint64_t>(now_unix()) + 86400;
        app_->controller->requestGrant(req);
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 30000);
        QCOMPARE(done.first().first().toString(), QStringLiteral("grant"));
        QVERIFY(syncUntil(5));

        // The Overview: a verified checkpoint with its cosignature, what the sync verified.
        const QString state = overviewLabel("syncState")->text();
        QVERIFY2(state.startsWith(QStringLiteral("\u2714")), qPrintable(state));
        QVERIFY2(state.contains(QStringLiteral("1 cosignature of the 1 required")),
                 qPrintable(state));
        const QString shown = overviewLabel("ledgerDetails")->text();
        QVERIFY2(shown.contains(QStringLiteral("Last sync from")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("\u2192 5")), qPrintable(shown));
        const auto labels =
            app_->window->sectionWidget(ui::MainWindow::Section::overview)->findChildren<QLabel*>();
        QString countsText;
        for (auto* l : labels)
            if (l->text().contains(QLatin1String("active grant")))
                countsText = l->text();
        // Counted in the English singular.
        QVERIFY2(countsText.startsWith(QStringLiteral("1 active grant\n")), qPrintable(countsText));
        QCOMPARE(storedCheckpointSize(*app_->controller), std::uint64_t{5});
        app_->window->grab().save(QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/overview_node.png"));
        ++checked_;
        qInfo("on the node: checkpoint 5 verified with 1 of 1 cosignatures; %s",
              qPrintable(shown.section(u'\n', -2).replace(u'\n', u' ')));
    }

    // In network mode the sealed emergency summary goes to the node, signed by the patient's key
    // (none in the embedded ledger's directory), and revoking the token deletes it there.
    void emergencySummaryIsStoredOnTheNode() {
        auto* controller = app_->controller.get();
        const std::uint64_t before = storedCheckpointSize(*controller);
        QSignalSpy done(controller, &ui::WalletController::done);
        QSignalSpy issued(controller, &ui::WalletController::tokenIssued);
        token::TriageSet card;
        token::Allergy allergy;
        allergy.substance.text = "Penicillin";
        allergy.criticality = token::Criticality::high;
        card.allergies.push_back(allergy);
        controller->requestCardSave(card);
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 30000);
        QCOMPARE(done.takeFirst().first().toString(), QStringLiteral("card"));
        ui::TokenIssueView what;
        what.lifetime_seconds = 3600;
        controller->requestTokenIssue(what);
        QTRY_VERIFY_WITH_TIMEOUT(!issued.isEmpty(), 30000);
        const auto token = issued.first().first().value<ui::IssuedTokenView>();
        QVERIFY(!token.record.pending);
        QVERIFY(token.record.blob_id.has_value());
        const std::string url = sequencer_.url().toStdString() + "/careledger/v1/blob/" +
                                to_hex(view(*token.record.blob_id));
        auto client = sync::HttpClient::create();
        CL_QVERIFY_OK(client);
        auto stored = client->get(url);
        CL_QVERIFY_OK(stored);
        QCOMPARE(stored->status, 200L);
        QCOMPARE(crypto::sha256(stored->body), *token.record.blob_id);
        QVERIFY(!node::BlobStore::of_ledger(dir_ / "ledger").contains(*token.record.blob_id));

        done.clear();
        controller->requestTokenRevoke(token.record.token_id);
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 30000);
        QCOMPARE(done.takeFirst().first().toString(), QStringLiteral("token_revoke"));
        auto gone = client->get(url);
        CL_QVERIFY_OK(gone);
        QCOMPARE(gone->status, 404L);
        // The wallet holds both entries (issue, revoke) before the next case counts on its state.
        QVERIFY(syncUntil(before + 2));
        ++checked_;
        qInfo("network mode: the emergency summary (%zu bytes) stored on the node, deleted there "
              "when the token was revoked",
              stored->body.size());
    }

    void unreachableNodeKeepsTheVerifiedState() {
        const std::uint64_t held = storedCheckpointSize(*app_->controller);
        QVERIFY(held >= 5);
        chooseNetwork(QStringLiteral("http://127.0.0.1:%1").arg(free_port()), path("network"));
        relock();
        app_->window->showSection(ui::MainWindow::Section::overview);
        const QString reason = ui::errorText(QStringLiteral("http.unreachable"), {});
        QTRY_VERIFY_WITH_TIMEOUT(overviewLabel("syncState")->text().contains(reason), 30000);
        QCOMPARE(storedCheckpointSize(*app_->controller), held);
        app_->window->grab().save(
            QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/overview_node_unreachable.png"));
        ++checked_;
        qInfo("unreachable node: \"%s\", held checkpoint %llu unchanged",
              qPrintable(overviewLabel("syncState")->text()),
              static_cast<unsigned long long>(held));
    }

    void wrongPinnedFilesAreRefused() {
        // The same origin, but another log key and validator: what a wrong policy directory pins.
        const std::uint64_t held = storedCheckpointSize(*app_->controller);
        auto log = tlog::NoteSigner::generate(kOrigin, tlog::kSigTypeEd25519).value();
        auto witness =
            tlog::NoteSigner::generate(kOrigin + "/validator-1", tlog::kSigTypeCosignatureV1)
                .value();
        ledger::TrustPolicy trust;
        trust.add_log({tlog::format_vkey(log.verifier_key()), ""});
        trust.add_witness({"validator-1", tlog::format_vkey(witness.verifier_key()), ""});
        trust.add_group({"validators", 1, {"validator-1"}});
        trust.set_quorum("validators");
        auto other = node::NetworkConfig::make(kOrigin, {registrar_->key()}, trust).value();
        std::filesystem::create_directories(dir_ / "other-network");
        CL_QVERIFY_OK(other.save(dir_ / "other-network"));

        chooseNetwork(sequencer_.url(), path("other-network"));
        QVERIFY2(networkMessage().contains(sequencer_.url()), qPrintable(networkMessage()));
        relock();
        app_->window->showSection(ui::MainWindow::Section::overview);
        QTRY_VERIFY_WITH_TIMEOUT(
            overviewLabel("syncState")->text().contains(QStringLiteral("\u2716")), 30000);
        const QString state = overviewLabel("syncState")->text();
        // The reason names the pinned files (note.* and checkpoint.* codes share that text).
        const QString expected =
            ui::errorText(QStringLiteral("checkpoint.any"), QString()).section(u':', 0, 0);
        QVERIFY2(state.contains(expected), qPrintable(state));
        app_->window->grab().save(
            QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/overview_node_wrong_files.png"));
        // Back to the right files: the verified state is the one held before, and syncs go on.
        chooseNetwork(sequencer_.url(), path("network"));
        relock();
        QCOMPARE(storedCheckpointSize(*app_->controller), held);
        QVERIFY(syncUntil(held));
        ++checked_;
        qInfo("wrong pinned files: \"%s\", held checkpoint %llu unchanged", qPrintable(state),
              static_cast<unsigned long long>(held));
    }

    void cleanupTestCase() {
        app_.reset();
        qInfo("%d network cases checked against a real careledgerd", checked_);
    }
};

QTEST_MAIN(TestSettingsNetwork)
#include "test_settings_network.moc"
