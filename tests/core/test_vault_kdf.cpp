// The passphrase half of the vault key hierarchy: Argon2id13 known answers from the reference
// implementation, NFKC equivalence, invalid UTF-8, and the parameter floor and limits.
#include "crypto/password_kdf.h"
#include "test_support.h"

using namespace careledger;
using namespace careledger::crypto;

namespace {

SecureBuffer utf8(const QByteArray& text) {
    return SecureBuffer::copy_of({reinterpret_cast<const std::uint8_t*>(text.constData()),
                                  static_cast<std::size_t>(text.size())});
}

int g_vectors = 0;
int g_nfkc_pairs = 0;
int g_rejected = 0;

} // namespace

class TestVaultKdf : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::init_core(); }

    // Expected values come from the Argon2 reference implementation's CLI (Debian package
    // "argon2", 0~20171227), e.g. `echo -n PASS | argon2 SALT -id -t 2 -k 65536 -p 1 -l 32 -r`,
    // not from libsodium, so they pin both the algorithm (Argon2id v1.3) and the parameters.
    void argon2id_reference_data() {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<quint64>("opslimit");
        QTest::addColumn<quint64>("memlimit");
        QTest::addColumn<QByteArray>("kek");
        QTest::newRow("ascii t=2 m=64MiB")
            << QByteArray("correct horse battery staple") << QByteArray("CareLedgerSalt16")
            << quint64(2) << quint64(67108864)
            << QByteArray("aeaa9e79c12586c769eb8743c375a5c301f3bd820d92461093c108aebbe8e578");
        // The reference hashed the composed (NFC) form; both spellings must give its answer.
        QTest::newRow("composed t=3 m=1MiB")
            << QByteArray("p\xc3\xa4ssw\xc3\xb6rd") << QByteArray("0123456789abcdef") << quint64(3)
            << quint64(1048576)
            << QByteArray("c2a743e7f22fe33e51655a46c5efd2b8d8de1a2976854b794b53470897d0b586");
        QTest::newRow("decomposed t=3 m=1MiB")
            << QByteArray("pa\xcc\x88sswo\xcc\x88rd") << QByteArray("0123456789abcdef")
            << quint64(3) << quint64(1048576)
            << QByteArray("c2a743e7f22fe33e51655a46c5efd2b8d8de1a2976854b794b53470897d0b586");
    }

    void argon2id_reference() {
        QFETCH(QByteArray, passphrase);
        QFETCH(QByteArray, salt);
        QFETCH(quint64, opslimit);
        QFETCH(quint64, memlimit);
        QFETCH(QByteArray, kek);
        auto key = passphrase_to_kek(utf8(passphrase), as_bytes(salt.toStdString()),
                                     KdfParams{opslimit, memlimit});
        CL_QVERIFY_OK(key);
        QCOMPARE(QByteArray::fromStdString(to_hex(key->view())), kek);
        ++g_vectors;
    }

    void nfkc_equivalence_data() {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::newRow("e acute composed/decomposed")
            << QByteArray("caf\xc3\xa9") << QByteArray("cafe\xcc\x81");
        QTest::newRow("angstrom sign/A ring")
            << QByteArray("\xe2\x84\xab") << QByteArray("\xc3\x85");
        QTest::newRow("fi ligature/fi") << QByteArray("\xef\xac\x81le") << QByteArray("file");
        QTest::newRow("fullwidth/ascii")
            << QByteArray("\xef\xbc\xa1\xef\xbc\xa2") << QByteArray("AB");
        QTest::newRow("hangul jamo/syllable")
            << QByteArray("\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab") << QByteArray("\xed\x95\x9c");
        QTest::newRow("superscript two/2") << QByteArray("x\xc2\xb2") << QByteArray("x2");
    }

    void nfkc_equivalence() {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        auto na = normalize_passphrase(utf8(a));
        auto nb = normalize_passphrase(utf8(b));
        CL_QVERIFY_OK(na);
        CL_QVERIFY_OK(nb);
        QVERIFY(na->equals(nb->view()));
        // And the normalised forms are distinct from a different passphrase.
        auto other = normalize_passphrase(utf8(a + "x"));
        QVERIFY(!na->equals(other->view()));
        ++g_nfkc_pairs;
    }

    void rejects_bad_passphrases_data() {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<QString>("code");
        QTest::newRow("lone 0xff") << QByteArray("abc\xff") << "crypto.passphrase_utf8";
        QTest::newRow("truncated sequence") << QByteArray("caf\xc3") << "crypto.passphrase_utf8";
        QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << "crypto.passphrase_utf8";
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << "crypto.passphrase_utf8";
        QTest::newRow("beyond U+10FFFF")
            << QByteArray("\xf4\x90\x80\x80") << "crypto.passphrase_utf8";
        QTest::newRow("empty") << QByteArray() << "crypto.passphrase_length";
        QTest::newRow("too long") << QByteArray(1025, 'a') << "crypto.passphrase_length";
    }

    void rejects_bad_passphrases() {
        QFETCH(QByteArray, passphrase);
        QFETCH(QString, code);
        CL_QCOMPARE_ERROR(normalize_passphrase(utf8(passphrase)), code);
        const Bytes salt(kKdfSaltBytes, 1);
        CL_QCOMPARE_ERROR(passphrase_to_kek(utf8(passphrase), salt, KdfParams::minimum()), code);
        ++g_rejected;
    }

    void longest_passphrase_is_accepted() {
        CL_QVERIFY_OK(normalize_passphrase(utf8(QByteArray(1024, 'a'))));
        // The worst NFKC expansion (U+FDFA, 3 bytes -> 33) at full length still fits.
        QByteArray worst;
        for (int i = 0; i < 341; ++i)
            worst += "\xef\xb7\xba";
        auto n = normalize_passphrase(utf8(worst));
        CL_QVERIFY_OK(n);
        QCOMPARE(n->size(), std::size_t{341} * 33);
    }

    void params_floor_and_limits() {
        const KdfParams moderate = KdfParams::moderate();
        // libsodium's documented MODERATE values for Argon2id.
        QCOMPARE(moderate.opslimit, std::uint64_t{3});
        QCOMPARE(moderate.memlimit, std::uint64_t{256} * 1048576);
        QVERIFY(moderate.meets_floor(moderate));
        QVERIFY(!KdfParams({2, moderate.memlimit}).meets_floor(moderate));
        QVERIFY(!KdfParams({3, moderate.memlimit - 1024}).meets_floor(moderate));
        QVERIFY(KdfParams({4, moderate.memlimit * 2}).meets_floor(moderate));
        QVERIFY(moderate.within_limits());
        QVERIFY(KdfParams::minimum().within_limits());
        QVERIFY(KdfParams::maximum().within_limits());
        QVERIFY(!KdfParams({0, 65536}).within_limits());
        QVERIFY(!KdfParams({1, 1024}).within_limits());
        QVERIFY(!KdfParams({KdfParams::maximum().opslimit + 1, 65536}).within_limits());
        QVERIFY(!KdfParams({1, KdfParams::maximum().memlimit + 1}).within_limits());

        const auto pass = SecureBuffer::copy_of(as_bytes("x"));
        const Bytes salt(kKdfSaltBytes, 7);
        CL_QCOMPARE_ERROR(derive_kek(pass, salt, {KdfParams::maximum().opslimit + 1, 65536}),
                          "crypto.kdf_params");
        CL_QCOMPARE_ERROR(derive_kek(pass, Bytes(15, 7), KdfParams::minimum()),
                          "crypto.kdf_params");
    }

    void kek_depends_on_every_input() {
        const Bytes salt(kKdfSaltBytes, 7);
        Bytes other_salt = salt;
        other_salt[15] ^= 1;
        const KdfParams p{1, 65536};
        auto base = passphrase_to_kek(utf8("passphrase"), salt, p);
        CL_QVERIFY_OK(base);
        QCOMPARE(base->size(), kKekBytes);
        QVERIFY(!base->equals(passphrase_to_kek(utf8("passphrasE"), salt, p)->view()));
        QVERIFY(!base->equals(passphrase_to_kek(utf8("passphrase"), other_salt, p)->view()));
        QVERIFY(!base->equals(passphrase_to_kek(utf8("passphrase"), salt, {2, 65536})->view()));
        QVERIFY(!base->equals(passphrase_to_kek(utf8("passphrase"), salt, {1, 131072})->view()));
        QVERIFY(base->equals(passphrase_to_kek(utf8("passphrase"), salt, p)->view()));
    }

    void cleanupTestCase() {
        qInfo("Argon2id reference vectors matched: %d; NFKC pairs equal: %d; bad passphrases "
              "rejected: %d",
              g_vectors, g_nfkc_pairs, g_rejected);
    }
};

QTEST_GUILESS_MAIN(TestVaultKdf)
#include "test_vault_kdf.moc"
