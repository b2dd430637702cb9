// A c2sp.org/tlog-tiles tree kept as plain files in a directory, so any static HTTP server or tlog
// tool can read the embedded ledger as it is. Reads return exactly the width asked for (a full
// tile serves a narrower request when the partial file is gone); writes are atomic per file.
#pragma once

#include "ledger/tiles.h"

#include <filesystem>

namespace careledger::node {

class DirectoryTiles final : public tlog::TileReader {
public:
    explicit DirectoryTiles(std::filesystem::path root) : root_(std::move(root)) {}

    Result<Bytes> read_tile(unsigned level, std::uint64_t index, unsigned width) override;
    Result<Bytes> read_entries(std::uint64_t index, unsigned width) override;
    // Each file atomically (temp, fsync, rename); directories created as needed.
    Status write(const std::vector<tlog::TileFile>& files);
    [[nodiscard]] std::uint64_t bytes_read() const { return bytes_read_; }

private:
    Result<Bytes> read(tlog::TileId id, std::size_t unit);
    std::filesystem::path root_;
    std::uint64_t bytes_read_ = 0;
};

} // namespace careledger::node
