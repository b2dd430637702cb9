// The seam between a wallet and the ledger it uses: the embedded local ledger today, a light
// client of remote careledgerd nodes tomorrow. The wallet's use cases only see this interface.
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "ledger/checkpoint.h"
#include "ledger/consent_state.h"
#include "node/network_config.h"

#include <cstdint>
#include <string>

namespace careledger::node {

struct Receipt {
    std::uint64_t index = 0;     // leaf index of the sequenced entry
    ledger::EntryId id{};        // its leaf hash
    std::uint64_t tree_size = 0; // size of the first checkpoint that includes it
};

class LedgerClient {
public:
    LedgerClient() = default;
    virtual ~LedgerClient() = default;
    LedgerClient(const LedgerClient&) = delete;
    LedgerClient& operator=(const LedgerClient&) = delete;
    LedgerClient(LedgerClient&&) = default;
    LedgerClient& operator=(LedgerClient&&) = default;

    // Bring the verified view up to the newest checkpoint (never backwards).
    virtual Status refresh() = 0;
    // Validate and sequence one signed entry; fails with the state machine's "rule.*" code.
    virtual Result<Receipt> submit(ByteView entry) = 0;

    [[nodiscard]] virtual const ledger::LedgerState& state() const = 0;
    [[nodiscard]] virtual const NetworkConfig& network() const = 0;
    [[nodiscard]] virtual const tlog::Checkpoint& checkpoint() const = 0;
    [[nodiscard]] virtual const std::string& checkpoint_note() const = 0;
    // The entry at a leaf index, and a c2sp.org/tlog-proof of its inclusion in the checkpoint.
    virtual Result<Bytes> entry(std::uint64_t index) = 0;
    virtual Result<std::string> proof(std::uint64_t index) = 0;
};

} // namespace careledger::node
