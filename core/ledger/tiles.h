// c2sp.org/tlog-tiles: the log published as immutable files any HTTP server or cache can serve
// (DESIGN §6, §7). Tiles have height 8: a full tile holds 256 consecutive hashes of one tree
// level, the n-th tile at tile level L holding MTH(D[(n·256 + i)·256^L : (n·256 + i + 1)·256^L])
// for i in 0..255; level 0 holds leaf hashes. The rightmost tile of a level may be partial (1..255
// hashes, path suffix ".p/<W>"). Entry bundles (tile/entries/<N>) hold the entries of the level-0
// tile with the same N, each prefixed by its big-endian uint16 length.
//
// Paths: tile/<L>/<N>[.p/<W>] and tile/entries/<N>[.p/<W>], N written in 3-digit groups, all but
// the last prefixed with 'x' (1234067 → x001/x234/067).
//
// Error codes: tile.bad_path, tile.bad_size, tile.entry_too_large, tile.bundle_truncated,
// tile.bundle_trailing, tile.bundle_mismatch, tile.not_found, tile.out_of_range.
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "ledger/merkle.h"

#include <cstddef>
#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace careledger::tlog {

inline constexpr unsigned kTileHeight = 8;
inline constexpr unsigned kTileWidth = 256; // hashes in a full tile
inline constexpr unsigned kMaxTileLevel = 63;
// An entry's length must fit the bundle's uint16 prefix.
inline constexpr std::size_t kMaxEntryBytes = 65535;

struct TileId {
    bool entries = false;        // an entry bundle rather than a hash tile
    unsigned level = 0;          // hash tiles: 0..63; always 0 for entry bundles
    std::uint64_t index = 0;     // N
    unsigned width = kTileWidth; // 1..256; 256 is a full tile
    [[nodiscard]] bool full() const { return width == kTileWidth; }
    bool operator==(const TileId&) const = default;
};

[[nodiscard]] std::string tile_path(const TileId& tile);
// Strict: exactly the form tile_path writes (no leading zeros, no empty x groups, W in 1..255).
Result<TileId> parse_tile_path(std::string_view path);

// The hash tiles that publish a tree of `size` leaves: per level, the full tiles and the partial
// one of width floor(size / 256^L) mod 256 when that is not zero.
std::vector<TileId> tiles_for_size(std::uint64_t size);
// The tiles to write when the tree grows from old_size to new_size: per level, the tiles from the
// old right edge on (completed ones full, the new right edge partial); entry bundles too if asked.
std::vector<TileId> new_tiles(std::uint64_t old_size, std::uint64_t new_size, bool with_entries);

// Entry bundles.
Result<Bytes> format_entry_bundle(std::span<const Bytes> entries);
// Exactly `width` entries, nothing after the last.
Result<std::vector<Bytes>> parse_entry_bundle(ByteView bundle, unsigned width);
// Check that a bundle holds the entries whose leaf hashes a level-0 tile of `width` lists.
Result<std::vector<Bytes>> verify_entry_bundle(ByteView bundle, ByteView level0_tile,
                                               unsigned width);

// Tile bytes as hashes; the size must be exactly width · 32.
Result<std::vector<Hash32>> tile_hashes(ByteView tile, unsigned width);
[[nodiscard]] Bytes tile_bytes(std::span<const Hash32> hashes);
// MTH over a power-of-two run of same-level hashes; for a full tile, the hash it contributes to
// the level above.
[[nodiscard]] Hash32 perfect_subtree_hash(std::span<const Hash32> hashes);

// Where tiles come from: a directory, an HTTP mirror, a database. Must return exactly the
// requested width (a reader that falls back to the full tile truncates it).
class TileReader {
public:
    virtual ~TileReader() = default;

    virtual Result<Bytes> read_tile(unsigned level, std::uint64_t index, unsigned width) = 0;
    virtual Result<Bytes> read_entries(std::uint64_t index, unsigned width) = 0;

protected:
    // Copyable and movable only as the concrete type, never sliced through the interface.
    TileReader() = default;
    TileReader(const TileReader&) = default;
    TileReader& operator=(const TileReader&) = default;
    TileReader(TileReader&&) = default;
    TileReader& operator=(TileReader&&) = default;
};

// Entries [from, to) of a log of `tree_size` entries, read from its entry bundles at the width
// the tree has (the files that exist), not at the width of the range.
Result<std::vector<Bytes>> read_entry_range(TileReader& reader, std::uint64_t from,
                                            std::uint64_t to, std::uint64_t tree_size);

struct TileFile {
    TileId tile;
    std::string path;
    Bytes data;
};

// Tiles held in memory by path: tests, tools and the embedded node's cache.
class MemoryTileStore final : public TileReader {
public:
    void put(std::string path, Bytes data) { files_[std::move(path)] = std::move(data); }
    void put(const std::vector<TileFile>& files);
    [[nodiscard]] const std::map<std::string, Bytes>& files() const { return files_; }
    Result<Bytes> read_tile(unsigned level, std::uint64_t index, unsigned width) override;
    Result<Bytes> read_entries(std::uint64_t index, unsigned width) override;

private:
    Result<Bytes> read(const TileId& tile);
    std::map<std::string, Bytes> files_;
};

// The complete-subtree hashes of a tree of `size` leaves, read from its tiles: a hash at tree
// level l is in the tile at level l / 8, computed from 2^(l mod 8) of its hashes. Tiles are not
// authenticated here: whatever a proof or root computed from them is, the caller compares it with
// a signed checkpoint. Recently read tiles are kept in a small cache.
class TileHashSource final : public HashSource {
public:
    TileHashSource(std::uint64_t size, TileReader& reader) : size_(size), reader_(reader) {}
    Result<Hash32> hash(unsigned level, std::uint64_t index) override;
    [[nodiscard]] std::uint64_t size() const { return size_; }
    [[nodiscard]] std::size_t tiles_read() const { return tiles_read_; }

private:
    Result<const Bytes*> tile(unsigned tile_level, std::uint64_t index, unsigned width);
    std::uint64_t size_;
    TileReader& reader_;
    std::map<std::pair<unsigned, std::uint64_t>, Bytes> cache_;
    std::size_t tiles_read_ = 0;
};

// The files a log writes when it appends a batch: full tiles once complete, partial tiles for
// the new right edge, entry bundles alike. The old right-edge partial tiles are read back through
// `existing` (and the partial bundle checked against its tile); nothing else is read, and no
// existing file is rewritten except by its full or wider successor under a new path.
class TileWriter {
public:
    explicit TileWriter(TileReader& existing) : existing_(existing) {}

    struct Batch {
        std::uint64_t new_size = 0;
        std::vector<Hash32> leaf_hashes; // of the new entries, to extend a TreeState
        std::vector<TileFile> files;     // hash tiles, then entry bundles
    };
    Result<Batch> append(std::uint64_t old_size, std::span<const Bytes> entries);

private:
    TileReader& existing_;
};

} // namespace careledger::tlog
