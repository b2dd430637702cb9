// careledger-cli end to end, as a user or a script drives it: the demo network, a patient wallet,
// grants, a provider reading under a grant, the verified audit, revocation, recovery from the
// phrase and from shares, backups, passphrase changes, proofs and ledger verification — and the
// clear errors for wrong passphrases, tampered ledgers and refused entries.
#include "cli_runner.h"
#include "test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <fstream>

namespace {

using Run = careledger::test::CliRun;

QByteArray slurp(const std::filesystem::path& p) {
    QFile f(QString::fromStdString(p.string()));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

    careledger::test::TempDir home_;
    QString patient_pass_ = "patient passphrase 1";
    QString provider_pass_ = "careledger-demo";

    Run cli(const QStringList& args, const QString& passphrase = {}, const QByteArray& input = {},
            const QMap<QString, QString>& extra_env = {}) {
        return careledger::test::run_cli(home_.path(), args, passphrase, input, extra_env);
    }

    QString provider_wallet(const char* name) {
        return QString::fromStdString((home_ / "data" / "careledger" / "wallets" / name).string());
    }

    // State shared by the ordered test functions below.
    QString ed_key_;
    QString gp_key_;
    QString tag_;
    QString key_id_;
    QString phrase_;
    QString grant_id_;

private slots:
    void demo_network() {
        auto r = cli({"demo"});
        QCOMPARE(r.exit_code, 0);
        const auto providers = r.obj().value("providers").toArray();
        QCOMPARE(providers.size(), 3);
        ed_key_ = providers[0].toObject().value("key_id").toString();
        gp_key_ = providers[1].toObject().value("key_id").toString();
        QCOMPARE(ed_key_.size(), 32);
        auto dir = cli({"directory", "list"});
        QCOMPARE(dir.exit_code, 0);
        QCOMPARE(dir.arr().size(), 3);
        bool found = false;
        for (const auto& p : dir.arr()) {
            if (p.toObject().value("key_id").toString() == ed_key_) {
                QCOMPARE(p.toObject().value("role").toString(), QString("emergency-department"));
                QCOMPARE(p.toObject().value("name").toString(), QString("Dr. Amara Okafor"));
                found = true;
            }
        }
        QVERIFY(found);
        // A second demo on the same ledger is refused, not duplicated.
        QVERIFY(cli({"demo"}).exit_code != 0);
    }

    void create_patient_wallet() {
        auto r = cli({"wallet", "create", "--name", "Alex Example"}, patient_pass_);
        QCOMPARE(r.exit_code, 0);
        const auto o = r.obj();
        phrase_ = o.value("recovery_phrase").toString();
        QCOMPARE(phrase_.split(' ').size(), 20);
        key_id_ = o.value("key_id").toString();
        tag_ = o.value("tag").toString();
        QCOMPARE(tag_.size(), 64);
        QCOMPARE(o.value("role").toString(), QString("patient"));
        QVERIFY(o.value("registered").toBool());
        auto info = cli({"wallet", "info"}, patient_pass_);
        QCOMPARE(info.exit_code, 0);
        QCOMPARE(info.obj().value("key_id").toString(), key_id_);
        QCOMPARE(info.obj().value("public_key").toString().size(), 64);
        QCOMPARE(info.obj().value("tag").toString(), tag_);
        // The phrase is never shown again: info has no recovery field.
        QVERIFY(!info.obj().contains("recovery_phrase"));
        QVERIFY(cli({"wallet", "create"}, patient_pass_).exit_code != 0); // exists
    }

    void wrong_passphrase_changes_nothing() {
        const auto wallet = home_ / "data" / "careledger" / "wallets" / "default";
        const auto header = slurp(wallet / "wallet.header");
        const auto db = slurp(wallet / "wallet.db");
        auto r = cli({"wallet", "info"}, "not my passphrase");
        QVERIFY(r.exit_code != 0);
        QCOMPARE(r.error_code(), QString("vault.wrong_passphrase"));
        QVERIFY(r.err.startsWith("error: "));
        QCOMPARE(r.err.count('\n'), 1); // one line
        QCOMPARE(slurp(wallet / "wallet.header"), header);
        QCOMPARE(slurp(wallet / "wallet.db"), db);
        auto none = cli({"wallet", "info"});
        QVERIFY(none.exit_code != 0); // no tty, no env, no file: a clear error, not a hang
        QCOMPARE(none.error_code(), QString("cli.no_passphrase"));
    }

    void grant_access_audit_revoke() {
        auto g = cli({"grant", "create", "--to", ed_key_, "--categories", "allergies,medications",
                      "--purpose", "TREAT", "--until", "30d"},
                     patient_pass_);
        QCOMPARE(g.exit_code, 0);
        grant_id_ = g.obj().value("grant_id").toString();
        QCOMPARE(grant_id_.size(), 64);
        auto list = cli({"grant", "list"}, patient_pass_);
        QCOMPARE(list.arr().size(), 1);
        const auto grant = list.arr()[0].toObject();
        QCOMPARE(grant.value("status").toString(), QString("active"));
        QCOMPARE(grant.value("grantee").toString(), ed_key_);
        QCOMPARE(grant.value("purpose").toString(), QString("TREAT"));
        QCOMPARE(grant.value("categories").toArray().size(), 2);

        const QStringList as_ed{"--wallet", provider_wallet("demo-emergency")};
        auto read =
            cli(as_ed + QStringList{"access", "record", "--patient", tag_, "--grant", grant_id_,
                                    "--categories", "allergies", "--purpose", "TREAT"},
                provider_pass_);
        QCOMPARE(read.exit_code, 0);
        // Outside the grant: refused with the rule's code, nothing written.
        auto bad = cli(as_ed + QStringList{"access", "record", "--patient", tag_, "--grant",
                                           grant_id_, "--categories", "labs"},
                       provider_pass_);
        QVERIFY(bad.exit_code != 0);
        QCOMPARE(bad.error_code(), QString("rule.access_categories"));
        // Another provider cannot use this grant.
        auto other =
            cli(QStringList{"--wallet", provider_wallet("demo-family-doctor"), "access", "record",
                            "--patient", tag_, "--grant", grant_id_, "--categories", "allergies"},
                provider_pass_);
        QCOMPARE(other.error_code(), QString("rule.access_wrong_reader"));

        auto audit = cli({"audit"}, patient_pass_);
        QCOMPARE(audit.exit_code, 0);
        QCOMPARE(audit.arr().size(), 1);
        const auto ev = audit.arr()[0].toObject();
        QCOMPARE(ev.value("reader").toString(), ed_key_);
        QCOMPARE(ev.value("reader_name").toString(), QString("Dr. Amara Okafor"));
        QCOMPARE(ev.value("basis").toString(), QString("grant"));
        QCOMPARE(ev.value("purpose").toString(), QString("TREAT"));
        QVERIFY(ev.value("verified").toBool());

        auto rev = cli({"grant", "revoke", grant_id_.left(12)}, patient_pass_);
        QCOMPARE(rev.exit_code, 0);
        QCOMPARE(
            cli({"grant", "list"}, patient_pass_).arr()[0].toObject().value("status").toString(),
            QString("revoked"));
        auto after = cli(as_ed + QStringList{"access", "record", "--patient", tag_, "--grant",
                                             grant_id_, "--categories", "allergies"},
                         provider_pass_);
        QCOMPARE(after.error_code(), QString("rule.access_grant_revoked"));
        QCOMPARE(cli({"grant", "revoke", grant_id_}, patient_pass_).error_code(),
                 QString("rule.revoke_already_revoked"));
        // Providers cannot grant.
        QCOMPARE(cli(as_ed + QStringList{"grant", "create", "--to", gp_key_, "--categories", "labs",
                                         "--until", "1d"},
                     provider_pass_)
                     .error_code(),
                 QString("wallet.not_patient"));
        // Bad input gets a clear error.
        QCOMPARE(cli({"grant", "create", "--to", ed_key_, "--categories", "labs", "--until",
                      "2020-13-01"},
                     patient_pass_)
                     .error_code(),
                 QString("time.invalid"));
        QCOMPARE(cli({"grant", "create", "--to", "0123456789abcdef", "--categories", "labs",
                      "--until", "1d"},
                     patient_pass_)
                     .error_code(),
                 QString("wallet.unknown_key"));
        QCOMPARE(cli({"grant", "create", "--to", ed_key_, "--categories", "labs", "--purpose",
                      "MARKETING", "--until", "1d"},
                     patient_pass_)
                     .error_code(),
                 QString("rule.bad_purpose"));
    }

    void ledger_status_proof_verify() {
        auto st = cli({"ledger", "status"});
        QCOMPARE(st.exit_code, 0);
        const auto size = st.obj().value("size").toInteger();
        QVERIFY(size >= 9);
        QVERIFY(st.obj().value("vkey").toString().startsWith(st.obj().value("origin").toString() +
                                                             "+"));
        auto cp = cli({"ledger", "checkpoint"});
        QVERIFY(cp.obj().value("checkpoint").toString().contains("\n\n\u2014 "));
        auto proof = cli({"ledger", "proof", "3"});
        QCOMPARE(proof.exit_code, 0);
        QVERIFY(
            proof.obj().value("proof").toString().startsWith("c2sp.org/tlog-proof@v1\nindex 3\n"));
        QVERIFY(cli({"ledger", "proof", QString::number(size)}).exit_code != 0);
        auto v = cli({"ledger", "verify"});
        QCOMPARE(v.exit_code, 0);
        QCOMPARE(v.obj().value("entries").toInteger(), size);
        qInfo("ledger verify: %lld entries, %lld tiles, %lld signatures",
              static_cast<long long>(v.obj().value("entries").toInteger()),
              static_cast<long long>(v.obj().value("tiles").toInteger()),
              static_cast<long long>(v.obj().value("signatures").toInteger()));
    }

    void tampered_ledger_is_refused() {
        const auto ledger = home_ / "data" / "careledger" / "ledger";
        const auto copy = home_ / "ledger-copy";
        std::filesystem::copy(ledger, copy, std::filesystem::copy_options::recursive);
        const auto tile = copy / "tile" / "0" / "000.p" /
                          std::to_string(cli({"ledger", "status"}).obj().value("size").toInteger());
        {
            std::fstream f(tile, std::ios::in | std::ios::out | std::ios::binary);
            f.seekp(5);
            f.put('\x7f');
        }
        auto v = cli({"--ledger", QString::fromStdString(copy.string()), "ledger", "verify"});
        QCOMPARE(v.exit_code, 3);
        QCOMPARE(v.error_code(), QString("ledger.tile_mismatch"));
    }

    void restore_from_phrase_and_shares() {
        const QString restored = QString::fromStdString((home_ / "restored").string());
        auto r = cli({"--wallet", restored, "wallet", "restore"}, "another passphrase",
                     phrase_.toUtf8() + "\n");
        QCOMPARE(r.exit_code, 0);
        QCOMPARE(r.obj().value("key_id").toString(), key_id_);
        QCOMPARE(r.obj().value("tag").toString(), tag_);
        QVERIFY(!r.obj().value("newly_registered").toBool()); // the ledger knew this key
        // The restored wallet sees the same grants.
        QCOMPARE(cli({"--wallet", restored, "grant", "list"}, "another passphrase").arr().size(),
                 1);
        // A mistyped word is caught by the checksum.
        auto words = phrase_.split(' ');
        words[5] = words[5] == "academic" ? "acid" : "academic";
        auto bad = cli({"--wallet", restored + "-bad", "wallet", "restore"}, "x passphrase",
                       words.join(' ').toUtf8() + "\n");
        QVERIFY(bad.exit_code != 0);
        QVERIFY(bad.error_code().startsWith("slip39."));

        const QString shared = QString::fromStdString((home_ / "shared").string());
        auto s = cli({"--wallet", shared, "wallet", "create", "--shares", "2-of-3"}, "share pass");
        QCOMPARE(s.exit_code, 0);
        const auto shares = s.obj().value("shares").toArray()[0].toArray();
        QCOMPARE(shares.size(), 3);
        const auto shared_id = s.obj().value("key_id").toString();
        const QByteArray two =
            shares[2].toString().toUtf8() + "\n" + shares[0].toString().toUtf8() + "\n";
        auto rs = cli({"--wallet", shared + "-restored", "wallet", "restore"}, "p2", two);
        QCOMPARE(rs.exit_code, 0);
        QCOMPARE(rs.obj().value("key_id").toString(), shared_id);
        auto one = cli({"--wallet", shared + "-one", "wallet", "restore"}, "p3",
                       shares[1].toString().toUtf8() + "\n");
        QCOMPARE(one.error_code(), QString("slip39.insufficient_shares"));
    }

    void backup_and_passphrase_change() {
        const QString backup = QString::fromStdString((home_ / "alex.backup").string());
        QCOMPARE(cli({"wallet", "backup", backup}, patient_pass_).exit_code, 0);
        QVERIFY(cli({"wallet", "backup", backup}, patient_pass_).exit_code !=
                0); // never overwrites
        // The backup holds no plaintext.
        const auto bytes = slurp(backup.toStdString());
        QVERIFY(!bytes.contains("Alex Example"));
        QVERIFY(!bytes.contains("SQLite format 3"));
        const QString target = QString::fromStdString((home_ / "from-backup").string());
        QCOMPARE(cli({"--wallet", target, "wallet", "import-backup", backup}, "wrong").error_code(),
                 QString("vault.wrong_passphrase"));
        auto imp = cli({"--wallet", target, "wallet", "import-backup", backup}, patient_pass_);
        QCOMPARE(imp.exit_code, 0);
        QVERIFY(!imp.obj().value("older_than_ledger").toBool());
        QCOMPARE(cli({"--wallet", target, "wallet", "info"}, patient_pass_)
                     .obj()
                     .value("key_id")
                     .toString(),
                 key_id_);
        // Add an entry, then the same backup is older than the ledger.
        QCOMPARE(cli({"grant", "create", "--to", gp_key_, "--categories", "labs", "--until", "7d"},
                     patient_pass_)
                     .exit_code,
                 0);
        auto old =
            cli({"--wallet", target + "-2", "wallet", "import-backup", backup}, patient_pass_);
        QCOMPARE(old.exit_code, 0);
        QVERIFY(old.obj().value("older_than_ledger").toBool());

        auto pw = cli({"wallet", "passwd"}, patient_pass_, {},
                      {{"CARELEDGER_NEW_PASSPHRASE", "a new passphrase"}});
        QCOMPARE(pw.exit_code, 0);
        QCOMPARE(cli({"wallet", "info"}, patient_pass_).error_code(),
                 QString("vault.wrong_passphrase"));
        QCOMPARE(cli({"wallet", "info"}, "a new passphrase").obj().value("key_id").toString(),
                 key_id_);
        patient_pass_ = "a new passphrase";
    }

    void ledger_init_with_registrar_wallet() {
        const QString reg = QString::fromStdString((home_ / "registrar").string());
        const QString prov = QString::fromStdString((home_ / "prov2").string());
        auto created = cli({"--wallet", reg, "wallet", "create", "--role", "registrar", "--name",
                            "Consortium registrar"},
                           "reg pass");
        QCOMPARE(created.exit_code, 0);
        QVERIFY(!created.obj().value("registered").toBool()); // until a network names it
        // A fresh ledger directory gets the registrar wallet as its registrar.
        const QString led3 = QString::fromStdString((home_ / "net3").string());
        auto init = cli({"--wallet", reg, "--ledger", led3, "ledger", "init", "--origin",
                         "example.org/consent-log"},
                        "reg pass");
        QCOMPARE(init.exit_code, 0);
        QCOMPARE(init.obj().value("origin").toString(), QString("example.org/consent-log"));
        auto p = cli({"--wallet", prov, "--ledger", led3, "wallet", "create", "--role", "provider",
                      "--name", "Dr. New"},
                     "prov pass");
        QCOMPARE(p.exit_code, 0);
        const auto prov_key = p.obj().value("key_id").toString();
        auto cert =
            cli({"--wallet", reg, "--ledger", led3, "provider", "certify", prov_key.left(10),
                 "--name", "Dr. New", "--org", "New Clinic", "--role", "family-doctor"},
                "reg pass");
        QCOMPARE(cert.exit_code, 0);
        auto dir = cli({"--ledger", led3, "directory", "list"});
        QCOMPARE(dir.arr().size(), 1);
        QCOMPARE(dir.arr()[0].toObject().value("name").toString(), QString("Dr. New"));
        // A provider wallet cannot certify.
        QCOMPARE(cli({"--wallet", prov, "--ledger", led3, "provider", "certify", prov_key, "--name",
                      "x", "--org", "y", "--role", "family-doctor"},
                     "prov pass")
                     .error_code(),
                 QString("wallet.not_registrar"));
        QCOMPARE(cli({"--ledger", led3, "ledger", "init"}).error_code(), QString("ledger.exists"));
    }

    void usage_errors() {
        auto r = cli({"grant", "create"});
        QCOMPARE(r.exit_code, 2);
        QCOMPARE(cli({"no-such-command"}).exit_code, 2);
        QProcess v;
        v.start(CARELEDGER_CLI, {"--version"});
        v.waitForFinished();
        QVERIFY(v.readAllStandardOutput().startsWith("careledger-cli "));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
