# Emergency tokens (DESIGN §8): Base45, capped zlib, COSE_Sign1/CWT, issue and verify, the QR
# matrix (qrcodegen), PNG/SVG/PDF rendering (cairo) and image decoding (ZXing-cpp). Each external
# library is wrapped by one source file here; no header of ours includes theirs.
pkg_check_modules(CAIRO REQUIRED IMPORTED_TARGET cairo>=1.16)
pkg_check_modules(QRCODEGENCPP REQUIRED IMPORTED_TARGET qrcodegencpp)
pkg_check_modules(ZXING REQUIRED IMPORTED_TARGET zxing>=1.4)
# cairo's font backend; named directly only to release its caches (qr_card.h).
pkg_check_modules(FONTCONFIG REQUIRED IMPORTED_TARGET fontconfig)
list(APPEND CORE_EXTRA_LIBS PkgConfig::CAIRO PkgConfig::QRCODEGENCPP PkgConfig::ZXING
     PkgConfig::FONTCONFIG)

list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/base45.cpp
  ${CMAKE_CURRENT_LIST_DIR}/zlib_codec.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cose.cpp
  ${CMAKE_CURRENT_LIST_DIR}/triage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/triage_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/claims.cpp
  ${CMAKE_CURRENT_LIST_DIR}/pin_lock.cpp
  ${CMAKE_CURRENT_LIST_DIR}/summary.cpp
  ${CMAKE_CURRENT_LIST_DIR}/token_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/issue.cpp
  ${CMAKE_CURRENT_LIST_DIR}/verify.cpp
  ${CMAKE_CURRENT_LIST_DIR}/qr_matrix.cpp
  ${CMAKE_CURRENT_LIST_DIR}/qr_draw.cpp
  ${CMAKE_CURRENT_LIST_DIR}/qr_render.cpp
  ${CMAKE_CURRENT_LIST_DIR}/qr_card.cpp
  ${CMAKE_CURRENT_LIST_DIR}/qr_scan.cpp)
