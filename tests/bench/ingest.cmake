# careledgerd's ingest over loopback HTTP (issue 5): the sequencer and the server careledgerd runs.
careledger_add_bench(bench_ingest ${CMAKE_CURRENT_LIST_DIR}/bench_ingest.cpp)
target_link_libraries(bench_ingest PRIVATE careledgerd_lib)
