// Signed notes, checkpoints and keys (c2sp.org/signed-note, tlog-checkpoint, tlog-cosignature).
// Every parser gets the whole input; each has one accepted form per value, so whatever it
// accepts must format back to the same text. Opening and verifying use the fixture's keys (the
// DESIGN §6 test log key and two witnesses): whatever they accept must really carry a signature
// by one of those keys, so the checkpoint in it is one the fixture signed.
#include "fuzz_fixtures.h"
#include "fuzz_support.h"
#include "ledger/checkpoint.h"
#include "ledger/cosignature.h"
#include "ledger/note.h"

#include <algorithm>

using namespace careledger;
using careledger::fuzz::LogFixture;

namespace {

void check_note(std::string_view text) {
    const auto note = tlog::parse_note(text);
    if (!note.ok())
        return;
    FUZZ_CHECK(!note->signatures.empty());
    FUZZ_CHECK(!note->text.empty() && note->text.back() == '\n');
    const auto formatted = tlog::format_note(note.value());
    FUZZ_CHECK(formatted.ok() && formatted.value() == text);
    const auto cp = tlog::parse_checkpoint(note->text);
    if (cp.ok()) {
        const auto cp_text = tlog::format_checkpoint(cp.value());
        FUZZ_CHECK(cp_text.ok() && cp_text.value() == note->text);
    }
    for (const auto& sig : note->signatures)
        (void)tlog::cosignature_timestamp(sig);
}

void check_open(std::string_view text) {
    const LogFixture& log = LogFixture::get();
    const auto opened = tlog::open_note(text, log.known_keys());
    if (!opened.ok())
        return;
    FUZZ_CHECK(!opened->verified.empty());
    for (const auto& sig : opened->verified) {
        const auto known = log.known_keys();
        FUZZ_CHECK(std::any_of(known.begin(), known.end(), [&](const tlog::VerifierKey& k) {
            return k.matches(sig) && tlog::verify_note_signature(k, opened->text, sig);
        }));
    }
    const auto cp = tlog::open_checkpoint(text, log.log_signer().verifier_key());
    if (cp.ok()) {
        // Only the fixture holds the log key, and it signs only true roots of its tree.
        FUZZ_CHECK(cp->origin == fuzz::kLogName);
        FUZZ_CHECK(cp->size <= log.size() && cp->root == log.root(cp->size));
    }
    const auto vc = tlog::verify_checkpoint(text, log.policy(), fuzz::kNow);
    if (vc.ok()) {
        FUZZ_CHECK(cp.ok() && vc->checkpoint == cp.value());
        FUZZ_CHECK(vc->fresh_cosigners >= log.policy().quorum);
        FUZZ_CHECK(!vc->cosigners.empty());
    }
}

void check_checkpoint_text(std::string_view text) {
    const auto cp = tlog::parse_checkpoint(text);
    if (!cp.ok())
        return;
    const auto formatted = tlog::format_checkpoint(cp.value());
    FUZZ_CHECK(formatted.ok() && formatted.value() == text);
}

void check_keys(std::string_view text) {
    const auto vkey = tlog::parse_vkey(text);
    if (vkey.ok()) {
        FUZZ_CHECK(tlog::format_vkey(vkey.value()) == text);
        FUZZ_CHECK(tlog::is_valid_key_name(vkey->name));
    }
    const auto line = tlog::parse_signature_line(text);
    if (line.ok()) {
        const auto formatted = tlog::format_signature_line(line.value());
        FUZZ_CHECK(formatted.ok());
        FUZZ_CHECK(formatted.value() == text || formatted.value() == std::string(text) + "\n");
    }
    const auto signer = tlog::NoteSigner::parse_private_key(as_bytes(text));
    if (signer.ok()) {
        const auto again = signer->format_private_key();
        FUZZ_CHECK(fuzz::as_text(again.view()) == text);
        const auto reparsed = tlog::NoteSigner::parse_private_key(again.view());
        FUZZ_CHECK(reparsed.ok() && reparsed->verifier_key() == signer->verifier_key());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::init_core();
    const std::string_view text = fuzz::as_text(ByteView(data, size));
    check_note(text);
    check_open(text);
    check_checkpoint_text(text);
    check_keys(text);
    return 0;
}
