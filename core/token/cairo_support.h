// Internal to core/token: our thin wrapper of cairo (RAII handles, in-memory output streams,
// status checks), included only by the token renderers' and scanner's .cpp files. No public
// header includes cairo.
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "token/errors.h"

#include <algorithm>
#include <cairo.h>
#include <memory>
#include <string>

namespace careledger::token::cairo {

struct SurfaceDeleter {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct ContextDeleter {
    void operator()(cairo_t* c) const { cairo_destroy(c); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;
using Context = std::unique_ptr<cairo_t, ContextDeleter>;

// A cairo_write_func_t that appends to a Bytes (the closure).
inline cairo_status_t append_to_bytes(void* closure, const unsigned char* data,
                                      unsigned int length) {
    auto* out = static_cast<Bytes*>(closure);
    out->insert(out->end(), data, data + length);
    return CAIRO_STATUS_SUCCESS;
}

// Reads from a ByteView cursor (the closure), for cairo_image_surface_create_from_png_stream.
struct ReadCursor {
    ByteView data;
    std::size_t offset = 0;
};
inline cairo_status_t read_from_bytes(void* closure, unsigned char* data, unsigned int length) {
    auto* cursor = static_cast<ReadCursor*>(closure);
    if (cursor->data.size() - cursor->offset < length)
        return CAIRO_STATUS_READ_ERROR;
    std::copy_n(cursor->data.begin() + static_cast<std::ptrdiff_t>(cursor->offset), length, data);
    cursor->offset += length;
    return CAIRO_STATUS_SUCCESS;
}

inline Status check(cairo_status_t status, const char* what) {
    if (status == CAIRO_STATUS_SUCCESS)
        return {};
    return token_error(errc::render_failed,
                       std::string(what) + ": " + cairo_status_to_string(status));
}

} // namespace careledger::token::cairo
