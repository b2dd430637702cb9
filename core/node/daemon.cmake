# careledgerd's socket-free parts in the core: the sequencing receipt (also used by wallets), the
# sequencer, the API's request handler, metrics and the daemon's configuration. The cpp-httplib
# server and client live in app/daemon (careledgerd_lib), so the rest of the core stays free of it.
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/receipt.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sequencer.cpp)
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/http_api.cpp
  ${CMAKE_CURRENT_LIST_DIR}/metrics.cpp)
list(APPEND CORE_SOURCES ${CMAKE_CURRENT_LIST_DIR}/daemon_config.cpp)
