// The wallet's sync over loopback HTTP (issue 5): a patient with 100 entries in a 1,000,000-entry
// log. Figures: first-sync time and bytes, an incremental sync, the vault reopen. Budget (network
// spec): ≤ 200 ms and ≤ 100 KB for the first sync; asserted only for correctness (entry counts),
// the timings are reported.
#include "bench_support.h"
#include "core/sync_test_network.h"
#include "crypto/aead.h"
#include "crypto/init.h"
#include "sync/remote_ledger.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

using namespace careledger;

int main() {
    if (!crypto::initialize().ok())
        bench::fail("crypto init");
    constexpr std::uint64_t kLog = 1'000'000;
    constexpr std::uint64_t kPatientEntries = 100;
    test::TestNetwork net;
    test::Actor patient(ledger::Role::patient);
    const auto ptag = patient.tag(test::kSyncOrigin);
    net.append(patient.identity_entry(test::kSyncOrigin));

    // Other patients' entries: opaque bytes under 10,000 other tags (nobody decodes them here).
    bench::Stopwatch build;
    std::vector<crypto::Hash32> others(10'000);
    for (std::size_t i = 0; i < others.size(); ++i) {
        Bytes seed;
        put_u64_be(seed, i);
        others[i] = crypto::sha256(seed);
    }
    const std::uint64_t every = kLog / kPatientEntries;
    std::uint64_t anchors = 0;
    while (net.tree.size() < kLog) {
        const std::uint64_t i = net.tree.size();
        if (i % every == every / 2 && anchors < kPatientEntries) {
            crypto::Hash32 record{};
            record[0] = static_cast<std::uint8_t>(anchors);
            record[1] = static_cast<std::uint8_t>(anchors >> 8U);
            net.append(patient.entry(ledger::AnchorPayload{record, "labs"}, ptag));
            ++anchors;
            continue;
        }
        Bytes filler(120, 0);
        put_u64_be(filler, i);
        net.append_tagged(filler, {others[i % others.size()]});
    }
    if (anchors != kPatientEntries)
        bench::fail("log layout");
    bench::figure("sync bench: log built (entries)", static_cast<double>(net.tree.size()), "");
    bench::figure("sync bench: log build time", build.seconds(), "s");

    test::TestNode node(net);
    if (!node.start())
        bench::fail("server");
    node.set_note(net.publish_now());

    std::string tmpl =
        (std::filesystem::temp_directory_path() / "careledger-bench-XXXXXX").string();
    const std::filesystem::path dir = ::mkdtemp(tmpl.data());
    auto vault = vault::Vault::create(dir / "w", crypto::SecureBuffer::copy_of(as_bytes("pw")),
                                      crypto::KdfParams{1, 65536}, [] {
                                          vault::OpenOptions o;
                                          o.kdf_floor = crypto::KdfParams::minimum();
                                          return o;
                                      }());
    if (!vault.ok())
        bench::fail("vault: " + vault.error().message);
    sync::RemoteLedgerOptions opt;
    opt.nodes = {node.url()};
    auto ledger = sync::RemoteLedger::open(
        *net.network, opt, *vault, sync::RemoteLedger::tags_for(ledger::Role::patient, ptag), ptag);
    if (!ledger.ok())
        bench::fail("open: " + ledger.error().message);
    auto& l = **ledger;

    bench::Stopwatch first;
    if (auto st = l.refresh(); !st.ok())
        bench::fail("first sync: " + st.error().code + " " + st.error().message);
    const double first_ms = first.ms();
    const auto report = l.last_report();
    if (report.entries_verified != kPatientEntries + 1 || report.size != kLog)
        bench::fail("first sync verified " + std::to_string(report.entries_verified) + " entries");
    bench::figure("sync bench: first sync, 100 entries of 10^6 (budget 200 ms)", first_ms, "ms");
    bench::figure("sync bench: first sync bytes (budget 100 KB)",
                  static_cast<double>(report.bytes) / 1024.0, "KiB");
    bench::figure("sync bench: proofs verified", static_cast<double>(report.proofs_verified), "");

    crypto::Hash32 record{};
    record[5] = 1;
    net.append(patient.entry(ledger::AnchorPayload{record, "labs"}, ptag));
    node.set_note(net.publish_now());
    bench::Stopwatch next;
    if (auto st = l.refresh(); !st.ok())
        bench::fail("incremental sync: " + st.error().message);
    const double next_ms = next.ms();
    if (l.last_report().entries_verified != 1)
        bench::fail("incremental sync verified the wrong count");
    bench::figure("sync bench: incremental sync, 1 new entry", next_ms, "ms");
    bench::figure("sync bench: incremental sync bytes",
                  static_cast<double>(l.last_report().bytes) / 1024.0, "KiB");

    bench::Stopwatch reopen;
    ledger->reset();
    auto again = sync::RemoteLedger::open(
        *net.network, opt, *vault, sync::RemoteLedger::tags_for(ledger::Role::patient, ptag), ptag);
    if (!again.ok() || (*again)->checkpoint().size != kLog + 1)
        bench::fail("reopen");
    bench::figure("sync bench: light state rebuilt from the vault", reopen.ms(), "ms");
    node.stop();
    again->reset();
    vault->lock();
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    return 0;
}
