# Emergency token figures (DESIGN §8, §9): verify and issue time, QR version and size.
careledger_add_bench(bench_token ${CMAKE_CURRENT_LIST_DIR}/bench_token.cpp)
target_compile_definitions(bench_token PRIVATE
  CARELEDGER_TEST_DATA="${CMAKE_SOURCE_DIR}/tests/data")
