# The wallet's light node (issue 5): the libcurl HTTP client, the RemoteLedger that verifies sync
# bundles, its outbox and alerts in the vault, and open_ledger() for the CLI and the GUI.
pkg_check_modules(CURL REQUIRED IMPORTED_TARGET libcurl)
list(APPEND CORE_EXTRA_LIBS PkgConfig::CURL)
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/http_client.cpp
  ${CMAKE_CURRENT_LIST_DIR}/alerts.cpp
  ${CMAKE_CURRENT_LIST_DIR}/outbox.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sync_store.cpp
  ${CMAKE_CURRENT_LIST_DIR}/remote_ledger.cpp
  ${CMAKE_CURRENT_LIST_DIR}/open_ledger.cpp)
