#include "sync/remote_ledger.h"

#include "common/time.h"
#include "ledger/merkle.h"
#include "ledger/patient_index.h"
#include "ledger/sync_bundle.h"
#include "ledger/tlog_proof.h"
#include "node/receipt.h"

#include <algorithm>
#include <map>
#include <set>

namespace careledger::sync {

namespace {

using crypto::Hash32;

std::string with_slash(std::string base) {
    if (base.empty() || base.back() != '/')
        base.push_back('/');
    return base;
}

std::string sync_url(const std::string& base, std::uint64_t old_size,
                     const std::vector<ledger::SyncTagRequest>& requests) {
    std::string url = base + "careledger/v1/sync?old=" + std::to_string(old_size);
    for (const auto& r : requests)
        url += "&tag=" + to_hex(view(r.tag)) + ":" + std::to_string(r.from);
    return url;
}

// Errors after which the bundle's (validly signed) checkpoint contradicts what the vault holds.
bool contradicts_history(const Error& e) {
    return e.code == "sync.fork" || e.code == "sync.bad_consistency" || e.code == "sync.rollback";
}

} // namespace

RemoteLedger::RemoteLedger(node::NetworkConfig network, RemoteLedgerOptions options,
                           vault::Vault& vault, std::vector<Hash32> tags,
                           std::optional<ledger::PatientTag> patient, HttpClient http)
    : network_(std::move(network)), options_(std::move(options)), vault_(&vault),
      store_(vault.database()), tags_(std::move(tags)), patient_(patient), http_(std::move(http)) {
    checkpoint_.origin = network_.origin();
    checkpoint_.root = tlog::empty_root();
}

Result<std::unique_ptr<RemoteLedger>>
RemoteLedger::open(node::NetworkConfig network, RemoteLedgerOptions options, vault::Vault& vault,
                   std::vector<Hash32> tags, std::optional<ledger::PatientTag> patient) {
    if (options.nodes.empty())
        return make_error("sync.no_nodes", "no node URL to sync from");
    for (auto& n : options.nodes)
        n = with_slash(n);
    std::sort(tags.begin(), tags.end());
    tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
    if (tags.empty() || tags.size() > ledger::kMaxSyncTags)
        return make_error("sync.bad_tags", "a light node follows 1 to 64 index tags");
    CL_ASSIGN_OR_RETURN(auto http, HttpClient::create(options.http));
    std::unique_ptr<RemoteLedger> ledger(new RemoteLedger(
        std::move(network), std::move(options), vault, std::move(tags), patient, std::move(http)));
    CL_TRY(ledger->load());
    return ledger;
}

std::vector<Hash32> RemoteLedger::tags_for(ledger::Role role,
                                           const std::optional<ledger::PatientTag>& own) {
    std::vector<Hash32> tags;
    if (own)
        tags.push_back(*own);
    tags.push_back(ledger::directory_tag());
    if (role != ledger::Role::patient)
        tags.push_back(ledger::registry_tag());
    return tags;
}

std::uint64_t RemoteLedger::now() const {
    if (options_.now)
        return options_.now();
    return static_cast<std::uint64_t>(now_unix());
}

// Rebuilds the light state from what the vault holds: every stored entry, in log order.
Status RemoteLedger::load() {
    CL_ASSIGN_OR_RETURN(const auto cp, store_.latest_checkpoint());
    state_ = ledger::LedgerState();
    if (!cp) {
        note_.clear();
        return {};
    }
    CL_ASSIGN_OR_RETURN(checkpoint_, tlog::open_checkpoint(cp->note, network_.log_key()));
    note_ = cp->note;
    CL_ASSIGN_OR_RETURN(const auto entries, store_.entries());
    for (const auto& e : entries) {
        // Verified when stored; decoding again only rebuilds the typed form.
        CL_ASSIGN_OR_RETURN(const auto signed_entry, ledger::decode_entry_unverified(e.entry));
        ledger::apply(state_, signed_entry, ledger::entry_id(signed_entry), e.index);
    }
    return {};
}

Status RemoteLedger::raise(AlertKind kind, std::string summary, std::string evidence) {
    Alert a;
    a.at = now();
    a.kind = kind;
    a.summary = std::move(summary);
    a.evidence = std::move(evidence);
    CL_ASSIGN_OR_RETURN(const bool added, store_.add_alert(a));
    if (added)
        ++report_.new_alerts;
    return {};
}

void RemoteLedger::check_access_alerts(const ledger::SignedEntry& entry, std::uint64_t index,
                                       std::vector<Alert>& out) const {
    const auto& body = entry.body();
    if (!patient_ || body.patient != patient_)
        return;
    const auto* access = std::get_if<ledger::AccessPayload>(&body.payload);
    if (access == nullptr)
        return;
    const std::string who = to_hex(view(body.author));
    const std::string where =
        "leaf " + std::to_string(index) + ", entry " + to_hex(view(ledger::entry_id(entry)));
    if (access->basis() == ledger::AccessBasis::emergency) {
        out.push_back(Alert{0, now(), AlertKind::emergency_access,
                            "emergency access to your record by " + who.substr(0, 16), where});
        return;
    }
    const auto& grant_id = std::get<ledger::EntryId>(access->reference);
    const auto* grant = state_.grant(grant_id);
    if (grant == nullptr || grant->patient != *patient_ || grant->terms.grantee != body.author)
        out.push_back(Alert{0, now(), AlertKind::ungranted_access,
                            "access by " + who.substr(0, 16) + " whom you never granted", where});
}

Status RemoteLedger::refresh() {
    report_ = SyncReport{};
    CL_TRY(retry_outbox());
    Error last = make_error("sync.no_nodes", "no node URL to sync from");
    for (const auto& base : options_.nodes) {
        auto st = sync_once(base);
        if (st.ok()) {
            CL_TRY(reconcile_outbox());
            return {};
        }
        last = st.error();
        if (!is_transient(last))
            break; // a node that lied is reported, not papered over by asking another
    }
    return last;
}

Status RemoteLedger::sync_once(const std::string& base) {
    CL_ASSIGN_OR_RETURN(const auto stored, store_.latest_checkpoint());
    ledger::SyncTrustedState trusted;
    if (stored) {
        trusted.size = stored->size;
        trusted.root = stored->root;
    }
    std::vector<ledger::SyncTagRequest> requests;
    for (const auto& tag : tags_) {
        CL_ASSIGN_OR_RETURN(const auto count, store_.tag_count(tag));
        requests.push_back({tag, count});
    }
    report_.node = base;
    report_.old_size = trusted.size;
    CL_ASSIGN_OR_RETURN(const auto response, http_.get(sync_url(base, trusted.size, requests)));
    if (auto st = expect_ok(response); !st.ok()) {
        // A new network has published nothing yet. A wallet that has verified nothing learns
        // nothing it could be denied, so the empty log is its starting point and its first
        // entries (its registration) can be sent. A wallet that holds a checkpoint is being
        // rolled back, and says so.
        if (st.error().code == "node.no_checkpoint" && !stored) {
            report_.size = 0;
            return {};
        }
        if (st.error().code == "node.no_checkpoint")
            return make_error("sync.rollback", "node " + base +
                                                   " says it has published nothing, but this "
                                                   "wallet holds its checkpoint of size " +
                                                   std::to_string(stored->size));
        return st;
    }
    report_.bytes = response.body.size();
    CL_ASSIGN_OR_RETURN(const auto bundle, ledger::decode_sync_bundle(response.body));

    const std::uint64_t at = now();
    const ledger::CheckpointVerifier verifier =
        [&](std::string_view note) -> Result<tlog::VerifiedCheckpoint> {
        auto v = network_.verify_checkpoint(note, at, options_.max_cosignature_age);
        if (!v.ok() && v.error().code == "checkpoint.stale_cosignature")
            return make_error("sync.stale_cosignatures",
                              "the checkpoint's cosignatures are older than the freeze bound: " +
                                  v.error().message);
        return v;
    };
    auto verified = ledger::verify_sync_bundle(bundle, verifier, trusted, requests);
    if (!verified.ok()) {
        if (contradicts_history(verified.error()) && stored) {
            CL_TRY(raise(AlertKind::lying_node,
                         "node " + base + " served a checkpoint that contradicts the one held (" +
                             verified.error().code + ")",
                         stored->note + "\n" + bundle.checkpoint));
        }
        return verified.error();
    }

    // Inclusion proofs by leaf index, from the bundle the verifier just checked.
    std::map<std::uint64_t, const std::vector<Hash32>*> proofs;
    for (const auto& t : bundle.tags)
        for (const auto& e : t.entries)
            proofs.emplace(e.index, &e.inclusion);

    const auto& cp = verified->checkpoint.checkpoint;
    std::map<std::uint64_t, const ledger::SignedEntry*> fresh; // new entries, log order, deduped
    std::vector<TagCount> counts;
    std::size_t proofs_checked = bundle.tags.size() + (trusted.size > 0 ? 1 : 0);
    for (const auto& t : verified->tags) {
        counts.emplace_back(t.tag, t.leaf ? t.leaf->count : 0);
        for (const auto& e : t.entries) {
            fresh.emplace(e.index, &e.entry);
            ++proofs_checked;
        }
    }
    std::vector<StoredEntry> rows;
    rows.reserve(fresh.size());
    for (const auto& [index, entry] : fresh) {
        const auto it = proofs.find(index);
        if (it == proofs.end())
            return make_error("sync.bad_inclusion", "a verified entry has no inclusion proof");
        rows.push_back(StoredEntry{index, entry->bytes(), *it->second, cp.size});
    }
    const StoredCheckpoint next{cp.size, cp.root, std::string(bundle.checkpoint)};
    CL_TRY(store_.store_sync(next, rows, counts, at));

    // The vault holds the new state: apply the new entries (all past the old size, in log order)
    // and raise the alerts they call for.
    std::vector<Alert> raised;
    for (const auto& [index, entry] : fresh) {
        check_access_alerts(*entry, index, raised);
        ledger::apply(state_, *entry, ledger::entry_id(*entry), index);
    }
    for (auto& a : raised)
        CL_TRY(raise(a.kind, std::move(a.summary), std::move(a.evidence)));
    checkpoint_ = cp;
    note_ = bundle.checkpoint;
    report_.size = cp.size;
    report_.cosigners = verified->checkpoint.fresh_cosigners;
    report_.entries_verified = fresh.size();
    report_.proofs_verified = proofs_checked;
    return {};
}

Result<node::Receipt> RemoteLedger::submit(ByteView entry) {
    CL_ASSIGN_OR_RETURN(const auto decoded, ledger::decode_entry(entry));
    OutboxItem item;
    item.entry = Bytes(entry.begin(), entry.end());
    item.leaf_hash = tlog::leaf_hash(entry);
    item.created_at = now();
    Error last = make_error("sync.no_nodes", "no node URL to submit to");
    std::optional<std::uint64_t> retry_after;
    for (const auto& base : options_.nodes) {
        auto response = http_.post(base + "add-entry", entry, "application/cbor");
        if (response.ok()) {
            auto st = expect_ok(*response);
            if (st.ok()) {
                CL_ASSIGN_OR_RETURN(
                    const auto receipt,
                    node::open_receipt(to_string(response->body), network_.log_key()));
                if (receipt.origin != network_.origin() || receipt.leaf_hash != item.leaf_hash)
                    return make_error("sync.bad_receipt",
                                      "the node's receipt is not for this entry on this network");
                item.receipt = to_string(response->body);
                item.leaf_index = receipt.index;
                item.deadline = receipt.deadline;
                item.attempts = 1;
                item.state = OutboxState::sequenced;
                CL_TRY(store_.add_outbox(item));
                return node::Receipt{receipt.index, ledger::entry_id(decoded), receipt.index + 1};
            }
            if (!is_transient(st.error()))
                return st.error(); // refused (rule.*, request.*): retrying cannot help
            last = st.error();
            retry_after = response->retry_after;
        } else {
            last = response.error();
            if (!is_transient(last))
                return last;
        }
    }
    item.attempts = 1;
    item.last_error = last.code + ": " + last.message;
    item.next_attempt = now() + retry_delay(0, retry_after);
    item.state = OutboxState::pending;
    CL_TRY(store_.add_outbox(item));
    return make_error("sync.queued", "no node took the entry now (" + last.code +
                                         "); it waits in the outbox and is retried on sync");
}

Status RemoteLedger::retry_outbox() {
    CL_ASSIGN_OR_RETURN(auto items, store_.outbox());
    const std::uint64_t t = now();
    for (auto& item : items) {
        if (item.state != OutboxState::pending || item.next_attempt > t)
            continue;
        std::optional<std::uint64_t> retry_after;
        Error last = make_error("sync.no_nodes", "no node URL");
        bool done = false;
        for (const auto& base : options_.nodes) {
            auto response = http_.post(base + "add-entry", item.entry, "application/cbor");
            if (!response.ok()) {
                last = response.error();
                continue;
            }
            auto st = expect_ok(*response);
            if (!st.ok()) {
                last = st.error();
                retry_after = response->retry_after;
                if (!is_transient(last))
                    break;
                continue;
            }
            auto receipt = node::open_receipt(to_string(response->body), network_.log_key());
            if (!receipt.ok() || receipt->leaf_hash != item.leaf_hash ||
                receipt->origin != network_.origin()) {
                last = make_error("sync.bad_receipt", "the node's receipt is not for this entry");
                break;
            }
            item.receipt = to_string(response->body);
            item.leaf_index = receipt->index;
            item.deadline = receipt->deadline;
            item.state = OutboxState::sequenced;
            item.last_error.clear();
            done = true;
            break;
        }
        ++item.attempts;
        if (done) {
            ++report_.outbox_sent;
        } else {
            item.last_error = last.code + ": " + last.message;
            if (is_transient(last))
                item.next_attempt = t + retry_delay(item.attempts - 1, retry_after);
            else
                item.state = OutboxState::refused;
        }
        CL_TRY(store_.update_outbox(item));
    }
    return {};
}

// Sequenced entries: included once a verified checkpoint covers them (and, when they are about a
// followed tag, the wallet holds exactly them at their index); otherwise, past the deadline, the
// receipt is evidence of a missing submission.
Status RemoteLedger::reconcile_outbox() {
    CL_ASSIGN_OR_RETURN(auto items, store_.outbox());
    const std::uint64_t t = now();
    for (auto& item : items) {
        if (item.state == OutboxState::pending)
            ++report_.outbox_waiting;
        if (item.state != OutboxState::sequenced || !item.leaf_index)
            continue;
        const std::uint64_t index = *item.leaf_index;
        if (checkpoint_.size > index) {
            CL_ASSIGN_OR_RETURN(const auto held, store_.entry(index));
            bool ours = false;
            if (auto e = ledger::decode_entry_unverified(item.entry); e.ok()) {
                for (const auto& tag : ledger::index_tags(*e))
                    ours = ours || std::binary_search(tags_.begin(), tags_.end(), tag);
            }
            const bool matches = held && tlog::leaf_hash(held->entry) == item.leaf_hash;
            if (ours && !matches) {
                item.state = OutboxState::missing;
                CL_TRY(raise(AlertKind::missing_submission,
                             "a receipted entry is not at its leaf " + std::to_string(index) +
                                 " in the verified log",
                             item.receipt));
            } else {
                item.state = OutboxState::included;
            }
            CL_TRY(store_.update_outbox(item));
        } else if (item.deadline && t > *item.deadline) {
            item.state = OutboxState::missing;
            CL_TRY(raise(AlertKind::missing_submission,
                         "a receipted entry was not published by its deadline", item.receipt));
            CL_TRY(store_.update_outbox(item));
        } else {
            ++report_.outbox_waiting;
        }
    }
    return {};
}

Result<Bytes> RemoteLedger::entry(std::uint64_t index) {
    CL_ASSIGN_OR_RETURN(const auto held, store_.entry(index));
    if (!held)
        return make_error("sync.not_held",
                          "the light node holds no entry " + std::to_string(index));
    return held->entry;
}

Result<std::string> RemoteLedger::proof(std::uint64_t index) {
    CL_ASSIGN_OR_RETURN(const auto held, store_.entry(index));
    if (!held)
        return make_error("sync.not_held",
                          "the light node holds no entry " + std::to_string(index));
    CL_ASSIGN_OR_RETURN(const auto note, store_.checkpoint_note(held->proof_size));
    if (!note)
        return make_error("sync.store_corrupt", "the checkpoint of a stored proof is missing");
    tlog::TlogProof p;
    p.index = index;
    p.inclusion = held->proof;
    p.checkpoint = *note;
    return tlog::format_tlog_proof(p);
}

} // namespace careledger::sync
