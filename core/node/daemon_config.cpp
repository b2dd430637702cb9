#include "node/daemon_config.h"

#include "common/atomic_file.h"

#include <charconv>
#include <span>

namespace careledger::node {

namespace {

constexpr std::size_t kMaxConfigBytes = std::size_t{64} * 1024;

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

Result<std::uint64_t> number(std::string_view key, std::string_view value) {
    std::uint64_t v = 0;
    const auto* end = value.data() + value.size();
    const auto [p, ec] = std::from_chars(value.data(), end, v);
    if (value.empty() || ec != std::errc() || p != end)
        return make_error("config.bad_value", std::string(key) + " must be a whole number");
    return v;
}

std::vector<std::string> split_commas(std::string_view s) {
    std::vector<std::string> out;
    while (!s.empty()) {
        const auto comma = s.find(',');
        const auto part = trim(s.substr(0, comma));
        if (!part.empty())
            out.emplace_back(part);
        if (comma == std::string_view::npos)
            break;
        s.remove_prefix(comma + 1);
    }
    return out;
}

} // namespace

bool ListenAddress::loopback() const {
    return host == "localhost" || host == "::1" || host == "[::1]" || host.starts_with("127.");
}

Result<ListenAddress> parse_listen(std::string_view text) {
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos || colon == 0)
        return make_error("config.bad_value", "listen must be ADDRESS:PORT");
    ListenAddress a;
    a.host = std::string(text.substr(0, colon));
    if (a.host.size() > 2 && a.host.front() == '[' && a.host.back() == ']')
        a.host = a.host.substr(1, a.host.size() - 2);
    const auto port = text.substr(colon + 1);
    unsigned v = 0;
    const auto [p, ec] = std::from_chars(port.data(), port.data() + port.size(), v);
    if (port.empty() || ec != std::errc() || p != port.data() + port.size() || v > 65535)
        return make_error("config.bad_value", "listen port must be 0..65535");
    a.port = static_cast<std::uint16_t>(v);
    return a;
}

Status apply_setting(DaemonConfig& c, std::string_view key, std::string_view value) {
    const std::string v(value);
    if (key == "role") {
        CL_ASSIGN_OR_RETURN(c.role, parse_role(value));
    } else if (key == "listen") {
        CL_TRY(parse_listen(value));
        c.listen = v;
    } else if (key == "data") {
        c.data_dir = v;
    } else if (key == "network") {
        c.network_dir = v;
    } else if (key == "log-key") {
        c.log_key = v;
    } else if (key == "validator-key") {
        c.validator_key = v;
    } else if (key == "validators") {
        c.validators = split_commas(value);
    } else if (key == "sequencer") {
        c.sequencer_url = v;
    } else if (key == "tls-cert") {
        c.tls_cert = v;
    } else if (key == "tls-key") {
        c.tls_key = v;
    } else if (key == "origin") {
        c.origin = v;
    } else if (key == "name") {
        c.name = v;
    } else if (key == "registrars") {
        c.registrars = split_commas(value);
    } else if (key == "max-queue") {
        CL_ASSIGN_OR_RETURN(const auto n, number(key, value));
        c.max_queue = static_cast<std::size_t>(n);
    } else if (key == "threads") {
        CL_ASSIGN_OR_RETURN(const auto n, number(key, value));
        if (n == 0 || n > 1024)
            return make_error("config.bad_value", "threads must be 1..1024");
        c.threads = static_cast<std::size_t>(n);
    } else if (key == "receipt-window") {
        CL_ASSIGN_OR_RETURN(c.receipt_window, number(key, value));
    } else if (key == "blob-owners") {
        if (value != "patients" && value != "any")
            return make_error("config.bad_value", "blob-owners must be patients or any");
        c.blob_any_owner = value == "any";
    } else if (key == "blob-max-per-owner") {
        CL_ASSIGN_OR_RETURN(c.blob_limits.max_blobs_per_owner, number(key, value));
    } else if (key == "blob-max-bytes-per-owner") {
        CL_ASSIGN_OR_RETURN(c.blob_limits.max_bytes_per_owner, number(key, value));
    } else if (key == "blob-max-total") {
        CL_ASSIGN_OR_RETURN(c.blob_limits.max_blobs_total, number(key, value));
    } else if (key == "blob-max-bytes-total") {
        CL_ASSIGN_OR_RETURN(c.blob_limits.max_bytes_total, number(key, value));
    } else {
        return make_error("config.unknown_key", "unknown setting \"" + std::string(key) + "\"");
    }
    return {};
}

Status apply_config_text(DaemonConfig& config, std::string_view text) {
    std::size_t line_no = 0;
    while (!text.empty()) {
        const auto nl = text.find('\n');
        const auto raw = text.substr(0, nl);
        text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
        ++line_no;
        const auto line = trim(raw);
        if (line.empty() || line.front() == '#')
            continue;
        const auto eq = line.find('=');
        if (eq == std::string_view::npos)
            return make_error("config.bad_line",
                              "line " + std::to_string(line_no) + ": expected key = value");
        if (auto st = apply_setting(config, trim(line.substr(0, eq)), trim(line.substr(eq + 1)));
            !st.ok())
            return make_error(st.error().code,
                              "line " + std::to_string(line_no) + ": " + st.error().message);
    }
    return {};
}

Result<DaemonConfig> parse_command_line(int argc, const char* const* argv) {
    DaemonConfig config;
    const std::span<const char* const> args(argv, static_cast<std::size_t>(argc));
    // The file first, so flags override it wherever they appear.
    for (std::size_t i = 1; i < args.size(); ++i) {
        if (std::string_view(args[i]) == "--config") {
            if (i + 1 >= args.size())
                return make_error("config.bad_value", "--config needs a file");
            const std::filesystem::path file(args[i + 1]);
            CL_ASSIGN_OR_RETURN(auto text, read_file(file, kMaxConfigBytes));
            if (auto st = apply_config_text(config, to_string(text)); !st.ok())
                return make_error(st.error().code, file.string() + " " + st.error().message);
        }
    }
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string_view arg(args[i]);
        if (arg == "--init") {
            config.init = true;
            continue;
        }
        if (arg == "--version") {
            config.version = true;
            continue;
        }
        if (arg == "--help" || arg == "-h") {
            config.help = true;
            continue;
        }
        if (!arg.starts_with("--"))
            return make_error("config.bad_value",
                              "unexpected argument \"" + std::string(arg) + "\"");
        if (i + 1 >= args.size())
            return make_error("config.bad_value", std::string(arg) + " needs a value");
        const std::string_view value(args[++i]);
        if (arg == "--config")
            continue;
        if (auto st = apply_setting(config, arg.substr(2), value); !st.ok())
            return make_error(st.error().code, std::string(arg) + ": " + st.error().message);
    }
    return config;
}

Status finish_config(DaemonConfig& c) {
    if (c.data_dir.empty())
        return make_error("config.missing", "--data DIR is required");
    if (c.log_key.empty())
        c.log_key = c.data_dir / "keys" / "log.key";
    if (c.validator_key.empty())
        c.validator_key = c.data_dir / "keys" / "validator.key";
    if (c.init)
        return {};
    if (c.network_dir.empty())
        return make_error("config.missing",
                          "--network DIR (with network and policy files) is required");
    CL_ASSIGN_OR_RETURN(const auto listen, parse_listen(c.listen));
    if (c.tls_cert.empty() != c.tls_key.empty())
        return make_error("config.missing", "--tls-cert and --tls-key go together");
    if (c.tls_cert.empty() && !listen.loopback())
        return make_error(
            "config.plain_http",
            "plain HTTP is refused on a non-loopback address; give --tls-cert and --tls-key");
    // A node of both roles on loopback is its own network unless told otherwise: its validator
    // mirrors this node and its sequencer asks this node's validator to cosign, over HTTP like
    // any other member (the validator must recompute from what it fetched, never share files).
    if (c.role == NodeRole::both && (c.sequencer_url.empty() || c.validators.empty()) &&
        c.tls_cert.empty()) {
        if (listen.port == 0)
            return make_error("config.missing", "a node of role both needs a fixed --listen port "
                                                "(its validator reaches the node there) or "
                                                "--sequencer and --validators");
        const std::string self =
            "http://" +
            (listen.host.find(':') != std::string::npos && !listen.host.starts_with('[')
                 ? "[" + listen.host + "]"
                 : listen.host) +
            ":" + std::to_string(listen.port) + "/";
        if (c.sequencer_url.empty())
            c.sequencer_url = self;
        if (c.validators.empty())
            c.validators = {self};
    }
    return {};
}

} // namespace careledger::node
