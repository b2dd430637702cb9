// The consent state machine: one minimal scenario per rule producing exactly that rule's code
// (and leaving the state untouched), the happy paths of DESIGN §1 (certify, grant, read, revoke;
// emergency issue, read, revoke), the queries the wallet shows, and determinism (the same entries
// always give the same state and the same verdicts).
#include "crypto/hash.h"
#include "ledger/consent_state.h"
#include "ledger/consent_vocabulary.h"
#include "test_support.h"

#include <deque>
#include <functional>
#include <random>
#include <set>

using namespace careledger;
using namespace careledger::ledger;

namespace {

const std::string kOrigin = "example.org/consent-log";
constexpr std::int64_t kStart = 1700000000;
constexpr std::uint64_t kDay = 86400;

template <std::size_t N> std::array<std::uint8_t, N> filled(std::uint8_t v) {
    std::array<std::uint8_t, N> a{};
    a.fill(v);
    return a;
}

struct Actor {
    crypto::SigningKey key;
    PatientTag tag{}; // the tag this key would have as a patient
    std::uint64_t next_seq = 1;
    [[nodiscard]] const crypto::PublicKey& pk() const { return key.public_key(); }
};

Actor make_actor(std::uint8_t seed) {
    auto key = crypto::SigningKey::from_seed(Bytes(32, seed)).value();
    const PatientTag tag = patient_tag(kOrigin, key.public_key());
    return Actor{std::move(key), tag};
}

QString code_of(const Status& s) {
    return s.ok() ? QString("ok") : QString::fromStdString(s.error().code);
}

// A small network: a registrar R (in the policy), R2 (not in it), certified providers D and N,
// an uncertified provider U, and patients P and Q. P has granted D (grant G) and issued token T;
// Q has granted N (grant GQ) and issued token TQ.
class World {
public:
    Actor R = make_actor(1), R2 = make_actor(2), D = make_actor(3), N = make_actor(4),
          U = make_actor(5), P = make_actor(6), Q = make_actor(7);
    Policy policy;
    LedgerState state;
    std::int64_t now = kStart;
    std::uint64_t next_index = 0;
    std::string setup_failure; // first failure while building a scenario, if any
    EntryId G{}, GQ{};
    TokenId T = filled<16>(0x71), TQ = filled<16>(0x72);
    const std::vector<std::string> granted{"allergies", "lab-results"};
    const std::vector<std::string> token_scope{"allergies", "medications"};

    World() {
        policy.origin = kOrigin;
        policy.registrars = {R.pk()};
        must(post(R, IdentityPayload{Role::registrar, filled<32>(0xa1)}, std::nullopt));
        for (Actor* a : {&D, &N, &U})
            must(post(*a, IdentityPayload{Role::provider, filled<32>(0xa2)}, std::nullopt));
        for (Actor* a : {&P, &Q})
            must(post(*a, IdentityPayload{Role::patient, filled<32>(0xa3)}, a->tag));
        must(post(R, certify(D, "Dr. Ada Byron", "emergency-department"), std::nullopt));
        must(post(R, certify(N, "Ben Okafor", "family-doctor"), std::nullopt));
        G = must_id(P, grant(D), P.tag);
        GQ = must_id(Q, grant(N), Q.tag);
        must(post(P, issue(T, 7 * kDay), P.tag));
        must(post(Q, issue(TQ, 7 * kDay), Q.tag));
    }

    [[nodiscard]] std::uint64_t t() const { return static_cast<std::uint64_t>(now); }

    [[nodiscard]] CertifyPayload certify(const Actor& subject, std::string name,
                                         std::string role) const {
        return CertifyPayload{subject.pk(), std::move(name), "City Hospital", std::move(role)};
    }
    [[nodiscard]] GrantPayload grant(const Actor& grantee) const {
        return GrantPayload{grantee.pk(), granted,         "TREAT",     "view",
                            t() - 60,     t() + 30 * kDay, std::nullopt};
    }
    [[nodiscard]] EmergencyIssuePayload issue(const TokenId& id, std::uint64_t lifetime) const {
        return EmergencyIssuePayload{id, t() + lifetime, token_scope};
    }
    static AccessPayload read(const EntryId& grant_id, std::vector<std::string> cats,
                              std::string purpose = "TREAT") {
        return AccessPayload{grant_id, std::move(cats), std::move(purpose)};
    }
    static AccessPayload read(const TokenId& token, std::vector<std::string> cats,
                              std::string purpose = "ETREAT") {
        return AccessPayload{token, std::move(cats), std::move(purpose)};
    }

    // A signed entry by `a`, with the actor's next sequence number unless one is given.
    SignedEntry entry(Actor& a, Payload payload, std::optional<PatientTag> tag,
                      std::optional<std::uint64_t> time = std::nullopt,
                      std::optional<std::uint64_t> seq = std::nullopt) {
        EntryBody b{a.pk(), time.value_or(t()), seq.value_or(a.next_seq), tag, std::move(payload)};
        if (!seq)
            ++a.next_seq;
        auto e = sign(std::move(b), a.key);
        if (!e.ok())
            qFatal("cannot sign a test entry: %s", e.error().code.c_str());
        return std::move(e).value();
    }

    Status submit(const SignedEntry& e) {
        CL_TRY(ledger::submit(state, policy, e, now, next_index));
        ++next_index;
        return {};
    }
    Status post(Actor& a, Payload payload, std::optional<PatientTag> tag) {
        return submit(entry(a, std::move(payload), tag));
    }
    void must(const Status& s) {
        if (!s.ok() && setup_failure.empty())
            setup_failure = s.error().code + ": " + s.error().message;
    }
    EntryId must_id(Actor& a, Payload payload, std::optional<PatientTag> tag) {
        const SignedEntry e = entry(a, std::move(payload), tag);
        must(submit(e));
        return entry_id(e);
    }
};

struct Scenario {
    const char* name;
    Rule rule;
    std::function<SignedEntry(World&)> make;
};

// One row per rule (the first of each), then further ways to break some of them.
std::vector<Scenario> scenarios() {
    using W = World;
    return {
        {"signature tampered", Rule::bad_signature,
         [](W& w) {
             Bytes b = w.entry(w.P, AnchorPayload{filled<32>(1), "lab-results"}, w.P.tag).bytes();
             b.back() ^= 0x01;
             return decode_entry_unverified(b).value();
         }},
        {"sequence reused", Rule::replay,
         [](W& w) {
             return w.entry(w.P, AnchorPayload{filled<32>(1), "lab-results"}, w.P.tag, std::nullopt,
                            w.state.last_seq(w.P.pk()).value());
         }},
        {"time ahead of the clock", Rule::clock_skew,
         [](W& w) {
             return w.entry(w.P, AnchorPayload{filled<32>(1), "lab-results"}, w.P.tag, w.t() + 601);
         }},
        {"unregistered author", Rule::unknown_author,
         [](W& w) {
             Actor stranger = make_actor(0x55);
             return w.entry(stranger, AnchorPayload{filled<32>(1), "x"}, stranger.tag);
         }},
        {"second identity", Rule::duplicate_identity,
         [](W& w) {
             return w.entry(w.P, IdentityPayload{Role::patient, filled<32>(9)}, w.P.tag);
         }},
        {"registrar outside policy", Rule::registrar_not_in_policy,
         [](W& w) {
             return w.entry(w.R2, IdentityPayload{Role::registrar, {}}, std::nullopt);
         }},
        {"patient identity with another tag", Rule::identity_tag_mismatch,
         [](W& w) {
             Actor fresh = make_actor(0x56);
             return w.entry(fresh, IdentityPayload{Role::patient, {}}, w.P.tag);
         }},
        {"provider certifies", Rule::not_registrar,
         [](W& w) { return w.entry(w.D, w.certify(w.U, "U", "laboratory"), std::nullopt); }},
        {"certify a patient", Rule::certify_subject,
         [](W& w) { return w.entry(w.R, w.certify(w.P, "P", "laboratory"), std::nullopt); }},
        {"certify without a name", Rule::bad_certification,
         [](W& w) { return w.entry(w.R, w.certify(w.U, "", "laboratory"), std::nullopt); }},
        {"provider grants", Rule::not_patient,
         [](W& w) { return w.entry(w.D, w.grant(w.N), w.P.tag); }},
        {"grant under another patient's tag", Rule::foreign_patient_tag,
         [](W& w) { return w.entry(w.P, w.grant(w.D), w.Q.tag); }},
        {"grant to an uncertified provider", Rule::grantee_not_certified,
         [](W& w) { return w.entry(w.P, w.grant(w.U), w.P.tag); }},
        {"grant categories unsorted", Rule::bad_categories,
         [](W& w) {
             GrantPayload g = w.grant(w.D);
             g.categories = {"lab-results", "allergies"};
             return w.entry(w.P, g, w.P.tag);
         }},
        {"grant purpose unknown", Rule::bad_purpose,
         [](W& w) {
             GrantPayload g = w.grant(w.D);
             g.purpose = "MARKETING";
             return w.entry(w.P, g, w.P.tag);
         }},
        {"grant mode unknown", Rule::bad_mode,
         [](W& w) {
             GrantPayload g = w.grant(w.D);
             g.mode = "edit";
             return w.entry(w.P, g, w.P.tag);
         }},
        {"grant expiry before not-before", Rule::bad_period,
         [](W& w) {
             GrantPayload g = w.grant(w.D);
             g.expiry = g.not_before;
             return w.entry(w.P, g, w.P.tag);
         }},
        {"revoke unknown grant", Rule::revoke_unknown_grant,
         [](W& w) { return w.entry(w.P, RevokePayload{filled<32>(0xee)}, w.P.tag); }},
        {"revoke another patient's grant", Rule::revoke_foreign_grant,
         [](W& w) { return w.entry(w.P, RevokePayload{w.GQ}, w.P.tag); }},
        {"revoke twice", Rule::revoke_already_revoked,
         [](W& w) {
             w.must(w.post(w.P, RevokePayload{w.G}, w.P.tag));
             return w.entry(w.P, RevokePayload{w.G}, w.P.tag);
         }},
        {"uncertified reader", Rule::reader_not_certified,
         [](W& w) { return w.entry(w.U, W::read(w.G, {"allergies"}), w.P.tag); }},
        {"read under unknown grant", Rule::access_unknown_grant,
         [](W& w) { return w.entry(w.D, W::read(filled<32>(0xee), {"allergies"}), w.P.tag); }},
        {"read another provider's grant", Rule::access_wrong_reader,
         [](W& w) { return w.entry(w.N, W::read(w.G, {"allergies"}), w.P.tag); }},
        {"read grant under another patient's tag", Rule::access_wrong_patient,
         [](W& w) { return w.entry(w.D, W::read(w.G, {"allergies"}), w.Q.tag); }},
        {"read revoked grant", Rule::access_grant_revoked,
         [](W& w) {
             w.must(w.post(w.P, RevokePayload{w.G}, w.P.tag));
             return w.entry(w.D, W::read(w.G, {"allergies"}), w.P.tag);
         }},
        {"read before not-before", Rule::access_grant_not_yet_valid,
         [](W& w) {
             GrantPayload g = w.grant(w.D);
             g.not_before = w.t() + 3600;
             const EntryId later = w.must_id(w.P, g, w.P.tag);
             return w.entry(w.D, W::read(later, {"allergies"}), w.P.tag);
         }},
        {"read after expiry", Rule::access_grant_expired,
         [](W& w) {
             GrantPayload g = w.grant(w.D);
             g.expiry = w.t() + 100;
             const EntryId brief = w.must_id(w.P, g, w.P.tag);
             w.now += 100; // expiry is exclusive
             return w.entry(w.D, W::read(brief, {"allergies"}), w.P.tag);
         }},
        {"read ungranted category", Rule::access_categories,
         [](W& w) { return w.entry(w.D, W::read(w.G, {"medications"}), w.P.tag); }},
        {"read for another purpose", Rule::access_purpose,
         [](W& w) { return w.entry(w.D, W::read(w.G, {"allergies"}, "HRESCH"), w.P.tag); }},
        {"emergency read with unknown token", Rule::emergency_unknown_token,
         [](W& w) { return w.entry(w.D, W::read(filled<16>(0xee), {"allergies"}), w.P.tag); }},
        {"emergency read under another patient's tag", Rule::emergency_wrong_patient,
         [](W& w) { return w.entry(w.D, W::read(w.T, {"allergies"}), w.Q.tag); }},
        {"emergency read of revoked token", Rule::emergency_token_revoked,
         [](W& w) {
             w.must(w.post(w.P, EmergencyRevokePayload{w.T}, w.P.tag));
             return w.entry(w.D, W::read(w.T, {"allergies"}), w.P.tag);
         }},
        {"emergency read after expiry", Rule::emergency_token_expired,
         [](W& w) {
             w.now += static_cast<std::int64_t>(7 * kDay);
             return w.entry(w.D, W::read(w.T, {"allergies"}), w.P.tag);
         }},
        {"emergency read outside scope", Rule::emergency_categories,
         [](W& w) { return w.entry(w.D, W::read(w.T, {"lab-results"}), w.P.tag); }},
        {"emergency read not ETREAT", Rule::emergency_purpose,
         [](W& w) { return w.entry(w.D, W::read(w.T, {"allergies"}, "TREAT"), w.P.tag); }},
        {"token id reused", Rule::duplicate_token,
         [](W& w) { return w.entry(w.P, w.issue(w.TQ, kDay), w.P.tag); }},
        {"token for more than a year", Rule::token_lifetime,
         [](W& w) { return w.entry(w.P, w.issue(filled<16>(0x01), 367 * kDay), w.P.tag); }},
        {"revoke unknown token", Rule::token_revoke_unknown,
         [](W& w) { return w.entry(w.P, EmergencyRevokePayload{filled<16>(0xee)}, w.P.tag); }},
        {"revoke another patient's token", Rule::token_revoke_foreign,
         [](W& w) { return w.entry(w.P, EmergencyRevokePayload{w.TQ}, w.P.tag); }},
        {"revoke token twice", Rule::token_revoke_already_revoked,
         [](W& w) {
             w.must(w.post(w.P, EmergencyRevokePayload{w.T}, w.P.tag));
             return w.entry(w.P, EmergencyRevokePayload{w.T}, w.P.tag);
         }},

        // More ways to break the same rules.
        {"signature of another key", Rule::bad_signature,
         [](W& w) {
             // Q's signature bytes on P's entry: well-formed, wrong signer.
             const SignedEntry e = w.entry(w.P, AnchorPayload{filled<32>(1), "x"}, w.P.tag);
             Bytes b = e.bytes();
             const auto sig = w.Q.key.sign(signing_message(e.body_bytes()));
             std::copy(sig.begin(), sig.end(), b.end() - 64);
             return decode_entry_unverified(b).value();
         }},
        {"sequence going back", Rule::replay,
         [](W& w) {
             return w.entry(w.P, AnchorPayload{filled<32>(1), "x"}, w.P.tag, std::nullopt, 0);
         }},
        {"time behind the clock", Rule::clock_skew,
         [](W& w) {
             return w.entry(w.P, AnchorPayload{filled<32>(1), "x"}, w.P.tag, w.t() - 601);
         }},
        {"registrar dropped from policy", Rule::not_registrar,
         [](W& w) {
             w.policy.registrars.clear();
             return w.entry(w.R, w.certify(w.U, "U", "laboratory"), std::nullopt);
         }},
        {"certify an unknown key", Rule::certify_subject,
         [](W& w) {
             Actor stranger = make_actor(0x57);
             return w.entry(w.R, w.certify(stranger, "S", "laboratory"), std::nullopt);
         }},
        {"certify with a bad role", Rule::bad_certification,
         [](W& w) { return w.entry(w.R, w.certify(w.U, "U", "Lab Ward"), std::nullopt); }},
        {"provider anchors", Rule::not_patient,
         [](W& w) {
             return w.entry(w.D, AnchorPayload{filled<32>(1), "x"}, w.P.tag);
         }},
        {"registrar issues a token", Rule::not_patient,
         [](W& w) { return w.entry(w.R, w.issue(filled<16>(3), kDay), w.P.tag); }},
        {"revoke under another patient's tag", Rule::foreign_patient_tag,
         [](W& w) { return w.entry(w.P, RevokePayload{w.GQ}, w.Q.tag); }},
        {"grant with no categories", Rule::bad_categories,
         [](W& w) {
             GrantPayload g = w.grant(w.D);
             g.categories.clear();
             return w.entry(w.P, g, w.P.tag);
         }},
        {"grant category with capitals", Rule::bad_categories,
         [](W& w) {
             GrantPayload g = w.grant(w.D);
             g.categories = {"Allergies"};
             return w.entry(w.P, g, w.P.tag);
         }},
        {"grant category duplicated", Rule::bad_categories,
         [](W& w) {
             GrantPayload g = w.grant(w.D);
             g.categories = {"allergies", "allergies"};
             return w.entry(w.P, g, w.P.tag);
         }},
        {"grant category too long", Rule::bad_categories,
         [](W& w) {
             GrantPayload g = w.grant(w.D);
             g.categories = {std::string(33, 'a')};
             return w.entry(w.P, g, w.P.tag);
         }},
        {"read with unsorted categories", Rule::bad_categories,
         [](W& w) {
             return w.entry(w.D, W::read(w.G, {"lab-results", "allergies"}), w.P.tag);
         }},
        {"token with empty scope", Rule::bad_categories,
         [](W& w) {
             EmergencyIssuePayload i = w.issue(filled<16>(4), kDay);
             i.categories.clear();
             return w.entry(w.P, i, w.P.tag);
         }},
        {"anchor category invalid", Rule::bad_categories,
         [](W& w) {
             return w.entry(w.P, AnchorPayload{filled<32>(1), "lab results"}, w.P.tag);
         }},
        {"read purpose unknown", Rule::bad_purpose,
         [](W& w) { return w.entry(w.D, W::read(w.G, {"allergies"}, "treat"), w.P.tag); }},
        {"grant already over", Rule::bad_period,
         [](W& w) {
             GrantPayload g = w.grant(w.D);
             g.not_before = w.t() - 100;
             g.expiry = w.t();
             return w.entry(w.P, g, w.P.tag);
         }},
        {"grant longer than ten years", Rule::bad_period,
         [](W& w) {
             GrantPayload g = w.grant(w.D);
             g.expiry = w.t() + 3651 * kDay;
             return w.entry(w.P, g, w.P.tag);
         }},
        {"grant erased before it ends", Rule::bad_period,
         [](W& w) {
             GrantPayload g = w.grant(w.D);
             g.erase_by = g.expiry - 1;
             return w.entry(w.P, g, w.P.tag);
         }},
        {"token expiring at issue", Rule::token_lifetime,
         [](W& w) { return w.entry(w.P, w.issue(filled<16>(5), 0), w.P.tag); }},
    };
}

std::set<std::string>& exercised() {
    static std::set<std::string> s;
    return s;
}

} // namespace

class TestConsentState : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::init_core(); }

    void rules_table_is_consistent() {
        std::set<std::string_view> codes;
        for (std::size_t i = 0; i < kRules.size(); ++i) {
            QCOMPARE(static_cast<std::size_t>(kRules[i].rule), i);
            QVERIFY(kRules[i].code.substr(0, 5) == "rule.");
            QVERIFY(!kRules[i].message.empty());
            codes.insert(kRules[i].code);
        }
        QCOMPARE(codes.size(), kRules.size()); // one code per rule, no sharing
    }

    void world_builds() {
        World w;
        QVERIFY2(w.setup_failure.empty(), w.setup_failure.c_str());
        QCOMPARE(w.state.entries_applied(), std::uint64_t{12});
    }

    void each_rule_data() {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("code");
        const auto all = scenarios();
        for (std::size_t i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].name)
                << static_cast<int>(i) << QString::fromLatin1(rule_info(all[i].rule).code.data());
    }

    void each_rule() {
        QFETCH(int, which);
        QFETCH(QString, code);
        World w;
        const SignedEntry e = scenarios()[static_cast<std::size_t>(which)].make(w);
        QVERIFY2(w.setup_failure.empty(), w.setup_failure.c_str());
        const LedgerState before = w.state;
        QCOMPARE(code_of(validate(w.state, w.policy, e, w.now)), code);
        // A refused entry changes nothing, not even the author's sequence number.
        QCOMPARE(code_of(w.submit(e)), code);
        QVERIFY(w.state == before);
        exercised().insert(code.toStdString());
    }

    // Runs after each_rule (Qt Test keeps declaration order).
    void every_rule_was_exercised() {
        std::size_t covered = 0;
        for (const auto& r : kRules) {
            if (exercised().count(std::string(r.code)) > 0)
                ++covered;
            else
                qWarning("rule not exercised: %s", r.code.data());
        }
        qInfo("rules exercised: %zu of %zu, by %zu scenarios", covered, kRules.size(),
              scenarios().size());
        QCOMPARE(covered, kRules.size());
    }

    // Each scenario's entry is valid once its one fault is removed: the base world accepts the
    // same kind of entry from the right author.
    void faults_are_minimal() {
        World w;
        QCOMPARE(code_of(w.post(w.P, AnchorPayload{filled<32>(1), "lab-results"}, w.P.tag)),
                 QString("ok"));
        QCOMPARE(code_of(w.post(w.D, World::read(w.G, {"allergies"}), w.P.tag)), QString("ok"));
        QCOMPARE(code_of(w.post(w.D, World::read(w.T, {"allergies"}), w.P.tag)), QString("ok"));
        QCOMPARE(code_of(w.post(w.R, w.certify(w.U, "U", "laboratory"), std::nullopt)),
                 QString("ok"));
        QCOMPARE(code_of(w.post(w.P, w.issue(filled<16>(1), 366 * kDay), w.P.tag)), QString("ok"));
        GrantPayload g = w.grant(w.D);
        g.expiry = w.t() + 3650 * kDay;
        g.erase_by = g.expiry;
        QCOMPARE(code_of(w.post(w.P, g, w.P.tag)), QString("ok"));
        // Skew is inclusive at the bound.
        QCOMPARE(code_of(w.submit(
                     w.entry(w.P, AnchorPayload{filled<32>(2), "x"}, w.P.tag, w.t() + 600))),
                 QString("ok"));
        // Sequence numbers may jump; they only have to grow.
        QCOMPARE(code_of(w.submit(
                     w.entry(w.P, AnchorPayload{filled<32>(3), "x"}, w.P.tag, std::nullopt, 1000))),
                 QString("ok"));
    }

    void happy_path_consent() {
        World w;
        QVERIFY2(w.setup_failure.empty(), w.setup_failure.c_str());

        // The provider directory lists the certified providers only (not U, not patients).
        const auto directory = w.state.provider_directory();
        QCOMPARE(directory.size(), std::size_t{2});
        const auto d = std::find_if(directory.begin(), directory.end(),
                                    [&](const ProviderListing& l) { return l.key == w.D.pk(); });
        QVERIFY(d != directory.end());
        QCOMPARE(QString::fromStdString(d->certification.display_name), QString("Dr. Ada Byron"));
        QCOMPARE(QString::fromStdString(d->certification.provider_role),
                 QString("emergency-department"));
        QVERIFY(d->certification.registrar == w.R.pk());
        QVERIFY(d->box_key == filled<32>(0xa2));
        QVERIFY(w.state.is_certified_provider(w.D.pk()));
        QVERIFY(!w.state.is_certified_provider(w.U.pk()));
        QVERIFY(!w.state.is_certified_provider(w.P.pk()));
        QCOMPARE(w.state.identity(w.P.pk())->role, Role::patient);
        const auto keys = w.state.identity_keys();
        QCOMPARE(keys.size(), std::size_t{6}); // R, D, N, U, P, Q; not R2
        QVERIFY(std::is_sorted(keys.begin(), keys.end()));
        QVERIFY(std::find(keys.begin(), keys.end(), w.R2.pk()) == keys.end());
        QVERIFY(*w.state.patient_key(w.P.tag) == w.P.pk());
        QVERIFY(w.state.patient_key(w.U.tag) == nullptr);

        // P's grant to D is active now, was not yet valid before, expires after 30 days.
        auto grants = w.state.grants_of(w.P.tag, w.t());
        QCOMPARE(grants.size(), std::size_t{1});
        QVERIFY(grants[0].grant.id == w.G);
        QCOMPARE(grants[0].status, GrantStatus::active);
        QVERIFY(grants[0].grant.terms.grantee == w.D.pk());
        QCOMPARE(w.state.grants_of(w.P.tag, w.t() - 61)[0].status, GrantStatus::not_yet_valid);
        QCOMPARE(w.state.grants_of(w.P.tag, w.t() + 30 * kDay)[0].status, GrantStatus::expired);

        // D reads under the grant: logged in P's trail with everything the wallet shows.
        w.now += 120;
        const SignedEntry read = w.entry(w.D, World::read(w.G, {"allergies"}), w.P.tag);
        const std::uint64_t read_index = w.next_index;
        CL_QVERIFY_OK(w.submit(read));
        QCOMPARE(w.state.access_count(w.P.tag), std::size_t{1});
        QCOMPARE(w.state.access_count(w.Q.tag), std::size_t{0});
        const AccessRecord& a = w.state.accesses_of(w.P.tag).front();
        QVERIFY(a.reader == w.D.pk());
        QCOMPARE(a.basis, AccessBasis::grant);
        QVERIFY(std::get<EntryId>(a.reference) == w.G);
        QCOMPARE(a.categories, std::vector<std::string>{"allergies"});
        QCOMPARE(QString::fromStdString(a.purpose), QString("TREAT"));
        QCOMPARE(a.logged.index, read_index);
        QCOMPARE(a.logged.time, w.t());
        QVERIFY(a.logged.entry_id == entry_id(read));

        // P revokes; the grant shows revoked and D's next read is refused.
        CL_QVERIFY_OK(w.post(w.P, RevokePayload{w.G}, w.P.tag));
        QCOMPARE(w.state.grants_of(w.P.tag, w.t())[0].status, GrantStatus::revoked);
        QVERIFY(w.state.grant(w.G)->revoked.has_value());
        CL_QCOMPARE_ERROR(w.post(w.D, World::read(w.G, {"allergies"}), w.P.tag),
                          "rule.access_grant_revoked");
        QCOMPARE(w.state.access_count(w.P.tag), std::size_t{1});

        // P anchors an encrypted record.
        const crypto::Hash32 record = crypto::sha256(as_bytes("ciphertext"));
        CL_QVERIFY_OK(w.post(w.P, AnchorPayload{record, "lab-results"}, w.P.tag));
        QCOMPARE(w.state.anchors_of(w.P.tag).size(), std::size_t{1});
        QVERIFY(w.state.anchors_of(w.P.tag)[0].record_hash == record);
        QVERIFY(w.state.anchors_of(w.Q.tag).empty());
        QCOMPARE(w.state.last_seq(w.P.pk()).value(), w.P.next_seq - 1);
        QVERIFY(!w.state.last_seq(w.R2.pk()).has_value());
    }

    void happy_path_emergency() {
        World w;
        QVERIFY2(w.setup_failure.empty(), w.setup_failure.c_str());
        QCOMPARE(w.state.token_status(w.T, w.t()), TokenStatus::active);
        QCOMPARE(w.state.token_status(w.T, w.t() + 7 * kDay), TokenStatus::expired);
        QCOMPARE(w.state.token_status(filled<16>(0), w.t()), TokenStatus::unknown);
        QCOMPARE(w.state.tokens_of(w.P.tag).size(), std::size_t{1});
        QVERIFY(w.state.tokens_of(w.P.tag)[0].categories == w.token_scope);

        // A first responder (N, certified, never granted anything by P) reads under the token.
        CL_QVERIFY_OK(w.post(w.N, World::read(w.T, {"allergies", "medications"}), w.P.tag));
        const AccessRecord& a = w.state.accesses_of(w.P.tag).back();
        QCOMPARE(a.basis, AccessBasis::emergency);
        QVERIFY(std::get<TokenId>(a.reference) == w.T);
        QVERIFY(a.reader == w.N.pk());
        QCOMPARE(QString::fromStdString(a.purpose), QString("ETREAT"));

        // P revokes the token; it shows revoked and the next read is refused.
        CL_QVERIFY_OK(w.post(w.P, EmergencyRevokePayload{w.T}, w.P.tag));
        QCOMPARE(w.state.token_status(w.T, w.t()), TokenStatus::revoked);
        CL_QCOMPARE_ERROR(w.post(w.N, World::read(w.T, {"allergies"}), w.P.tag),
                          "rule.emergency_token_revoked");
        QCOMPARE(w.state.access_count(w.P.tag), std::size_t{1});
        // Q's token is untouched.
        QCOMPARE(w.state.token_status(w.TQ, w.t()), TokenStatus::active);
    }

    void recertification_replaces() {
        World w;
        CL_QVERIFY_OK(
            w.post(w.R, w.certify(w.D, "Dr. Ada Byron-King", "family-doctor"), std::nullopt));
        QCOMPARE(QString::fromStdString(w.state.certification(w.D.pk())->provider_role),
                 QString("family-doctor"));
        QCOMPARE(w.state.provider_directory().size(), std::size_t{2});
    }

    // The same entries, replayed from their bytes into fresh states, give the same verdicts and
    // equal states; a copy taken half-way and continued ends equal too.
    void determinism() {
        World w;
        QVERIFY2(w.setup_failure.empty(), w.setup_failure.c_str());
        struct Logged {
            Bytes bytes;
            std::int64_t now;
            QString verdict;
        };
        std::vector<Logged> log;
        std::mt19937_64 rng(20240501);
        auto pick = [&](std::uint64_t n) { return rng() % n; };
        const std::vector<std::vector<std::string>> cat_sets{
            {"allergies"}, {"lab-results"}, {"allergies", "lab-results"}, {"medications"}};
        std::vector<EntryId> grants{w.G, w.GQ};
        std::vector<TokenId> tokens{w.T, w.TQ};
        Actor* patients[] = {&w.P, &w.Q};
        Actor* readers[] = {&w.D, &w.N, &w.U};
        constexpr int kAttempts = 600;
        for (int i = 0; i < kAttempts; ++i) {
            w.now += static_cast<std::int64_t>(pick(std::uint64_t{4} * 3600));
            Actor& patient = *patients[pick(2)];
            Actor& reader = *readers[pick(3)];
            const auto& cats = cat_sets[pick(cat_sets.size())];
            std::optional<SignedEntry> e;
            switch (pick(7)) {
            case 0: {
                GrantPayload g = w.grant(reader);
                g.categories = cats;
                g.expiry = w.t() + (1 + pick(10)) * kDay;
                e = w.entry(patient, g, patient.tag);
                grants.push_back(entry_id(*e));
                break;
            }
            case 1:
                e = w.entry(patient, RevokePayload{grants[pick(grants.size())]}, patient.tag);
                break;
            case 2:
            case 3:
                e = w.entry(reader, World::read(grants[pick(grants.size())], cats),
                            patients[pick(2)]->tag);
                break;
            case 4: {
                TokenId id{};
                id.fill(static_cast<std::uint8_t>(pick(8))); // few ids: collisions on purpose
                e = w.entry(patient, w.issue(id, (1 + pick(3)) * kDay), patient.tag);
                tokens.push_back(id);
                break;
            }
            case 5:
                e = w.entry(reader, World::read(tokens[pick(tokens.size())], cats),
                            patients[pick(2)]->tag);
                break;
            default:
                e = w.entry(patient, EmergencyRevokePayload{tokens[pick(tokens.size())]},
                            patient.tag);
                break;
            }
            log.push_back(Logged{e->bytes(), w.now, code_of(w.submit(*e))});
        }

        std::map<QString, int> verdicts;
        for (const auto& l : log)
            ++verdicts[l.verdict];

        // Replay twice from bytes (fresh worlds share the same deterministic setup).
        for (int round = 0; round < 2; ++round) {
            World replay;
            LedgerState halfway;
            for (std::size_t i = 0; i < log.size(); ++i) {
                const auto decoded = decode_entry_unverified(log[i].bytes);
                CL_QVERIFY_OK(decoded);
                replay.now = log[i].now;
                QCOMPARE(code_of(replay.submit(*decoded)), log[i].verdict);
                if (i == log.size() / 2)
                    halfway = replay.state;
            }
            QVERIFY(replay.state == w.state);
            // Continue from the half-way copy on its own: same end state.
            World resumed;
            resumed.state = halfway;
            resumed.next_index = halfway.entries_applied();
            for (std::size_t i = log.size() / 2 + 1; i < log.size(); ++i) {
                resumed.now = log[i].now;
                QCOMPARE(code_of(resumed.submit(decode_entry(log[i].bytes).value())),
                         log[i].verdict);
            }
            QVERIFY(resumed.state == w.state);
        }

        QString summary;
        for (const auto& [verdict, count] : verdicts)
            summary += QString(" %1=%2").arg(verdict).arg(count);
        qInfo("determinism: %d entries replayed twice from bytes, %llu applied; verdicts:%s",
              kAttempts, static_cast<unsigned long long>(w.state.entries_applied()),
              qPrintable(summary));
        QVERIFY(verdicts[QString("ok")] > 100);
        QVERIFY(verdicts.size() >= 6); // a mix of accepted and refused entries

        // A node's state without history gives every entry the same verdict, the same code
        // included, and ends equal to the full state with its history dropped.
        World lean;
        lean.state.set_keep_history(false); // the setup wrote no access, anchor or revocation
        std::size_t revoked = 0;
        for (const auto& l : log) {
            lean.now = l.now;
            const auto decoded = decode_entry_unverified(l.bytes).value();
            if (std::holds_alternative<RevokePayload>(decoded.body().payload) && l.verdict == "ok")
                ++revoked;
            QCOMPARE(code_of(lean.submit(decoded)), l.verdict);
        }
        QVERIFY(lean.state == w.state.without_history());
        QVERIFY(!(lean.state == w.state));
        QVERIFY(revoked > 10);
        qInfo("without history: same %zu verdicts, %zu revoked grants dropped from the state",
              log.size(), revoked);
    }

    // Without history, the last kRevokedGrantsRemembered revoked grants keep their refusal codes;
    // older ones are refused as unknown. The state holds only the live grants whatever the count.
    void revoked_grants_beyond_the_bound_are_refused_as_unknown() {
        World w;
        QVERIFY2(w.setup_failure.empty(), w.setup_failure.c_str());
        w.state.set_keep_history(false); // the setup wrote no access, anchor or revocation
        const std::size_t n = LedgerState::kRevokedGrantsRemembered + 3;
        std::vector<EntryId> ids;
        for (std::size_t i = 0; i < n; ++i) {
            ids.push_back(w.must_id(w.P, w.grant(w.D), w.P.tag));
            w.must(w.post(w.P, RevokePayload{ids.back()}, w.P.tag));
        }
        QVERIFY2(w.setup_failure.empty(), w.setup_failure.c_str());
        QCOMPARE(w.state.grants_of(w.P.tag, w.t()).size(), std::size_t{1}); // G only
        QVERIFY(w.state.grant(ids.back()) == nullptr);
        const auto before = w.state;
        QCOMPARE(code_of(w.post(w.P, RevokePayload{ids.front()}, w.P.tag)),
                 QString("rule.revoke_unknown_grant"));
        QCOMPARE(code_of(w.post(w.P, RevokePayload{ids.back()}, w.P.tag)),
                 QString("rule.revoke_already_revoked"));
        QCOMPARE(code_of(w.post(w.Q, RevokePayload{ids.back()}, w.Q.tag)),
                 QString("rule.revoke_foreign_grant"));
        QCOMPARE(code_of(w.post(w.D, World::read(ids.back(), {"allergies"}), w.P.tag)),
                 QString("rule.access_grant_revoked"));
        QCOMPARE(code_of(w.post(w.N, World::read(ids.back(), {"allergies"}), w.P.tag)),
                 QString("rule.access_wrong_reader"));
        QCOMPARE(code_of(w.post(w.D, World::read(ids.back(), {"allergies"}), w.Q.tag)),
                 QString("rule.access_wrong_patient"));
        QCOMPARE(code_of(w.post(w.D, World::read(ids.front(), {"allergies"}), w.P.tag)),
                 QString("rule.access_unknown_grant"));
        QVERIFY(w.state == before);
        qInfo("%zu grants revoked: %zu live grant(s) kept, the last %zu remembered for codes", n,
              w.state.grants_of(w.P.tag, w.t()).size(), LedgerState::kRevokedGrantsRemembered);
    }

    void vocabulary() {
        QVERIFY(is_valid_category("lab-results"));
        QVERIFY(is_valid_category(std::string(32, 'z')));
        QVERIFY(!is_valid_category(std::string(33, 'z')));
        QVERIFY(!is_valid_category(""));
        QVERIFY(!is_valid_category("lab_results"));
        QVERIFY(is_valid_category_list({"a", "b", "c"}));
        QVERIFY(!is_valid_category_list({"b", "a"}));
        QVERIFY(!is_valid_category_list(std::vector<std::string>(kMaxCategories + 1, "a")));
        for (const auto p : kPurposes)
            QVERIFY(is_valid_purpose(p));
        QVERIFY(!is_valid_purpose("PUBHLTH"));
        QVERIFY(is_valid_mode("view-download"));
        QVERIFY(!is_valid_mode("download"));
        QVERIFY(categories_within({"b"}, {"a", "b"}));
        QVERIFY(!categories_within({"a", "c"}, {"a", "b"}));
    }
};

QTEST_GUILESS_MAIN(TestConsentState)
#include "test_consent_state.moc"
