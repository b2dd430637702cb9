#include "shell/wallet_controller.h"

#include "common/time.h"
#include "crypto/slip39.h"
#include "node/local_ledger.h"
#include "sync/open_ledger.h"
#include "vault/errors.h"
#include "wallet/consents.h"
#include "wallet/emergency.h"

#include <QFile>
#include <QMetaObject>
#include <QMutexLocker>
#include <filesystem>

namespace careledger::ui {

namespace {

std::filesystem::path to_path(const QString& s) {
    return std::filesystem::path(s.toStdString());
}

QString q(const std::string& s) {
    return QString::fromStdString(s);
}

// How many cosigners the policy's quorum asks for at its top level: a witness's name needs that
// one, a group its threshold, "none" nothing.
std::uint64_t quorum_size(const ledger::TrustPolicy& policy) {
    const std::string& q = policy.quorum();
    for (const auto& g : policy.groups())
        if (g.name == q)
            return g.threshold;
    for (const auto& w : policy.witnesses())
        if (w.name == q)
            return 1;
    return 0;
}

} // namespace

SecretPtr make_secret(const QString& text) {
    QByteArray utf8 = text.toUtf8();
    auto secret = std::make_shared<crypto::SecureBuffer>(crypto::SecureBuffer::copy_of(
        ByteView(reinterpret_cast<const std::uint8_t*>(utf8.constData()),
                 static_cast<std::size_t>(utf8.size()))));
    utf8.fill('\0');
    return secret;
}

void register_controller_types() {
    register_view_types();
    qRegisterMetaType<RecoveryView>();
}

WalletController::WalletController(ControllerPaths paths, QObject* parent)
    : QObject(parent), paths_(std::move(paths)), nodeUrl_(paths_.node_url),
      networkDir_(paths_.network_dir) {
    thread_.setObjectName(QStringLiteral("careledger-wallet"));
}

WalletController::~WalletController() {
    if (thread_.isRunning()) {
        // Drop the wallet and ledger on the worker that owns them, then stop it.
        QMetaObject::invokeMethod(
            this,
            [this] {
                blobs_.reset();
                ledger_.reset();
                wallet_.reset();
                moveToThread(thread_.thread());
            },
            Qt::BlockingQueuedConnection);
        thread_.quit();
        thread_.wait();
    }
}

void WalletController::startWorker() {
    moveToThread(&thread_);
    thread_.start();
}

bool WalletController::walletExists() const {
    return vault::Vault::exists(to_path(paths_.wallet_dir));
}

void WalletController::post(const QString& what, std::function<void()> fn) {
    QMetaObject::invokeMethod(
        this,
        [this, what, fn = std::move(fn)] {
            emit busyChanged(true, what);
            fn();
            emit busyChanged(false, what);
        },
        Qt::QueuedConnection);
}

void WalletController::fail(const QString& operation, const Error& e) {
    if (e.code == vault::errc::wrong_passphrase)
        emit wrongPassphrase();
    emit failed(operation, q(e.code), q(e.message));
}

void WalletController::setNetwork(const QString& node_url, const QString& network_dir) {
    const QMutexLocker lock(&networkMutex_);
    nodeUrl_ = node_url.trimmed();
    networkDir_ = network_dir.trimmed();
}

ControllerPaths WalletController::network() const {
    ControllerPaths p = paths_;
    const QMutexLocker lock(&networkMutex_);
    p.node_url = nodeUrl_;
    p.network_dir = networkDir_;
    return p;
}

// The ledger the open ledger_ was opened on (not one chosen in Settings since).
sync::LedgerSpec WalletController::openedSpec() const {
    sync::LedgerSpec spec;
    spec.location = opened_.node_url.isEmpty() ? opened_.ledger_dir.toStdString()
                                               : opened_.node_url.toStdString();
    spec.network_dir = to_path(opened_.network_dir);
    return spec;
}

Status WalletController::ensureLedger() {
    if (ledger_)
        return {};
    opened_ = network();
    // A remote ledger keeps its verified state in the wallet's vault: open_ledger needs it.
    CL_ASSIGN_OR_RETURN(ledger_, sync::open_ledger(openedSpec(), wallet_ ? &*wallet_ : nullptr));
    return openBlobStore();
}

// Emergency summaries go where the ledger is: its directory, or the nodes (signed by the
// patient's key, so the store holds a pointer into wallet_: reopened with it).
Status WalletController::openBlobStore() {
    CL_ASSIGN_OR_RETURN(
        blobs_, sync::open_blob_store(openedSpec(), *ledger_, wallet_ ? &*wallet_ : nullptr));
    return {};
}

// A wallet that moves to a node is not known there yet: its IDENTITY goes in once (not again
// while one waits in the outbox). Quiet when the node is unreachable: the overview says why.
void WalletController::registerOnNode() {
    auto* remote = dynamic_cast<sync::RemoteLedger*>(ledger_.get());
    if (remote == nullptr || !wallet_ || remote->state().identity(wallet_->public_key()) != nullptr)
        return;
    auto waiting = remote->outbox();
    if (!waiting)
        return;
    for (const auto& item : *waiting)
        if (item.state == sync::OutboxState::pending || item.state == sync::OutboxState::sequenced)
            return;
    auto r = wallet::register_identity(*wallet_, *ledger_);
    if (!r && r.error().code != "sync.queued" && !sync::is_transient(r.error()))
        fail(QStringLiteral("register"), r.error());
}

// Why a request that needs the ledger cannot run: the wallet is locked, or it is open but its
// ledger could not be opened (the overview says why).
Error WalletController::notReady() const {
    if (!wallet_)
        return Error{"gui.locked", "the wallet is locked"};
    return Error{"gui.no_ledger", "the ledger could not be opened: " + ledgerError_};
}

WalletInfo WalletController::info() const {
    WalletInfo i;
    if (wallet_) {
        i.role = wallet_->role();
        i.name = q(wallet_->name());
        i.key_id = q(wallet_->key_id());
    }
    return i;
}

void WalletController::requestCreate(const CreateWalletView& what, const SecretPtr& passphrase) {
    post(tr("Creating the wallet"), [this, what, passphrase] {
        wallet::CreateOptions opts;
        opts.role = what.role;
        opts.name = what.name.toStdString();
        if (!what.share_spec.isEmpty()) {
            auto spec = wallet::parse_share_spec(what.share_spec.toStdString());
            if (!spec)
                return fail(QStringLiteral("create"), spec.error());
            opts.shares = *spec;
        }
        if (paths_.test_fast_kdf) {
            opts.kdf = crypto::KdfParams::minimum();
            opts.open.kdf_floor = crypto::KdfParams::minimum();
        }
        auto created = wallet::Wallet::create(to_path(paths_.wallet_dir), *passphrase, opts);
        if (!created)
            return fail(QStringLiteral("create"), created.error());
        auto recovery = std::make_shared<std::vector<std::vector<crypto::SecureBuffer>>>(
            std::move(created->recovery));
        wallet_.emplace(std::move(created->wallet));
        if (auto s = ensureLedger(); !s)
            return fail(QStringLiteral("create"), s.error());
        if (dynamic_cast<sync::RemoteLedger*>(ledger_.get()) != nullptr)
            registerOnNode();
        else if (auto r = wallet::register_identity(*wallet_, *ledger_); !r)
            return fail(QStringLiteral("register"), r.error());
        emit walletCreated(info(), RecoveryView{std::move(recovery)});
        emit unlocked(info());
        refreshNow();
    });
}

void WalletController::requestRestore(const CreateWalletView& what, const SecretPtr& passphrase,
                                      const std::vector<SecretPtr>& mnemonics) {
    post(tr("Restoring the wallet"), [this, what, passphrase, mnemonics] {
        wallet::CreateOptions opts;
        opts.role = what.role;
        opts.name = what.name.toStdString();
        if (paths_.test_fast_kdf) {
            opts.kdf = crypto::KdfParams::minimum();
            opts.open.kdf_floor = crypto::KdfParams::minimum();
        }
        std::vector<crypto::SecureBuffer> words;
        words.reserve(mnemonics.size());
        for (const auto& m : mnemonics)
            words.push_back(crypto::SecureBuffer::copy_of(ByteView(m->data(), m->size())));
        auto restored =
            wallet::Wallet::restore(to_path(paths_.wallet_dir), *passphrase, words, opts);
        if (!restored)
            return fail(QStringLiteral("restore"), restored.error());
        wallet_.emplace(std::move(*restored));
        if (auto s = ensureLedger(); !s)
            return fail(QStringLiteral("restore"), s.error());
        if (dynamic_cast<sync::RemoteLedger*>(ledger_.get()) != nullptr)
            registerOnNode();
        else if (auto r = wallet::register_identity(*wallet_, *ledger_); !r)
            return fail(QStringLiteral("register"), r.error());
        emit unlocked(info());
        refreshNow();
    });
}

void WalletController::requestOpen(const SecretPtr& passphrase) {
    post(tr("Unlocking"), [this, passphrase] {
        vault::OpenOptions opts;
        if (paths_.test_fast_kdf)
            opts.kdf_floor = crypto::KdfParams::minimum();
        auto opened = wallet::Wallet::open(to_path(paths_.wallet_dir), *passphrase, opts);
        if (!opened)
            return fail(QStringLiteral("open"), opened.error());
        wallet_.emplace(std::move(*opened));
        if (auto s = ensureLedger(); !s) {
            if (opened_.node_url.isEmpty()) {
                // The embedded ledger is on this computer: the lock screen shows why.
                wallet_->lock();
                wallet_.reset();
                return fail(QStringLiteral("open"), s.error());
            }
            // A node's ledger that cannot be opened (e.g. pinned files that do not match what
            // the wallet verified before) must not keep the user out of Settings: unlock, and
            // the overview says why nothing is synced.
            ledgerError_ = s.error().message;
            emit unlocked(info());
            LedgerStatusView status;
            status.embedded = false;
            status.location = opened_.node_url;
            status.error_code = q(s.error().code);
            status.error_message = q(s.error().message);
            emit ledgerStatus(status);
            return;
        }
        emit unlocked(info());
        refreshNow();
        registerOnNode();
    });
}

void WalletController::requestLock() {
    post(tr("Locking"), [this] {
        // Closing the vault wipes its key; the ledger connection closes with it (first: a light
        // node keeps its state in that vault).
        blobs_.reset();
        ledger_.reset();
        if (wallet_)
            wallet_->lock();
        wallet_.reset();
        emit locked();
    });
}

Status WalletController::reopenWallet(const crypto::SecureBuffer& passphrase) {
    // A light node holds a reference to the vault it keeps its state in: it goes first and comes
    // back over the reopened vault.
    const bool remote = dynamic_cast<sync::RemoteLedger*>(ledger_.get()) != nullptr;
    blobs_.reset();
    if (remote)
        ledger_.reset();
    vault::OpenOptions opts;
    if (paths_.test_fast_kdf)
        opts.kdf_floor = crypto::KdfParams::minimum();
    wallet_->lock();
    wallet_.reset();
    auto reopened = wallet::Wallet::open(to_path(paths_.wallet_dir), passphrase, opts);
    if (!reopened) {
        blobs_.reset();
        ledger_.reset();
        emit locked();
        return reopened.error();
    }
    wallet_.emplace(std::move(*reopened));
    if (remote) {
        // The same network as before, not one chosen in Settings since.
        ledger_.reset();
        CL_ASSIGN_OR_RETURN(ledger_, sync::open_ledger(openedSpec(), &*wallet_));
    }
    return ledger_ ? openBlobStore() : Status{};
}

void WalletController::refreshNow() {
    if (!wallet_ || !ledger_)
        return;
    LedgerStatusView status;
    status.embedded = opened_.node_url.isEmpty();
    status.location = status.embedded ? opened_.ledger_dir : opened_.node_url;
    auto* remote = dynamic_cast<sync::RemoteLedger*>(ledger_.get());
    if (auto s = ledger_->refresh(); !s) {
        // Nothing a refused or unreachable node sent was stored: the state below is the last
        // verified one.
        status.error_code = q(s.error().code);
        status.error_message = q(s.error().message);
    } else {
        status.last_sync = now_unix();
        if (remote != nullptr) {
            const sync::SyncReport& r = remote->last_report();
            status.synced_from = q(r.node);
            status.old_size = r.old_size;
            status.entries_verified = r.entries_verified;
            status.proofs_verified = r.proofs_verified;
            status.new_alerts = r.new_alerts;
            status.outbox_waiting = r.outbox_waiting;
        }
    }
    const auto& cp = ledger_->checkpoint();
    status.origin = q(ledger_->network().origin());
    status.tree_size = cp.size;
    status.root_base64 = q(to_base64(view(cp.root)));
    // The cosignatures behind the checkpoint, as the trust policy counts them.
    constexpr std::uint64_t kCosignatureMaxAge = std::uint64_t{7} * 24 * 3600;
    if (auto verified = ledger_->network().verify_checkpoint(ledger_->checkpoint_note(),
                                                             static_cast<std::uint64_t>(now_unix()),
                                                             kCosignatureMaxAge)) {
        status.cosignatures = verified->fresh_cosigners;
        status.quorum = quorum_size(ledger_->network().trust());
        for (const auto& c : verified->cosigners)
            status.checkpoint_time =
                std::max(status.checkpoint_time, static_cast<std::int64_t>(c.timestamp));
    }
    emit ledgerStatus(status);

    const auto& state = ledger_->state();
    const auto now = static_cast<std::uint64_t>(now_unix());
    emit providers(state.provider_directory());
    if (wallet_->role() == ledger::Role::provider) {
        emit certified(state.is_certified_provider(wallet_->public_key()));
        return;
    }
    const auto tag = wallet_->tag(ledger_->network().origin());
    auto grant_list = state.grants_of(tag, now);
    int active_grants = 0;
    for (const auto& g : grant_list)
        active_grants += g.status == ledger::GrantStatus::active ? 1 : 0;
    emit grants(grant_list);

    std::vector<AlertView> alert_list;
    auto audit = wallet::audit(*wallet_, *ledger_);
    int accesses = 0;
    if (audit) {
        accesses = static_cast<int>(audit->size());
        for (const auto& e : *audit) {
            if (e.basis == ledger::AccessBasis::emergency) {
                AlertView a;
                a.kind = AlertView::Kind::emergency_access;
                a.time = static_cast<std::int64_t>(e.time);
                a.index = e.index;
                a.summary = e.reader_name.empty()
                                ? tr("Emergency access by an uncertified reader")
                                : tr("Emergency access by %1").arg(q(e.reader_name));
                alert_list.push_back(a);
            } else if (e.reader_name.empty()) {
                AlertView a;
                a.kind = AlertView::Kind::unknown_reader;
                a.time = static_cast<std::int64_t>(e.time);
                a.index = e.index;
                a.summary = tr("Access by a reader that is not a certified provider");
                alert_list.push_back(a);
            }
        }
        emit events(*audit);
    } else {
        fail(QStringLiteral("audit"), audit.error());
    }
    addNodeAlerts(alert_list);
    emit alerts(alert_list);

    int active_tokens = 0;
    if (auto recs = wallet::load_token_records(*wallet_)) {
        for (const auto& t : *recs)
            active_tokens += (!t.revoked && t.expires > now_unix()) ? 1 : 0;
        emit tokens(*recs);
    }
    if (auto c = wallet::load_card(*wallet_))
        emit card(*c);
    emit counts(active_grants, accesses, active_tokens);
}

// What the light node raised and kept in the vault that the audit above does not show: a node
// that lied, a receipted entry never published, an access by a reader never granted.
void WalletController::addNodeAlerts(std::vector<AlertView>& out) {
    auto* remote = dynamic_cast<sync::RemoteLedger*>(ledger_.get());
    if (remote == nullptr)
        return;
    auto raised = remote->alerts();
    if (!raised)
        return fail(QStringLiteral("audit"), raised.error());
    for (const auto& a : *raised) {
        AlertView v;
        switch (a.kind) {
        case sync::AlertKind::emergency_access:
            continue; // listed from the audit, with the reader's name
        case sync::AlertKind::ungranted_access:
            v.kind = AlertView::Kind::unknown_reader;
            v.summary = tr("Access by a reader you never granted");
            break;
        case sync::AlertKind::missing_submission:
            v.kind = AlertView::Kind::missing_submission;
            v.summary = tr("An entry the node receipted was not published in time");
            break;
        case sync::AlertKind::lying_node:
            v.kind = AlertView::Kind::lying_node;
            v.summary = tr("A node served a ledger that contradicts the verified one");
            break;
        }
        v.time = static_cast<std::int64_t>(a.at);
        out.push_back(v);
    }
}

void WalletController::requestRefresh() {
    post(tr("Synchronising"), [this] { refreshNow(); });
}

void WalletController::requestGrant(const wallet::GrantRequest& req) {
    post(tr("Signing the grant"), [this, req] {
        if (!wallet_ || !ledger_)
            return fail(QStringLiteral("grant"), notReady());
        auto r = wallet::create_grant(*wallet_, *ledger_, req);
        if (!r)
            return fail(QStringLiteral("grant"), r.error());
        emit done(QStringLiteral("grant"));
        refreshNow();
    });
}

void WalletController::requestRevoke(const ledger::EntryId& grant) {
    post(tr("Signing the revocation"), [this, grant] {
        if (!wallet_ || !ledger_)
            return fail(QStringLiteral("revoke"), notReady());
        auto r = wallet::revoke_grant(*wallet_, *ledger_, grant);
        if (!r)
            return fail(QStringLiteral("revoke"), r.error());
        emit done(QStringLiteral("revoke"));
        refreshNow();
    });
}

void WalletController::requestCardSave(const token::TriageSet& c) {
    post(tr("Saving the emergency card"), [this, c] {
        if (!wallet_)
            return fail(QStringLiteral("card"), Error{"gui.locked", "the wallet is locked"});
        if (auto s = wallet::save_card(*wallet_, c); !s)
            return fail(QStringLiteral("card"), s.error());
        emit done(QStringLiteral("card"));
        if (auto loaded = wallet::load_card(*wallet_))
            emit card(*loaded);
    });
}

void WalletController::requestCardImport(const QString& bundle_path) {
    post(tr("Importing the health record"), [this, bundle_path] {
        if (!wallet_)
            return fail(QStringLiteral("import"), Error{"gui.locked", "the wallet is locked"});
        QFile f(bundle_path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("import"),
                        Error{"gui.read_failed", "cannot read " + bundle_path.toStdString()});
        const QByteArray data = f.readAll();
        auto stats = wallet::import_card(
            *wallet_, std::string_view(data.constData(), static_cast<std::size_t>(data.size())));
        if (!stats)
            return fail(QStringLiteral("import"), stats.error());
        emit done(QStringLiteral("import"));
        if (auto loaded = wallet::load_card(*wallet_))
            emit card(*loaded);
    });
}

void WalletController::requestTokenIssue(const TokenIssueView& what) {
    post(tr("Issuing the emergency token"), [this, what] {
        if (!wallet_ || !ledger_)
            return fail(QStringLiteral("issue"), notReady());
        wallet::EmergencyIssueOptions opts;
        if (what.lifetime_seconds > 0)
            opts.lifetime = what.lifetime_seconds;
        SecretPtr pin;
        if (!what.pin.isEmpty()) {
            pin = make_secret(what.pin);
            opts.pin = pin.get();
        }
        opts.single_use = what.single_use;
        opts.with_summary = what.with_summary;
        auto issued = wallet::issue_emergency_token(*wallet_, *ledger_, *blobs_, opts);
        if (!issued)
            return fail(QStringLiteral("issue"), issued.error());
        IssuedTokenView v;
        v.text = q(issued->token.text);
        v.record.token_id = issued->token.token_id;
        v.record.issued = issued->token.issued_at;
        v.record.expires = issued->token.expires_at;
        v.record.blob_id = issued->blob_id;
        v.record.pin_protected = issued->token.pin_protected;
        v.record.single_use = what.single_use;
        v.record.index = issued->receipt.index;
        v.record.pending = issued->pending;
        emit tokenIssued(v);
        refreshNow();
    });
}

void WalletController::requestTokenRevoke(const ledger::TokenId& id) {
    post(tr("Revoking the emergency token"), [this, id] {
        if (!wallet_ || !ledger_)
            return fail(QStringLiteral("token_revoke"), notReady());
        auto r = wallet::revoke_emergency_token(*wallet_, *ledger_, *blobs_, id);
        if (!r)
            return fail(QStringLiteral("token_revoke"), r.error());
        emit done(QStringLiteral("token_revoke"));
        refreshNow();
    });
}

void WalletController::requestVerify(const QString& token_text, const QString& pin) {
    post(tr("Verifying the token"), [this, token_text, pin] {
        if (!wallet_ || !ledger_)
            return fail(QStringLiteral("verify"), notReady());
        wallet::EmergencyVerifyOptions opts;
        SecretPtr pin_secret;
        if (!pin.isEmpty()) {
            pin_secret = make_secret(pin);
            opts.pin = pin_secret.get();
        }
        auto seen = wallet::VaultSeenTokens::load(*wallet_);
        if (seen)
            opts.seen = &*seen;
        auto v = wallet::verify_emergency_token(token_text.trimmed().toStdString(), *ledger_, opts);
        VerdictView view;
        if (!v) {
            view.code = q(v.error().code);
            view.message = q(v.error().message);
            emit verdict(view);
            return;
        }
        if (seen)
            (void)seen->save();
        view.valid = true;
        view.verdict.emplace(std::move(*v));
        emit verdict(view);
        AccessLoggedView logged;
        auto r = wallet::record_emergency_access(*wallet_, *ledger_, *view.verdict);
        if (r) {
            logged.logged = true;
            logged.index = r->index;
        } else {
            logged.error_code = q(r.error().code);
            logged.error_message = q(r.error().message);
        }
        emit accessLogged(logged);
    });
}

void WalletController::requestRegisterIdentity() {
    post(tr("Registering the identity"), [this] {
        if (!wallet_ || !ledger_)
            return fail(QStringLiteral("register"), notReady());
        if (auto r = wallet::register_identity(*wallet_, *ledger_); !r)
            return fail(QStringLiteral("register"), r.error());
        emit done(QStringLiteral("register"));
        refreshNow();
    });
}

void WalletController::requestCertifySelf(const QString& display_name, const QString& organisation,
                                          const QString& provider_role) {
    post(tr("Certifying"), [this, display_name, organisation, provider_role] {
        if (!wallet_ || !ledger_)
            return fail(QStringLiteral("certify"), notReady());
        auto* local = dynamic_cast<node::LocalLedger*>(ledger_.get());
        if (local == nullptr)
            return fail(
                QStringLiteral("certify"),
                Error{"gui.no_local_registrar", "only the embedded ledger has a local registrar"});
        auto registrar = local->local_registrar();
        if (!registrar)
            return fail(QStringLiteral("certify"), registrar.error());
        if (auto r = wallet::register_identity(*wallet_, *ledger_); !r)
            return fail(QStringLiteral("certify"), r.error());
        wallet::Certification what{display_name.toStdString(), organisation.toStdString(),
                                   provider_role.toStdString()};
        auto r = wallet::certify_provider(*registrar, *ledger_, wallet_->public_key(), what);
        if (!r)
            return fail(QStringLiteral("certify"), r.error());
        emit done(QStringLiteral("certify"));
        refreshNow();
    });
}

void WalletController::requestChangePassphrase(const SecretPtr& current,
                                               const SecretPtr& replacement) {
    post(tr("Changing the passphrase"), [this, current, replacement] {
        if (!wallet_)
            return fail(QStringLiteral("passphrase"), Error{"gui.locked", "the wallet is locked"});
        // Proves the current passphrase first: a wallet left unlocked must not be re-keyed by
        // whoever walks up to it.
        if (auto s = reopenWallet(*current); !s)
            return fail(QStringLiteral("passphrase"), s.error());
        std::optional<crypto::KdfParams> params;
        if (paths_.test_fast_kdf)
            params = crypto::KdfParams::minimum();
        if (auto s = wallet_->vault().change_passphrase(*replacement, params); !s)
            return fail(QStringLiteral("passphrase"), s.error());
        emit done(QStringLiteral("passphrase"));
    });
}

void WalletController::requestExportBackup(const QString& file) {
    post(tr("Writing the backup"), [this, file] {
        if (!wallet_ || !ledger_)
            return fail(QStringLiteral("backup"), notReady());
        if (auto s = wallet_->vault().export_backup(to_path(file), ledger_->checkpoint().size); !s)
            return fail(QStringLiteral("backup"), s.error());
        emit done(QStringLiteral("backup"));
    });
}

void WalletController::requestRecoveryShares(const SecretPtr& passphrase,
                                             const QString& share_spec) {
    post(tr("Creating recovery shares"), [this, passphrase, share_spec] {
        if (!wallet_)
            return fail(QStringLiteral("shares"), Error{"gui.locked", "the wallet is locked"});
        auto spec = wallet::parse_share_spec(share_spec.toStdString());
        if (!spec)
            return fail(QStringLiteral("shares"), spec.error());
        // Proves the passphrase first, as a passphrase change does: whoever walks up to an
        // unlocked wallet must not walk away with a way to rebuild it.
        if (auto s = reopenWallet(*passphrase); !s)
            return fail(QStringLiteral("shares"), s.error());
        auto secret = wallet_->vault().secrets().get("master_secret");
        if (!secret)
            return fail(QStringLiteral("shares"), secret.error());
        auto split = crypto::slip39::split(*secret, "", spec->group_threshold, spec->groups);
        if (!split)
            return fail(QStringLiteral("shares"), split.error());
        emit recoverySharesCreated(RecoveryView{
            std::make_shared<std::vector<std::vector<crypto::SecureBuffer>>>(std::move(*split))});
    });
}

void WalletController::requestWork(WorkFn fn) {
    post(tr("Working"),
         [this, fn = std::move(fn)] { fn(wallet_ ? &*wallet_ : nullptr, ledger_.get()); });
}

} // namespace careledger::ui
