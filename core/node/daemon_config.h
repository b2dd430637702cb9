// careledgerd's configuration: a file of `key = value` lines (blank lines and `#` comments
// allowed) with the same names as the command-line flags, which override it. Errors name the file
// line or the flag.
//
// Keys: role, listen, data, network, log-key, validator-key, validators (comma-separated URLs),
// sequencer, tls-cert, tls-key, origin, name and registrars (for --init), max-queue, threads,
// receipt-window, blob-owners (patients | any), blob-max-per-owner, blob-max-bytes-per-owner,
// blob-max-total, blob-max-bytes-total.
// Error codes: config.unknown_key, config.bad_line, config.bad_value, config.bad_role,
// config.missing, config.plain_http.
#pragma once

#include "common/result.h"
#include "node/http_api.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace careledger::node {

struct ListenAddress {
    std::string host;
    std::uint16_t port = 0;
    [[nodiscard]] bool loopback() const;
};
Result<ListenAddress> parse_listen(std::string_view text);

struct DaemonConfig {
    NodeRole role = NodeRole::sequencer;
    std::string listen = "127.0.0.1:8420";
    std::filesystem::path data_dir;
    std::filesystem::path network_dir;   // `network` and `policy` files
    std::filesystem::path log_key;       // default <data>/keys/log.key
    std::filesystem::path validator_key; // default <data>/keys/validator.key
    std::vector<std::string> validators; // the sequencer's cosigners (base URLs)
    std::string sequencer_url;           // what a validator mirrors
    std::filesystem::path tls_cert;
    std::filesystem::path tls_key;
    std::string origin; // --init: the log's origin (the log key's name)
    std::string name;   // --init: the validator's key name
    // --init of a role-both node whose network directory is empty: the registrars (hex Ed25519
    // public keys) written into its single-node network file.
    std::vector<std::string> registrars;
    std::size_t max_queue = 8192;
    std::size_t threads = 64;
    std::uint64_t receipt_window = 300;
    // Who may store emergency summaries here: only keys registered as patients on this node's
    // ledger (the default), or any key that signs its PUT ("any": a test network).
    bool blob_any_owner = false;
    BlobLimits blob_limits;
    bool init = false;
    bool version = false;
    bool help = false;
};

// Set one key (as in the file or a flag without its dashes).
Status apply_setting(DaemonConfig& config, std::string_view key, std::string_view value);
// The lines of a configuration file applied on top of `config`; errors name the line.
Status apply_config_text(DaemonConfig& config, std::string_view text);
// argv: --config FILE is read first, then every other flag overrides it.
Result<DaemonConfig> parse_command_line(int argc, const char* const* argv);
// Checks that what the role needs is present, fills defaults (key paths) and refuses plain HTTP
// on a non-loopback address.
Status finish_config(DaemonConfig& config);

} // namespace careledger::node
