# The validator: mirroring, re-validation, index check and c2sp.org/tlog-witness cosigning
# (issue 5). cpp-httplib serves a log's directory to the HTTP tile fetcher in the test.
find_package(PkgConfig REQUIRED)
pkg_check_modules(VALIDATOR_TEST_HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
careledger_add_qtest(test_validator ${CMAKE_CURRENT_LIST_DIR}/test_validator.cpp LABELS unit TIMEOUT 300)
target_link_libraries(test_validator PRIVATE PkgConfig::VALIDATOR_TEST_HTTPLIB)
