careledger_add_qtest(test_trust_policy ${CMAKE_CURRENT_LIST_DIR}/test_trust_policy.cpp LABELS unit)
