// Ledger and vault figures for docs/performance.md (DESIGN §9):
//   - Ed25519 verifications per second on one core (the physical anchor for ingest),
//   - entries validated (signature + consent rules) and appended durably per second by the
//     embedded node, in batches,
//   - opening (replaying and verifying) a ledger of that size,
//   - inclusion proof generation and verification per second,
//   - vault unlock time, split into Argon2id and the rest.
#include "bench_support.h"
#include "crypto/init.h"
#include "ledger/tlog_proof.h"
#include "ledger_test_support.h"
#include "node/local_ledger.h"
#include "vault/vault.h"

#include <cstdlib>
#include <filesystem>
#include <unistd.h>

using namespace careledger;
using careledger::bench::figure;
using careledger::bench::Stopwatch;

namespace {

std::filesystem::path temp_dir(const char* name) {
    std::string tmpl =
        (std::filesystem::temp_directory_path() / (std::string(name) + "-XXXXXX")).string();
    return ::mkdtemp(tmpl.data());
}

void bench_ed25519() {
    auto key = crypto::SigningKey::generate();
    const Bytes msg(200, 0x42);
    const auto sig = key.sign(msg);
    constexpr int kN = 20000;
    Stopwatch sw;
    int ok = 0;
    for (int i = 0; i < kN; ++i)
        ok += crypto::verify(key.public_key(), msg, view(sig)) ? 1 : 0;
    if (ok != kN)
        bench::fail("Ed25519 verification failed");
    figure("ed25519 verify, one core", kN / sw.seconds(), "verifications/s");
}

void bench_ledger(std::uint64_t n_entries) {
    const auto dir = temp_dir("careledger-bench-ledger");
    auto ledger = node::LocalLedger::init(dir, {});
    if (!ledger.ok())
        bench::fail(ledger.error().message);
    const auto origin = ledger->network().origin();

    // Pre-sign the workload so only validation and appending are timed: 100 patients, each
    // registering and then anchoring records.
    constexpr int kPatients = 100;
    std::vector<test::Actor> patients;
    std::vector<Bytes> identities;
    for (int p = 0; p < kPatients; ++p) {
        patients.emplace_back(ledger::Role::patient);
        identities.push_back(patients.back().identity_entry(origin));
    }
    if (!ledger->submit_batch(identities).ok())
        bench::fail("identity batch");
    std::vector<Bytes> entries;
    entries.reserve(n_entries);
    for (std::uint64_t i = 0; i < n_entries; ++i) {
        auto& p = patients[i % kPatients];
        crypto::Hash32 h{};
        for (int b = 0; b < 8; ++b)
            h[static_cast<std::size_t>(b)] = static_cast<std::uint8_t>(i >> (8 * b));
        entries.push_back(p.entry(ledger::AnchorPayload{h, "notes"}, p.tag(origin)));
    }
    constexpr std::size_t kBatch = 1000;
    Stopwatch sw;
    for (std::size_t i = 0; i < entries.size(); i += kBatch) {
        const auto len = std::min(kBatch, entries.size() - i);
        auto results = ledger->submit_batch(std::span<const Bytes>(entries).subspan(i, len));
        if (!results.ok())
            bench::fail(results.error().message);
        for (const auto& r : *results)
            if (!r.ok())
                bench::fail(r.error().code);
    }
    const double secs = sw.seconds();
    figure("embedded node append (validate+sequence+fsync), batch 1000",
           static_cast<double>(n_entries) / secs, "entries/s");

    Stopwatch open_sw;
    auto reopened = node::LocalLedger::open(dir);
    if (!reopened.ok())
        bench::fail(reopened.error().message);
    figure("open ledger of " + std::to_string(reopened->checkpoint().size) + " entries (replay)",
           open_sw.ms(), "ms");

    // Proofs over the whole log.
    const auto size = reopened->checkpoint().size;
    constexpr int kProofs = 2000;
    std::vector<std::string> proofs;
    std::vector<crypto::Hash32> leaves;
    Stopwatch gen;
    for (int i = 0; i < kProofs; ++i) {
        const std::uint64_t idx = (static_cast<std::uint64_t>(i) * 7919) % size;
        auto p = reopened->proof(idx);
        if (!p.ok())
            bench::fail(p.error().message);
        proofs.push_back(std::move(*p));
        leaves.push_back(tlog::leaf_hash(reopened->entry(idx).value()));
    }
    figure("inclusion proof generation (tlog-proof text, from tiles)", kProofs / gen.seconds(),
           "proofs/s");
    Stopwatch ver;
    for (int i = 0; i < kProofs; ++i) {
        auto parsed = tlog::parse_tlog_proof(proofs[static_cast<std::size_t>(i)]);
        if (!parsed.ok() || !tlog::verify_tlog_proof(*parsed, leaves[static_cast<std::size_t>(i)],
                                                     reopened->network().log_key())
                                 .ok())
            bench::fail("proof did not verify");
    }
    figure("inclusion proof verification (parse + checkpoint sig + path)", kProofs / ver.seconds(),
           "proofs/s");
    std::filesystem::remove_all(dir);
}

void bench_vault_unlock() {
    const auto dir = temp_dir("careledger-bench-vault");
    std::filesystem::remove(dir);
    const auto pass = crypto::SecureBuffer::copy_of(as_bytes("correct horse battery staple"));
    auto created = vault::Vault::create(dir, pass);
    if (!created.ok())
        bench::fail(created.error().message);
    created->lock();
    std::vector<double> kdf;
    std::vector<double> rest;
    for (int i = 0; i < 5; ++i) {
        auto v = vault::Vault::open(dir, pass);
        if (!v.ok())
            bench::fail(v.error().message);
        kdf.push_back(v->unlock_timing().kdf_ms);
        rest.push_back(v->unlock_timing().total_ms - v->unlock_timing().kdf_ms);
    }
    figure("vault unlock: Argon2id MODERATE (median of 5)", bench::percentile(kdf, 50), "ms");
    figure("vault unlock: everything else (median of 5)", bench::percentile(rest, 50), "ms");
    std::filesystem::remove_all(dir);
}

} // namespace

int main(int argc, char** argv) {
    if (auto st = crypto::initialize(); !st.ok())
        bench::fail(st.error().message);
    const std::uint64_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 20000;
    std::printf("CareLedger ledger benchmark (%llu entries; pass a count to change)\n",
                static_cast<unsigned long long>(n));
    bench_ed25519();
    bench_ledger(n);
    bench_vault_unlock();
    return 0;
}
