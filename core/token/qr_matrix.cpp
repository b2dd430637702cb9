#include "token/qr_matrix.h"

#include "token/errors.h"

#include <qrcodegen/qrcodegen.hpp>
#include <string>

namespace careledger::token {

Result<QrMatrix> QrMatrix::encode(std::string_view text, int max_version) {
    if (max_version < qrcodegen::QrCode::MIN_VERSION ||
        max_version > qrcodegen::QrCode::MAX_VERSION)
        return token_error(errc::bad_request, "QR version limit must be between 1 and 40");
    const std::string owned(text); // qrcodegen takes NUL-terminated strings
    const bool alphanumeric = owned.find('\0') == std::string::npos &&
                              qrcodegen::QrSegment::isAlphanumeric(owned.c_str());
    std::vector<qrcodegen::QrSegment> segments;
    if (alphanumeric)
        segments.push_back(qrcodegen::QrSegment::makeAlphanumeric(owned.c_str()));
    else
        segments.push_back(
            qrcodegen::QrSegment::makeBytes(std::vector<std::uint8_t>(owned.begin(), owned.end())));

    QrMatrix out;
    try {
        const auto qr = qrcodegen::QrCode::encodeSegments(segments, qrcodegen::QrCode::Ecc::MEDIUM,
                                                          qrcodegen::QrCode::MIN_VERSION,
                                                          max_version, -1, /*boostEcl=*/false);
        out.version_ = qr.getVersion();
        out.size_ = qr.getSize();
        out.mask_ = qr.getMask();
        out.modules_.resize(static_cast<std::size_t>(out.size_) *
                            static_cast<std::size_t>(out.size_));
        for (int y = 0; y < out.size_; ++y)
            for (int x = 0; x < out.size_; ++x)
                out.modules_[out.index(x, y)] = qr.getModule(x, y);
    } catch (const qrcodegen::data_too_long&) {
        return token_error(errc::qr_too_large,
                           "a " + std::to_string(text.size()) +
                               "-character token does not fit a QR code of version " +
                               std::to_string(max_version) +
                               " at error correction M; shorten the triage set");
    } catch (const std::exception& e) {
        return token_error(errc::render_failed, std::string("QR encoding failed: ") + e.what());
    }
    out.mode_ = alphanumeric ? QrMode::alphanumeric : QrMode::byte;
    return out;
}

bool QrMatrix::dark(int x, int y) const {
    if (x < 0 || y < 0 || x >= size_ || y >= size_)
        return false;
    return modules_[index(x, y)];
}

} // namespace careledger::token
