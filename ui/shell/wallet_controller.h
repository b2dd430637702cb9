// The one object that touches the wallet and the ledger. It lives on a worker QThread: every
// slot runs there (Argon2id, signing, sync and imports never block the GUI thread) and answers
// with queued signals carrying the view types of common/view_types.h. The GUI calls the
// request methods below (thread-safe: each posts its work to the worker).
#pragma once

#include "common/view_types.h"
#include "crypto/secure_buffer.h"
#include "node/blob_storage.h"
#include "node/ledger_client.h"
#include "sync/open_ledger.h"
#include "wallet/wallet.h"

#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

namespace careledger::ui {

// A secret carried across threads: shared so queued signals can copy the handle, never the
// bytes; the buffer is wiped when the last holder lets go.
using SecretPtr = std::shared_ptr<crypto::SecureBuffer>;
SecretPtr make_secret(const QString& text);

// The recovery material of a new wallet: groups[g][m] is member m of group g.
struct RecoveryView {
    std::shared_ptr<const std::vector<std::vector<crypto::SecureBuffer>>> groups;
};

struct ControllerPaths {
    QString wallet_dir;
    QString ledger_dir;
    QString node_url;    // empty: the embedded ledger in ledger_dir; else node URLs (commas)
    QString network_dir; // with node_url: the directory of the pinned `network` and `policy`
    // Tests only: create and open vaults with libsodium's minimum Argon2id cost.
    bool test_fast_kdf = false;
};

struct CreateWalletView {
    ledger::Role role = ledger::Role::patient;
    QString name;
    QString share_spec; // "" = one phrase; "K-of-N" or "T:K1-of-N1,..."
};

class WalletController : public QObject {
    Q_OBJECT
public:
    explicit WalletController(ControllerPaths paths, QObject* parent = nullptr);
    ~WalletController() override;
    WalletController(const WalletController&) = delete;
    WalletController& operator=(const WalletController&) = delete;

    // Moves this object to its own worker thread and starts it.
    void startWorker();
    [[nodiscard]] bool walletExists() const;
    [[nodiscard]] const ControllerPaths& paths() const { return paths_; }

    // Requests (any thread). Each answers with the signals below or failed().
    void requestCreate(const CreateWalletView& what, const SecretPtr& passphrase);
    void requestRestore(const CreateWalletView& what, const SecretPtr& passphrase,
                        const std::vector<SecretPtr>& mnemonics);
    void requestOpen(const SecretPtr& passphrase);
    void requestLock();
    void requestRefresh();
    void requestGrant(const wallet::GrantRequest& req);
    void requestRevoke(const ledger::EntryId& grant);
    void requestCardSave(const token::TriageSet& card);
    void requestCardImport(const QString& bundle_path);
    void requestTokenIssue(const TokenIssueView& what);
    void requestTokenRevoke(const ledger::TokenId& id);
    void requestVerify(const QString& token_text, const QString& pin);
    void requestRegisterIdentity();
    void requestCertifySelf(const QString& display_name, const QString& organisation,
                            const QString& provider_role);
    void requestChangePassphrase(const SecretPtr& current, const SecretPtr& replacement);
    void requestExportBackup(const QString& file);
    // Proves the passphrase, then splits the master secret anew ("2-of-3", "3-of-5", …): answers
    // with recoverySharesCreated, shown once and dropped. The old phrase or shares stay valid.
    void requestRecoveryShares(const SecretPtr& passphrase, const QString& share_spec);

    // The ledger the NEXT unlock opens (any thread): an empty URL is the embedded ledger. An open
    // ledger is kept until the wallet locks, so a change never swaps it under a running session.
    void setNetwork(const QString& node_url, const QString& network_dir);
    // The URL and directory setNetwork() last set (the paths' own at first).
    [[nodiscard]] ControllerPaths network() const;

    // For tests and the CLI-like paths: runs fn on the worker with the wallet and ledger, if open.
    using WorkFn = std::function<void(wallet::Wallet*, node::LedgerClient*)>;
    void requestWork(WorkFn fn);

signals:
    void busyChanged(bool busy, const QString& what);
    void failed(const QString& operation, const QString& code, const QString& message);
    void wrongPassphrase();
    void walletCreated(const careledger::ui::WalletInfo& info,
                       const careledger::ui::RecoveryView& recovery);
    void recoverySharesCreated(const careledger::ui::RecoveryView& recovery);
    void unlocked(const careledger::ui::WalletInfo& info);
    void locked();
    void ledgerStatus(const careledger::ui::LedgerStatusView& status);
    void alerts(const std::vector<careledger::ui::AlertView>& alerts);
    void counts(int active_grants, int accesses, int active_tokens);
    void grants(const std::vector<careledger::ledger::GrantWithStatus>& grants);
    void providers(const std::vector<careledger::ledger::ProviderListing>& providers);
    void events(const std::vector<careledger::wallet::AuditEvent>& events);
    void card(const careledger::token::TriageSet& card);
    void tokens(const std::vector<careledger::wallet::IssuedTokenRecord>& tokens);
    void tokenIssued(const careledger::ui::IssuedTokenView& token);
    void verdict(const careledger::ui::VerdictView& verdict);
    void accessLogged(const careledger::ui::AccessLoggedView& logged);
    void certified(bool certified);
    void done(const QString& operation);

private:
    void post(const QString& what, std::function<void()> fn);
    Status ensureLedger();
    Status openBlobStore();
    [[nodiscard]] sync::LedgerSpec openedSpec() const;
    void registerOnNode();
    Status reopenWallet(const crypto::SecureBuffer& passphrase);
    void addNodeAlerts(std::vector<AlertView>& out);
    void refreshNow();
    WalletInfo info() const;
    [[nodiscard]] Error notReady() const;
    void fail(const QString& operation, const Error& e);

    ControllerPaths paths_;
    mutable QMutex networkMutex_; // guards the two below (set from the GUI thread)
    QString nodeUrl_;
    QString networkDir_;
    QThread thread_;
    // Worker-thread state.
    std::unique_ptr<node::LedgerClient> ledger_;
    ControllerPaths opened_;  // what the open ledger_ was opened with (its node_url, network_dir)
    std::string ledgerError_; // why ledger_ could not be opened at the last unlock
    std::unique_ptr<node::BlobStorage> blobs_;
    std::optional<wallet::Wallet> wallet_;
};

void register_controller_types();

} // namespace careledger::ui

Q_DECLARE_METATYPE(careledger::ui::RecoveryView)
