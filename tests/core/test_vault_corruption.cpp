// Damaged vaults (DESIGN §10): 1,000 copies with one random bit flipped (seeded), truncation of
// wallet.db at every page boundary and at odd sizes, and of wallet.header at every length. Each
// copy must fail to open with an error, or open with data identical to the original; never a
// silent difference, never a crash, and a refused copy is never written to.
#include "vault/errors.h"
#include "vault/vault.h"
#include "vault_test_support.h"

#include <map>
#include <random>

using namespace careledger;
using namespace careledger::vault;
using test::cheap_floor;
using test::secret;

namespace {

constexpr std::size_t kPageBytes = 1024; // SQLCipher 3's page size

QString counts_text(const std::map<std::string, int>& counts) {
    QString out;
    for (const auto& [what, n] : counts)
        out += QString(" %1=%2").arg(QString::fromStdString(what)).arg(n);
    return out;
}

} // namespace

class TestVaultCorruption : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        test::init_core();
        auto v = Vault::create(base_.path(), secret("flip me"), test::cheap_kdf(), cheap_floor());
        CL_QVERIFY_OK(v);
        CL_QVERIFY_OK(v->secrets().put("master_secret", crypto::random_secret(16)));
        CL_QVERIFY_OK(v->settings().put("display_name", "Test Patient"));
        CL_QVERIFY_OK(v->database().exec("CREATE TABLE records (id INTEGER PRIMARY KEY, body "
                                         "BLOB NOT NULL, note TEXT);"
                                         "CREATE INDEX records_note ON records (note);"));
        for (int i = 0; i < 120; ++i) {
            auto st = v->database().prepare("INSERT INTO records (body, note) VALUES (?1, ?2)");
            CL_QVERIFY_OK(
                st->bind_blob(1, crypto::random_bytes(static_cast<std::size_t>(50 + 7 * i))));
            CL_QVERIFY_OK(st->bind(2, "note " + std::to_string(i * 31 % 17)));
            CL_QVERIFY_OK(st->run());
        }
        auto dump = test::dump_database(v->database());
        CL_QVERIFY_OK(dump);
        base_dump_ = *dump;
        v->lock();
        header_ = test::read_bytes(base_ / kHeaderFileName);
        db_ = test::read_bytes(base_ / kDatabaseFileName);
        QVERIFY(db_.size() % kPageBytes == 0 && db_.size() >= 40 * kPageBytes);
    }

    void thousand_bit_flips() {
        std::mt19937_64 rng(20261121);
        std::map<std::string, int> outcomes;
        const std::size_t total = header_.size() + db_.size();
        int silent = 0;
        int written_after_refusal = 0;
        for (int i = 0; i < 1000; ++i) {
            test::TempDir work;
            test::copy_files(base_.path(), work.path());
            const std::size_t pos = std::uniform_int_distribution<std::size_t>(0, total - 1)(rng);
            const auto bit = static_cast<std::uint8_t>(1U << (rng() % 8));
            const bool in_header = pos < header_.size();
            const auto file = work / (in_header ? kHeaderFileName : kDatabaseFileName);
            Bytes damaged = in_header ? header_ : db_;
            damaged[in_header ? pos : pos - header_.size()] ^= bit;
            test::write_bytes(file, damaged);

            auto v = Vault::open(work.path(), secret("flip me"), cheap_floor());
            if (!v.ok()) {
                ++outcomes[v.error().code];
                if (test::read_bytes(file) != damaged)
                    ++written_after_refusal;
            } else {
                auto dump = test::dump_database(v->database());
                if (dump.ok() && *dump == base_dump_) {
                    ++outcomes["identical"];
                } else {
                    ++silent;
                    qWarning("flip at %s byte %zu gave different data", in_header ? "header" : "db",
                             in_header ? pos : pos - header_.size());
                }
            }
            QCOMPARE(test::plain_sqlite_files(work.path()), 0);
        }
        qInfo("1000 bit-flipped copies: silent differences=%d, refused copies written=%d;%s",
              silent, written_after_refusal, qPrintable(counts_text(outcomes)));
        QCOMPARE(silent, 0);
        QCOMPARE(written_after_refusal, 0);
        QVERIFY(outcomes[errc::corrupt] > 900); // nearly every flip lands in authenticated bytes
    }

    void truncation_at_every_page_and_odd_sizes() {
        std::vector<std::size_t> sizes;
        for (std::size_t s = 0; s < db_.size(); s += kPageBytes)
            sizes.push_back(s);
        for (std::size_t s : {std::size_t{1}, std::size_t{15}, std::size_t{16}, std::size_t{17},
                              std::size_t{100}, kPageBytes - 1, kPageBytes + 1,
                              2 * kPageBytes + 512, db_.size() - 1, db_.size() - 48})
            sizes.push_back(s);
        std::map<std::string, int> outcomes;
        for (const std::size_t size : sizes) {
            test::TempDir work;
            test::copy_files(base_.path(), work.path());
            const Bytes truncated(db_.begin(), db_.begin() + static_cast<std::ptrdiff_t>(size));
            test::write_bytes(work / kDatabaseFileName, truncated);
            auto v = Vault::open(work.path(), secret("flip me"), cheap_floor());
            if (v.ok()) {
                // Only a cut inside the last page's unauthenticated padding (SQLCipher 3 keeps
                // 12 spare bytes after the IV and HMAC) may leave the data whole.
                QVERIFY2(size % kPageBytes != 0 && size > db_.size() - 12,
                         qPrintable(QString("wallet.db truncated to %1 bytes opened").arg(size)));
                QCOMPARE(*test::dump_database(v->database()), base_dump_);
                ++outcomes["identical"];
                continue;
            }
            ++outcomes[v.error().code];
            const Bytes after = test::read_bytes(work / kDatabaseFileName);
            QVERIFY2(after == truncated, // not written to
                     qPrintable(QString("wallet.db truncated to %1 bytes was written to (%2 bytes "
                                        "after the open, %3)")
                                    .arg(size)
                                    .arg(after.size())
                                    .arg(QString::fromStdString(v.error().message))));
        }
        for (std::size_t size = 0; size < header_.size(); ++size) {
            test::TempDir work;
            test::copy_files(base_.path(), work.path());
            test::write_bytes(work / kHeaderFileName, ByteView(header_).first(size));
            auto v = Vault::open(work.path(), secret("flip me"), cheap_floor());
            QVERIFY2(!v.ok(), qPrintable(QString("header truncated to %1 bytes opened").arg(size)));
            ++outcomes["header:" + v.error().code];
        }
        qInfo(
            "truncations tried: %zu of wallet.db (%zu pages + odd sizes), %zu of wallet.header;%s",
            sizes.size(), db_.size() / kPageBytes, header_.size(),
            qPrintable(counts_text(outcomes)));
    }

private:
    test::TempDir base_;
    std::string base_dump_;
    Bytes header_;
    Bytes db_;
};

QTEST_GUILESS_MAIN(TestVaultCorruption)
#include "test_vault_corruption.moc"
