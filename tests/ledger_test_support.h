// Building signed entries for tests that exercise a ledger: identities from fresh master secrets
// and the entry bodies each role writes.
#pragma once

#include "common/time.h"
#include "crypto/aead.h"
#include "crypto/identity.h"
#include "ledger/entry.h"

#include <map>
#include <string>

namespace careledger::test {

class Actor {
public:
    explicit Actor(ledger::Role role)
        : role_(role),
          id_(crypto::Identity::from_master_secret(crypto::random_secret(16)).value()) {}

    [[nodiscard]] const crypto::PublicKey& key() const { return id_.public_key(); }
    [[nodiscard]] const crypto::Identity& identity() const { return id_; }
    [[nodiscard]] ledger::PatientTag tag(const std::string& origin) const {
        return ledger::patient_tag(origin, key());
    }

    Bytes entry(ledger::Payload payload, std::optional<ledger::PatientTag> patient,
                std::uint64_t time = 0) {
        ledger::EntryBody body;
        body.author = key();
        body.time = time != 0 ? time : static_cast<std::uint64_t>(now_unix());
        body.seq = ++seq_;
        body.patient = patient;
        body.payload = std::move(payload);
        return ledger::sign(std::move(body), id_.signing()).value().bytes();
    }
    Bytes identity_entry(const std::string& origin) {
        return entry(ledger::IdentityPayload{role_, id_.box_public_key()},
                     role_ == ledger::Role::patient ? std::optional(tag(origin)) : std::nullopt);
    }

private:
    ledger::Role role_;
    crypto::Identity id_;
    std::uint64_t seq_ = 0;
};

} // namespace careledger::test
