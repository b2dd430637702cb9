careledger_add_gui_test(test_shell ${CMAKE_CURRENT_LIST_DIR}/test_shell.cpp)
careledger_add_gui_test(test_translations ${CMAKE_CURRENT_LIST_DIR}/test_translations.cpp)
careledger_add_gui_test(test_accessibility ${CMAKE_CURRENT_LIST_DIR}/test_accessibility.cpp)
careledger_add_gui_test(test_gui_flows ${CMAKE_CURRENT_LIST_DIR}/test_gui_flows.cpp)
