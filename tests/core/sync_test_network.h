// A small CareLedger network for the light node's tests: a log with its tree and per-patient
// index, a log key and two validators (quorum 2), and a real cpp-httplib node serving the wire API
// the wallet uses (sync bundles built by build_sync_bundle, add-entry with signed receipts). A
// `Fault` makes that node lie or misbehave in one precise way.
#pragma once

#include "ledger/checkpoint.h"
#include "ledger/cosignature.h"
#include "ledger/entry.h"
#include "ledger/merkle.h"
#include "ledger/note.h"
#include "ledger/patient_index.h"
#include "ledger/sync_bundle.h"
#include "ledger_test_support.h"
#include "node/network_config.h"
#include "node/receipt.h"
#include "sync_test_server.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace careledger::test {

inline const std::string kSyncOrigin = "sync.test.careledger.org/log";

inline Bytes seed_bytes(std::uint8_t b) {
    return Bytes(32, b);
}

struct TestNetwork {
    tlog::NoteSigner log_key =
        tlog::NoteSigner::from_seed(kSyncOrigin, tlog::kSigTypeEd25519, seed_bytes(1)).value();
    std::vector<tlog::NoteSigner> validators;
    Actor registrar{ledger::Role::registrar};
    std::optional<node::NetworkConfig> network;
    tlog::MemoryHashSource tree;
    ledger::PatientIndex index;
    std::vector<Bytes> entries;

    TestNetwork() {
        ledger::TrustPolicy trust;
        trust.add_log({tlog::format_vkey(log_key.verifier_key()), ""});
        std::vector<std::string> names;
        for (std::uint8_t i = 0; i < 2; ++i) {
            const std::string name = "validator" + std::to_string(i);
            validators.push_back(
                tlog::NoteSigner::from_seed("v" + std::to_string(i) + ".sync.test/validator",
                                            tlog::kSigTypeCosignatureV1,
                                            seed_bytes(static_cast<std::uint8_t>(10 + i)))
                    .value());
            trust.add_witness({name, tlog::format_vkey(validators.back().verifier_key()), ""});
            names.push_back(name);
        }
        trust.add_group({"validators", 2, names});
        trust.set_quorum("validators");
        network =
            node::NetworkConfig::make(kSyncOrigin, {registrar.key()}, std::move(trust)).value();
    }

    std::uint64_t append(const Bytes& bytes) {
        const auto e = ledger::decode_entry(bytes).value();
        return append_tagged(bytes, ledger::index_tags(e));
    }
    std::uint64_t append_tagged(const Bytes& bytes, const std::vector<crypto::Hash32>& tags) {
        const auto leaf = tlog::leaf_hash(bytes);
        const std::uint64_t at = entries.size();
        if (!index.add_tagged(tags, leaf, at).ok()) {
            std::fprintf(stderr, "test network: index add failed\n");
            std::abort();
        }
        tree.append(leaf);
        entries.push_back(bytes);
        return at;
    }

    // The checkpoint at the current size: log signature, `cosigners` cosignatures at `when`.
    [[nodiscard]] std::string publish(std::size_t cosigners, std::uint64_t when) {
        tlog::Checkpoint cp{kSyncOrigin, tree.size(), *tlog::root(tree.size(), tree), {}};
        cp.extensions.push_back(ledger::format_index_extension(index.root()));
        std::string note = *tlog::sign_checkpoint(cp, log_key);
        const std::string text = *tlog::format_checkpoint(cp);
        for (std::size_t i = 0; i < cosigners; ++i)
            note += *tlog::format_signature_line(*tlog::cosign(validators[i], text, when));
        return note;
    }
    [[nodiscard]] std::string publish_now(std::size_t cosigners = 2) {
        return publish(cosigners, static_cast<std::uint64_t>(now_unix()));
    }

    [[nodiscard]] ledger::EntryReader reader() const {
        return [this](std::uint64_t i) -> Result<Bytes> {
            if (i >= entries.size())
                return make_error("test.missing", "no such entry");
            return entries[i];
        };
    }

    // `at` is the index as it was at the note's size (a node keeps that snapshot).
    Result<ledger::SyncBundle> bundle(const std::string& note, std::uint64_t old_size,
                                      const std::vector<ledger::SyncTagRequest>& requests,
                                      ledger::PatientIndex& at) {
        return ledger::build_sync_bundle(note, old_size, requests, at, tree, reader());
    }
};

// Parses `old` and every `tag=<hex>:<from>` of a sync request.
inline bool parse_sync_query(const httplib::Request& req, std::uint64_t& old_size,
                             std::vector<ledger::SyncTagRequest>& requests) {
    try {
        old_size = std::stoull(req.get_param_value("old"));
        const auto n = req.get_param_value_count("tag");
        for (std::size_t i = 0; i < n; ++i) {
            const std::string v = req.get_param_value("tag", i);
            const auto colon = v.find(':');
            if (colon == std::string::npos)
                return false;
            auto tag = from_hex(v.substr(0, colon));
            if (!tag.ok() || tag->size() != 32)
                return false;
            ledger::SyncTagRequest r;
            std::copy(tag->begin(), tag->end(), r.tag.begin());
            r.from = std::stoull(v.substr(colon + 1));
            requests.push_back(r);
        }
    } catch (const std::exception&) {
        return false;
    }
    return true;
}

// The faults a node can have; `none` is an honest node.
enum class Fault {
    none,
    bad_log_signature,
    too_few_cosignatures,
    stale_cosignatures,
    fork,
    bad_inclusion,
    omitted_entry, // the entry dropped, its index still listed
    short_list,    // the entry and its index dropped from the answer
    oversized,
    trickle,
    server_error,
    rate_limited,
    redirect_http,
    no_checkpoint, // says it has published nothing (404 node.no_checkpoint)
};

// A node serving a TestNetwork. The published note is set by the test (publish()); the node builds
// bundles for it on request, then applies the fault.
class TestNode {
public:
    explicit TestNode(TestNetwork& net) : net_(&net) {
        auto& s = server_.server();
        s.Get("/careledger/v1/sync", [this](const httplib::Request& req, httplib::Response& res) {
            serve_sync(req, res);
        });
        s.Get("/checkpoint", [this](const httplib::Request&, httplib::Response& res) {
            const std::lock_guard lock(mutex_);
            res.set_content(note_, "text/plain");
        });
        s.Post("/add-entry", [this](const httplib::Request& req, httplib::Response& res) {
            serve_add(req, res);
        });
    }
    bool start() { return server_.start(); }
    void stop() { server_.stop(); }
    [[nodiscard]] std::string url() const { return server_.url(); }

    // Publishes `note`, made from the network as it is now (its index is snapshotted).
    void set_note(std::string note) {
        const std::lock_guard lock(mutex_);
        note_ = std::move(note);
        published_index_ = net_->index;
    }
    void set_fault(Fault f) { fault_ = f; }
    // add-entry answers with this status (503, 429) instead of sequencing while > 0.
    void fail_adds(int times, int status) {
        failing_adds_ = times;
        add_status_ = status;
    }
    // Another history signed by the same keys (the fork fault serves its published note).
    void set_fork(TestNetwork* other) {
        const std::lock_guard lock(mutex_);
        fork_ = other;
        if (other != nullptr) {
            fork_note_ = other->publish_now();
            fork_index_ = other->index;
        }
    }
    [[nodiscard]] int sync_requests() const { return sync_requests_; }
    [[nodiscard]] int add_requests() const { return add_requests_; }

private:
    void serve_sync(const httplib::Request& req, httplib::Response& res) {
        ++sync_requests_;
        const std::lock_guard lock(mutex_);
        switch (fault_.load()) {
        case Fault::server_error:
            res.status = 500;
            res.set_content(R"({"error":{"code":"node.internal","message":"oops"}})",
                            "application/json");
            return;
        case Fault::rate_limited:
            res.status = 429;
            res.set_header("Retry-After", "30");
            res.set_content(R"({"error":{"code":"node.overloaded","message":"later"}})",
                            "application/json");
            return;
        case Fault::redirect_http:
            res.set_redirect("http://evil.example/careledger/v1/sync");
            return;
        case Fault::no_checkpoint:
            res.status = 404;
            res.set_content(R"({"error":{"code":"node.no_checkpoint","message":"nothing yet"}})",
                            "application/json");
            return;
        case Fault::oversized:
            res.set_content(std::string(std::size_t{2} << 20, '\x01'), "application/cbor");
            return;
        case Fault::trickle:
            res.set_chunked_content_provider(
                "application/cbor", [](std::size_t offset, httplib::DataSink& sink) {
                    if (offset >= 40) {
                        sink.done();
                        return true;
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds(300));
                    return sink.write("\x01", 1);
                });
            return;
        default:
            break;
        }
        std::uint64_t old_size = 0;
        std::vector<ledger::SyncTagRequest> requests;
        if (!parse_sync_query(req, old_size, requests)) {
            res.status = 400;
            res.set_content(R"({"error":{"code":"request.bad_query","message":"bad"}})",
                            "application/json");
            return;
        }
        if (fault_ == Fault::fork && fork_ != nullptr) {
            // The other history cannot prove consistency from what the wallet holds: it answers
            // with an empty (or its own) consistency proof, as a lying node would.
            auto forked = fork_->bundle(fork_note_, 0, requests, fork_index_);
            if (forked.ok()) {
                forked->old_size = old_size;
                if (old_size > 0 && old_size < fork_->tree.size()) {
                    auto proof = tlog::consistency_proof(old_size, fork_->tree.size(), fork_->tree);
                    if (proof.ok())
                        forked->consistency = *proof;
                }
                res.set_content(to_string(ledger::encode_sync_bundle(*forked)), "application/cbor");
                return;
            }
        }
        std::string note = note_;
        if (fault_ == Fault::too_few_cosignatures)
            note = net_->publish_now(1);
        if (fault_ == Fault::stale_cosignatures)
            note = net_->publish(2, static_cast<std::uint64_t>(now_unix()) - 3 * 86400);
        auto bundle = net_->bundle(note, old_size, requests, published_index_);
        if (!bundle.ok()) {
            res.status = 422;
            res.set_content(R"({"error":{"code":")" + bundle.error().code +
                                R"(","message":"cannot build"}})",
                            "application/json");
            return;
        }
        lie(*bundle);
        res.set_content(to_string(ledger::encode_sync_bundle(*bundle)), "application/cbor");
    }

    void lie(ledger::SyncBundle& b) const {
        switch (fault_.load()) {
        case Fault::bad_log_signature: {
            // Flip one base64 character of the log's signature line (the first "— " line).
            const auto pos = b.checkpoint.find("\n\u2014 ");
            const auto sig = b.checkpoint.find(' ', pos + 5) + 20; // inside the signature
            b.checkpoint[sig] = b.checkpoint[sig] == 'A' ? 'B' : 'A';
            break;
        }
        case Fault::bad_inclusion:
            for (auto& t : b.tags)
                for (auto& e : t.entries)
                    if (!e.inclusion.empty()) {
                        e.inclusion.front()[0] ^= 0x01;
                        return;
                    }
            break;
        case Fault::omitted_entry:
        case Fault::short_list:
            for (auto& t : b.tags)
                if (!t.entries.empty()) {
                    t.entries.erase(t.entries.begin());
                    if (fault_ == Fault::short_list)
                        t.indices.erase(t.indices.begin());
                    return;
                }
            break;
        default:
            break;
        }
    }

    void serve_add(const httplib::Request& req, httplib::Response& res) {
        ++add_requests_;
        if (failing_adds_ > 0) {
            --failing_adds_;
            res.status = add_status_;
            if (add_status_ == 429)
                res.set_header("Retry-After", "1");
            res.set_content(R"({"error":{"code":"node.busy","message":"try later"}})",
                            "application/json");
            return;
        }
        const std::lock_guard lock(mutex_);
        const Bytes body(req.body.begin(), req.body.end());
        if (!ledger::decode_entry(body).ok()) {
            res.status = 400;
            res.set_content(R"({"error":{"code":"request.bad_entry","message":"bad"}})",
                            "application/json");
            return;
        }
        node::SequencingReceipt r;
        r.origin = kSyncOrigin;
        r.leaf_hash = tlog::leaf_hash(body);
        r.deadline = static_cast<std::uint64_t>(now_unix()) + deadline_seconds;
        if (sequence_adds)
            r.index = net_->append(body);
        else
            r.index = net_->entries.size(); // a node that receipts and then drops the entry
        res.set_content(*node::sign_receipt(r, net_->log_key), "text/plain");
    }

public:
    std::uint64_t deadline_seconds = 60;
    bool sequence_adds = true;

private:
    TestNetwork* net_;
    LoopbackServer server_;
    std::mutex mutex_;
    std::string note_;
    ledger::PatientIndex published_index_;
    TestNetwork* fork_ = nullptr;
    std::string fork_note_;
    ledger::PatientIndex fork_index_;
    std::atomic<Fault> fault_{Fault::none};
    std::atomic<int> failing_adds_{0};
    int add_status_ = 503;
    std::atomic<int> sync_requests_{0};
    std::atomic<int> add_requests_{0};
};

} // namespace careledger::test
