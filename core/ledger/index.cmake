# The per-patient index and the sync bundle (network spec, issue 5).
list(APPEND CORE_SOURCES ${CMAKE_CURRENT_LIST_DIR}/patient_index.cpp
                         ${CMAKE_CURRENT_LIST_DIR}/sync_bundle.cpp)
