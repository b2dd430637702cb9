// The RFC 6962 / RFC 9162 Merkle tree: DESIGN §6 golden vectors, vectors of the Certificate
// Transparency reference tree, proofs compared with the RFC's recursive definitions for every size
// up to 64, every single-bit, index, size and length mutation of every proof rejected, the
// verifiers' edge cases, and the compact tree state against the full tree.
#include "ledger/merkle.h"
#include "ledger/tlog_text.h"
#include "test_support.h"

#include <QObject>
#include <QtGlobal>
#include <string>
#include <vector>

using namespace careledger;
using namespace careledger::tlog;

namespace {

Hash32 h64(const char* b64) {
    const auto h = parse_hash(b64);
    if (!h)
        qFatal("bad base64 hash in test table: %s", b64);
    return *h;
}

std::vector<Bytes> golden_leaves(std::size_t n) {
    std::vector<Bytes> leaves;
    for (std::size_t i = 0; i < n; ++i)
        leaves.push_back(to_bytes("leaf-" + std::to_string(i)));
    return leaves;
}

std::vector<Hash32> leaf_hashes(const std::vector<Bytes>& leaves) {
    std::vector<Hash32> out;
    out.reserve(leaves.size());
    for (const Bytes& leaf : leaves)
        out.push_back(leaf_hash(leaf));
    return out;
}

// ---- The RFC 9162 §2.1 definitions, written literally over the leaf data (the test oracle) ----

std::size_t largest_pow2_below(std::size_t n) {
    std::size_t k = 1;
    while (k * 2 < n)
        k *= 2;
    return k;
}

using Leaves = std::span<const Bytes>;

Hash32 rfc_mth(Leaves d) {
    if (d.empty())
        return crypto::sha256(ByteView{});
    if (d.size() == 1)
        return leaf_hash(d[0]);
    const std::size_t k = largest_pow2_below(d.size());
    return node_hash(rfc_mth(d.first(k)), rfc_mth(d.subspan(k)));
}

std::vector<Hash32> rfc_path(std::size_t m, Leaves d) {
    if (d.size() == 1)
        return {};
    const std::size_t k = largest_pow2_below(d.size());
    std::vector<Hash32> out;
    if (m < k) {
        out = rfc_path(m, d.first(k));
        out.push_back(rfc_mth(d.subspan(k)));
    } else {
        out = rfc_path(m - k, d.subspan(k));
        out.push_back(rfc_mth(d.first(k)));
    }
    return out;
}

std::vector<Hash32> rfc_subproof(std::size_t m, Leaves d, bool b) {
    if (m == d.size())
        return b ? std::vector<Hash32>{} : std::vector<Hash32>{rfc_mth(d)};
    const std::size_t k = largest_pow2_below(d.size());
    std::vector<Hash32> out;
    if (m <= k) {
        out = rfc_subproof(m, d.first(k), b);
        out.push_back(rfc_mth(d.subspan(k)));
    } else {
        out = rfc_subproof(m - k, d.subspan(k), false);
        out.push_back(rfc_mth(d.first(k)));
    }
    return out;
}

// Every bit of every proof hash is flipped for trees up to 16 leaves; above that one bit in each
// byte (a different one per proof position), which keeps the suite to seconds.
std::size_t bit_step(std::uint64_t n) {
    return n <= 16 ? 1 : 8;
}

Hash32 flip(Hash32 h, std::size_t bit) {
    h[bit / 8] = static_cast<std::uint8_t>(h[bit / 8] ^ (1U << (bit % 8)));
    return h;
}

} // namespace

class TestMerkle : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::init_core(); }

    void golden_roots_data() {
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("root");
        QTest::newRow("1") << 1 << "MF31n5WQw8msY9KydDw4jjeSRJB4zr9/s9vmRxZDsrc=";
        QTest::newRow("2") << 2 << "YKU+7Q3oepDI5ZQnxZxGJTwzp2oJUCpRgBMAknt+a9w=";
        QTest::newRow("4") << 4 << "vdHF/1WxnLaw58dhv5psyqJ/u/wHt08fq7bpEaC9KrM=";
        QTest::newRow("7") << 7 << "CwB/uRXrmyoUb1SxyG7FO2ZPjkVbdmCwtu4T7cDZIcA=";
    }
    void golden_roots() {
        QFETCH(int, size);
        QFETCH(QString, root);
        const auto leaves = golden_leaves(static_cast<std::size_t>(size));
        MemoryHashSource source(leaf_hashes(leaves));
        auto r = tlog::root(static_cast<std::uint64_t>(size), source);
        CL_QVERIFY_OK(r);
        QCOMPARE(QString::fromStdString(format_hash(*r)), root);
        QCOMPARE(QString::fromStdString(format_hash(rfc_mth(leaves))), root);
        TreeState state;
        state.append(leaf_hashes(leaves));
        QCOMPARE(QString::fromStdString(format_hash(state.root())), root);
    }

    void golden_proofs() {
        const auto leaves = golden_leaves(7);
        MemoryHashSource source(leaf_hashes(leaves));
        const std::vector<Hash32> want_incl{h64("/KifV8n4yOtAR6f/nTM6z54PM4SyCyVbzqsPIW3Momc="),
                                            h64("YKU+7Q3oepDI5ZQnxZxGJTwzp2oJUCpRgBMAknt+a9w="),
                                            h64("jq5r07Ogfx917nKlMWKebrMeQuYvdg5H3lKlPDZB7yM=")};
        auto incl = inclusion_proof(3, 7, source);
        CL_QVERIFY_OK(incl);
        QVERIFY(*incl == want_incl);
        const Hash32 root7 = h64("CwB/uRXrmyoUb1SxyG7FO2ZPjkVbdmCwtu4T7cDZIcA=");
        CL_QVERIFY_OK(verify_inclusion(leaf_hash(leaves[3]), 3, 7, want_incl, root7));

        const std::vector<Hash32> want_cons{h64("jq5r07Ogfx917nKlMWKebrMeQuYvdg5H3lKlPDZB7yM=")};
        auto cons = consistency_proof(4, 7, source);
        CL_QVERIFY_OK(cons);
        QVERIFY(*cons == want_cons);
        const Hash32 root4 = h64("vdHF/1WxnLaw58dhv5psyqJ/u/wHt08fq7bpEaC9KrM=");
        CL_QVERIFY_OK(verify_consistency(4, 7, want_cons, root4, root7));
        qInfo("DESIGN §6 golden vectors: 4 roots, inclusion(3, 7), consistency(4 -> 7) match");
    }

    // Vectors of the Certificate Transparency reference tree (the eight RFC 6962 test leaves), as
    // the transparency-dev/merkle test data lists them: generated here and verified.
    void reference_vectors_data() {
        QTest::addColumn<int>("kind"); // 0 inclusion (a = index, b = size), 1 consistency (a → b)
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("b");
        QTest::addColumn<QStringList>("proof");
        QTest::addColumn<QString>("root_a"); // consistency: old root
        QTest::addColumn<QString>("root_b");
        const QString r8 = "XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=";
        QTest::newRow("incl 0/1") << 0 << 0 << 1 << QStringList{} << QString()
                                  << "bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=";
        QTest::newRow("incl 0/8") << 0 << 0 << 8
                                  << QStringList{"lqKW0iTyhcZ77pPDD4owkVfw2qNdxbh+QQt4YwoJz8c=",
                                                 "Xwg/ChozygdqlSeYMlgNs+DvRYS9/x9UyKNg9Q3jAx4=",
                                                 "a0eq8p7jwq+a+Im8H7klTavTEXfxYjLdaqsDXKOb9uQ="}
                                  << QString() << r8;
        QTest::newRow("incl 5/8") << 0 << 5 << 8
                                  << QStringList{"vBoGQ7EuTS18d5GPROD095qDi2z57FtcKD4fTYhZnms=",
                                                 "yoVOoSjtBQtBs1/8G4e46yveRh6eO1WW7Oa51ZdaCuA=",
                                                 "037kGJdt2VdTwcc4Yrk5j6Kiz5tP8P3+izDNlSCWFLc="}
                                  << QString() << r8;
        QTest::newRow("incl 2/3") << 0 << 2 << 3
                                  << QStringList{"+sVCA+fMaWzw38tCySodnbr3CtnmIfS9jZhmLwDjwSU="}
                                  << QString() << "rra8/idLcKFPsGel5VeCZNsPqbUa9eC6FZFY8yngbnc=";
        QTest::newRow("incl 1/5") << 0 << 1 << 5
                                  << QStringList{"bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=",
                                                 "Xwg/ChozygdqlSeYMlgNs+DvRYS9/x9UyKNg9Q3jAx4=",
                                                 "vBoGQ7EuTS18d5GPROD095qDi2z57FtcKD4fTYhZnms="}
                                  << QString() << "Tju7H3tHjc/nH7YxYxUZo7yhLJrvyhYSv85ME6hiZNQ=";
        QTest::newRow("cons 1->8") << 1 << 1 << 8
                                   << QStringList{"lqKW0iTyhcZ77pPDD4owkVfw2qNdxbh+QQt4YwoJz8c=",
                                                  "Xwg/ChozygdqlSeYMlgNs+DvRYS9/x9UyKNg9Q3jAx4=",
                                                  "a0eq8p7jwq+a+Im8H7klTavTEXfxYjLdaqsDXKOb9uQ="}
                                   << "bjQLnP+zepicpUTmu3gKLHiQHT+zNzh2hRGjBhevoB0=" << r8;
        QTest::newRow("cons 6->8") << 1 << 6 << 8
                                   << QStringList{"DrxdNDf74tsVi58Sah0RjjCBgQMdCpSfje3t68VY72o=",
                                                  "yoVOoSjtBQtBs1/8G4e46yveRh6eO1WW7Oa51ZdaCuA=",
                                                  "037kGJdt2VdTwcc4Yrk5j6Kiz5tP8P3+izDNlSCWFLc="}
                                   << "duZ9rbzfHhDht03cYIq9L5jfsW+851J3tSMqEn8gh+8=" << r8;
        QTest::newRow("cons 2->5") << 1 << 2 << 5
                                   << QStringList{"Xwg/ChozygdqlSeYMlgNs+DvRYS9/x9UyKNg9Q3jAx4=",
                                                  "vBoGQ7EuTS18d5GPROD095qDi2z57FtcKD4fTYhZnms="}
                                   << "+sVCA+fMaWzw38tCySodnbr3CtnmIfS9jZhmLwDjwSU="
                                   << "Tju7H3tHjc/nH7YxYxUZo7yhLJrvyhYSv85ME6hiZNQ=";
        QTest::newRow("cons 6->7") << 1 << 6 << 7
                                   << QStringList{"DrxdNDf74tsVi58Sah0RjjCBgQMdCpSfje3t68VY72o=",
                                                  "sIaT7C5yFZcTBkHoIR5+7cy0wmQTlj7ubB4u0W/7Gl8=",
                                                  "037kGJdt2VdTwcc4Yrk5j6Kiz5tP8P3+izDNlSCWFLc="}
                                   << "duZ9rbzfHhDht03cYIq9L5jfsW+851J3tSMqEn8gh+8="
                                   << "3bib5AOAnjJXUNPSY814kpwpQreUKjS3fhIslZSnTIw=";
    }
    void reference_vectors() {
        QFETCH(int, kind);
        QFETCH(int, a);
        QFETCH(int, b);
        QFETCH(QStringList, proof);
        QFETCH(QString, root_a);
        QFETCH(QString, root_b);
        // The RFC 6962 test leaves of the CT reference implementations.
        // (The empty leaf is written Bytes{}: from_hex("") hands libsodium a null pointer.)
        const std::vector<Bytes> leaves{Bytes{},
                                        test::unhex("00"),
                                        test::unhex("10"),
                                        test::unhex("2021"),
                                        test::unhex("3031"),
                                        test::unhex("40414243"),
                                        test::unhex("5051525354555657"),
                                        test::unhex("606162636465666768696a6b6c6d6e6f")};
        MemoryHashSource source(leaf_hashes(leaves));
        std::vector<Hash32> want;
        for (const QString& p : proof)
            want.push_back(h64(p.toLatin1().constData()));
        const auto ua = static_cast<std::uint64_t>(a);
        const auto ub = static_cast<std::uint64_t>(b);
        const Hash32 rb = h64(root_b.toLatin1().constData());
        auto rb_computed = tlog::root(ub, source);
        CL_QVERIFY_OK(rb_computed);
        QVERIFY(*rb_computed == rb);
        if (kind == 0) {
            auto got = inclusion_proof(ua, ub, source);
            CL_QVERIFY_OK(got);
            QVERIFY(*got == want);
            CL_QVERIFY_OK(verify_inclusion(leaf_hash(leaves[ua]), ua, ub, want, rb));
        } else {
            const Hash32 ra = h64(root_a.toLatin1().constData());
            auto got = consistency_proof(ua, ub, source);
            CL_QVERIFY_OK(got);
            QVERIFY(*got == want);
            CL_QVERIFY_OK(verify_consistency(ua, ub, want, ra, rb));
        }
    }

    // Roots and proofs from the HashSource code equal the RFC's recursive definitions, and the
    // proof lengths the verifiers expect equal the lengths generated.
    void matches_rfc_definitions() {
        const auto leaves = golden_leaves(64);
        MemoryHashSource source;
        std::size_t checked = 0;
        for (std::size_t n = 1; n <= leaves.size(); ++n) {
            source.append(leaf_hash(leaves[n - 1]));
            const Leaves d(leaves.data(), n);
            auto r = tlog::root(n, source);
            CL_QVERIFY_OK(r);
            QVERIFY(*r == rfc_mth(d));
            for (std::size_t m = 0; m < n; ++m) {
                auto p = inclusion_proof(m, n, source);
                CL_QVERIFY_OK(p);
                QVERIFY(*p == rfc_path(m, d));
                QCOMPARE(p->size(), inclusion_proof_length(m, n));
                ++checked;
            }
            for (std::size_t m = 1; m < n; ++m) {
                auto p = consistency_proof(m, n, source);
                CL_QVERIFY_OK(p);
                QVERIFY(*p == rfc_subproof(m, d, true));
                QCOMPARE(p->size(), consistency_proof_length(m, n));
                ++checked;
            }
        }
        qInfo("%zu proofs equal the RFC 9162 PATH/PROOF definitions (sizes 1..64)", checked);
    }

    // Every proof for every size up to 64 verifies, and each single-bit flip of a proof hash,
    // the leaf or the root, each other index, other sizes, and each truncation or extension fails.
    void inclusion_exhaustive() {
        const auto leaves = golden_leaves(64);
        MemoryHashSource source(leaf_hashes(leaves));
        std::vector<Hash32> roots{empty_root()};
        for (std::uint64_t n = 1; n <= 64; ++n)
            roots.push_back(*tlog::root(n, source));
        std::size_t proofs = 0;
        std::size_t rejected = 0;
        std::size_t accepted_mutations = 0;
        const auto reject = [&](const Status& st) {
            ++rejected;
            if (st.ok())
                ++accepted_mutations;
        };
        for (std::uint64_t n = 1; n <= 64; ++n) {
            const Hash32 r = roots[n];
            for (std::uint64_t i = 0; i < n; ++i) {
                const Hash32 leaf = leaf_hash(leaves[i]);
                const std::vector<Hash32> proof = *inclusion_proof(i, n, source);
                CL_QVERIFY_OK(verify_inclusion(leaf, i, n, proof, r));
                ++proofs;
                for (std::size_t k = 0; k < proof.size(); ++k)
                    for (std::size_t bit = 0; bit < 256; bit += bit_step(n)) {
                        auto bad = proof;
                        bad[k] = flip(bad[k], bit + k % bit_step(n));
                        reject(verify_inclusion(leaf, i, n, bad, r));
                    }
                for (std::size_t bit = 0; bit < 256; bit += 7) {
                    reject(verify_inclusion(flip(leaf, bit), i, n, proof, r));
                    reject(verify_inclusion(leaf, i, n, proof, flip(r, bit)));
                }
                for (std::uint64_t j = 0; j < n + 2; ++j)
                    if (j != i)
                        reject(verify_inclusion(leaf, j, n, proof, r));
                // The proof does not bind the size (the signed checkpoint does): a proof for one
                // tree must fail against every other tree's size and root.
                for (std::uint64_t other = i + 1; other <= 64; ++other)
                    if (other != n)
                        reject(verify_inclusion(leaf, i, other, proof, roots[other]));
                if (!proof.empty()) {
                    reject(
                        verify_inclusion(leaf, i, n, std::span(proof).first(proof.size() - 1), r));
                    reject(verify_inclusion(leaf, i, n, std::span(proof).subspan(1), r));
                }
                auto longer = proof;
                longer.push_back(r);
                reject(verify_inclusion(leaf, i, n, longer, r));
                longer = proof;
                longer.insert(longer.begin(), leaf);
                reject(verify_inclusion(leaf, i, n, longer, r));
            }
        }
        QCOMPARE(accepted_mutations, std::size_t{0});
        qInfo("inclusion: %zu proofs verified, %zu mutations rejected", proofs, rejected);
    }

    void consistency_exhaustive() {
        const auto leaves = golden_leaves(64);
        MemoryHashSource source(leaf_hashes(leaves));
        std::vector<Hash32> roots{empty_root()};
        for (std::uint64_t n = 1; n <= 64; ++n)
            roots.push_back(*tlog::root(n, source));
        std::size_t proofs = 0;
        std::size_t rejected = 0;
        std::size_t accepted_mutations = 0;
        const auto reject = [&](const Status& st) {
            ++rejected;
            if (st.ok())
                ++accepted_mutations;
        };
        for (std::uint64_t n = 1; n <= 64; ++n) {
            for (std::uint64_t m = 1; m <= n; ++m) {
                const std::vector<Hash32> proof = *consistency_proof(m, n, source);
                CL_QVERIFY_OK(verify_consistency(m, n, proof, roots[m], roots[n]));
                ++proofs;
                for (std::size_t k = 0; k < proof.size(); ++k)
                    for (std::size_t bit = 0; bit < 256; bit += bit_step(n)) {
                        auto bad = proof;
                        bad[k] = flip(bad[k], bit + k % bit_step(n));
                        reject(verify_consistency(m, n, bad, roots[m], roots[n]));
                    }
                for (std::size_t bit = 0; bit < 256; bit += 7) {
                    reject(verify_consistency(m, n, proof, flip(roots[m], bit), roots[n]));
                    reject(verify_consistency(m, n, proof, roots[m], flip(roots[n], bit)));
                }
                // Another old size (with this or its own root), or another new tree (size and
                // root, as a checkpoint binds them), must fail.
                for (std::uint64_t other = 1; other <= 64; ++other) {
                    if (other != m) {
                        reject(verify_consistency(other, n, proof, roots[m], roots[n]));
                        reject(verify_consistency(other, n, proof, roots[other], roots[n]));
                    }
                    if (other != n)
                        reject(verify_consistency(m, other, proof, roots[m], roots[other]));
                }
                if (m != n)
                    reject(verify_consistency(m, n, proof, roots[n], roots[m]));
                if (!proof.empty()) {
                    reject(verify_consistency(m, n, std::span(proof).first(proof.size() - 1),
                                              roots[m], roots[n]));
                    reject(
                        verify_consistency(m, n, std::span(proof).subspan(1), roots[m], roots[n]));
                }
                auto longer = proof;
                longer.push_back(roots[n]);
                reject(verify_consistency(m, n, longer, roots[m], roots[n]));
                longer = proof;
                longer.insert(longer.begin(), roots[m]);
                reject(verify_consistency(m, n, longer, roots[m], roots[n]));
            }
        }
        QCOMPARE(accepted_mutations, std::size_t{0});
        qInfo("consistency: %zu proofs verified, %zu mutations rejected", proofs, rejected);
    }

    void verifier_edge_cases_data() {
        QTest::addColumn<int>("kind"); // 0 inclusion(index=a, size=b), 1 consistency(a -> b)
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("b");
        QTest::addColumn<int>("proof_len");
        QTest::addColumn<int>(
            "roots"); // consistency: 0 real, 1 root_m := root_n, 2 root_m := empty
        QTest::addColumn<QString>("code"); // empty: success
        QTest::newRow("incl index == size") << 0 << 4 << 4 << 2 << 0 << "merkle.index_out_of_range";
        QTest::newRow("incl size 0") << 0 << 0 << 0 << 0 << 0 << "merkle.index_out_of_range";
        QTest::newRow("incl empty proof, size 2") << 0 << 0 << 2 << 0 << 0 << "merkle.proof_length";
        QTest::newRow("incl size 1, no proof") << 0 << 0 << 1 << 0 << 0 << "";
        QTest::newRow("incl size 1, a proof") << 0 << 0 << 1 << 1 << 0 << "merkle.proof_length";
        QTest::newRow("cons m > n") << 1 << 5 << 4 << 0 << 0 << "merkle.sizes";
        QTest::newRow("cons m == n, empty") << 1 << 5 << 5 << 0 << 0 << "";
        QTest::newRow("cons m == n, a proof") << 1 << 5 << 5 << 1 << 0 << "merkle.proof_length";
        QTest::newRow("cons m == n, other root")
            << 1 << 4 << 4 << 0 << 2 << "merkle.proof_mismatch";
        QTest::newRow("cons 0 -> n, empty") << 1 << 0 << 7 << 0 << 2 << "";
        QTest::newRow("cons 0 -> n, a proof") << 1 << 0 << 7 << 1 << 2 << "merkle.proof_length";
        QTest::newRow("cons 0 -> n, non-empty root")
            << 1 << 0 << 7 << 0 << 1 << "merkle.proof_mismatch";
        QTest::newRow("cons 0 -> 0") << 1 << 0 << 0 << 0 << 2 << "";
        QTest::newRow("cons m < n, empty proof") << 1 << 3 << 7 << 0 << 0 << "merkle.proof_length";
    }
    void verifier_edge_cases() {
        QFETCH(int, kind);
        QFETCH(int, a);
        QFETCH(int, b);
        QFETCH(int, proof_len);
        QFETCH(int, roots);
        QFETCH(QString, code);
        const auto leaves = golden_leaves(8);
        MemoryHashSource source(leaf_hashes(leaves));
        const auto ua = static_cast<std::uint64_t>(a);
        const auto ub = static_cast<std::uint64_t>(b);
        const std::vector<Hash32> proof(static_cast<std::size_t>(proof_len), leaf_hash(leaves[1]));
        const Hash32 root_b = *tlog::root(ub, source);
        Status st;
        if (kind == 0) {
            st = verify_inclusion(leaf_hash(leaves[0]), ua, ub, proof, root_b);
        } else {
            Hash32 root_a = ua <= 8 ? *tlog::root(ua, source) : empty_root();
            if (roots == 1)
                root_a = root_b;
            if (roots == 2)
                root_a = empty_root();
            st = verify_consistency(ua, ub, proof, root_a, root_b);
        }
        if (code.isEmpty())
            CL_QVERIFY_OK(st);
        else
            CL_QCOMPARE_ERROR(st, code);
    }

    void generator_errors() {
        MemoryHashSource source(leaf_hashes(golden_leaves(5)));
        CL_QCOMPARE_ERROR(inclusion_proof(5, 5, source), "merkle.index_out_of_range");
        CL_QCOMPARE_ERROR(consistency_proof(6, 5, source), "merkle.sizes");
        // A source that does not hold the tree asked about reports it, never invents hashes.
        CL_QCOMPARE_ERROR(tlog::root(6, source), "merkle.not_in_source");
        CL_QCOMPARE_ERROR(inclusion_proof(0, 9, source), "merkle.not_in_source");
        QVERIFY(consistency_proof(0, 5, source)->empty());
        QVERIFY(consistency_proof(5, 5, source)->empty());
        QVERIFY(*tlog::root(0, source) == empty_root());
        QCOMPARE(QString::fromStdString(format_hash(empty_root())),
                 QString("47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="));
    }

    // The compact state appended leaf by leaf gives the full tree's root at every size, loads
    // from a source, and survives serialization.
    void tree_state() {
        MemoryHashSource source;
        TreeState state;
        std::size_t sizes = 0;
        for (std::uint64_t n = 1; n <= 2100; ++n) {
            const Hash32 leaf = leaf_hash(to_bytes("entry " + std::to_string(n)));
            source.append(leaf);
            state.append(leaf);
            QCOMPARE(state.size(), n);
            QCOMPARE(state.right_edge().size(), static_cast<std::size_t>(std::popcount(n)));
            const Hash32 full = *tlog::root(n, source);
            QVERIFY(state.root() == full);
            auto loaded = TreeState::load(n, source);
            CL_QVERIFY_OK(loaded);
            QVERIFY(loaded->right_edge() == state.right_edge());
            auto back = TreeState::deserialize(state.serialize());
            CL_QVERIFY_OK(back);
            QVERIFY(back->root() == full);
            ++sizes;
        }
        // Batches append like single leaves.
        TreeState batched = *TreeState::load(1000, source);
        std::vector<Hash32> rest;
        for (std::uint64_t i = 1000; i < 2100; ++i)
            rest.push_back(*source.hash(0, i));
        batched.append(rest);
        QVERIFY(batched.root() == state.root());
        QVERIFY(TreeState().root() == empty_root());

        CL_QCOMPARE_ERROR(TreeState::from_right_edge(7, {empty_root()}), "merkle.state");
        Bytes bad = state.serialize();
        bad.pop_back();
        CL_QCOMPARE_ERROR(TreeState::deserialize(bad), "merkle.state");
        Bytes wrong_count = state.serialize();
        wrong_count[7] =
            static_cast<std::uint8_t>(wrong_count[7] ^ 1U); // size no longer matches the edge
        CL_QCOMPARE_ERROR(TreeState::deserialize(wrong_count), "merkle.state");
        qInfo("tree state: %zu sizes, root equal to the full tree at each", sizes);
    }
};

QTEST_GUILESS_MAIN(TestMerkle)
#include "test_merkle.moc"
