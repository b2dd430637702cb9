// SLIP-0039 recovery shares: the official test vectors (every valid set reconstructs its master
// secret, every invalid set is rejected with the error its description names), the encryption and
// share encoding against the vectors, PBKDF2 and GF(256) known answers, split/combine round trips
// over every threshold subset, and the embedded word list against the standard's file.
#include "crypto/aead.h"
#include "crypto/slip39.h"
#include "crypto/slip39_cipher.h"
#include "crypto/slip39_rs1024.h"
#include "crypto/slip39_shamir.h"
#include "crypto/slip39_share.h"
#include "test_support.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <functional>
#include <set>

using namespace careledger;
using namespace careledger::crypto;
namespace s39 = careledger::crypto::slip39;

namespace {

constexpr const char* kVectorPassphrase = "TREZOR"; // all valid vectors use it

SecureBuffer secure_text(std::string_view text) {
    return SecureBuffer::copy_of(as_bytes(text));
}

std::string text_of(const SecureBuffer& b) {
    return to_string(b.view());
}

std::vector<SecureBuffer> secure_texts(const QStringList& texts) {
    std::vector<SecureBuffer> out;
    for (const auto& t : texts)
        out.push_back(secure_text(t.toStdString()));
    return out;
}

std::vector<std::string> split_words(const std::string& text) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto end = text.find(' ', i);
        words.push_back(text.substr(i, end == std::string::npos ? std::string::npos : end - i));
        i = end == std::string::npos ? text.size() : end + 1;
    }
    return words;
}

std::string join_words(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words)
        out += (out.empty() ? "" : " ") + w;
    return out;
}

// Every k-element subset of {0..n-1}, in lexicographic order.
std::vector<std::vector<std::size_t>> subsets(std::size_t n, std::size_t k) {
    std::vector<std::vector<std::size_t>> out;
    std::vector<bool> pick(n, false);
    std::fill(pick.begin(), pick.begin() + static_cast<std::ptrdiff_t>(k), true);
    do {
        std::vector<std::size_t> s;
        for (std::size_t i = 0; i < n; ++i)
            if (pick[i])
                s.push_back(i);
        out.push_back(s);
    } while (std::prev_permutation(pick.begin(), pick.end()));
    return out;
}

void append_copies(std::vector<SecureBuffer>& out, const std::vector<SecureBuffer>& from,
                   const std::vector<std::size_t>& which) {
    for (const auto i : which)
        out.push_back(SecureBuffer::copy_of(from.at(i).view()));
}

std::vector<SecureBuffer> copies(const std::vector<SecureBuffer>& from,
                                 const std::vector<std::size_t>& which) {
    std::vector<SecureBuffer> out;
    append_copies(out, from, which);
    return out;
}

// The error class each invalid official vector exercises, from the words of its description.
QString expected_error(const QString& description) {
    static const std::vector<std::pair<const char*, const char*>> kByDescription = {
        {"invalid checksum", "slip39.checksum"},
        {"invalid padding", "slip39.padding"},
        {"different identifiers", "slip39.mismatched_identifier"},
        {"different iteration exponents", "slip39.mismatched_iteration_exponent"},
        {"mismatching group thresholds", "slip39.mismatched_group_threshold"},
        {"mismatching group counts", "slip39.mismatched_group_count"},
        {"greater group threshold than group counts", "slip39.threshold"},
        {"duplicate member indices", "slip39.duplicate_member"},
        {"mismatching member thresholds", "slip39.mismatched_member_threshold"},
        {"invalid digest", "slip39.digest"},
        {"Insufficient number of groups", "slip39.insufficient_groups"},
        {"insufficient number of members", "slip39.insufficient_shares"},
        {"Basic sharing 2-of-3", "slip39.insufficient_shares"}, // one share of a 2-of-3
        {"insufficient length", "slip39.length"},
        {"invalid master secret length", "slip39.length"},
    };
    for (const auto& [words, code] : kByDescription)
        if (description.contains(QLatin1String(words)))
            return QString::fromLatin1(code);
    return {};
}

struct OfficialVector {
    QString description;
    QStringList mnemonics;
    QString secret_hex; // empty: the set must be rejected
};

std::vector<OfficialVector> load_official_vectors() {
    QFile file(QStringLiteral(CARELEDGER_SHARED_VECTORS "/slip39-vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    std::vector<OfficialVector> out;
    for (const auto& entry : QJsonDocument::fromJson(file.readAll()).array()) {
        const auto fields = entry.toArray();
        OfficialVector v;
        v.description = fields.at(0).toString();
        for (const auto& m : fields.at(1).toArray())
            v.mnemonics << m.toString();
        v.secret_hex = fields.at(2).toString();
        out.push_back(v);
    }
    return out;
}

} // namespace

class TestSlip39 : public QObject {
    Q_OBJECT

    std::vector<OfficialVector> vectors_;
    int valid_passed_ = 0;
    int invalid_passed_ = 0;

private slots:
    void initTestCase() {
        test::init_core();
        vectors_ = load_official_vectors();
        QVERIFY2(!vectors_.empty(), "cannot read slip39-vectors.json");
    }

    // ---- Official vectors ------------------------------------------------------------------

    void official_vector_data() {
        QTest::addColumn<QStringList>("mnemonics");
        QTest::addColumn<QString>("secret_hex");
        QTest::addColumn<QString>("description");
        for (const auto& v : vectors_)
            QTest::newRow(v.description.toUtf8().constData())
                << v.mnemonics << v.secret_hex << v.description;
    }

    void official_vector() {
        QFETCH(QStringList, mnemonics);
        QFETCH(QString, secret_hex);
        QFETCH(QString, description);
        const auto result = s39::combine(secure_texts(mnemonics), kVectorPassphrase);
        if (!secret_hex.isEmpty()) {
            CL_QVERIFY_OK(result);
            QCOMPARE(QString::fromStdString(to_hex(result->view())), secret_hex);
            ++valid_passed_;
        } else {
            const QString expected = expected_error(description);
            QVERIFY2(!expected.isEmpty(), "no expected error class for this invalid vector");
            CL_QCOMPARE_ERROR(result, expected);
            ++invalid_passed_;
        }
    }

    void official_vector_totals() {
        int valid = 0;
        int invalid = 0;
        for (const auto& v : vectors_)
            (v.secret_hex.isEmpty() ? invalid : valid)++;
        qInfo("SLIP-0039 official vectors: %d/%d valid reconstructed, %d/%d invalid rejected "
              "(xprv column not checked: it needs BIP-32)",
              valid_passed_, valid, invalid_passed_, invalid);
        QCOMPARE(valid_passed_, valid);
        QCOMPARE(invalid_passed_, invalid);
        // DESIGN §10 counts 45 = 15 + 30; a truncated file must not pass quietly.
        QCOMPARE(valid, 15);
        QCOMPARE(invalid, 30);
    }

    // Parsing then formatting every share that parses gives back the official text, and
    // inspect() agrees with the parsed fields. Only shares of the vectors about a malformed
    // single share (checksum, padding, length, group threshold) fail to parse.
    void official_shares_reencode() {
        int reencoded = 0;
        int malformed = 0;
        for (const auto& v : vectors_) {
            const QString error =
                v.secret_hex.isEmpty() ? expected_error(v.description) : QString();
            const bool share_level = error == QLatin1String("slip39.checksum") ||
                                     error == QLatin1String("slip39.padding") ||
                                     error == QLatin1String("slip39.length") ||
                                     error == QLatin1String("slip39.threshold");
            for (const auto& m : v.mnemonics) {
                const auto text = secure_text(m.toStdString());
                auto share = s39::detail::parse_share(text.view());
                if (share_level) {
                    CL_QCOMPARE_ERROR(share, error);
                    ++malformed;
                    continue;
                }
                CL_QVERIFY_OK(share);
                const auto again = s39::detail::format_share(share->info, share->value.view());
                QCOMPARE(QString::fromStdString(text_of(again)), m);
                const auto info = s39::inspect(text.view());
                CL_QVERIFY_OK(info);
                QCOMPARE(info->identifier, share->info.identifier);
                QCOMPARE(info->member_index, share->info.member_index);
                QCOMPARE(info->word_count, static_cast<std::size_t>(m.count(' ') + 1));
                QCOMPARE(s39::mnemonic_words_for(info->secret_bytes), info->word_count);
                ++reencoded;
            }
        }
        qInfo("official shares parsed and re-encoded identically: %d (%d malformed rejected)",
              reencoded, malformed);
        QVERIFY(reencoded > 0);
        QCOMPARE(malformed, 12);
    }

    // In a 1-of-1 set with group threshold 1 the share value is the encrypted master secret
    // itself, so the vectors pin the Feistel encryption (both flags, e = 0 and 3, 128/256 bits).
    void official_encryption_known_answers() {
        int checked = 0;
        std::set<bool> flags;
        for (const auto& v : vectors_) {
            if (v.secret_hex.isEmpty() || v.mnemonics.size() != 1)
                continue;
            const auto text = secure_text(v.mnemonics.front().toStdString());
            auto share = s39::detail::parse_share(text.view());
            CL_QVERIFY_OK(share);
            QCOMPARE(share->info.member_threshold, std::uint8_t{1});
            QCOMPARE(share->info.group_threshold, std::uint8_t{1});
            const auto secret = SecureBuffer::copy_of(test::unhex(qPrintable(v.secret_hex)));
            const s39::detail::CipherParams params{share->info.identifier, share->info.extendable,
                                                   share->info.iteration_exponent};
            const auto encrypted = s39::detail::encrypt(secret, kVectorPassphrase, params);
            QCOMPARE(to_hex(encrypted.view()), to_hex(share->value.view()));
            const auto decrypted = s39::detail::decrypt(encrypted, kVectorPassphrase, params);
            QVERIFY(decrypted.equals(secret.view()));
            flags.insert(share->info.extendable);
            ++checked;
        }
        qInfo("encryption known answers from 1-of-1 vectors: %d", checked);
        QCOMPARE(checked, 4);
        QCOMPARE(flags.size(), std::size_t{2});
    }

    // ---- Building blocks -------------------------------------------------------------------

    void pbkdf2_rfc7914_data() {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<uint>("iterations");
        QTest::addColumn<QByteArray>("expected");
        // RFC 7914 §11, the PBKDF2-HMAC-SHA256 vectors (64-byte output: two blocks).
        QTest::newRow("passwd/salt/1")
            << QByteArray("passwd") << QByteArray("salt") << 1U
            << QByteArray("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                          "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783");
        QTest::newRow("Password/NaCl/80000")
            << QByteArray("Password") << QByteArray("NaCl") << 80000U
            << QByteArray("4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                          "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d");
    }

    void pbkdf2_rfc7914() {
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(uint, iterations);
        QFETCH(QByteArray, expected);
        Bytes out(64);
        s39::detail::pbkdf2_hmac_sha256(as_bytes(password.toStdString()),
                                        as_bytes(salt.toStdString()), iterations, out);
        QCOMPARE(QByteArray::fromStdString(to_hex(out)), expected);
        // A shorter output is a prefix of the longer one (PBKDF2 block structure).
        Bytes first(20);
        s39::detail::pbkdf2_hmac_sha256(as_bytes(password.toStdString()),
                                        as_bytes(salt.toStdString()), iterations, first);
        QVERIFY(std::equal(first.begin(), first.end(), out.begin()));
    }

    void gf256_arithmetic() {
        using s39::detail::gf_inverse;
        using s39::detail::gf_mul;
        // FIPS-197 §4.2 examples.
        QCOMPARE(gf_mul(0x57, 0x83), std::uint8_t{0xc1});
        QCOMPARE(gf_mul(0x57, 0x13), std::uint8_t{0xfe});
        int inverses = 0;
        for (unsigned a = 1; a < 256; ++a) {
            const auto x = static_cast<std::uint8_t>(a);
            QCOMPARE(gf_mul(x, gf_inverse(x)), std::uint8_t{1});
            QCOMPARE(gf_mul(x, 1), x);
            QCOMPARE(gf_mul(x, 0x03), static_cast<std::uint8_t>(gf_mul(x, 2) ^ x));
            ++inverses;
        }
        qInfo("GF(256) inverses checked: %d", inverses);
    }

    // The shared secret sits at 255 and its digest at 254; any T shares give both back.
    void split_secret_interpolates() {
        const auto secret = random_secret(16);
        int subsets_checked = 0;
        for (std::uint8_t t = 2; t <= 5; ++t) {
            const auto shares = s39::detail::split_secret(t, 6, secret);
            QCOMPARE(shares.size(), std::size_t{6});
            for (const auto& pick : subsets(6, t)) {
                std::vector<s39::detail::SharePoint> points;
                points.reserve(pick.size());
                for (auto i : pick)
                    points.push_back({static_cast<std::uint8_t>(i), shares[i].view()});
                auto recovered = s39::detail::recover_secret(t, points);
                CL_QVERIFY_OK(recovered);
                QVERIFY(recovered->equals(secret.view()));
                ++subsets_checked;
            }
            // T - 1 shares define a different polynomial: the digest catches it.
            std::vector<s39::detail::SharePoint> short_set;
            for (std::uint8_t i = 0; i + 1 < t; ++i)
                short_set.push_back({i, shares[i].view()});
            CL_QCOMPARE_ERROR(s39::detail::recover_secret(t, short_set), "slip39.digest");
        }
        qInfo("threshold subsets interpolated: %d", subsets_checked);
    }

    void rs1024_detects_word_errors() {
        // Random data words with their checksum; every change of up to three words is caught.
        Bytes noise = random_bytes(64);
        std::vector<std::uint16_t> data;
        for (std::size_t i = 0; i + 1 < noise.size() && data.size() < 17; i += 2)
            data.push_back(static_cast<std::uint16_t>(((noise[i] << 8) | noise[i + 1]) & 0x3ff));
        s39::detail::Rs1024 rs(s39::detail::kCustomizationExtendable);
        for (auto w : data)
            rs.feed(w);
        const auto check = rs.checksum();
        std::vector<std::uint16_t> word(data);
        word.insert(word.end(), check.begin(), check.end());
        const auto valid = [](const std::vector<std::uint16_t>& w, std::string_view cs) {
            s39::detail::Rs1024 r(cs);
            for (auto x : w)
                r.feed(x);
            return r.valid();
        };
        QVERIFY(valid(word, s39::detail::kCustomizationExtendable));
        QVERIFY(!valid(word, s39::detail::kCustomization));
        int changes = 0;
        for (std::size_t i = 0; i < word.size(); ++i) {
            for (std::uint16_t delta = 1; delta < 1024;
                 delta = static_cast<std::uint16_t>(delta * 3)) {
                auto bad = word;
                bad[i] ^= delta;
                QVERIFY(!valid(bad, s39::detail::kCustomizationExtendable));
                bad[(i + 7) % bad.size()] ^= 0x155;
                bad[(i + 13) % bad.size()] ^= 0x2aa;
                QVERIFY(!valid(bad, s39::detail::kCustomizationExtendable));
                changes += 2;
            }
        }
        qInfo("RS1024 corrupted codewords rejected: %d", changes);
    }

    // ---- Word list -------------------------------------------------------------------------

    void wordlist_matches_standard() {
        QFile file(QStringLiteral(CARELEDGER_SHARED_VECTORS "/slip39-wordlist.txt"));
        QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
        QStringList standard;
        while (!file.atEnd()) {
            const auto line = QString::fromUtf8(file.readLine()).trimmed();
            if (!line.isEmpty())
                standard << line;
        }
        const auto words = s39::wordlist();
        QCOMPARE(words.size(), std::size_t{1024});
        QCOMPARE(static_cast<std::size_t>(standard.size()), words.size());
        std::set<std::string_view> prefixes;
        std::set<std::string_view> unique;
        for (std::size_t i = 0; i < words.size(); ++i) {
            QCOMPARE(QString::fromLatin1(words[i].data(), static_cast<qsizetype>(words[i].size())),
                     standard.at(static_cast<qsizetype>(i)));
            prefixes.insert(words[i].substr(0, 4));
            unique.insert(words[i]);
            QVERIFY(s39::is_word(words[i]));
            // Four letters name exactly one word, which autocompletion relies on.
            const auto completions = s39::words_with_prefix(words[i].substr(0, 4));
            QCOMPARE(completions.size(), std::size_t{1});
            QCOMPARE(completions.front(), words[i]);
        }
        QCOMPARE(unique.size(), std::size_t{1024});
        QCOMPARE(prefixes.size(), std::size_t{1024});
        qInfo("word list: %zu words, %zu unique 4-letter prefixes", words.size(), prefixes.size());
    }

    void word_lookups() {
        QVERIFY(s39::is_word("academic"));
        QVERIFY(s39::is_word("ZERO"));
        QVERIFY(s39::is_word("Satoshi"));
        QVERIFY(!s39::is_word("acad"));      // a prefix is not a word
        QVERIFY(!s39::is_word("academics")); // nor a longer word
        QVERIFY(!s39::is_word(" acid"));
        QVERIFY(!s39::is_word(""));
        QVERIFY(!s39::is_word("caf\xc3\xa9"));
        const auto all = s39::words_with_prefix("");
        QCOMPARE(all.size(), std::size_t{1024});
        const auto ac = s39::words_with_prefix("AC");
        std::size_t expected = 0;
        for (const auto w : s39::wordlist())
            expected += w.starts_with("ac") ? 1U : 0U;
        QCOMPARE(ac.size(), expected);
        QVERIFY(expected > 1);
        for (const auto w : ac)
            QVERIFY(w.starts_with("ac"));
        QVERIFY(s39::words_with_prefix("qx").empty());
        QVERIFY(s39::words_with_prefix("abcdefghi").empty());
    }

    // ---- Round trips -----------------------------------------------------------------------

    void one_of_one_phrase() {
        const auto secret = random_secret(16);
        auto shares = s39::split(secret, "", 1, {{1, 1}});
        CL_QVERIFY_OK(shares);
        QCOMPARE(shares->size(), std::size_t{1});
        QCOMPARE(shares->front().size(), std::size_t{1});
        const std::string phrase = text_of(shares->front().front());
        QCOMPARE(split_words(phrase).size(), std::size_t{20});
        QCOMPARE(s39::mnemonic_words_for(16), std::size_t{20});
        auto info = s39::inspect(shares->front().front().view());
        CL_QVERIFY_OK(info);
        QVERIFY(info->extendable);
        QCOMPARE(info->iteration_exponent, s39::kDefaultIterationExponent);
        QCOMPARE(info->group_threshold, std::uint8_t{1});
        QCOMPARE(info->member_threshold, std::uint8_t{1});
        QCOMPARE(info->secret_bytes, std::size_t{16});
        auto back = s39::combine(copies(shares->front(), {0}), "");
        CL_QVERIFY_OK(back);
        QVERIFY(back->equals(secret.view()));

        // 256-bit secrets give 33 words.
        const auto big = random_secret(32);
        auto big_shares = s39::split(big, "pass", 1, {{1, 1}}, 0);
        CL_QVERIFY_OK(big_shares);
        QCOMPARE(split_words(text_of(big_shares->front().front())).size(), std::size_t{33});
        auto big_back = s39::combine(copies(big_shares->front(), {0}), "pass");
        CL_QVERIFY_OK(big_back);
        QVERIFY(big_back->equals(big.view()));
    }

    void lenient_input_exact_words() {
        const auto& v = vectors_.front(); // "1. Valid mnemonic without sharing (128 bits)"
        QVERIFY(!v.secret_hex.isEmpty());
        const std::string phrase = v.mnemonics.front().toStdString();
        std::string messy = "\n  ";
        for (const auto& w : split_words(phrase))
            messy += QString::fromStdString(w).toUpper().toStdString() + " \t ";
        messy += "\r\n";
        const auto recovered =
            s39::combine(secure_texts({QString::fromStdString(messy)}), kVectorPassphrase);
        CL_QVERIFY_OK(recovered);
        QCOMPARE(QString::fromStdString(to_hex(recovered->view())), v.secret_hex);

        auto words = split_words(phrase);
        const auto replaced = [&](std::size_t position, const std::string& word) {
            auto w = words;
            w[position] = word;
            return secure_text(join_words(w));
        };
        // Exact otherwise: a 4-letter prefix, punctuation, non-ASCII look-alikes are not words.
        CL_QCOMPARE_ERROR(s39::inspect(replaced(2, words[2].substr(0, 4)).view()),
                          "slip39.unknown_word");
        CL_QCOMPARE_ERROR(s39::inspect(replaced(5, words[5] + ",").view()), "slip39.unknown_word");
        CL_QCOMPARE_ERROR(s39::inspect(replaced(7, "\xc3\xa1" + words[7]).view()),
                          "slip39.unknown_word");
        const auto unknown = s39::inspect(replaced(9, "bitcoin").view());
        CL_QCOMPARE_ERROR(unknown, "slip39.unknown_word");
        QVERIFY(unknown.error().message.find("word 10") != std::string::npos);
        CL_QCOMPARE_ERROR(s39::inspect(secure_text("").view()), "slip39.length");
        CL_QCOMPARE_ERROR(s39::combine({}, ""), "slip39.empty");
        // A long paste is refused by its length, before any other work.
        std::string huge;
        for (int i = 0; i < 1001; ++i)
            huge += "academic ";
        CL_QCOMPARE_ERROR(s39::inspect(secure_text(huge).view()), "slip39.length");
    }

    void threshold_subsets_data() {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("count");
        QTest::newRow("2-of-3") << 2 << 3;
        QTest::newRow("3-of-5") << 3 << 5;
    }

    void threshold_subsets() {
        QFETCH(int, threshold);
        QFETCH(int, count);
        const auto t = static_cast<std::size_t>(threshold);
        const auto n = static_cast<std::size_t>(count);
        const auto secret = random_secret(16);
        auto shares = s39::split(secret, "", 1,
                                 {{static_cast<std::uint8_t>(t), static_cast<std::uint8_t>(n)}}, 0);
        CL_QVERIFY_OK(shares);
        const auto& set = shares->front();
        QCOMPARE(set.size(), n);
        int recovered = 0;
        for (const auto& pick : subsets(n, t)) {
            auto order = pick;
            std::reverse(order.begin(), order.end()); // order does not matter
            for (const auto& chosen : {pick, order}) {
                auto back = s39::combine(copies(set, chosen), "");
                CL_QVERIFY_OK(back);
                QVERIFY(back->equals(secret.view()));
            }
            ++recovered;
        }
        int refused = 0;
        for (std::size_t k = 1; k < t; ++k)
            for (const auto& pick : subsets(n, k)) {
                CL_QCOMPARE_ERROR(s39::combine(copies(set, pick), ""),
                                  "slip39.insufficient_shares");
                ++refused;
            }
        // More than the threshold is refused too (the standard asks for exactly T).
        CL_QCOMPARE_ERROR(s39::combine(copies(set, subsets(n, t + 1).front()), ""),
                          "slip39.too_many_shares");
        // The same share twice counts once.
        auto doubled = copies(set, subsets(n, t).front());
        doubled.push_back(SecureBuffer::copy_of(doubled.front().view()));
        auto back = s39::combine(doubled, "");
        CL_QVERIFY_OK(back);
        QVERIFY(back->equals(secret.view()));
        qInfo("%d-of-%d: %d subsets recovered (each in two orders), %d short subsets refused",
              threshold, count, recovered, refused);
    }

    void groups_every_threshold_subset() {
        // Group threshold 2 of 3 groups with member thresholds 1-of-1, 2-of-3, 3-of-5.
        const std::vector<s39::GroupSpec> spec = {{1, 1}, {2, 3}, {3, 5}};
        const auto secret = random_secret(16);
        auto split = s39::split(secret, "family", 2, spec, 0);
        CL_QVERIFY_OK(split);
        const auto& groups = *split;
        QCOMPARE(groups.size(), std::size_t{3});
        for (std::size_t g = 0; g < groups.size(); ++g) {
            QCOMPARE(groups[g].size(), static_cast<std::size_t>(spec[g].member_count));
            for (std::size_t m = 0; m < groups[g].size(); ++m) {
                auto info = s39::inspect(groups[g][m].view());
                CL_QVERIFY_OK(info);
                QCOMPARE(info->group_index, static_cast<std::uint8_t>(g));
                QCOMPARE(info->member_index, static_cast<std::uint8_t>(m));
                QCOMPARE(info->group_threshold, std::uint8_t{2});
                QCOMPARE(info->group_count, std::uint8_t{3});
                QCOMPARE(info->member_threshold, spec[g].member_threshold);
            }
        }
        // Every pair of groups, with every threshold subset inside each group of the pair.
        int recovered = 0;
        for (const auto& pair : subsets(3, 2)) {
            const auto& a = groups[pair[0]];
            const auto& b = groups[pair[1]];
            for (const auto& pa : subsets(a.size(), spec[pair[0]].member_threshold))
                for (const auto& pb : subsets(b.size(), spec[pair[1]].member_threshold)) {
                    std::vector<SecureBuffer> set;
                    append_copies(set, a, pa);
                    append_copies(set, b, pb);
                    auto back = s39::combine(set, "family");
                    CL_QVERIFY_OK(back);
                    QVERIFY(back->equals(secret.view()));
                    ++recovered;
                }
        }
        QCOMPARE(recovered, 1 * 3 + 1 * 10 + 3 * 10);

        // One complete group is not enough; three groups are more than the threshold.
        CL_QCOMPARE_ERROR(s39::combine(copies(groups[2], {0, 1, 2}), "family"),
                          "slip39.insufficient_groups");
        std::vector<SecureBuffer> three;
        append_copies(three, groups[0], {0});
        append_copies(three, groups[1], {0, 1});
        append_copies(three, groups[2], {0, 1, 2});
        CL_QCOMPARE_ERROR(s39::combine(three, "family"), "slip39.too_many_groups");
        // Two groups, one short of its member threshold.
        std::vector<SecureBuffer> short_group;
        append_copies(short_group, groups[0], {0});
        append_copies(short_group, groups[2], {1, 4});
        CL_QCOMPARE_ERROR(s39::combine(short_group, "family"), "slip39.insufficient_shares");
        qInfo("groups 2-of-3 {1-of-1, 2-of-3, 3-of-5}: %d sets recovered", recovered);
    }

    void default_exponent_round_trip() {
        const auto secret = random_secret(16);
        auto shares = s39::split(secret, "", 1, {{2, 3}});
        CL_QVERIFY_OK(shares);
        auto info = s39::inspect(shares->front()[1].view());
        CL_QVERIFY_OK(info);
        QCOMPARE(info->iteration_exponent, std::uint8_t{1});
        const auto set = copies(shares->front(), {2, 1});
        QElapsedTimer timer;
        timer.start();
        auto back = s39::combine(set, "");
        const auto elapsed = timer.elapsed();
        CL_QVERIFY_OK(back);
        QVERIFY(back->equals(secret.view()));
        // Decryption runs 20,000 HMAC-SHA256 iterations at e = 1: UI code calls it off the GUI
        // thread (DESIGN §2).
        qInfo("combine at the default iteration exponent: %lld ms",
              static_cast<long long>(elapsed));
    }

    void mixed_sets_rejected() {
        const auto secret = random_secret(16);
        auto first = s39::split(secret, "", 1, {{2, 3}}, 0);
        auto second = s39::split(secret, "", 1, {{2, 3}}, 0);
        CL_QVERIFY_OK(first);
        CL_QVERIFY_OK(second);
        std::vector<SecureBuffer> mixed;
        append_copies(mixed, first->front(), {0});
        append_copies(mixed, second->front(), {1});
        const auto result = s39::combine(mixed, "");
        QVERIFY(!result.ok());
        const auto id1 = s39::inspect(first->front()[0].view())->identifier;
        const auto id2 = s39::inspect(second->front()[0].view())->identifier;
        // Two splits share an identifier once in 2^15; then the digest catches the mix.
        QCOMPARE(QString::fromStdString(result.error().code),
                 QString(id1 != id2 ? "slip39.mismatched_identifier" : "slip39.digest"));

        // Extendable sets of the same secret each recover it under the same passphrase.
        for (const auto* set : {&*first, &*second}) {
            auto back = s39::combine(copies(set->front(), {0, 2}), "");
            CL_QVERIFY_OK(back);
            QVERIFY(back->equals(secret.view()));
        }

        // Shares of a different secret with a forged common identifier fail the digest.
        const auto other = random_secret(16);
        auto third = s39::split(other, "", 1, {{2, 3}}, 0);
        CL_QVERIFY_OK(third);
        auto forged = s39::detail::parse_share(third->front()[1].view());
        CL_QVERIFY_OK(forged);
        auto reference = s39::detail::parse_share(first->front()[0].view());
        forged->info.identifier = reference->info.identifier;
        std::vector<SecureBuffer> forged_set;
        append_copies(forged_set, first->front(), {0});
        forged_set.push_back(s39::detail::format_share(forged->info, forged->value.view()));
        CL_QCOMPARE_ERROR(s39::combine(forged_set, ""), "slip39.digest");
    }

    void one_word_change_caught() {
        const auto secret = random_secret(16);
        auto shares = s39::split(secret, "", 1, {{2, 3}}, 0);
        CL_QVERIFY_OK(shares);
        const auto words = split_words(text_of(shares->front()[0]));
        const auto list = s39::wordlist();
        int caught = 0;
        for (std::size_t position = 0; position < words.size(); ++position) {
            const auto at = std::find(list.begin(), list.end(), words[position]) - list.begin();
            for (std::ptrdiff_t step : {1, 2, 37, 512, 1023}) {
                auto changed = words;
                changed[position] = std::string(list[static_cast<std::size_t>((at + step) % 1024)]);
                std::vector<SecureBuffer> set;
                set.push_back(secure_text(join_words(changed)));
                append_copies(set, shares->front(), {1});
                CL_QCOMPARE_ERROR(s39::combine(set, ""), "slip39.checksum");
                ++caught;
            }
        }
        // Two swapped neighbours and a dropped word are caught too.
        auto swapped = words;
        std::swap(swapped[6], swapped[7]);
        if (swapped != words) {
            CL_QCOMPARE_ERROR(s39::inspect(secure_text(join_words(swapped)).view()),
                              "slip39.checksum");
            ++caught;
        }
        auto dropped = words;
        dropped.erase(dropped.begin() + 10);
        CL_QCOMPARE_ERROR(s39::inspect(secure_text(join_words(dropped)).view()), "slip39.length");
        qInfo("single-word changes caught by the checksum: %d", caught);
    }

    void wrong_passphrase_gives_other_secret() {
        const auto secret = random_secret(16);
        auto shares = s39::split(secret, "correct horse", 1, {{2, 3}}, 0);
        CL_QVERIFY_OK(shares);
        auto right = s39::combine(copies(shares->front(), {0, 1}), "correct horse");
        auto wrong = s39::combine(copies(shares->front(), {0, 1}), "correct horsf");
        auto empty = s39::combine(copies(shares->front(), {0, 1}), "");
        CL_QVERIFY_OK(right);
        CL_QVERIFY_OK(wrong); // not an error: the standard has no passphrase check
        CL_QVERIFY_OK(empty);
        QVERIFY(right->equals(secret.view()));
        QVERIFY(!wrong->equals(secret.view()));
        QVERIFY(!empty->equals(secret.view()));
        QVERIFY(!wrong->equals(empty->view()));
        CL_QCOMPARE_ERROR(s39::combine(copies(shares->front(), {0, 1}), "caf\xc3\xa9"),
                          "slip39.passphrase");
        CL_QCOMPARE_ERROR(s39::split(secret, "tab\there", 1, {{1, 1}}), "slip39.passphrase");
    }

    void identifier_salts_only_non_extendable() {
        const auto secret = random_secret(16);
        const auto ems = [&](std::uint16_t id, bool extendable) {
            return to_hex(s39::detail::encrypt(secret, "", {id, extendable, 0}).view());
        };
        QCOMPARE(ems(1, true), ems(2, true));
        QVERIFY(ems(1, false) != ems(2, false));
        QVERIFY(ems(1, false) != ems(1, true));

        auto legacy = s39::split(secret, "x", 1, {{2, 2}}, 0, /*extendable=*/false);
        CL_QVERIFY_OK(legacy);
        QVERIFY(!s39::inspect(legacy->front()[0].view())->extendable);
        auto back = s39::combine(copies(legacy->front(), {1, 0}), "x");
        CL_QVERIFY_OK(back);
        QVERIFY(back->equals(secret.view()));
    }

    void split_parameters_rejected_data() {
        QTest::addColumn<int>("secret_bytes");
        QTest::addColumn<int>("group_threshold");
        QTest::addColumn<QList<int>>("groups"); // threshold, count pairs
        QTest::addColumn<int>("exponent");
        QTest::addColumn<QString>("code");
        QTest::newRow("short secret") << 14 << 1 << QList<int>{1, 1} << 0 << "slip39.secret_length";
        QTest::newRow("odd secret") << 17 << 1 << QList<int>{1, 1} << 0 << "slip39.secret_length";
        QTest::newRow("exponent 16")
            << 16 << 1 << QList<int>{1, 1} << 16 << "slip39.iteration_exponent";
        QTest::newRow("no groups") << 16 << 1 << QList<int>{} << 0 << "slip39.count";
        QTest::newRow("group threshold 0")
            << 16 << 0 << QList<int>{1, 1} << 0 << "slip39.threshold";
        QTest::newRow("group threshold > groups")
            << 16 << 2 << QList<int>{1, 1} << 0 << "slip39.threshold";
        QTest::newRow("member threshold > count")
            << 16 << 1 << QList<int>{4, 3} << 0 << "slip39.threshold";
        QTest::newRow("member threshold 0")
            << 16 << 1 << QList<int>{0, 3} << 0 << "slip39.threshold";
        QTest::newRow("1-of-2") << 16 << 1 << QList<int>{1, 2} << 0 << "slip39.threshold";
        QTest::newRow("17 members") << 16 << 1 << QList<int>{2, 17} << 0 << "slip39.count";
        QList<int> seventeen;
        for (int i = 0; i < 17; ++i)
            seventeen << 1 << 1;
        QTest::newRow("17 groups") << 16 << 1 << seventeen << 0 << "slip39.count";
    }

    void split_parameters_rejected() {
        QFETCH(int, secret_bytes);
        QFETCH(int, group_threshold);
        QFETCH(QList<int>, groups);
        QFETCH(int, exponent);
        QFETCH(QString, code);
        std::vector<s39::GroupSpec> spec;
        for (qsizetype i = 0; i + 1 < groups.size(); i += 2)
            spec.push_back(
                {static_cast<std::uint8_t>(groups[i]), static_cast<std::uint8_t>(groups[i + 1])});
        const auto secret = random_secret(static_cast<std::size_t>(secret_bytes));
        CL_QCOMPARE_ERROR(s39::split(secret, "", static_cast<std::uint8_t>(group_threshold), spec,
                                     static_cast<std::uint8_t>(exponent)),
                          code);
    }

    void largest_scheme() {
        // 16 groups of 16 members, threshold 16 everywhere: the widest scheme the format holds.
        const std::vector<s39::GroupSpec> spec(16, s39::GroupSpec{16, 16});
        const auto secret = random_secret(18); // 144 bits: a valid length other than 128/256
        auto shares = s39::split(secret, "", 16, spec, 0);
        CL_QVERIFY_OK(shares);
        QCOMPARE(split_words(text_of((*shares)[15][15])).size(), s39::mnemonic_words_for(18));
        std::vector<SecureBuffer> all;
        for (const auto& group : *shares)
            append_copies(all, group, subsets(16, 16).front());
        auto back = s39::combine(all, "");
        CL_QVERIFY_OK(back);
        QVERIFY(back->equals(secret.view()));
        qInfo("16 groups x 16 shares combined from %zu mnemonics", all.size());
    }
};

QTEST_GUILESS_MAIN(TestSlip39)
#include "test_slip39.moc"
