# Emergency token decoding and verification, and FHIR import (DESIGN §10).
careledger_add_fuzzer(token ${CMAKE_CURRENT_LIST_DIR}/fuzz_token.cpp)
careledger_add_fuzzer(fhir ${CMAKE_CURRENT_LIST_DIR}/fuzz_fhir.cpp)
