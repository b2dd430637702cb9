# A network of real careledgerd processes on loopback (issue 5).
careledger_add_qtest(test_network ${CMAKE_CURRENT_LIST_DIR}/test_network.cpp LABELS integration TIMEOUT 300)
target_compile_definitions(test_network PRIVATE CARELEDGERD="$<TARGET_FILE:careledgerd>")
target_link_libraries(test_network PRIVATE careledgerd_lib)
add_dependencies(test_network careledgerd)
