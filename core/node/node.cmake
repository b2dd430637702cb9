list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/directory_tiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/file_lock.cpp
  ${CMAKE_CURRENT_LIST_DIR}/local_ledger.cpp
  ${CMAKE_CURRENT_LIST_DIR}/network_config.cpp)
list(APPEND CORE_SOURCES ${CMAKE_CURRENT_LIST_DIR}/blob_store.cpp)
