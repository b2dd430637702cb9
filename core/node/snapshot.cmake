# The sequencer's signed state snapshot: restart loads it and replays only the log's tail.
list(APPEND CORE_SOURCES ${CMAKE_CURRENT_LIST_DIR}/state_snapshot.cpp)
