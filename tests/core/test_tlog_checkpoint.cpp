// Checkpoints (c2sp.org/tlog-checkpoint), cosignatures (c2sp.org/tlog-cosignature v1), the
// light node's checkpoint policy (log signature, quorum, freshness), tlog-proof bundles and the
// tlog-witness add-checkpoint bodies: spec and reference vectors, strict parsers with a code per
// malformed input, and a log → witness → light node round trip.
#include "ledger/checkpoint.h"
#include "ledger/cosignature.h"
#include "ledger/merkle.h"
#include "ledger/note.h"
#include "ledger/tlog_proof.h"
#include "ledger/tlog_text.h"
#include "ledger/tlog_witness.h"
#include "test_support.h"

#include <QObject>
#include <string>
#include <vector>

using namespace careledger;
using namespace careledger::tlog;

namespace {

const std::string kDash = "\xE2\x80\x94 ";
const std::string kOrigin = "example.org/consent-log";
constexpr std::uint64_t kNow = 1'700'000'000;

Bytes seed_of(std::uint8_t b) {
    return Bytes(32, b);
}

NoteSigner log_signer() {
    return NoteSigner::from_seed(kOrigin, kSigTypeEd25519, seed_of(0)).value();
}
NoteSigner witness(int i) {
    return NoteSigner::from_seed("witness.example/w" + std::to_string(i), kSigTypeCosignatureV1,
                                 seed_of(static_cast<std::uint8_t>(i)))
        .value();
}

// The DESIGN §6 golden tree of "leaf-0" … "leaf-6".
MemoryHashSource golden_tree() {
    MemoryHashSource source;
    for (int i = 0; i < 7; ++i)
        source.append(leaf_hash(to_bytes("leaf-" + std::to_string(i))));
    return source;
}

Checkpoint golden_checkpoint() {
    MemoryHashSource tree = golden_tree();
    return Checkpoint{kOrigin, 7, *tlog::root(7, tree), {}};
}

std::string cosig_line(const NoteSigner& w, const std::string& text, std::uint64_t ts) {
    return *format_signature_line(*cosign(w, text, ts));
}

} // namespace

class TestTlogCheckpoint : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::init_core(); }
    void cleanupTestCase() {
        qInfo("policy table: %d cases, malformed-input tables: %d cases", policy_cases_,
              malformed_cases_);
    }

    void parse_and_format() {
        // The Go reference's tree note (golang.org/x/mod/sumdb/tlog): root = RecordHash("hello
        // world").
        const std::string go =
            "go.sum database tree\n123456789012\nTszzRgjTG6xce+z2AG31kAXYKBgQVtCSCE40HmuwBb0=\n";
        auto cp = parse_checkpoint(go);
        CL_QVERIFY_OK(cp);
        QCOMPARE(QString::fromStdString(cp->origin), QString("go.sum database tree"));
        QCOMPARE(cp->size, std::uint64_t{123456789012});
        QVERIFY(cp->root == leaf_hash(as_bytes("hello world")));
        QCOMPARE(QString::fromStdString(*format_checkpoint(*cp)), QString::fromStdString(go));
        // The spec's example body, and the same with extension lines.
        const std::string sofa =
            "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";
        cp = parse_checkpoint(sofa + "ext one\n\xC3\xA9xt two\n");
        CL_QVERIFY_OK(cp);
        QCOMPARE(cp->size, std::uint64_t{20852163});
        QCOMPARE(cp->extensions.size(), std::size_t{2});
        QCOMPARE(QString::fromStdString(*format_checkpoint(*cp)),
                 QString::fromStdString(sofa + "ext one\n\xC3\xA9xt two\n"));
        cp = parse_checkpoint(
            "o\n18446744073709551615\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
        CL_QVERIFY_OK(cp);
        QCOMPARE(cp->size, UINT64_MAX);
        CL_QCOMPARE_ERROR(format_checkpoint(Checkpoint{"", 1, {}, {}}), "checkpoint.empty_origin");
        CL_QCOMPARE_ERROR(format_checkpoint(Checkpoint{"a\nb", 1, {}, {}}),
                          "checkpoint.empty_origin");
        CL_QCOMPARE_ERROR(format_checkpoint(Checkpoint{"o", 1, {}, {""}}),
                          "checkpoint.empty_extension");
    }

    void malformed_checkpoints_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        const QByteArray root = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
        QTest::newRow("empty") << QByteArray() << "checkpoint.unterminated";
        QTest::newRow("no final newline") << ("o\n5\n" + root) << "checkpoint.unterminated";
        QTest::newRow("two lines") << QByteArray("o\n5\n") << "checkpoint.too_few_lines";
        QTest::newRow("empty origin") << ("\n5\n" + root + "\n") << "checkpoint.empty_origin";
        QTest::newRow("leading zero") << ("o\n05\n" + root + "\n") << "checkpoint.bad_size";
        QTest::newRow("negative") << ("o\n-5\n" + root + "\n") << "checkpoint.bad_size";
        QTest::newRow("plus sign") << ("o\n+5\n" + root + "\n") << "checkpoint.bad_size";
        QTest::newRow("space") << ("o\n 5\n" + root + "\n") << "checkpoint.bad_size";
        QTest::newRow("hex") << ("o\n0x10\n" + root + "\n") << "checkpoint.bad_size";
        QTest::newRow("2^64") << ("o\n18446744073709551616\n" + root + "\n")
                              << "checkpoint.bad_size";
        QTest::newRow("empty size") << ("o\n\n" + root + "\n") << "checkpoint.bad_size";
        QTest::newRow("short root") << QByteArray("o\n5\nAAAA\n") << "checkpoint.bad_root";
        QTest::newRow("33-byte root")
            << QByteArray("o\n5\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n")
            << "checkpoint.bad_root";
        QTest::newRow("non-canonical root")
            << QByteArray("o\n5\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFV=\n")
            << "checkpoint.bad_root";
        QTest::newRow("unpadded root")
            << QByteArray("o\n5\n47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU\n")
            << "checkpoint.bad_root";
        QTest::newRow("url-safe root")
            << QByteArray("o\n5\n47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU=\n")
            << "checkpoint.bad_root";
        QTest::newRow("root and space") << ("o\n5\n" + root + " \n") << "checkpoint.bad_root";
        QTest::newRow("empty extension")
            << ("o\n5\n" + root + "\n\n") << "checkpoint.empty_extension";
        QTest::newRow("tab in origin") << ("o\tx\n5\n" + root + "\n") << "checkpoint.invalid_text";
        QTest::newRow("carriage return") << ("o\n5\r\n" + root + "\n") << "checkpoint.invalid_text";
        QTest::newRow("invalid utf-8") << ("o\xff\n5\n" + root + "\n") << "checkpoint.invalid_text";
    }
    void malformed_checkpoints() {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        CL_QCOMPARE_ERROR(parse_checkpoint(text.toStdString()), code);
        ++malformed_cases_;
    }

    void sign_and_open() {
        const NoteSigner log = log_signer();
        const Checkpoint cp = golden_checkpoint();
        QCOMPARE(QString::fromStdString(format_hash(cp.root)),
                 QString("CwB/uRXrmyoUb1SxyG7FO2ZPjkVbdmCwtu4T7cDZIcA="));
        auto note = sign_checkpoint(cp, log);
        CL_QVERIFY_OK(note);
        auto opened = open_checkpoint(*note, log.verifier_key());
        CL_QVERIFY_OK(opened);
        QVERIFY(*opened == cp);

        // Another log key: unknown, so no verified signature.
        const NoteSigner other =
            NoteSigner::from_seed(kOrigin, kSigTypeEd25519, seed_of(9)).value();
        CL_QCOMPARE_ERROR(open_checkpoint(*note, other.verifier_key()), "note.unverified");
        // A key whose name is not the origin.
        const NoteSigner elsewhere =
            NoteSigner::from_seed("example.org/other", kSigTypeEd25519, seed_of(0)).value();
        CL_QCOMPARE_ERROR(
            open_checkpoint(*sign_checkpoint(cp, elsewhere), elsewhere.verifier_key()),
            "checkpoint.origin_mismatch");
        // The empty tree must carry the empty-tree root.
        CL_QVERIFY_OK(open_checkpoint(
            *sign_checkpoint(Checkpoint{kOrigin, 0, empty_root(), {}}, log), log.verifier_key()));
        CL_QCOMPARE_ERROR(
            open_checkpoint(*sign_checkpoint(Checkpoint{kOrigin, 0, cp.root, {}}, log),
                            log.verifier_key()),
            "checkpoint.bad_empty_root");
        const NoteSigner w1 = witness(1);
        CL_QCOMPARE_ERROR(open_checkpoint(*note, w1.verifier_key()), "checkpoint.wrong_key_type");
        CL_QCOMPARE_ERROR(sign_checkpoint(cp, w1), "checkpoint.wrong_key_type");
        // A signed note whose text is not a checkpoint.
        const std::vector<const NoteSigner*> signers{&log};
        CL_QCOMPARE_ERROR(open_checkpoint(*sign_note("hello\n", signers), log.verifier_key()),
                          "checkpoint.too_few_lines");
    }

    // c2sp.org/tlog-cosignature: the spec's signed message, and the timestamp inside the spec
    // example's witness signature (the same 1679315147).
    void cosignature_spec_vectors() {
        const std::string body =
            "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n";
        QCOMPARE(QString::fromStdString(cosigned_message(body, 1679315147)),
                 QString::fromStdString("cosignature/v1\ntime 1679315147\n" + body));
        auto sig = parse_signature_line(
            kDash + "witness.example.com/w1 "
                    "jWbPPwAAAABkGFDLEZMHwSRaJNiIDoe9DYn/"
                    "zXcrtPHeolMI5OWXEhZCB9dlrDJsX3b2oyin1nPZqhf5nNo0xUe+mbIUBkBIfZ+qnA==");
        CL_QVERIFY_OK(sig);
        QCOMPARE(sig->key_id, std::uint32_t{0x8d66cf3f});
        auto ts = cosignature_timestamp(*sig);
        CL_QVERIFY_OK(ts);
        QCOMPARE(*ts, std::uint64_t{1679315147});
    }

    void cosign_and_verify() {
        const NoteSigner w1 = witness(1);
        const std::string text = *format_checkpoint(golden_checkpoint());
        auto sig = cosign(w1, text, kNow);
        CL_QVERIFY_OK(sig);
        QCOMPARE(sig->signature.size(), kCosignatureBytes);
        auto ts = verify_cosignature(w1.verifier_key(), text, *sig);
        CL_QVERIFY_OK(ts);
        QCOMPARE(*ts, kNow);
        // Through the note layer: a type 0x04 vkey opens a note carrying only the cosignature.
        const std::vector<VerifierKey> known{w1.verifier_key()};
        CL_QVERIFY_OK(open_note(text + "\n" + *format_signature_line(*sig), known));
        auto vkey_text = format_vkey(w1.verifier_key());
        QCOMPARE(parse_vkey(vkey_text)->type, kSigTypeCosignatureV1);

        NoteSignature later = *sig;
        later.signature[7] =
            static_cast<std::uint8_t>(later.signature[7] + 1); // claim another time
        CL_QCOMPARE_ERROR(verify_cosignature(w1.verifier_key(), text, later),
                          "cosignature.invalid");
        CL_QCOMPARE_ERROR(verify_cosignature(w1.verifier_key(), text + "ext\n", *sig),
                          "cosignature.invalid");
        NoteSignature short_sig = *sig;
        short_sig.signature.pop_back();
        CL_QCOMPARE_ERROR(verify_cosignature(w1.verifier_key(), text, short_sig),
                          "cosignature.malformed");
        NoteSignature far = *sig;
        far.signature[0] = 0x80;
        CL_QCOMPARE_ERROR(cosignature_timestamp(far), "cosignature.timestamp_range");
        CL_QCOMPARE_ERROR(cosign(w1, text, kMaxCosignatureTimestamp + 1),
                          "cosignature.timestamp_range");
        CL_QVERIFY_OK(cosign(w1, text, kMaxCosignatureTimestamp));
        CL_QCOMPARE_ERROR(verify_cosignature(witness(2).verifier_key(), text, *sig),
                          "cosignature.key_mismatch");
        const NoteSigner log = log_signer();
        CL_QCOMPARE_ERROR(cosign(log, text, kNow), "cosignature.wrong_key_type");
        CL_QCOMPARE_ERROR(verify_cosignature(log.verifier_key(), text, *sig),
                          "cosignature.wrong_key_type");
    }

    // Each row builds a checkpoint note from signature "parts" and checks it under a 2-of-3 policy
    // (max age 1 h, future skew 5 min). Parts: L log, l forged log, 1/2/3 fresh cosignatures,
    // s<k> stale, f<k> from the future, b<k> forged, u unknown cosigner, d1 a second (older)
    // cosignature by w1, t a fourth witness sharing w1's key under another name.
    void policy_data() {
        QTest::addColumn<QString>("parts");
        QTest::addColumn<int>("quorum");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("fresh");
        QTest::newRow("log + 3 fresh") << "L 1 2 3" << 2 << "" << 3;
        QTest::newRow("log + 2 fresh") << "L 1 3" << 2 << "" << 2;
        QTest::newRow("log + 2 fresh + unknown") << "u L 2 1" << 2 << "" << 2;
        QTest::newRow("quorum 0, log only") << "L" << 0 << "" << 0;
        QTest::newRow("no log signature")
            << "1 2 3" << 2 << "checkpoint.missing_log_signature" << 0;
        QTest::newRow("forged log signature")
            << "l 1 2 3" << 2 << "checkpoint.bad_log_signature" << 0;
        QTest::newRow("forged log next to good")
            << "L l 1 2" << 2 << "checkpoint.bad_log_signature" << 0;
        QTest::newRow("one cosignature") << "L 1" << 2 << "checkpoint.too_few_cosignatures" << 0;
        QTest::newRow("none") << "L" << 2 << "checkpoint.too_few_cosignatures" << 0;
        QTest::newRow("unknown only") << "L u" << 1 << "checkpoint.too_few_cosignatures" << 0;
        QTest::newRow("one fresh, one stale")
            << "L 1 s2" << 2 << "checkpoint.stale_cosignature" << 0;
        QTest::newRow("all stale") << "L s1 s2 s3" << 2 << "checkpoint.stale_cosignature" << 0;
        QTest::newRow("future beyond skew") << "L 1 f2" << 2 << "checkpoint.stale_cosignature" << 0;
        QTest::newRow("stale but quorum fresh") << "L 1 2 s3" << 2 << "" << 2;
        QTest::newRow("forged cosignature") << "L 1 2 b3" << 2 << "checkpoint.bad_cosignature" << 0;
        QTest::newRow("same cosigner twice")
            << "L 1 d1" << 2 << "checkpoint.too_few_cosignatures" << 0;
        QTest::newRow("older duplicate, newest counts") << "L s1 1 2" << 2 << "" << 2;
        QTest::newRow("one key, two names")
            << "L 1 t" << 2 << "checkpoint.too_few_cosignatures" << 0;
    }
    void policy() {
        QFETCH(QString, parts);
        QFETCH(int, quorum);
        QFETCH(QString, code);
        QFETCH(int, fresh);
        const NoteSigner log = log_signer();
        const NoteSigner forger =
            NoteSigner::from_seed(kOrigin, kSigTypeEd25519, seed_of(7)).value();
        const NoteSigner w[4] = {witness(0), witness(1), witness(2), witness(3)};
        const NoteSigner unknown = witness(9);
        const NoteSigner twin =
            NoteSigner::from_seed("witness.example/twin", kSigTypeCosignatureV1, seed_of(1))
                .value();
        const std::string text = *format_checkpoint(golden_checkpoint());

        std::string note = text + "\n";
        for (const QString& part : parts.split(' ')) {
            const std::string p = part.toStdString();
            const auto k = [&] { return static_cast<std::size_t>(p.back() - '0'); };
            if (p == "L") {
                note += *format_signature_line(*sign_note_text(log, text));
            } else if (p == "l") {
                NoteSignature forged = *sign_note_text(forger, text);
                forged.key_id = log.verifier_key().key_id; // claims to be the log key
                note += *format_signature_line(forged);
            } else if (p == "u") {
                note += cosig_line(unknown, text, kNow);
            } else if (p == "t") {
                note += cosig_line(twin, text, kNow);
            } else if (p == "d1") {
                note += cosig_line(w[1], text, kNow - 60);
            } else if (p.size() == 1) {
                note += cosig_line(w[k()], text, kNow - 10);
            } else if (p[0] == 's') {
                note += cosig_line(w[k()], text, kNow - 7200);
            } else if (p[0] == 'f') {
                note += cosig_line(w[k()], text, kNow + 3600);
            } else if (p[0] == 'b') {
                NoteSignature bad = *cosign(w[k()], text, kNow);
                bad.signature.back() = static_cast<std::uint8_t>(bad.signature.back() ^ 1U);
                note += *format_signature_line(bad);
            }
        }
        CheckpointPolicy policy;
        policy.log_key = log.verifier_key();
        policy.cosigners = {w[1].verifier_key(), w[2].verifier_key(), w[3].verifier_key(),
                            twin.verifier_key()};
        policy.quorum = static_cast<std::size_t>(quorum);
        policy.max_age = 3600;
        policy.max_future_skew = 300;
        auto result = verify_checkpoint(note, policy, kNow);
        if (code.isEmpty()) {
            CL_QVERIFY_OK(result);
            QCOMPARE(result->fresh_cosigners, static_cast<std::size_t>(fresh));
            QVERIFY(result->checkpoint == golden_checkpoint());
            for (const CosignerReport& r : result->cosigners)
                QVERIFY(r.name != unknown.name());
        } else {
            CL_QCOMPARE_ERROR(result, code);
        }
        ++policy_cases_;
    }

    void policy_configuration_errors() {
        const NoteSigner log = log_signer();
        const std::string note = *sign_checkpoint(golden_checkpoint(), log);
        CheckpointPolicy policy;
        policy.log_key = witness(1).verifier_key();
        CL_QCOMPARE_ERROR(verify_checkpoint(note, policy, kNow), "checkpoint.policy");
        policy.log_key = log.verifier_key();
        policy.cosigners = {log.verifier_key()};
        CL_QCOMPARE_ERROR(verify_checkpoint(note, policy, kNow), "checkpoint.policy");
        policy.cosigners = {};
        policy.quorum = 0;
        CL_QVERIFY_OK(verify_checkpoint(note, policy, kNow));
        CL_QCOMPARE_ERROR(verify_checkpoint("not a note", policy, kNow), "note.no_signature_block");
        // A log key named differently from the origin.
        const NoteSigner elsewhere =
            NoteSigner::from_seed("example.org/other", kSigTypeEd25519, seed_of(0)).value();
        policy.log_key = elsewhere.verifier_key();
        CL_QCOMPARE_ERROR(
            verify_checkpoint(*sign_checkpoint(golden_checkpoint(), elsewhere), policy, kNow),
            "checkpoint.origin_mismatch");
    }

    // The log asks a witness to cosign (tlog-witness add-checkpoint), the witness checks the
    // consistency proof and answers with a cosignature line, the log appends it, and a light
    // node accepts the result under its policy; then an inclusion proof is exported as a
    // tlog-proof and verified offline.
    void log_witness_light_node_round_trip() {
        const NoteSigner log = log_signer();
        const NoteSigner w1 = witness(1);
        MemoryHashSource tree = golden_tree();
        const Checkpoint old_cp{kOrigin, 4, *tlog::root(4, tree), {}};
        const Checkpoint new_cp = golden_checkpoint();
        const std::string signed_cp = *sign_checkpoint(new_cp, log);

        AddCheckpointRequest request{4, *consistency_proof(4, 7, tree), signed_cp};
        auto body = format_add_checkpoint(request);
        CL_QVERIFY_OK(body);
        auto received = parse_add_checkpoint(*body);
        CL_QVERIFY_OK(received);
        QVERIFY(*received == request);
        auto opened = open_checkpoint(received->checkpoint, log.verifier_key());
        CL_QVERIFY_OK(opened);
        CL_QVERIFY_OK(verify_consistency(received->old_size, opened->size, received->consistency,
                                         old_cp.root, opened->root));
        const std::vector<NoteSignature> cosigs{*cosign(w1, *format_checkpoint(*opened), kNow)};
        auto response = format_cosignature_response(cosigs);
        CL_QVERIFY_OK(response);

        auto lines = parse_cosignature_response(*response);
        CL_QVERIFY_OK(lines);
        const std::string cosigned = signed_cp + *response;
        CheckpointPolicy policy{log.verifier_key(), {w1.verifier_key()}, 1, 3600, 300};
        auto verified = verify_checkpoint(cosigned, policy, kNow + 5);
        CL_QVERIFY_OK(verified);
        QCOMPARE(verified->cosigners.size(), std::size_t{1});
        QCOMPARE(verified->cosigners[0].timestamp, kNow);

        std::size_t proofs = 0;
        for (std::uint64_t i = 0; i < 7; ++i) {
            TlogProof proof{i == 3 ? to_bytes("careledger entry 3") : Bytes{}, i,
                            *inclusion_proof(i, 7, tree), cosigned};
            auto text = format_tlog_proof(proof);
            CL_QVERIFY_OK(text);
            auto parsed = parse_tlog_proof(*text);
            CL_QVERIFY_OK(parsed);
            QVERIFY(*parsed == proof);
            const Hash32 leaf = leaf_hash(to_bytes("leaf-" + std::to_string(i)));
            CL_QVERIFY_OK(verify_tlog_proof(*parsed, leaf, log.verifier_key()));
            CL_QVERIFY_OK(verify_tlog_proof(*parsed, leaf, policy, kNow));
            CL_QCOMPARE_ERROR(
                verify_tlog_proof(*parsed, leaf_hash(as_bytes("leaf-x")), log.verifier_key()),
                "merkle.proof_mismatch");
            CL_QCOMPARE_ERROR(verify_tlog_proof(*parsed, leaf, policy, kNow + 7200),
                              "checkpoint.stale_cosignature");
            ++proofs;
        }
        // The index-3 proof carries the DESIGN §6 golden inclusion path, line by line.
        const std::string golden = std::string(kTlogProofHeader) + "\nextra " +
                                   to_base64(to_bytes("careledger entry 3")) +
                                   "\nindex 3\n/KifV8n4yOtAR6f/nTM6z54PM4SyCyVbzqsPIW3Momc=\n"
                                   "YKU+7Q3oepDI5ZQnxZxGJTwzp2oJUCpRgBMAknt+a9w=\n"
                                   "jq5r07Ogfx917nKlMWKebrMeQuYvdg5H3lKlPDZB7yM=\n\n" +
                                   cosigned;
        auto parsed = parse_tlog_proof(golden);
        CL_QVERIFY_OK(parsed);
        CL_QVERIFY_OK(
            verify_tlog_proof(*parsed, leaf_hash(as_bytes("leaf-3")), log.verifier_key()));
        QCOMPARE(QString::fromStdString(*format_tlog_proof(*parsed)),
                 QString::fromStdString(golden));
        CL_QCOMPARE_ERROR(
            verify_tlog_proof(*parsed, leaf_hash(as_bytes("leaf-3")), witness(2).verifier_key()),
            "checkpoint.wrong_key_type");
        qInfo("round trip: add-checkpoint, cosignature, policy; %zu tlog-proofs verified", proofs);
    }

    void malformed_tlog_proofs_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("code");
        const std::string cp = *sign_checkpoint(golden_checkpoint(), log_signer());
        const QByteArray note = QByteArray::fromStdString(cp);
        const QByteArray h = "/KifV8n4yOtAR6f/nTM6z54PM4SyCyVbzqsPIW3Momc=\n";
        QTest::newRow("no header") << ("index 3\n" + h + "\n" + note) << "tlog_proof.bad_header";
        QTest::newRow("v2 header")
            << ("c2sp.org/tlog-proof@v2\nindex 3\n" + h + "\n" + note) << "tlog_proof.bad_header";
        QTest::newRow("bad extra")
            << ("c2sp.org/tlog-proof@v1\nextra !!\nindex 3\n" + h + "\n" + note)
            << "tlog_proof.bad_extra";
        QTest::newRow("empty extra")
            << ("c2sp.org/tlog-proof@v1\nextra \nindex 3\n" + h + "\n" + note)
            << "tlog_proof.bad_extra";
        QTest::newRow("no index") << ("c2sp.org/tlog-proof@v1\n" + h + "\n" + note)
                                  << "tlog_proof.bad_index";
        QTest::newRow("index leading zero")
            << ("c2sp.org/tlog-proof@v1\nindex 03\n" + h + "\n" + note) << "tlog_proof.bad_index";
        QTest::newRow("index two spaces")
            << ("c2sp.org/tlog-proof@v1\nindex  3\n" + h + "\n" + note) << "tlog_proof.bad_index";
        QTest::newRow("extra after index")
            << ("c2sp.org/tlog-proof@v1\nindex 3\nextra AAAA\n" + h + "\n" + note)
            << "tlog_proof.bad_hash";
        QTest::newRow("short hash")
            << ("c2sp.org/tlog-proof@v1\nindex 3\nAAAA\n\n" + note) << "tlog_proof.bad_hash";
        QTest::newRow("65 hashes")
            << ("c2sp.org/tlog-proof@v1\nindex 3\n" + h.repeated(65) + "\n" + note)
            << "tlog_proof.too_many_hashes";
        QTest::newRow("no blank line")
            << ("c2sp.org/tlog-proof@v1\nindex 3\n" + h) << "tlog_proof.no_checkpoint";
        QTest::newRow("nothing after blank")
            << ("c2sp.org/tlog-proof@v1\nindex 3\n" + h + "\n") << "tlog_proof.no_checkpoint";
        QTest::newRow("unsigned checkpoint") << ("c2sp.org/tlog-proof@v1\nindex 3\n" + h + "\n" +
                                                 note.left(note.indexOf("\n\n") + 1))
                                             << "note.no_signature_block";
        QTest::newRow("not a checkpoint") << ("c2sp.org/tlog-proof@v1\nindex 3\n" + h +
                                              "\nhello\n\n" + note.mid(note.indexOf("\n\n") + 2))
                                          << "checkpoint.too_few_lines";
    }
    void malformed_tlog_proofs() {
        QFETCH(QByteArray, text);
        QFETCH(QString, code);
        CL_QCOMPARE_ERROR(parse_tlog_proof(text.toStdString()), code);
        ++malformed_cases_;
    }

    // c2sp.org/tlog-witness: the spec's example request and response bodies parse and format back
    // byte for byte; the 409 size body; malformed requests.
    void witness_bodies() {
        const std::string request = "old 20852014\n"
                                    "PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=\n"
                                    "jrJZDmY8Y7SyJE0MWLpLozkIVMSMZcD5kvuKxPC3swk=\n"
                                    "5+pKlUdi2LeF/BcMHBn+Ku6yhPGNCswZZD1X/6QgPd8=\n"
                                    "/6WVhPs2CwSsb5rYBH5cjHV/wSmA79abXAwhXw3Kj/0=\n"
                                    "\n"
                                    "example.com/behind-the-sofa\n"
                                    "20852163\n"
                                    "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"
                                    "\n" +
                                    kDash +
                                    "example.com/behind-the-sofa "
                                    "Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/"
                                    "Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n" +
                                    kDash +
                                    "example.com/behind-the-sofa "
                                    "opLqBQsREYCgu6xQkYQwJr9fo45a62DN9EdmHXnZdXNqlcVGlCum2Wks+49/"
                                    "V6267UEjw6QUXTS5Rovnzv++qbSzm9Q=\n";
        auto parsed = parse_add_checkpoint(request);
        CL_QVERIFY_OK(parsed);
        QCOMPARE(parsed->old_size, std::uint64_t{20852014});
        QCOMPARE(parsed->consistency.size(), std::size_t{4});
        QCOMPARE(parse_note(parsed->checkpoint)->signatures.size(), std::size_t{2});
        QCOMPARE(QString::fromStdString(*format_add_checkpoint(*parsed)),
                 QString::fromStdString(request));

        const std::string response =
            kDash +
            "witness.example/w1 "
            "CMp+6LWBU0anHGH5aNDTJkH/"
            "gj79sG+T6+iP2ThYN5krrDJbR1HDnucjL39QsZTSvVjyQLrdk3DXDqI5G2HgLatVs0pWh6Up69HVOw==\n" +
            kDash +
            "witness.example/w1 "
            "I7rEps0pvK2UqkS2gSpVUDhrhVtQV9lgF6pRrWAvjJHjyWpW7VcE3SiOlVlbQNt64vWhO+DlkL0+"
            "UfzuOBMh9ChdMkP1vi/lCAsmlw==\n" +
            kDash +
            "witness.example/w2 "
            "AWui8Sk55XjYLOijihBjhqEH6nS1ndDymE0a+6idX7pLcnoB+dhnz0854aLZgrrKbYKA7nC3HNJhm/"
            "kWl7oJlqU3rXXvpysAdyP3wQ==\n";
        auto sigs = parse_cosignature_response(response);
        CL_QVERIFY_OK(sigs);
        QCOMPARE(sigs->size(), std::size_t{3});
        QCOMPARE(QString::fromStdString(*format_cosignature_response(*sigs)),
                 QString::fromStdString(response));

        QCOMPARE(QString::fromStdString(format_tlog_size(20852014)), QString("20852014\n"));
        QCOMPARE(*parse_tlog_size("0\n"), std::uint64_t{0});
        CL_QCOMPARE_ERROR(parse_tlog_size("12"), "witness.bad_size_body");
        CL_QCOMPARE_ERROR(parse_tlog_size("012\n"), "witness.bad_size_body");

        const std::string cp = request.substr(request.find("\n\n") + 2);
        const std::string h = "PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=\n";
        CL_QCOMPARE_ERROR(parse_add_checkpoint("old 05\n\n" + cp), "witness.bad_old_size");
        CL_QCOMPARE_ERROR(parse_add_checkpoint("new 5\n\n" + cp), "witness.bad_old_size");
        CL_QCOMPARE_ERROR(parse_add_checkpoint("old 5"), "witness.bad_old_size");
        std::string many = "old 5\n";
        for (int i = 0; i < 64; ++i)
            many += h;
        CL_QCOMPARE_ERROR(parse_add_checkpoint(many + "\n" + cp), "witness.too_many_proof_lines");
        CL_QCOMPARE_ERROR(parse_add_checkpoint("old 5\nAAAA\n\n" + cp), "witness.bad_proof_line");
        CL_QCOMPARE_ERROR(parse_add_checkpoint("old 5\n" + h), "witness.no_checkpoint");
        CL_QCOMPARE_ERROR(parse_add_checkpoint("old 5\n" + h + "\n"), "witness.no_checkpoint");
        CL_QCOMPARE_ERROR(parse_add_checkpoint("old 5\n" + h + "\nexample.com/x\n1\n"),
                          "note.no_signature_block");
        CL_QVERIFY_OK(parse_add_checkpoint("old 0\n\n" + cp));
        CL_QCOMPARE_ERROR(parse_cosignature_response(""), "witness.empty_response");
        CL_QCOMPARE_ERROR(parse_cosignature_response("- w AAAAAAAA\n"), "note.bad_signature_line");
        malformed_cases_ += 12;
    }

private:
    int policy_cases_ = 0;
    int malformed_cases_ = 0;
};

QTEST_GUILESS_MAIN(TestTlogCheckpoint)
#include "test_tlog_checkpoint.moc"
