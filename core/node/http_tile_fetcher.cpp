#include "node/http_tile_fetcher.h"

namespace careledger::node {

namespace {

// The largest tile: 256 entries of at most 65,535 bytes, each with its 2-byte length.
constexpr std::size_t kMaxTileBytes = std::size_t{tlog::kTileWidth} * (tlog::kMaxEntryBytes + 2);

// The first `width` hashes or entries of a wider tile.
Result<Bytes> truncate(Bytes data, const tlog::TileId& tile) {
    if (!tile.entries) {
        const std::size_t want = std::size_t{tile.width} * 32;
        if (data.size() < want)
            return make_error("fetch.failed", "tile " + tlog::tile_path(tile) + " is too short");
        data.resize(want);
        return data;
    }
    std::size_t pos = 0;
    for (unsigned i = 0; i < tile.width; ++i) {
        if (pos + 2 > data.size())
            return make_error("fetch.failed", "bundle " + tlog::tile_path(tile) + " is too short");
        pos += 2 + (static_cast<std::size_t>(data[pos]) << 8U | data[pos + 1]);
    }
    if (pos > data.size())
        return make_error("fetch.failed", "bundle " + tlog::tile_path(tile) + " is too short");
    data.resize(pos);
    return data;
}

} // namespace

Result<std::unique_ptr<HttpTileFetcher>> HttpTileFetcher::create(std::string base_url,
                                                                 sync::HttpOptions options) {
    while (base_url.ends_with('/'))
        base_url.pop_back();
    options.max_body = std::min(options.max_body, kMaxTileBytes);
    CL_ASSIGN_OR_RETURN(auto client, sync::HttpClient::create(std::move(options)));
    return std::unique_ptr<HttpTileFetcher>(
        new HttpTileFetcher(std::move(base_url), std::move(client)));
}

Result<Bytes> HttpTileFetcher::get(const tlog::TileId& tile) {
    const std::string url = base_ + "/" + tlog::tile_path(tile);
    auto response = client_.get(url);
    if (!response.ok())
        return make_error("fetch.failed", url + ": " + response.error().message + " (" +
                                              response.error().code + ")");
    if (response->status == 404)
        return make_error("fetch.not_found", url + " does not exist");
    if (response->status != 200)
        return make_error("fetch.failed", url + " answered " + std::to_string(response->status));
    count(response->body.size());
    return std::move(response->body);
}

Result<Bytes> HttpTileFetcher::fetch(const tlog::TileId& tile) {
    auto data = get(tile);
    if (data.ok() || tile.full() || data.error().code != "fetch.not_found")
        return data;
    // The partial tile was completed since: the full tile starts with the same hashes/entries.
    tlog::TileId full = tile;
    full.width = tlog::kTileWidth;
    CL_ASSIGN_OR_RETURN(auto wider, get(full));
    return truncate(std::move(wider), tile);
}

} // namespace careledger::node
