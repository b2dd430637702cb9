list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/http_tile_fetcher.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tile_fetcher.cpp
  ${CMAKE_CURRENT_LIST_DIR}/validator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/validator_index.cpp)
