// Durability (DESIGN §10):
//  - SIGKILL during writes, >= 1,000 times: a child process commits rows and acknowledges each
//    over a pipe; the parent kills it at random moments (during open, hot-journal rollback,
//    writes), reopens, checks integrity and that every acknowledged row is there, whole.
//  - Fault injection: a VFS fails the Nth write or fsync of wallet.db/its journal, once or from
//    then on; the header's atomic write fails at each of its steps. After each failure the vault
//    opens in the old state or the new one, never a mix; a reported success is the new state.
#include "vault/errors.h"
#include "vault/transaction.h"
#include "vault/vault.h"
#include "vault_fault_vfs.h"
#include "vault_kill_payload.h"
#include "vault_test_support.h"

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <random>
#include <sys/wait.h>
#include <unistd.h>

using namespace careledger;
using namespace careledger::vault;
using test::cheap_floor;
using test::secret;

namespace {

constexpr const char* kPass = "durable passphrase";

// The writer child, its stdout on a pipe; acknowledged row ids are parsed as they arrive.
class Writer {
public:
    explicit Writer(const std::filesystem::path& dir) {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            qFatal("pipe failed");
        pid_ = ::fork();
        if (pid_ == 0) {
            ::dup2(fds[1], STDOUT_FILENO);
            const std::string d = dir.string();
            const char* argv[] = {VAULT_CHILD_EXE, "write", d.c_str(), kPass, nullptr};
            ::execv(VAULT_CHILD_EXE, const_cast<char* const*>(argv)); // NOLINT
            ::_exit(127);
        }
        ::close(fds[1]);
        fd_ = fds[0];
        ::fcntl(fd_, F_SETFL, O_NONBLOCK);
    }
    Writer(const Writer&) = delete;
    Writer& operator=(const Writer&) = delete;
    ~Writer() {
        if (fd_ >= 0)
            ::close(fd_);
    }

    // Reads acknowledgements until `deadline` (or until the child's first acknowledgement).
    void run_until(std::chrono::steady_clock::time_point deadline, bool until_first_ack = false) {
        for (;;) {
            if (until_first_ack && max_acked_ > 0)
                return;
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                deadline - std::chrono::steady_clock::now());
            if (left.count() <= 0)
                return;
            pollfd p{fd_, POLLIN, 0};
            if (::poll(&p, 1, static_cast<int>(left.count())) > 0 && !drain())
                return; // EOF: the child exited by itself
        }
    }

    // SIGKILL, reap, and read what it acknowledged before dying. Returns its wait status.
    int kill_and_reap() {
        ::kill(pid_, SIGKILL);
        int status = 0;
        ::waitpid(pid_, &status, 0);
        while (drain()) {
        }
        return status;
    }

    [[nodiscard]] std::int64_t max_acked() const { return max_acked_; }
    [[nodiscard]] const std::string& other_output() const { return other_; }

private:
    // false at EOF.
    bool drain() {
        char buf[4096];
        for (;;) {
            const ssize_t n = ::read(fd_, buf, sizeof buf);
            if (n == 0)
                return false;
            if (n < 0)
                return errno == EAGAIN ? true : errno == EINTR;
            line_.append(buf, static_cast<std::size_t>(n));
            std::size_t nl = 0;
            while ((nl = line_.find('\n')) != std::string::npos) {
                const std::string l = line_.substr(0, nl);
                line_.erase(0, nl + 1);
                if (!l.empty() && l.find_first_not_of("0123456789") == std::string::npos)
                    max_acked_ = std::max<std::int64_t>(max_acked_, std::stoll(l));
                else if (l != "ready")
                    other_ += l + "\n";
            }
        }
    }

    pid_t pid_ = -1;
    int fd_ = -1;
    std::string line_;
    std::string other_;
    std::int64_t max_acked_ = 0;
};

struct Check {
    bool opened = false;
    std::string error;
    std::int64_t rows = 0;
    std::int64_t max_id = 0;
    bool consistent = false;
};

// Opens the vault and checks the rows with id > verified_from in full (payload recomputed), and
// for all rows: contiguous ids, and the last_row setting committed with them.
Check check_vault(const std::filesystem::path& dir, std::int64_t verified_from) {
    Check c;
    auto v = Vault::open(dir, secret(kPass), cheap_floor());
    if (!v.ok()) {
        c.error = v.error().code + ": " + v.error().message;
        return c;
    }
    c.opened = true;
    auto& db = v->database();
    {
        auto st = db.prepare("SELECT count(*), coalesce(max(id), 0) FROM kill_rows");
        if (!st.ok() || !st->step().ok())
            return c;
        c.rows = st->column_int64(0);
        c.max_id = st->column_int64(1);
    }
    const auto last = v->settings().get("last_row");
    const std::string expected_last = c.max_id == 0 ? "" : std::to_string(c.max_id);
    bool ok = c.rows == c.max_id && last.ok() && last->value_or("") == expected_last;
    auto st = db.prepare("SELECT id, payload FROM kill_rows WHERE id > ?1");
    (void)st->bind(1, verified_from);
    for (;;) {
        auto row = st->step();
        if (!row.ok()) {
            ok = false;
            break;
        }
        if (!*row)
            break;
        ok = ok && st->column_blob(1) == test::kill_test_payload(st->column_int64(0));
    }
    c.consistent = ok;
    return c;
}

// The change the fault-injection test makes in one transaction, touching many pages.
Status change_to_state_b(Vault& v) {
    CL_ASSIGN_OR_RETURN(auto txn, Transaction::begin(v.database()));
    CL_TRY(v.settings().put("state", "B"));
    for (int i = 0; i < 60; ++i) {
        CL_ASSIGN_OR_RETURN(auto st, v.database().prepare("INSERT INTO t (body) VALUES (?1)"));
        CL_TRY(st.bind_blob(1, Bytes(800, static_cast<std::uint8_t>(i))));
        CL_TRY(st.run());
    }
    CL_TRY(v.database().exec("DELETE FROM t WHERE id <= 30;"
                             "UPDATE t SET body = zeroblob(300) WHERE id BETWEEN 40 AND 60;"));
    return txn.commit();
}

} // namespace

class TestVaultDurability : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::init_core(); }

    void sigkill_during_writes() {
        test::TempDir tmp;
        {
            auto v = Vault::create(tmp.path(), secret(kPass), test::cheap_kdf(), cheap_floor());
            CL_QVERIFY_OK(v);
            CL_QVERIFY_OK(v->database().exec(
                "CREATE TABLE kill_rows (id INTEGER PRIMARY KEY, payload BLOB NOT NULL);"));
        }
        std::mt19937_64 rng(1121);
        const int kKills = 1000;
        int corrupt = 0;
        std::int64_t lost = 0;
        int before_first_ack = 0;
        int early_kills = 0;
        std::int64_t max_acked = 0;
        std::int64_t verified = 0;
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < kKills; ++i) {
            // One kill in four at 0-30 ms after the start: during process start-up, the open and
            // the rollback of the previous kill's hot journal. The others 0-20 ms after the
            // child's first commit, while it commits row after row: how many commits fit in
            // that window depends on the disk (synchronous=FULL fsyncs several times each).
            const bool early = rng() % 4 == 0;
            Writer w(tmp.path());
            const auto start_of_child = std::chrono::steady_clock::now();
            if (early) {
                w.run_until(
                    start_of_child +
                    std::chrono::microseconds(std::uniform_int_distribution<int>(0, 30000)(rng)));
            } else {
                w.run_until(start_of_child + std::chrono::seconds(20), true);
                w.run_until(
                    std::chrono::steady_clock::now() +
                    std::chrono::microseconds(std::uniform_int_distribution<int>(0, 20000)(rng)));
            }
            early_kills += early ? 1 : 0;
            w.kill_and_reap();
            if (!w.other_output().empty())
                qWarning("writer said: %s", w.other_output().c_str());
            if (w.max_acked() <= max_acked)
                ++before_first_ack;
            max_acked = std::max(max_acked, w.max_acked());

            // Every 100 kills (and at the end) verify every row's payload, not only new ones.
            const bool full = (i + 1) % 100 == 0 || i + 1 == kKills;
            const Check c = check_vault(tmp.path(), full ? 0 : verified);
            if (!c.opened || !c.consistent) {
                ++corrupt;
                qWarning("kill %d: vault %s (%s)", i, c.opened ? "inconsistent" : "did not open",
                         c.error.c_str());
                continue;
            }
            if (c.max_id < max_acked)
                lost += max_acked - c.max_id;
            verified = c.max_id;
        }
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        qInfo("SIGKILL: kills=%d (%d aimed at start-up/open; %d before the child's first new "
              "commit), rows committed=%lld, acknowledged=%lld, corrupt=%d, lost=%lld, %.1f s",
              kKills, early_kills, before_first_ack, static_cast<long long>(verified),
              static_cast<long long>(max_acked), corrupt, static_cast<long long>(lost), seconds);
        // What integrity_check costs at unlock on the database this test grew.
        auto v = Vault::open(tmp.path(), secret(kPass), cheap_floor());
        CL_QVERIFY_OK(v);
        qInfo("unlock of the grown vault (%llu KiB): %.1f ms beyond Argon2id",
              static_cast<unsigned long long>(std::filesystem::file_size(tmp / kDatabaseFileName) /
                                              1024),
              v->unlock_timing().total_ms - v->unlock_timing().kdf_ms);
        QCOMPARE(corrupt, 0);
        QCOMPARE(lost, std::int64_t{0});
        QVERIFY2(max_acked > 500, "too few acknowledged writes for the test to mean much");
        QVERIFY(before_first_ack > 0 && before_first_ack < kKills);
    }

    void failing_write_or_fsync_leaves_old_or_new_state() {
        const char* vfs = test::fault_vfs::install();
        test::TempDir base;
        std::string dump_a;
        std::string dump_b;
        {
            auto v = Vault::create(base.path(), secret(kPass), test::cheap_kdf(), cheap_floor());
            CL_QVERIFY_OK(v);
            CL_QVERIFY_OK(
                v->database().exec("CREATE TABLE t (id INTEGER PRIMARY KEY, body BLOB);"));
            for (int i = 0; i < 100; ++i)
                CL_QVERIFY_OK(v->database().exec("INSERT INTO t (body) VALUES (randomblob(500));"));
            CL_QVERIFY_OK(v->settings().put("state", "A"));
            dump_a = *test::dump_database(v->database());
        }
        {
            test::TempDir work;
            test::copy_files(base.path(), work.path());
            auto v = Vault::open(work.path(), secret(kPass), cheap_floor());
            CL_QVERIFY_OK(change_to_state_b(*v));
            dump_b = *test::dump_database(v->database());
        }
        QVERIFY(dump_a != dump_b);

        int tried = 0;
        int mixed = 0;
        int success_not_new = 0;
        QString per_case;
        using test::fault_vfs::Mode;
        using test::fault_vfs::Op;
        for (const Op op : {Op::write, Op::sync}) {
            for (const Mode mode : {Mode::once, Mode::from_then_on}) {
                int old_state = 0;
                int new_state = 0;
                int n = 1;
                for (;; ++n) {
                    test::TempDir work;
                    test::copy_files(base.path(), work.path());
                    OpenOptions options = cheap_floor();
                    options.sqlite_vfs = vfs;
                    bool succeeded = false;
                    {
                        auto v = Vault::open(work.path(), secret(kPass), options);
                        CL_QVERIFY_OK(v);
                        test::fault_vfs::arm(op, n, mode);
                        succeeded = change_to_state_b(*v).ok();
                        v->lock();
                        test::fault_vfs::disarm();
                    }
                    const bool fired = test::fault_vfs::fired();
                    auto reopened = Vault::open(work.path(), secret(kPass), cheap_floor());
                    CL_QVERIFY_OK(reopened);
                    const std::string dump = *test::dump_database(reopened->database());
                    if (dump == dump_a)
                        ++old_state;
                    else if (dump == dump_b)
                        ++new_state;
                    else
                        ++mixed;
                    if (succeeded && dump != dump_b)
                        ++success_not_new;
                    if (!fired)
                        break; // the change completed before the Nth call: all points covered
                    ++tried;
                }
                per_case += QString(" %1/%2: N=1..%3 (old %4, new %5);")
                                .arg(op == Op::write ? "write" : "fsync")
                                .arg(mode == Mode::once ? "once" : "from-then-on")
                                .arg(n - 1)
                                .arg(old_state)
                                .arg(new_state);
                QVERIFY(n > 3); // the change did make several calls of each kind
            }
        }
        qInfo("VFS fault injection: %d failure points tried, mixed states=%d, success reported "
              "but old state=%d;%s",
              tried, mixed, success_not_new, qPrintable(per_case));
        QCOMPARE(mixed, 0);
        QCOMPARE(success_not_new, 0);
    }

    void failing_header_write_leaves_old_or_new_passphrase() {
        class FailAt final : public AtomicWriteFaults {
        public:
            explicit FailAt(AtomicWriteStep s) : step_(s) {}
            bool fail(AtomicWriteStep step) override { return armed && step == step_; }
            bool armed = false;

        private:
            AtomicWriteStep step_;
        };
        int tried = 0;
        int old_pass = 0;
        int new_pass = 0;
        for (const auto step :
             {AtomicWriteStep::create_temp, AtomicWriteStep::write, AtomicWriteStep::fsync_file,
              AtomicWriteStep::rename, AtomicWriteStep::fsync_dir}) {
            test::TempDir tmp;
            FailAt faults(step);
            OpenOptions options = cheap_floor();
            options.header_write_faults = &faults;
            {
                auto v = Vault::create(tmp.path(), secret("old"), test::cheap_kdf(), options);
                CL_QVERIFY_OK(v);
                CL_QVERIFY_OK(v->settings().put("k", "v"));
                faults.armed = true;
                const Status st = v->change_passphrase(secret("new"));
                CL_QCOMPARE_ERROR(st, errc::io);
            }
            const bool opens_old = Vault::open(tmp.path(), secret("old"), cheap_floor()).ok();
            const bool opens_new = Vault::open(tmp.path(), secret("new"), cheap_floor()).ok();
            QVERIFY2(opens_old != opens_new, "exactly one passphrase must open the vault");
            old_pass += opens_old ? 1 : 0;
            new_pass += opens_new ? 1 : 0;
            for (const auto& f : test::files_in(tmp.path())) // no temp file left
                QVERIFY2(f.filename().string().find(".tmp-") == std::string::npos, f.c_str());
            ++tried;

            // A failing header write during create leaves no vault and nothing to clean up.
            test::TempDir fresh;
            faults.armed = true;
            const auto created =
                Vault::create(fresh / "w", secret("x"), test::cheap_kdf(), options);
            if (step != AtomicWriteStep::fsync_dir) {
                CL_QCOMPARE_ERROR(created, errc::io);
                QVERIFY(!Vault::exists(fresh / "w"));
                QVERIFY(!std::filesystem::exists(fresh / "w" / kDatabaseFileName));
            }
        }
        qInfo("header write failure steps tried: %d (old passphrase kept %d, new in place %d)",
              tried, old_pass, new_pass);
        QCOMPARE(tried, 5);
    }
};

QTEST_GUILESS_MAIN(TestVaultDurability)
#include "test_vault_durability.moc"
