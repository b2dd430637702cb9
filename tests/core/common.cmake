careledger_add_qtest(test_common ${CMAKE_CURRENT_LIST_DIR}/test_common.cpp LABELS unit)
