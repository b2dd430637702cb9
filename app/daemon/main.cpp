// careledgerd: a CareLedger network node (sequencer, validator or both), DESIGN §7 and the
// network spec. Configuration: node/daemon_config.h. Logs one line per event to stderr.
#include "common/atomic_file.h"
#include "crypto/init.h"
#include "http_server.h"
#include "ledger/note.h"
#include "ledger/tlog_witness.h"
#include "node/daemon_config.h"
#include "node/http_api.h"
#include "node/http_tile_fetcher.h"
#include "node/network_config.h"
#include "node/sequencer.h"
#include "node/validator.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <ctime>
#include <iostream>
#include <malloc.h>
#include <mutex>
#include <pthread.h>
#include <thread>

namespace {

using namespace careledger;

constexpr std::size_t kMaxKeyFileBytes = 4096;
constexpr std::chrono::milliseconds kCosignTimeout{10000};

std::mutex log_mutex;

void log_line(std::string_view line) {
    char stamp[32] = {};
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    std::strftime(stamp, sizeof stamp, "%Y-%m-%dT%H:%M:%SZ", &tm);
    const std::lock_guard lock(log_mutex);
    std::cerr << stamp << " careledgerd: " << line << '\n' << std::flush;
}

int fail(const Error& e) {
    log_line("error: " + e.message + " (" + e.code + ")");
    return 1;
}

Result<tlog::NoteSigner> load_signer(const std::filesystem::path& path) {
    CL_ASSIGN_OR_RETURN(auto text, read_file(path, kMaxKeyFileBytes));
    auto signer = tlog::NoteSigner::parse_private_key(text);
    crypto::wipe(text.data(), text.size());
    if (!signer.ok())
        return make_error("config.bad_key", "unreadable key file " + path.string());
    return signer;
}

// Creates a key unless the file exists; returns the signer either way.
Result<tlog::NoteSigner> create_key(const std::filesystem::path& path, std::string_view name,
                                    std::uint8_t type) {
    std::error_code ec;
    if (std::filesystem::exists(path, ec))
        return load_signer(path);
    std::filesystem::create_directories(path.parent_path(), ec);
    if (ec)
        return make_error("io.mkdir", "cannot create " + path.parent_path().string());
    std::filesystem::permissions(path.parent_path(), std::filesystem::perms::owner_all, ec);
    CL_ASSIGN_OR_RETURN(auto signer, tlog::NoteSigner::generate(name, type));
    const auto text = signer.format_private_key();
    CL_TRY(write_file_atomically(path, text.view()));
    return signer;
}

// The c2sp.org/tlog-witness answer to an add-checkpoint body.
node::ApiResponse witness_answer(node::Validator& validator, std::string_view body) {
    auto cosigned = validator.add_checkpoint(body);
    if (cosigned.ok()) {
        node::ApiResponse r;
        r.content_type = "text/plain; charset=utf-8";
        r.body = std::move(*cosigned);
        return r;
    }
    const int status = node::witness_http_status(cosigned.error());
    if (status == 409) {
        if (auto size = node::old_size_of(cosigned.error()); size.ok()) {
            node::ApiResponse r;
            r.status = 409;
            r.content_type = std::string(tlog::kTlogSizeContentType);
            r.body = tlog::format_tlog_size(*size);
            return r;
        }
    }
    log_line("refused a checkpoint: " + cosigned.error().message + " (" + cosigned.error().code +
             ")");
    return node::error_response(status, cosigned.error().code, cosigned.error().message);
}

// A node that is both sequencer and validator can be a whole network on its own (a trial, a
// clinic's test system): --init then writes the network directory its wallets pin, with this
// log key and this validator as a quorum of 1 of 1. An existing network is never overwritten.
Status init_single_node_network(const node::DaemonConfig& c) {
    std::error_code ec;
    if (std::filesystem::exists(c.network_dir / "network", ec) ||
        std::filesystem::exists(c.network_dir / "policy", ec))
        return {};
    CL_ASSIGN_OR_RETURN(auto log_key, load_signer(c.log_key));
    CL_ASSIGN_OR_RETURN(auto validator_key, load_signer(c.validator_key));
    std::vector<crypto::PublicKey> registrars;
    for (const auto& hex : c.registrars) {
        auto bytes = from_hex(hex);
        if (!bytes.ok() || bytes->size() != 32)
            return make_error("config.bad_value",
                              "registrars: \"" + hex + "\" is not a 64-hex-digit Ed25519 key");
        CL_ASSIGN_OR_RETURN(auto pk, crypto::public_key_from(*bytes));
        registrars.push_back(pk);
    }
    ledger::TrustPolicy trust;
    trust.add_log({tlog::format_vkey(log_key.verifier_key()), ""});
    trust.add_witness({"validator", tlog::format_vkey(validator_key.verifier_key()), ""});
    trust.add_group({"validators", 1, {"validator"}});
    trust.set_quorum("validators");
    CL_ASSIGN_OR_RETURN(
        auto network, node::NetworkConfig::make(c.origin, std::move(registrars), std::move(trust)));
    std::filesystem::create_directories(c.network_dir, ec);
    if (ec)
        return make_error("io.mkdir", "cannot create " + c.network_dir.string());
    CL_TRY(network.save(c.network_dir));
    std::cout << "network " << c.network_dir.string() << " (single node: quorum 1 of 1, "
              << c.registrars.size() << " registrars)\n";
    return {};
}

int run_init(const node::DaemonConfig& c) {
    std::error_code ec;
    std::filesystem::create_directories(c.data_dir, ec);
    if (ec)
        return fail(make_error("io.mkdir", "cannot create " + c.data_dir.string()));
    if (c.role != node::NodeRole::validator) {
        if (c.origin.empty())
            return fail(make_error("config.missing", "--init of a sequencer needs --origin NAME"));
        auto key = create_key(c.log_key, c.origin, tlog::kSigTypeEd25519);
        if (!key.ok())
            return fail(key.error());
        std::cout << "log-vkey " << tlog::format_vkey(key->verifier_key()) << '\n';
    }
    if (c.role != node::NodeRole::sequencer) {
        if (c.name.empty())
            return fail(make_error("config.missing", "--init of a validator needs --name NAME"));
        auto key = create_key(c.validator_key, c.name, tlog::kSigTypeCosignatureV1);
        if (!key.ok())
            return fail(key.error());
        std::cout << "validator-vkey " << tlog::format_vkey(key->verifier_key()) << '\n';
    }
    if (c.role == node::NodeRole::both && !c.network_dir.empty()) {
        if (auto st = init_single_node_network(c); !st.ok())
            return fail(st.error());
    }
    return 0;
}

constexpr const char* kUsage =
    "Usage: careledgerd [--config FILE] [--OPTION VALUE ...]\n"
    "       careledgerd --init [--config FILE] [--origin NAME] [--name NAME] [--registrars "
    "HEX,...]\n"
    "A CareLedger ledger node: a sequencer, a validator, or both (see careledgerd(8)).\n"
    "Options (also `key = value` lines of the config file, without the dashes):\n"
    "  --role sequencer|validator|both   --listen HOST:PORT (default 127.0.0.1:8420)\n"
    "  --data DIR   --network DIR (the pinned network and policy files)\n"
    "  --log-key FILE   --validator-key FILE   --validators URL,...   --sequencer URL\n"
    "  --tls-cert FILE   --tls-key FILE (required off loopback)\n"
    "  --max-queue N   --threads N   --receipt-window SECONDS\n"
    "  --blob-owners patients|any   --blob-max-per-owner N   --blob-max-bytes-per-owner BYTES\n"
    "  --blob-max-total N   --blob-max-bytes-total BYTES\n"
    "  --init      create the keys (--origin for a sequencer, --name for a validator); a node\n"
    "              of role both also writes a single-node network into an empty --network DIR\n"
    "  --version   --help\n";

constexpr int kMmapThresholdBytes = 128 * 1024; // glibc's default before it adapts

} // namespace

int main(int argc, char** argv) {
    auto parsed = node::parse_command_line(argc, argv);
    if (!parsed.ok())
        return fail(parsed.error());
    auto config = std::move(*parsed);
    if (config.version) {
        std::cout << "careledgerd " << CARELEDGER_VERSION << '\n';
        return 0;
    }
    if (config.help) {
        std::cout << kUsage;
        return 0;
    }
    if (auto st = node::finish_config(config); !st.ok())
        return fail(st.error());
    if (auto st = crypto::initialize(); !st.ok())
        return fail(st.error());
    if (config.init)
        return run_init(config);
    // A fixed threshold for mmap'ed blocks: glibc otherwise raises it to the largest block freed,
    // so each batch's buffers (thousands of entries) and each state snapshot land in the heap
    // and stay resident after they are freed; with it the node's RSS stays flat as the log grows
    // (tests/bench/bench_node_memory.cpp).
    ::mallopt(M_MMAP_THRESHOLD, kMmapThresholdBytes);

    // SIGINT/SIGTERM are taken by one thread with sigwait, so no handler runs in a worker.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    auto network = node::NetworkConfig::load(config.network_dir);
    if (!network.ok())
        return fail(network.error());
    const auto listen = node::parse_listen(config.listen).value();

    std::unique_ptr<node::Sequencer> sequencer;
    node::ApiConfig api;
    api.role = config.role;
    api.data_dir = config.data_dir;
    api.origin = network->origin();
    api.blob_limits = config.blob_limits;
    if (config.role != node::NodeRole::validator) {
        auto log_key = load_signer(config.log_key);
        if (!log_key.ok())
            return fail(log_key.error());
        std::vector<std::unique_ptr<node::Cosigner>> cosigners;
        std::vector<std::string> urls = config.validators;
        if (urls.empty())
            for (const auto& w : network->trust().witnesses())
                if (!w.url.empty())
                    urls.push_back(w.url);
        cosigners.reserve(urls.size());
        for (const auto& url : urls)
            cosigners.push_back(daemon::make_http_cosigner(url, kCosignTimeout));
        node::SequencerOptions opts;
        opts.data_dir = config.data_dir;
        opts.max_queue = config.max_queue;
        opts.receipt_window = config.receipt_window;
        opts.log = log_line;
        auto started = node::Sequencer::start(*network, std::move(*log_key), std::move(cosigners),
                                              std::move(opts));
        if (!started.ok())
            return fail(started.error());
        sequencer = std::move(*started);
        api.sequencer = sequencer.get();
        log_line("sequencer for " + network->origin() + " with " + std::to_string(urls.size()) +
                 " validators, tree size " + std::to_string(sequencer->stats().tree_size));
    }
    std::unique_ptr<node::Validator> validator;
    if (config.role != node::NodeRole::sequencer) {
        if (config.sequencer_url.empty())
            return fail(
                make_error("config.missing", "a validator needs --sequencer URL to mirror"));
        auto key = load_signer(config.validator_key);
        if (!key.ok())
            return fail(key.error());
        const std::string name = key->name();
        sync::HttpOptions fetch_options;
        fetch_options.total_timeout_ms = kCosignTimeout.count();
        auto fetcher = node::HttpTileFetcher::create(config.sequencer_url, fetch_options);
        if (!fetcher.ok())
            return fail(fetcher.error());
        // With role "both" the validator keeps its own mirror beside the sequencer's log: it
        // must recompute everything from what it fetched, never read the sequencer's files.
        const auto validator_dir =
            config.role == node::NodeRole::both ? config.data_dir / "validator" : config.data_dir;
        auto opened = node::Validator::open(validator_dir, *network, std::move(*key),
                                            std::move(*fetcher), node::make_patient_index_mirror());
        if (!opened.ok())
            return fail(opened.error());
        validator = std::move(*opened);
        node::Validator* v = validator.get();
        api.add_checkpoint = [v](std::string_view body) { return witness_answer(*v, body); };
        log_line("validator " + name + " mirroring " + config.sequencer_url + ", cosigned size " +
                 std::to_string(validator->cosigned_size()));
    }
    if (!config.blob_any_owner) {
        // Summaries are stored for the patients of this ledger only: a key registered as a
        // patient in the state this node holds (the sequencer's, else the validator's mirror).
        const node::Sequencer* s = sequencer.get();
        const node::Validator* v = validator.get();
        api.blob_owner_allowed = [s, v](const crypto::PublicKey& key) {
            const auto record = s != nullptr ? s->identity(key) : v->identity(key);
            return record && record->role == ledger::Role::patient;
        };
    }
    const node::ApiHandler handler(std::move(api));
    daemon::ServerLimits limits;
    limits.threads = config.threads;
    auto server = daemon::HttpServer::create(handler, config.tls_cert, config.tls_key, limits);
    if (!server.ok())
        return fail(server.error());
    auto port = (*server)->bind(listen);
    if (!port.ok())
        return fail(port.error());
    log_line(std::string("listening on ") + (config.tls_cert.empty() ? "http://" : "https://") +
             listen.host + ":" + std::to_string(*port) + " as " +
             std::string(node::role_name(config.role)));
    // A line tests and scripts can wait for when they asked for port 0.
    std::cout << "listening " << *port << '\n' << std::flush;

    // Polls for the signal so the thread also ends when listen() returns for another reason.
    std::atomic<bool> serving{true};
    std::thread waiter([&] {
        constexpr timespec kPoll{0, 200'000'000};
        while (serving) {
            const int sig = sigtimedwait(&signals, nullptr, &kPoll);
            if (sig > 0) {
                log_line("signal " + std::to_string(sig) + ", stopping");
                (*server)->stop();
                return;
            }
        }
    });
    (*server)->listen();
    serving = false;
    waiter.join();
    if (sequencer)
        sequencer->stop();
    log_line("stopped");
    return 0;
}
