#include "ledger/patient_index.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <fcntl.h>
#include <mutex>
#include <sys/stat.h>
#include <unistd.h>

namespace careledger::ledger {

namespace {

int tag_bit(const Hash32& tag, unsigned b) {
    return (tag[b / 8U] >> (7U - b % 8U)) & 1U;
}

// The first bit in which two different tags differ.
unsigned first_difference(const Hash32& a, const Hash32& b) {
    for (unsigned i = 0; i < 32U; ++i) {
        const unsigned x = static_cast<unsigned>(a[i] ^ b[i]);
        if (x != 0U) {
            unsigned bit = i * 8U;
            for (unsigned mask = 0x80U; (x & mask) == 0U; mask >>= 1U)
                ++bit;
            return bit;
        }
    }
    return 256U;
}

std::array<std::uint8_t, 8> u64_be(std::uint64_t v) {
    std::array<std::uint8_t, 8> out{};
    for (std::size_t i = 0; i < 8; ++i)
        out[7 - i] = static_cast<std::uint8_t>(v >> (8U * i));
    return out;
}

} // namespace

// The append-only file of list records. Appends are buffered (a node adds one record per entry
// and tag) and flushed at 64 KiB, before a read of a buffered record, and by sync(). Offsets are
// reserved under the mutex, so the copies of an index that share the file never overwrite each
// other; a record no copy points at (a refused validator batch) is only wasted space.
class PatientIndex::ListFile {
public:
    static constexpr std::size_t kRecordBytes = 16;
    static constexpr std::size_t kFlushBytes = std::size_t{64} * 1024;

    static Result<std::shared_ptr<ListFile>> open(const std::filesystem::path& path,
                                                  bool truncate) {
        const int flags = O_RDWR | O_CREAT | O_CLOEXEC | (truncate ? O_TRUNC : 0);
        const int fd = ::open(path.c_str(), flags, 0600);
        if (fd < 0)
            return make_error("index.list_io", "cannot open " + path.string());
        struct stat st {};
        if (::fstat(fd, &st) != 0) {
            ::close(fd);
            return make_error("index.list_io", "cannot stat " + path.string());
        }
        auto file = std::shared_ptr<ListFile>(new ListFile(fd));
        // A torn last record (a crash mid-append) is ignored: nothing durable points at it.
        const auto bytes = static_cast<std::uint64_t>(st.st_size);
        file->flushed_ = bytes - bytes % kRecordBytes;
        return file;
    }
    ~ListFile() { ::close(fd_); }
    ListFile(const ListFile&) = delete;
    ListFile& operator=(const ListFile&) = delete;
    ListFile(ListFile&&) = delete;
    ListFile& operator=(ListFile&&) = delete;

    // Appends (leaf index, previous end); returns this record's end (offset + 1).
    Result<std::uint64_t> append(std::uint64_t leaf_index, std::uint64_t previous_end) {
        const std::lock_guard lock(mu_);
        const std::uint64_t offset = flushed_ + buffer_.size();
        put_u64_be(buffer_, leaf_index);
        put_u64_be(buffer_, previous_end);
        if (buffer_.size() >= kFlushBytes)
            CL_TRY(flush_locked());
        return offset + 1;
    }

    // The record ending at `end`: (leaf index, previous end).
    Result<std::pair<std::uint64_t, std::uint64_t>> read(std::uint64_t end) {
        const std::lock_guard lock(mu_);
        const std::uint64_t offset = end - 1;
        if (offset % kRecordBytes != 0 || offset + kRecordBytes > flushed_ + buffer_.size())
            return make_error("index.list_unreadable", "a list record is out of the file");
        if (offset + kRecordBytes > flushed_)
            CL_TRY(flush_locked());
        std::array<std::uint8_t, kRecordBytes> rec{};
        const auto n = ::pread(fd_, rec.data(), rec.size(), static_cast<off_t>(offset));
        if (n != static_cast<ssize_t>(rec.size()))
            return make_error("index.list_unreadable", "cannot read the list file");
        return std::pair{get_u64_be(ByteView(rec.data(), 8)),
                         get_u64_be(ByteView(rec.data() + 8, 8))};
    }

    Status sync() {
        const std::lock_guard lock(mu_);
        CL_TRY(flush_locked());
        if (::fdatasync(fd_) != 0)
            return make_error("index.list_io", "cannot sync the list file");
        return {};
    }

    // Bytes in the file, buffered ones included.
    std::uint64_t size() {
        const std::lock_guard lock(mu_);
        return flushed_ + buffer_.size();
    }

private:
    explicit ListFile(int fd) : fd_(fd) {}

    Status flush_locked() {
        std::size_t done = 0;
        while (done < buffer_.size()) {
            const auto n = ::pwrite(fd_, buffer_.data() + done, buffer_.size() - done,
                                    static_cast<off_t>(flushed_ + done));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return make_error("index.list_io", "cannot write the list file");
            done += static_cast<std::size_t>(n);
        }
        flushed_ += buffer_.size();
        buffer_.clear();
        return {};
    }

    int fd_;
    std::mutex mu_;
    std::uint64_t flushed_ = 0;
    Bytes buffer_;
};

const Hash32& directory_tag() {
    static const Hash32 tag = crypto::sha256(as_bytes("careledger.org/index/directory"));
    return tag;
}

const Hash32& registry_tag() {
    static const Hash32 tag = crypto::sha256(as_bytes("careledger.org/index/registry"));
    return tag;
}

std::vector<Hash32> index_tags(const SignedEntry& entry) {
    std::vector<Hash32> tags;
    const EntryBody& body = entry.body();
    if (body.patient)
        tags.push_back(*body.patient);
    switch (body.type()) {
    case EntryType::identity:
        if (std::get<IdentityPayload>(body.payload).role == Role::patient)
            tags.push_back(registry_tag());
        else
            tags.push_back(directory_tag());
        break;
    case EntryType::certify:
        tags.push_back(directory_tag());
        break;
    case EntryType::emergency_issue:
    case EntryType::emergency_revoke:
        tags.push_back(registry_tag());
        break;
    default:
        break;
    }
    return tags;
}

Hash32 index_leaf_hash(const IndexLeaf& leaf) {
    const std::array<std::uint8_t, 1> prefix{kIndexLeafPrefix};
    const auto count = u64_be(leaf.count);
    return crypto::sha256({view(prefix), view(leaf.tag), view(count), view(leaf.last_leaf_hash),
                           view(leaf.list_hash)});
}

Hash32 index_node_hash(std::uint8_t bit, const Hash32& left, const Hash32& right) {
    const std::array<std::uint8_t, 2> prefix{kIndexNodePrefix, bit};
    return crypto::sha256({view(prefix), view(left), view(right)});
}

Hash32 index_empty_root() {
    const std::array<std::uint8_t, 1> prefix{kIndexEmptyPrefix};
    return crypto::sha256(view(prefix));
}

Hash32 index_list_step(const Hash32& previous, std::uint64_t leaf_index) {
    const std::array<std::uint8_t, 1> prefix{kIndexListPrefix};
    const auto index = u64_be(leaf_index);
    return crypto::sha256({view(prefix), view(previous), view(index)});
}

Hash32 index_list_hash(const std::vector<std::uint64_t>& leaf_indices) {
    Hash32 h = kIndexListStart;
    for (const std::uint64_t i : leaf_indices)
        h = index_list_step(h, i);
    return h;
}

Status verify_index_proof(const Hash32& root, const Hash32& tag,
                          const std::optional<IndexLeaf>& leaf, const IndexProof& proof) {
    if (proof.steps.size() > kMaxIndexProofSteps)
        return make_error("index.proof_malformed", "index proof has too many steps");
    for (std::size_t i = 1; i < proof.steps.size(); ++i) {
        if (proof.steps[i].bit <= proof.steps[i - 1].bit)
            return make_error("index.proof_malformed", "index proof bits do not increase");
    }
    Hash32 h{};
    const Hash32* path_tag = &tag;
    if (leaf) {
        if (proof.other)
            return make_error("index.proof_malformed", "presence proof carries another leaf");
        if (leaf->tag != tag || leaf->count == 0)
            return make_error("index.proof_malformed", "index leaf does not belong to the tag");
        h = index_leaf_hash(*leaf);
    } else if (!proof.other) {
        if (!proof.steps.empty())
            return make_error("index.proof_malformed", "empty-index proof has steps");
        if (root != index_empty_root())
            return make_error("index.proof_mismatch", "index is not empty");
        return {};
    } else {
        if (proof.other->tag == tag)
            return make_error("index.proof_malformed", "absence proof ends at the tag itself");
        if (proof.other->count == 0)
            return make_error("index.proof_malformed", "index leaf with no entries");
        h = index_leaf_hash(*proof.other);
        path_tag = &proof.other->tag;
    }
    // Walk up from the leaf; the path is the tag's (both tags agree on every step's bit).
    for (std::size_t i = proof.steps.size(); i-- > 0;) {
        const IndexProofStep& step = proof.steps[i];
        const int direction = tag_bit(tag, step.bit);
        if (direction != tag_bit(*path_tag, step.bit))
            return make_error("index.proof_malformed", "absence proof leaves the tag's path");
        h = direction == 0 ? index_node_hash(step.bit, h, step.sibling)
                           : index_node_hash(step.bit, step.sibling, h);
    }
    if (h != root)
        return make_error("index.proof_mismatch", "index proof does not lead to the index root");
    return {};
}

Status PatientIndex::add(const SignedEntry& entry, const Hash32& leaf_hash,
                         std::uint64_t leaf_index) {
    return add_tagged(index_tags(entry), leaf_hash, leaf_index);
}

Status PatientIndex::add_tagged(const std::vector<Hash32>& tags, const Hash32& leaf_hash,
                                std::uint64_t leaf_index) {
    if (leaf_index < size_)
        return make_error("index.out_of_order", "leaf indices must increase");
    for (std::size_t i = 0; i < tags.size(); ++i) {
        // A tag listed twice counts once.
        if (std::find(tags.begin(), tags.begin() + static_cast<std::ptrdiff_t>(i), tags[i]) ==
            tags.begin() + static_cast<std::ptrdiff_t>(i))
            CL_TRY(add_one(tags[i], leaf_hash, leaf_index));
    }
    size_ = leaf_index + 1;
    return {};
}

std::uint32_t PatientIndex::find_leaf(const Hash32& tag) const {
    std::uint32_t n = root_;
    while (n != kNone && nodes_[n].record == kNone)
        n = nodes_[n].child[tag_bit(tag, nodes_[n].bit)];
    return n;
}

std::uint32_t PatientIndex::insert_leaf(const Hash32& tag) {
    const auto new_leaf = [&]() {
        Record r;
        r.leaf.tag = tag;
        records_.push_back(std::move(r));
        Node leaf_node;
        leaf_node.record = static_cast<std::uint32_t>(records_.size() - 1);
        nodes_.push_back(leaf_node);
        return static_cast<std::uint32_t>(nodes_.size() - 1);
    };
    std::uint32_t target = kNone;
    const std::uint32_t found = find_leaf(tag);
    if (found == kNone) {
        root_ = new_leaf();
        target = root_;
    } else if (records_[nodes_[found].record].leaf.tag == tag) {
        target = found;
        // Mark the path dirty.
        std::uint32_t n = root_;
        while (nodes_[n].record == kNone) {
            nodes_[n].dirty = true;
            n = nodes_[n].child[tag_bit(tag, nodes_[n].bit)];
        }
    } else {
        const unsigned d = first_difference(tag, records_[nodes_[found].record].leaf.tag);
        target = new_leaf();
        // Descend to where the new inner node belongs: above the first node splitting at a bit > d.
        std::uint32_t* link = &root_;
        while (nodes_[*link].record == kNone && nodes_[*link].bit < d) {
            nodes_[*link].dirty = true;
            link = &nodes_[*link].child[tag_bit(tag, nodes_[*link].bit)];
        }
        Node inner;
        inner.bit = static_cast<std::uint16_t>(d);
        const int side = tag_bit(tag, d);
        inner.child[side] = target;
        inner.child[1 - side] = *link;
        // Point the link at the inner node before push_back may move nodes_ (and `link`).
        *link = static_cast<std::uint32_t>(nodes_.size());
        nodes_.push_back(inner);
    }
    nodes_[target].dirty = true;
    return target;
}

Status PatientIndex::add_one(const Hash32& tag, const Hash32& leaf_hash, std::uint64_t leaf_index) {
    const std::uint32_t target = insert_leaf(tag);
    Record& rec = records_[nodes_[target].record];
    if (lists_) {
        CL_ASSIGN_OR_RETURN(rec.list_end, lists_->append(leaf_index, rec.list_end));
    } else {
        rec.indices.push_back(leaf_index);
    }
    rec.leaf.count += 1;
    rec.leaf.last_leaf_hash = leaf_hash;
    rec.leaf.list_hash = index_list_step(rec.leaf.list_hash, leaf_index);
    return {};
}

void PatientIndex::rehash(std::uint32_t node) {
    Node& n = nodes_[node];
    if (!n.dirty)
        return;
    if (n.record != kNone) {
        n.hash = index_leaf_hash(records_[n.record].leaf);
    } else {
        const std::uint32_t left = n.child[0];
        const std::uint32_t right = n.child[1];
        rehash(left);
        rehash(right);
        nodes_[node].hash = index_node_hash(static_cast<std::uint8_t>(nodes_[node].bit),
                                            nodes_[left].hash, nodes_[right].hash);
    }
    nodes_[node].dirty = false;
}

Hash32 PatientIndex::root() {
    if (root_ == kNone)
        return index_empty_root();
    rehash(root_);
    return nodes_[root_].hash;
}

std::optional<IndexLeaf> PatientIndex::leaf(const Hash32& tag) const {
    const std::uint32_t n = find_leaf(tag);
    if (n == kNone || records_[nodes_[n].record].leaf.tag != tag)
        return std::nullopt;
    return records_[nodes_[n].record].leaf;
}

Result<std::vector<std::uint64_t>> PatientIndex::read_indices(const Hash32& tag) const {
    const std::uint32_t n = find_leaf(tag);
    if (n == kNone || records_[nodes_[n].record].leaf.tag != tag)
        return std::vector<std::uint64_t>{};
    const Record& rec = records_[nodes_[n].record];
    if (!lists_)
        return rec.indices;
    // Walk the chain back from the newest record, then check it against the committed leaf:
    // a damaged or foreign list file is refused, never served.
    std::vector<std::uint64_t> out;
    out.reserve(static_cast<std::size_t>(rec.leaf.count));
    std::uint64_t end = rec.list_end;
    while (end != 0 && out.size() < rec.leaf.count) {
        CL_ASSIGN_OR_RETURN(const auto item, lists_->read(end));
        out.push_back(item.first);
        if (item.second >= end)
            return make_error("index.list_unreadable", "the list file's chain does not go back");
        end = item.second;
    }
    std::reverse(out.begin(), out.end());
    if (end != 0 || out.size() != rec.leaf.count || index_list_hash(out) != rec.leaf.list_hash)
        return make_error("index.list_unreadable",
                          "the list file does not hold the tag's committed list");
    return out;
}

std::vector<std::uint64_t> PatientIndex::indices(const Hash32& tag) const {
    auto list = read_indices(tag);
    return list.ok() ? std::move(*list) : std::vector<std::uint64_t>{};
}

Result<PatientIndex> PatientIndex::with_list_file(const std::filesystem::path& path) {
    PatientIndex index;
    CL_ASSIGN_OR_RETURN(index.lists_, ListFile::open(path, true));
    return index;
}

Result<PatientIndex> PatientIndex::restore(const std::filesystem::path& path,
                                           std::vector<IndexRecordState> records,
                                           std::uint64_t size) {
    PatientIndex files;
    CL_ASSIGN_OR_RETURN(files.lists_, ListFile::open(path, false));
    return restore(files, std::move(records), size);
}

Result<PatientIndex> PatientIndex::restore(const PatientIndex& sharing,
                                           std::vector<IndexRecordState> records,
                                           std::uint64_t size) {
    if (!sharing.lists_)
        return make_error("index.list_io", "the index to share has no list file");
    PatientIndex index;
    index.lists_ = sharing.lists_;
    for (std::size_t i = 0; i < records.size(); ++i) {
        const IndexRecordState& r = records[i];
        if ((i > 0 && !(records[i - 1].leaf.tag < r.leaf.tag)) || r.leaf.count == 0 ||
            r.list_end == 0 || r.list_end + 15 > index.lists_->size())
            return make_error("index.malformed", "an index record is out of order or points "
                                                 "past the list file");
        const std::uint32_t node = index.insert_leaf(r.leaf.tag);
        Record& rec = index.records_[index.nodes_[node].record];
        rec.leaf = r.leaf;
        rec.list_end = r.list_end;
    }
    index.size_ = size;
    return index;
}

std::vector<IndexRecordState> PatientIndex::records() const {
    std::vector<IndexRecordState> out;
    out.reserve(records_.size());
    for (const Record& r : records_)
        out.push_back({r.leaf, r.list_end});
    std::sort(out.begin(), out.end(), [](const IndexRecordState& a, const IndexRecordState& b) {
        return a.leaf.tag < b.leaf.tag;
    });
    return out;
}

Status PatientIndex::sync_list_file() const {
    return lists_ ? lists_->sync() : Status{};
}

IndexProof PatientIndex::prove(const Hash32& tag) {
    IndexProof proof;
    if (root_ == kNone)
        return proof;
    rehash(root_);
    std::uint32_t n = root_;
    while (nodes_[n].record == kNone) {
        const int side = tag_bit(tag, nodes_[n].bit);
        proof.steps.push_back(
            {static_cast<std::uint8_t>(nodes_[n].bit), nodes_[nodes_[n].child[1 - side]].hash});
        n = nodes_[n].child[side];
    }
    const IndexLeaf& found = records_[nodes_[n].record].leaf;
    if (found.tag != tag)
        proof.other = found;
    return proof;
}

std::string format_index_extension(const Hash32& root) {
    return std::string(kIndexExtensionPrefix) + to_base64(view(root));
}

Result<Hash32> parse_index_extension(const tlog::Checkpoint& checkpoint) {
    std::optional<Hash32> root;
    for (const std::string& line : checkpoint.extensions) {
        if (!line.starts_with(kIndexExtensionPrefix))
            continue;
        if (root)
            return make_error("index.malformed", "checkpoint has two index root lines");
        auto decoded = from_base64(std::string_view(line).substr(kIndexExtensionPrefix.size()));
        if (!decoded.ok() || decoded->size() != 32)
            return make_error("index.malformed", "index root is not a base64 SHA-256 hash");
        Hash32 h{};
        std::copy(decoded->begin(), decoded->end(), h.begin());
        root = h;
    }
    if (!root)
        return make_error("index.missing", "checkpoint carries no index root");
    return *root;
}

} // namespace careledger::ledger
