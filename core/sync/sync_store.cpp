#include "sync/sync_store.h"

#include "vault/transaction.h"

#include <algorithm>
#include <cstring>

namespace careledger::sync {

namespace {

using crypto::Hash32;

std::int64_t to_i64(std::uint64_t v) {
    return static_cast<std::int64_t>(v);
}
std::uint64_t to_u64(std::int64_t v) {
    return static_cast<std::uint64_t>(v);
}

Bytes join_hashes(std::span<const Hash32> hashes) {
    Bytes out;
    out.reserve(hashes.size() * 32);
    for (const auto& h : hashes)
        append(out, view(h));
    return out;
}

Result<std::vector<Hash32>> split_hashes(const Bytes& bytes) {
    if (bytes.size() % 32 != 0)
        return make_error("sync.store_corrupt", "a stored proof is not a list of hashes");
    std::vector<Hash32> out(bytes.size() / 32);
    for (std::size_t i = 0; i < out.size(); ++i)
        std::copy_n(bytes.begin() + static_cast<std::ptrdiff_t>(i * 32), 32, out[i].begin());
    return out;
}

Result<Hash32> to_hash(const Bytes& bytes) {
    if (bytes.size() != 32)
        return make_error("sync.store_corrupt", "a stored hash is not 32 bytes");
    Hash32 h{};
    std::copy(bytes.begin(), bytes.end(), h.begin());
    return h;
}

std::optional<std::uint64_t> optional_u64(const vault::Statement& st, int column) {
    if (st.column_type(column) == vault::ColumnType::null)
        return std::nullopt;
    return to_u64(st.column_int64(column));
}

Status bind_optional(vault::Statement& st, int index, std::optional<std::uint64_t> v) {
    if (v)
        return st.bind(index, to_i64(*v));
    return st.bind_null(index);
}

Result<StoredEntry> read_entry(const vault::Statement& st) {
    StoredEntry e;
    e.index = to_u64(st.column_int64(0));
    e.entry = st.column_blob(1);
    CL_ASSIGN_OR_RETURN(e.proof, split_hashes(st.column_blob(2)));
    e.proof_size = to_u64(st.column_int64(3));
    return e;
}

} // namespace

Result<std::optional<StoredCheckpoint>> SyncStore::latest_checkpoint() {
    CL_ASSIGN_OR_RETURN(auto st, db_->prepare("SELECT size, root, note FROM sync_checkpoints"
                                              " ORDER BY size DESC LIMIT 1"));
    CL_ASSIGN_OR_RETURN(const bool row, st.step());
    if (!row)
        return std::optional<StoredCheckpoint>{};
    StoredCheckpoint cp;
    cp.size = to_u64(st.column_int64(0));
    CL_ASSIGN_OR_RETURN(cp.root, to_hash(st.column_blob(1)));
    cp.note = st.column_text(2);
    return std::optional<StoredCheckpoint>(std::move(cp));
}

Result<std::optional<std::string>> SyncStore::checkpoint_note(std::uint64_t size) {
    CL_ASSIGN_OR_RETURN(auto st, db_->prepare("SELECT note FROM sync_checkpoints WHERE size = ?1"));
    CL_TRY(st.bind(1, to_i64(size)));
    CL_ASSIGN_OR_RETURN(const bool row, st.step());
    if (!row)
        return std::optional<std::string>{};
    return std::optional<std::string>(st.column_text(0));
}

Result<std::uint64_t> SyncStore::tag_count(const Hash32& tag) {
    CL_ASSIGN_OR_RETURN(auto st, db_->prepare("SELECT count FROM sync_tags WHERE tag = ?1"));
    CL_TRY(st.bind_blob(1, view(tag)));
    CL_ASSIGN_OR_RETURN(const bool row, st.step());
    if (!row)
        return std::uint64_t{0};
    return to_u64(st.column_int64(0));
}

Result<std::vector<StoredEntry>> SyncStore::entries() {
    CL_ASSIGN_OR_RETURN(auto st, db_->prepare("SELECT leaf_index, entry, proof, proof_size"
                                              " FROM sync_entries ORDER BY leaf_index"));
    std::vector<StoredEntry> out;
    for (;;) {
        CL_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        CL_ASSIGN_OR_RETURN(auto e, read_entry(st));
        out.push_back(std::move(e));
    }
    return out;
}

Result<std::optional<StoredEntry>> SyncStore::entry(std::uint64_t index) {
    CL_ASSIGN_OR_RETURN(auto st, db_->prepare("SELECT leaf_index, entry, proof, proof_size"
                                              " FROM sync_entries WHERE leaf_index = ?1"));
    CL_TRY(st.bind(1, to_i64(index)));
    CL_ASSIGN_OR_RETURN(const bool row, st.step());
    if (!row)
        return std::optional<StoredEntry>{};
    CL_ASSIGN_OR_RETURN(auto e, read_entry(st));
    return std::optional<StoredEntry>(std::move(e));
}

Status SyncStore::store_sync(const StoredCheckpoint& checkpoint,
                             std::span<const StoredEntry> entries, std::span<const TagCount> counts,
                             std::uint64_t now) {
    CL_ASSIGN_OR_RETURN(auto tx, vault::Transaction::begin(*db_));
    {
        CL_ASSIGN_OR_RETURN(
            auto st, db_->prepare("INSERT OR IGNORE INTO sync_checkpoints"
                                  " (size, root, note, verified_at) VALUES (?1, ?2, ?3, ?4)"));
        CL_TRY(st.bind(1, to_i64(checkpoint.size)));
        CL_TRY(st.bind_blob(2, view(checkpoint.root)));
        CL_TRY(st.bind(3, checkpoint.note));
        CL_TRY(st.bind(4, to_i64(now)));
        CL_TRY(st.run());
    }
    {
        CL_ASSIGN_OR_RETURN(auto st, db_->prepare("INSERT OR IGNORE INTO sync_entries"
                                                  " (leaf_index, entry, proof, proof_size)"
                                                  " VALUES (?1, ?2, ?3, ?4)"));
        for (const auto& e : entries) {
            CL_TRY(st.reset());
            CL_TRY(st.bind(1, to_i64(e.index)));
            CL_TRY(st.bind_blob(2, e.entry));
            CL_TRY(st.bind_blob(3, join_hashes(e.proof)));
            CL_TRY(st.bind(4, to_i64(e.proof_size)));
            CL_TRY(st.run());
        }
    }
    {
        CL_ASSIGN_OR_RETURN(auto st, db_->prepare("INSERT OR REPLACE INTO sync_tags (tag, count)"
                                                  " VALUES (?1, ?2)"));
        for (const auto& [tag, count] : counts) {
            CL_TRY(st.reset());
            CL_TRY(st.bind_blob(1, view(tag)));
            CL_TRY(st.bind(2, to_i64(count)));
            CL_TRY(st.run());
        }
    }
    return tx.commit();
}

Status SyncStore::add_outbox(const OutboxItem& item) {
    CL_ASSIGN_OR_RETURN(auto st,
                        db_->prepare("INSERT OR IGNORE INTO sync_outbox (entry, leaf_hash, receipt,"
                                     " leaf_index, deadline, attempts, next_attempt, last_error,"
                                     " state, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8,"
                                     " ?9, ?10)"));
    CL_TRY(st.bind_blob(1, item.entry));
    CL_TRY(st.bind_blob(2, view(item.leaf_hash)));
    CL_TRY(st.bind(3, item.receipt));
    CL_TRY(bind_optional(st, 4, item.leaf_index));
    CL_TRY(bind_optional(st, 5, item.deadline));
    CL_TRY(st.bind(6, to_i64(item.attempts)));
    CL_TRY(st.bind(7, to_i64(item.next_attempt)));
    CL_TRY(st.bind(8, item.last_error));
    CL_TRY(st.bind(9, outbox_state_name(item.state)));
    CL_TRY(st.bind(10, to_i64(item.created_at)));
    return st.run();
}

Status SyncStore::update_outbox(const OutboxItem& item) {
    CL_ASSIGN_OR_RETURN(auto st, db_->prepare("UPDATE sync_outbox SET receipt = ?2,"
                                              " leaf_index = ?3, deadline = ?4, attempts = ?5,"
                                              " next_attempt = ?6, last_error = ?7, state = ?8"
                                              " WHERE id = ?1"));
    CL_TRY(st.bind(1, item.id));
    CL_TRY(st.bind(2, item.receipt));
    CL_TRY(bind_optional(st, 3, item.leaf_index));
    CL_TRY(bind_optional(st, 4, item.deadline));
    CL_TRY(st.bind(5, to_i64(item.attempts)));
    CL_TRY(st.bind(6, to_i64(item.next_attempt)));
    CL_TRY(st.bind(7, item.last_error));
    CL_TRY(st.bind(8, outbox_state_name(item.state)));
    return st.run();
}

Result<std::vector<OutboxItem>> SyncStore::outbox() {
    CL_ASSIGN_OR_RETURN(auto st, db_->prepare("SELECT id, entry, leaf_hash, receipt, leaf_index,"
                                              " deadline, attempts, next_attempt, last_error,"
                                              " state, created_at FROM sync_outbox ORDER BY id"));
    std::vector<OutboxItem> out;
    for (;;) {
        CL_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        OutboxItem item;
        item.id = st.column_int64(0);
        item.entry = st.column_blob(1);
        CL_ASSIGN_OR_RETURN(item.leaf_hash, to_hash(st.column_blob(2)));
        item.receipt = st.column_text(3);
        item.leaf_index = optional_u64(st, 4);
        item.deadline = optional_u64(st, 5);
        item.attempts = to_u64(st.column_int64(6));
        item.next_attempt = to_u64(st.column_int64(7));
        item.last_error = st.column_text(8);
        if (!parse_outbox_state(st.column_text(9), item.state))
            return make_error("sync.store_corrupt", "unknown outbox state");
        item.created_at = to_u64(st.column_int64(10));
        out.push_back(std::move(item));
    }
    return out;
}

Result<bool> SyncStore::add_alert(const Alert& alert) {
    CL_ASSIGN_OR_RETURN(auto st, db_->prepare("INSERT OR IGNORE INTO sync_alerts"
                                              " (at, kind, summary, evidence)"
                                              " VALUES (?1, ?2, ?3, ?4)"));
    CL_TRY(st.bind(1, to_i64(alert.at)));
    CL_TRY(st.bind(2, alert_kind_name(alert.kind)));
    CL_TRY(st.bind(3, alert.summary));
    CL_TRY(st.bind(4, alert.evidence));
    CL_TRY(st.run());
    CL_ASSIGN_OR_RETURN(auto changes, db_->prepare("SELECT changes()"));
    CL_ASSIGN_OR_RETURN(const bool row, changes.step());
    return row && changes.column_int64(0) > 0;
}

Result<std::vector<Alert>> SyncStore::alerts() {
    CL_ASSIGN_OR_RETURN(auto st, db_->prepare("SELECT id, at, kind, summary, evidence"
                                              " FROM sync_alerts ORDER BY id"));
    std::vector<Alert> out;
    for (;;) {
        CL_ASSIGN_OR_RETURN(const bool row, st.step());
        if (!row)
            break;
        Alert a;
        a.id = st.column_int64(0);
        a.at = to_u64(st.column_int64(1));
        if (!parse_alert_kind(st.column_text(2), a.kind))
            return make_error("sync.store_corrupt", "unknown alert kind");
        a.summary = st.column_text(3);
        a.evidence = st.column_text(4);
        out.push_back(std::move(a));
    }
    return out;
}

Result<Hash32> SyncStore::state_digest() {
    Bytes all;
    const auto dump = [&](std::string_view sql) -> Status {
        CL_ASSIGN_OR_RETURN(auto st, db_->prepare(sql));
        for (;;) {
            CL_ASSIGN_OR_RETURN(const bool row, st.step());
            if (!row)
                return {};
            for (int c = 0; c < st.column_count(); ++c) {
                const Bytes cell = st.column_type(c) == vault::ColumnType::integer
                                       ? to_bytes(std::to_string(st.column_int64(c)))
                                       : st.column_blob(c);
                put_u64_be(all, cell.size());
                append(all, cell);
            }
        }
    };
    CL_TRY(dump("SELECT size, root, note FROM sync_checkpoints ORDER BY size"));
    CL_TRY(dump("SELECT tag, count FROM sync_tags ORDER BY tag"));
    CL_TRY(dump("SELECT leaf_index, entry, proof, proof_size FROM sync_entries"
                " ORDER BY leaf_index"));
    return crypto::sha256(all);
}

} // namespace careledger::sync
