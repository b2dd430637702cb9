# Sync bundle figures (network spec): bundle bytes, build and verify time on a 10^6-entry log.
careledger_add_bench(bench_sync_bundle ${CMAKE_CURRENT_LIST_DIR}/bench_sync_bundle.cpp)
