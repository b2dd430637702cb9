# The off-ledger blob store of a remote network (issue 5): sealed summaries on careledgerd nodes.
list(APPEND CORE_SOURCES ${CMAKE_CURRENT_LIST_DIR}/remote_blob_store.cpp)
