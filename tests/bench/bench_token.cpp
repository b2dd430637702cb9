// Emergency token figures for docs/performance.md (DESIGN §8, §9):
//   - token verify time (text -> verdict: Base45, inflate, COSE, Ed25519, claims, checks), median
//     and p99 over 2,000 verifications; budget 2 ms;
//   - issue time;
//   - token length and QR version / modules for a typical and a large triage set (imported from
//     the sample FHIR bundles in tests/data/fhir), with and without the off-ledger summary pointer;
//   - QR encoding and PNG rendering time, and verify time of a PIN token (Argon2id-bound).
// Like every benchmark it asserts correctness only (each verification must succeed); the
// timings are reported, not enforced.
#include "bench_support.h"
#include "common/atomic_file.h"
#include "crypto/init.h"
#include "fhir/import.h"
#include "token/issue.h"
#include "token/qr_matrix.h"
#include "token/qr_render.h"
#include "token/verify.h"

#include <filesystem>

using namespace careledger;
using careledger::bench::figure;
using careledger::bench::Stopwatch;

namespace {

constexpr UnixTime kIssued = 1'800'000'000;

token::TriageSet import_sample(const char* name) {
    const auto json = read_file(std::filesystem::path(CARELEDGER_TEST_DATA) / "fhir" / name,
                                std::size_t{1} << 22);
    if (!json.ok())
        bench::fail(json.error().message);
    const auto imported = fhir::import_bundle(to_string(*json));
    if (!imported.ok())
        bench::fail(imported.error().message);
    return imported->triage;
}

token::VerifyContext context(const crypto::SigningKey& key, const crypto::SecureBuffer* pin) {
    token::VerifyContext ctx;
    ctx.now = kIssued + 60;
    ctx.trust_as_of = kIssued;
    ctx.expected_issuer = "example.org/consent-log";
    const crypto::PublicKey pk = key.public_key();
    ctx.lookup_key = [pk](const crypto::KeyId&) {
        return token::KeyLookup{token::KeyState::active, pk};
    };
    ctx.token_state = [](const ledger::TokenId&) { return token::TokenState::active; };
    ctx.pin = pin;
    return ctx;
}

void profile(const std::string& name, const token::TriageSet& triage,
             const token::SummaryPointer* summary, const crypto::SigningKey& key) {
    token::IssueRequest r;
    r.issuer = "example.org/consent-log";
    r.now = kIssued;
    r.triage = triage;
    r.summary = summary;

    constexpr int kIssues = 500;
    std::vector<double> issue_us;
    token::IssuedToken issued;
    for (int i = 0; i < kIssues; ++i) {
        Stopwatch sw;
        auto t = token::issue(r, key);
        issue_us.push_back(sw.us());
        if (!t.ok())
            bench::fail(t.error().message);
        issued = std::move(t).value();
    }

    const auto ctx = context(key, nullptr);
    constexpr int kVerifies = 2000;
    std::vector<double> verify_us;
    verify_us.reserve(kVerifies);
    for (int i = 0; i < kVerifies; ++i) {
        Stopwatch sw;
        const auto v = token::verify(issued.text, ctx);
        verify_us.push_back(sw.us());
        if (!v.ok())
            bench::fail(v.error().code + ": " + v.error().message);
    }

    Stopwatch qr_sw;
    const auto qr = token::QrMatrix::encode(issued.text, 40);
    const double qr_ms = qr_sw.ms();
    if (!qr.ok())
        bench::fail(qr.error().message);
    Stopwatch png_sw;
    const auto png = token::render_png(*qr);
    const double png_ms = png_sw.ms();
    if (!png.ok())
        bench::fail(png.error().message);

    figure("token " + name + ": verify median", bench::percentile(verify_us, 50), "us");
    figure("token " + name + ": verify p99", bench::percentile(verify_us, 99), "us");
    figure("token " + name + ": issue median", bench::percentile(issue_us, 50), "us");
    figure("token " + name + ": text length", static_cast<double>(issued.text.size()), "chars");
    figure("token " + name + ": QR version (ECC M, alphanumeric)", qr->version(), "");
    figure("token " + name + ": QR modules per side (quiet zone excluded)", qr->size(), "modules");
    figure("token " + name + ": QR encode", qr_ms, "ms");
    figure("token " + name + ": PNG render (8 px/module)", png_ms, "ms");
}

void pin_profile(const token::TriageSet& triage, const crypto::SigningKey& key) {
    const auto pin = crypto::SecureBuffer::copy_of(as_bytes("4711"));
    token::IssueRequest r;
    r.issuer = "example.org/consent-log";
    r.now = kIssued;
    r.triage = triage;
    r.pin = &pin;
    Stopwatch issue_sw;
    const auto issued = token::issue(r, key);
    const double issue_ms = issue_sw.ms();
    if (!issued.ok())
        bench::fail(issued.error().message);
    const auto ctx = context(key, &pin);
    constexpr int kRuns = 10;
    std::vector<double> ms;
    for (int i = 0; i < kRuns; ++i) {
        Stopwatch sw;
        const auto v = token::verify(issued->text, ctx);
        ms.push_back(sw.ms());
        if (!v.ok())
            bench::fail(v.error().message);
    }
    figure("token typical + PIN: issue (Argon2id interactive)", issue_ms, "ms");
    figure("token typical + PIN: verify and open, median", bench::percentile(ms, 50), "ms");
    figure("token typical + PIN: QR version",
           token::QrMatrix::encode(issued->text, 40).value().version(), "");
}

} // namespace

int main() {
    if (!crypto::initialize().ok())
        bench::fail("crypto initialisation");
    const auto key = crypto::SigningKey::from_seed(Bytes(32, 0x42)).value();
    const auto summary = token::seal_summary(as_bytes("full IPS summary")).value();
    const token::TriageSet typical = import_sample("ips-typical.json");
    const token::TriageSet large = import_sample("ips-sample.json");

    std::printf("verify budget (DESIGN §9): 2000 us\n");
    profile("typical", typical, nullptr, key);
    profile("typical + summary pointer", typical, &summary.pointer, key);
    profile("large (IPS sample) + summary pointer", large, &summary.pointer, key);
    pin_profile(typical, key);
    return 0;
}
