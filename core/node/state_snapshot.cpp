#include "node/state_snapshot.h"

#include "common/atomic_file.h"
#include "crypto/ed25519.h"
#include "crypto/hash.h"

#include <algorithm>
#include <array>

namespace careledger {

namespace {

constexpr std::string_view kMagic = "CLSNAP";
constexpr std::string_view kSignedPrefix = "careledger.org/node-snapshot/v1\n";
constexpr std::size_t kDigestBytes = 32;
constexpr std::size_t kSignatureBytes = 64;
// Bounds for a file a node reads back: far above any real state, far below what would hurt.
constexpr std::size_t kMaxSnapshotBytes = std::size_t{1} << 30;
constexpr std::uint64_t kMaxListItems = std::uint64_t{1} << 26;
constexpr std::uint64_t kMaxStringBytes = 65535;

Error corrupt(const std::string& what) {
    return make_error("snapshot.corrupt", "the state snapshot is damaged: " + what);
}

class Writer {
public:
    void u8(std::uint8_t v) { out_.push_back(v); }
    void u64(std::uint64_t v) { put_u64_be(out_, v); }
    template <std::size_t N> void fixed(const std::array<std::uint8_t, N>& a) {
        out_.insert(out_.end(), a.begin(), a.end());
    }
    void text(const std::string& s) {
        u64(s.size());
        out_.insert(out_.end(), s.begin(), s.end());
    }
    void texts(const std::vector<std::string>& list) {
        u64(list.size());
        for (const auto& s : list)
            text(s);
    }
    Bytes& bytes() { return out_; }

private:
    Bytes out_;
};

class Reader {
public:
    explicit Reader(ByteView in) : in_(in) {}
    Result<std::uint8_t> u8() {
        CL_TRY(need(1));
        return in_[pos_++];
    }
    Result<std::uint64_t> u64() {
        CL_TRY(need(8));
        const auto v = get_u64_be(in_.subspan(pos_, 8));
        pos_ += 8;
        return v;
    }
    template <std::size_t N> Result<std::array<std::uint8_t, N>> fixed() {
        CL_TRY(need(N));
        std::array<std::uint8_t, N> a{};
        std::copy_n(in_.begin() + static_cast<std::ptrdiff_t>(pos_), N, a.begin());
        pos_ += N;
        return a;
    }
    Result<std::uint64_t> count() {
        CL_ASSIGN_OR_RETURN(const auto n, u64());
        if (n > kMaxListItems)
            return corrupt("a list is too long");
        return n;
    }
    Result<std::string> text() {
        CL_ASSIGN_OR_RETURN(const auto n, u64());
        if (n > kMaxStringBytes)
            return corrupt("a string is too long");
        CL_TRY(need(static_cast<std::size_t>(n)));
        std::string s(in_.begin() + static_cast<std::ptrdiff_t>(pos_),
                      in_.begin() + static_cast<std::ptrdiff_t>(pos_ + n));
        pos_ += static_cast<std::size_t>(n);
        return s;
    }
    Result<std::vector<std::string>> texts() {
        CL_ASSIGN_OR_RETURN(const auto n, count());
        std::vector<std::string> out;
        for (std::uint64_t i = 0; i < n; ++i) {
            CL_ASSIGN_OR_RETURN(auto s, text());
            out.push_back(std::move(s));
        }
        return out;
    }
    [[nodiscard]] bool done() const { return pos_ == in_.size(); }

private:
    Status need(std::size_t n) const {
        if (in_.size() - pos_ < n)
            return corrupt("truncated");
        return {};
    }
    ByteView in_;
    std::size_t pos_ = 0;
};

void put_position(Writer& w, const ledger::LogPosition& p) {
    w.u64(p.index);
    w.fixed(p.entry_id);
    w.u64(p.time);
}

Result<ledger::LogPosition> get_position(Reader& r) {
    ledger::LogPosition p;
    CL_ASSIGN_OR_RETURN(p.index, r.u64());
    CL_ASSIGN_OR_RETURN(p.entry_id, r.fixed<32>());
    CL_ASSIGN_OR_RETURN(p.time, r.u64());
    return p;
}

Result<ledger::Role> get_role(Reader& r) {
    CL_ASSIGN_OR_RETURN(const auto v, r.u8());
    if (v < 1 || v > 3)
        return corrupt("unknown role");
    return static_cast<ledger::Role>(v);
}

// An optional value: a presence byte, then the value.
template <class T, class Put> void put_optional(Writer& w, const std::optional<T>& v, Put put) {
    w.u8(v ? 1 : 0);
    if (v)
        put(*v);
}

template <class T, class Get> Result<std::optional<T>> get_optional(Reader& r, Get get) {
    CL_ASSIGN_OR_RETURN(const auto present, r.u8());
    if (present > 1)
        return corrupt("bad presence byte");
    if (present == 0)
        return std::optional<T>{};
    CL_ASSIGN_OR_RETURN(T v, get());
    return std::optional<T>{std::move(v)};
}

void put_index(Writer& w, std::span<const ledger::IndexRecordState> records) {
    w.u64(records.size());
    for (const auto& r : records) {
        w.fixed(r.leaf.tag);
        w.u64(r.leaf.count);
        w.fixed(r.leaf.last_leaf_hash);
        w.fixed(r.leaf.list_hash);
        w.u64(r.list_end);
    }
}

Result<std::vector<ledger::IndexRecordState>> get_index(Reader& r) {
    CL_ASSIGN_OR_RETURN(const auto n, r.count());
    std::vector<ledger::IndexRecordState> out;
    out.reserve(static_cast<std::size_t>(n));
    for (std::uint64_t i = 0; i < n; ++i) {
        ledger::IndexRecordState s;
        CL_ASSIGN_OR_RETURN(s.leaf.tag, r.fixed<32>());
        CL_ASSIGN_OR_RETURN(s.leaf.count, r.u64());
        CL_ASSIGN_OR_RETURN(s.leaf.last_leaf_hash, r.fixed<32>());
        CL_ASSIGN_OR_RETURN(s.leaf.list_hash, r.fixed<32>());
        CL_ASSIGN_OR_RETURN(s.list_end, r.u64());
        out.push_back(s);
    }
    return out;
}

Bytes signed_message(const crypto::Hash32& digest) {
    Bytes msg(kSignedPrefix.begin(), kSignedPrefix.end());
    msg.insert(msg.end(), digest.begin(), digest.end());
    return msg;
}

} // namespace

namespace ledger {

// Reads and rebuilds LedgerState's private maps (a friend of LedgerState). Only a state without
// history is encoded: the maps it has are exactly those below.
class StateSnapshotCodec {
public:
    static Status encode(const LedgerState& s, Writer& w) {
        if (s.keep_history_)
            return make_error("snapshot.io", "only a state without history is snapshotted");
        w.u64(s.identities_.size());
        for (const auto& [key, id] : s.identities_) {
            w.fixed(id.key);
            w.u8(static_cast<std::uint8_t>(id.role));
            w.fixed(id.box_key);
            put_optional(w, id.patient_tag, [&](const PatientTag& t) { w.fixed(t); });
            put_position(w, id.registered);
        }
        w.u64(s.patients_.size());
        for (const auto& [tag, key] : s.patients_) {
            w.fixed(tag);
            w.fixed(key);
        }
        w.u64(s.certifications_.size());
        for (const auto& [key, c] : s.certifications_) {
            w.fixed(c.subject);
            w.text(c.display_name);
            w.text(c.organisation);
            w.text(c.provider_role);
            w.fixed(c.registrar);
            put_position(w, c.certified);
        }
        w.u64(s.grants_.size());
        for (const auto& [id, g] : s.grants_) {
            w.fixed(g.id);
            w.fixed(g.patient);
            w.fixed(g.patient_key);
            w.fixed(g.terms.grantee);
            w.texts(g.terms.categories);
            w.text(g.terms.purpose);
            w.text(g.terms.mode);
            w.u64(g.terms.not_before);
            w.u64(g.terms.expiry);
            put_optional(w, g.terms.erase_by, [&](std::uint64_t v) { w.u64(v); });
            put_position(w, g.granted);
            put_optional(w, g.revoked, [&](const LogPosition& p) { put_position(w, p); });
        }
        w.u64(s.grants_by_patient_.size());
        for (const auto& [tag, ids] : s.grants_by_patient_) {
            w.fixed(tag);
            w.u64(ids.size());
            for (const auto& id : ids)
                w.fixed(id);
        }
        w.u64(s.tokens_.size());
        for (const auto& [id, t] : s.tokens_) {
            w.fixed(t.id);
            w.fixed(t.patient);
            w.u64(t.expiry);
            w.texts(t.categories);
            put_position(w, t.issued);
            put_optional(w, t.revoked, [&](const LogPosition& p) { put_position(w, p); });
        }
        w.u64(s.tokens_by_patient_.size());
        for (const auto& [tag, ids] : s.tokens_by_patient_) {
            w.fixed(tag);
            w.u64(ids.size());
            for (const auto& id : ids)
                w.fixed(id);
        }
        w.u64(s.last_seq_.size());
        for (const auto& [key, seq] : s.last_seq_) {
            w.fixed(key);
            w.u64(seq);
        }
        w.u64(s.revoked_order_.size());
        for (const auto& id : s.revoked_order_) {
            const auto& note = s.revoked_grants_.at(id);
            w.fixed(id);
            w.fixed(note.patient);
            w.fixed(note.grantee);
        }
        w.u64(s.entries_applied_);
        return {};
    }

    static Result<LedgerState> decode(Reader& r) {
        LedgerState s;
        s.keep_history_ = false;
        CL_ASSIGN_OR_RETURN(auto n, r.count());
        for (std::uint64_t i = 0; i < n; ++i) {
            IdentityRecord id;
            CL_ASSIGN_OR_RETURN(id.key, r.fixed<32>());
            CL_ASSIGN_OR_RETURN(id.role, get_role(r));
            CL_ASSIGN_OR_RETURN(id.box_key, r.fixed<32>());
            CL_ASSIGN_OR_RETURN(id.patient_tag,
                                get_optional<ledger::PatientTag>(r, [&] { return r.fixed<32>(); }));
            CL_ASSIGN_OR_RETURN(id.registered, get_position(r));
            const auto key = id.key;
            if (!s.identities_.emplace(key, id).second)
                return corrupt("an identity is listed twice");
        }
        CL_ASSIGN_OR_RETURN(n, r.count());
        for (std::uint64_t i = 0; i < n; ++i) {
            CL_ASSIGN_OR_RETURN(const auto tag, r.fixed<32>());
            CL_ASSIGN_OR_RETURN(const auto key, r.fixed<32>());
            s.patients_.emplace(tag, key);
        }
        CL_ASSIGN_OR_RETURN(n, r.count());
        for (std::uint64_t i = 0; i < n; ++i) {
            Certification c;
            CL_ASSIGN_OR_RETURN(c.subject, r.fixed<32>());
            CL_ASSIGN_OR_RETURN(c.display_name, r.text());
            CL_ASSIGN_OR_RETURN(c.organisation, r.text());
            CL_ASSIGN_OR_RETURN(c.provider_role, r.text());
            CL_ASSIGN_OR_RETURN(c.registrar, r.fixed<32>());
            CL_ASSIGN_OR_RETURN(c.certified, get_position(r));
            const auto key = c.subject;
            s.certifications_.emplace(key, std::move(c));
        }
        CL_ASSIGN_OR_RETURN(n, r.count());
        for (std::uint64_t i = 0; i < n; ++i) {
            GrantRecord g;
            CL_ASSIGN_OR_RETURN(g.id, r.fixed<32>());
            CL_ASSIGN_OR_RETURN(g.patient, r.fixed<32>());
            CL_ASSIGN_OR_RETURN(g.patient_key, r.fixed<32>());
            CL_ASSIGN_OR_RETURN(g.terms.grantee, r.fixed<32>());
            CL_ASSIGN_OR_RETURN(g.terms.categories, r.texts());
            CL_ASSIGN_OR_RETURN(g.terms.purpose, r.text());
            CL_ASSIGN_OR_RETURN(g.terms.mode, r.text());
            CL_ASSIGN_OR_RETURN(g.terms.not_before, r.u64());
            CL_ASSIGN_OR_RETURN(g.terms.expiry, r.u64());
            CL_ASSIGN_OR_RETURN(g.terms.erase_by,
                                get_optional<std::uint64_t>(r, [&] { return r.u64(); }));
            CL_ASSIGN_OR_RETURN(g.granted, get_position(r));
            CL_ASSIGN_OR_RETURN(
                g.revoked, get_optional<ledger::LogPosition>(r, [&] { return get_position(r); }));
            const auto id = g.id;
            s.grants_.emplace(id, std::move(g));
        }
        CL_ASSIGN_OR_RETURN(n, r.count());
        for (std::uint64_t i = 0; i < n; ++i) {
            CL_ASSIGN_OR_RETURN(const auto tag, r.fixed<32>());
            CL_ASSIGN_OR_RETURN(const auto m, r.count());
            auto& ids = s.grants_by_patient_[tag];
            for (std::uint64_t k = 0; k < m; ++k) {
                CL_ASSIGN_OR_RETURN(const auto id, r.fixed<32>());
                if (s.grants_.count(id) == 0)
                    return corrupt("a patient lists an unknown grant");
                ids.push_back(id);
            }
        }
        CL_ASSIGN_OR_RETURN(n, r.count());
        for (std::uint64_t i = 0; i < n; ++i) {
            TokenRecord t;
            CL_ASSIGN_OR_RETURN(t.id, r.fixed<16>());
            CL_ASSIGN_OR_RETURN(t.patient, r.fixed<32>());
            CL_ASSIGN_OR_RETURN(t.expiry, r.u64());
            CL_ASSIGN_OR_RETURN(t.categories, r.texts());
            CL_ASSIGN_OR_RETURN(t.issued, get_position(r));
            CL_ASSIGN_OR_RETURN(
                t.revoked, get_optional<ledger::LogPosition>(r, [&] { return get_position(r); }));
            const auto id = t.id;
            s.tokens_.emplace(id, std::move(t));
        }
        CL_ASSIGN_OR_RETURN(n, r.count());
        for (std::uint64_t i = 0; i < n; ++i) {
            CL_ASSIGN_OR_RETURN(const auto tag, r.fixed<32>());
            CL_ASSIGN_OR_RETURN(const auto m, r.count());
            auto& ids = s.tokens_by_patient_[tag];
            for (std::uint64_t k = 0; k < m; ++k) {
                CL_ASSIGN_OR_RETURN(const auto id, r.fixed<16>());
                if (s.tokens_.count(id) == 0)
                    return corrupt("a patient lists an unknown token");
                ids.push_back(id);
            }
        }
        CL_ASSIGN_OR_RETURN(n, r.count());
        for (std::uint64_t i = 0; i < n; ++i) {
            CL_ASSIGN_OR_RETURN(const auto key, r.fixed<32>());
            CL_ASSIGN_OR_RETURN(const auto seq, r.u64());
            s.last_seq_.insert_or_assign(key, seq);
        }
        CL_ASSIGN_OR_RETURN(n, r.count());
        if (n > LedgerState::kRevokedGrantsRemembered)
            return corrupt("too many revoked grants remembered");
        for (std::uint64_t i = 0; i < n; ++i) {
            CL_ASSIGN_OR_RETURN(const auto id, r.fixed<32>());
            LedgerState::RevokedGrant note;
            CL_ASSIGN_OR_RETURN(note.patient, r.fixed<32>());
            CL_ASSIGN_OR_RETURN(note.grantee, r.fixed<32>());
            if (!s.revoked_grants_.emplace(id, note).second)
                return corrupt("a revoked grant is listed twice");
            s.revoked_order_.push_back(id);
        }
        CL_ASSIGN_OR_RETURN(s.entries_applied_, r.u64());
        return s;
    }
};

} // namespace ledger

namespace node {

Result<Bytes> encode_snapshot(const NodeSnapshot& snapshot, const tlog::NoteSigner& log_key) {
    return encode_snapshot(snapshot.origin, snapshot.tree, snapshot.state, snapshot.live_index,
                           snapshot.published_size, snapshot.published_index, log_key);
}

Result<Bytes> encode_snapshot(std::string_view origin, const tlog::TreeState& tree,
                              const ledger::LedgerState& state,
                              std::span<const ledger::IndexRecordState> live_index,
                              std::uint64_t published_size,
                              std::span<const ledger::IndexRecordState> published_index,
                              const tlog::NoteSigner& log_key) {
    Writer w;
    for (const char c : kMagic)
        w.u8(static_cast<std::uint8_t>(c));
    w.u8(static_cast<std::uint8_t>(kSnapshotVersion >> 8U));
    w.u8(static_cast<std::uint8_t>(kSnapshotVersion & 0xffU));
    w.text(std::string(origin));
    w.u64(tree.size());
    w.fixed(tree.root());
    w.u64(tree.right_edge().size());
    for (const auto& h : tree.right_edge())
        w.fixed(h);
    CL_TRY(ledger::StateSnapshotCodec::encode(state, w));
    put_index(w, live_index);
    w.u64(published_size);
    put_index(w, published_index);
    Bytes out = std::move(w.bytes());
    const auto digest = crypto::sha256(out);
    const auto sig = log_key.sign_raw(signed_message(digest));
    out.insert(out.end(), digest.begin(), digest.end());
    out.insert(out.end(), sig.begin(), sig.end());
    return out;
}

Result<NodeSnapshot> decode_snapshot(ByteView file, const tlog::VerifierKey& log_key,
                                     std::string_view origin) {
    const std::size_t header = kMagic.size() + 2;
    if (file.size() < header + kDigestBytes + kSignatureBytes ||
        !std::equal(kMagic.begin(), kMagic.end(), file.begin()))
        return corrupt("not a snapshot file");
    const auto version =
        static_cast<std::uint16_t>((file[kMagic.size()] << 8U) | file[kMagic.size() + 1]);
    if (version != kSnapshotVersion)
        return make_error("snapshot.version", "the state snapshot has version " +
                                                  std::to_string(version) + ", not " +
                                                  std::to_string(kSnapshotVersion));
    const std::size_t body_end = file.size() - kDigestBytes - kSignatureBytes;
    const ByteView body = file.subspan(0, body_end);
    crypto::Hash32 digest{};
    std::copy_n(file.begin() + static_cast<std::ptrdiff_t>(body_end), kDigestBytes, digest.begin());
    if (crypto::sha256(body) != digest)
        return corrupt("its digest does not match its content");
    crypto::Signature sig{};
    std::copy_n(file.begin() + static_cast<std::ptrdiff_t>(body_end + kDigestBytes),
                kSignatureBytes, sig.begin());
    if (!crypto::verify(log_key.public_key, signed_message(digest), sig))
        return make_error("snapshot.forged", "the state snapshot is not signed by the log key");

    Reader r(body.subspan(header));
    NodeSnapshot s;
    CL_ASSIGN_OR_RETURN(s.origin, r.text());
    if (s.origin != origin)
        return make_error("snapshot.other_log", "the state snapshot is of the log " + s.origin);
    CL_ASSIGN_OR_RETURN(const auto size, r.u64());
    CL_ASSIGN_OR_RETURN(const auto root, r.fixed<32>());
    CL_ASSIGN_OR_RETURN(const auto edge_count, r.count());
    std::vector<crypto::Hash32> edge;
    for (std::uint64_t i = 0; i < edge_count; ++i) {
        CL_ASSIGN_OR_RETURN(auto h, r.fixed<32>());
        edge.push_back(h);
    }
    auto tree = tlog::TreeState::from_right_edge(size, std::move(edge));
    if (!tree.ok() || tree->root() != root)
        return corrupt("its tree edge does not make its root");
    s.tree = std::move(*tree);
    CL_ASSIGN_OR_RETURN(s.state, ledger::StateSnapshotCodec::decode(r));
    CL_ASSIGN_OR_RETURN(s.live_index, get_index(r));
    CL_ASSIGN_OR_RETURN(s.published_size, r.u64());
    CL_ASSIGN_OR_RETURN(s.published_index, get_index(r));
    if (s.published_size > size)
        return corrupt("its published size is beyond its size");
    if (!r.done())
        return corrupt("trailing bytes");
    return s;
}

Status write_snapshot(const std::filesystem::path& data_dir, ByteView encoded) {
    return write_file_atomically(data_dir / kSnapshotFile, encoded);
}

Result<NodeSnapshot> read_snapshot(const std::filesystem::path& data_dir,
                                   const tlog::VerifierKey& log_key, std::string_view origin) {
    const auto path = data_dir / kSnapshotFile;
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return make_error("snapshot.missing", "no state snapshot");
    auto bytes = read_file(path, kMaxSnapshotBytes);
    if (!bytes.ok())
        return make_error("snapshot.io",
                          "cannot read " + path.string() + ": " + bytes.error().message);
    return decode_snapshot(*bytes, log_key, origin);
}

} // namespace node

} // namespace careledger
