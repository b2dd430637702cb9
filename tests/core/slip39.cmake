careledger_add_qtest(test_slip39 ${CMAKE_CURRENT_LIST_DIR}/test_slip39.cpp LABELS unit)
