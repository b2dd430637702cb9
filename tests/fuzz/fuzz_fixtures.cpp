#include "fuzz_fixtures.h"

#include "fuzz_support.h"
#include "ledger/checkpoint.h"

#include <algorithm>
#include <optional>

namespace careledger::fuzz {

namespace {

template <class T> T must(Result<T> r, const char* what) {
    if (!r.ok()) {
        std::fprintf(stderr, "fuzz fixture: %s: %s: %s\n", what, r.error().code.c_str(),
                     r.error().message.c_str());
        std::abort();
    }
    return std::move(r).value();
}

tlog::NoteSigner signer(std::string_view name, std::uint8_t type, std::uint8_t seed) {
    return must(tlog::NoteSigner::from_seed(name, type, Bytes(32, seed)), "note signer");
}

template <std::size_t N> std::array<std::uint8_t, N> filled(std::uint8_t v) {
    std::array<std::uint8_t, N> a{};
    a.fill(v);
    return a;
}

constexpr std::uint64_t kDay = 86400;

} // namespace

// ---- The log ----

const LogFixture& LogFixture::get() {
    init_core();
    static const LogFixture fixture;
    return fixture;
}

LogFixture::LogFixture()
    : log_(signer(kLogName, tlog::kSigTypeEd25519, 0x00)),
      tree_(std::make_unique<tlog::MemoryHashSource>()) {
    witnesses_.push_back(signer("witness.example/a", tlog::kSigTypeCosignatureV1, 0x0a));
    witnesses_.push_back(signer("witness.example/b", tlog::kSigTypeCosignatureV1, 0x0b));
    known_.push_back(log_.verifier_key());
    policy_.log_key = log_.verifier_key();
    for (const auto& w : witnesses_) {
        known_.push_back(w.verifier_key());
        policy_.cosigners.push_back(w.verifier_key());
    }
    policy_.quorum = 1;

    // "leaf-0" ... "leaf-6" are the DESIGN §6 golden leaves; the tree goes on in the same way.
    for (std::size_t i = 0; i < kLogLeaves; ++i) {
        leaves_.push_back(tlog::leaf_hash(to_bytes("leaf-" + std::to_string(i))));
        tree_->append(leaves_.back());
    }
    for (std::uint64_t s = 0; s <= kLogLeaves; ++s)
        roots_.push_back(must(tlog::root(s, *tree_), "tree root"));
    if (to_base64(roots_[7]) != "CwB/uRXrmyoUb1SxyG7FO2ZPjkVbdmCwtu4T7cDZIcA=") {
        std::fprintf(stderr, "fuzz fixture: root(7) differs from the DESIGN §6 golden vector\n");
        std::abort();
    }
    for (unsigned level = 0; (std::uint64_t{1} << level) <= kLogLeaves; ++level)
        for (std::uint64_t i = 0; (i + 1) << level <= kLogLeaves; ++i)
            table_.push_back(must(tree_->hash(level, i), "subtree hash"));
    table_.insert(table_.end(), roots_.begin(), roots_.end());
    // Proofs also name roots of incomplete subtrees on the right edge of a tree.
    const auto add = [this](const std::vector<crypto::Hash32>& proof) {
        for (const auto& h : proof)
            if (std::find(table_.begin(), table_.end(), h) == table_.end())
                table_.push_back(h);
    };
    for (std::uint64_t n = 1; n <= kLogLeaves; ++n)
        for (std::uint64_t m = 0; m < n; ++m) {
            add(inclusion_proof(m, n));
            add(consistency_proof(m, n));
        }
    if (table_.size() >= 0xFF) {
        std::fprintf(stderr, "fuzz fixture: hash table too large for one-byte indices\n");
        std::abort();
    }
}

std::vector<crypto::Hash32> LogFixture::inclusion_proof(std::uint64_t index,
                                                        std::uint64_t size) const {
    return must(tlog::inclusion_proof(index, size, *tree_), "inclusion proof");
}

std::vector<crypto::Hash32> LogFixture::consistency_proof(std::uint64_t m, std::uint64_t n) const {
    return must(tlog::consistency_proof(m, n, *tree_), "consistency proof");
}

std::size_t LogFixture::table_index(const crypto::Hash32& h) const {
    const auto it = std::find(table_.begin(), table_.end(), h);
    if (it == table_.end()) {
        std::fprintf(stderr, "fuzz fixture: hash not in the table\n");
        std::abort();
    }
    return static_cast<std::size_t>(it - table_.begin());
}

std::string LogFixture::checkpoint_note(std::uint64_t size, std::size_t cosigners,
                                        std::uint64_t timestamp) const {
    const tlog::Checkpoint cp{std::string(kLogName), size, root(size), {}};
    const std::string signed_note = must(tlog::sign_checkpoint(cp, log_), "sign checkpoint");
    tlog::Note note = must(tlog::parse_note(signed_note), "parse checkpoint note");
    for (std::size_t i = 0; i < cosigners; ++i)
        note.signatures.push_back(
            must(tlog::cosign(witnesses_.at(i), note.text, timestamp), "cosign"));
    return must(tlog::format_note(note), "format checkpoint note");
}

// ---- The ledger ----

const LedgerFixture& LedgerFixture::get() {
    init_core();
    static const LedgerFixture fixture;
    return fixture;
}

LedgerFixture::LedgerFixture() : token_id_(filled<16>(0x71)) {
    for (std::size_t a = 0; a < kActors; ++a)
        keys_.push_back(
            must(crypto::SigningKey::from_seed(Bytes(32, static_cast<std::uint8_t>(0x11 + a))),
                 "actor key"));
    policy_.origin = std::string(kLogName);
    policy_.registrars = {keys_[R].public_key()};

    // The history is admitted an hour before now(), one entry a second.
    std::uint64_t time = kNow - 3600;
    const auto post = [&](Actor author, ledger::Payload payload, bool tagged) {
        ledger::EntryBody b = body(author, std::move(payload), tagged);
        b.time = time;
        const auto entry = must(ledger::sign(std::move(b), keys_.at(author)), "sign history");
        const Status st = ledger::submit(state_, policy_, entry, static_cast<std::int64_t>(time),
                                         history_.size());
        if (!st.ok()) {
            std::fprintf(stderr, "fuzz fixture: history entry %zu refused: %s\n", history_.size(),
                         st.error().code.c_str());
            std::abort();
        }
        history_.push_back(entry.bytes());
        ++time;
        return ledger::entry_id(entry);
    };
    using ledger::Role;
    post(R, ledger::IdentityPayload{Role::registrar, filled<32>(0xa1)}, false);
    post(D, ledger::IdentityPayload{Role::provider, filled<32>(0xa2)}, false);
    post(U, ledger::IdentityPayload{Role::provider, filled<32>(0xa3)}, false);
    post(P, ledger::IdentityPayload{Role::patient, filled<32>(0xa4)}, true);
    post(Q, ledger::IdentityPayload{Role::patient, filled<32>(0xa5)}, true);
    post(R,
         ledger::CertifyPayload{keys_[D].public_key(), "Dr. Ada Byron", "City Hospital",
                                "emergency-department"},
         false);
    grant_id_ = post(P,
                     ledger::GrantPayload{keys_[D].public_key(),
                                          {"allergies", "lab-results"},
                                          "TREAT",
                                          "view",
                                          kNow - 7200,
                                          kNow + 30 * kDay,
                                          std::nullopt},
                     true);
    post(P, ledger::EmergencyIssuePayload{token_id_, kNow + 7 * kDay, {"allergies", "medications"}},
         true);
}

const crypto::SigningKey* LedgerFixture::key_of(const crypto::PublicKey& pk) const {
    for (const auto& k : keys_)
        if (k.public_key() == pk)
            return &k;
    return nullptr;
}

ledger::PatientTag LedgerFixture::tag(Actor a) const {
    return ledger::patient_tag(policy_.origin, keys_.at(a).public_key());
}

ledger::EntryBody LedgerFixture::body(Actor author, ledger::Payload payload,
                                      bool with_patient_tag) const {
    ledger::EntryBody b;
    b.author = keys_.at(author).public_key();
    b.time = kNow;
    b.seq = state_.last_seq(b.author).value_or(0) + 1;
    // Entries a patient writes concern that patient; a provider's ACCESS concerns patient P.
    if (with_patient_tag)
        b.patient = author == D || author == U ? tag(P) : tag(author);
    b.payload = std::move(payload);
    return b;
}

Bytes LedgerFixture::signed_bytes(Actor author, ledger::Payload payload,
                                  bool with_patient_tag) const {
    return must(ledger::sign(body(author, std::move(payload), with_patient_tag), keys_.at(author)),
                "sign entry")
        .bytes();
}

std::vector<std::pair<std::string, Bytes>> LedgerFixture::next_entries() const {
    using ledger::Role;
    std::vector<std::pair<std::string, Bytes>> out;
    out.emplace_back(
        "identity-patient",
        signed_bytes(X, ledger::IdentityPayload{Role::patient, filled<32>(0xa6)}, true));
    out.emplace_back(
        "identity-provider",
        signed_bytes(X, ledger::IdentityPayload{Role::provider, filled<32>(0xa6)}, false));
    out.emplace_back("certify",
                     signed_bytes(R,
                                  ledger::CertifyPayload{keys_[U].public_key(), "Nurse Ben Okafor",
                                                         "Rural Clinic", "laboratory"},
                                  false));
    out.emplace_back("grant", signed_bytes(P,
                                           ledger::GrantPayload{keys_[D].public_key(),
                                                                {"imaging", "medications"},
                                                                "HRESCH",
                                                                "view-download",
                                                                kNow,
                                                                kNow + 90 * kDay,
                                                                kNow + 400 * kDay},
                                           true));
    out.emplace_back("revoke", signed_bytes(P, ledger::RevokePayload{grant_id_}, true));
    out.emplace_back(
        "access-grant",
        signed_bytes(D, ledger::AccessPayload{grant_id_, {"allergies"}, "TREAT"}, true));
    out.emplace_back(
        "access-emergency",
        signed_bytes(D, ledger::AccessPayload{token_id_, {"allergies", "medications"}, "ETREAT"},
                     true));
    out.emplace_back(
        "emergency-issue",
        signed_bytes(P, ledger::EmergencyIssuePayload{filled<16>(0x72), kNow + kDay, {"allergies"}},
                     true));
    out.emplace_back("emergency-revoke",
                     signed_bytes(P, ledger::EmergencyRevokePayload{token_id_}, true));
    out.emplace_back("anchor",
                     signed_bytes(P, ledger::AnchorPayload{filled<32>(0x5a), "lab-results"}, true));
    return out;
}

} // namespace careledger::fuzz
