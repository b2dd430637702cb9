# Clinician mode: the page driven like a person would (test_clinician), and the whole path from a
# patient's token through the app's controller to the patient's audit (test_clinician_flow).
careledger_add_gui_test(test_clinician ${CMAKE_CURRENT_LIST_DIR}/test_clinician.cpp)
careledger_add_gui_test(test_clinician_flow ${CMAKE_CURRENT_LIST_DIR}/test_clinician_flow.cpp)
