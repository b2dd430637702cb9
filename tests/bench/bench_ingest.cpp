// Ingest benchmark of careledgerd's sequencer (issue 5): real signed entries POSTed over loopback
// HTTP with keep-alive from several client threads to the sequencer and the HTTP server careledgerd
// runs (in this process, with one in-process witness: a quorum-1 policy). Prints:
//   - add-entry throughput (one entry per request) and add-entries throughput (batches);
//   - receipt latency p50/p99 at half the add-entry rate (open loop);
//   - integration delay p50/p99: receipt -> a published checkpoint includes the entry;
//   - process RSS at two log sizes; Ed25519 verifications per second on this machine.
// Asserts only correctness (every receipt verifies, every entry is published).
#include "bench_support.h"
#include "common/time.h"
#include "crypto/ed25519.h"
#include "crypto/init.h"
#include "http_server.h"
#include "in_process_cosigners.h"
#include "ledger/cbor.h"
#include "ledger/checkpoint.h"
#include "ledger/cosignature.h"
#include "ledger_test_support.h"
#include "node/metrics.h"
#include "node/receipt.h"
#include "node/sequencer.h"

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <httplib.h>
#include <malloc.h>
#include <mutex>
#include <thread>

using namespace careledger;
using namespace std::chrono_literals;

namespace {

const std::string kOrigin = "bench.example.org/careledger";

// Per client thread: one patient whose IDENTITY goes first, then ANCHOR entries in seq order.
// The node's share of the RSS is what matters: the client's entry buffers are freed and returned
// to the system before each reading.
double rss_mib() {
    ::malloc_trim(0);
    return static_cast<double>(node::process_rss_bytes()) / 1048576.0;
}

std::vector<std::vector<Bytes>> make_entries(std::size_t threads, std::size_t per_thread) {
    std::vector<std::vector<Bytes>> out(threads);
    for (auto& list : out) {
        test::Actor patient(ledger::Role::patient);
        list.push_back(patient.identity_entry(kOrigin));
        for (std::size_t i = 1; i < per_thread; ++i) {
            Bytes record;
            put_u64_be(record, i);
            list.push_back(patient.entry(ledger::AnchorPayload{crypto::sha256(record), "allergies"},
                                         patient.tag(kOrigin)));
        }
    }
    return out;
}

double verifies_per_second() {
    const auto key = crypto::SigningKey::generate();
    const Bytes msg(200, 7);
    const auto sig = key.sign(msg);
    bench::Stopwatch sw;
    std::size_t n = 0;
    while (sw.seconds() < 1.0) {
        for (int i = 0; i < 100; ++i)
            if (!crypto::verify(key.public_key(), msg, sig))
                bench::fail("verify");
        n += 100;
    }
    return static_cast<double>(n) / sw.seconds();
}

int run() {
    if (!crypto::initialize().ok())
        bench::fail("crypto init");
    // careledgerd's malloc setting (app/daemon/main.cpp): a fixed mmap threshold.
    ::mallopt(M_MMAP_THRESHOLD, 128 * 1024);
    // Many clients, each with one request in flight, as a node serving many wallets sees them.
    const std::size_t threads = 32;
    const std::size_t per_thread = std::getenv("CARELEDGER_BENCH_QUICK") != nullptr ? 125 : 625;

    const auto dir = std::filesystem::temp_directory_path() /
                     ("careledger-bench-ingest-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);

    auto log_key = tlog::NoteSigner::generate(kOrigin, tlog::kSigTypeEd25519).value();
    auto wkey =
        tlog::NoteSigner::generate(kOrigin + "/validator-1", tlog::kSigTypeCosignatureV1).value();
    test::Actor registrar(ledger::Role::registrar);
    ledger::TrustPolicy trust;
    trust.add_log({tlog::format_vkey(log_key.verifier_key()), ""});
    trust.add_witness({"validator-1", tlog::format_vkey(wkey.verifier_key()), ""});
    trust.set_quorum("validator-1");
    auto network = node::NetworkConfig::make(kOrigin, {registrar.key()}, trust).value();
    const auto log_vkey = log_key.verifier_key();
    std::vector<std::unique_ptr<node::Cosigner>> cosigners;
    cosigners.push_back(std::make_unique<test::InProcessWitness>(std::move(wkey), log_vkey));
    node::SequencerOptions opts;
    opts.data_dir = dir;
    opts.retry_min = 10ms;
    opts.max_queue = 65536;
    auto seq =
        node::Sequencer::start(network, std::move(log_key), std::move(cosigners), opts).value();

    node::ApiConfig api_cfg;
    api_cfg.role = node::NodeRole::sequencer;
    api_cfg.data_dir = dir;
    api_cfg.origin = kOrigin;
    api_cfg.sequencer = seq.get();
    const node::ApiHandler api(api_cfg);
    auto server = daemon::HttpServer::create(api, {}, {}, {}).value();
    const int port = server->bind({"127.0.0.1", 0}).value();
    std::thread serving([&] { server->listen(); });

    // Connections are opened one by one before a phase is timed: cpp-httplib listens with a
    // backlog of 5, and 32 simultaneous connects would time one out for a SYN retry (1 s).
    std::atomic<std::uint64_t> retries{0};
    const auto make_clients = [&] {
        std::vector<std::unique_ptr<httplib::Client>> out;
        for (std::size_t t = 0; t < threads; ++t) {
            auto c = std::make_unique<httplib::Client>("127.0.0.1", port);
            c->set_keep_alive(true);
            c->set_tcp_nodelay(true);
            if (auto res = c->Get("/healthz"); !res || res->status != 200)
                bench::fail("healthz");
            out.push_back(std::move(c));
        }
        return out;
    };
    // One retry on a transport error (a keep-alive connection the server closed).
    const auto post = [&](httplib::Client& c, const std::string& path, const Bytes& body) {
        auto res = c.Post(path, reinterpret_cast<const char*>(body.data()), body.size(),
                          "application/cbor");
        if (!res) {
            ++retries;
            res = c.Post(path, reinterpret_cast<const char*>(body.data()), body.size(),
                         "application/cbor");
        }
        if (!res)
            bench::fail(path + ": " + httplib::to_string(res.error()));
        return res;
    };

    // Every 16th receipt is verified: the client shares the node's two cores, and verifying all
    // of them would measure the client as much as the node.
    std::atomic<std::uint64_t> receipts{0};
    const auto check_receipt = [&](const std::string& note) {
        if (receipts++ % 16 != 0)
            return;
        if (!node::open_receipt(note, log_vkey).ok())
            bench::fail("a receipt does not verify: " + note.substr(0, 80));
    };

    std::printf("ingest benchmark: %zu client threads, keep-alive, loopback, quorum 1 of 1, "
                "hardware threads %u\n",
                threads, std::thread::hardware_concurrency());

    // 1. add-entry, one entry per request, closed loop.
    auto entries = make_entries(threads, per_thread);
    {
        auto clients = make_clients();
        std::vector<std::thread> workers;
        bench::Stopwatch sw;
        for (std::size_t t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                auto& c = *clients[t];
                for (const auto& e : entries[t]) {
                    auto res = post(c, "/add-entry", e);
                    if (!res || res->status != 200)
                        bench::fail("add-entry: " +
                                    (res ? res->body : httplib::to_string(res.error())));
                    check_receipt(res->body);
                }
            });
        }
        for (auto& w : workers)
            w.join();
        const double rate = static_cast<double>(threads * per_thread) / sw.seconds();
        bench::figure("add-entry throughput (1 entry/request)", rate, "entries/s");
        if (!seq->wait_published(threads * per_thread, 30s))
            bench::fail("not published");
        entries = {};
        clients.clear();
        bench::figure("process RSS (node + clients) at log size " +
                          std::to_string(seq->stats().tree_size),
                      rss_mib(), "MiB");

        // 2. receipt latency at half that rate, open loop; integration delay from the receipt
        //    to the first published checkpoint covering the entry.
        auto paced = make_entries(threads, per_thread / 2);
        const double per_client_interval = static_cast<double>(threads) / (rate / 2);
        std::mutex mu;
        std::vector<double> latencies;
        std::vector<std::pair<std::uint64_t, std::chrono::steady_clock::time_point>> receipted;
        std::atomic<bool> done{false};
        std::vector<std::pair<std::uint64_t, std::chrono::steady_clock::time_point>> publications;
        std::thread monitor([&] {
            std::uint64_t last = 0;
            while (!done) {
                const auto size = seq->stats().published_size;
                if (size != last) {
                    publications.emplace_back(size, std::chrono::steady_clock::now());
                    last = size;
                }
                std::this_thread::sleep_for(200us);
            }
        });
        auto paced_clients = make_clients();
        std::vector<std::thread> pacers;
        for (std::size_t t = 0; t < threads; ++t) {
            pacers.emplace_back([&, t] {
                auto& c = *paced_clients[t];
                auto next = std::chrono::steady_clock::now();
                for (const auto& e : paced[t]) {
                    std::this_thread::sleep_until(next);
                    next += std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                        std::chrono::duration<double>(per_client_interval));
                    bench::Stopwatch one;
                    auto res = post(c, "/add-entry", e);
                    const auto at = std::chrono::steady_clock::now();
                    if (!res || res->status != 200)
                        bench::fail("paced add-entry");
                    const auto r = node::open_receipt(res->body, log_vkey);
                    if (!r.ok())
                        bench::fail("paced receipt");
                    const std::lock_guard lock(mu);
                    latencies.push_back(one.ms());
                    receipted.emplace_back(r->index, at);
                }
            });
        }
        for (auto& p : pacers)
            p.join();
        if (!seq->wait_published(seq->stats().tree_size, 30s))
            bench::fail("paced entries not published");
        std::this_thread::sleep_for(5ms);
        done = true;
        monitor.join();
        std::vector<double> delays;
        for (const auto& [leaf, at] : receipted) {
            const std::uint64_t index = leaf; // a lambda cannot capture a structured binding
            const auto it = std::find_if(publications.begin(), publications.end(),
                                         [&](const auto& p) { return p.first > index; });
            if (it == publications.end())
                bench::fail("an entry was never seen published");
            delays.push_back(
                std::max(0.0, std::chrono::duration<double, std::milli>(it->second - at).count()));
        }
        bench::figure("receipt latency p50 at half rate", bench::percentile(latencies, 50), "ms");
        bench::figure("receipt latency p99 at half rate", bench::percentile(latencies, 99), "ms");
        bench::figure("integration delay p50 (receipt -> published)", bench::percentile(delays, 50),
                      "ms");
        bench::figure("integration delay p99 (receipt -> published)", bench::percentile(delays, 99),
                      "ms");
    }

    // 3. add-entries, 100 entries per request.
    {
        auto batched = make_entries(threads, per_thread);
        constexpr std::size_t kBatch = 100;
        auto clients = make_clients();
        std::vector<std::thread> workers;
        bench::Stopwatch sw;
        for (std::size_t t = 0; t < threads; ++t) {
            workers.emplace_back([&, t] {
                auto& c = *clients[t];
                for (std::size_t i = 0; i < batched[t].size(); i += kBatch) {
                    cbor::Array items;
                    for (std::size_t k = i; k < std::min(batched[t].size(), i + kBatch); ++k)
                        items.push_back(cbor::Value::bytes(batched[t][k]));
                    const auto body = cbor::encode(cbor::Value::array(std::move(items)));
                    auto res = post(c, "/add-entries", body);
                    if (!res || res->status != 200)
                        bench::fail("add-entries");
                    auto answer = cbor::decode(as_bytes(res->body));
                    if (!answer.ok() || answer->if_array() == nullptr)
                        bench::fail("add-entries answer");
                    for (const auto& item : *answer->if_array()) {
                        const auto* pair = item.if_array();
                        if (pair == nullptr || pair->size() != 2 || *pair->at(0).if_uint() != 0)
                            bench::fail("a batched entry was refused");
                        check_receipt(*pair->at(1).if_text());
                    }
                }
            });
        }
        for (auto& w : workers)
            w.join();
        bench::figure("add-entries throughput (100 entries/request)",
                      static_cast<double>(threads * per_thread) / sw.seconds(), "entries/s");
        if (!seq->wait_published(seq->stats().tree_size, 30s))
            bench::fail("batched entries not published");
        batched = {};
        clients.clear();
        bench::figure("process RSS (node + clients) at log size " +
                          std::to_string(seq->stats().tree_size),
                      rss_mib(), "MiB");
    }
    bench::figure("Ed25519 verify on this machine (1 core)", verifies_per_second(), "verify/s");
    const auto stats = seq->stats();
    bench::figure("group commits", static_cast<double>(stats.batches_total), "batches");
    bench::figure("checkpoints published", static_cast<double>(stats.checkpoints_published), "");
    bench::figure("requests retried after a closed connection", static_cast<double>(retries), "");

    server->stop();
    serving.join();
    seq->stop();
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
