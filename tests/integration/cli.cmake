# End-to-end suites that run careledger-cli.
careledger_add_qtest(test_cli ${CMAKE_CURRENT_LIST_DIR}/test_cli.cpp LABELS integration TIMEOUT 900)
target_compile_definitions(test_cli PRIVATE CARELEDGER_CLI="$<TARGET_FILE:careledger-cli>")
add_dependencies(test_cli careledger-cli)

careledger_add_qtest(test_cli_emergency ${CMAKE_CURRENT_LIST_DIR}/test_cli_emergency.cpp LABELS integration TIMEOUT 900)
target_compile_definitions(test_cli_emergency PRIVATE CARELEDGER_CLI="$<TARGET_FILE:careledger-cli>")
add_dependencies(test_cli_emergency careledger-cli)
