// Real data for the page suites: an embedded ledger in a temp directory with a patient, a
// provider certified by the ledger's local registrar, a grant, accesses, an emergency card and a
// token, all made with the core exactly as the app's controller makes them.
#pragma once

#include "node/local_ledger.h"
#include "test_support.h"
#include "wallet/consents.h"
#include "wallet/emergency.h"
#include "wallet/wallet.h"

#include <QCoreApplication>
#include <QDir>
#include <QWidget>
#include <memory>
#include <optional>

namespace careledger::test {

#define CL_REQUIRE_OK(expr)                                                                        \
    ([&]() {                                                                                       \
        auto cl_v_ = (expr);                                                                       \
        if (!cl_v_.ok())                                                                           \
            qFatal("%s: %s", cl_v_.error().code.c_str(), cl_v_.error().message.c_str());           \
        return cl_v_;                                                                              \
    }())
// The same for a call whose value is not needed.
#define CL_REQUIRE(expr) static_cast<void>(CL_REQUIRE_OK(expr))

struct PageFixture {
    TempDir dir;
    std::optional<node::LocalLedger> ledger;
    std::optional<wallet::Wallet> patient;
    std::optional<wallet::Wallet> provider;
    std::optional<node::BlobStore> blobs;
    ledger::EntryId grant_id{};
    token::TriageSet card;
    std::string token_text;
    std::uint64_t token_expires = 0;

    static wallet::CreateOptions options(ledger::Role role, const std::string& name) {
        wallet::CreateOptions o;
        o.role = role;
        o.name = name;
        o.kdf = crypto::KdfParams::minimum();
        o.open.kdf_floor = crypto::KdfParams::minimum();
        return o;
    }

    void build() {
        init_core();
        const auto pass = crypto::SecureBuffer::copy_of(as_bytes(std::string_view("page tests")));
        ledger.emplace(CL_REQUIRE_OK(node::LocalLedger::open_or_init(dir / "ledger")).value());
        blobs.emplace(node::BlobStore::of_ledger(dir / "ledger"));
        patient.emplace(
            CL_REQUIRE_OK(wallet::Wallet::create(dir / "patient", pass,
                                                 options(ledger::Role::patient, "Pat Example")))
                .value()
                .wallet);
        provider.emplace(
            CL_REQUIRE_OK(wallet::Wallet::create(dir / "provider", pass,
                                                 options(ledger::Role::provider, "Dr Ana Ruiz")))
                .value()
                .wallet);
        CL_REQUIRE(wallet::register_identity(*patient, *ledger));
        CL_REQUIRE(wallet::register_identity(*provider, *ledger));
        const auto registrar = CL_REQUIRE_OK(ledger->local_registrar()).value();
        CL_REQUIRE(wallet::certify_provider(registrar, *ledger, provider->public_key(),
                                            {"Dr Ana Ruiz", "St Mary's Hospital", "physician"}));

        wallet::GrantRequest g;
        g.grantee = provider->public_key();
        g.categories = {"allergies", "medications"};
        g.expiry = static_cast<std::uint64_t>(std::time(nullptr)) + std::uint64_t{30} * 86400;
        grant_id = CL_REQUIRE_OK(wallet::create_grant(*patient, *ledger, g)).value().id;
        for (int i = 0; i < 3; ++i) {
            wallet::AccessRequest a;
            a.patient = patient->tag(ledger->network().origin());
            a.grant_id = grant_id;
            a.categories = {i == 0 ? "allergies" : "medications"};
            CL_REQUIRE(wallet::record_access(*provider, *ledger, a));
        }

        CL_REQUIRE(wallet::set_field(card, "blood-type", {"A+"}));
        CL_REQUIRE(wallet::set_field(card, "allergy", {"Penicillin:anaphylaxis!high"}));
        CL_REQUIRE(wallet::set_field(card, "medication", {"Metformin:500 mg twice daily"}));
        CL_REQUIRE(wallet::set_field(card, "problem", {"Type 2 diabetes"}));
        CL_REQUIRE(wallet::set_field(card, "contact", {"Sam Example|partner|+44 20 7946 0000"}));
        CL_REQUIRE(wallet::save_card(*patient, card));
        wallet::EmergencyIssueOptions io;
        io.with_summary = false;
        auto issued =
            CL_REQUIRE_OK(wallet::issue_emergency_token(*patient, *ledger, *blobs, io)).value();
        token_text = issued.token.text;
        token_expires = static_cast<std::uint64_t>(issued.token.expires_at);
    }

    std::vector<wallet::AuditEvent> events() {
        return CL_REQUIRE_OK(wallet::audit(*patient, *ledger)).value();
    }
};

inline void screenshot(QWidget& w, const QString& name) {
    QDir().mkpath(QStringLiteral(CARELEDGER_SCREENSHOT_DIR));
    // Widgets added to a visible layout are shown by a queued call: let it run first.
    QCoreApplication::processEvents();
    w.grab().save(QStringLiteral(CARELEDGER_SCREENSHOT_DIR "/%1.png").arg(name));
}

} // namespace careledger::test
