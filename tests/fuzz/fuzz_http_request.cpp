// careledgerd's request handling (node/http_api.h) without sockets: the input is a request as
//   <method>\n<path with query>\n(<header name>: <value>\n)*\n<body>
// dispatched to an ApiHandler of a node with both roles (a real sequencer over a temp directory,
// quorum 1 with no validator reachable, and a witness-less add-checkpoint that answers 422).
// Properties: never a 5xx other than the documented 501/503, every error is the JSON
// {"error":{"code","message"}} with a dotted code, 405/411/413/429 keep their meaning, and a 200
// on add-entry is a receipt that opens with the log key.
#include "fuzz_support.h"
#include "ledger/trust_policy.h"
#include "node/http_api.h"
#include "node/network_config.h"
#include "node/receipt.h"
#include "node/sequencer.h"

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <unistd.h>

using namespace careledger;

namespace {

const std::string kOrigin = "fuzz.example.org/careledger";

struct World {
    std::filesystem::path dir;
    std::optional<tlog::VerifierKey> log_vkey;
    std::unique_ptr<node::Sequencer> sequencer;
    std::unique_ptr<node::ApiHandler> api;

    World() {
        fuzz::init_core();
        dir = std::filesystem::temp_directory_path() /
              ("careledger-fuzz-http-" + std::to_string(::getpid()));
        std::filesystem::create_directories(dir);
        auto log_key = tlog::NoteSigner::generate(kOrigin, tlog::kSigTypeEd25519).value();
        auto witness =
            tlog::NoteSigner::generate(kOrigin + "/v1", tlog::kSigTypeCosignatureV1).value();
        log_vkey = log_key.verifier_key();
        ledger::TrustPolicy trust;
        trust.add_log({tlog::format_vkey(log_key.verifier_key()), ""});
        trust.add_witness({"v1", tlog::format_vkey(witness.verifier_key()), ""});
        trust.set_quorum("v1");
        auto network = node::NetworkConfig::make(kOrigin, {}, trust).value();
        node::SequencerOptions opts;
        opts.data_dir = dir;
        opts.max_queue = 4;
        sequencer = node::Sequencer::start(network, std::move(log_key), {}, opts).value();
        node::ApiConfig cfg;
        cfg.role = node::NodeRole::both;
        cfg.data_dir = dir;
        cfg.origin = kOrigin;
        cfg.sequencer = sequencer.get();
        cfg.add_checkpoint = [](std::string_view) {
            return node::error_response(422, "witness.bad_proof", "no validator in the fuzzer");
        };
        api = std::make_unique<node::ApiHandler>(cfg);
    }
    ~World() {
        sequencer.reset();
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }
    World(const World&) = delete;
    World& operator=(const World&) = delete;
};

World& world() {
    static World w;
    return w;
}

std::string_view take_line(std::string_view& in) {
    const auto nl = in.find('\n');
    const auto line = in.substr(0, nl);
    in.remove_prefix(nl == std::string_view::npos ? in.size() : nl + 1);
    return line;
}

node::ApiRequest parse_request(std::string_view in) {
    node::ApiRequest r;
    r.method = std::string(take_line(in));
    std::string_view target = take_line(in);
    if (target.starts_with('/'))
        target.remove_prefix(1);
    const auto q = target.find('?');
    r.path = std::string(target.substr(0, q));
    if (q != std::string_view::npos) {
        std::string_view query = target.substr(q + 1);
        while (!query.empty()) {
            const auto amp = query.find('&');
            const auto kv = query.substr(0, amp);
            const auto eq = kv.find('=');
            r.query.emplace_back(std::string(kv.substr(0, eq)),
                                 eq == std::string_view::npos ? ""
                                                              : std::string(kv.substr(eq + 1)));
            query.remove_prefix(amp == std::string_view::npos ? query.size() : amp + 1);
        }
    }
    while (!in.empty()) {
        const auto line = take_line(in);
        if (line.empty())
            break;
        const auto colon = line.find(':');
        std::string name(line.substr(0, colon));
        for (auto& c : name)
            c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        std::string_view value =
            colon == std::string_view::npos ? std::string_view() : line.substr(colon + 1);
        while (value.starts_with(' '))
            value.remove_prefix(1);
        if (name == "content-length") {
            r.has_content_length = true;
            continue;
        }
        r.headers[name] = std::string(value);
    }
    r.body = std::string(in);
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    World& w = world();
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const auto request = parse_request(input);
    const auto response = w.api->handle(request);
    const int s = response.status;
    FUZZ_CHECK(s >= 200 && s < 600);
    FUZZ_CHECK(s < 500 || s == 501 || s == 503);
    if (s >= 400) {
        const auto j = nlohmann::json::parse(response.body, nullptr, false);
        FUZZ_CHECK(!j.is_discarded() && j.contains("error"));
        FUZZ_CHECK(j["error"]["code"].is_string() && j["error"]["message"].is_string());
        const auto code = j["error"]["code"].get<std::string>();
        FUZZ_CHECK(code.find('.') != std::string::npos);
        if (s == 411)
            FUZZ_CHECK(!request.has_content_length);
        if (s == 413)
            FUZZ_CHECK(code == "request.too_large");
        if (s == 429)
            FUZZ_CHECK(code == "node.overloaded");
    }
    if (s == 200 && request.method == "POST" && request.path == "add-entry")
        FUZZ_CHECK(node::open_receipt(response.body, *w.log_vkey).ok());
    return 0;
}
