# Node memory as the log grows and restart time (issue 5): a fixed population, a growing log.
careledger_add_bench(bench_node_memory ${CMAKE_CURRENT_LIST_DIR}/bench_node_memory.cpp)
