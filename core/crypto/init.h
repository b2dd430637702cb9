// Process start-up for anything that uses the core: libsodium initialisation, core dumps off, and
// known-answer self-tests. Callers refuse to run when this fails (STYLE.md §9).
#pragma once

#include "common/result.h"

namespace careledger::crypto {

Status initialize();
// Runs the known-answer tests (RFC 8032 Ed25519 test 1, SHA-256, BLAKE2b). Part of initialize().
Status self_test();

} // namespace careledger::crypto
