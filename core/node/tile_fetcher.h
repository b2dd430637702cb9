// Where a validator mirrors a log from: the sequencer's c2sp.org/tlog-tiles files, fetched one
// tile at a time. Nothing a fetcher returns is trusted: the validator recomputes every tile from
// the entries and compares, and the root with the signed checkpoint.
//
// Two implementations: a directory (tests, a sequencer on the same machine) and, in
// node/http_tile_fetcher.h, HTTP(S) with core/sync's client.
//
// Error codes: fetch.not_found, fetch.failed (and tile.* from the directory reader).
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "ledger/tiles.h"
#include "node/directory_tiles.h"

#include <cstdint>
#include <filesystem>

namespace careledger::node {

class TileFetcher {
public:
    TileFetcher() = default;
    virtual ~TileFetcher() = default;
    TileFetcher(const TileFetcher&) = delete;
    TileFetcher& operator=(const TileFetcher&) = delete;
    TileFetcher(TileFetcher&&) = delete;
    TileFetcher& operator=(TileFetcher&&) = delete;

    // The tile or entry bundle `tile` names, exactly `tile.width` hashes or entries long. A
    // partial tile that is gone may be served from its full (or wider) successor, truncated, as
    // c2sp.org/tlog-tiles allows.
    virtual Result<Bytes> fetch(const tlog::TileId& tile) = 0;

    [[nodiscard]] std::uint64_t tiles_fetched() const { return tiles_fetched_; }
    [[nodiscard]] std::uint64_t bytes_fetched() const { return bytes_fetched_; }

protected:
    void count(std::size_t bytes) {
        ++tiles_fetched_;
        bytes_fetched_ += bytes;
    }

private:
    std::uint64_t tiles_fetched_ = 0;
    std::uint64_t bytes_fetched_ = 0;
};

// Reads a log's tiles from a directory in the c2sp.org/tlog-tiles layout (a LocalLedger or a
// sequencer's data directory).
class DirectoryTileFetcher final : public TileFetcher {
public:
    explicit DirectoryTileFetcher(std::filesystem::path root) : tiles_(std::move(root)) {}
    Result<Bytes> fetch(const tlog::TileId& tile) override;

private:
    DirectoryTiles tiles_;
};

} // namespace careledger::node
