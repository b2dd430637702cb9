# Transparency log: Merkle tree, signed notes, checkpoints and cosignatures, tiles (DESIGN §6).
careledger_add_qtest(test_merkle ${CMAKE_CURRENT_LIST_DIR}/test_merkle.cpp LABELS unit)
careledger_add_qtest(test_note ${CMAKE_CURRENT_LIST_DIR}/test_note.cpp LABELS unit)
careledger_add_qtest(test_tlog_checkpoint ${CMAKE_CURRENT_LIST_DIR}/test_tlog_checkpoint.cpp LABELS unit)
careledger_add_qtest(test_tiles ${CMAKE_CURRENT_LIST_DIR}/test_tiles.cpp LABELS unit)
