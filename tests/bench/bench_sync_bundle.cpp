// Sync bundle figures (network spec, "The sync bundle"): a 1,000,000-entry log with its per-patient
// index in memory; one patient has 100 entries spread over the log, and the directory holds 10
// provider entries. Printed: index update cost per entry, bundle build time, bundle bytes, decode +
// verify time, and verify + transfer at 1 MB/s against the 100 KB / 200 ms budget.
//
// Only the 110 entries the bundle carries are real signed entries (a handful of authors). The other
// 999,890 leaves are leaf hashes of random bytes: they are never decoded, only their hashes enter
// the tree, and each is indexed under one of 10,000 random patient tags so the index has a
// realistic size (10,000 tags, ~100 entries each). The benchmark asserts correctness only (the
// bundle must verify and carry every entry); timings are reported, not enforced.
#include "bench_support.h"
#include "crypto/ed25519.h"
#include "crypto/init.h"
#include "ledger/checkpoint.h"
#include "ledger/cosignature.h"
#include "ledger/entry.h"
#include "ledger/merkle.h"
#include "ledger/note.h"
#include "ledger/patient_index.h"
#include "ledger/sync_bundle.h"

#include <exception>
#include <map>
#include <random>

using namespace careledger;
using namespace careledger::ledger;
using careledger::bench::figure;
using careledger::bench::Stopwatch;

namespace {

constexpr std::uint64_t kLogSize = 1'000'000;
constexpr std::uint64_t kPatientEntries = 100;
constexpr std::uint64_t kOtherTags = 10'000;
constexpr std::uint64_t kNow = 1'800'000'000;
const std::string kOrigin = "example.org/consent-log";

template <class T> T ok(Result<T> r) {
    if (!r.ok())
        bench::fail(r.error().code + ": " + r.error().message);
    return std::move(*r);
}

SignedEntry make_entry(const crypto::SigningKey& key, std::uint64_t seq, Payload payload,
                       std::optional<PatientTag> patient) {
    EntryBody body;
    body.author = key.public_key();
    body.time = kNow - 100'000 + seq;
    body.seq = seq;
    body.patient = patient;
    body.payload = std::move(payload);
    return ok(sign(std::move(body), key));
}

void run() {
    if (!crypto::initialize().ok())
        bench::fail("crypto init");
    std::mt19937_64 rng(42);
    const auto random_hash = [&rng]() {
        Hash32 h{};
        for (auto& b : h)
            b = static_cast<std::uint8_t>(rng());
        return h;
    };

    const auto patient = ok(crypto::SigningKey::from_seed(Bytes(32, 1)));
    std::vector<crypto::SigningKey> providers;
    for (std::uint8_t i = 0; i < 5; ++i)
        providers.push_back(
            ok(crypto::SigningKey::from_seed(Bytes(32, static_cast<std::uint8_t>(10 + i)))));
    const PatientTag ptag = patient_tag(kOrigin, patient.public_key());

    // The real entries, keyed by their leaf index: the patient's 100 spread evenly, the directory's
    // 10 near the start.
    std::map<std::uint64_t, Bytes> real;
    std::uint64_t seq = 0;
    for (std::uint64_t i = 0; i < kPatientEntries; ++i) {
        const std::uint64_t at = 1000 + i * (kLogSize / kPatientEntries);
        if (i % 2 == 0) {
            real[at] =
                make_entry(patient, ++seq, AnchorPayload{random_hash(), "labs"}, ptag).bytes();
        } else {
            AccessPayload access;
            access.reference = random_hash();
            access.categories = {"labs"};
            access.purpose = "TREAT";
            const auto& who = providers[i % providers.size()];
            real[at] = make_entry(who, 1000 + i, access, ptag).bytes();
        }
    }
    for (std::size_t p = 0; p < providers.size(); ++p) {
        real[10 + 2 * p] =
            make_entry(providers[p], 1, IdentityPayload{Role::provider, {}}, {}).bytes();
        CertifyPayload cert;
        cert.subject = providers[p].public_key();
        cert.display_name = "Dr " + std::to_string(p);
        cert.organisation = "Clinic";
        cert.provider_role = "family-doctor";
        real[11 + 2 * p] =
            make_entry(providers[(p + 1) % providers.size()], 2 + p, cert, {}).bytes();
    }
    std::vector<Hash32> other_tags(kOtherTags);
    for (auto& t : other_tags)
        t = random_hash();

    tlog::MemoryHashSource tree;
    PatientIndex index;
    double index_seconds = 0;
    {
        Stopwatch build;
        std::vector<Hash32> leaves;
        std::vector<std::vector<Hash32>> tags;
        constexpr std::uint64_t kBatch = 1000;
        for (std::uint64_t start = 0; start < kLogSize; start += kBatch) {
            leaves.clear();
            tags.clear();
            for (std::uint64_t i = start; i < start + kBatch; ++i) {
                const auto it = real.find(i);
                if (it != real.end()) {
                    leaves.push_back(tlog::leaf_hash(it->second));
                    tags.push_back(index_tags(ok(decode_entry_unverified(it->second))));
                } else {
                    const Hash32 random = random_hash();
                    leaves.push_back(tlog::leaf_hash(view(random)));
                    tags.push_back({other_tags[rng() % other_tags.size()]});
                }
            }
            for (const Hash32& l : leaves)
                tree.append(l);
            Stopwatch sw;
            for (std::uint64_t i = 0; i < kBatch; ++i)
                if (!index.add_tagged(tags[i], leaves[i], start + i).ok())
                    bench::fail("index add");
            (void)index.root(); // one batch, one rehash
            index_seconds += sw.seconds();
        }
        figure("log + index build (1,000,000 entries)", build.seconds(), "s");
    }
    figure("index tags", static_cast<double>(index.tag_count()), "tags");
    figure("index update cost per entry (batches of 1,000)",
           index_seconds / static_cast<double>(kLogSize) * 1e6, "us");

    // Publish: log signature and two cosignatures.
    const auto log_key =
        ok(tlog::NoteSigner::from_seed(kOrigin, tlog::kSigTypeEd25519, Bytes(32, 2)));
    std::vector<tlog::NoteSigner> witnesses;
    for (std::uint8_t i = 0; i < 2; ++i)
        witnesses.push_back(ok(tlog::NoteSigner::from_seed(
            "witness.example/w" + std::to_string(i), tlog::kSigTypeCosignatureV1,
            Bytes(32, static_cast<std::uint8_t>(20 + i)))));
    tlog::Checkpoint cp{kOrigin,
                        tree.size(),
                        ok(tlog::root(tree.size(), tree)),
                        {format_index_extension(index.root())}};
    std::string note = ok(tlog::sign_checkpoint(cp, log_key));
    const std::string text = ok(tlog::format_checkpoint(cp));
    for (const auto& w : witnesses)
        note += ok(tlog::format_signature_line(ok(tlog::cosign(w, text, kNow))));
    const tlog::CheckpointPolicy policy{log_key.verifier_key(),
                                        {witnesses[0].verifier_key(), witnesses[1].verifier_key()},
                                        2,
                                        86400,
                                        300};

    const std::vector<SyncTagRequest> requests{{ptag, 0}, {directory_tag(), 0}};
    const EntryReader reader = [&real](std::uint64_t i) -> Result<Bytes> {
        const auto it = real.find(i);
        if (it == real.end())
            return make_error("bench.not_real", "a random leaf was requested");
        return it->second;
    };
    std::vector<double> build_ms;
    Bytes wire;
    for (int run = 0; run < 10; ++run) {
        Stopwatch sw;
        const SyncBundle bundle = ok(build_sync_bundle(note, 0, requests, index, tree, reader));
        wire = encode_sync_bundle(bundle);
        build_ms.push_back(sw.ms());
    }
    figure("bundle build + encode (100 own + 10 directory entries), median",
           bench::percentile(build_ms, 50), "ms");
    figure("bundle bytes", static_cast<double>(wire.size()), "bytes");

    std::vector<double> verify_ms;
    for (int run = 0; run < 20; ++run) {
        Stopwatch sw;
        const SyncBundle decoded = ok(decode_sync_bundle(wire));
        const VerifiedSync v =
            ok(verify_sync_bundle(decoded, policy, kNow, SyncTrustedState{}, requests));
        verify_ms.push_back(sw.ms());
        if (v.tags[0].entries.size() != kPatientEntries || v.tags[1].entries.size() != 10)
            bench::fail("bundle is missing entries");
    }
    const double verify = bench::percentile(verify_ms, 50);
    figure("bundle decode + verify, median", verify, "ms");
    const double transfer = static_cast<double>(wire.size()) / 1e6 * 1e3; // 1 MB/s
    figure("verify + transfer at 1 MB/s (budget 200 ms)", verify + transfer, "ms");
    if (wire.size() > std::size_t{100} * 1024)
        std::printf("OVER BUDGET: bundle larger than 100 KB\n");
}

} // namespace

int main() {
    try {
        run();
    } catch (const std::exception& e) {
        bench::fail(e.what());
    }
    return 0;
}
