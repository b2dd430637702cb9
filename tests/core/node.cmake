careledger_add_qtest(test_local_ledger ${CMAKE_CURRENT_LIST_DIR}/test_local_ledger.cpp LABELS unit)
