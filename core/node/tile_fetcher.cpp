#include "node/tile_fetcher.h"

namespace careledger::node {

Result<Bytes> DirectoryTileFetcher::fetch(const tlog::TileId& tile) {
    auto data = tile.entries ? tiles_.read_entries(tile.index, tile.width)
                             : tiles_.read_tile(tile.level, tile.index, tile.width);
    if (!data.ok()) {
        if (data.error().code == "tile.not_found")
            return make_error("fetch.not_found", "the log has no " + tlog::tile_path(tile));
        return make_error("fetch.failed",
                          "cannot read " + tlog::tile_path(tile) + ": " + data.error().message);
    }
    count(data->size());
    return data;
}

} // namespace careledger::node
