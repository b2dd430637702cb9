// SLIP-0039 recovery shares: inspect() on the whole input, then combine() on its lines as a set
// of mnemonics (passphrase "TREZOR", as the official vectors use). Whatever combine() accepts,
// every share in it must pass inspect() and agree on the secret's length.
//
// Decryption costs 10000 << e PBKDF2 iterations and a share may claim e up to 15 (minutes of
// work, by design of the standard), so sets claiming e > 1 are only inspected, not combined.
#include "crypto/secure_buffer.h"
#include "crypto/slip39.h"
#include "fuzz_support.h"

#include <vector>

using namespace careledger;
namespace slip39 = careledger::crypto::slip39;

namespace {

constexpr std::size_t kMaxShares = 40;
constexpr std::uint8_t kMaxCombineExponent = 1;

std::vector<ByteView> split_lines(ByteView input) {
    std::vector<ByteView> lines;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= input.size(); ++i) {
        if (i == input.size() || input[i] == '\n') {
            if (i > start)
                lines.push_back(input.subspan(start, i - start));
            start = i + 1;
        }
    }
    return lines;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::init_core();
    const ByteView input(data, size);
    (void)slip39::inspect(input);

    const std::vector<ByteView> lines = split_lines(input);
    if (lines.empty() || lines.size() > kMaxShares)
        return 0;
    std::vector<crypto::SecureBuffer> shares;
    std::vector<Result<slip39::ShareInfo>> infos;
    shares.reserve(lines.size());
    for (const ByteView line : lines) {
        infos.push_back(slip39::inspect(line));
        if (infos.back().ok() && infos.back()->iteration_exponent > kMaxCombineExponent)
            return 0;
        shares.push_back(crypto::SecureBuffer::copy_of(line));
    }
    const auto secret = slip39::combine(shares, "TREZOR");
    if (!secret.ok())
        return 0;
    for (const auto& info : infos) {
        FUZZ_CHECK(info.ok());
        FUZZ_CHECK(info->secret_bytes == secret->size());
        FUZZ_CHECK(info->identifier == infos.front()->identifier);
    }
    FUZZ_CHECK(secret->size() >= slip39::kMinSecretBytes && secret->size() % 2 == 0);
    return 0;
}
