// c2sp.org/tlog-tiles: the path table (x-grouping, partial widths, entry bundles) and strict path
// parsing; which tiles a tree has (the spec's 70,000-leaf example); entry bundles; logs grown in
// batches by TileWriter whose files are exactly what the spec's tile formula says; and
// TileHashSource giving the same roots and proofs as the in-memory tree for every size 1..1100.
#include "ledger/merkle.h"
#include "ledger/tiles.h"
#include "test_support.h"

#include <QObject>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace careledger;
using namespace careledger::tlog;

namespace {

Bytes entry(std::uint64_t i) {
    // Entries of varying length, some empty, so bundle offsets are exercised.
    return to_bytes(std::string(i % 7 == 0 ? 0 : i % 50, 'a') + "#" + std::to_string(i));
}

// Grows a log through TileWriter in batches of pseudo-random size, keeping every file ever
// written (old partial tiles stay, as a log serving old checkpoints keeps them).
struct TiledLog {
    MemoryTileStore store;
    MemoryHashSource memory;
    std::vector<std::uint64_t> checkpoints{0};

    Status grow_to(std::uint64_t target, std::mt19937_64& rng, std::uint64_t max_batch) {
        TileWriter writer(store);
        while (memory.size() < target) {
            const std::uint64_t n =
                std::min<std::uint64_t>(1 + rng() % max_batch, target - memory.size());
            std::vector<Bytes> batch;
            for (std::uint64_t i = 0; i < n; ++i)
                batch.push_back(entry(memory.size() + i));
            CL_ASSIGN_OR_RETURN(TileWriter::Batch written, writer.append(memory.size(), batch));
            // The writer names exactly the tiles new_tiles() says a log must write.
            std::vector<TileId> ids;
            for (const TileFile& f : written.files) {
                ids.push_back(f.tile);
                if (f.path != tile_path(f.tile))
                    return make_error("test.path", "file path is not the tile's path");
            }
            if (ids != new_tiles(memory.size(), memory.size() + n, true))
                return make_error("test.tiles", "writer wrote other tiles than new_tiles() lists");
            store.put(written.files);
            for (const Hash32& h : written.leaf_hashes)
                memory.append(h);
            checkpoints.push_back(memory.size());
        }
        return {};
    }
};

// What the spec says tile (L, n) of width w holds: MTH(D[(n·256 + i)·256^L : (n·256 + i +
// 1)·256^L]), each a complete subtree at tree level 8L.
Bytes expected_tile(MemoryHashSource& memory, const TileId& t) {
    Bytes out;
    for (std::uint64_t i = 0; i < t.width; ++i)
        append(out, view(*memory.hash(t.level * 8, t.index * 256 + i)));
    return out;
}

Bytes expected_bundle(const TileId& t) {
    Bytes out;
    for (std::uint64_t i = 0; i < t.width; ++i) {
        const Bytes e = entry(t.index * 256 + i);
        out.push_back(static_cast<std::uint8_t>(e.size() >> 8U));
        out.push_back(static_cast<std::uint8_t>(e.size() & 0xFFU));
        append(out, e);
    }
    return out;
}

} // namespace

class TestTiles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::init_core(); }
    void cleanupTestCase() {
        qInfo("tiles: %zu paths, %zu tile files checked against the spec formula, %zu proofs via "
              "tiles equal to memory",
              paths_, files_checked_, proofs_);
    }

    void paths_data() {
        QTest::addColumn<bool>("entries");
        QTest::addColumn<uint>("level");
        QTest::addColumn<quint64>("index");
        QTest::addColumn<uint>("width");
        QTest::addColumn<QString>("path");
        QTest::newRow("first") << false << 0U << quint64{0} << 256U << "tile/0/000";
        QTest::newRow("partial first") << false << 0U << quint64{0} << 1U << "tile/0/000.p/1";
        QTest::newRow("spec example")
            << false << 0U << quint64{1234067} << 256U << "tile/0/x001/x234/067";
        QTest::newRow("spec example partial")
            << false << 3U << quint64{1234067} << 255U << "tile/3/x001/x234/067.p/255";
        QTest::newRow("999") << false << 1U << quint64{999} << 256U << "tile/1/999";
        QTest::newRow("1000") << false << 1U << quint64{1000} << 256U << "tile/1/x001/000";
        QTest::newRow("1001 partial")
            << false << 2U << quint64{1001} << 17U << "tile/2/x001/001.p/17";
        QTest::newRow("million") << false << 0U << quint64{1000000} << 256U
                                 << "tile/0/x001/x000/000";
        QTest::newRow("level 63") << false << 63U << quint64{5} << 256U << "tile/63/005";
        QTest::newRow("max index") << false << 0U << quint64{UINT64_MAX} << 256U
                                   << "tile/0/x018/x446/x744/x073/x709/x551/615";
        QTest::newRow("entries") << true << 0U << quint64{0} << 256U << "tile/entries/000";
        QTest::newRow("entries partial")
            << true << 0U << quint64{273} << 112U << "tile/entries/273.p/112";
        QTest::newRow("entries grouped")
            << true << 0U << quint64{1234067} << 8U << "tile/entries/x001/x234/067.p/8";
    }
    void paths() {
        QFETCH(bool, entries);
        QFETCH(uint, level);
        QFETCH(quint64, index);
        QFETCH(uint, width);
        QFETCH(QString, path);
        const TileId tile{entries, level, index, width};
        QCOMPARE(QString::fromStdString(tile_path(tile)), path);
        auto parsed = parse_tile_path(path.toStdString());
        CL_QVERIFY_OK(parsed);
        QVERIFY(*parsed == tile);
        ++paths_;
    }

    void bad_paths_data() {
        QTest::addColumn<QString>("path");
        for (const char* p : {"tile/0/1",
                              "tile/0/0001",
                              "tile/0/01",
                              "tile/00/000",
                              "tile/64/000",
                              "tile/-1/000",
                              "tile//000",
                              "tiles/0/000",
                              "tile/0/000/",
                              "tile/0",
                              "tile/0/",
                              "tile/0/x000/001",
                              "tile/0/x001",
                              "tile/0/001/002",
                              "tile/0/y001/000",
                              "tile/0/001.p/0",
                              "tile/0/001.p/256",
                              "tile/0/001.p/01",
                              "tile/0/001.p/",
                              "tile/0/001.p",
                              "tile/0/001.q/5",
                              "tile/0/x001.p/5/000",
                              "tile/entries/000.p/300",
                              "tile/entry/000",
                              "tile/0/x018/x446/x744/x073/x709/x551/616",
                              "tile/0/x001/x001/x001/x001/x001/x001/x001/001",
                              "/tile/0/000",
                              "tile/0/00a",
                              "tile/ 0/000"})
            QTest::newRow(p) << QString(p);
    }
    void bad_paths() {
        QFETCH(QString, path);
        CL_QCOMPARE_ERROR(parse_tile_path(path.toStdString()), "tile.bad_path");
        ++paths_;
    }

    // The spec: "a tree of size 70,000 will be represented by 273 full level 0 tiles, one partial
    // level 0 tile of width 112, one full level 1 tile, one partial level 1 tile of width 17, and
    // one partial level 2 tile of width 1"; "a tree of size 256 will be represented by a full
    // level 0 tile and a partial level 1 tile of width 1".
    void tiles_for_size_spec_examples() {
        auto count = [](const std::vector<TileId>& tiles, unsigned level, bool full) {
            std::size_t n = 0;
            for (const TileId& t : tiles)
                n += (t.level == level && t.full() == full) ? 1U : 0U;
            return n;
        };
        const auto t70k = tiles_for_size(70000);
        QCOMPARE(t70k.size(), std::size_t{273 + 1 + 1 + 1 + 1});
        QCOMPARE(count(t70k, 0, true), std::size_t{273});
        QCOMPARE(count(t70k, 0, false), std::size_t{1});
        QCOMPARE(count(t70k, 1, true), std::size_t{1});
        QCOMPARE(count(t70k, 1, false), std::size_t{1});
        QCOMPARE(count(t70k, 2, false), std::size_t{1});
        std::set<std::string> paths;
        for (const TileId& t : t70k)
            paths.insert(tile_path(t));
        QVERIFY(paths.count("tile/0/273.p/112") == 1);
        QVERIFY(paths.count("tile/1/000") == 1);
        QVERIFY(paths.count("tile/1/001.p/17") == 1);
        QVERIFY(paths.count("tile/2/000.p/1") == 1);

        const auto t256 = tiles_for_size(256);
        QCOMPARE(t256.size(), std::size_t{2});
        QCOMPARE(QString::fromStdString(tile_path(t256[0])), QString("tile/0/000"));
        QCOMPARE(QString::fromStdString(tile_path(t256[1])), QString("tile/1/000.p/1"));
        QVERIFY(tiles_for_size(0).empty());
        QCOMPARE(QString::fromStdString(tile_path(tiles_for_size(1).at(0))),
                 QString("tile/0/000.p/1"));
        QCOMPARE(tiles_for_size(65536).size(),
                 std::size_t{256 + 1 + 1}); // 256 full, tile/1/000, tile/2/000.p/1
        // Growing 255 → 257 rewrites the level-0 edge (now full), starts the next, and adds
        // level 1.
        std::vector<std::string> grown;
        for (const TileId& t : new_tiles(255, 257, true))
            grown.push_back(tile_path(t));
        QCOMPARE(grown, (std::vector<std::string>{"tile/0/000", "tile/0/001.p/1", "tile/1/000.p/1",
                                                  "tile/entries/000", "tile/entries/001.p/1"}));
        QVERIFY(new_tiles(300, 300, true).empty());
    }

    void entry_bundles() {
        const std::vector<Bytes> entries{to_bytes("a"), Bytes{}, Bytes(65535, 0x5A),
                                         to_bytes("last")};
        auto bundle = format_entry_bundle(entries);
        CL_QVERIFY_OK(bundle);
        QCOMPARE(bundle->size(), std::size_t{2 + 1 + 2 + 0 + 2 + 65535 + 2 + 4});
        QCOMPARE((*bundle)[0], std::uint8_t{0});
        QCOMPARE((*bundle)[1], std::uint8_t{1});
        QCOMPARE((*bundle)[5], std::uint8_t{0xFF});
        QCOMPARE((*bundle)[6], std::uint8_t{0xFF});
        auto parsed = parse_entry_bundle(*bundle, 4);
        CL_QVERIFY_OK(parsed);
        QVERIFY(*parsed == entries);

        CL_QCOMPARE_ERROR(format_entry_bundle(std::vector<Bytes>{Bytes(65536, 0)}),
                          "tile.entry_too_large");
        CL_QCOMPARE_ERROR(parse_entry_bundle(*bundle, 5), "tile.bundle_truncated");
        CL_QCOMPARE_ERROR(parse_entry_bundle(*bundle, 3), "tile.bundle_trailing");
        CL_QCOMPARE_ERROR(parse_entry_bundle(*bundle, 0), "tile.bad_size");
        CL_QCOMPARE_ERROR(parse_entry_bundle(*bundle, 257), "tile.bad_size");
        CL_QCOMPARE_ERROR(parse_entry_bundle(Bytes{0x00}, 1), "tile.bundle_truncated");
        CL_QCOMPARE_ERROR(parse_entry_bundle(Bytes{0x00, 0x03, 'a', 'b'}, 1),
                          "tile.bundle_truncated");
        Bytes extra = *bundle;
        extra.push_back(0);
        CL_QCOMPARE_ERROR(parse_entry_bundle(extra, 4), "tile.bundle_trailing");

        std::vector<Hash32> hashes;
        hashes.reserve(entries.size());
        for (const Bytes& e : entries)
            hashes.push_back(leaf_hash(e));
        CL_QVERIFY_OK(verify_entry_bundle(*bundle, tile_bytes(hashes), 4));
        hashes[2] = leaf_hash(to_bytes("other"));
        CL_QCOMPARE_ERROR(verify_entry_bundle(*bundle, tile_bytes(hashes), 4),
                          "tile.bundle_mismatch");
        CL_QCOMPARE_ERROR(verify_entry_bundle(*bundle, tile_bytes(hashes), 3),
                          "tile.bundle_trailing");
        CL_QCOMPARE_ERROR(tile_hashes(Bytes(33, 0), 1), "tile.bad_size");
        CL_QCOMPARE_ERROR(tile_hashes(Bytes(std::size_t{32} * 257, 0), 257), "tile.bad_size");
    }

    // A log grown to 1100 leaves in batches: every file is exactly what the spec formula says, and
    // for every size 1..1100 the tiles give the in-memory tree's root, inclusion proofs (first,
    // last, tile edges, a random one) and consistency proofs from older sizes.
    void tiles_match_memory_every_size() {
        std::mt19937_64 rng(6962);
        TiledLog log;
        CL_QVERIFY_OK(log.grow_to(1100, rng, 40));
        for (const auto& [path, data] : log.store.files()) {
            auto id = parse_tile_path(path);
            CL_QVERIFY_OK(id);
            if (id->entries)
                QVERIFY2(data == expected_bundle(*id), path.c_str());
            else
                QVERIFY2(data == expected_tile(log.memory, *id), path.c_str());
            ++files_checked_;
        }
        // Every checkpointed size has its partial tiles; the final size has all of its tiles.
        for (const std::uint64_t size : log.checkpoints)
            for (const TileId& t : tiles_for_size(size))
                QVERIFY2(log.store.files().count(tile_path(t)) == 1, tile_path(t).c_str());

        // Every size needs its partial tiles; write those the batches skipped (a log serves
        // partial tiles only for checkpointed sizes, so this stands in for one checkpoint per
        // leaf).
        TiledLog every;
        std::mt19937_64 one(1);
        CL_QVERIFY_OK(every.grow_to(1100, one, 1));
        for (std::uint64_t size = 1; size <= 1100; ++size) {
            TileHashSource tiles(size, every.store);
            MemoryHashSource& memory = every.memory;
            auto r = tlog::root(size, tiles);
            CL_QVERIFY_OK(r);
            QVERIFY(*r == *tlog::root(size, memory));
            std::set<std::uint64_t> indices{0, size - 1, size / 2, rng() % size};
            for (const std::uint64_t edge :
                 {std::uint64_t{255}, std::uint64_t{256}, std::uint64_t{511}, std::uint64_t{768}})
                if (edge < size)
                    indices.insert(edge);
            for (const std::uint64_t i : indices) {
                auto via_tiles = inclusion_proof(i, size, tiles);
                CL_QVERIFY_OK(via_tiles);
                QVERIFY(*via_tiles == *inclusion_proof(i, size, memory));
                CL_QVERIFY_OK(verify_inclusion(*memory.hash(0, i), i, size, *via_tiles, *r));
                ++proofs_;
            }
            for (const std::uint64_t m :
                 {std::uint64_t{1}, size / 3, size - 1, rng() % size, std::uint64_t{256}}) {
                if (m == 0 || m >= size)
                    continue;
                auto via_tiles = consistency_proof(m, size, tiles);
                CL_QVERIFY_OK(via_tiles);
                QVERIFY(*via_tiles == *consistency_proof(m, size, memory));
                CL_QVERIFY_OK(verify_consistency(m, size, *via_tiles, *tlog::root(m, memory), *r));
                ++proofs_;
            }
            auto state = TreeState::load(size, tiles);
            CL_QVERIFY_OK(state);
            QVERIFY(state->root() == *r);
        }
    }

    // The spec's 70,000-leaf tree, built in batches: the tiles on disk are the spec's list, with
    // the spec's contents, including the level-2 tile over whole level-1 tiles.
    void spec_sized_log() {
        std::mt19937_64 rng(70000);
        TiledLog log;
        CL_QVERIFY_OK(log.grow_to(70000, rng, 3000));
        TileHashSource tiles(70000, log.store);
        const Hash32 r = *tlog::root(70000, log.memory);
        QVERIFY(*tlog::root(70000, tiles) == r);
        for (const TileId& t : tiles_for_size(70000)) {
            const auto it = log.store.files().find(tile_path(t));
            QVERIFY2(it != log.store.files().end(), tile_path(t).c_str());
            QVERIFY2(it->second == expected_tile(log.memory, t), tile_path(t).c_str());
            ++files_checked_;
        }
        const Bytes level2 = log.store.files().at("tile/2/000.p/1");
        const Hash32 level16 = *log.memory.hash(16, 0); // the root of the first 65,536 leaves
        QVERIFY(level2 == Bytes(level16.begin(), level16.end()));
        for (const std::uint64_t i :
             {std::uint64_t{0}, std::uint64_t{65535}, std::uint64_t{65536}, std::uint64_t{69999}}) {
            auto proof = inclusion_proof(i, 70000, tiles);
            CL_QVERIFY_OK(proof);
            QVERIFY(*proof == *inclusion_proof(i, 70000, log.memory));
            ++proofs_;
        }
        auto proof = consistency_proof(65536, 70000, tiles);
        CL_QVERIFY_OK(proof);
        QVERIFY(*proof == *consistency_proof(65536, 70000, log.memory));
        ++proofs_;
        qInfo("70,000-leaf log: %zu files written, %zu tiles read for the checks",
              log.store.files().size(), tiles.tiles_read());
    }

    // Past 1000 tiles in a level, paths group: tile/0/x001/000 and its entry bundle exist.
    void x_grouped_log() {
        std::mt19937_64 rng(1000);
        TiledLog log;
        const std::uint64_t size = 1001 * 256 + 3;
        CL_QVERIFY_OK(log.grow_to(size, rng, 20000));
        QVERIFY(log.store.files().count("tile/0/x001/000") == 1);
        QVERIFY(log.store.files().count("tile/entries/x001/000") == 1);
        QVERIFY(log.store.files().count("tile/0/x001/001.p/3") == 1);
        QVERIFY(log.store.files().count("tile/1/003.p/233") == 1);
        QVERIFY(log.store.files().at("tile/0/x001/000") ==
                expected_tile(log.memory, TileId{false, 0, 1000, 256}));
        TileHashSource tiles(size, log.store);
        QVERIFY(*tlog::root(size, tiles) == *tlog::root(size, log.memory));
        auto proof = inclusion_proof(256000, size, tiles);
        CL_QVERIFY_OK(proof);
        QVERIFY(*proof == *inclusion_proof(256000, size, log.memory));
        ++proofs_;
        files_checked_ += 2;
    }

    void reader_and_writer_errors() {
        std::mt19937_64 rng(7);
        TiledLog log;
        CL_QVERIFY_OK(log.grow_to(300, rng, 50));
        // A source asked beyond its tree, or for a tile the store does not have.
        TileHashSource small(300, log.store);
        CL_QCOMPARE_ERROR(small.hash(0, 300), "tile.out_of_range");
        CL_QCOMPARE_ERROR(small.hash(9, 0), "tile.out_of_range");
        MemoryTileStore empty;
        TileHashSource nothing(300, empty);
        CL_QCOMPARE_ERROR(tlog::root(300, nothing), "tile.not_found");
        // A tile of the wrong size is refused rather than read short.
        MemoryTileStore broken = log.store;
        broken.put("tile/0/001.p/44", Bytes(std::size_t{32} * 43, 0));
        TileHashSource bad(300, broken);
        CL_QCOMPARE_ERROR(tlog::root(300, bad), "tile.bad_size");
        // The writer needs the old right edge, and checks the old bundle against its tile.
        TileWriter cold(empty);
        const std::vector<Bytes> more{to_bytes("x")};
        CL_QCOMPARE_ERROR(cold.append(300, more), "tile.not_found");
        MemoryTileStore tampered = log.store;
        Bytes bundle = tampered.files().at("tile/entries/001.p/44");
        bundle.back() = static_cast<std::uint8_t>(bundle.back() ^ 1U);
        tampered.put("tile/entries/001.p/44", bundle);
        TileWriter writer(tampered);
        CL_QCOMPARE_ERROR(writer.append(300, more), "tile.bundle_mismatch");
        const std::vector<Bytes> too_big{Bytes(65536, 0)};
        CL_QCOMPARE_ERROR(TileWriter(log.store).append(300, too_big), "tile.entry_too_large");
        auto nothing_new = TileWriter(log.store).append(300, {});
        CL_QVERIFY_OK(nothing_new);
        QVERIFY(nothing_new->files.empty());
    }

private:
    std::size_t paths_ = 0;
    std::size_t files_checked_ = 0;
    std::size_t proofs_ = 0;
};

QTEST_GUILESS_MAIN(TestTiles)
#include "test_tiles.moc"
