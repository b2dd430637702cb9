// The validator (c2sp.org/tlog-witness add-checkpoint): it follows a real log (a LocalLedger's
// directory) across checkpoints, mirroring and re-validating each new range, and refuses —
// with its own code, HTTP status and an untouched mirror — a checkpoint by another key, a wrong
// old size, a bad consistency proof, a tampered tile or bundle, an entry that breaks a rule
// behind consistent hashes, an index line that does not match, and a damaged mirror on restart.
#include "common/atomic_file.h"
#include "common/time.h"
#include "ledger/checkpoint.h"
#include "ledger/cosignature.h"
#include "ledger/patient_index.h"
#include "ledger/tlog_witness.h"
#include "ledger_test_support.h"
#include "node/http_tile_fetcher.h"
#include "node/local_ledger.h"
#include "node/validator.h"
#include "test_support.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <httplib.h>
#include <map>
#include <set>
#include <thread>

using namespace careledger;
using careledger::node::LocalLedger;
using careledger::node::Validator;
using careledger::test::Actor;

namespace fs = std::filesystem;

namespace {

Bytes slurp(const fs::path& p) {
    return read_file(p, std::size_t{1} << 24).value();
}

// Every file of a directory (but the lock), to prove a refusal wrote nothing.
std::map<std::string, Bytes> snapshot(const fs::path& dir) {
    std::map<std::string, Bytes> files;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file() && e.path().filename() != "lock")
            files[fs::relative(e.path(), dir).string()] = slurp(e.path());
    return files;
}

void flip_byte(const fs::path& p, std::size_t offset) {
    std::fstream f(p, std::ios::in | std::ios::out | std::ios::binary);
    f.seekg(static_cast<std::streamoff>(offset));
    char c = 0;
    f.get(c);
    f.seekp(static_cast<std::streamoff>(offset));
    f.put(static_cast<char>(c ^ 0x01));
}

tlog::NoteSigner log_signer(const fs::path& ledger_dir) {
    return tlog::NoteSigner::parse_private_key(slurp(ledger_dir / "keys" / "log.key")).value();
}

// The log's side: a LocalLedger with a provider, a patient and a grant, and helpers that add
// entries and write the add-checkpoint request a sequencer would send.
struct Log {
    test::TempDir dir;
    std::optional<LocalLedger> ledger;
    Actor provider{ledger::Role::provider};
    Actor patient{ledger::Role::patient};
    ledger::EntryId grant_id{};

    void init() {
        ledger.emplace(LocalLedger::init(dir.path(), {}).value());
        auto& l = *ledger;
        const auto& origin = l.network().origin();
        auto reg = l.local_registrar().value();
        ledger::EntryBody body;
        body.author = reg.public_key();
        body.time = static_cast<std::uint64_t>(now_unix());
        body.seq = l.state().last_seq(reg.public_key()).value_or(0) + 1;
        body.payload =
            ledger::CertifyPayload{provider.key(), "Dr. Test", "Test Hospital", "family-doctor"};
        CL_QVERIFY_OK(l.submit(provider.identity_entry(origin)));
        CL_QVERIFY_OK(l.submit(ledger::sign(std::move(body), reg.signing()).value().bytes()));
        CL_QVERIFY_OK(l.submit(patient.identity_entry(origin)));
        const auto now = static_cast<std::uint64_t>(now_unix());
        auto grant = l.submit(patient.entry(
            ledger::GrantPayload{
                provider.key(), {"allergies"}, "TREAT", "view", now, now + 86400, {}},
            patient.tag(origin)));
        CL_QVERIFY_OK(grant);
        grant_id = grant->id;
    }
    [[nodiscard]] const std::string& origin() const { return ledger->network().origin(); }
    Bytes access_entry() {
        return provider.entry(ledger::AccessPayload{grant_id, {"allergies"}, "TREAT"},
                              patient.tag(origin()));
    }
    // n valid entries in one batch (one checkpoint).
    void append(std::size_t n) {
        std::vector<Bytes> batch;
        for (std::size_t i = 0; i < n; ++i)
            batch.push_back(access_entry());
        auto results = ledger->submit_batch(batch);
        CL_QVERIFY_OK(results);
        for (const auto& r : *results)
            CL_QVERIFY_OK(r);
    }
};

// The checkpoint of a tree held in `tiles_dir`, signed by `signer`, with `extensions`.
std::string sign_tree(const fs::path& tiles_dir, std::uint64_t size, const std::string& origin,
                      const tlog::NoteSigner& signer, std::vector<std::string> extensions) {
    node::DirectoryTiles tiles(tiles_dir);
    tlog::TileHashSource source(size, tiles);
    tlog::Checkpoint cp{origin, size, tlog::root(size, source).value(), std::move(extensions)};
    return tlog::sign_checkpoint(cp, signer).value();
}

// The add-checkpoint body for a checkpoint `note` of the tree in `tiles_dir`.
std::string request_body(const fs::path& tiles_dir, std::uint64_t old_size,
                         const std::string& note) {
    const auto cp = tlog::parse_checkpoint(tlog::parse_note(note).value().text).value();
    node::DirectoryTiles tiles(tiles_dir);
    tlog::TileHashSource source(cp.size, tiles);
    tlog::AddCheckpointRequest req{
        old_size, tlog::consistency_proof(old_size, cp.size, source).value(), note};
    return tlog::format_add_checkpoint(req).value();
}

// The extension line of the per-patient index over the first `size` entries of a log of
// `tree_size` entries (bundles are read at the widths the log wrote), computed here with
// ledger::PatientIndex directly as a sequencer would.
std::vector<std::string> index_lines(const fs::path& tiles_dir, std::uint64_t size,
                                     std::uint64_t tree_size = 0) {
    tree_size = std::max(tree_size, size);
    node::DirectoryTiles tiles(tiles_dir);
    ledger::PatientIndex index;
    std::uint64_t at = 0;
    for (std::uint64_t n = 0; n * tlog::kTileWidth < size; ++n) {
        const auto width = static_cast<unsigned>(
            std::min<std::uint64_t>(tlog::kTileWidth, tree_size - n * tlog::kTileWidth));
        const auto bundle =
            tlog::parse_entry_bundle(tiles.read_entries(n, width).value(), width).value();
        for (const auto& e : bundle) {
            if (at == size)
                break;
            const auto entry = ledger::decode_entry_unverified(e).value();
            const auto st = index.add(entry, tlog::leaf_hash(e), at++);
            if (!st.ok())
                qFatal("index.add: %s", st.error().message.c_str());
        }
    }
    return {ledger::format_index_extension(index.root())};
}

struct Counters {
    std::uint64_t cosigned = 0;
    std::uint64_t refusals = 0;
    std::uint64_t entries = 0;
};
Counters g_counters;

std::unique_ptr<Validator> open_validator(const fs::path& dir, const LocalLedger& log,
                                          const fs::path& serve_from, bool with_index) {
    auto key = Validator::load_or_create_key(dir, "validator-test").value();
    std::unique_ptr<node::MirrorIndex> index;
    if (with_index)
        index = node::make_patient_index_mirror();
    auto v =
        Validator::open(dir, log.network(), std::move(key),
                        std::make_unique<node::DirectoryTileFetcher>(serve_from), std::move(index));
    if (!v.ok())
        qWarning("%s: %s", v.error().code.c_str(), v.error().message.c_str());
    return v.ok() ? std::move(*v) : nullptr;
}

// Ask `v` to cosign `note` and check the answer is a valid cosignature by its key.
void expect_cosigned(Validator& v, const std::string& body, const std::string& note) {
    auto answer = v.add_checkpoint(body);
    CL_QVERIFY_OK(answer);
    auto sigs = tlog::parse_cosignature_response(*answer);
    CL_QVERIFY_OK(sigs);
    QCOMPARE(sigs->size(), std::size_t{1});
    const auto text = tlog::parse_note(note).value().text;
    CL_QVERIFY_OK(tlog::verify_cosignature(v.verifier_key(), text, sigs->front()));
    ++g_counters.cosigned;
}

// A refusal with `code` and `status` that leaves every file of the validator as it was.
void expect_refused(Validator& v, const std::string& body, const char* code, int status) {
    const auto before = snapshot(v.data_dir());
    const auto size = v.cosigned_size();
    auto answer = v.add_checkpoint(body);
    CL_QCOMPARE_ERROR(answer, code);
    QCOMPARE(node::witness_http_status(answer.error()), status);
    QCOMPARE(v.cosigned_size(), size);
    QVERIFY(snapshot(v.data_dir()) == before);
    ++g_counters.refusals;
}

} // namespace

class TestValidator : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::init_core(); }

    void follows_a_log_across_checkpoints() {
        Log log;
        log.init();
        test::TempDir vdir;
        auto v = open_validator(vdir.path(), *log.ledger, log.dir.path(), true);
        QVERIFY(v);
        QCOMPARE(v->cosigned_size(), std::uint64_t{0});
        const auto signer = log_signer(log.dir.path());
        // Batches that end inside a tile, fill one exactly, and cross tile and level boundaries.
        for (const std::size_t n : {std::size_t{0}, std::size_t{3}, std::size_t{249},
                                    std::size_t{1}, std::size_t{300}, std::size_t{17}}) {
            log.append(n);
            const auto size = log.ledger->checkpoint().size;
            const auto note = sign_tree(log.dir.path(), size, log.origin(), signer,
                                        index_lines(log.dir.path(), size));
            const auto before = v->stats();
            expect_cosigned(*v, request_body(log.dir.path(), v->cosigned_size(), note), note);
            QCOMPARE(v->cosigned_size(), size);
            // Cheap per checkpoint: only the new range's tiles are fetched.
            const auto after = v->stats();
            const auto tiles = after.tiles_fetched - before.tiles_fetched;
            const auto bytes = after.bytes_fetched - before.bytes_fetched;
            qInfo("+%zu entries -> size %llu: %llu tiles, %llu bytes fetched", n,
                  static_cast<unsigned long long>(size), static_cast<unsigned long long>(tiles),
                  static_cast<unsigned long long>(bytes));
            if (n == 1) {
                QVERIFY(tiles <= 4);
                QVERIFY(bytes < 4096);
            }
        }
        // The mirror is the log: the same tiles, the same consent state.
        const auto size = v->cosigned_size();
        QCOMPARE(size, std::uint64_t{5 + 3 + 249 + 1 + 300 + 17});
        for (const auto& id : tlog::tiles_for_size(size))
            QCOMPARE(slurp(vdir / tlog::tile_path(id)), slurp(log.dir / tlog::tile_path(id)));
        // The validator keeps only what the rules read (no access history, no revoked grants).
        QVERIFY(v->state() == log.ledger->state().without_history());
        // Cosigning the same checkpoint again is allowed (old == size, empty proof).
        const auto note = sign_tree(log.dir.path(), size, log.origin(), signer,
                                    index_lines(log.dir.path(), size));
        expect_cosigned(*v, request_body(log.dir.path(), size, note), note);
        const auto s = v->stats();
        QCOMPARE(s.entries_validated, size);
        QVERIFY(s.tiles_fetched > 0);
        g_counters.entries += s.entries_validated;
        qInfo("followed %llu entries over %llu checkpoints, %llu tiles (%llu bytes) fetched",
              static_cast<unsigned long long>(s.entries_validated),
              static_cast<unsigned long long>(s.checkpoints_cosigned),
              static_cast<unsigned long long>(s.tiles_fetched),
              static_cast<unsigned long long>(s.bytes_fetched));
    }

    // A checkpoint far ahead of the cosigned one is mirrored in steps of 16 bundles; a bad tile
    // in the last step is found after earlier steps wrote theirs, and all of them are taken back.
    void mirrors_a_long_range_in_steps() {
        Log log;
        log.init();
        log.append(4400);
        const auto note = log.ledger->checkpoint_note();
        const auto size = log.ledger->checkpoint().size;
        const auto body = request_body(log.dir.path(), 0, note);
        {
            test::TempDir served;
            fs::copy(log.dir.path(), served.path(), fs::copy_options::recursive);
            const tlog::TileId last{false, 0, size / tlog::kTileWidth,
                                    static_cast<unsigned>(size % tlog::kTileWidth)};
            flip_byte(served / tlog::tile_path(last), 5);
            test::TempDir vdir;
            auto v = open_validator(vdir.path(), *log.ledger, served.path(), false);
            QVERIFY(v);
            expect_refused(*v, body, "validator.tile_mismatch", 422);
            QVERIFY(!fs::exists(vdir / "tile/entries/000"));
        }
        test::TempDir vdir;
        auto v = open_validator(vdir.path(), *log.ledger, log.dir.path(), false);
        QVERIFY(v);
        expect_cosigned(*v, body, note);
        QCOMPARE(v->cosigned_size(), size);
        for (const auto& id : tlog::tiles_for_size(size))
            QCOMPARE(slurp(vdir / tlog::tile_path(id)), slurp(log.dir / tlog::tile_path(id)));
        QVERIFY(v->state() == log.ledger->state().without_history());
        QCOMPARE(v->stats().mirror_steps, (size + 4095) / 4096);
        g_counters.entries += v->stats().entries_validated;
        qInfo("one checkpoint of %llu entries mirrored in %llu steps",
              static_cast<unsigned long long>(size),
              static_cast<unsigned long long>(v->stats().mirror_steps));
    }

    void refuses_another_log_key_and_bad_requests() {
        Log log;
        log.init();
        test::TempDir vdir;
        auto v = open_validator(vdir.path(), *log.ledger, log.dir.path(), false);
        QVERIFY(v);
        const auto size = log.ledger->checkpoint().size;
        // Signed by a key with the log's name that is not the pinned log key.
        const auto impostor =
            tlog::NoteSigner::generate(log.origin(), tlog::kSigTypeEd25519).value();
        auto note = sign_tree(log.dir.path(), size, log.origin(), impostor, {});
        expect_refused(*v, request_body(log.dir.path(), 0, note), "validator.unknown_log", 403);
        // Another origin altogether.
        const auto other = tlog::NoteSigner::generate("example.org/other", 1).value();
        note = sign_tree(log.dir.path(), size, "example.org/other", other, {});
        expect_refused(*v, request_body(log.dir.path(), 0, note), "validator.unknown_log", 403);
        // A malformed body.
        expect_refused(*v, "old x\n\n", "witness.bad_old_size", 400);
        // The log's own checkpoint (LocalLedger's note, with its embedded validator's
        // cosignature, which this validator ignores) is accepted.
        const auto own = log.ledger->checkpoint_note();
        expect_cosigned(*v, request_body(log.dir.path(), 0, own), own);
    }

    void refuses_a_wrong_old_size_with_its_size() {
        Log log;
        log.init();
        test::TempDir vdir;
        auto v = open_validator(vdir.path(), *log.ledger, log.dir.path(), false);
        QVERIFY(v);
        const auto signer = log_signer(log.dir.path());
        const auto first = log.ledger->checkpoint_note();
        expect_cosigned(*v, request_body(log.dir.path(), 0, first), first);
        log.append(4);
        const auto size = log.ledger->checkpoint().size;
        const auto note = sign_tree(log.dir.path(), size, log.origin(), signer, {});
        const auto wrong = request_body(log.dir.path(), 2, note);
        auto answer = v->add_checkpoint(wrong);
        CL_QCOMPARE_ERROR(answer, "validator.old_size_mismatch");
        QCOMPARE(node::witness_http_status(answer.error()), 409);
        auto carried = node::old_size_of(answer.error());
        CL_QVERIFY_OK(carried);
        QCOMPARE(*carried, v->cosigned_size());
        QCOMPARE(tlog::format_tlog_size(*carried), std::to_string(*carried) + "\n");
        expect_refused(*v, wrong, "validator.old_size_mismatch", 409);
        // old larger than the checkpoint: a bad request.
        auto req = tlog::parse_add_checkpoint(request_body(log.dir.path(), size, note)).value();
        req.old_size = size + 1;
        expect_refused(*v, tlog::format_add_checkpoint(req).value(), "validator.bad_request", 400);
        // The right old size goes through.
        expect_cosigned(*v, request_body(log.dir.path(), v->cosigned_size(), note), note);
    }

    void refuses_a_bad_consistency_proof() {
        Log log;
        log.init();
        test::TempDir vdir;
        auto v = open_validator(vdir.path(), *log.ledger, log.dir.path(), false);
        QVERIFY(v);
        const auto first = log.ledger->checkpoint_note();
        expect_cosigned(*v, request_body(log.dir.path(), 0, first), first);
        log.append(40);
        const auto note = log.ledger->checkpoint_note();
        auto req =
            tlog::parse_add_checkpoint(request_body(log.dir.path(), v->cosigned_size(), note))
                .value();
        QVERIFY(!req.consistency.empty());
        std::size_t cases = 0;
        for (std::size_t i = 0; i < req.consistency.size(); ++i) {
            auto bad = req;
            bad.consistency[i][0] ^= 0x80U;
            expect_refused(*v, tlog::format_add_checkpoint(bad).value(),
                           "validator.bad_consistency", 422);
            ++cases;
        }
        auto short_proof = req;
        short_proof.consistency.pop_back();
        expect_refused(*v, tlog::format_add_checkpoint(short_proof).value(),
                       "validator.bad_consistency", 422);
        qInfo("%zu corrupted consistency proofs refused", cases + 1);
        expect_cosigned(*v, tlog::format_add_checkpoint(req).value(), note);
        // A fork: another root at the size it cosigned, signed by the log key.
        const auto size = v->cosigned_size();
        auto fork = tlog::parse_checkpoint(tlog::parse_note(note).value().text).value();
        fork.root[0] ^= 0x01U;
        const auto forked = tlog::sign_checkpoint(fork, log_signer(log.dir.path())).value();
        const tlog::AddCheckpointRequest same{size, {}, forked};
        expect_refused(*v, tlog::format_add_checkpoint(same).value(), "validator.bad_consistency",
                       422);
    }

    // Requests arrive on several HTTP threads: they are serialised, so of two identical requests
    // one is cosigned and the other finds the size moved (409).
    void serialises_concurrent_requests() {
        Log log;
        log.init();
        log.append(30);
        test::TempDir vdir;
        auto v = open_validator(vdir.path(), *log.ledger, log.dir.path(), false);
        QVERIFY(v);
        const auto body = request_body(log.dir.path(), 0, log.ledger->checkpoint_note());
        std::vector<Result<std::string>> answers(2, Result<std::string>(std::string()));
        std::vector<std::thread> threads;
        for (std::size_t i = 0; i < answers.size(); ++i)
            threads.emplace_back([&, i] { answers[i] = v->add_checkpoint(body); });
        for (auto& t : threads)
            t.join();
        const auto ok =
            std::count_if(answers.begin(), answers.end(), [](const auto& a) { return a.ok(); });
        QCOMPARE(ok, 1);
        for (const auto& a : answers)
            if (!a.ok())
                QCOMPARE(QString::fromStdString(a.error().code),
                         QString("validator.old_size_mismatch"));
        QCOMPARE(v->cosigned_size(), log.ledger->checkpoint().size);
        QCOMPARE(v->stats().checkpoints_cosigned, std::uint64_t{1});
        ++g_counters.cosigned;
        ++g_counters.refusals;
    }

    void refuses_tampered_tiles_and_bundles() {
        Log log;
        log.init();
        log.append(20);
        const auto note = log.ledger->checkpoint_note();
        const auto size = log.ledger->checkpoint().size;
        const auto body = request_body(log.dir.path(), 0, note);
        const tlog::TileId level0{false, 0, 0, static_cast<unsigned>(size)};
        const tlog::TileId bundle{true, 0, 0, static_cast<unsigned>(size)};
        struct Case {
            tlog::TileId tile;
            std::size_t offset;
            const char* code;
            int status;
        };
        const std::vector<Case> cases = {
            {level0, 32 * 7 + 3, "validator.tile_mismatch", 422}, // a leaf hash
            {bundle, 40, "validator.tile_mismatch", 422},         // an entry's bytes
            {bundle, 0, "validator.tile_mismatch", 422},          // a length prefix
        };
        for (const auto& c : cases) {
            test::TempDir served;
            fs::copy(log.dir.path(), served.path(), fs::copy_options::recursive);
            flip_byte(served / tlog::tile_path(c.tile), c.offset);
            test::TempDir vdir;
            auto v = open_validator(vdir.path(), *log.ledger, served.path(), false);
            QVERIFY(v);
            expect_refused(*v, body, c.code, c.status);
        }
        // A tile the log does not serve.
        test::TempDir served;
        fs::copy(log.dir.path(), served.path(), fs::copy_options::recursive);
        fs::remove(served / tlog::tile_path(bundle));
        test::TempDir vdir;
        auto v = open_validator(vdir.path(), *log.ledger, served.path(), false);
        QVERIFY(v);
        expect_refused(*v, body, "validator.fetch_failed", 502);
        // A second validator, served the true tiles, cosigns the same request.
        test::TempDir vdir2;
        auto good = open_validator(vdir2.path(), *log.ledger, log.dir.path(), false);
        QVERIFY(good);
        expect_cosigned(*good, body, note);
    }

    // A log that holds its key but appends an entry the consent rules refuse, writing tiles
    // whose hashes are all consistent: only re-validation catches it.
    void refuses_an_entry_that_breaks_a_rule() {
        Log log;
        log.init();
        log.append(3);
        test::TempDir vdir;
        auto v = open_validator(vdir.path(), *log.ledger, log.dir.path(), false);
        QVERIFY(v);
        const auto first = log.ledger->checkpoint_note();
        expect_cosigned(*v, request_body(log.dir.path(), 0, first), first);
        const auto old_size = v->cosigned_size();

        // Built after the valid entry that precedes it, so its sequence number is in order.
        struct Smuggled {
            const char* name;
            std::function<Bytes()> entry;
            const char* rule;
        };
        std::vector<Smuggled> cases;
        // Access to a category the grant does not cover.
        cases.push_back({"categories",
                         [&] {
                             return log.provider.entry(
                                 ledger::AccessPayload{log.grant_id, {"labs"}, "TREAT"},
                                 log.patient.tag(log.origin()));
                         },
                         "rule.access_categories"});
        // An author that is not on the ledger at all.
        Actor stranger(ledger::Role::provider);
        cases.push_back({"unknown author",
                         [&] {
                             return stranger.entry(
                                 ledger::AccessPayload{log.grant_id, {"allergies"}, "TREAT"},
                                 log.patient.tag(log.origin()));
                         },
                         "rule."});
        for (const auto& c : cases) {
            test::TempDir served;
            fs::copy(log.dir.path(), served.path(), fs::copy_options::recursive);
            node::DirectoryTiles tiles(served.path());
            tlog::TileWriter writer(tiles);
            std::vector<Bytes> batch{log.access_entry()};
            batch.push_back(c.entry());
            auto appended = writer.append(old_size, batch);
            CL_QVERIFY_OK(appended);
            CL_QVERIFY_OK(tiles.write(appended->files));
            const auto note = sign_tree(served.path(), old_size + 2, log.origin(),
                                        log_signer(log.dir.path()), {});
            const auto body = request_body(served.path(), old_size, note);
            test::TempDir vdir2;
            fs::copy(vdir.path(), vdir2.path(), fs::copy_options::recursive);
            fs::remove(vdir2 / "lock");
            auto w = open_validator(vdir2.path(), *log.ledger, served.path(), false);
            QVERIFY(w);
            const auto before = snapshot(vdir2.path());
            auto answer = w->add_checkpoint(body);
            CL_QCOMPARE_ERROR(answer, "validator.invalid_entry");
            QCOMPARE(node::witness_http_status(answer.error()), 422);
            QVERIFY2(answer.error().message.find(c.rule) != std::string::npos,
                     answer.error().message.c_str());
            QVERIFY(answer.error().message.find("entry " + std::to_string(old_size + 1)) !=
                    std::string::npos);
            QCOMPARE(w->cosigned_size(), old_size);
            QVERIFY(snapshot(vdir2.path()) == before);
            ++g_counters.refusals;
            qInfo("smuggled entry (%s) refused: %s", c.name, answer.error().message.c_str());
        }
    }

    // A node that hides an entry from the index (the patient's ACCESS is left out of the index
    // it commits to) breaks the cosigned index root.
    void refuses_an_index_that_hides_an_entry() {
        Log log;
        log.init();
        test::TempDir vdir;
        auto v = open_validator(vdir.path(), *log.ledger, log.dir.path(), true);
        QVERIFY(v);
        const auto signer = log_signer(log.dir.path());
        auto size = log.ledger->checkpoint().size;
        auto note = sign_tree(log.dir.path(), size, log.origin(), signer,
                              index_lines(log.dir.path(), size));
        expect_cosigned(*v, request_body(log.dir.path(), 0, note), note);
        log.append(2);
        size = log.ledger->checkpoint().size;
        // The index of the log as if the last entry were not there.
        const auto hiding = index_lines(log.dir.path(), size - 1, size);
        note = sign_tree(log.dir.path(), size, log.origin(), signer, hiding);
        expect_refused(*v, request_body(log.dir.path(), v->cosigned_size(), note),
                       "validator.index_mismatch", 422);
        // No index line at all.
        note = sign_tree(log.dir.path(), size, log.origin(), signer, {});
        expect_refused(*v, request_body(log.dir.path(), v->cosigned_size(), note),
                       "validator.index_mismatch", 422);
        note = sign_tree(log.dir.path(), size, log.origin(), signer,
                         index_lines(log.dir.path(), size));
        expect_cosigned(*v, request_body(log.dir.path(), v->cosigned_size(), note), note);
    }

    void restarts_from_its_mirror() {
        Log log;
        log.init();
        test::TempDir vdir;
        const auto signer = log_signer(log.dir.path());
        auto cosign_newest = [&](Validator& v) {
            const auto size = log.ledger->checkpoint().size;
            const auto note = sign_tree(log.dir.path(), size, log.origin(), signer,
                                        index_lines(log.dir.path(), size));
            expect_cosigned(v, request_body(log.dir.path(), v.cosigned_size(), note), note);
        };
        crypto::PublicKey key{};
        {
            auto v = open_validator(vdir.path(), *log.ledger, log.dir.path(), true);
            QVERIFY(v);
            key = v->verifier_key().public_key;
            log.append(260);
            cosign_newest(*v);
            // One validator per directory.
            QVERIFY(open_validator(vdir.path(), *log.ledger, log.dir.path(), true) == nullptr);
        }
        const auto size = log.ledger->checkpoint().size;
        {
            auto v = open_validator(vdir.path(), *log.ledger, log.dir.path(), true);
            QVERIFY(v);
            QCOMPARE(v->cosigned_size(), size);
            QCOMPARE(v->verifier_key().public_key, key);  // the same key, kept in the directory
            QCOMPARE(v->stats().entries_validated, size); // re-validated on the way up
            QVERIFY(v->state() == log.ledger->state().without_history());
            log.append(5);
            cosign_newest(*v);
        }
        // A crash after the tiles of a checkpoint were written but before its cosigned file: the
        // validator comes back at the older checkpoint and cosigns the newer one again.
        {
            test::TempDir crashed;
            fs::copy(vdir.path(), crashed.path(), fs::copy_options::recursive);
            fs::remove(crashed / "lock");
            const auto older = slurp(crashed / "cosigned");
            {
                auto v = open_validator(vdir.path(), *log.ledger, log.dir.path(), true);
                QVERIFY(v);
                log.append(300);
                cosign_newest(*v);
            }
            fs::copy(vdir / "tile", crashed / "tile",
                     fs::copy_options::recursive | fs::copy_options::overwrite_existing);
            QCOMPARE(slurp(crashed / "cosigned"), older);
            auto v = open_validator(crashed.path(), *log.ledger, log.dir.path(), true);
            QVERIFY(v);
            QCOMPARE(v->cosigned_size(), size + 5);
            cosign_newest(*v);
            QCOMPARE(v->cosigned_size(), log.ledger->checkpoint().size);
        }
        // A damaged mirror is refused rather than cosigned on top of.
        test::TempDir broken;
        fs::copy(vdir.path(), broken.path(), fs::copy_options::recursive);
        flip_byte(broken / "tile/entries/000", 100);
        QVERIFY(open_validator(broken.path(), *log.ledger, log.dir.path(), true) == nullptr);
        auto key_only = Validator::load_or_create_key(broken.path(), "x").value();
        CL_QCOMPARE_ERROR(
            Validator::open(broken.path(), log.ledger->network(), std::move(key_only),
                            std::make_unique<node::DirectoryTileFetcher>(log.dir.path()),
                            node::make_patient_index_mirror()),
            "validator.bad_mirror");
        // Pinned to its network: another log's config is refused.
        Log other;
        other.init();
        QVERIFY(open_validator(vdir.path(), *other.ledger, other.dir.path(), true) == nullptr);
    }

    // The HTTP fetcher (core/sync's client) against a real server that serves a log's directory
    // as static files: following it, a partial tile served from its full successor, a missing
    // tile and a server that went away.
    void mirrors_over_http() {
        Log log;
        log.init();
        const auto signer = log_signer(log.dir.path());
        const auto size5 = log.ledger->checkpoint().size;
        const auto note5 = sign_tree(log.dir.path(), size5, log.origin(), signer, {});
        log.append(260); // completes tile 0, so the partial tiles of size 5 can be dropped
        test::TempDir served;
        fs::copy(log.dir.path(), served.path(), fs::copy_options::recursive);
        fs::remove(served / "tile/0/000.p/5");
        fs::remove(served / "tile/entries/000.p/5");

        httplib::Server server;
        QVERIFY(server.set_mount_point("/log", served.path().string()));
        const int port = server.bind_to_any_port("127.0.0.1");
        QVERIFY(port > 0);
        std::thread serving([&] { server.listen_after_bind(); });
        const std::string base = "http://127.0.0.1:" + std::to_string(port) + "/log/";

        test::TempDir vdir;
        auto fetcher = node::HttpTileFetcher::create(base);
        CL_QVERIFY_OK(fetcher);
        auto opened = Validator::open(vdir.path(), log.ledger->network(),
                                      Validator::load_or_create_key(vdir.path(), "v").value(),
                                      std::move(*fetcher));
        CL_QVERIFY_OK(opened);
        auto& v = **opened;
        // Size 5 from the full tiles (the partial ones are gone), then the newest checkpoint.
        expect_cosigned(v, request_body(log.dir.path(), 0, note5), note5);
        QCOMPARE(slurp(vdir / "tile/0/000.p/5"), slurp(log.dir / "tile/0/000.p/5"));
        const auto note = log.ledger->checkpoint_note();
        const auto size = log.ledger->checkpoint().size;
        // A tile the server lacks is a fetch failure (502), and changes nothing.
        const tlog::TileId last{false, 0, 1, static_cast<unsigned>(size - 256)};
        fs::rename(served / tlog::tile_path(last), served / "moved");
        expect_refused(v, request_body(log.dir.path(), size5, note), "validator.fetch_failed", 502);
        fs::rename(served / "moved", served / tlog::tile_path(last));
        expect_cosigned(v, request_body(log.dir.path(), size5, note), note);
        QCOMPARE(v.cosigned_size(), size);
        QVERIFY(v.state() == log.ledger->state().without_history());
        const auto s = v.stats();
        qInfo("over HTTP: %llu tiles, %llu bytes fetched",
              static_cast<unsigned long long>(s.tiles_fetched),
              static_cast<unsigned long long>(s.bytes_fetched));
        g_counters.entries += s.entries_validated;

        server.stop();
        serving.join();
        log.append(1);
        const auto after = log.ledger->checkpoint_note();
        expect_refused(v, request_body(log.dir.path(), size, after), "validator.fetch_failed", 502);
    }

    void cleanupTestCase() {
        qInfo("validator: %llu entries validated, %llu checkpoints cosigned, %llu refusals checked",
              static_cast<unsigned long long>(g_counters.entries),
              static_cast<unsigned long long>(g_counters.cosigned),
              static_cast<unsigned long long>(g_counters.refusals));
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "test_validator.moc"
