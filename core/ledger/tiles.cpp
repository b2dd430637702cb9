#include "ledger/tiles.h"

#include "ledger/tlog_text.h"

#include <algorithm>
#include <bit>

namespace careledger::tlog {

namespace {

constexpr std::size_t kHashBytes = 32;
constexpr std::uint64_t kGroup = 1000;      // N is written three decimal digits per path element
constexpr std::size_t kMaxGroups = 7;       // 2^64 has 20 digits
constexpr std::size_t kTileCacheLimit = 64; // tiles kept by one TileHashSource

std::string three_digits(std::uint64_t v) {
    std::string s = std::to_string(v);
    return std::string(3 - s.size(), '0') + s;
}

std::string encode_index(std::uint64_t n) {
    // Groups from the most significant: x001/x234/067 for 1234067.
    std::vector<std::string> groups{three_digits(n % kGroup)};
    for (n /= kGroup; n > 0; n /= kGroup)
        groups.push_back(three_digits(n % kGroup));
    std::string s;
    for (auto it = groups.rbegin(); it + 1 != groups.rend(); ++it) {
        s += 'x';
        s += *it;
        s += '/';
    }
    s += groups.front();
    return s;
}

bool is_three_digits(std::string_view s) {
    return s.size() == 3 &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

Error bad_path(std::string_view path) {
    return make_error("tile.bad_path", "not a tlog-tiles path: " + std::string(path.substr(0, 80)));
}

// Hashes at tile level `level` in a tree of `size` leaves: floor(size / 256^level).
std::uint64_t hashes_at_level(std::uint64_t size, unsigned tile_level) {
    const unsigned shift = tile_level * kTileHeight;
    return shift >= 64 ? 0 : size >> shift;
}

} // namespace

// ---- Paths ----

std::string tile_path(const TileId& tile) {
    std::string path = "tile/";
    path += tile.entries ? std::string("entries") : std::to_string(tile.level);
    path += '/';
    path += encode_index(tile.index);
    if (!tile.full()) {
        path += ".p/";
        path += std::to_string(tile.width);
    }
    return path;
}

Result<TileId> parse_tile_path(std::string_view path) {
    std::vector<std::string_view> parts;
    for (std::string_view rest = path;;) {
        const std::size_t slash = rest.find('/');
        parts.push_back(rest.substr(0, slash));
        if (slash == std::string_view::npos)
            break;
        rest.remove_prefix(slash + 1);
    }
    if (parts.size() < 3 || parts[0] != "tile")
        return bad_path(path);
    TileId tile;
    if (parts[1] == "entries") {
        tile.entries = true;
    } else {
        const auto level = parse_decimal(parts[1]);
        if (!level || *level > kMaxTileLevel)
            return bad_path(path);
        tile.level = static_cast<unsigned>(*level);
    }
    std::vector<std::string_view> groups(parts.begin() + 2, parts.end());
    if (groups.size() >= 2 && groups[groups.size() - 2].ends_with(".p")) {
        const auto width = parse_decimal(groups.back());
        if (!width || *width == 0 || *width >= kTileWidth)
            return bad_path(path);
        tile.width = static_cast<unsigned>(*width);
        groups.pop_back();
        groups.back().remove_suffix(2);
    }
    if (groups.empty() || groups.size() > kMaxGroups)
        return bad_path(path);
    std::uint64_t n = 0;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        std::string_view g = groups[i];
        const bool last = i + 1 == groups.size();
        if (!last) {
            if (!g.starts_with('x'))
                return bad_path(path);
            g.remove_prefix(1);
        }
        if (!is_three_digits(g))
            return bad_path(path);
        std::uint64_t digits = 0;
        for (const char c : g)
            digits = digits * 10 + static_cast<std::uint64_t>(c - '0');
        if (n > (UINT64_MAX - digits) / kGroup)
            return bad_path(path);
        n = n * kGroup + digits;
    }
    tile.index = n;
    // One path per tile: reject anything that does not round-trip (e.g. a leading x000 group).
    if (tile_path(tile) != path)
        return bad_path(path);
    return tile;
}

// ---- Which tiles exist ----

std::vector<TileId> tiles_for_size(std::uint64_t size) {
    return new_tiles(0, size, false);
}

std::vector<TileId> new_tiles(std::uint64_t old_size, std::uint64_t new_size, bool with_entries) {
    std::vector<TileId> tiles;
    if (new_size <= old_size)
        return tiles;
    std::vector<TileId> bundles;
    for (unsigned level = 0; level <= kMaxTileLevel; ++level) {
        const std::uint64_t old_count = hashes_at_level(old_size, level);
        const std::uint64_t new_count = hashes_at_level(new_size, level);
        if (new_count == 0)
            break;
        if (old_count == new_count)
            continue; // nothing changed on this level, so nothing above it either
        const std::uint64_t last = new_count / kTileWidth;
        for (std::uint64_t n = old_count / kTileWidth; n < last; ++n)
            tiles.push_back(TileId{false, level, n, kTileWidth});
        if (const auto width = static_cast<unsigned>(new_count % kTileWidth); width != 0)
            tiles.push_back(TileId{false, level, last, width});
    }
    if (with_entries)
        for (const TileId& t : tiles)
            if (t.level == 0)
                bundles.push_back(TileId{true, 0, t.index, t.width});
    tiles.insert(tiles.end(), bundles.begin(), bundles.end());
    return tiles;
}

// ---- Tile contents ----

Result<std::vector<Hash32>> tile_hashes(ByteView tile, unsigned width) {
    if (width == 0 || width > kTileWidth || tile.size() != std::size_t{width} * kHashBytes)
        return make_error("tile.bad_size", "tile of width " + std::to_string(width) + " has " +
                                               std::to_string(tile.size()) + " bytes");
    std::vector<Hash32> hashes(width);
    for (std::size_t i = 0; i < width; ++i)
        std::copy_n(tile.subspan(i * kHashBytes, kHashBytes).begin(), kHashBytes,
                    hashes[i].begin());
    return hashes;
}

Bytes tile_bytes(std::span<const Hash32> hashes) {
    Bytes out;
    out.reserve(hashes.size() * kHashBytes);
    for (const Hash32& h : hashes)
        append(out, view(h));
    return out;
}

Hash32 perfect_subtree_hash(std::span<const Hash32> hashes) {
    if (hashes.size() == 1)
        return hashes[0];
    const std::size_t half = hashes.size() / 2;
    return node_hash(perfect_subtree_hash(hashes.first(half)),
                     perfect_subtree_hash(hashes.subspan(half)));
}

Result<Bytes> format_entry_bundle(std::span<const Bytes> entries) {
    Bytes out;
    for (const Bytes& entry : entries) {
        if (entry.size() > kMaxEntryBytes)
            return make_error("tile.entry_too_large",
                              "an entry of " + std::to_string(entry.size()) +
                                  " bytes does not fit a bundle's uint16 length");
        out.push_back(static_cast<std::uint8_t>(entry.size() >> 8U));
        out.push_back(static_cast<std::uint8_t>(entry.size() & 0xFFU));
        append(out, entry);
    }
    return out;
}

Result<std::vector<Bytes>> parse_entry_bundle(ByteView bundle, unsigned width) {
    if (width == 0 || width > kTileWidth)
        return make_error("tile.bad_size", "bundle width must be 1..256");
    std::vector<Bytes> entries;
    entries.reserve(width);
    std::size_t pos = 0;
    while (entries.size() < width) {
        if (bundle.size() - pos < 2)
            return make_error("tile.bundle_truncated", "entry bundle ends inside a length prefix");
        const std::size_t len = (std::size_t{bundle[pos]} << 8U) | bundle[pos + 1];
        pos += 2;
        if (bundle.size() - pos < len)
            return make_error("tile.bundle_truncated", "entry bundle ends inside an entry");
        const ByteView entry = bundle.subspan(pos, len);
        entries.emplace_back(entry.begin(), entry.end());
        pos += len;
    }
    if (pos != bundle.size())
        return make_error("tile.bundle_trailing", "entry bundle has bytes after its last entry");
    return entries;
}

Result<std::vector<Bytes>> verify_entry_bundle(ByteView bundle, ByteView level0_tile,
                                               unsigned width) {
    CL_ASSIGN_OR_RETURN(std::vector<Bytes> entries, parse_entry_bundle(bundle, width));
    CL_ASSIGN_OR_RETURN(const std::vector<Hash32> hashes, tile_hashes(level0_tile, width));
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (leaf_hash(entries[i]) != hashes[i])
            return make_error("tile.bundle_mismatch",
                              "entry " + std::to_string(i) +
                                  " of the bundle does not hash to its tile");
    return entries;
}

// ---- MemoryTileStore ----

void MemoryTileStore::put(const std::vector<TileFile>& files) {
    for (const TileFile& f : files)
        files_[f.path] = f.data;
}

Result<Bytes> MemoryTileStore::read(const TileId& tile) {
    const auto it = files_.find(tile_path(tile));
    if (it == files_.end())
        return make_error("tile.not_found", "no tile at " + tile_path(tile));
    return it->second;
}

Result<Bytes> MemoryTileStore::read_tile(unsigned level, std::uint64_t index, unsigned width) {
    return read(TileId{false, level, index, width});
}

Result<Bytes> MemoryTileStore::read_entries(std::uint64_t index, unsigned width) {
    return read(TileId{true, 0, index, width});
}

// ---- TileHashSource ----

Result<const Bytes*> TileHashSource::tile(unsigned tile_level, std::uint64_t index,
                                          unsigned width) {
    const auto key = std::make_pair(tile_level, index);
    if (const auto it = cache_.find(key); it != cache_.end())
        return &it->second;
    CL_ASSIGN_OR_RETURN(Bytes data, reader_.read_tile(tile_level, index, width));
    CL_TRY(tile_hashes(data, width)); // size check
    ++tiles_read_;
    if (cache_.size() >= kTileCacheLimit)
        cache_.clear();
    return &cache_.emplace(key, std::move(data)).first->second;
}

Result<Hash32> TileHashSource::hash(unsigned level, std::uint64_t index) {
    if (level >= 64 || index >= (size_ >> level))
        return make_error("tile.out_of_range",
                          "no complete subtree at level " + std::to_string(level) + ", index " +
                              std::to_string(index) + " in a tree of " + std::to_string(size_));
    const unsigned tile_level = level / kTileHeight;
    const unsigned sublevel = level % kTileHeight;
    // The subtree's 2^sublevel hashes at the tile's level, and the tile that holds them.
    const std::uint64_t first = index << sublevel;
    const std::uint64_t n = first / kTileWidth;
    const std::size_t pos = first % kTileWidth;
    const std::size_t count = std::size_t{1} << sublevel;
    const std::uint64_t available = hashes_at_level(size_, tile_level) - n * kTileWidth;
    const auto width = static_cast<unsigned>(std::min<std::uint64_t>(available, kTileWidth));
    CL_ASSIGN_OR_RETURN(const Bytes* data, tile(tile_level, n, width));
    CL_ASSIGN_OR_RETURN(const std::vector<Hash32> hashes,
                        tile_hashes(ByteView(*data).subspan(pos * kHashBytes, count * kHashBytes),
                                    static_cast<unsigned>(count)));
    return perfect_subtree_hash(hashes);
}

// ---- TileWriter ----

Result<TileWriter::Batch> TileWriter::append(std::uint64_t old_size,
                                             std::span<const Bytes> entries) {
    Batch batch;
    batch.new_size = old_size + entries.size();
    batch.leaf_hashes.reserve(entries.size());
    for (const Bytes& entry : entries) {
        if (entry.size() > kMaxEntryBytes)
            return make_error("tile.entry_too_large",
                              "an entry of " + std::to_string(entry.size()) +
                                  " bytes does not fit a bundle's uint16 length");
        batch.leaf_hashes.push_back(leaf_hash(entry));
    }
    if (entries.empty())
        return batch;

    // Hash tiles, level by level: the old partial tile's hashes plus the new ones, cut into tiles;
    // each tile that becomes full adds one hash to the level above.
    std::vector<Hash32> added = batch.leaf_hashes;
    for (unsigned level = 0; !added.empty(); ++level) {
        const std::uint64_t old_count = hashes_at_level(old_size, level);
        const std::uint64_t first_tile = old_count / kTileWidth;
        const auto old_width = static_cast<unsigned>(old_count % kTileWidth);
        std::vector<Hash32> row;
        if (old_width != 0) {
            CL_ASSIGN_OR_RETURN(const Bytes old_tile,
                                existing_.read_tile(level, first_tile, old_width));
            CL_ASSIGN_OR_RETURN(row, tile_hashes(old_tile, old_width));
        }
        row.insert(row.end(), added.begin(), added.end());
        added.clear();
        for (std::size_t start = 0; start < row.size(); start += kTileWidth) {
            const std::size_t width = std::min<std::size_t>(kTileWidth, row.size() - start);
            const std::span<const Hash32> hashes(row.data() + start, width);
            TileId id{false, level, first_tile + start / kTileWidth, static_cast<unsigned>(width)};
            batch.files.push_back(TileFile{id, tile_path(id), tile_bytes(hashes)});
            if (id.full())
                added.push_back(perfect_subtree_hash(hashes));
        }
    }

    // Entry bundles follow the level-0 tiles.
    const std::uint64_t first_bundle = old_size / kTileWidth;
    const auto old_width = static_cast<unsigned>(old_size % kTileWidth);
    std::vector<Bytes> row;
    if (old_width != 0) {
        CL_ASSIGN_OR_RETURN(const Bytes old_bundle,
                            existing_.read_entries(first_bundle, old_width));
        CL_ASSIGN_OR_RETURN(const Bytes old_tile, existing_.read_tile(0, first_bundle, old_width));
        CL_ASSIGN_OR_RETURN(row, verify_entry_bundle(old_bundle, old_tile, old_width));
    }
    row.insert(row.end(), entries.begin(), entries.end());
    for (std::size_t start = 0; start < row.size(); start += kTileWidth) {
        const std::size_t width = std::min<std::size_t>(kTileWidth, row.size() - start);
        CL_ASSIGN_OR_RETURN(Bytes data,
                            format_entry_bundle(std::span<const Bytes>(row.data() + start, width)));
        TileId id{true, 0, first_bundle + start / kTileWidth, static_cast<unsigned>(width)};
        batch.files.push_back(TileFile{id, tile_path(id), std::move(data)});
    }
    return batch;
}

Result<std::vector<Bytes>> read_entry_range(TileReader& reader, std::uint64_t from,
                                            std::uint64_t to, std::uint64_t tree_size) {
    std::vector<Bytes> out;
    out.reserve(static_cast<std::size_t>(to - from));
    for (std::uint64_t n = from / kTileWidth; n * kTileWidth < to; ++n) {
        const std::uint64_t start = n * kTileWidth;
        const auto width =
            static_cast<unsigned>(std::min<std::uint64_t>(kTileWidth, tree_size - start));
        CL_ASSIGN_OR_RETURN(auto bundle, reader.read_entries(n, width));
        CL_ASSIGN_OR_RETURN(auto entries, parse_entry_bundle(bundle, width));
        const auto first = std::max(from, start) - start;
        const auto last = std::min<std::uint64_t>(to - start, width);
        for (std::uint64_t i = first; i < last; ++i)
            out.push_back(std::move(entries[static_cast<std::size_t>(i)]));
    }
    return out;
}

} // namespace careledger::tlog
