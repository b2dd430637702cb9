// Safe writes (core/common/atomic_file): the file is created 0600, and a failure at any step of
// the write leaves the old content or the new one, never a mix, and no temp file behind.
#include "common/atomic_file.h"
#include "test_support.h"
#include "vault_test_support.h"

#include <sys/stat.h>

using namespace careledger;

namespace {

// Fails the Nth call of one step (1-based), as a failing disk would.
class FailNth final : public AtomicWriteFaults {
public:
    FailNth(AtomicWriteStep step, int n) : step_(step), n_(n) {}
    bool fail(AtomicWriteStep step) override {
        if (step != step_)
            return false;
        return ++seen_ == n_;
    }

private:
    AtomicWriteStep step_;
    int n_;
    int seen_ = 0;
};

unsigned mode_of(const std::filesystem::path& p) {
    struct stat st {};
    ::stat(p.c_str(), &st);
    return st.st_mode & 0777U;
}

} // namespace

class TestVaultAtomicFile : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::init_core(); }

    void creates_private_file_even_with_open_umask() {
        test::TempDir dir;
        const mode_t old = ::umask(0);
        const Status st = write_file_atomically(dir / "f", as_bytes("hello"));
        ::umask(old);
        CL_QVERIFY_OK(st);
        QCOMPARE(mode_of(dir / "f"), 0600U);
        QCOMPARE(test::read_bytes(dir / "f"), to_bytes("hello"));
        QCOMPARE(test::files_in(dir.path()).size(), std::size_t{1});
    }

    void replaces_existing_content() {
        test::TempDir dir;
        CL_QVERIFY_OK(write_file_atomically(dir / "f", as_bytes("a much longer old content")));
        CL_QVERIFY_OK(write_file_atomically(dir / "f", as_bytes("new")));
        QCOMPARE(test::read_bytes(dir / "f"), to_bytes("new"));
        QCOMPARE(test::files_in(dir.path()).size(), std::size_t{1});
    }

    void failure_at_each_step_data() {
        QTest::addColumn<int>("step");
        QTest::addColumn<bool>("new_content_expected");
        QTest::newRow("create temp") << int(AtomicWriteStep::create_temp) << false;
        QTest::newRow("write (torn)") << int(AtomicWriteStep::write) << false;
        QTest::newRow("fsync file") << int(AtomicWriteStep::fsync_file) << false;
        QTest::newRow("rename") << int(AtomicWriteStep::rename) << false;
        // The rename happened; only its durability is in doubt: the new file is in place.
        QTest::newRow("fsync directory") << int(AtomicWriteStep::fsync_dir) << true;
    }

    void failure_at_each_step() {
        QFETCH(int, step);
        QFETCH(bool, new_content_expected);
        test::TempDir dir;
        const Bytes old_content(300, 'o');
        const Bytes new_content(5000, 'n');
        CL_QVERIFY_OK(write_file_atomically(dir / "f", old_content));
        FailNth faults(static_cast<AtomicWriteStep>(step), 1);
        CL_QCOMPARE_ERROR(write_file_atomically(dir / "f", new_content, &faults), "io.write");
        QCOMPARE(test::read_bytes(dir / "f"), new_content_expected ? new_content : old_content);
        QCOMPARE(test::files_in(dir.path()).size(), std::size_t{1}); // no temp file left
        // And the next write, without faults, succeeds.
        CL_QVERIFY_OK(write_file_atomically(dir / "f", new_content));
        QCOMPARE(test::read_bytes(dir / "f"), new_content);
        ++steps_tried_;
    }

    void failure_when_target_is_new_leaves_nothing() {
        test::TempDir dir;
        FailNth faults(AtomicWriteStep::rename, 1);
        CL_QCOMPARE_ERROR(write_file_atomically(dir / "f", as_bytes("x"), &faults), "io.write");
        QVERIFY(test::files_in(dir.path()).empty());
    }

    void read_file_limits() {
        test::TempDir dir;
        CL_QVERIFY_OK(write_file_atomically(dir / "f", Bytes(100, 1)));
        CL_QVERIFY_OK(read_file(dir / "f", 100));
        CL_QCOMPARE_ERROR(read_file(dir / "f", 99), "io.too_large");
        CL_QCOMPARE_ERROR(read_file(dir / "missing", 99), "io.not_found");
        CL_QCOMPARE_ERROR(write_file_atomically(dir / "no-such-dir" / "f", as_bytes("x")),
                          "io.write");
    }

    void cleanupTestCase() { qInfo("atomic write failure steps tried: %d of 5", steps_tried_); }

private:
    int steps_tried_ = 0;
};

QTEST_GUILESS_MAIN(TestVaultAtomicFile)
#include "test_vault_atomic_file.moc"
