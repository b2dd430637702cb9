// c2sp.org/tlog-tiles: paths, entry bundles and tile contents. Each format has one accepted form,
// so whatever a parser accepts must format back to its input. The whole input is tried as a
// path; then byte 0 chooses a width (1..256) and the rest is tried as an entry bundle and as a
// tile of that width. An accepted bundle is checked against the level-0 tile of its own leaf
// hashes, which must agree, and against a tile with one hash changed, which must not.
#include "fuzz_support.h"
#include "ledger/merkle.h"
#include "ledger/tiles.h"

#include <bit>

using namespace careledger;

namespace {

void check_path(std::string_view text) {
    const auto tile = tlog::parse_tile_path(text);
    if (!tile.ok())
        return;
    FUZZ_CHECK(tlog::tile_path(tile.value()) == text);
    FUZZ_CHECK(tile->width >= 1 && tile->width <= tlog::kTileWidth);
    FUZZ_CHECK(tile->level <= tlog::kMaxTileLevel);
    FUZZ_CHECK(!tile->entries || tile->level == 0);
}

void check_bundle(ByteView bundle, unsigned width) {
    const auto entries = tlog::parse_entry_bundle(bundle, width);
    if (!entries.ok())
        return;
    FUZZ_CHECK(entries->size() == width);
    const auto formatted = tlog::format_entry_bundle(entries.value());
    FUZZ_CHECK(formatted.ok() && formatted.value() == Bytes(bundle.begin(), bundle.end()));

    std::vector<crypto::Hash32> leaves;
    leaves.reserve(entries->size());
    for (const Bytes& e : entries.value())
        leaves.push_back(tlog::leaf_hash(e));
    Bytes tile = tlog::tile_bytes(leaves);
    const auto verified = tlog::verify_entry_bundle(bundle, tile, width);
    FUZZ_CHECK(verified.ok() && verified.value() == entries.value());
    tile[tile.size() / 2] ^= 0x01U;
    FUZZ_CHECK(!tlog::verify_entry_bundle(bundle, tile, width).ok());
}

void check_tile(ByteView tile, unsigned width) {
    const auto hashes = tlog::tile_hashes(tile, width);
    if (!hashes.ok())
        return;
    FUZZ_CHECK(hashes->size() == width);
    FUZZ_CHECK(tlog::tile_bytes(hashes.value()) == Bytes(tile.begin(), tile.end()));
    if (std::has_single_bit(width)) {
        // A perfect run of hashes is a subtree: its hash is the root of a tree of those leaves.
        tlog::MemoryHashSource source(hashes.value());
        const auto root = tlog::root(width, source);
        FUZZ_CHECK(root.ok() && root.value() == tlog::perfect_subtree_hash(hashes.value()));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const ByteView input(data, size);
    check_path(fuzz::as_text(input));
    if (input.empty())
        return 0;
    const unsigned width = unsigned{input[0]} + 1;
    check_bundle(input.subspan(1), width);
    check_tile(input.subspan(1), width);
    return 0;
}
