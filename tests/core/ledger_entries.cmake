careledger_add_qtest(test_cbor ${CMAKE_CURRENT_LIST_DIR}/test_cbor.cpp LABELS unit)
careledger_add_qtest(test_entry ${CMAKE_CURRENT_LIST_DIR}/test_entry.cpp LABELS unit)
careledger_add_qtest(test_consent_state ${CMAKE_CURRENT_LIST_DIR}/test_consent_state.cpp LABELS unit)
