# Transparency log: RFC 9162 Merkle tree and the C2SP formats (DESIGN §6).
list(APPEND CORE_SOURCES
  ${CMAKE_CURRENT_LIST_DIR}/checkpoint.cpp
  ${CMAKE_CURRENT_LIST_DIR}/cosignature.cpp
  ${CMAKE_CURRENT_LIST_DIR}/merkle.cpp
  ${CMAKE_CURRENT_LIST_DIR}/note.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tlog_proof.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tlog_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/tlog_witness.cpp)
