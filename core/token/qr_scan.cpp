#define ZX_USE_UTF8 1 // ZXing 1.4: Result::text() as UTF-8 std::string

#include "token/qr_scan.h"

#include "common/atomic_file.h"
#include "token/cairo_support.h"

#include <ZXing/ReadBarcode.h>
#include <algorithm>
#include <array>
#include <cstring>

namespace careledger::token {

namespace {

constexpr std::array<std::uint8_t, 8> kPngSignature{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

Error unreadable(const std::string& why) {
    return token_error(errc::image_unreadable, "image cannot be read: " + why);
}

// The PNG's declared size, checked before cairo allocates a pixel buffer for it.
Status check_png_header(ByteView png) {
    // signature (8) + IHDR length (4) + "IHDR" (4) + width (4) + height (4)
    if (png.size() < 24 || !std::equal(kPngSignature.begin(), kPngSignature.end(), png.begin()))
        return unreadable("not a PNG file");
    if (to_string(png.subspan(12, 4)) != "IHDR")
        return unreadable("PNG has no IHDR header");
    const std::uint32_t width = get_u32_be(png.subspan(16, 4));
    const std::uint32_t height = get_u32_be(png.subspan(20, 4));
    if (width == 0 || height == 0 || width > kMaxImageSide || height > kMaxImageSide ||
        std::uint64_t{width} * height > kMaxImagePixels)
        return unreadable("PNG is " + std::to_string(width) + "x" + std::to_string(height) +
                          " pixels; at most 10000 a side and 50 megapixels are accepted");
    return {};
}

std::uint8_t channel(std::uint32_t pixel, unsigned shift) {
    return static_cast<std::uint8_t>((pixel >> shift) & 0xffU);
}

} // namespace

Result<GreyImage> load_png(ByteView png) {
    CL_TRY(check_png_header(png));
    cairo::ReadCursor cursor{png, 0};
    cairo::Surface surface(
        cairo_image_surface_create_from_png_stream(cairo::read_from_bytes, &cursor));
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS)
        return unreadable(cairo_status_to_string(cairo_surface_status(surface.get())));
    cairo_surface_flush(surface.get());

    GreyImage out;
    out.width = cairo_image_surface_get_width(surface.get());
    out.height = cairo_image_surface_get_height(surface.get());
    const int stride = cairo_image_surface_get_stride(surface.get());
    const cairo_format_t format = cairo_image_surface_get_format(surface.get());
    const unsigned char* data = cairo_image_surface_get_data(surface.get());
    if (data == nullptr)
        return unreadable("no pixel data");
    out.pixels.resize(static_cast<std::size_t>(out.width) * static_cast<std::size_t>(out.height));
    for (int y = 0; y < out.height; ++y) {
        const unsigned char* row = data + static_cast<std::ptrdiff_t>(y) * stride;
        for (int x = 0; x < out.width; ++x) {
            std::uint8_t grey = 255;
            if (format == CAIRO_FORMAT_ARGB32 || format == CAIRO_FORMAT_RGB24) {
                std::uint32_t px = 0;
                std::memcpy(&px, row + static_cast<std::ptrdiff_t>(x) * 4, sizeof px);
                // Premultiplied ARGB: compositing over white adds (255 - alpha) to each channel.
                const unsigned alpha = format == CAIRO_FORMAT_ARGB32 ? channel(px, 24) : 255U;
                const unsigned r = channel(px, 16) + 255U - alpha;
                const unsigned g = channel(px, 8) + 255U - alpha;
                const unsigned b = channel(px, 0) + 255U - alpha;
                // ITU-R BT.601 luma, in integers.
                grey = static_cast<std::uint8_t>(
                    std::min(255U, (299U * r + 587U * g + 114U * b) / 1000U));
            } else if (format == CAIRO_FORMAT_A8) {
                grey = static_cast<std::uint8_t>(255U - row[x]);
            } else {
                return unreadable("unsupported pixel format");
            }
            out.pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(out.width) +
                       static_cast<std::size_t>(x)] = grey;
        }
    }
    return out;
}

Result<std::string> scan_grey(const GreyImage& image) {
    if (image.width <= 0 || image.height <= 0 ||
        image.pixels.size() !=
            static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height))
        return unreadable("image dimensions do not match its pixels");
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    hints.setTryHarder(true);
    hints.setTryRotate(true);
    try {
        const auto result = ZXing::ReadBarcode(
            {image.pixels.data(), image.width, image.height, ZXing::ImageFormat::Lum}, hints);
        if (!result.isValid())
            return token_error(errc::no_qr_found, "no readable QR code found in the image");
        return result.text();
    } catch (const std::exception& e) {
        return token_error(errc::no_qr_found, std::string("QR decoding failed: ") + e.what());
    }
}

Result<std::string> scan_png(ByteView png) {
    CL_ASSIGN_OR_RETURN(const GreyImage image, load_png(png));
    return scan_grey(image);
}

Result<std::string> scan_png_file(const std::filesystem::path& path) {
    auto bytes = read_file(path, kMaxImageFileBytes);
    if (!bytes.ok())
        return unreadable(bytes.error().message);
    return scan_png(*bytes);
}

} // namespace careledger::token
