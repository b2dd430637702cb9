// Known answers and properties of the crypto wrappers: RFC 8032 Ed25519 vectors, key derivation
// from the master secret, AEAD tamper detection, sealed boxes, encodings.
#include "crypto/aead.h"
#include "crypto/ed25519.h"
#include "crypto/hash.h"
#include "crypto/identity.h"
#include "test_support.h"

using namespace careledger;
using namespace careledger::crypto;
using careledger::view;

class TestCrypto : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { test::init_core(); }

    void ed25519_rfc8032_data() {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QByteArray>("pk");
        QTest::addColumn<QByteArray>("msg");
        QTest::addColumn<QByteArray>("sig");
        // RFC 8032 §7.1 TEST 1, 2, 3 and TEST SHA(abc).
        QTest::newRow("test1")
            << QByteArray("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
            << QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
            << QByteArray("")
            << QByteArray("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                          "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        QTest::newRow("test2")
            << QByteArray("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
            << QByteArray("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
            << QByteArray("72")
            << QByteArray("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                          "085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
        QTest::newRow("test3")
            << QByteArray("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
            << QByteArray("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025")
            << QByteArray("af82")
            << QByteArray("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
                          "18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
        QTest::newRow("sha_abc")
            << QByteArray("833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42")
            << QByteArray("ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf")
            << QByteArray("ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
                          "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")
            << QByteArray("dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b589"
                          "09351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704");
    }

    void ed25519_rfc8032() {
        QFETCH(QByteArray, seed);
        QFETCH(QByteArray, pk);
        QFETCH(QByteArray, msg);
        QFETCH(QByteArray, sig);
        auto key = SigningKey::from_seed(test::unhex(seed.constData()));
        CL_QVERIFY_OK(key);
        QCOMPARE(QByteArray::fromStdString(to_hex(view(key->public_key()))), pk);
        const Bytes message = test::unhex(msg.constData());
        const auto s = key->sign(message);
        QCOMPARE(QByteArray::fromStdString(to_hex(view(s))), sig);
        QVERIFY(verify(key->public_key(), message, view(s)));
        Bytes tampered = message;
        tampered.push_back(0);
        QVERIFY(!verify(key->public_key(), tampered, view(s)));
        auto bad = s;
        bad[10] ^= 1;
        QVERIFY(!verify(key->public_key(), message, view(bad)));
    }

    void identity_is_deterministic_and_distinct() {
        auto ms = SecureBuffer::copy_of(test::unhex("000102030405060708090a0b0c0d0e0f"));
        auto a = Identity::from_master_secret(ms);
        auto b = Identity::from_master_secret(ms);
        CL_QVERIFY_OK(a);
        QCOMPARE(to_hex(view(a->public_key())), to_hex(view(b->public_key())));
        QVERIFY(a->box_public_key() == b->box_public_key());
        auto other = Identity::from_master_secret(
            SecureBuffer::copy_of(test::unhex("ff0102030405060708090a0b0c0d0e0f")));
        QVERIFY(a->public_key() != other->public_key());
        QVERIFY(a->derive(Subkey::record_keys).view().size() == 32);
        QVERIFY(!a->derive(Subkey::record_keys).equals(other->derive(Subkey::record_keys).view()));
        CL_QCOMPARE_ERROR(Identity::from_master_secret(SecureBuffer(15)), "crypto.key_size");
        QCOMPARE(key_id_hex(a->public_key()).size(), std::size_t{32});
    }

    void aead_round_trip_and_tamper() {
        auto key = random_secret(32);
        const Bytes ad = to_bytes("header");
        auto sealed = aead_seal(key, as_bytes("secret record"), ad);
        CL_QVERIFY_OK(sealed);
        auto opened = aead_open(key, *sealed, ad);
        CL_QVERIFY_OK(opened);
        QCOMPARE(to_string(opened->view()), std::string("secret record"));
        for (std::size_t i = 0; i < sealed->size(); ++i) {
            Bytes t = *sealed;
            t[i] ^= 0x80;
            CL_QCOMPARE_ERROR(aead_open(key, t, ad), "crypto.aead");
        }
        CL_QCOMPARE_ERROR(aead_open(key, *sealed, as_bytes("other")), "crypto.aead");
        CL_QCOMPARE_ERROR(aead_open(random_secret(32), *sealed, ad), "crypto.aead");
        CL_QCOMPARE_ERROR(aead_open(key, Bytes(10), ad), "crypto.aead");
    }

    void sealed_box() {
        auto id = Identity::from_master_secret(random_secret(16));
        auto sealed = seal_to(id->box_public_key(), as_bytes("for you"));
        auto opened = open_sealed(*id, sealed);
        CL_QVERIFY_OK(opened);
        QCOMPARE(to_string(opened->view()), std::string("for you"));
        auto other = Identity::from_master_secret(random_secret(16));
        CL_QCOMPARE_ERROR(open_sealed(*other, sealed), "crypto.sealed_box");
    }

    void encodings() {
        QCOMPARE(to_base64(as_bytes("leaf-0")), std::string("bGVhZi0w"));
        QCOMPARE(to_string(from_base64("bGVhZi0w").value()), std::string("leaf-0"));
        CL_QCOMPARE_ERROR(from_base64("bGVhZi0x!"), "encoding.base64");
        CL_QCOMPARE_ERROR(from_base64("bGVhZi1="), "encoding.base64"); // non-canonical padding bits
        CL_QCOMPARE_ERROR(from_hex("abc"), "encoding.hex");
        CL_QCOMPARE_ERROR(from_hex("zz"), "encoding.hex");
        QCOMPARE(to_hex(from_hex("00ff10").value()), std::string("00ff10"));
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "test_crypto.moc"
