// The QR code of a token, as a matrix of modules (our wrapper of qrcodegen; no other header
// includes it). ECC level M, no ECC boost (so the level is exactly the one asked for), automatic
// mask; the text goes in alphanumeric mode when every character allows it (a token's always
// does: "CL1:" and Base45 are both within the QR alphanumeric set), in byte mode otherwise.
#pragma once

#include "common/result.h"

#include <cstddef>
#include <string_view>
#include <vector>

namespace careledger::token {

// Version 14 (73x73 modules) stays readable by phone cameras at card size (DESIGN §8).
inline constexpr int kMaxTokenQrVersion = 14;
inline constexpr int kQrQuietZone = 4; // modules of light border required around the symbol

enum class QrMode { alphanumeric, byte };

class QrMatrix {
public:
    // Smallest version that holds the text, at most max_version (1..40); "token.qr_too_large"
    // when it does not fit.
    static Result<QrMatrix> encode(std::string_view text, int max_version = kMaxTokenQrVersion);

    [[nodiscard]] int version() const { return version_; }
    [[nodiscard]] int size() const { return size_; } // modules per side, without quiet zone
    [[nodiscard]] QrMode mode() const { return mode_; }
    [[nodiscard]] int mask() const { return mask_; }
    // Whether the module at column x, row y (0-based, without quiet zone) is dark.
    [[nodiscard]] bool dark(int x, int y) const;

private:
    QrMatrix() = default;
    // Row-major position of a module inside the matrix (0 <= x, y < size).
    [[nodiscard]] std::size_t index(int x, int y) const {
        return static_cast<std::size_t>(y) * static_cast<std::size_t>(size_) +
               static_cast<std::size_t>(x);
    }
    int version_ = 0;
    int size_ = 0;
    int mask_ = 0;
    QrMode mode_ = QrMode::byte;
    std::vector<bool> modules_; // row-major
};

} // namespace careledger::token
