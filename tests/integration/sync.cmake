# Lying and misbehaving nodes against the wallet's light node (issue 5).
find_package(PkgConfig REQUIRED)
pkg_check_modules(SYNC_IT_HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
careledger_add_qtest(test_lying_nodes ${CMAKE_CURRENT_LIST_DIR}/test_lying_nodes.cpp LABELS integration TIMEOUT 300)
target_link_libraries(test_lying_nodes PRIVATE PkgConfig::SYNC_IT_HTTPLIB)
