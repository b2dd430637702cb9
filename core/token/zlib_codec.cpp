#include "token/zlib_codec.h"

#include "token/errors.h"

#include <array>
#include <limits>
#include <zlib.h>

namespace careledger::token {

namespace {

constexpr int kZlibWindowBits = 15; // 32 KiB window, zlib header required (no +16 gzip, no -raw)
constexpr std::size_t kChunk = 4096;

// Frees the inflate state on every path.
class InflateStream {
public:
    InflateStream() = default;
    InflateStream(const InflateStream&) = delete;
    InflateStream& operator=(const InflateStream&) = delete;
    ~InflateStream() {
        if (ready_)
            inflateEnd(&z_);
    }
    bool init() {
        ready_ = inflateInit2(&z_, kZlibWindowBits) == Z_OK;
        return ready_;
    }
    z_stream& z() { return z_; }

private:
    z_stream z_{};
    bool ready_ = false;
};

} // namespace

Bytes zlib_compress(ByteView data) {
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    Bytes out(size);
    // compress2 writes the zlib (RFC 1950) wrapper; it fails only on a too-small buffer or out
    // of memory, neither possible here for token-sized inputs.
    const int rc = compress2(out.data(), &size, data.data(), static_cast<uLong>(data.size()),
                             Z_BEST_COMPRESSION);
    if (rc != Z_OK)
        out.clear();
    else
        out.resize(size);
    return out;
}

Result<Bytes> zlib_inflate(ByteView input, const InflateLimits& limits) {
    if (input.size() > std::numeric_limits<uInt>::max())
        return token_error(errc::too_large, "compressed payload is too large");
    InflateStream stream;
    if (!stream.init())
        return token_error(errc::bad_zlib, "zlib could not be initialised");
    z_stream& z = stream.z();
    // zlib's API takes a non-const input pointer but never writes through it.
    z.next_in = const_cast<Bytef*>(input.data()); // NOLINT(cppcoreguidelines-pro-type-const-cast)
    z.avail_in = static_cast<uInt>(input.size());

    Bytes out;
    std::array<std::uint8_t, kChunk> chunk{};
    for (;;) {
        z.next_out = chunk.data();
        z.avail_out = static_cast<uInt>(chunk.size());
        const int rc = inflate(&z, Z_NO_FLUSH);
        const std::size_t produced = chunk.size() - z.avail_out;
        out.insert(out.end(), chunk.begin(), chunk.begin() + static_cast<std::ptrdiff_t>(produced));

        // The ratio guard runs first: a bomb is told apart from a merely large payload.
        const std::size_t consumed = input.size() - z.avail_in;
        if (out.size() > limits.ratio_floor && out.size() > limits.max_ratio * consumed)
            return token_error(errc::zlib_bomb, "compressed payload expands more than " +
                                                    std::to_string(limits.max_ratio) +
                                                    "-fold: refusing a likely decompression bomb");
        if (out.size() > limits.max_output)
            return token_error(errc::too_large, "decompressed payload exceeds " +
                                                    std::to_string(limits.max_output) + " bytes");
        if (rc == Z_STREAM_END) {
            if (z.avail_in != 0)
                return token_error(errc::trailing_bytes,
                                   std::to_string(z.avail_in) +
                                       " bytes follow the end of the zlib stream");
            return out;
        }
        if (rc == Z_NEED_DICT)
            return token_error(errc::bad_zlib, "zlib stream asks for a preset dictionary");
        if (rc == Z_DATA_ERROR)
            return token_error(errc::bad_zlib, std::string("payload is not a valid zlib stream: ") +
                                                   (z.msg != nullptr ? z.msg : "data error"));
        if (rc == Z_MEM_ERROR)
            return token_error(errc::bad_zlib, "zlib ran out of memory");
        // Z_BUF_ERROR with input left means no progress was possible; with no input left and
        // no end of stream the input is truncated.
        if (rc == Z_BUF_ERROR || (z.avail_in == 0 && produced < chunk.size()))
            return token_error(errc::bad_zlib, "zlib stream is truncated");
        if (rc != Z_OK)
            return token_error(errc::bad_zlib, "zlib failed with code " + std::to_string(rc));
    }
}

} // namespace careledger::token
