// Small helpers shared by the test suites.
#pragma once

#include "common/bytes.h"
#include "crypto/init.h"

#include <QTest>
#include <filesystem>
#include <string>

namespace careledger::test {

inline void init_core() {
    const auto st = crypto::initialize();
    QVERIFY2(st.ok(), st.ok() ? "" : st.error().message.c_str());
}

inline Bytes unhex(const char* hex) {
    return from_hex(hex).value();
}

// A fresh, empty directory under the system temp dir, removed when the object goes away.
class TempDir {
public:
    TempDir() {
        std::string tmpl =
            (std::filesystem::temp_directory_path() / "careledger-test-XXXXXX").string();
        path_ = ::mkdtemp(tmpl.data());
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }
    [[nodiscard]] std::filesystem::path operator/(const std::string& name) const {
        return path_ / name;
    }

private:
    std::filesystem::path path_;
};

} // namespace careledger::test

#define CL_QVERIFY_OK(expr)                                                                        \
    do {                                                                                           \
        const auto& cl_r_ = (expr);                                                                \
        QVERIFY2(cl_r_.ok(),                                                                       \
                 cl_r_.ok() ? "" : (cl_r_.error().code + ": " + cl_r_.error().message).c_str());   \
    } while (false)

#define CL_QCOMPARE_ERROR(expr, expected_code)                                                     \
    do {                                                                                           \
        const auto& cl_r_ = (expr);                                                                \
        QVERIFY2(!cl_r_.ok(), "expected an error, got success");                                   \
        QCOMPARE(QString::fromStdString(cl_r_.error().code), QString(expected_code));              \
    } while (false)
