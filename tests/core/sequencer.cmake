# careledgerd's sequencer and API handler in process (issue 5).
careledger_add_qtest(test_sequencer ${CMAKE_CURRENT_LIST_DIR}/test_sequencer.cpp LABELS unit TIMEOUT 300)
