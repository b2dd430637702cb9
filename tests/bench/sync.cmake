# The wallet's sync over loopback HTTP (issue 5): 100 patient entries in a 10^6-entry log.
find_package(PkgConfig REQUIRED)
pkg_check_modules(SYNC_BENCH_HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
careledger_add_bench(bench_sync ${CMAKE_CURRENT_LIST_DIR}/bench_sync.cpp)
target_link_libraries(bench_sync PRIVATE PkgConfig::SYNC_BENCH_HTTPLIB)
