# The patient's screens: overview, consents and the grant wizard, the access log (model, filters,
# chart, CSV/PDF exports) and the emergency page (card editor, tokens, full-screen QR).
careledger_add_gui_test(test_patient_consents ${CMAKE_CURRENT_LIST_DIR}/test_patient_consents.cpp)
careledger_add_gui_test(test_patient_access_log ${CMAKE_CURRENT_LIST_DIR}/test_patient_access_log.cpp)
careledger_add_gui_test(test_patient_emergency ${CMAKE_CURRENT_LIST_DIR}/test_patient_emergency.cpp)
