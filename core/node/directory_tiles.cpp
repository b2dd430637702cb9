#include "node/directory_tiles.h"

#include "common/atomic_file.h"

#include <system_error>

namespace careledger::node {

namespace {
// A bundle of 256 entries of at most 64 KiB each, plus length prefixes.
constexpr std::size_t kMaxBundleBytes = 256 * (tlog::kMaxEntryBytes + 2);
} // namespace

Result<Bytes> DirectoryTiles::read(tlog::TileId id, std::size_t unit) {
    const unsigned wanted = id.width;
    auto path = root_ / tlog::tile_path(id);
    std::error_code ec;
    if (!id.full() && !std::filesystem::exists(path, ec)) {
        id.width = tlog::kTileWidth; // the partial tile may have been completed since
        path = root_ / tlog::tile_path(id);
    }
    if (!std::filesystem::exists(path, ec))
        return make_error("tile.not_found", "missing tile " + tlog::tile_path(id));
    CL_ASSIGN_OR_RETURN(auto data, read_file(path, kMaxBundleBytes));
    bytes_read_ += data.size();
    if (unit != 0) {
        // Hash tiles: take the first `wanted` hashes of a wider tile.
        if (data.size() < static_cast<std::size_t>(wanted) * unit)
            return make_error("tile.bad_size", "tile " + tlog::tile_path(id) + " is too short");
        data.resize(static_cast<std::size_t>(wanted) * unit);
        return data;
    }
    if (id.width != wanted) {
        // Entry bundles: keep the first `wanted` length-prefixed entries.
        std::size_t pos = 0;
        for (unsigned i = 0; i < wanted; ++i) {
            if (pos + 2 > data.size())
                return make_error("tile.bundle_truncated", "entry bundle is truncated");
            pos += 2 + (static_cast<std::size_t>(data[pos]) << 8U | data[pos + 1]);
        }
        if (pos > data.size())
            return make_error("tile.bundle_truncated", "entry bundle is truncated");
        data.resize(pos);
    }
    return data;
}

Result<Bytes> DirectoryTiles::read_tile(unsigned level, std::uint64_t index, unsigned width) {
    return read(tlog::TileId{false, level, index, width}, 32);
}

Result<Bytes> DirectoryTiles::read_entries(std::uint64_t index, unsigned width) {
    return read(tlog::TileId{true, 0, index, width}, 0);
}

Status DirectoryTiles::write(const std::vector<tlog::TileFile>& files) {
    for (const auto& f : files) {
        const auto path = root_ / f.path;
        std::error_code ec;
        std::filesystem::create_directories(path.parent_path(), ec);
        if (ec)
            return make_error("io.mkdir",
                              "cannot create " + path.parent_path().string() + ": " + ec.message());
        CL_TRY(write_file_atomically(path, f.data));
    }
    return {};
}

} // namespace careledger::node
