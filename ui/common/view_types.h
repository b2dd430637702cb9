// The data the pages show and the requests they make: plain values passed between the GUI thread
// and the worker that owns the wallet (queued signals copy them). Pages never call the core's
// wallet or ledger functions themselves; the controller does, on its worker thread.
#pragma once

#include "ledger/consent_state.h"
#include "token/triage.h"
#include "token/verify.h"
#include "wallet/consents.h"
#include "wallet/emergency.h"

#include <QMetaType>
#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace careledger::ui {

// What the overview shows about the ledger the wallet uses.
struct LedgerStatusView {
    bool embedded = true; // the in-process ledger (no network configured)
    QString location;     // the ledger directory or the node URL
    QString origin;       // the log's origin line
    std::uint64_t tree_size = 0;
    QString root_base64;
    std::uint64_t cosignatures = 0;   // valid cosignatures on the checkpoint
    std::uint64_t quorum = 0;         // how many the policy needs
    std::int64_t checkpoint_time = 0; // newest cosignature timestamp (unix seconds)
    std::int64_t last_sync = 0;       // when the wallet last verified it (unix seconds)
    QString error_code;               // empty when the last sync succeeded
    QString error_message;
    // What the last successful sync from a node verified (zero for the embedded ledger).
    QString synced_from;                // the node that answered
    std::uint64_t old_size = 0;         // the checkpoint size held before
    std::uint64_t entries_verified = 0; // new own entries, signature and inclusion checked
    std::uint64_t proofs_verified = 0;  // inclusion, index and consistency proofs
    std::uint64_t new_alerts = 0;       // alerts this sync raised
    std::uint64_t outbox_waiting = 0;   // own entries not yet in a verified checkpoint
};

// An alert the wallet raised (emergency access, a reader never granted, a missing submission,
// a node that lied).
struct AlertView {
    enum class Kind { emergency_access, unknown_reader, missing_submission, lying_node };
    Kind kind = Kind::emergency_access;
    std::int64_t time = 0;
    std::uint64_t index = 0; // log index of the entry concerned, when there is one
    QString summary;         // one line, already in the user's language
};

// The unlocked wallet, as the shell shows it.
struct WalletInfo {
    ledger::Role role = ledger::Role::patient;
    QString name;
    QString key_id; // 32 hex digits
};

// What the emergency page asks for when issuing a token.
struct TokenIssueView {
    std::int64_t lifetime_seconds = 0; // 0: the core's default
    QString pin;                       // empty: no PIN
    bool single_use = false;
    bool with_summary = true;
};

// A freshly issued token: its text (CL1:…) for the QR code and the card.
struct IssuedTokenView {
    QString text;
    wallet::IssuedTokenRecord record;
};

// The clinician's verdict on a scanned token: either a valid token with its triage data, or
// the error code (token.*) and the core's message.
struct VerdictView {
    bool valid = false;
    QString code;    // e.g. "token.expired"; empty when valid
    QString message; // the core's English message (the UI shows its own text for the code)
    std::optional<token::Verdict> verdict;

    // token::Verdict is move-only (the summary key sits in a SecureBuffer); queued signals copy,
    // so a copy duplicates the key into fresh secure memory.
    VerdictView() = default;
    VerdictView(const VerdictView& other);
    VerdictView& operator=(const VerdictView& other);
    VerdictView(VerdictView&&) noexcept = default;
    VerdictView& operator=(VerdictView&&) noexcept = default;
    ~VerdictView() = default;
};

// The outcome of logging the clinician's access on the ledger.
struct AccessLoggedView {
    bool logged = false;
    std::uint64_t index = 0; // leaf index of the ACCESS entry
    QString error_code;
    QString error_message;
};

// Registers every type above (and the core types carried by signals) with Qt's meta-type system,
// so queued connections can copy them. Call once before any connection is made.
void register_view_types();

} // namespace careledger::ui

Q_DECLARE_METATYPE(careledger::ui::LedgerStatusView)
Q_DECLARE_METATYPE(careledger::ui::AlertView)
Q_DECLARE_METATYPE(careledger::ui::WalletInfo)
Q_DECLARE_METATYPE(careledger::ui::TokenIssueView)
Q_DECLARE_METATYPE(careledger::ui::IssuedTokenView)
Q_DECLARE_METATYPE(careledger::ui::VerdictView)
Q_DECLARE_METATYPE(careledger::ui::AccessLoggedView)
Q_DECLARE_METATYPE(careledger::wallet::GrantRequest)
Q_DECLARE_METATYPE(careledger::ledger::EntryId)
Q_DECLARE_METATYPE(careledger::ledger::TokenId)
Q_DECLARE_METATYPE(careledger::token::TriageSet)
Q_DECLARE_METATYPE(std::vector<careledger::ledger::GrantWithStatus>)
Q_DECLARE_METATYPE(std::vector<careledger::ledger::ProviderListing>)
Q_DECLARE_METATYPE(std::vector<careledger::wallet::AuditEvent>)
Q_DECLARE_METATYPE(std::vector<careledger::wallet::IssuedTokenRecord>)
Q_DECLARE_METATYPE(std::vector<careledger::ui::AlertView>)
