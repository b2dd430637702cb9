# FHIR R4 JSON import into the emergency triage set (DESIGN §2, §8).
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/import.cpp
  ${CMAKE_CURRENT_LIST_DIR}/resource_reader.cpp)
