// Reading a token's QR code back from an image (DESIGN §8): our wrapper of ZXing-cpp, which no
// other header includes. PNG files are loaded with cairo and converted to 8-bit luminance.
#pragma once

#include "common/bytes.h"
#include "common/result.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace careledger::token {

inline constexpr std::size_t kMaxImageFileBytes = std::size_t{32} * 1024 * 1024;
inline constexpr std::uint32_t kMaxImageSide = 10000;                     // pixels
inline constexpr std::uint64_t kMaxImagePixels = std::uint64_t{50} << 20; // a 50 MP photo

// An 8-bit grey image, row-major, one byte per pixel (0 black .. 255 white).
struct GreyImage {
    int width = 0;
    int height = 0;
    Bytes pixels;
};

// Decodes a PNG (any colour type cairo reads; alpha composited over white).
// Errors: "token.image_unreadable" (not a PNG, damaged, more than 10000 px a side or 50 MP).
Result<GreyImage> load_png(ByteView png);

// The text of the first QR code found. "token.no_qr_found" when there is none.
Result<std::string> scan_grey(const GreyImage& image);
Result<std::string> scan_png(ByteView png);
// Reads the file (at most 32 MiB, "token.image_unreadable" otherwise) and scans it.
Result<std::string> scan_png_file(const std::filesystem::path& path);

} // namespace careledger::token
