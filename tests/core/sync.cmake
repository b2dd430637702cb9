# The wallet's light node (issue 5): the HTTP client and the RemoteLedger against real
# in-process cpp-httplib servers.
find_package(PkgConfig REQUIRED)
pkg_check_modules(SYNC_HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
careledger_add_qtest(test_http_client ${CMAKE_CURRENT_LIST_DIR}/test_http_client.cpp LABELS unit TIMEOUT 120)
target_link_libraries(test_http_client PRIVATE PkgConfig::SYNC_HTTPLIB)
careledger_add_qtest(test_remote_ledger ${CMAKE_CURRENT_LIST_DIR}/test_remote_ledger.cpp LABELS unit TIMEOUT 300)
target_link_libraries(test_remote_ledger PRIVATE PkgConfig::SYNC_HTTPLIB)
