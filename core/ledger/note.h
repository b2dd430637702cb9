// c2sp.org/signed-note: a UTF-8 text ending in a newline, a blank line, then one or more signature
// lines "— <key name> <base64(key ID ‖ signature)>". Keys are named and identified by a 4-byte key
// ID, SHA-256(name ‖ "\n" ‖ type ‖ public key)[:4]; verifier keys ("vkeys") are written
// "<name>+<hex key ID>+<base64(type ‖ public key)>", signer keys
// "PRIVATE+KEY+<name>+<hex key ID>+<base64(type ‖ Ed25519 seed)>" (the golang.org/x/mod/sumdb/note
// form, which knows type 0x01 only; the same shape with 0x04 for cosigner keys is ours).
//
// Two signature types are supported, the only ones CareLedger uses (the spec asks implementations
// to select few): 0x01 Ed25519 over the note text (the log key), and 0x04 timestamped cosignatures
// (c2sp.org/tlog-cosignature, see cosignature.h) for validators.
//
// Opening a note follows the spec's rules: signatures from unknown keys (name and ID not both
// matching a known key) are ignored and kept as unverified; a known key whose signature fails
// rejects the whole note; a note with no verified signature is rejected.
//
// Error codes: note.too_large, note.invalid_utf8, note.control_character, note.no_signature_block,
// note.no_signatures, note.unterminated_line, note.bad_signature_line, note.bad_key_name,
// note.bad_signature_encoding, note.signature_too_short, note.too_many_signatures,
// note.bad_text, note.invalid_signature, note.unverified, note.ambiguous_key, note.bad_vkey,
// note.vkey_key_id, note.unsupported_key_type, note.bad_private_key.
#pragma once

#include "common/bytes.h"
#include "common/result.h"
#include "crypto/ed25519.h"
#include "crypto/secure_buffer.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace careledger::tlog {

// Signature type bytes (c2sp.org/signed-note "Signature types").
inline constexpr std::uint8_t kSigTypeEd25519 = 0x01;
inline constexpr std::uint8_t kSigTypeCosignatureV1 = 0x04;

// Parser limits. The spec asks verifiers to accept at least 16 signatures; the Go reference
// stops at 100. A checkpoint with 100 Ed25519 signatures is about 15 KB.
inline constexpr std::size_t kMaxNoteBytes = std::size_t{256} * 1024;
inline constexpr std::size_t kMaxNoteSignatures = 100;

// Non-empty UTF-8 without Unicode white space, '+' or control characters.
[[nodiscard]] bool is_valid_key_name(std::string_view name);
// SHA-256(name ‖ 0x0A ‖ type ‖ public key)[:4], big-endian.
[[nodiscard]] std::uint32_t key_id(std::string_view name, std::uint8_t type, ByteView public_key);
// Valid UTF-8 (no overlong forms, surrogates or code points above U+10FFFF).
[[nodiscard]] bool is_valid_utf8(std::string_view text);

// One signature line: the key's name and ID, and the signature bytes after the ID.
struct NoteSignature {
    std::string name;
    std::uint32_t key_id = 0;
    Bytes signature;
    bool operator==(const NoteSignature&) const = default;
};

// A note split into text and signatures, not yet verified.
struct Note {
    std::string text; // ends in "\n"; excludes the blank separator line
    std::vector<NoteSignature> signatures;
};

// Syntax only: limits, UTF-8, control characters, the last blank line as separator, each
// signature line well formed. Signatures are not checked.
Result<Note> parse_note(std::string_view message);
// "— <name> <base64(id ‖ signature)>\n".
Result<std::string> format_signature_line(const NoteSignature& sig);
// Parse one line as format_signature_line writes it (with or without the final newline).
Result<NoteSignature> parse_signature_line(std::string_view line);
// text ‖ "\n" ‖ signature lines. Fails on a text that is not a valid note text or a bad name.
Result<std::string> format_note(const Note& note);

// A public key a note may be signed with.
struct VerifierKey {
    std::string name;
    std::uint32_t key_id = 0;
    std::uint8_t type = kSigTypeEd25519;
    crypto::PublicKey public_key{};
    bool operator==(const VerifierKey&) const = default;

    // Name and ID match the signature line (the spec's test of "a known key").
    [[nodiscard]] bool matches(const NoteSignature& sig) const {
        return sig.name == name && sig.key_id == key_id;
    }
};

// A verifier key for `name` over an Ed25519 public key, with the key ID of `type`.
Result<VerifierKey> make_verifier_key(std::string_view name, std::uint8_t type,
                                      const crypto::PublicKey& public_key);
Result<VerifierKey> parse_vkey(std::string_view vkey);
[[nodiscard]] std::string format_vkey(const VerifierKey& key);

// Check one signature against one key: for type 0x01 an Ed25519 signature over the text; for
// type 0x04 a tlog-cosignature v1 (timestamp ‖ signature) over the cosigned message.
[[nodiscard]] bool verify_note_signature(const VerifierKey& key, std::string_view text,
                                         const NoteSignature& sig);

struct VerifiedNote {
    std::string text;
    // Signatures by known keys, all verified. A key may appear more than once (a cosigner's
    // lines with different timestamps); identical lines are listed once.
    std::vector<NoteSignature> verified;
    std::vector<NoteSignature> unverified; // from unknown keys, identical lines listed once
};

// Parse and verify against `known` keys per the spec. Two different known keys with the same
// name and ID are refused (note.ambiguous_key): the configuration, not the note, is wrong.
Result<VerifiedNote> open_note(std::string_view message, std::span<const VerifierKey> known);

// A named Ed25519 key that signs notes (type 0x01) or cosigns checkpoints (type 0x04). The seed
// lives in secure memory only.
class NoteSigner {
public:
    static Result<NoteSigner> from_seed(std::string_view name, std::uint8_t type, ByteView seed);
    static Result<NoteSigner> generate(std::string_view name, std::uint8_t type);
    // "PRIVATE+KEY+<name>+<hex id>+<base64(type ‖ seed)>", checked against its own key ID.
    static Result<NoteSigner> parse_private_key(ByteView text);
    // The same text, in secure memory.
    [[nodiscard]] crypto::SecureBuffer format_private_key() const;

    [[nodiscard]] const VerifierKey& verifier_key() const { return vkey_; }
    [[nodiscard]] const std::string& name() const { return vkey_.name; }
    [[nodiscard]] std::uint8_t type() const { return vkey_.type; }
    // The raw Ed25519 signature over `message` (callers build the message the type requires).
    [[nodiscard]] crypto::Signature sign_raw(ByteView message) const { return key_.sign(message); }

private:
    NoteSigner(crypto::SigningKey key, crypto::SecureBuffer seed, VerifierKey vkey)
        : key_(std::move(key)), seed_(std::move(seed)), vkey_(std::move(vkey)) {}
    crypto::SigningKey key_;
    crypto::SecureBuffer seed_;
    VerifierKey vkey_;
};

// An Ed25519 (type 0x01) signature line over `text`. Fails for a signer of another type.
Result<NoteSignature> sign_note_text(const NoteSigner& signer, std::string_view text);
// Sign `text` with each type-0x01 signer: the complete note.
Result<std::string> sign_note(std::string_view text, std::span<const NoteSigner* const> signers);

} // namespace careledger::tlog
