careledger_add_qtest(test_crypto ${CMAKE_CURRENT_LIST_DIR}/test_crypto.cpp LABELS unit)
