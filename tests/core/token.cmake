# Emergency tokens and FHIR import (DESIGN §8, §10). test_token_qr runs the external readers
# ZXingReader (zxing-cpp-tools), zbarimg (zbar-tools) and pdftoppm/pdfinfo (poppler-utils).
careledger_add_qtest(test_token_codec ${CMAKE_CURRENT_LIST_DIR}/test_token_codec.cpp LABELS unit)
careledger_add_qtest(test_token_verify ${CMAKE_CURRENT_LIST_DIR}/test_token_verify.cpp
                     LABELS unit)
careledger_add_qtest(test_token_qr ${CMAKE_CURRENT_LIST_DIR}/test_token_qr.cpp LABELS unit)
careledger_add_qtest(test_fhir ${CMAKE_CURRENT_LIST_DIR}/test_fhir.cpp LABELS unit)
# The codec and verify suites forge zlib edge cases with zlib itself, and the codec suite checks
# the PIN cost against libsodium's constants, so they use those headers directly.
target_link_libraries(test_token_codec PRIVATE ZLIB::ZLIB PkgConfig::SODIUM)
target_link_libraries(test_token_verify PRIVATE ZLIB::ZLIB)
