// The vault's life cycle and its guarantees (DESIGN §3-4, §10): create/open/lock/reopen, wrong
// passphrase (files untouched), NFKC, the header's floor and authentication, two instances,
// passphrase change, typed storage, schema fixtures and migrations, backups, the four SQLCipher
// 3.4.1 traps, and the unlock time at production parameters.
#include "crypto/hash.h"
#include "vault/errors.h"
#include "vault/header.h"
#include "vault/schema.h"
#include "vault/transaction.h"
#include "vault/vault.h"
#include "vault_test_support.h"

#include <QProcess>
#include <map>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

using namespace careledger;
using namespace careledger::vault;
using test::cheap_floor;
using test::cheap_kdf;
using test::secret;

namespace {

unsigned mode_of(const std::filesystem::path& p) {
    struct stat st {};
    ::stat(p.c_str(), &st);
    return st.st_mode & 0777U;
}

Vault make_vault(const std::filesystem::path& dir, std::string_view pass = "correct horse") {
    auto v = Vault::create(dir, secret(pass), cheap_kdf(), cheap_floor());
    if (!v.ok())
        qFatal("create failed: %s", v.error().message.c_str());
    return std::move(v).value();
}

// Rewrites the header's checksum after an edit, as a deliberate attacker would.
Bytes with_fixed_checksum(Bytes header) {
    const auto sum = crypto::blake2b_128(ByteView(header).first(kHeaderBytes - 16));
    std::copy(sum.begin(), sum.end(), header.end() - 16);
    return header;
}

QStringList run_helper(const QString& exe, const QStringList& args) {
    QProcess p;
    p.start(exe, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
}

struct Snapshot {
    Bytes header;
    Bytes db;
};

Snapshot snapshot(const std::filesystem::path& dir) {
    return {test::read_bytes(dir / kHeaderFileName), test::read_bytes(dir / kDatabaseFileName)};
}

} // namespace

class TestVault : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::init_core(); }

    // Trap 1, on every file every test left: nothing ever begins with SQLite's plaintext magic.
    void cleanup() {
        for (const auto& t : temps_) {
            for (const auto& entry : std::filesystem::recursive_directory_iterator(t->path())) {
                if (entry.is_regular_file())
                    QVERIFY2(!test::begins_as_plain_sqlite(entry.path()), entry.path().c_str());
                files_checked_ += entry.is_regular_file() ? 1 : 0;
            }
        }
        temps_.clear();
    }

    void cleanupTestCase() {
        qInfo("files checked for a plaintext SQLite header after each test: %d (0 found)",
              files_checked_);
    }

    void create_open_lock_reopen() {
        const std::filesystem::path tmp = temp();
        const auto dir = tmp / "wallet";
        {
            Vault v = make_vault(dir);
            QVERIFY(v.is_open());
            CL_QVERIFY_OK(v.secrets().put("master_secret", secret("0123456789abcdef")));
            CL_QVERIFY_OK(v.settings().put("locale", "de-CH"));
            v.lock();
            QVERIFY(!v.is_open());
            CL_QCOMPARE_ERROR(v.secrets().get("master_secret"), errc::locked);
            CL_QCOMPARE_ERROR(v.settings().put("x", "y"), errc::locked);
            CL_QCOMPARE_ERROR(v.database().exec("SELECT 1"), errc::locked);
            CL_QCOMPARE_ERROR(v.export_backup(tmp / "b", 0), errc::locked);
            CL_QCOMPARE_ERROR(v.change_passphrase(secret("n")), errc::locked);
        }
        auto v = Vault::open(dir, secret("correct horse"), cheap_floor());
        CL_QVERIFY_OK(v);
        auto ms = v->secrets().get("master_secret");
        CL_QVERIFY_OK(ms);
        QVERIFY(ms->equals(as_bytes("0123456789abcdef")));
        QCOMPARE(v->settings().get("locale")->value_or(""), std::string("de-CH"));
        QCOMPARE(v->kdf_params(), cheap_kdf());
        QCOMPARE(*v->database().user_version(), latest_version(migrations()));
        QCOMPARE(*v->database().application_id(), kApplicationId);
        QCOMPARE(*v->database().cipher_version(), std::string("3.4.1"));
        // Private files in a private directory.
        QCOMPARE(mode_of(dir), 0700U);
        QCOMPARE(mode_of(dir / kHeaderFileName), 0600U);
        QCOMPARE(mode_of(dir / kDatabaseFileName), 0600U);
        QCOMPARE(test::read_bytes(dir / kHeaderFileName).size(), kHeaderBytes);
        QVERIFY(Vault::exists(dir));
        QVERIFY(!Vault::exists(tmp / "elsewhere"));
        CL_QCOMPARE_ERROR(Vault::open(tmp / "elsewhere", secret("x"), cheap_floor()),
                          errc::not_found);
        // A second create never overwrites.
        v->lock();
        CL_QCOMPARE_ERROR(Vault::create(dir, secret("other"), cheap_kdf(), cheap_floor()),
                          errc::exists);
    }

    void wrong_passphrase_changes_nothing() {
        const std::filesystem::path tmp = temp();
        make_vault(tmp).lock();
        const Snapshot before = snapshot(tmp);
        for (const char* wrong : {"correct horsE", "correct horse ", "", "x"}) {
            const auto r = Vault::open(tmp, secret(wrong), cheap_floor());
            QVERIFY(!r.ok());
            QVERIFY2(r.error().code == errc::wrong_passphrase ||
                         (std::string_view(wrong).empty() &&
                          r.error().code == "crypto.passphrase_length"),
                     r.error().code.c_str());
        }
        const Snapshot after = snapshot(tmp);
        QCOMPARE(after.header, before.header);
        QCOMPARE(after.db, before.db);
        CL_QVERIFY_OK(Vault::open(tmp, secret("correct horse"), cheap_floor()));
    }

    void nfkc_composed_and_decomposed_open_the_same_vault() {
        const std::filesystem::path tmp = temp();
        make_vault(tmp, "caf\xc3\xa9 cr\xc3\xa8me").lock(); // U+00E9, U+00E8
        CL_QVERIFY_OK(Vault::open(tmp, secret("cafe\xcc\x81 cre\xcc\x80me"), cheap_floor()));
        CL_QCOMPARE_ERROR(Vault::open(tmp, secret("cafe creme"), cheap_floor()),
                          errc::wrong_passphrase);
    }

    void default_floor_is_moderate() {
        const std::filesystem::path tmp = temp();
        // Cheap parameters are refused unless the floor is lowered explicitly.
        CL_QCOMPARE_ERROR(Vault::create(tmp, secret("p"), cheap_kdf()), errc::weak_parameters);
        QVERIFY(!Vault::exists(tmp));
        make_vault(tmp).lock();
        CL_QCOMPARE_ERROR(Vault::open(tmp, secret("correct horse")), errc::weak_parameters);
        CL_QCOMPARE_ERROR(Vault::open(tmp, secret("wrong")), errc::weak_parameters);
    }

    void header_edited_to_weaker_parameters_is_refused() {
        const std::filesystem::path tmp = temp();
        const crypto::KdfParams made_with{2, 131072};
        OpenOptions floor;
        floor.kdf_floor = made_with;
        CL_QVERIFY_OK(Vault::create(tmp, secret("pw"), made_with, floor));
        const Bytes original = test::read_bytes(tmp / kHeaderFileName);

        // Weaker opslimit, then weaker memlimit, checksum recomputed: refused before any KDF.
        for (const auto& [offset, value] : {std::pair{16, 1ULL}, std::pair{24, 64ULL * 1024}}) {
            Bytes edited = original;
            Bytes field;
            put_u64_be(field, value);
            std::copy(field.begin(), field.end(), edited.begin() + offset);
            test::write_bytes(tmp / kHeaderFileName, with_fixed_checksum(edited));
            CL_QCOMPARE_ERROR(Vault::open(tmp, secret("pw"), floor), errc::weak_parameters);
        }
        // Stronger parameters pass the floor but not the authentication of the header.
        Bytes raised = original;
        raised[23] = 3; // opslimit 2 -> 3
        test::write_bytes(tmp / kHeaderFileName, with_fixed_checksum(raised));
        CL_QCOMPARE_ERROR(Vault::open(tmp, secret("pw"), floor), errc::wrong_passphrase);
        // Parameters a hostile header could use to stall the unlock are refused outright.
        Bytes huge = original;
        huge[16] = 0x40;
        test::write_bytes(tmp / kHeaderFileName, with_fixed_checksum(huge));
        CL_QCOMPARE_ERROR(Vault::open(tmp, secret("pw"), floor), errc::bad_parameters);

        test::write_bytes(tmp / kHeaderFileName, original);
        CL_QVERIFY_OK(Vault::open(tmp, secret("pw"), floor));
    }

    // Every bit of the header flipped, both as accidental damage (the checksum catches it before
    // the KDF) and as a deliberate edit with the checksum recomputed (the AEAD catches it).
    void every_header_bit_flip_is_refused() {
        const std::filesystem::path tmp = temp();
        OpenOptions floor;
        floor.kdf_floor = cheap_kdf();
        make_vault(tmp).lock();
        const Bytes original = test::read_bytes(tmp / kHeaderFileName);
        const Bytes db_before = test::read_bytes(tmp / kDatabaseFileName);
        std::map<std::string, int> damaged_codes;
        std::map<std::string, int> edited_codes;
        for (std::size_t bit = 0; bit < original.size() * 8; ++bit) {
            Bytes flipped = original;
            flipped[bit / 8] ^= static_cast<std::uint8_t>(1U << (bit % 8));
            test::write_bytes(tmp / kHeaderFileName, flipped);
            auto r = Vault::open(tmp, secret("correct horse"), floor);
            QVERIFY2(!r.ok(), qPrintable(QString("damaged bit %1 opened").arg(bit)));
            ++damaged_codes[r.error().code];
            if (bit / 8 >= kHeaderBytes - 16)
                continue; // the checksum itself: nothing more to recompute
            test::write_bytes(tmp / kHeaderFileName, with_fixed_checksum(flipped));
            auto e = Vault::open(tmp, secret("correct horse"), floor);
            QVERIFY2(!e.ok(), qPrintable(QString("edited bit %1 opened").arg(bit)));
            ++edited_codes[e.error().code];
        }
        QCOMPARE(test::read_bytes(tmp / kDatabaseFileName), db_before);
        test::write_bytes(tmp / kHeaderFileName, original);
        CL_QVERIFY_OK(Vault::open(tmp, secret("correct horse"), floor));
        QString summary;
        for (const auto& [code, n] : damaged_codes)
            summary += QString(" %1=%2").arg(QString::fromStdString(code)).arg(n);
        summary += " | edited:";
        for (const auto& [code, n] : edited_codes)
            summary += QString(" %1=%2").arg(QString::fromStdString(code)).arg(n);
        qInfo("header bit flips refused: %zu damaged, %zu edited;%s", original.size() * 8,
              (original.size() - 16) * 8, qPrintable(summary));
        QVERIFY(damaged_codes.count(errc::corrupt) > 0);
        QVERIFY(edited_codes.count(errc::wrong_passphrase) > 0);
    }

    void foreign_and_missing_files() {
        const std::filesystem::path tmp = temp();
        make_vault(tmp / "v").lock();
        const auto dir = tmp / "v";
        const Snapshot good = snapshot(dir);
        // A foreign header.
        test::write_bytes(dir / kHeaderFileName, to_bytes("[Desktop Entry]\nName=not a vault\n"));
        CL_QCOMPARE_ERROR(Vault::open(dir, secret("correct horse"), cheap_floor()),
                          errc::not_a_vault);
        test::write_bytes(dir / kHeaderFileName, Bytes(5000, 'A'));
        CL_QCOMPARE_ERROR(Vault::open(dir, secret("correct horse"), cheap_floor()),
                          errc::not_a_vault);
        // A future header version.
        Bytes future = good.header;
        future[11] = 2;
        test::write_bytes(dir / kHeaderFileName, future);
        CL_QCOMPARE_ERROR(Vault::open(dir, secret("correct horse"), cheap_floor()),
                          errc::unsupported_version);
        test::write_bytes(dir / kHeaderFileName, good.header);
        // A foreign database: random bytes, then a plaintext SQLite file.
        test::write_bytes(dir / kDatabaseFileName, crypto::random_bytes(4096));
        CL_QCOMPARE_ERROR(Vault::open(dir, secret("correct horse"), cheap_floor()), errc::corrupt);
        Bytes plain = to_bytes(std::string("SQLite format 3\0", 16));
        plain.resize(1024, 0);
        test::write_bytes(tmp / "plain.db", plain);
        std::filesystem::copy_file(tmp / "plain.db", dir / kDatabaseFileName,
                                   std::filesystem::copy_options::overwrite_existing);
        CL_QCOMPARE_ERROR(Vault::open(dir, secret("correct horse"), cheap_floor()),
                          errc::not_a_vault);
        std::filesystem::remove(dir / kDatabaseFileName);
        CL_QCOMPARE_ERROR(Vault::open(dir, secret("correct horse"), cheap_floor()), errc::corrupt);
        test::write_bytes(dir / kDatabaseFileName, good.db);
        std::filesystem::remove(dir / kHeaderFileName);
        CL_QCOMPARE_ERROR(Vault::open(dir, secret("correct horse"), cheap_floor()), errc::corrupt);
        test::write_bytes(dir / kHeaderFileName, good.header);
        CL_QVERIFY_OK(Vault::open(dir, secret("correct horse"), cheap_floor()));
        std::filesystem::remove(tmp / "plain.db");
    }

    void second_instance_is_refused() {
        const std::filesystem::path tmp = temp();
        Vault first = make_vault(tmp);
        // Same process.
        CL_QCOMPARE_ERROR(Vault::open(tmp, secret("correct horse"), cheap_floor()), errc::in_use);
        CL_QCOMPARE_ERROR(Vault::open(tmp, secret("wrong"), cheap_floor()), errc::in_use);
        // Another process.
        QCOMPARE(run_helper(VAULT_CHILD_EXE,
                            {"open", QString::fromStdString(tmp.string()), "correct horse"}),
                 QStringList{"vault.in_use"});
        first.lock();
        QCOMPARE(run_helper(VAULT_CHILD_EXE,
                            {"open", QString::fromStdString(tmp.string()), "correct horse"}),
                 QStringList{"ok"});
        CL_QVERIFY_OK(Vault::open(tmp, secret("correct horse"), cheap_floor()));
        qInfo("second instance refused in-process and from a second process");
    }

    void change_passphrase_rewraps_without_rekeying() {
        const std::filesystem::path tmp = temp();
        Vault v = make_vault(tmp, "old passphrase");
        CL_QVERIFY_OK(v.settings().put("k", "v"));
        const Snapshot before = snapshot(tmp);
        CL_QVERIFY_OK(v.change_passphrase(secret("new passphrase")));
        const Snapshot after = snapshot(tmp);
        QCOMPARE(after.db, before.db); // the database was not re-keyed or touched
        QVERIFY(after.header != before.header);
        QVERIFY(!std::equal(before.header.begin() + 32, before.header.begin() + 48,
                            after.header.begin() + 32)); // new salt
        // Raising the costs works; lowering below the floor does not.
        OpenOptions strict;
        strict.kdf_floor = cheap_kdf();
        CL_QVERIFY_OK(v.change_passphrase(secret("new passphrase"), crypto::KdfParams{2, 131072}));
        QCOMPARE(v.kdf_params(), (crypto::KdfParams{2, 131072}));
        v.lock();
        auto reopened = Vault::open(tmp, secret("new passphrase"), strict);
        CL_QVERIFY_OK(reopened);
        CL_QCOMPARE_ERROR(reopened->change_passphrase(secret("x"), crypto::KdfParams{1, 8192}),
                          errc::weak_parameters);
        QCOMPARE(reopened->settings().get("k")->value_or(""), std::string("v"));
        reopened->lock();
        CL_QCOMPARE_ERROR(Vault::open(tmp, secret("old passphrase"), strict),
                          errc::wrong_passphrase);
    }

    void secrets_and_settings() {
        const std::filesystem::path tmp = temp();
        Vault v = make_vault(tmp);
        auto secrets = v.secrets();
        const Bytes binary = {0, 1, 0, 255, 0};
        CL_QVERIFY_OK(secrets.put("master_secret", crypto::SecureBuffer::copy_of(binary)));
        CL_QVERIFY_OK(secrets.put("box", secret("b")));
        QVERIFY(secrets.get("master_secret")->equals(binary));
        QVERIFY(*secrets.contains("box"));
        QCOMPARE(*secrets.names(), (std::vector<std::string>{"box", "master_secret"}));
        CL_QVERIFY_OK(secrets.put("box", secret("replaced")));
        QVERIFY(secrets.get("box")->equals(as_bytes("replaced")));
        CL_QVERIFY_OK(secrets.remove("box"));
        CL_QVERIFY_OK(secrets.remove("box"));
        QVERIFY(!*secrets.contains("box"));
        CL_QCOMPARE_ERROR(secrets.get("box"), errc::no_such_secret);
        CL_QCOMPARE_ERROR(secrets.put("", secret("x")), errc::bad_name);
        CL_QCOMPARE_ERROR(secrets.put("has space", secret("x")), errc::bad_name);
        CL_QCOMPARE_ERROR(secrets.put(std::string(129, 'a'), secret("x")), errc::bad_name);
        auto settings = v.settings();
        QVERIFY(!settings.get("theme")->has_value());
        CL_QVERIFY_OK(settings.put("theme", "dark \xe2\x98\xbe"));
        QCOMPARE(settings.get("theme")->value_or(""), std::string("dark \xe2\x98\xbe"));
        CL_QVERIFY_OK(settings.remove("theme"));
        QVERIFY(!settings.get("theme")->has_value());
        // Transactions: rolled back unless committed.
        {
            auto txn = Transaction::begin(v.database());
            CL_QVERIFY_OK(txn);
            CL_QCOMPARE_ERROR(Transaction::begin(v.database()), errc::busy);
            CL_QVERIFY_OK(settings.put("uncommitted", "1"));
        }
        QVERIFY(!settings.get("uncommitted")->has_value());
        {
            auto txn = Transaction::begin(v.database());
            CL_QVERIFY_OK(settings.put("committed", "1"));
            CL_QVERIFY_OK(txn->commit());
        }
        QVERIFY(settings.get("committed")->has_value());
        CL_QCOMPARE_ERROR(v.database().prepare("SELECT 1; SELECT 2"), errc::sql);
    }

    // A vault of every released schema is kept under tests/data/vault/schema-N (made by
    // vault_make_fixture); each must open with this build and reach the latest schema intact.
    void released_schema_fixtures_open_and_upgrade() {
        const std::filesystem::path root = std::filesystem::path(CARELEDGER_TEST_DATA) / "vault";
        int fixtures = 0;
        bool latest_present = false;
        for (const auto& entry : std::filesystem::directory_iterator(root)) {
            if (!entry.is_directory() || entry.path().filename().string().rfind("schema-", 0) != 0)
                continue;
            const auto expected =
                nlohmann::json::parse(to_string(test::read_bytes(entry.path() / "expected.json")));
            const std::filesystem::path tmp = temp();
            test::copy_files(entry.path(), tmp);
            std::filesystem::remove(tmp / "expected.json");
            auto v = Vault::open(tmp, secret(expected.at("passphrase").get<std::string>()),
                                 cheap_floor());
            CL_QVERIFY_OK(v);
            const auto schema = expected.at("schema_version").get<std::int64_t>();
            latest_present = latest_present || schema == latest_version(migrations());
            QCOMPARE(*v->database().user_version(), latest_version(migrations()));
            for (const auto& [name, hex] : expected.at("secrets").items())
                QCOMPARE(to_hex(v->secrets().get(name)->view()), hex.get<std::string>());
            for (const auto& [key, value] : expected.at("settings").items())
                QCOMPARE(v->settings().get(key)->value_or("<missing>"), value.get<std::string>());
            ++fixtures;
        }
        QVERIFY2(latest_present, "no fixture vault for the latest schema: run vault_make_fixture");
        qInfo("schema fixtures opened and upgraded: %d (latest schema %lld)", fixtures,
              static_cast<long long>(latest_version(migrations())));
    }

    // The migration mechanism on a test-only list (the product has one released schema so far):
    // v1 data survives the step to v2; a failing step changes nothing; newer and foreign refused.
    void migrations_step_by_step() {
        const std::filesystem::path tmp = temp();
        const auto key = crypto::random_secret(kDatabaseKeyBytes);
        const auto path = tmp / "m.db";
        static constexpr Migration v1[] = {{1, "test", "CREATE TABLE a (x TEXT);"}};
        static constexpr Migration v2[] = {{1, "test", "CREATE TABLE a (x TEXT);"},
                                           {2, "test",
                                            "ALTER TABLE a ADD COLUMN y INTEGER "
                                            "DEFAULT 7; CREATE TABLE b (z);"}};
        static constexpr Migration broken[] = {
            {1, "test", "CREATE TABLE a (x TEXT);"},
            {2, "test", "ALTER TABLE a ADD COLUMN y INTEGER DEFAULT 7; CREATE TABLE b (z);"},
            {3, "test", "CREATE TABLE c (w); INSERT INTO no_such_table VALUES (1);"}};
        static constexpr Migration gap[] = {{1, "test", "CREATE TABLE a (x TEXT);"},
                                            {3, "test", "CREATE TABLE b (x TEXT);"}};
        {
            auto db = Database::open(path, key, {.create = true, .vfs = {}});
            CL_QVERIFY_OK(db);
            CL_QVERIFY_OK(migrate(*db, v1, FreshDatabase::initialise));
            CL_QVERIFY_OK(db->exec("INSERT INTO a VALUES ('kept');"));
            QCOMPARE(*db->user_version(), std::int64_t{1});
        }
        {
            auto db = Database::open(path, key);
            CL_QVERIFY_OK(db);
            CL_QVERIFY_OK(migrate(*db, v2, FreshDatabase::refuse));
            QCOMPARE(*db->user_version(), std::int64_t{2});
            auto st = db->prepare("SELECT x, y FROM a");
            QVERIFY(*st->step());
            QCOMPARE(st->column_text(0), std::string("kept"));
            QCOMPARE(st->column_int64(1), std::int64_t{7});
        }
        {
            auto db = Database::open(path, key);
            const auto before = test::dump_database(*db);
            CL_QCOMPARE_ERROR(migrate(*db, broken, FreshDatabase::refuse), errc::sql);
            QCOMPARE(*db->user_version(), std::int64_t{2});
            QCOMPARE(*test::dump_database(*db), *before); // table c was rolled back
            CL_QCOMPARE_ERROR(migrate(*db, v1, FreshDatabase::refuse), errc::unsupported_version);
            CL_QCOMPARE_ERROR(migrate(*db, gap, FreshDatabase::refuse), errc::sql);
        }
        {
            const auto other = tmp / "other.db";
            auto db = Database::open(other, key, {.create = true, .vfs = {}});
            CL_QVERIFY_OK(db->exec("CREATE TABLE t (x);"));
            CL_QVERIFY_OK(db->set_application_id(0x12345678));
            CL_QCOMPARE_ERROR(migrate(*db, v1, FreshDatabase::refuse), errc::not_a_vault);
            auto empty = Database::open(tmp / "empty.db", key, {.create = true, .vfs = {}});
            CL_QCOMPARE_ERROR(migrate(*empty, v1, FreshDatabase::refuse), errc::corrupt);
        }
        QCOMPARE(test::plain_sqlite_files(tmp), 0);
        qInfo("test-only migration list: 1 -> 2 kept data; failing step 3 rolled back");
    }

    void backup_round_trip() {
        const std::filesystem::path tmp = temp();
        const auto src = tmp / "src";
        Vault v = make_vault(src, "backup pass");
        CL_QVERIFY_OK(v.secrets().put("master_secret", secret("MARKER-BACKUP-SECRET")));
        CL_QVERIFY_OK(v.settings().put("note", "MARKER-BACKUP-SETTING"));
        CL_QVERIFY_OK(v.database().exec("CREATE TABLE records (body TEXT);"
                                        "INSERT INTO records VALUES ('MARKER-BACKUP-RECORD');"));
        const std::string original_dump = *test::dump_database(v.database());
        const auto file = tmp / "wallet.clbackup";
        const auto before = now_unix();
        CL_QVERIFY_OK(v.export_backup(file, 10));
        CL_QCOMPARE_ERROR(v.export_backup(file, 11), errc::exists); // never overwritten
        QCOMPARE(mode_of(file), 0600U);
        const Bytes bytes = test::read_bytes(file);
        // Trap 3: no plaintext database (sqlite3_backup would have produced one) and no marker.
        QCOMPARE(test::count_occurrences(bytes, std::string_view("SQLite format 3\0", 16)),
                 std::size_t{0});
        for (const char* marker : {"MARKER-BACKUP", "backup pass"})
            QCOMPARE(test::count_occurrences(bytes, marker), std::size_t{0});
        // Only the backup file is left beside it (the export's temp files are gone).
        QCOMPARE(test::files_in(tmp).size(), std::size_t{1});

        // Wrong passphrase: refused, and nothing is written at the destination.
        ImportOptions options{std::nullopt, cheap_floor()};
        CL_QCOMPARE_ERROR(Vault::import_backup(file, secret("wrong"), tmp / "r0", options),
                          errc::wrong_passphrase);
        QVERIFY(!Vault::exists(tmp / "r0"));
        // Never over an existing wallet.
        CL_QCOMPARE_ERROR(Vault::import_backup(file, secret("backup pass"), src, options),
                          errc::exists);

        options.current_ledger_size = 10;
        auto info = Vault::import_backup(file, secret("backup pass"), tmp / "r1", options);
        CL_QVERIFY_OK(info);
        QCOMPARE(info->ledger_size, std::uint64_t{10});
        QVERIFY(!info->older_than_ledger);
        QVERIFY(info->created_at >= before && info->created_at <= now_unix());
        QCOMPARE(info->schema_version, latest_version(migrations()));
        options.current_ledger_size = 12;
        info = Vault::import_backup(file, secret("backup pass"), tmp / "r2", options);
        CL_QVERIFY_OK(info);
        QVERIFY(info->older_than_ledger);

        auto restored = Vault::open(tmp / "r1", secret("backup pass"), cheap_floor());
        CL_QVERIFY_OK(restored);
        QCOMPARE(*test::dump_database(restored->database()), original_dump);

        // After a passphrase change, a new backup opens with the new passphrase only.
        CL_QVERIFY_OK(v.change_passphrase(secret("new backup pass")));
        CL_QVERIFY_OK(v.export_backup(tmp / "second.clbackup", 20));
        CL_QCOMPARE_ERROR(Vault::import_backup(tmp / "second.clbackup", secret("backup pass"),
                                               tmp / "r3", options),
                          errc::wrong_passphrase);
        CL_QVERIFY_OK(Vault::import_backup(tmp / "second.clbackup", secret("new backup pass"),
                                           tmp / "r3", options));

        // Altered backups: flipped bits anywhere, truncation, a foreign file.
        int refused = 0;
        for (std::size_t pos : {std::size_t{20}, std::size_t{200}, bytes.size() / 2,
                                bytes.size() - 30, bytes.size() - 1}) {
            Bytes bad = bytes;
            bad[pos] ^= 0x10;
            test::write_bytes(tmp / "bad.clbackup", bad);
            const auto r = Vault::import_backup(tmp / "bad.clbackup", secret("backup pass"),
                                                tmp / "rbad", options);
            QVERIFY2(!r.ok(), qPrintable(QString("flip at %1 imported").arg(pos)));
            QVERIFY(!Vault::exists(tmp / "rbad"));
            ++refused;
        }
        test::write_bytes(tmp / "bad.clbackup", ByteView(bytes).first(bytes.size() - 100));
        CL_QCOMPARE_ERROR(Vault::import_backup(tmp / "bad.clbackup", secret("backup pass"),
                                               tmp / "rbad", options),
                          errc::corrupt);
        test::write_bytes(tmp / "bad.clbackup", to_bytes("PK\x03\x04 a zip file"));
        CL_QCOMPARE_ERROR(Vault::import_backup(tmp / "bad.clbackup", secret("backup pass"),
                                               tmp / "rbad", options),
                          errc::bad_backup);
        qInfo("backup: %zu bytes, 0 plaintext headers, 0 markers; %d altered copies refused",
              bytes.size(), refused + 2);
    }

    // Trap 1: an empty key would make SQLCipher 3.4.1 write a plaintext database.
    void trap_empty_key_is_refused() {
        const std::filesystem::path tmp = temp();
        CL_QCOMPARE_ERROR(
            Database::open(tmp / "e.db", crypto::SecureBuffer(), {.create = true, .vfs = {}}),
            errc::empty_key);
        CL_QCOMPARE_ERROR(
            Database::open(tmp / "e.db", crypto::random_secret(16), {.create = true, .vfs = {}}),
            errc::empty_key);
        QVERIFY(!std::filesystem::exists(tmp / "e.db"));
        // With a proper key the first write is encrypted from byte 0.
        auto db =
            Database::open(tmp / "k.db", crypto::random_secret(32), {.create = true, .vfs = {}});
        CL_QVERIFY_OK(db);
        CL_QVERIFY_OK(db->exec("CREATE TABLE t (x); INSERT INTO t VALUES ('MARKER-TRAP-ONE');"));
        db->close();
        QVERIFY(!test::begins_as_plain_sqlite(tmp / "k.db"));
        QCOMPARE(test::count_occurrences(test::read_bytes(tmp / "k.db"), "MARKER-TRAP-ONE"),
                 std::size_t{0});
    }

    // Trap 2: a second PRAGMA key (or any cipher re-configuration) on a used connection corrupts
    // the file. No API keys twice, and SQL that tries is refused before it runs.
    void trap_second_key_is_refused_data() {
        QTest::addColumn<QString>("sql");
        for (const char* sql :
             {"PRAGMA key = 'other';", "pragma KEY=\"x'00'\";", "PRAGMA main.key = 'other';",
              "PRAGMA rekey = 'other';", "PRAGMA hexkey = '0011';", "PRAGMA hexrekey = '0011';",
              "PRAGMA cipher_page_size = 4096;", "PRAGMA cipher = 'aes-128-cbc';",
              "PRAGMA cipher_use_hmac = OFF;", "PRAGMA kdf_iter = 1;", "PRAGMA journal_mode = OFF;",
              "PRAGMA synchronous = OFF;", "PRAGMA locking_mode = NORMAL;",
              "PRAGMA writable_schema = 1;", "PRAGMA user_version = 99;",
              "PRAGMA page_size = 4096;", "ATTACH DATABASE 'plain.db' AS p KEY '';",
              "SELECT sqlcipher_export('main');", "SELECT 1; PRAGMA key = 'other';"})
            QTest::newRow(sql) << QString(sql);
    }

    void trap_second_key_is_refused() {
        QFETCH(QString, sql);
        const std::filesystem::path tmp = temp();
        Vault v = make_vault(tmp);
        CL_QVERIFY_OK(v.settings().put("k", "v"));
        const Bytes before = test::read_bytes(tmp / kDatabaseFileName);
        CL_QCOMPARE_ERROR(v.database().exec(sql.toStdString()), errc::forbidden_statement);
        if (!sql.startsWith("SELECT 1;"))
            CL_QCOMPARE_ERROR(v.database().prepare(sql.toStdString()), errc::forbidden_statement);
        QCOMPARE(test::read_bytes(tmp / kDatabaseFileName), before); // nothing was written
        // The connection still works and the file is intact.
        CL_QVERIFY_OK(v.settings().put("after", "1"));
        v.lock();
        QVERIFY(!std::filesystem::exists(tmp / "plain.db"));
        auto reopened = Vault::open(tmp, secret("correct horse"), cheap_floor());
        CL_QVERIFY_OK(reopened);
        QCOMPARE(reopened->settings().get("k")->value_or(""), std::string("v"));
        QCOMPARE(reopened->settings().get("after")->value_or(""), std::string("1"));
    }

    // Trap 4: with the system libsqlite3 linked ahead of SQLCipher, PRAGMA key is silently
    // ignored. The vault must notice (no cipher_version) and refuse to create anything.
    void trap_plain_sqlite_is_refused() {
#ifdef VAULT_PLAIN_PROBE_EXE
        const std::filesystem::path tmp = temp();
        const auto lines =
            run_helper(VAULT_PLAIN_PROBE_EXE, {QString::fromStdString((tmp / "w").string())});
        QCOMPARE(lines.size(), 2);
        // The probe really ran on plain SQLite (else this test would prove nothing).
        QVERIFY2(lines[0].startsWith("sqlite=") && lines[0] != "sqlite=3.15.2",
                 qPrintable(lines[0]));
        QCOMPARE(lines[1], QString("create=") + errc::no_sqlcipher);
        QVERIFY(!Vault::exists(tmp / "w"));
        QCOMPARE(test::plain_sqlite_files(tmp / "w"), 0);
        QVERIFY(!std::filesystem::exists(tmp / "w" / kDatabaseFileName));
        qInfo("plain SQLite %s loaded ahead of SQLCipher: vault refused with %s",
              qPrintable(lines[0].mid(7)), errc::no_sqlcipher);
#else
        QSKIP("the system libsqlite3 is not installed; the probe could not be built");
#endif
    }

    // One create and one open at production parameters (OPSLIMIT/MEMLIMIT_MODERATE).
    void unlock_time_at_production_parameters() {
        const std::filesystem::path tmp = temp();
        {
            auto v = Vault::create(tmp, secret("a real passphrase"));
            CL_QVERIFY_OK(v);
            QCOMPARE(v->kdf_params(), crypto::KdfParams::moderate());
            CL_QVERIFY_OK(v->secrets().put("master_secret", crypto::random_secret(16)));
        }
        auto v = Vault::open(tmp, secret("a real passphrase"));
        CL_QVERIFY_OK(v);
        const auto& t = v->unlock_timing();
        QVERIFY(t.kdf_ms > 0 && t.total_ms >= t.kdf_ms);
        qInfo("unlock at MODERATE: %.0f ms total = Argon2id %.0f ms + the rest %.1f ms "
              "(budget: Argon2id + 100 ms)",
              t.total_ms, t.kdf_ms, t.total_ms - t.kdf_ms);
    }

private:
    // A temp directory that lives until cleanup() has scanned it.
    std::filesystem::path temp() {
        temps_.push_back(std::make_unique<test::TempDir>());
        return temps_.back()->path();
    }
    std::vector<std::unique_ptr<test::TempDir>> temps_;
    int files_checked_ = 0;
};

QTEST_GUILESS_MAIN(TestVault)
#include "test_vault.moc"
