# The per-patient index and the sync bundle (network spec, issue 5).
careledger_add_qtest(test_patient_index ${CMAKE_CURRENT_LIST_DIR}/test_patient_index.cpp LABELS unit)
careledger_add_qtest(test_sync_bundle ${CMAKE_CURRENT_LIST_DIR}/test_sync_bundle.cpp LABELS unit)
