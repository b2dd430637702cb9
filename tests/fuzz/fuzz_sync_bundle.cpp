// Sync bundles from a lying or broken node: decode_sync_bundle on arbitrary bytes, then
// verify_sync_bundle against a fixed trusted state (the empty tree) and the fixture log's policy,
// once with the requests the bundle claims to answer and once with a fixed request. Invariants:
// an accepted bundle re-encodes to exactly its input (one encoding per bundle); every refusal has
// a sync.* code, or the checkpoint verifier's (checkpoint.*, note.*, cosignature.*); a verified
// bundle's entries are exactly positions [from, count) of each tag, each about that tag.
//
// The seeds in corpus/sync_bundle are real bundles of a small log signed by the keys below (log
// seed 0x51, one witness seed 0x52, origin "example.org/fuzz-log", cosigned at kNow).
#include "fuzz_support.h"
#include "ledger/cosignature.h"
#include "ledger/note.h"
#include "ledger/sync_bundle.h"

#include <algorithm>

using namespace careledger;
using namespace careledger::ledger;

namespace {

constexpr std::uint64_t kNow = 1'800'000'000;

const tlog::CheckpointPolicy& policy() {
    static const tlog::CheckpointPolicy p = [] {
        const auto log = tlog::NoteSigner::from_seed("example.org/fuzz-log", tlog::kSigTypeEd25519,
                                                     Bytes(32, 0x51));
        const auto w = tlog::NoteSigner::from_seed("witness.example/fuzz",
                                                   tlog::kSigTypeCosignatureV1, Bytes(32, 0x52));
        FUZZ_CHECK(log.ok() && w.ok());
        return tlog::CheckpointPolicy{log->verifier_key(), {w->verifier_key()}, 1, 86400, 300};
    }();
    return p;
}

bool expected_code(const std::string& code) {
    return code.starts_with("sync.") || code.starts_with("checkpoint.") ||
           code.starts_with("note.") || code.starts_with("cosignature.");
}

void check_verified(const SyncBundle& bundle, std::span<const SyncTagRequest> requests) {
    const auto v = verify_sync_bundle(bundle, policy(), kNow, SyncTrustedState{}, requests);
    if (!v.ok()) {
        FUZZ_CHECK(expected_code(v.error().code));
        FUZZ_CHECK(!v.error().message.empty());
        return;
    }
    FUZZ_CHECK(v->tags.size() == requests.size());
    for (std::size_t i = 0; i < requests.size(); ++i) {
        const VerifiedSyncTag& t = v->tags[i];
        const std::uint64_t count = t.leaf ? t.leaf->count : 0;
        FUZZ_CHECK(count >= requests[i].from);
        FUZZ_CHECK(t.entries.size() == count - requests[i].from);
        for (const VerifiedSyncEntry& e : t.entries) {
            const auto tags = index_tags(e.entry);
            FUZZ_CHECK(std::find(tags.begin(), tags.end(), t.tag) != tags.end());
            FUZZ_CHECK(e.index < v->checkpoint.checkpoint.size);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::init_core();
    const ByteView input(data, size);
    const auto bundle = decode_sync_bundle(input);
    if (!bundle.ok()) {
        FUZZ_CHECK(bundle.error().code == "sync.malformed" ||
                   bundle.error().code == "sync.too_large");
        return 0;
    }
    const Bytes again = encode_sync_bundle(*bundle);
    FUZZ_CHECK(again.size() == size && std::equal(again.begin(), again.end(), input.begin()));

    std::vector<SyncTagRequest> claimed;
    claimed.reserve(bundle->tags.size());
    for (const SyncBundleTag& t : bundle->tags)
        claimed.push_back({t.tag, t.from});
    check_verified(*bundle, claimed);
    const std::vector<SyncTagRequest> fixed{{directory_tag(), 0}};
    check_verified(*bundle, fixed);
    return 0;
}
