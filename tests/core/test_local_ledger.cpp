// The embedded ledger: C2SP layout on disk, sequencing through the consent state machine, reopen
// and replay, tamper detection, proofs, and several processes appending to one directory.
#include "common/atomic_file.h"
#include "ledger/cosignature.h"
#include "ledger/tlog_proof.h"
#include "ledger_test_support.h"
#include "node/local_ledger.h"
#include "test_support.h"

#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace careledger;
using careledger::node::LocalLedger;
using careledger::test::Actor;

namespace {

Bytes registrar_entry(LocalLedger& l, ledger::Payload payload) {
    auto reg = l.local_registrar().value();
    ledger::EntryBody body;
    body.author = reg.public_key();
    body.time = static_cast<std::uint64_t>(now_unix());
    body.seq = l.state().last_seq(reg.public_key()).value_or(0) + 1;
    body.payload = std::move(payload);
    return ledger::sign(std::move(body), reg.signing()).value().bytes();
}

void flip_byte(const std::filesystem::path& p, std::size_t offset) {
    std::fstream f(p, std::ios::in | std::ios::out | std::ios::binary);
    f.seekg(static_cast<std::streamoff>(offset));
    char c = 0;
    f.get(c);
    f.seekp(static_cast<std::streamoff>(offset));
    f.put(static_cast<char>(c ^ 0x01));
}

Bytes slurp(const std::filesystem::path& p) {
    return read_file(p, 1 << 24).value();
}

// A provider certified by the local registrar, and a patient who granted it allergies for TREAT.
struct Scenario {
    Actor provider{ledger::Role::provider};
    Actor patient{ledger::Role::patient};
    ledger::EntryId grant_id{};
};

void build_scenario(LocalLedger& l, Scenario& s) {
    const auto& origin = l.network().origin();
    CL_QVERIFY_OK(l.submit(s.provider.identity_entry(origin)));
    CL_QVERIFY_OK(
        l.submit(registrar_entry(l, ledger::CertifyPayload{s.provider.key(), "Dr. Test",
                                                           "Test Hospital", "family-doctor"})));
    CL_QVERIFY_OK(l.submit(s.patient.identity_entry(origin)));
    const auto now = static_cast<std::uint64_t>(now_unix());
    auto grant = l.submit(s.patient.entry(
        ledger::GrantPayload{
            s.provider.key(), {"allergies"}, "TREAT", "view", now, now + 86400, {}},
        s.patient.tag(origin)));
    CL_QVERIFY_OK(grant);
    s.grant_id = grant->id;
}

} // namespace

class TestLocalLedger : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::init_core(); }

    void init_writes_the_c2sp_layout() {
        test::TempDir dir;
        auto l = LocalLedger::init(dir.path(), {});
        CL_QVERIFY_OK(l);
        QCOMPARE(l->checkpoint().size, std::uint64_t{1}); // the local registrar's IDENTITY
        for (const char* f :
             {"checkpoint", "network", "policy", "keys/log.key", "keys/validator.key",
              "keys/registrar.secret", "tile/0/000.p/1", "tile/entries/000.p/1"})
            QVERIFY2(std::filesystem::exists(dir / f), f);
        QCOMPARE(std::filesystem::status(dir / "keys/log.key").permissions() &
                     std::filesystem::perms::all,
                 std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
        // The checkpoint is a c2sp signed note that the network's policy accepts.
        const auto note = to_string(slurp(dir / "checkpoint"));
        auto verified =
            l->network().verify_checkpoint(note, static_cast<std::uint64_t>(now_unix()), 3600);
        CL_QVERIFY_OK(verified);
        QCOMPARE(verified->checkpoint.size, std::uint64_t{1});
        QCOMPARE(verified->cosigners.size(), std::size_t{1});
        CL_QCOMPARE_ERROR(LocalLedger::init(dir.path(), {}), "ledger.exists");
    }

    void sequences_validates_and_replays() {
        test::TempDir dir;
        auto l = LocalLedger::init(dir.path(), {});
        CL_QVERIFY_OK(l);
        Scenario s;
        build_scenario(*l, s);
        const auto& origin = l->network().origin();
        auto access = l->submit(s.provider.entry(
            ledger::AccessPayload{s.grant_id, {"allergies"}, "TREAT"}, s.patient.tag(origin)));
        CL_QVERIFY_OK(access);
        QCOMPARE(l->state().access_count(s.patient.tag(origin)), std::size_t{1});

        // A rejected entry changes nothing: not the state, not a byte on disk.
        const auto before = slurp(dir / "checkpoint");
        CL_QCOMPARE_ERROR(
            l->submit(s.provider.entry(ledger::AccessPayload{s.grant_id, {"labs"}, "TREAT"},
                                       s.patient.tag(origin))),
            "rule.access_categories");
        QCOMPARE(slurp(dir / "checkpoint"), before);
        QCOMPARE(l->checkpoint().size, std::uint64_t{6});

        // A second process's view, rebuilt from the files alone, is identical.
        auto reopened = LocalLedger::open(dir.path());
        CL_QVERIFY_OK(reopened);
        QVERIFY(reopened->state() == l->state());
        QVERIFY(reopened->checkpoint() == l->checkpoint());
        auto report = reopened->verify_all();
        CL_QVERIFY_OK(report);
        QCOMPARE(report->entries, std::uint64_t{6});
        qInfo("replayed and verified %llu entries, %llu tiles",
              static_cast<unsigned long long>(report->entries),
              static_cast<unsigned long long>(report->tiles_checked));
    }

    void proofs_verify_across_tiles() {
        test::TempDir dir;
        auto l = LocalLedger::init(dir.path(), {});
        Actor patient(ledger::Role::patient);
        const auto& origin = l->network().origin();
        CL_QVERIFY_OK(l->submit(patient.identity_entry(origin)));
        // Enough entries to cross two level-0 tiles and fill a level-1 hash.
        std::vector<Bytes> batch;
        for (int i = 0; i < 600; ++i) {
            crypto::Hash32 h{};
            h[0] = static_cast<std::uint8_t>(i);
            h[1] = static_cast<std::uint8_t>(i >> 8);
            batch.push_back(patient.entry(ledger::AnchorPayload{h, "notes"}, patient.tag(origin)));
        }
        for (std::size_t i = 0; i < batch.size(); i += 150) {
            auto results = l->submit_batch(std::span<const Bytes>(batch).subspan(i, 150));
            CL_QVERIFY_OK(results);
            for (const auto& r : *results)
                CL_QVERIFY_OK(r);
        }
        QCOMPARE(l->checkpoint().size, std::uint64_t{602});
        std::size_t checked = 0;
        for (std::uint64_t i = 0; i < l->checkpoint().size; i += 7) {
            auto text = l->proof(i);
            CL_QVERIFY_OK(text);
            auto proof = tlog::parse_tlog_proof(*text);
            CL_QVERIFY_OK(proof);
            const auto leaf = tlog::leaf_hash(l->entry(i).value());
            CL_QVERIFY_OK(tlog::verify_tlog_proof(*proof, leaf, l->network().log_key()));
            // The same proof does not prove a different entry.
            auto other = leaf;
            other[0] ^= 1;
            QVERIFY(!tlog::verify_tlog_proof(*proof, other, l->network().log_key()).ok());
            ++checked;
        }
        CL_QCOMPARE_ERROR(l->proof(602), "ledger.index");
        auto report = l->verify_all();
        CL_QVERIFY_OK(report);
        qInfo("%zu inclusion proofs verified over a 602-entry log; %llu tiles checked", checked,
              static_cast<unsigned long long>(report->tiles_checked));
    }

    void tampering_is_detected() {
        test::TempDir dir;
        {
            auto l = LocalLedger::init(dir.path(), {});
            Scenario s;
            build_scenario(*l, s);
        }
        const auto pristine = dir.path().string() + "-pristine";
        std::filesystem::copy(dir.path(), pristine, std::filesystem::copy_options::recursive);
        auto restore = [&] {
            std::filesystem::remove_all(dir.path());
            std::filesystem::copy(pristine, dir.path(), std::filesystem::copy_options::recursive);
        };
        // An entry's bytes changed: its signature or the root no longer matches.
        flip_byte(dir / "tile/entries/000.p/5", 40);
        auto r1 = LocalLedger::open(dir.path());
        QVERIFY(!r1.ok());
        QVERIFY2(r1.error().code == "ledger.invalid_entry" ||
                     r1.error().code == "ledger.root_mismatch",
                 r1.error().code.c_str());
        restore();
        // The checkpoint's signature is broken.
        const auto cp = slurp(dir / "checkpoint");
        flip_byte(dir / "checkpoint", cp.size() - 10);
        CL_QCOMPARE_ERROR(LocalLedger::open(dir.path()), "ledger.bad_checkpoint");
        restore();
        // A hash tile no longer matches the entries: open trusts entries + checkpoint, verify
        // recomputes the tiles too.
        flip_byte(dir / "tile/0/000.p/5", 3);
        auto l = LocalLedger::open(dir.path());
        CL_QVERIFY_OK(l);
        CL_QCOMPARE_ERROR(l->verify_all(), "ledger.tile_mismatch");
        restore();
        // A different log key in the policy: the checkpoint is not signed by it.
        auto other = LocalLedger::init(dir.path().string() + "-other", {});
        std::filesystem::copy_file(dir.path().string() + "-other/policy", dir / "policy",
                                   std::filesystem::copy_options::overwrite_existing);
        QVERIFY(!LocalLedger::open(dir.path()).ok());
        std::filesystem::remove_all(pristine);
        std::filesystem::remove_all(dir.path().string() + "-other");
    }

    void concurrent_writers_lose_nothing() {
        test::TempDir dir;
        CL_QVERIFY_OK(LocalLedger::init(dir.path(), {}));
        constexpr int kWriters = 4;
        constexpr int kEntries = 40;
        std::vector<pid_t> children;
        for (int w = 0; w < kWriters; ++w) {
            const pid_t pid = fork();
            if (pid == 0) {
                auto l = LocalLedger::open(dir.path());
                if (!l.ok())
                    _exit(10);
                Actor patient(ledger::Role::patient);
                const auto origin = l->network().origin();
                if (!l->submit(patient.identity_entry(origin)).ok())
                    _exit(11);
                for (int i = 0; i < kEntries; ++i) {
                    crypto::Hash32 h{};
                    h[0] = static_cast<std::uint8_t>(i);
                    if (!l->submit(
                              patient.entry(ledger::AnchorPayload{h, "notes"}, patient.tag(origin)))
                             .ok())
                        _exit(12);
                }
                _exit(0);
            }
            children.push_back(pid);
        }
        int failures = 0;
        for (const pid_t pid : children) {
            int status = 0;
            waitpid(pid, &status, 0);
            failures += (WIFEXITED(status) && WEXITSTATUS(status) == 0) ? 0 : 1;
        }
        QCOMPARE(failures, 0);
        auto l = LocalLedger::open(dir.path());
        CL_QVERIFY_OK(l);
        const std::uint64_t expected = 1 + kWriters * (1 + kEntries);
        QCOMPARE(l->checkpoint().size, expected);
        CL_QVERIFY_OK(l->verify_all());
        qInfo("%d processes appended %d entries each concurrently: %llu entries, 0 lost", kWriters,
              kEntries + 1, static_cast<unsigned long long>(l->checkpoint().size));
    }
};

QTEST_GUILESS_MAIN(TestLocalLedger)
#include "test_local_ledger.moc"
