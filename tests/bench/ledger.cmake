careledger_add_bench(bench_ledger ${CMAKE_CURRENT_LIST_DIR}/bench_ledger.cpp)
