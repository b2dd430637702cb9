// No plaintext secret or health datum in the vault, its journal (caught mid-transaction) or its
// backup (DESIGN §4, §10): marker strings stored as secrets, settings and records are searched
// for, byte by byte, in every file. The same scan finds them where they are readable (control).
#include "vault/transaction.h"
#include "vault/vault.h"
#include "vault_test_support.h"

using namespace careledger;
using namespace careledger::vault;
using test::cheap_floor;
using test::secret;

namespace {

constexpr const char* kPassphrase = "MARKER-PASSPHRASE-3e8a";
const std::vector<std::string> kMarkers = {"MARKER-SECRET-1b7e",     "MARKER-SETTING-5c2d",
                                           "MARKER-RECORD-9a4f",     "MARKER-UPDATE-77c1",
                                           "penicillin anaphylaxis", kPassphrase};

} // namespace

class TestVaultMarkers : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::init_core(); }

    void no_marker_in_vault_journal_or_backup() {
        test::TempDir tmp;
        const auto dir = tmp / "wallet";
        auto v = Vault::create(dir, secret(kPassphrase), test::cheap_kdf(), cheap_floor());
        CL_QVERIFY_OK(v);
        CL_QVERIFY_OK(v->secrets().put("master_secret", secret("MARKER-SECRET-1b7e")));
        CL_QVERIFY_OK(v->settings().put("emergency_note", "MARKER-SETTING-5c2d"));
        CL_QVERIFY_OK(
            v->database().exec("CREATE TABLE records (id INTEGER PRIMARY KEY, body TEXT);"));
        {
            auto txn = Transaction::begin(v->database());
            for (int i = 0; i < 200; ++i) {
                auto st = v->database().prepare("INSERT INTO records (body) VALUES (?1)");
                CL_QVERIFY_OK(st->bind(1, "Allergy " + std::to_string(i) +
                                              ": penicillin anaphylaxis MARKER-RECORD-9a4f"));
                CL_QVERIFY_OK(st->run());
            }
            CL_QVERIFY_OK(txn->commit());
        }
        std::size_t scanned = 0;
        std::size_t hits = 0;
        int files = 0;
        auto scan = [&](const Bytes& bytes, const char* what) {
            for (const auto& m : kMarkers) {
                const std::size_t n = test::count_occurrences(bytes, m);
                if (n > 0)
                    qWarning("%zu x '%s' in %s", n, m.c_str(), what);
                hits += n;
            }
            scanned += bytes.size();
            ++files;
        };

        // Mid-transaction: the journal holds the before-images of every page being changed.
        {
            auto txn = Transaction::begin(v->database());
            CL_QVERIFY_OK(
                v->database().exec("UPDATE records SET body = 'MARKER-UPDATE-77c1 ' || body;"
                                   "DELETE FROM secrets; DELETE FROM settings;"));
            const Bytes journal = test::read_bytes(dir / "wallet.db-journal");
            QVERIFY2(journal.size() > std::size_t{10240},
                     "the journal was not caught mid-transaction");
            scan(journal, "journal (mid-transaction)");
            scan(test::read_bytes(dir / kDatabaseFileName), "wallet.db (mid-transaction)");
            CL_QVERIFY_OK(txn->rollback());
        }
        // Control: the markers are really stored (and the scan finds them where they are).
        QVERIFY(v->secrets().get("master_secret")->equals(as_bytes("MARKER-SECRET-1b7e")));
        QCOMPARE(v->settings().get("emergency_note")->value_or(""),
                 std::string("MARKER-SETTING-5c2d"));
        {
            auto st = v->database().prepare("SELECT group_concat(body) FROM records");
            QVERIFY(*st->step());
            QCOMPARE(test::count_occurrences(as_bytes(st->column_text(0)), "MARKER-RECORD-9a4f"),
                     std::size_t{200});
        }
        const auto backup = tmp / "wallet.clbackup";
        CL_QVERIFY_OK(v->export_backup(backup, 1));
        scan(test::read_bytes(backup), "backup");
        v->lock();
        for (const auto& f : test::files_in(dir))
            scan(test::read_bytes(f), f.filename().c_str());
        qInfo("marker scan: %zu markers, %d files, %zu bytes scanned, %zu hits", kMarkers.size(),
              files, scanned, hits);
        QCOMPARE(hits, std::size_t{0});
    }
};

QTEST_GUILESS_MAIN(TestVaultMarkers)
#include "test_vault_markers.moc"
