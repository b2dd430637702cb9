# The remote blob store (issue 5) against the node's real blob routes on loopback.
find_package(PkgConfig REQUIRED)
pkg_check_modules(REMOTE_BLOBS_HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
careledger_add_qtest(test_remote_blobs ${CMAKE_CURRENT_LIST_DIR}/test_remote_blobs.cpp LABELS unit TIMEOUT 120)
target_link_libraries(test_remote_blobs PRIVATE PkgConfig::REMOTE_BLOBS_HTTPLIB)
