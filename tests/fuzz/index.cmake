# Sync bundles (network spec): strict decoding and verification of what a node answers.
careledger_add_fuzzer(sync_bundle ${CMAKE_CURRENT_LIST_DIR}/fuzz_sync_bundle.cpp)
