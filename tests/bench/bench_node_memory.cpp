// Node memory as the log grows (issue 5: "node memory stays flat as the log grows"). A fixed
// population — 2,000 patients, 50 certified providers, two active grants per patient — and a
// growing log of what such a population writes: accesses under the active grants (80 %), grant
// rotations (a REVOKE of the oldest grant then a new GRANT, 10 % of events, two entries) and
// anchored records (10 %). The live state (identities, active grants) stays the same size;
// only the log grows. Entries are signed up front and kept in a temporary file, so neither the
// signing nor the entries themselves weigh on the figures.
//
// Prints, at 50k, 100k and 200k entries (CARELEDGER_BENCH_QUICK: 5k, 10k, 20k), the process RSS
// and the heap in use (mallinfo2, mmap'ed blocks included), the heap bytes per entry between
// readings, the ingest rate, and the restart time of the sequencer on the final log from its
// state snapshot and with a full replay. The malloc settings are careledgerd's (a fixed mmap
// threshold; CARELEDGER_BENCH_DYNAMIC_MMAP keeps glibc's default). Asserts only correctness: every
// entry is accepted, the restarted node has the same log and published checkpoint.
#include "bench_support.h"
#include "common/time.h"
#include "crypto/init.h"
#include "in_process_cosigners.h"
#include "ledger/checkpoint.h"
#include "ledger/cosignature.h"
#include "ledger/patient_index.h"
#include "ledger_test_support.h"
#include "node/metrics.h"
#include "node/sequencer.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <malloc.h>
#include <random>
#include <unistd.h>

using namespace careledger;
using namespace std::chrono_literals;

namespace {

const std::string kOrigin = "bench.example.org/careledger";
constexpr std::size_t kPatients = 2000;
constexpr std::size_t kProviders = 50;
constexpr std::size_t kGrantsPerPatient = 2;

double rss_mib() {
    ::malloc_trim(0);
    return static_cast<double>(node::process_rss_bytes()) / 1048576.0;
}

// RssAnon (heap, stacks) from /proc/self/status, in MiB: RSS less the mapped code and files.
double rss_anon_mib() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.starts_with("RssAnon:"))
            return std::strtod(line.c_str() + 8, nullptr) / 1024.0;
    return 0;
}

// Allocated bytes, the large (mmap'ed) blocks included.
double heap_bytes() {
    const auto info = ::mallinfo2();
    return static_cast<double>(info.uordblks + info.hblkhd);
}

// Signed entries, length-prefixed, in a file read back in chunks.
class EntryFile {
public:
    explicit EntryFile(std::filesystem::path path)
        : path_(std::move(path)), out_(path_, std::ios::binary) {}
    void put(const Bytes& entry) {
        Bytes len;
        put_u32_be(len, static_cast<std::uint32_t>(entry.size()));
        out_.write(reinterpret_cast<const char*>(len.data()), 4);
        out_.write(reinterpret_cast<const char*>(entry.data()),
                   static_cast<std::streamsize>(entry.size()));
        ++count_;
    }
    [[nodiscard]] std::size_t count() const { return count_; }
    void close() { out_.close(); }
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
    std::ofstream out_;
    std::size_t count_ = 0;
};

std::vector<Bytes> read_chunk(std::ifstream& in, std::size_t n) {
    std::vector<Bytes> out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        std::array<std::uint8_t, 4> len{};
        if (!in.read(reinterpret_cast<char*>(len.data()), 4))
            break;
        Bytes entry(get_u32_be(ByteView(len.data(), 4)));
        in.read(reinterpret_cast<char*>(entry.data()), static_cast<std::streamsize>(entry.size()));
        out.push_back(std::move(entry));
    }
    return out;
}

// The workload: setup entries, then events until `total` entries.
void make_workload(EntryFile& file, test::Actor& registrar, std::size_t total) {
    std::mt19937_64 rng(42);
    const auto now = static_cast<std::uint64_t>(now_unix());
    std::vector<test::Actor> providers;
    providers.reserve(kProviders);
    std::vector<test::Actor> patients;
    patients.reserve(kPatients);
    file.put(registrar.identity_entry(kOrigin));
    for (std::size_t i = 0; i < kProviders; ++i) {
        providers.emplace_back(ledger::Role::provider);
        file.put(providers.back().identity_entry(kOrigin));
        file.put(registrar.entry(ledger::CertifyPayload{providers.back().key(),
                                                        "Dr " + std::to_string(i), "Bench Clinic",
                                                        "family-doctor"},
                                 std::nullopt));
    }
    struct ActiveGrant {
        ledger::EntryId id{};
        std::size_t provider = 0;
    };
    std::vector<std::vector<ActiveGrant>> grants(kPatients);
    const auto grant = [&](std::size_t p) {
        const std::size_t provider = rng() % kProviders;
        ledger::GrantPayload g;
        g.grantee = providers[provider].key();
        g.categories = {"allergies", "medications"};
        g.purpose = "TREAT";
        g.mode = "view";
        g.not_before = now - 60;
        g.expiry = now + std::uint64_t{365} * 86400;
        const Bytes bytes = patients[p].entry(g, patients[p].tag(kOrigin));
        grants[p].push_back({ledger::entry_id(bytes), provider});
        file.put(bytes);
    };
    for (std::size_t p = 0; p < kPatients; ++p) {
        patients.emplace_back(ledger::Role::patient);
        file.put(patients.back().identity_entry(kOrigin));
    }
    for (std::size_t p = 0; p < kPatients; ++p)
        for (std::size_t g = 0; g < kGrantsPerPatient; ++g)
            grant(p);
    std::uint64_t record = 0;
    while (file.count() < total) {
        const std::size_t p = rng() % kPatients;
        const auto roll = rng() % 10;
        const auto tag = patients[p].tag(kOrigin);
        if (roll < 8) {
            const auto& g = grants[p][rng() % grants[p].size()];
            file.put(providers[g.provider].entry(
                ledger::AccessPayload{g.id, {"allergies"}, "TREAT"}, tag));
        } else if (roll == 8) {
            file.put(patients[p].entry(ledger::RevokePayload{grants[p].front().id}, tag));
            grants[p].erase(grants[p].begin());
            grant(p);
        } else {
            Bytes r;
            put_u64_be(r, ++record);
            file.put(patients[p].entry(ledger::AnchorPayload{crypto::sha256(r), "allergies"}, tag));
        }
    }
    file.close();
}

tlog::NoteSigner copy_of(const tlog::NoteSigner& key) {
    const auto text = key.format_private_key();
    auto copy = tlog::NoteSigner::parse_private_key(ByteView(text.data(), text.size()));
    if (!copy.ok())
        bench::fail("key copy: " + copy.error().message);
    return std::move(*copy);
}

std::unique_ptr<node::Sequencer> start_node(const node::NetworkConfig& network,
                                            const tlog::NoteSigner& log_key,
                                            const tlog::NoteSigner& witness_key,
                                            const std::filesystem::path& dir,
                                            bool snapshot = true) {
    std::vector<std::unique_ptr<node::Cosigner>> cosigners;
    auto witness =
        std::make_unique<test::InProcessWitness>(copy_of(witness_key), log_key.verifier_key());
    cosigners.push_back(std::move(witness));
    node::SequencerOptions opts;
    opts.data_dir = dir;
    opts.retry_min = 10ms;
    opts.max_queue = 65536;
    opts.min_publish_interval = 200ms;
    opts.snapshot = snapshot;
    auto seq = node::Sequencer::start(network, copy_of(log_key), std::move(cosigners), opts);
    if (!seq.ok())
        bench::fail("sequencer start: " + seq.error().message);
    return std::move(*seq);
}

int run() {
    if (!crypto::initialize().ok())
        bench::fail("crypto init");
    // As careledgerd sets it (app/daemon/main.cpp): large transient buffers are mmap'ed and go
    // back to the system when freed, instead of staying resident in the heap.
    if (std::getenv("CARELEDGER_BENCH_DYNAMIC_MMAP") == nullptr)
        ::mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    const bool quick = std::getenv("CARELEDGER_BENCH_QUICK") != nullptr;
    const std::vector<std::size_t> marks = quick ? std::vector<std::size_t>{5000, 10000, 20000}
                                                 : std::vector<std::size_t>{50000, 100000, 200000};

    const auto dir = std::filesystem::temp_directory_path() /
                     ("careledger-bench-memory-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir / "node");

    auto log_key = tlog::NoteSigner::generate(kOrigin, tlog::kSigTypeEd25519).value();
    auto wkey =
        tlog::NoteSigner::generate(kOrigin + "/validator-1", tlog::kSigTypeCosignatureV1).value();
    test::Actor registrar(ledger::Role::registrar);
    ledger::TrustPolicy trust;
    trust.add_log({tlog::format_vkey(log_key.verifier_key()), ""});
    trust.add_witness({"validator-1", tlog::format_vkey(wkey.verifier_key()), ""});
    trust.set_quorum("validator-1");
    auto network = node::NetworkConfig::make(kOrigin, {registrar.key()}, trust).value();

    std::printf("node memory benchmark: %zu patients, %zu providers, %zu active grants each; "
                "80%% access, 10%% grant rotation, 10%% anchor\n",
                kPatients, kProviders, kGrantsPerPatient);
    bench::Stopwatch signing;
    EntryFile file(dir / "entries.bin");
    make_workload(file, registrar, marks.back());
    bench::figure("entries signed up front", static_cast<double>(file.count()), "entries");
    bench::figure("signing time (not part of the figures below)", signing.seconds(), "s");

    auto seq = start_node(network, log_key, wkey, dir / "node");
    const double rss_start = rss_mib();
    const double heap_start = heap_bytes();
    bench::figure("process RSS at log size 0", rss_start, "MiB");
    std::ifstream in(file.path(), std::ios::binary);
    std::size_t done = 0;
    double heap_before = heap_start;
    std::size_t size_before = 0;
    bench::Stopwatch ingest;
    for (const std::size_t mark : marks) {
        while (done < mark) {
            const auto chunk = read_chunk(in, std::min<std::size_t>(4000, mark - done));
            if (chunk.empty())
                bench::fail("entry file ended early");
            const auto results = seq->submit_many(chunk);
            for (const auto& r : results)
                if (!r.ok())
                    bench::fail("entry " + std::to_string(done) + " refused: " + r.error().code +
                                " " + r.error().message);
            done += chunk.size();
        }
        if (!seq->wait_published(done, 30s))
            bench::fail("not published");
        const double rss = rss_mib();
        const double heap = heap_bytes();
        bench::figure("process RSS at log size " + std::to_string(done), rss, "MiB");
        bench::figure("heap in use at log size " + std::to_string(done), heap / 1048576.0, "MiB");
        bench::figure("anonymous RSS (heap, stacks) at log size " + std::to_string(done),
                      rss_anon_mib(), "MiB");
        bench::figure("heap growth per entry (" + std::to_string(size_before) + " -> " +
                          std::to_string(done) + ")",
                      (heap - heap_before) / static_cast<double>(done - size_before), "bytes");
        heap_before = heap;
        size_before = done;
    }
    bench::figure("ingest rate (one submitting thread, batches of 4000)",
                  static_cast<double>(done) / ingest.seconds(), "entries/s");
    const std::string published = seq->published_checkpoint();
    seq->stop();
    seq.reset();

    bench::Stopwatch restart;
    seq = start_node(network, log_key, wkey, dir / "node");
    bench::figure("restart time at log size " + std::to_string(done), restart.ms(), "ms");
    if (seq->stats().tree_size != done || seq->published_checkpoint() != published)
        bench::fail("the restarted node has another log");
    bench::figure("process RSS after restart", rss_mib(), "MiB");
    seq->stop();
    seq.reset();

    // The same restart without the snapshot: the whole log replayed.
    bench::Stopwatch replay;
    seq = start_node(network, log_key, wkey, dir / "node", false);
    bench::figure("restart time at log size " + std::to_string(done) + ", full replay", replay.ms(),
                  "ms");
    if (seq->stats().tree_size != done || seq->published_checkpoint() != published)
        bench::fail("the replayed node has another log");
    bench::figure("process RSS after a full replay", rss_mib(), "MiB");
    seq->stop();
    seq.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    return 0;
}

} // namespace

int main() {
    try {
        return run();
    } catch (const std::exception& e) {
        bench::fail(std::string("exception: ") + e.what());
    }
}
