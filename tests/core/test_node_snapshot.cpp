// Node memory and restart (issue 5): the per-patient index with its lists in a file equals the
// in-memory one; the sequencer's signed state snapshot gives, after a restart, the state, index
// and sync bundles a full replay gives (snapshot at the log's size, and a stale one plus the
// tail); and a corrupt, truncated, forged, other-version or other-log snapshot is refused with a
// log line naming why, the node then replays its whole log and serves the right state.
#include "common/atomic_file.h"
#include "common/time.h"
#include "crypto/aead.h"
#include "crypto/hash.h"
#include "in_process_cosigners.h"
#include "ledger/cosignature.h"
#include "ledger/patient_index.h"
#include "ledger/sync_bundle.h"
#include "ledger/tiles.h"
#include "ledger_test_support.h"
#include "node/directory_tiles.h"
#include "node/sequencer.h"
#include "node/state_snapshot.h"
#include "node/tile_fetcher.h"
#include "node/validator.h"
#include "test_support.h"

#include <functional>
#include <mutex>
#include <random>

using namespace careledger;
using careledger::test::Actor;
using careledger::test::InProcessValidator;
using namespace std::chrono_literals;
namespace fs = std::filesystem;

namespace {

const std::string kOrigin = "example.org/careledger-snapshot-test";

tlog::NoteSigner copy_of(const tlog::NoteSigner& key) {
    return tlog::NoteSigner::parse_private_key(key.format_private_key().view()).value();
}

// A registrar, the log key and one validator (quorum 1 of 1) kept in <dir>/validator, so a
// copy of the directory is a whole node.
struct Net {
    Actor registrar{ledger::Role::registrar};
    tlog::NoteSigner log_key = tlog::NoteSigner::generate(kOrigin, tlog::kSigTypeEd25519).value();
    tlog::NoteSigner validator_key =
        tlog::NoteSigner::generate(kOrigin + "/validator-1", tlog::kSigTypeCosignatureV1).value();
    std::optional<node::NetworkConfig> network;
    std::mutex log_mu;
    std::vector<std::string> log_lines;

    Net() {
        ledger::TrustPolicy trust;
        trust.add_log({tlog::format_vkey(log_key.verifier_key()), ""});
        trust.add_witness({"validator-1", tlog::format_vkey(validator_key.verifier_key()), ""});
        trust.set_quorum("validator-1");
        network = node::NetworkConfig::make(kOrigin, {registrar.key()}, trust).value();
    }

    Result<std::unique_ptr<node::Sequencer>> start(const fs::path& dir,
                                                   node::SequencerOptions opts = {}) {
        opts.data_dir = dir;
        opts.retry_min = 20ms;
        opts.retry_max = 200ms;
        opts.log = [this](std::string_view line) {
            const std::lock_guard lock(log_mu);
            log_lines.emplace_back(line);
        };
        CL_ASSIGN_OR_RETURN(
            auto v, node::Validator::open(dir / "validator", *network, copy_of(validator_key),
                                          std::make_unique<node::DirectoryTileFetcher>(dir),
                                          node::make_patient_index_mirror()));
        std::vector<std::unique_ptr<node::Cosigner>> cosigners;
        cosigners.push_back(std::make_unique<InProcessValidator>(std::move(v)));
        return node::Sequencer::start(*network, copy_of(log_key), std::move(cosigners),
                                      std::move(opts));
    }

    [[nodiscard]] bool logged(const std::string& part) {
        const std::lock_guard lock(log_mu);
        return std::any_of(log_lines.begin(), log_lines.end(),
                           [&](const std::string& l) { return l.find(part) != std::string::npos; });
    }
};

// What a population writes: identities, certifications, grants, accesses under them, grant
// rotations (revoke + grant), anchors and emergency tokens, in an order every rule accepts.
class Population {
public:
    Population(Net& net, std::size_t patients, std::size_t providers, std::uint64_t seed)
        : net_(net), rng_(seed) {
        for (std::size_t i = 0; i < providers; ++i)
            providers_.emplace_back(ledger::Role::provider);
        for (std::size_t i = 0; i < patients; ++i)
            patients_.emplace_back(ledger::Role::patient);
        grants_.resize(patients);
    }

    std::vector<Bytes> setup(bool with_registrar) {
        std::vector<Bytes> out;
        if (with_registrar)
            out.push_back(net_.registrar.identity_entry(kOrigin));
        for (std::size_t i = 0; i < providers_.size(); ++i) {
            out.push_back(providers_[i].identity_entry(kOrigin));
            out.push_back(net_.registrar.entry(ledger::CertifyPayload{providers_[i].key(),
                                                                      "Dr " + std::to_string(i),
                                                                      "Clinic", "family-doctor"},
                                               std::nullopt));
        }
        for (std::size_t p = 0; p < patients_.size(); ++p) {
            out.push_back(patients_[p].identity_entry(kOrigin));
            out.push_back(grant(p));
        }
        return out;
    }

    std::vector<Bytes> events(std::size_t n) {
        std::vector<Bytes> out;
        while (out.size() < n) {
            const std::size_t p = rng_() % patients_.size();
            const auto tag = patients_[p].tag(kOrigin);
            switch (rng_() % 8) {
            case 0:
                out.push_back(
                    patients_[p].entry(ledger::RevokePayload{grants_[p].front().first}, tag));
                grants_[p].erase(grants_[p].begin());
                out.push_back(grant(p));
                break;
            case 1: {
                Bytes r;
                put_u64_be(r, rng_());
                out.push_back(
                    patients_[p].entry(ledger::AnchorPayload{crypto::sha256(r), "allergies"}, tag));
                break;
            }
            case 2: {
                ledger::TokenId id{};
                crypto::random_bytes(id);
                const auto expiry = static_cast<std::uint64_t>(now_unix()) + 86400;
                out.push_back(patients_[p].entry(
                    ledger::EmergencyIssuePayload{id, expiry, {"allergies"}}, tag));
                break;
            }
            default: {
                const auto& [id, provider] = grants_[p][rng_() % grants_[p].size()];
                out.push_back(providers_[provider].entry(
                    ledger::AccessPayload{id, {"allergies"}, "TREAT"}, tag));
                break;
            }
            }
        }
        return out;
    }

    [[nodiscard]] ledger::PatientTag tag(std::size_t p) const { return patients_[p].tag(kOrigin); }

private:
    Bytes grant(std::size_t p) {
        const std::size_t provider = rng_() % providers_.size();
        ledger::GrantPayload g;
        g.grantee = providers_[provider].key();
        g.categories = {"allergies", "medications"};
        g.purpose = "TREAT";
        g.mode = "view";
        g.not_before = static_cast<std::uint64_t>(now_unix()) - 60;
        g.expiry = g.not_before + std::uint64_t{86400} * 30;
        Bytes e = patients_[p].entry(g, patients_[p].tag(kOrigin));
        grants_[p].emplace_back(ledger::entry_id(e), provider);
        return e;
    }

    Net& net_;
    std::mt19937_64 rng_;
    std::vector<Actor> providers_;
    std::vector<Actor> patients_;
    std::vector<std::vector<std::pair<ledger::EntryId, std::size_t>>> grants_;
};

Status submit_all(node::Sequencer& seq, const std::vector<Bytes>& entries) {
    for (std::size_t i = 0; i < entries.size(); i += 500) {
        const auto end = std::min(entries.size(), i + 500);
        const auto results =
            seq.submit_many(std::span<const Bytes>(entries.data() + i, entries.data() + end));
        for (std::size_t k = 0; k < results.size(); ++k)
            if (!results[k].ok())
                return make_error(results[k].error().code, "entry " + std::to_string(i + k) + ": " +
                                                               results[k].error().message);
    }
    return {};
}

// What a node serves: the consent state, the published checkpoint and sync bundles for some tags.
struct Served {
    ledger::LedgerState state;
    std::uint64_t size = 0;
    std::string published;
    std::vector<Bytes> bundles;
    bool operator==(const Served&) const = default;
};

Served served(node::Sequencer& seq, const std::vector<ledger::PatientTag>& tags) {
    Served s;
    s.state = seq.state();
    s.size = seq.stats().tree_size;
    s.published = seq.published_checkpoint();
    for (const auto& tag : tags) {
        const std::vector<ledger::SyncTagRequest> req{{tag, 0}};
        auto b = seq.sync_bundle(0, req);
        s.bundles.push_back(b.ok() ? *b : to_bytes("error " + b.error().code));
    }
    const std::vector<ledger::SyncTagRequest> registry{{ledger::registry_tag(), 1}};
    auto b = seq.sync_bundle(3, registry);
    s.bundles.push_back(b.ok() ? *b : to_bytes("error " + b.error().code));
    return s;
}

void copy_dir(const fs::path& from, const fs::path& to) {
    fs::copy(from, to, fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    std::error_code ec;
    fs::remove(to / "validator" / "lock", ec);
}

// A node directory with a log, stopped (so its snapshot is written), and what it served.
struct BuiltNode {
    test::TempDir dir;
    Served before;
};

} // namespace

class TestNodeSnapshot : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Net> net_;
    std::unique_ptr<Population> people_;
    std::vector<ledger::PatientTag> tags_;
    std::unique_ptr<BuiltNode> base_;  // 40 patients, ~900 entries
    std::unique_ptr<BuiltNode> small_; // same network, other entries, fewer

    BuiltNode* build(std::size_t patients, std::size_t events, std::uint64_t seed, bool first) {
        auto node = std::make_unique<BuiltNode>();
        Population people(*net_, patients, 5, seed);
        auto seq = net_->start(node->dir.path());
        if (!seq.ok())
            return nullptr;
        if (first)
            for (std::size_t p = 0; p < 3; ++p)
                tags_.push_back(people.tag(p));
        auto entries = people.setup(true);
        auto more = people.events(events);
        entries.insert(entries.end(), more.begin(), more.end());
        if (!submit_all(**seq, entries).ok() ||
            !(*seq)->wait_published((*seq)->stats().tree_size, 10s))
            return nullptr;
        node->before = served(**seq, tags_);
        (*seq)->stop();
        auto* raw = node.get();
        (first ? base_ : small_) = std::move(node);
        return raw;
    }

    // A copy of the base node with its snapshot changed by `mutate`, started: the snapshot must be
    // refused with `code` in the log line and the node must serve what it served before.
    void expect_refused(const std::function<void(const fs::path&)>& mutate,
                        const std::string& code) {
        test::TempDir copy;
        copy_dir(base_->dir.path(), copy.path());
        mutate(copy.path());
        net_->log_lines.clear();
        auto seq = net_->start(copy.path());
        CL_QVERIFY_OK(seq);
        QVERIFY2(net_->logged("state snapshot refused (" + code), code.c_str());
        QVERIFY(net_->logged("replaying the whole log"));
        QVERIFY(served(**seq, tags_) == base_->before);
        seq->reset();
        // The stop wrote a fresh snapshot, which the next start takes.
        net_->log_lines.clear();
        auto again = net_->start(copy.path());
        CL_QVERIFY_OK(again);
        QVERIFY(!net_->logged("refused"));
        QVERIFY(served(**again, tags_) == base_->before);
    }

private slots:
    void initTestCase() {
        test::init_core();
        net_ = std::make_unique<Net>();
        QVERIFY(build(40, 800, 7, true) != nullptr);
        QVERIFY(build(10, 100, 8, false) != nullptr);
        qInfo("base node: %llu entries; small node: %llu entries",
              static_cast<unsigned long long>(base_->before.size),
              static_cast<unsigned long long>(small_->before.size));
    }

    // The index with its lists in a file: same roots, records, lists and proofs as in memory;
    // copies share the file; restore() from records() gives the same index; a damaged list file
    // is refused when read, never served.
    void index_lists_in_a_file() {
        test::TempDir dir;
        ledger::PatientIndex memory;
        auto file = ledger::PatientIndex::with_list_file(dir / "lists");
        CL_QVERIFY_OK(file);
        std::mt19937_64 rng(3);
        std::vector<crypto::Hash32> tags(50);
        for (auto& t : tags)
            crypto::random_bytes(t);
        std::optional<ledger::PatientIndex> copy;
        for (std::uint64_t i = 0; i < 20000; ++i) {
            const std::vector<crypto::Hash32> two{tags[rng() % tags.size()],
                                                  tags[rng() % tags.size()]};
            Bytes b;
            put_u64_be(b, i);
            const auto leaf = crypto::sha256(b);
            CL_QVERIFY_OK(memory.add_tagged(two, leaf, i));
            CL_QVERIFY_OK(file->add_tagged(two, leaf, i));
            if (i == 9999)
                copy = *file; // shares the file; appends after this are the original's only
        }
        QCOMPARE(file->root(), memory.root());
        for (const auto& t : tags) {
            QVERIFY(file->leaf(t) == memory.leaf(t));
            QCOMPARE(file->indices(t), memory.indices(t));
            QVERIFY(file->prove(t) == memory.prove(t));
        }
        // The copy still answers for its own prefix.
        ledger::PatientIndex prefix;
        rng.seed(3);
        for (std::uint64_t i = 0; i < 10000; ++i) {
            const std::vector<crypto::Hash32> two{tags[rng() % tags.size()],
                                                  tags[rng() % tags.size()]};
            Bytes b;
            put_u64_be(b, i);
            CL_QVERIFY_OK(prefix.add_tagged(two, crypto::sha256(b), i));
        }
        QCOMPARE(copy->root(), prefix.root());
        for (const auto& t : tags)
            QCOMPARE(copy->indices(t), prefix.indices(t));

        CL_QVERIFY_OK(file->sync_list_file());
        auto restored = ledger::PatientIndex::restore(dir / "lists", file->records(), file->size());
        CL_QVERIFY_OK(restored);
        QCOMPARE(restored->root(), memory.root());
        for (const auto& t : tags)
            QCOMPARE(restored->indices(t), memory.indices(t));
        // A second index restored over the same open file: each one's appends stay its own.
        auto other = ledger::PatientIndex::restore(*restored, file->records(), file->size());
        CL_QVERIFY_OK(other);
        const auto next_leaf = crypto::sha256(as_bytes("next"));
        CL_QVERIFY_OK(restored->add_tagged({tags[0]}, next_leaf, 20000));
        CL_QVERIFY_OK(other->add_tagged({tags[1]}, next_leaf, 20001));
        CL_QVERIFY_OK(restored->read_indices(tags[0]));
        CL_QVERIFY_OK(other->read_indices(tags[1]));
        QCOMPARE(restored->indices(tags[0]).back(), std::uint64_t{20000});
        QCOMPARE(other->indices(tags[1]).back(), std::uint64_t{20001});
        QCOMPARE(restored->indices(tags[1]), memory.indices(tags[1]));

        // Flip one byte of a list record: the list no longer hashes to its committed leaf.
        const auto size = fs::file_size(dir / "lists");
        auto bytes = read_file(dir / "lists", static_cast<std::size_t>(size)).value();
        const auto newest = file->records().front().list_end - 1; // a tag's newest record
        bytes[static_cast<std::size_t>(newest) + 7] ^= 0x01;      // its leaf index
        CL_QVERIFY_OK(write_file_atomically(dir / "lists", bytes));
        auto damaged = ledger::PatientIndex::restore(dir / "lists", file->records(), file->size());
        CL_QVERIFY_OK(damaged);
        std::size_t refused = 0;
        for (const auto& t : tags)
            if (!damaged->read_indices(t).ok())
                ++refused;
        QVERIFY(refused >= 1);
        qInfo("20000 entries x 2 tags over %zu tags: file-backed index equals the in-memory one; "
              "list file %llu bytes; %zu list(s) refused after one flipped byte",
              tags.size(), static_cast<unsigned long long>(size), refused);
    }

    // Restart at the snapshot's size, and with a stale snapshot plus the tail, serve what a full
    // replay serves.
    void restart_with_snapshot_equals_full_replay() {
        test::TempDir dir;
        copy_dir(base_->dir.path(), dir.path());
        QVERIFY(fs::exists(dir / std::string(node::kSnapshotFile)));
        const auto stale = read_file(dir / std::string(node::kSnapshotFile), 1 << 26).value();

        // 1. The snapshot is at the log's size: nothing to replay.
        net_->log_lines.clear();
        auto seq = net_->start(dir.path());
        CL_QVERIFY_OK(seq);
        QVERIFY(!net_->logged("refused"));
        QVERIFY(served(**seq, tags_) == base_->before);

        // 2. More entries, a clean stop (new snapshot), then the older snapshot put back: the
        //    node restores it and replays the tail.
        Population more(*net_, 8, 2, 99);
        auto entries = more.setup(false);
        auto events = more.events(300);
        entries.insert(entries.end(), events.begin(), events.end());
        CL_QVERIFY_OK(submit_all(**seq, entries));
        QVERIFY((*seq)->wait_published((*seq)->stats().tree_size, 10s));
        std::vector<ledger::PatientTag> tags = tags_;
        tags.push_back(more.tag(0));
        const Served after = served(**seq, tags);
        (*seq)->stop();
        seq->reset();
        CL_QVERIFY_OK(write_file_atomically(dir / std::string(node::kSnapshotFile), stale));
        net_->log_lines.clear();
        auto resumed = net_->start(dir.path());
        CL_QVERIFY_OK(resumed);
        QVERIFY(!net_->logged("refused"));
        QVERIFY(served(**resumed, tags) == after);
        (*resumed)->stop();
        resumed->reset();

        // 3. The reference: the same directory replayed from entry 0 (snapshots off).
        node::SequencerOptions full;
        full.snapshot = false;
        auto replayed = net_->start(dir.path(), full);
        CL_QVERIFY_OK(replayed);
        QVERIFY(served(**replayed, tags) == after);
        QVERIFY(!(*replayed)->state().keeps_history());
        QVERIFY(!fs::exists(dir / std::string(node::kSnapshotFile)));
        qInfo("restart from a snapshot at size %llu and from a stale one plus a %zu-entry tail "
              "serve what a full replay serves",
              static_cast<unsigned long long>(base_->before.size), entries.size());
    }

    void refused_snapshots_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("code");
        QTest::newRow("a flipped byte") << 0 << "snapshot.corrupt";
        QTest::newRow("truncated") << 1 << "snapshot.corrupt";
        QTest::newRow("signed by another key") << 2 << "snapshot.forged";
        QTest::newRow("another version") << 3 << "snapshot.version";
        QTest::newRow("another log of the same network, smaller") << 4 << "snapshot.other_log";
        QTest::newRow("a larger log's") << 5 << "snapshot.other_log";
        QTest::newRow("right edge entry bundle tampered") << 6 << "snapshot.other_log";
    }

    void refused_snapshots() {
        QFETCH(int, which);
        QFETCH(QString, code);
        const std::string snap(node::kSnapshotFile);
        const auto mutate = [&](const fs::path& dir) {
            auto bytes = read_file(dir / snap, 1 << 26).value();
            switch (which) {
            case 0:
                bytes[bytes.size() / 2] ^= 0x20;
                break;
            case 1:
                bytes.resize(bytes.size() - 10);
                break;
            case 2: {
                auto decoded =
                    node::decode_snapshot(bytes, net_->log_key.verifier_key(), kOrigin).value();
                auto other = tlog::NoteSigner::generate(kOrigin, tlog::kSigTypeEd25519).value();
                bytes = node::encode_snapshot(decoded, other).value();
                break;
            }
            case 3:
                bytes[7] ^= 0x02;
                break;
            case 4:
                bytes = read_file(small_->dir / snap, 1 << 26).value();
                break;
            case 5: {
                // A snapshot of the base log extended further: beyond this copy's log.
                test::TempDir bigger;
                copy_dir(base_->dir.path(), bigger.path());
                auto seq = net_->start(bigger.path()).value();
                Population more(*net_, 3, 1, 5);
                if (!submit_all(*seq, more.setup(false)).ok())
                    QFAIL("cannot extend the log");
                seq->stop();
                bytes = read_file(bigger / snap, 1 << 26).value();
                break;
            }
            default: {
                // The newest entry bundle no longer holds what its tile lists.
                const auto size = base_->before.size;
                const auto n = (size - 1) / tlog::kTileWidth;
                const auto width = static_cast<unsigned>(size - n * tlog::kTileWidth);
                const auto path = dir / tlog::tile_path({true, 0, n, width});
                auto bundle = read_file(path, 1 << 24).value();
                bundle[bundle.size() - 1] ^= 0x01;
                CL_QVERIFY_OK(write_file_atomically(path, bundle));
                return;
            }
            }
            CL_QVERIFY_OK(write_file_atomically(dir / snap, bytes));
        };
        if (which == 6) {
            // A tampered tile is refused by the full replay too: the node does not start.
            test::TempDir copy;
            copy_dir(base_->dir.path(), copy.path());
            mutate(copy.path());
            net_->log_lines.clear();
            CL_QCOMPARE_ERROR(net_->start(copy.path()), "node.bad_data");
            QVERIFY(net_->logged("state snapshot refused (" + code.toStdString()));
            qInfo("tampered right-edge bundle: snapshot refused, start refused (node.bad_data)");
            return;
        }
        expect_refused(mutate, code.toStdString());
        qInfo("%s: refused with a log line, full replay served the same state", qPrintable(code));
    }

    void cleanupTestCase() {
        base_.reset();
        small_.reset();
    }
};

QTEST_GUILESS_MAIN(TestNodeSnapshot)
#include "test_node_snapshot.moc"
