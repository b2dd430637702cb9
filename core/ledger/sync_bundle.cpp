#include "ledger/sync_bundle.h"

#include "ledger/cbor.h"
#include "ledger/checkpoint.h"
#include "ledger/note.h"

#include <algorithm>

namespace careledger::ledger {

namespace {

constexpr std::size_t kIndexStepBytes = 33;
constexpr std::size_t kMaxProofHashes = 64; // a tree of up to 2^64 leaves

Error malformed(const std::string& what) {
    return make_error("sync.malformed", "sync bundle: " + what);
}

cbor::Value hash_value(const Hash32& h) {
    return cbor::Value::bytes(view(h));
}

cbor::Value hash_list_value(const std::vector<Hash32>& hashes) {
    Bytes out;
    out.reserve(hashes.size() * 32);
    for (const Hash32& h : hashes)
        append(out, view(h));
    return cbor::Value::bytes(std::move(out));
}

cbor::Value leaf_value(const std::optional<IndexLeaf>& leaf) {
    if (!leaf)
        return cbor::Value::null();
    return cbor::Value::array({hash_value(leaf->tag), cbor::Value::uint(leaf->count),
                               hash_value(leaf->last_leaf_hash), hash_value(leaf->list_hash)});
}

cbor::Value proof_value(const IndexProof& proof) {
    Bytes steps;
    steps.reserve(proof.steps.size() * kIndexStepBytes);
    for (const IndexProofStep& s : proof.steps) {
        steps.push_back(s.bit);
        append(steps, view(s.sibling));
    }
    return cbor::Value::array({cbor::Value::bytes(std::move(steps)), leaf_value(proof.other)});
}

const cbor::Array* array_of(const cbor::Value& v, std::size_t n) {
    const cbor::Array* a = v.if_array();
    return (a != nullptr && a->size() == n) ? a : nullptr;
}

Result<Hash32> hash_of(const cbor::Value& v) {
    const Bytes* b = v.if_bytes();
    if (b == nullptr || b->size() != 32)
        return malformed("expected a 32-byte hash");
    Hash32 h{};
    std::copy(b->begin(), b->end(), h.begin());
    return h;
}

Result<std::uint64_t> uint_of(const cbor::Value& v) {
    const std::uint64_t* u = v.if_uint();
    if (u == nullptr)
        return malformed("expected an unsigned integer");
    return *u;
}

Result<std::vector<Hash32>> hash_list_of(const cbor::Value& v) {
    const Bytes* b = v.if_bytes();
    if (b == nullptr || b->size() % 32 != 0 || b->size() / 32 > kMaxProofHashes)
        return malformed("expected a list of at most 64 hashes");
    std::vector<Hash32> out(b->size() / 32);
    for (std::size_t i = 0; i < out.size(); ++i)
        std::copy_n(b->begin() + static_cast<std::ptrdiff_t>(i * 32), 32, out[i].begin());
    return out;
}

Result<std::optional<IndexLeaf>> leaf_of(const cbor::Value& v) {
    if (v.is_null())
        return std::optional<IndexLeaf>{};
    const cbor::Array* a = array_of(v, 4);
    if (a == nullptr)
        return malformed("index leaf is not a 4-item array");
    IndexLeaf leaf;
    CL_ASSIGN_OR_RETURN(leaf.tag, hash_of((*a)[0]));
    CL_ASSIGN_OR_RETURN(leaf.count, uint_of((*a)[1]));
    CL_ASSIGN_OR_RETURN(leaf.last_leaf_hash, hash_of((*a)[2]));
    CL_ASSIGN_OR_RETURN(leaf.list_hash, hash_of((*a)[3]));
    return std::optional<IndexLeaf>{leaf};
}

Result<IndexProof> proof_of(const cbor::Value& v) {
    const cbor::Array* a = array_of(v, 2);
    const Bytes* steps = a != nullptr ? (*a)[0].if_bytes() : nullptr;
    if (steps == nullptr || steps->size() % kIndexStepBytes != 0 ||
        steps->size() / kIndexStepBytes > kMaxIndexProofSteps)
        return malformed("index proof is not [steps, leaf]");
    IndexProof proof;
    proof.steps.resize(steps->size() / kIndexStepBytes);
    for (std::size_t i = 0; i < proof.steps.size(); ++i) {
        const auto at = steps->begin() + static_cast<std::ptrdiff_t>(i * kIndexStepBytes);
        proof.steps[i].bit = *at;
        std::copy_n(at + 1, 32, proof.steps[i].sibling.begin());
    }
    CL_ASSIGN_OR_RETURN(proof.other, leaf_of((*a)[1]));
    return proof;
}

Result<SyncBundleEntry> entry_of(const cbor::Value& v) {
    const cbor::Array* a = array_of(v, 3);
    if (a == nullptr || (*a)[1].if_bytes() == nullptr)
        return malformed("entry is not [index, bytes, proof]");
    SyncBundleEntry e;
    CL_ASSIGN_OR_RETURN(e.index, uint_of((*a)[0]));
    e.bytes = *(*a)[1].if_bytes();
    if (e.bytes.empty() || e.bytes.size() > kMaxEntryBytes)
        return malformed("entry size out of range");
    CL_ASSIGN_OR_RETURN(e.inclusion, hash_list_of((*a)[2]));
    return e;
}

Result<SyncBundleTag> tag_of(const cbor::Value& v, std::size_t& entry_budget) {
    const cbor::Array* a = array_of(v, 7);
    if (a == nullptr)
        return malformed("tag part is not a 7-item array");
    SyncBundleTag t;
    CL_ASSIGN_OR_RETURN(t.tag, hash_of((*a)[0]));
    CL_ASSIGN_OR_RETURN(t.from, uint_of((*a)[1]));
    CL_ASSIGN_OR_RETURN(t.leaf, leaf_of((*a)[2]));
    CL_ASSIGN_OR_RETURN(t.proof, proof_of((*a)[3]));
    CL_ASSIGN_OR_RETURN(t.prefix_list_hash, hash_of((*a)[4]));
    const cbor::Array* indices = (*a)[5].if_array();
    const cbor::Array* entries = (*a)[6].if_array();
    if (indices == nullptr || entries == nullptr)
        return malformed("indices or entries are not arrays");
    if (indices->size() > entry_budget || entries->size() > entry_budget)
        return make_error("sync.too_large", "sync bundle lists too many entries");
    entry_budget -= std::max(indices->size(), entries->size());
    t.indices.reserve(indices->size());
    for (const cbor::Value& i : *indices) {
        CL_ASSIGN_OR_RETURN(const std::uint64_t index, uint_of(i));
        t.indices.push_back(index);
    }
    t.entries.reserve(entries->size());
    for (const cbor::Value& e : *entries) {
        CL_ASSIGN_OR_RETURN(SyncBundleEntry entry, entry_of(e));
        t.entries.push_back(std::move(entry));
    }
    return t;
}

} // namespace

Bytes encode_sync_bundle(const SyncBundle& bundle) {
    cbor::Array tags;
    tags.reserve(bundle.tags.size());
    for (const SyncBundleTag& t : bundle.tags) {
        cbor::Array indices;
        indices.reserve(t.indices.size());
        for (const std::uint64_t i : t.indices)
            indices.push_back(cbor::Value::uint(i));
        cbor::Array entries;
        entries.reserve(t.entries.size());
        for (const SyncBundleEntry& e : t.entries)
            entries.push_back(cbor::Value::array({cbor::Value::uint(e.index),
                                                  cbor::Value::bytes(ByteView(e.bytes)),
                                                  hash_list_value(e.inclusion)}));
        tags.push_back(cbor::Value::array(
            {hash_value(t.tag), cbor::Value::uint(t.from), leaf_value(t.leaf), proof_value(t.proof),
             hash_value(t.prefix_list_hash), cbor::Value::array(std::move(indices)),
             cbor::Value::array(std::move(entries))}));
    }
    return cbor::encode(cbor::Value::array(
        {cbor::Value::uint(kSyncBundleVersion), cbor::Value::text(bundle.checkpoint),
         cbor::Value::uint(bundle.old_size), hash_list_value(bundle.consistency),
         cbor::Value::array(std::move(tags))}));
}

Result<SyncBundle> decode_sync_bundle(ByteView bytes) {
    if (bytes.size() > kMaxSyncBundleBytes)
        return make_error("sync.too_large", "sync bundle is larger than 32 MiB");
    cbor::DecodeLimits limits;
    limits.max_depth = 8;
    limits.max_string_bytes = kMaxEntryBytes;
    limits.max_container_items = kMaxSyncEntries;
    limits.max_total_items = kMaxSyncEntries * 6 + kMaxSyncTags * 32 + 64;
    auto decoded = cbor::decode(bytes, limits);
    if (!decoded.ok())
        return malformed(decoded.error().code + ": " + decoded.error().message);
    const cbor::Array* top = array_of(*decoded, 5);
    if (top == nullptr)
        return malformed("not a 5-item array");
    CL_ASSIGN_OR_RETURN(const std::uint64_t version, uint_of((*top)[0]));
    if (version != kSyncBundleVersion)
        return malformed("unknown version");
    SyncBundle bundle;
    const std::string* note = (*top)[1].if_text();
    if (note == nullptr || note->size() > tlog::kMaxNoteBytes)
        return malformed("checkpoint is not a note text");
    bundle.checkpoint = *note;
    CL_ASSIGN_OR_RETURN(bundle.old_size, uint_of((*top)[2]));
    CL_ASSIGN_OR_RETURN(bundle.consistency, hash_list_of((*top)[3]));
    const cbor::Array* tags = (*top)[4].if_array();
    if (tags == nullptr)
        return malformed("tags is not an array");
    if (tags->size() > kMaxSyncTags)
        return make_error("sync.too_large", "sync bundle answers too many tags");
    std::size_t entry_budget = kMaxSyncEntries;
    for (const cbor::Value& t : *tags) {
        CL_ASSIGN_OR_RETURN(SyncBundleTag tag, tag_of(t, entry_budget));
        bundle.tags.push_back(std::move(tag));
    }
    return bundle;
}

Result<SyncBundle> build_sync_bundle(std::string_view checkpoint_note, std::uint64_t old_size,
                                     std::span<const SyncTagRequest> requests, PatientIndex& index,
                                     tlog::HashSource& hashes, const EntryReader& read_entry) {
    if (requests.size() > kMaxSyncTags)
        return make_error("sync.too_large", "too many tags in one sync request");
    CL_ASSIGN_OR_RETURN(const tlog::Note note, tlog::parse_note(checkpoint_note));
    CL_ASSIGN_OR_RETURN(const tlog::Checkpoint checkpoint, tlog::parse_checkpoint(note.text));
    if (old_size > checkpoint.size)
        return make_error("sync.rollback", "the client knows a larger tree than the checkpoint");
    CL_ASSIGN_OR_RETURN(const Hash32 index_root, parse_index_extension(checkpoint));
    if (index.root() != index_root)
        return make_error("sync.index_out_of_date",
                          "the index does not match the checkpoint's index root");
    SyncBundle bundle;
    bundle.checkpoint = std::string(checkpoint_note);
    bundle.old_size = old_size;
    if (old_size > 0) {
        CL_ASSIGN_OR_RETURN(bundle.consistency,
                            tlog::consistency_proof(old_size, checkpoint.size, hashes));
    }
    std::size_t total = 0;
    for (const SyncTagRequest& req : requests) {
        SyncBundleTag t;
        t.tag = req.tag;
        t.from = req.from;
        t.leaf = index.leaf(req.tag);
        t.proof = index.prove(req.tag);
        // A node whose list file cannot be read says so rather than answering an empty list.
        CL_ASSIGN_OR_RETURN(const std::vector<std::uint64_t> all, index.read_indices(req.tag));
        Hash32 prefix = kIndexListStart;
        for (std::size_t i = 0; i < all.size() && i < req.from; ++i)
            prefix = index_list_step(prefix, all[i]);
        t.prefix_list_hash = prefix;
        if (req.from < all.size()) {
            total += all.size() - static_cast<std::size_t>(req.from);
            if (total > kMaxSyncEntries)
                return make_error("sync.too_large", "the requested tags hold too many entries");
            for (std::size_t i = static_cast<std::size_t>(req.from); i < all.size(); ++i) {
                SyncBundleEntry e;
                e.index = all[i];
                auto bytes = read_entry(all[i]);
                if (!bytes.ok())
                    return make_error("sync.entry_unavailable", "cannot read entry " +
                                                                    std::to_string(all[i]) + ": " +
                                                                    bytes.error().message);
                e.bytes = std::move(*bytes);
                CL_ASSIGN_OR_RETURN(e.inclusion,
                                    tlog::inclusion_proof(all[i], checkpoint.size, hashes));
                t.indices.push_back(all[i]);
                t.entries.push_back(std::move(e));
            }
        }
        bundle.tags.push_back(std::move(t));
    }
    return bundle;
}

namespace {

Result<VerifiedSyncTag> verify_tag(const SyncBundleTag& t, const SyncTagRequest& req,
                                   const Hash32& index_root, const tlog::Checkpoint& checkpoint) {
    if (t.tag != req.tag || t.from != req.from)
        return make_error("sync.request_mismatch", "the bundle answers another tag or position");
    if (!verify_index_proof(index_root, t.tag, t.leaf, t.proof).ok())
        return make_error("sync.index_mismatch",
                          "the tag's index record does not match the checkpoint's index root");
    const std::uint64_t count = t.leaf ? t.leaf->count : 0;
    if (t.from > count)
        return make_error("sync.count_mismatch",
                          "the index lists fewer entries than the wallet already has");
    if (t.indices.size() != count - t.from)
        return make_error("sync.count_mismatch",
                          "the bundle lists another number of entries than the index counts");
    if (t.leaf) {
        if (t.from == 0 && t.prefix_list_hash != kIndexListStart)
            return make_error("sync.index_mismatch", "the list does not start empty");
        Hash32 h = t.prefix_list_hash;
        for (std::size_t i = 0; i < t.indices.size(); ++i) {
            if (t.indices[i] >= checkpoint.size || (i > 0 && t.indices[i] <= t.indices[i - 1]))
                return make_error("sync.index_mismatch", "the index list is out of order");
            h = index_list_step(h, t.indices[i]);
        }
        if (h != t.leaf->list_hash)
            return make_error("sync.index_mismatch",
                              "the listed entries are not the ones the index commits to");
    }
    if (t.entries.size() > t.indices.size())
        return make_error("sync.unexpected_entry", "the bundle carries entries it does not list");
    VerifiedSyncTag out;
    out.tag = t.tag;
    out.leaf = t.leaf;
    out.entries.reserve(t.indices.size());
    for (std::size_t i = 0; i < t.indices.size(); ++i) {
        if (i >= t.entries.size() || t.entries[i].index != t.indices[i])
            return make_error("sync.omitted_entry", "the bundle omits the entry at leaf index " +
                                                        std::to_string(t.indices[i]));
        const SyncBundleEntry& e = t.entries[i];
        const Hash32 leaf_hash = tlog::leaf_hash(e.bytes);
        if (!tlog::verify_inclusion(leaf_hash, e.index, checkpoint.size, e.inclusion,
                                    checkpoint.root)
                 .ok())
            return make_error("sync.bad_inclusion", "entry " + std::to_string(e.index) +
                                                        " is not in the checkpoint's tree");
        auto entry = decode_entry(e.bytes);
        if (!entry.ok())
            return make_error("sync.bad_entry",
                              "entry " + std::to_string(e.index) + ": " + entry.error().message);
        const auto tags = index_tags(*entry);
        if (std::find(tags.begin(), tags.end(), t.tag) == tags.end())
            return make_error("sync.wrong_tag", "entry " + std::to_string(e.index) +
                                                    " is not about the requested tag");
        if (i + 1 == t.indices.size() && leaf_hash != t.leaf->last_leaf_hash)
            return make_error("sync.index_mismatch",
                              "the newest entry is not the one the index commits to");
        out.entries.push_back({e.index, std::move(*entry)});
    }
    return out;
}

} // namespace

Result<VerifiedSync> verify_sync_bundle(const SyncBundle& bundle,
                                        const CheckpointVerifier& verify_checkpoint,
                                        const SyncTrustedState& trusted,
                                        std::span<const SyncTagRequest> requests) {
    CL_ASSIGN_OR_RETURN(tlog::VerifiedCheckpoint verified, verify_checkpoint(bundle.checkpoint));
    const tlog::Checkpoint& cp = verified.checkpoint;
    if (bundle.old_size != trusted.size)
        return make_error("sync.old_size_mismatch",
                          "the bundle proves consistency from another tree size");
    if (cp.size < trusted.size)
        return make_error("sync.rollback", "the checkpoint is older than the trusted one");
    if (cp.size == trusted.size && cp.root != trusted.root)
        return make_error("sync.fork", "the checkpoint has the trusted size but another root");
    if (!tlog::verify_consistency(trusted.size, cp.size, bundle.consistency, trusted.root, cp.root)
             .ok())
        return make_error("sync.bad_consistency",
                          "the checkpoint's tree does not extend the trusted tree");
    auto index_root = parse_index_extension(cp);
    if (!index_root.ok())
        return make_error("sync.index_missing", index_root.error().message);
    if (bundle.tags.size() != requests.size())
        return make_error("sync.request_mismatch", "the bundle answers another number of tags");
    VerifiedSync out;
    out.index_root = *index_root;
    out.tags.reserve(requests.size());
    for (std::size_t i = 0; i < requests.size(); ++i) {
        CL_ASSIGN_OR_RETURN(VerifiedSyncTag tag,
                            verify_tag(bundle.tags[i], requests[i], *index_root, cp));
        out.tags.push_back(std::move(tag));
    }
    out.checkpoint = std::move(verified);
    return out;
}

Result<VerifiedSync> verify_sync_bundle(const SyncBundle& bundle,
                                        const tlog::CheckpointPolicy& policy, std::uint64_t now,
                                        const SyncTrustedState& trusted,
                                        std::span<const SyncTagRequest> requests) {
    const CheckpointVerifier verifier = [&policy, now](std::string_view note) {
        return tlog::verify_checkpoint(note, policy, now);
    };
    return verify_sync_bundle(bundle, verifier, trusted, requests);
}

} // namespace careledger::ledger
