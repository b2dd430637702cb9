// The per-patient index (patient_index.h): which tags an entry feeds, the documented hashing
// recomputed by hand, order independence of batching, presence and absence proofs for every tag
// of a 1,000-tag index, every single-bit mutation of a proof rejected, and the checkpoint
// extension line.
#include "crypto/ed25519.h"
#include "crypto/hash.h"
#include "ledger/entry.h"
#include "ledger/patient_index.h"
#include "test_support.h"

#include <QObject>
#include <array>
#include <random>
#include <vector>

using namespace careledger;
using namespace careledger::ledger;

namespace {

const std::string kOrigin = "example.org/consent-log";

Bytes be64(std::uint64_t v) {
    Bytes out;
    put_u64_be(out, v);
    return out;
}

Hash32 random_hash(std::mt19937_64& rng) {
    Hash32 h{};
    for (auto& b : h)
        b = static_cast<std::uint8_t>(rng());
    return h;
}

SignedEntry make_entry(const crypto::SigningKey& key, std::uint64_t seq, Payload payload,
                       std::optional<PatientTag> patient) {
    EntryBody body;
    body.author = key.public_key();
    body.time = 1'800'000'000 + seq;
    body.seq = seq;
    body.patient = patient;
    body.payload = std::move(payload);
    return sign(std::move(body), key).value();
}

} // namespace

class TestPatientIndex : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::init_core(); }
    void cleanupTestCase() {
        qInfo("index: %d tags proved present, %d absent, %d mutated proofs rejected", present_,
              absent_, mutations_);
    }

    void tags_of_entries() {
        const auto patient = crypto::SigningKey::generate();
        const auto provider = crypto::SigningKey::generate();
        const PatientTag ptag = patient_tag(kOrigin, patient.public_key());
        QVERIFY(directory_tag() == crypto::sha256(as_bytes("careledger.org/index/directory")));
        QVERIFY(registry_tag() == crypto::sha256(as_bytes("careledger.org/index/registry")));

        const auto pid = make_entry(patient, 1, IdentityPayload{Role::patient, {}}, ptag);
        QVERIFY((index_tags(pid) == std::vector<Hash32>{ptag, registry_tag()}));
        const auto vid = make_entry(provider, 1, IdentityPayload{Role::provider, {}}, {});
        QVERIFY((index_tags(vid) == std::vector<Hash32>{directory_tag()}));
        CertifyPayload cert;
        cert.subject = provider.public_key();
        cert.display_name = "Dr A";
        cert.organisation = "Clinic";
        cert.provider_role = "family-doctor";
        const auto certify = make_entry(provider, 2, cert, {});
        QVERIFY((index_tags(certify) == std::vector<Hash32>{directory_tag()}));
        const auto anchor = make_entry(patient, 2, AnchorPayload{Hash32{}, "labs"}, ptag);
        QVERIFY((index_tags(anchor) == std::vector<Hash32>{ptag}));
        EmergencyIssuePayload issue;
        issue.expiry = 1'900'000'000;
        issue.categories = {"allergies"};
        const auto emergency = make_entry(patient, 3, issue, ptag);
        QVERIFY((index_tags(emergency) == std::vector<Hash32>{ptag, registry_tag()}));
        const auto erevoke = make_entry(patient, 4, EmergencyRevokePayload{}, ptag);
        QVERIFY((index_tags(erevoke) == std::vector<Hash32>{ptag, registry_tag()}));
    }

    // The header's encoding recomputed here with crypto::sha256 alone.
    void known_structure() {
        PatientIndex index;
        const Hash32 empty = crypto::sha256(Bytes{0x12});
        QVERIFY(index.root() == empty);
        QVERIFY(index_empty_root() == empty);

        Hash32 a{};
        Hash32 b{};
        b[0] = 0x20; // a and b first differ at bit 2
        const Hash32 la = crypto::sha256(as_bytes("entry a"));
        const Hash32 lb = crypto::sha256(as_bytes("entry b"));
        CL_QVERIFY_OK(index.add_tagged({a}, la, 5));
        const Bytes zero(32, 0);
        Bytes list_in{0x13};
        append(list_in, zero);
        append(list_in, be64(5));
        const Hash32 list_a = crypto::sha256(list_in);
        Bytes leaf_a_in{0x10};
        append(leaf_a_in, view(a));
        append(leaf_a_in, be64(1));
        append(leaf_a_in, view(la));
        append(leaf_a_in, view(list_a));
        const Hash32 leaf_a = crypto::sha256(leaf_a_in);
        QVERIFY(index.root() == leaf_a);

        CL_QVERIFY_OK(index.add_tagged({b, a}, lb, 9));
        // a: count 2, last lb, list h2 = H(0x13 ‖ h1 ‖ 9); b: count 1.
        Bytes l2{0x13};
        append(l2, view(list_a));
        append(l2, be64(9));
        Bytes leaf_a2_in{0x10};
        append(leaf_a2_in, view(a));
        append(leaf_a2_in, be64(2));
        append(leaf_a2_in, view(lb));
        append(leaf_a2_in, view(crypto::sha256(l2)));
        Bytes lb_list{0x13};
        append(lb_list, zero);
        append(lb_list, be64(9));
        Bytes leaf_b_in{0x10};
        append(leaf_b_in, view(b));
        append(leaf_b_in, be64(1));
        append(leaf_b_in, view(lb));
        append(leaf_b_in, view(crypto::sha256(lb_list)));
        Bytes node{0x11, 0x02};
        append(node, view(crypto::sha256(leaf_a2_in)));
        append(node, view(crypto::sha256(leaf_b_in)));
        QVERIFY(index.root() == crypto::sha256(node));
        QVERIFY((index.indices(a) == std::vector<std::uint64_t>{5, 9}));
        QCOMPARE(index.size(), std::uint64_t{10});
        CL_QCOMPARE_ERROR(index.add_tagged({a}, la, 9), "index.out_of_order");
    }

    void batch_equals_one_by_one() {
        std::mt19937_64 rng(7);
        std::vector<Hash32> tags(300);
        for (auto& t : tags)
            t = random_hash(rng);
        PatientIndex stepwise;
        PatientIndex batch;
        PatientIndex snapshot;
        for (std::uint64_t i = 0; i < 3000; ++i) {
            const Hash32 leaf = random_hash(rng);
            std::vector<Hash32> t{tags[rng() % tags.size()]};
            if (i % 3 == 0)
                t.push_back(tags[rng() % tags.size()]);
            CL_QVERIFY_OK(stepwise.add_tagged(t, leaf, i * 2));
            (void)stepwise.root();
            CL_QVERIFY_OK(batch.add_tagged(t, leaf, i * 2));
            if (i == 1499)
                snapshot = batch; // a copy keeps its own state
        }
        QVERIFY(stepwise.root() == batch.root());
        QVERIFY(snapshot.root() != batch.root());
        QCOMPARE(batch.tag_count(), tags.size());
    }

    void proofs_for_every_tag() {
        std::mt19937_64 rng(11);
        std::vector<Hash32> tags(1000);
        for (auto& t : tags)
            t = random_hash(rng);
        PatientIndex index;
        for (std::uint64_t i = 0; i < 5000; ++i)
            CL_QVERIFY_OK(index.add_tagged({tags[i % tags.size()]}, random_hash(rng), i));
        const Hash32 root = index.root();
        for (const Hash32& t : tags) {
            const auto leaf = index.leaf(t);
            QVERIFY(leaf.has_value());
            QCOMPARE(leaf->count, std::uint64_t{5});
            QVERIFY(leaf->list_hash == index_list_hash(index.indices(t)));
            const IndexProof proof = index.prove(t);
            QVERIFY(!proof.other);
            CL_QVERIFY_OK(verify_index_proof(root, t, leaf, proof));
            // The same proof does not show absence, nor another tag.
            QVERIFY(!verify_index_proof(root, t, std::nullopt, proof).ok());
            ++present_;
        }
        for (int i = 0; i < 1000; ++i) {
            const Hash32 t = random_hash(rng);
            QVERIFY(!index.leaf(t));
            const IndexProof proof = index.prove(t);
            QVERIFY(proof.other.has_value());
            CL_QVERIFY_OK(verify_index_proof(root, t, std::nullopt, proof));
            ++absent_;
        }
        // An absence proof for a present tag cannot be made from another path.
        IndexProof fake = index.prove(random_hash(rng));
        CL_QCOMPARE_ERROR(verify_index_proof(root, tags[0], std::nullopt, fake),
                          "index.proof_malformed");
        // The empty index proves absence with an empty proof, and nothing else does.
        PatientIndex empty;
        CL_QVERIFY_OK(
            verify_index_proof(empty.root(), tags[0], std::nullopt, empty.prove(tags[0])));
        CL_QCOMPARE_ERROR(verify_index_proof(root, tags[0], std::nullopt, IndexProof{}),
                          "index.proof_mismatch");
    }

    void every_bit_mutation_rejected() {
        std::mt19937_64 rng(13);
        PatientIndex index;
        std::vector<Hash32> tags(200);
        for (auto& t : tags)
            t = random_hash(rng);
        for (std::uint64_t i = 0; i < 400; ++i)
            CL_QVERIFY_OK(index.add_tagged({tags[i % tags.size()]}, random_hash(rng), i));
        const Hash32 root = index.root();
        const auto check_all = [&](const Hash32& tag, const std::optional<IndexLeaf>& leaf) {
            const IndexProof good = index.prove(tag);
            CL_QVERIFY_OK(verify_index_proof(root, tag, leaf, good));
            for (std::size_t s = 0; s < good.steps.size(); ++s) {
                for (unsigned bit = 0; bit < 8 * 33; ++bit) {
                    IndexProof bad = good;
                    if (bit < 8)
                        bad.steps[s].bit ^= static_cast<std::uint8_t>(1U << bit);
                    else
                        bad.steps[s].sibling[(bit - 8) / 8] ^=
                            static_cast<std::uint8_t>(1U << (bit % 8));
                    QVERIFY(!verify_index_proof(root, tag, leaf, bad).ok());
                    ++mutations_;
                }
            }
            const auto mutate_leaf = [&](IndexLeaf l, auto&& verify) {
                for (unsigned bit = 0; bit < 8 * (32 + 8 + 32 + 32); ++bit) {
                    IndexLeaf m = l;
                    if (bit < 256)
                        m.tag[bit / 8] ^= static_cast<std::uint8_t>(1U << (bit % 8));
                    else if (bit < 320)
                        m.count ^= std::uint64_t{1} << (bit - 256);
                    else if (bit < 576)
                        m.last_leaf_hash[(bit - 320) / 8] ^=
                            static_cast<std::uint8_t>(1U << (bit % 8));
                    else
                        m.list_hash[(bit - 576) / 8] ^= static_cast<std::uint8_t>(1U << (bit % 8));
                    QVERIFY(!verify(m));
                    ++mutations_;
                }
            };
            if (leaf) {
                mutate_leaf(*leaf, [&](const IndexLeaf& m) {
                    return verify_index_proof(root, tag, m, good).ok();
                });
            } else {
                mutate_leaf(*good.other, [&](const IndexLeaf& m) {
                    IndexProof bad = good;
                    bad.other = m;
                    return verify_index_proof(root, tag, std::nullopt, bad).ok();
                });
            }
            // Dropping or duplicating a step fails too.
            if (!good.steps.empty()) {
                IndexProof shorter = good;
                shorter.steps.pop_back();
                QVERIFY(!verify_index_proof(root, tag, leaf, shorter).ok());
                IndexProof longer = good;
                longer.steps.push_back(good.steps.back());
                QVERIFY(!verify_index_proof(root, tag, leaf, longer).ok());
                mutations_ += 2;
            }
        };
        for (int i = 0; i < 10; ++i)
            check_all(tags[static_cast<std::size_t>(i) * 17],
                      index.leaf(tags[static_cast<std::size_t>(i) * 17]));
        for (int i = 0; i < 5; ++i)
            check_all(random_hash(rng), std::nullopt);
    }

    void extension_line() {
        Hash32 r{};
        r[0] = 1;
        tlog::Checkpoint cp{kOrigin, 3, Hash32{}, {"other.example ext", format_index_extension(r)}};
        QCOMPARE(QString::fromStdString(format_index_extension(r)),
                 QString::fromStdString("careledger.org/index " + to_base64(view(r))));
        auto parsed = parse_index_extension(cp);
        CL_QVERIFY_OK(parsed);
        QVERIFY(*parsed == r);
        CL_QCOMPARE_ERROR(parse_index_extension(tlog::Checkpoint{kOrigin, 3, Hash32{}, {}}),
                          "index.missing");
        cp.extensions.push_back(format_index_extension(r));
        CL_QCOMPARE_ERROR(parse_index_extension(cp), "index.malformed");
        cp.extensions = {"careledger.org/index AAAA"};
        CL_QCOMPARE_ERROR(parse_index_extension(cp), "index.malformed");
        cp.extensions = {"careledger.org/index " + to_base64(view(r)) + "x"};
        CL_QCOMPARE_ERROR(parse_index_extension(cp), "index.malformed");
    }

private:
    int present_ = 0;
    int absent_ = 0;
    int mutations_ = 0;
};

QTEST_GUILESS_MAIN(TestPatientIndex)
#include "test_patient_index.moc"
