# Node memory and restart (issue 5): the index's lists in a file, the sequencer's signed state
# snapshot (restart equals full replay; corrupt, forged, stale snapshots refused).
careledger_add_qtest(test_node_snapshot ${CMAKE_CURRENT_LIST_DIR}/test_node_snapshot.cpp LABELS unit TIMEOUT 300)
