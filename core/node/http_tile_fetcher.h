// A validator's view of the sequencer's tiles over HTTP(S), with core/sync's libcurl client (no
// redirects, capped bodies, TLS unless loopback). GET <base>/tile/...; a partial tile the server
// no longer has (404) is read from its full tile and truncated, as c2sp.org/tlog-tiles allows.
// Nothing fetched is trusted: the validator recomputes and compares every tile.
//
// Error codes: fetch.not_found, fetch.failed (with the http.* cause in the message).
#pragma once

#include "node/tile_fetcher.h"
#include "sync/http_client.h"

#include <memory>
#include <string>

namespace careledger::node {

class HttpTileFetcher final : public TileFetcher {
public:
    // `base_url` is the node's base URL (a trailing slash is optional).
    static Result<std::unique_ptr<HttpTileFetcher>> create(std::string base_url,
                                                           sync::HttpOptions options = {});
    Result<Bytes> fetch(const tlog::TileId& tile) override;

private:
    HttpTileFetcher(std::string base_url, sync::HttpClient client)
        : base_(std::move(base_url)), client_(std::move(client)) {}
    Result<Bytes> get(const tlog::TileId& tile);

    std::string base_;
    sync::HttpClient client_;
};

} // namespace careledger::node
