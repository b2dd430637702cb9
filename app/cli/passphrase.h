// Where the CLI gets a passphrase: CARELEDGER_PASSPHRASE, --passphrase-file, or the terminal
// (echo off). The result lives in secure memory; the environment copy is wiped from our process.
#pragma once

#include "common/result.h"
#include "crypto/secure_buffer.h"

#include <string>

namespace careledger::cli {

struct PassphraseSource {
    std::string file; // --passphrase-file
};

// `prompt` is shown on the terminal; with `confirm`, the passphrase is asked twice.
Result<crypto::SecureBuffer> read_passphrase(const PassphraseSource& src, const char* prompt,
                                             bool confirm = false);
// For a second secret (a new passphrase): CARELEDGER_NEW_PASSPHRASE, --new-passphrase-file, or tty.
Result<crypto::SecureBuffer> read_new_passphrase(const std::string& file);

} // namespace careledger::cli
