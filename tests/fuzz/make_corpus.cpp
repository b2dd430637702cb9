// Writes the seed corpora of the fuzz targets: small, meaningful inputs each target should parse
// (valid entries of every type, signed notes and checkpoints, proofs, tile paths and bundles, the
// official SLIP-0039 vectors, trust policies) and a few malformed ones near them. Signed seeds use
// the keys and state of fuzz_fixtures.h, the world the targets check against, so a seed that is
// valid here is valid there. A developer tool, not a test:
//     fuzz_make_corpus <repo>/tests/fuzz/corpus
// replaces corpus/<target>/ for the targets below and leaves any other directory alone.
#include "crypto/slip39.h"
#include "fuzz_fixtures.h"
#include "fuzz_support.h"
#include "ledger/cbor.h"
#include "ledger/checkpoint.h"
#include "ledger/consent_state.h"
#include "ledger/entry.h"
#include "ledger/tiles.h"
#include "ledger/tlog_proof.h"
#include "ledger/tlog_text.h"
#include "ledger/trust_policy.h"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

using namespace careledger;
using careledger::fuzz::LedgerFixture;
using careledger::fuzz::LogFixture;

namespace {

constexpr std::size_t kMaxSeedBytes = 4096;
constexpr std::uint64_t kDay = 86400;

template <class T> T must(Result<T> r, const char* what) {
    if (!r.ok()) {
        std::fprintf(stderr, "make_corpus: %s: %s: %s\n", what, r.error().code.c_str(),
                     r.error().message.c_str());
        std::exit(1);
    }
    return std::move(r).value();
}

// Seeds meant to be valid are checked here, so a corpus never silently loses its good inputs.
void require(bool ok, const std::string& what) {
    if (!ok) {
        std::fprintf(stderr, "make_corpus: seed check failed: %s\n", what.c_str());
        std::exit(1);
    }
}

Bytes unhex(std::string_view hex) {
    return must(from_hex(hex), "hex literal");
}

// One target's corpus directory, emptied first so the output is exactly what this program writes.
class Corpus {
public:
    Corpus(const std::filesystem::path& root, const std::string& target) : dir_(root / target) {
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
    }
    ~Corpus() {
        std::printf("%-14s %3zu seeds, %6zu bytes\n", dir_.filename().c_str(), count_, bytes_);
    }
    Corpus(const Corpus&) = delete;
    Corpus& operator=(const Corpus&) = delete;

    void add(const std::string& name, ByteView data) {
        if (data.size() >= kMaxSeedBytes) {
            std::fprintf(stderr, "make_corpus: seed %s/%s is %zu bytes (limit %zu)\n", dir_.c_str(),
                         name.c_str(), data.size(), kMaxSeedBytes);
            std::exit(1);
        }
        const auto path = dir_ / name;
        if (std::filesystem::exists(path)) {
            std::fprintf(stderr, "make_corpus: two seeds named %s\n", path.c_str());
            std::exit(1);
        }
        std::ofstream out(path, std::ios::binary);
        out.write(reinterpret_cast<const char*>(data.data()), // NOLINT
                  static_cast<std::streamsize>(data.size()));
        if (!out) {
            std::fprintf(stderr, "make_corpus: cannot write %s\n", path.c_str());
            std::exit(1);
        }
        ++count_;
        bytes_ += data.size();
        total_bytes += data.size();
    }
    void add(const std::string& name, std::string_view text) { add(name, as_bytes(text)); }

    static inline std::size_t total_bytes = 0;

private:
    std::filesystem::path dir_;
    std::size_t count_ = 0;
    std::size_t bytes_ = 0;
};

Bytes with_last_byte_flipped(Bytes b) {
    b.back() ^= 0x01U;
    return b;
}

// ---- cbor ----

void cbor_corpus(const std::filesystem::path& root) {
    Corpus c(root, "cbor");
    using cbor::Value;
    c.add("uint-0", cbor::encode(Value::uint(0)));
    c.add("uint-24", cbor::encode(Value::uint(24)));
    c.add("uint-65536", cbor::encode(Value::uint(65536)));
    c.add("uint-max", cbor::encode(Value::uint(UINT64_MAX)));
    c.add("negative-1", cbor::encode(Value::negative(0)));
    c.add("negative-2-64", cbor::encode(Value::negative(UINT64_MAX)));
    c.add("bytes-32", cbor::encode(Value::bytes(Bytes(32, 0xab))));
    c.add("text-utf8", cbor::encode(Value::text("Zoë → 東京 🏥")));
    c.add("simple-values",
          cbor::encode(Value::array({Value::boolean(false), Value::boolean(true), Value::null()})));
    c.add("tag-epoch", cbor::encode(Value::tag(1, Value::uint(fuzz::kNow))));
    cbor::Map int_keys;
    int_keys.set(1, Value::uint(3));
    int_keys.set(24, Value::text("twenty-four"));
    int_keys.set(-1, Value::bytes(Bytes{1, 2, 3}));
    c.add("map-int-keys", cbor::encode(Value::map(int_keys)));
    cbor::Map text_keys;
    text_keys.set(Value::text("b"), Value::uint(2));
    text_keys.set(Value::text("aa"), Value::array({Value::uint(1), Value::map(int_keys)}));
    c.add("map-mixed-keys", cbor::encode(Value::map(text_keys)));
    Value deep = Value::uint(7);
    for (int i = 0; i < 30; ++i)
        deep = Value::array({deep});
    c.add("nested-30", cbor::encode(deep));
    const auto& world = LedgerFixture::get();
    c.add("entry-identity", world.history().front());
    c.add("entry-grant", world.next_entries().at(3).second);
    // RFC 8949 Appendix A items the deterministic decoder must refuse, one per error class.
    c.add("bad-non-shortest", unhex("1817"));
    c.add("bad-indefinite-array", unhex("9f0102ff"));
    c.add("bad-indefinite-text", unhex("7f657374726561646d696e67ff"));
    c.add("bad-half-float", unhex("f93c00"));
    c.add("bad-unsorted-keys", unhex("a202010101"));
    c.add("bad-duplicate-key", unhex("a201010102"));
    c.add("bad-truncated-length", unhex("5a00010000"));
    c.add("bad-utf8", unhex("62c328"));
    c.add("bad-reserved-info", unhex("1c"));
    c.add("bad-lone-break", unhex("ff"));
    c.add("bad-undefined", unhex("f7"));
    c.add("bad-trailing", unhex("0000"));
}

// ---- entry ----

// A body map signed as-is (not re-encoded from a typed body), for wire forms sign() cannot make.
Bytes sign_raw_body(const cbor::Map& body, const crypto::SigningKey& key) {
    const Bytes body_bytes = cbor::encode(cbor::Value::map(body));
    const crypto::Signature sig = key.sign(ledger::signing_message(body_bytes));
    return cbor::encode(cbor::Value::array(
        {must(cbor::decode(body_bytes), "body"), cbor::Value::bytes(view(sig))}));
}

void entry_corpus(const std::filesystem::path& root) {
    Corpus c(root, "entry");
    const LedgerFixture& world = LedgerFixture::get();
    for (std::size_t i = 0; i < world.history().size(); ++i) {
        const auto e = must(ledger::decode_entry(world.history()[i]), "history entry");
        std::string name(ledger::type_name(e.type()));
        for (char& ch : name)
            ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        c.add("history-" + std::to_string(i) + "-" + name, world.history()[i]);
    }
    for (const auto& [name, bytes] : world.next_entries()) {
        const auto e = must(ledger::decode_entry(bytes), "next entry");
        const Status st = ledger::validate(world.state(), world.policy(), e, LedgerFixture::now());
        if (!st.ok()) {
            std::fprintf(stderr, "make_corpus: next entry %s refused: %s\n", name.c_str(),
                         st.error().code.c_str());
            std::exit(1);
        }
        c.add("valid-" + name, bytes);
    }
    using A = LedgerFixture;
    // Decode, but break one rule each.
    c.add("rule-reader-not-certified",
          world.signed_bytes(A::U, ledger::AccessPayload{world.grant_id(), {"allergies"}, "TREAT"},
                             true));
    c.add("rule-bad-purpose", world.signed_bytes(A::P,
                                                 ledger::GrantPayload{world.key(A::D).public_key(),
                                                                      {"allergies"},
                                                                      "MARKETING",
                                                                      "view",
                                                                      fuzz::kNow,
                                                                      fuzz::kNow + kDay,
                                                                      std::nullopt},
                                                 true));
    c.add("rule-access-categories",
          world.signed_bytes(
              A::D, ledger::AccessPayload{world.grant_id(), {"mental-health"}, "TREAT"}, true));
    c.add("rule-foreign-revoke",
          world.signed_bytes(A::Q, ledger::RevokePayload{world.grant_id()}, true));
    // Malformed wire forms.
    const Bytes grant = world.next_entries().at(3).second;
    c.add("bad-signature", with_last_byte_flipped(grant));
    c.add("bad-truncated", Bytes(grant.begin(), grant.end() - 1));
    Bytes trailing = grant;
    trailing.push_back(0x00);
    c.add("bad-trailing-byte", trailing);
    const auto anchor_body = world.body(A::P, ledger::AnchorPayload{{}, "lab-results"}, true);
    auto anchor_map = *must(cbor::decode(ledger::encode_body(anchor_body)), "anchor").if_map();
    cbor::Map unknown = anchor_map;
    unknown.set(99, cbor::Value::uint(1));
    c.add("bad-unknown-field", sign_raw_body(unknown, world.key(A::P)));
    cbor::Map missing;
    for (const auto& [k, v] : anchor_map)
        if (!(k == cbor::Value::uint(3)))
            missing.set(k, v);
    c.add("bad-missing-time", sign_raw_body(missing, world.key(A::P)));
    cbor::Map unknown_type = anchor_map;
    unknown_type.set(1, cbor::Value::uint(9));
    c.add("bad-unknown-type", sign_raw_body(unknown_type, world.key(A::P)));
}

// ---- note ----

void note_corpus(const std::filesystem::path& root) {
    Corpus c(root, "note");
    const LogFixture& log = LogFixture::get();
    c.add("checkpoint-7-log-only", log.checkpoint_note(7, 0, 0));
    c.add("checkpoint-0-empty-tree", log.checkpoint_note(0, 0, 0));
    c.add("checkpoint-13-one-cosignature", log.checkpoint_note(13, 1, fuzz::kNow - 60));
    c.add("checkpoint-13-two-cosignatures", log.checkpoint_note(13, 2, fuzz::kNow - 60));
    c.add("checkpoint-13-stale-cosignature", log.checkpoint_note(13, 1, fuzz::kNow - 3 * kDay));
    c.add("checkpoint-13-future-cosignature", log.checkpoint_note(13, 1, fuzz::kNow + 3600));

    const std::string cosigned = log.checkpoint_note(13, 1, fuzz::kNow - 60);
    tlog::Note note = must(tlog::parse_note(cosigned), "note");
    const auto stranger = must(
        tlog::NoteSigner::from_seed("stranger.example/log", tlog::kSigTypeEd25519, Bytes(32, 0x5e)),
        "stranger");
    tlog::Note with_unknown = note;
    with_unknown.signatures.push_back(must(tlog::sign_note_text(stranger, note.text), "sign"));
    c.add("checkpoint-unknown-signer", must(tlog::format_note(with_unknown), "format"));
    tlog::Note bad_sig = note;
    bad_sig.signatures.front().signature.back() ^= 0x01U;
    c.add("checkpoint-bad-log-signature", must(tlog::format_note(bad_sig), "format"));
    tlog::Note bad_cosig = note;
    bad_cosig.signatures.back().signature.back() ^= 0x01U;
    c.add("checkpoint-bad-cosignature", must(tlog::format_note(bad_cosig), "format"));

    const tlog::Checkpoint ext{std::string(fuzz::kLogName), 13, log.root(13), {"extension line"}};
    const std::string ext_text = must(tlog::format_checkpoint(ext), "checkpoint");
    c.add("checkpoint-text-extension", ext_text);
    c.add("checkpoint-signed-extension",
          must(tlog::sign_checkpoint(ext, log.log_signer()), "sign"));
    const std::string plain_note = "a plain note\nwith two lines\n";
    const tlog::NoteSigner* signers[] = {&log.log_signer(), &stranger};
    c.add("note-two-signers", must(tlog::sign_note(plain_note, signers), "sign note"));

    require(tlog::verify_checkpoint(cosigned, log.policy(), fuzz::kNow).ok(),
            "cosigned checkpoint");
    require(
        tlog::open_checkpoint(log.checkpoint_note(0, 0, 0), log.log_signer().verifier_key()).ok(),
        "empty checkpoint");
    const auto stale = tlog::verify_checkpoint(log.checkpoint_note(13, 1, fuzz::kNow - 3 * kDay),
                                               log.policy(), fuzz::kNow);
    require(!stale.ok() && stale.error().code == "checkpoint.stale_cosignature",
            "stale checkpoint");
    c.add("vkey-log", tlog::format_vkey(log.log_signer().verifier_key()));
    c.add("vkey-witness", tlog::format_vkey(log.witness(0).verifier_key()));
    c.add("private-key-log", log.log_signer().format_private_key().view());
    c.add("private-key-witness", log.witness(1).format_private_key().view());
    c.add("signature-line", must(tlog::format_signature_line(note.signatures.back()), "line"));

    c.add("bad-no-blank-line", note.text + note.text);
    std::string control = cosigned;
    control[7] = '\t';
    c.add("bad-control-character", control);
    c.add("bad-invalid-utf8", std::string("\xC0\xAF\n\n") + cosigned.substr(note.text.size() + 1));
    c.add("bad-vkey-id",
          "example.org/consent-log+00000000+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop");
    c.add("bad-checkpoint-size",
          "example.org/consent-log\n07\n" + tlog::format_hash(log.root(7)) + "\n");
}

// ---- tlog_proof ----

// A Merkle program for fuzz_tlog_proof's binary mode (see ByteReader): op, numbers, hashes by
// their index in the fixture's table.
class Program {
public:
    explicit Program(std::uint8_t op) { bytes_.push_back(op); }
    Program& number(std::uint64_t v) {
        if (v < 0xFE) {
            bytes_.push_back(static_cast<std::uint8_t>(v));
        } else {
            bytes_.push_back(0xFF);
            put_u64_be(bytes_, v);
        }
        return *this;
    }
    Program& hash(const crypto::Hash32& h) {
        bytes_.push_back(static_cast<std::uint8_t>(LogFixture::get().table_index(h)));
        return *this;
    }
    Program& raw_hash(std::uint8_t fill) {
        bytes_.push_back(0xFF);
        bytes_.insert(bytes_.end(), 32, fill);
        return *this;
    }
    Program& proof(const std::vector<crypto::Hash32>& hashes) {
        bytes_.push_back(static_cast<std::uint8_t>(hashes.size()));
        for (const auto& h : hashes)
            hash(h);
        return *this;
    }
    [[nodiscard]] const Bytes& bytes() const { return bytes_; }

private:
    Bytes bytes_;
};

constexpr std::uint8_t kInclusion = 1;
constexpr std::uint8_t kConsistency = 0;

void tlog_proof_corpus(const std::filesystem::path& root) {
    Corpus c(root, "tlog_proof");
    const LogFixture& log = LogFixture::get();
    const auto text_proof = [&](std::uint64_t index, std::uint64_t size, std::size_t cosigners,
                                Bytes extra) {
        tlog::TlogProof p{std::move(extra), index, log.inclusion_proof(index, size),
                          log.checkpoint_note(size, cosigners, fuzz::kNow - 60)};
        return must(tlog::format_tlog_proof(p), "format proof");
    };
    c.add("proof-3-of-7", text_proof(3, 7, 0, {}));
    c.add("proof-0-of-1", text_proof(0, 1, 0, {}));
    const std::string cosigned = text_proof(12, 13, 2, {});
    require(tlog::verify_tlog_proof(must(tlog::parse_tlog_proof(cosigned), "parse proof"),
                                    log.leaf(12), log.policy(), fuzz::kNow)
                .ok(),
            "cosigned tlog-proof");
    c.add("proof-12-of-13-cosigned", cosigned);
    c.add("proof-5-of-13-extra", text_proof(5, 13, 1, to_bytes("sequenced-by example.org")));
    tlog::TlogProof wrong{{}, 4, log.inclusion_proof(3, 7), log.checkpoint_note(7, 0, 0)};
    c.add("proof-wrong-index", must(tlog::format_tlog_proof(wrong), "format"));
    wrong.index = 3;
    wrong.inclusion.pop_back();
    c.add("proof-short", must(tlog::format_tlog_proof(wrong), "format"));
    const std::string good = text_proof(3, 7, 0, {});
    c.add("proof-bad-header", "c2sp.org/tlog-proof@v2" + good.substr(good.find('\n')));
    c.add("proof-no-checkpoint", good.substr(0, good.find("\n\n") + 2));

    const auto inclusion = [&](std::uint64_t index, std::uint64_t size) {
        return Program(kInclusion)
            .number(index)
            .number(size)
            .hash(log.leaf(index))
            .proof(log.inclusion_proof(index, size))
            .hash(log.root(size))
            .bytes();
    };
    const auto consistency = [&](std::uint64_t m, std::uint64_t n) {
        return Program(kConsistency)
            .number(m)
            .number(n)
            .proof(log.consistency_proof(m, n))
            .hash(log.root(m))
            .hash(log.root(n))
            .bytes();
    };
    c.add("merkle-inclusion-3-of-7", inclusion(3, 7));
    c.add("merkle-inclusion-0-of-1", inclusion(0, 1));
    c.add("merkle-inclusion-6-of-7", inclusion(6, 7));
    c.add("merkle-inclusion-12-of-13", inclusion(12, 13));
    c.add("merkle-inclusion-8-of-9", inclusion(8, 9));
    c.add("merkle-consistency-4-to-7", consistency(4, 7));
    c.add("merkle-consistency-3-to-13", consistency(3, 13));
    c.add("merkle-consistency-0-to-13", consistency(0, 13));
    c.add("merkle-consistency-8-to-13", consistency(8, 13));
    c.add("merkle-consistency-13-to-13", consistency(13, 13));
    c.add("merkle-inclusion-raw-hashes", Program(kInclusion)
                                             .number(2)
                                             .number(4)
                                             .raw_hash(0x11)
                                             .number(1)
                                             .raw_hash(0x22)
                                             .raw_hash(0x33)
                                             .bytes());
    c.add("merkle-inclusion-huge-size", Program(kInclusion)
                                            .number(UINT64_MAX - 1)
                                            .number(UINT64_MAX)
                                            .hash(log.leaf(0))
                                            .proof(log.inclusion_proof(0, 8))
                                            .hash(log.root(8))
                                            .bytes());
    c.add("merkle-consistency-m-above-n", Program(kConsistency)
                                              .number(7)
                                              .number(4)
                                              .proof(log.consistency_proof(4, 7))
                                              .hash(log.root(7))
                                              .hash(log.root(4))
                                              .bytes());
}

// ---- tiles ----

void tiles_corpus(const std::filesystem::path& root) {
    Corpus c(root, "tiles");
    const auto path = [&](bool entries, unsigned level, std::uint64_t index, unsigned width) {
        return tlog::tile_path(tlog::TileId{entries, level, index, width});
    };
    const auto bad_path = [&](const std::string& name, std::string_view text) {
        require(!tlog::parse_tile_path(text).ok(), name);
        c.add(name, text);
    };
    c.add("path-0-000", path(false, 0, 0, 256));
    c.add("path-0-1234067", path(false, 0, 1234067, 256));
    c.add("path-2-partial", path(false, 2, 5, 17));
    c.add("path-63-max-index", path(false, 63, UINT64_MAX, 255));
    c.add("path-entries-partial", path(true, 0, 1000, 5));
    c.add("path-entries-full", path(true, 0, 999, 256));
    bad_path("path-bad-x000", "tile/0/x000/001");
    bad_path("path-bad-short-group", "tile/0/1");
    bad_path("path-bad-level-64", "tile/64/000");
    bad_path("path-bad-width-256", "tile/0/000.p/256");
    bad_path("path-bad-width-0", "tile/entries/000.p/0");
    bad_path("path-bad-leading-zero-level", "tile/01/000");

    // Byte 0 is width - 1; the rest a bundle or a tile of that width.
    const auto sized = [](unsigned width, ByteView data) {
        Bytes out{static_cast<std::uint8_t>(width - 1)};
        append(out, data);
        return out;
    };
    const auto& history = LedgerFixture::get().history();
    const Bytes bundle = must(tlog::format_entry_bundle(history), "bundle");
    const auto width = static_cast<unsigned>(history.size());
    c.add("bundle-history", sized(width, bundle));
    const std::vector<Bytes> small{to_bytes("leaf-0"), Bytes{}, to_bytes("leaf-2")};
    c.add("bundle-with-empty-entry", sized(3, must(tlog::format_entry_bundle(small), "bundle")));
    c.add("bundle-truncated", sized(width, ByteView(bundle).first(bundle.size() - 3)));
    c.add("bundle-too-few", sized(width + 1, bundle));
    const LogFixture& log = LogFixture::get();
    std::vector<crypto::Hash32> leaves;
    for (std::uint64_t i = 0; i < 8; ++i)
        leaves.push_back(log.leaf(i));
    c.add("tile-width-8", sized(8, tlog::tile_bytes(leaves)));
    leaves.resize(5);
    c.add("tile-width-5", sized(5, tlog::tile_bytes(leaves)));
    const Bytes tile5 = tlog::tile_bytes(leaves);
    c.add("tile-short", sized(6, tile5));
}

// ---- slip39 ----

void slip39_corpus(const std::filesystem::path& root) {
    Corpus c(root, "slip39");
    const std::string path = std::string(CARELEDGER_SHARED_VECTORS) + "/slip39-vectors.json";
    std::ifstream in(path);
    const nlohmann::json vectors = nlohmann::json::parse(in, nullptr, false);
    if (vectors.is_discarded() || !vectors.is_array() || vectors.empty()) {
        std::fprintf(stderr, "make_corpus: cannot read %s\n", path.c_str());
        std::exit(1);
    }
    std::size_t number = 0;
    for (const auto& v : vectors) {
        ++number;
        std::string lines;
        std::vector<crypto::SecureBuffer> shares;
        for (const auto& m : v.at(1)) {
            lines += m.get<std::string>() + "\n";
            shares.push_back(crypto::SecureBuffer::copy_of(as_bytes(m.get<std::string>())));
        }
        const auto secret = crypto::slip39::combine(shares, "TREZOR");
        const auto expected = v.at(2).get<std::string>();
        require(expected.empty() ? !secret.ok() : secret.ok() && to_hex(secret->view()) == expected,
                v.at(0).get<std::string>());
        char name[32];
        std::snprintf(name, sizeof name, "vector-%02zu", number);
        c.add(name, lines);
    }
    // inspect() takes any ASCII case and any whitespace between words.
    std::string loose = vectors.at(0).at(1).at(0).get<std::string>();
    for (std::size_t i = 0; i < loose.size(); i += 7)
        loose[i] = static_cast<char>(std::toupper(static_cast<unsigned char>(loose[i])));
    for (std::size_t i = loose.find(' '); i != std::string::npos; i = loose.find(' ', i + 3))
        loose.replace(i, 1, " \t ");
    c.add("loose-case-and-space", loose);
}

// ---- trust_policy ----

void trust_policy_corpus(const std::filesystem::path& root) {
    Corpus c(root, "trust_policy");
    const LogFixture& log = LogFixture::get();
    const std::string log_vkey = tlog::format_vkey(log.log_signer().verifier_key());
    const std::string wa = tlog::format_vkey(log.witness(0).verifier_key());
    const std::string wb = tlog::format_vkey(log.witness(1).verifier_key());
    const std::string wc = "c.example+00000003+AQICAgICAgICAgICAgICAgICAgICAgICAgICAgICAgIC";
    const std::string wd = "d.example+00000004+AQMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMD";
    const auto good = [&](const std::string& name, const std::string& text) {
        require(ledger::TrustPolicy::parse(text).ok(), name);
        c.add(name, text);
    };
    const auto bad = [&](const std::string& name, const std::string& text) {
        require(!ledger::TrustPolicy::parse(text).ok(), name);
        c.add(name, text);
    };
    good("one-witness", "log " + log_vkey + "\nwitness A " + wa + "\nquorum A\n");
    good("two-of-three", "# consortium\nlog " + log_vkey + " https://log.example/\n\nwitness A " +
                             wa + " https://a.example/\n  witness B\t" + wb + "\nwitness C " + wc +
                             "\ngroup ABC 2 A B C\nquorum ABC\n");
    good("nested-groups", "log " + log_vkey + "\nwitness A " + wa + "\nwitness B " + wb +
                              "\ngroup X any A B\nwitness C " + wc + "\nwitness D " + wd +
                              "\ngroup Y all C D\ngroup XY all X Y\nquorum XY\n");
    good("quorum-none", "log " + log_vkey + "\nquorum none\n");
    bad("bad-no-quorum", "witness A " + wa + "\n");
    bad("bad-forward-reference", "group G any A\nwitness A " + wa + "\nquorum G\n");
    bad("bad-duplicate-key", "witness A " + wa + "\nwitness B " + wa + "\nquorum A\n");
    bad("bad-threshold", "witness A " + wa + "\ngroup G 2 A\nquorum G\n");
    bad("bad-control-character", "witness A " + wa + "\r\nquorum A\n");
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <tests/fuzz/corpus>\n", argv[0]);
        return 2;
    }
    fuzz::init_core();
    try {
        const std::filesystem::path root(argv[1]); // NOLINT(cppcoreguidelines-pro-bounds-*)
        cbor_corpus(root);
        entry_corpus(root);
        note_corpus(root);
        tlog_proof_corpus(root);
        tiles_corpus(root);
        slip39_corpus(root);
        trust_policy_corpus(root);
    } catch (const std::exception& e) {
        // Filesystem errors and malformed vector files.
        std::fprintf(stderr, "make_corpus: %s\n", e.what());
        return 1;
    }
    std::printf("total %zu bytes\n", Corpus::total_bytes);
    if (Corpus::total_bytes >= std::size_t{1} << 20U) {
        std::fprintf(stderr, "make_corpus: corpora exceed 1 MiB\n");
        return 1;
    }
    return 0;
}
