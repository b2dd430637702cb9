# Deterministic CBOR, ledger entries and the consent state machine (DESIGN §5).
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/cbor.cpp
  ${CMAKE_CURRENT_LIST_DIR}/entry.cpp
  ${CMAKE_CURRENT_LIST_DIR}/consent_vocabulary.cpp
  ${CMAKE_CURRENT_LIST_DIR}/consent_state.cpp
  ${CMAKE_CURRENT_LIST_DIR}/consent_validate.cpp)
