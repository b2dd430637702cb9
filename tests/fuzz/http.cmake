# careledgerd's request parsing and dispatch (node/http_api.h), without sockets (issue 5).
careledger_add_fuzzer(http_request ${CMAKE_CURRENT_LIST_DIR}/fuzz_http_request.cpp)
