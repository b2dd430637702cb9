// Realistic data for the patient's pages: certified providers with real keys, grants in each
// status, and audit events as wallet::audit() returns them.
#pragma once

#include "crypto/ed25519.h"
#include "crypto/identity.h"
#include "ledger/consent_state.h"
#include "wallet/consents.h"

#include <QDir>
#include <QString>
#include <QWidget>
#include <string>
#include <vector>

namespace careledger::test {

inline ledger::ProviderListing provider(const std::string& name, const std::string& org,
                                        const std::string& role) {
    ledger::ProviderListing p;
    p.key = crypto::SigningKey::generate().public_key();
    p.certification.subject = p.key;
    p.certification.display_name = name;
    p.certification.organisation = org;
    p.certification.provider_role = role;
    return p;
}

inline std::vector<ledger::ProviderListing> directory() {
    return {provider("Dr Ana Ruiz", "St Mary's Hospital", "physician"),
            provider("Dr Tom Becker", "Charit\u00e9 Berlin", "cardiologist"),
            provider("Nurse Li Wei", "City Clinic", "nurse")};
}

inline void screenshot(QWidget& w, const char* name) {
    QDir().mkpath(QStringLiteral(CARELEDGER_SCREENSHOT_DIR));
    w.grab().save(QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/%1.png").arg(QLatin1String(name)));
}

} // namespace careledger::test

namespace careledger::test {

// `n` accesses over about `days` days ending at `end`: three certified readers and one uncertified
// key, grants and emergency tokens, one in 50 not verified (with the core's kind of reason).
inline std::vector<wallet::AuditEvent>
auditEvents(std::size_t n, std::uint64_t end, int days,
            const std::vector<ledger::ProviderListing>& dir) {
    const crypto::PublicKey stranger = crypto::SigningKey::generate().public_key();
    const std::vector<std::vector<std::string>> cats{{"allergies"},
                                                     {"allergies", "medications"},
                                                     {"lab-results"},
                                                     {"emergency"},
                                                     {"imaging", "notes"}};
    const char* const purposes[] = {"TREAT", "TREAT", "HPAYMT", "ETREAT", "HRESCH"};
    std::vector<wallet::AuditEvent> out;
    out.reserve(n);
    const std::uint64_t span = static_cast<std::uint64_t>(days) * 86400;
    for (std::size_t i = 0; i < n; ++i) {
        wallet::AuditEvent e;
        e.index = 100 + i * 3;
        const std::size_t r = i % 7;
        if (r < 6) {
            const auto& p = dir[r % dir.size()];
            e.reader = p.key;
            e.reader_name = p.certification.display_name;
        } else {
            e.reader = stranger;
        }
        e.categories = cats[i % cats.size()];
        e.purpose = purposes[i % cats.size()];
        e.basis =
            e.purpose == "ETREAT" ? ledger::AccessBasis::emergency : ledger::AccessBasis::grant;
        e.reference_hex = e.basis == ledger::AccessBasis::emergency
                              ? std::string("0f1e2d3c4b5a69788796a5b4c3d2e1f0")
                              : std::string(64, 'a');
        e.time = end - span + (span * i) / (n == 0 ? 1 : n);
        e.verified = i % 50 != 49;
        if (!e.verified)
            e.verify_error = "tlog.bad_proof: the inclusion proof does not match the checkpoint";
        out.push_back(std::move(e));
    }
    return out;
}

} // namespace careledger::test
