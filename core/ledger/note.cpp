#include "ledger/note.h"

#include "crypto/aead.h"
#include "crypto/hash.h"
#include "ledger/cosignature.h"

#include <algorithm>
#include <array>

namespace careledger::tlog {

namespace {

// U+2014 EM DASH and a space: the start of every signature line.
constexpr std::string_view kSigPrefix = "\xE2\x80\x94 ";
constexpr std::string_view kPrivatePrefix = "PRIVATE+KEY+";
constexpr std::size_t kKeyIdHexLength = 8;

// Decode one UTF-8 sequence at `i`; returns the code point and advances `i`, or -1 when invalid.
long decode_utf8(std::string_view s, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    std::size_t len = 0;
    long cp = 0;
    long min = 0;
    if ((b0 & 0xE0U) == 0xC0U) {
        len = 2;
        cp = b0 & 0x1FU;
        min = 0x80;
    } else if ((b0 & 0xF0U) == 0xE0U) {
        len = 3;
        cp = b0 & 0x0FU;
        min = 0x800;
    } else if ((b0 & 0xF8U) == 0xF0U) {
        len = 4;
        cp = b0 & 0x07U;
        min = 0x10000;
    } else {
        return -1;
    }
    if (i + len > s.size())
        return -1;
    for (std::size_t k = 1; k < len; ++k) {
        const unsigned char b = byte(i + k);
        if ((b & 0xC0U) != 0x80U)
            return -1;
        cp = (cp << 6) | static_cast<long>(b & 0x3FU);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return -1;
    i += len;
    return cp;
}

// Unicode White_Space (what Go's unicode.IsSpace reports, which the reference uses for names).
bool is_unicode_space(long cp) {
    switch (cp) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
        return true;
    default:
        return cp >= 0x2000 && cp <= 0x200A;
    }
}

bool is_lower_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

Result<std::uint32_t> parse_key_id_hex(std::string_view hex) {
    if (hex.size() != kKeyIdHexLength || !std::all_of(hex.begin(), hex.end(), is_lower_hex))
        return make_error("note.bad_vkey", "key ID must be 8 lowercase hex digits");
    const Bytes raw = from_hex(hex).value();
    return get_u32_be(raw);
}

std::string key_id_hex(std::uint32_t id) {
    Bytes raw;
    put_u32_be(raw, id);
    return to_hex(raw);
}

bool is_supported_type(std::uint8_t type) {
    return type == kSigTypeEd25519 || type == kSigTypeCosignatureV1;
}

Status check_note_text(std::string_view text) {
    if (text.empty() || text.back() != '\n')
        return make_error("note.bad_text", "note text must end with a newline");
    if (!is_valid_utf8(text))
        return make_error("note.invalid_utf8", "note text is not valid UTF-8");
    for (const char c : text)
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n')
            return make_error("note.control_character",
                              "note text contains a control character other than newline");
    return {};
}

} // namespace

bool is_valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();)
        if (decode_utf8(text, i) < 0)
            return false;
    return true;
}

bool is_valid_key_name(std::string_view name) {
    if (name.empty())
        return false;
    for (std::size_t i = 0; i < name.size();) {
        const long cp = decode_utf8(name, i);
        if (cp < 0x20 || cp == '+' || is_unicode_space(cp))
            return false;
    }
    return true;
}

std::uint32_t key_id(std::string_view name, std::uint8_t type, ByteView public_key) {
    const std::array<std::uint8_t, 2> sep_type{'\n', type};
    const crypto::Hash32 h = crypto::sha256({as_bytes(name), view(sep_type), public_key});
    return get_u32_be(view(h));
}

// ---- Signature lines and notes ----

Result<NoteSignature> parse_signature_line(std::string_view line) {
    if (!line.empty() && line.back() == '\n')
        line.remove_suffix(1);
    if (!line.starts_with(kSigPrefix))
        return make_error("note.bad_signature_line", "signature line does not start with \"— \"");
    line.remove_prefix(kSigPrefix.size());
    const std::size_t space = line.find(' ');
    if (space == std::string_view::npos)
        return make_error("note.bad_signature_line",
                          "signature line has no signature after the name");
    const std::string_view name = line.substr(0, space);
    const std::string_view b64 = line.substr(space + 1);
    if (!is_valid_key_name(name))
        return make_error("note.bad_key_name", "signature line has an invalid key name");
    auto raw = from_base64(b64);
    if (b64.empty() || !raw.ok())
        return make_error("note.bad_signature_encoding", "signature is not canonical base64");
    if (raw->size() < 5)
        return make_error("note.signature_too_short",
                          "signature is shorter than key ID plus one byte");
    NoteSignature sig;
    sig.name = std::string(name);
    sig.key_id = get_u32_be(*raw);
    sig.signature.assign(raw->begin() + 4, raw->end());
    return sig;
}

Result<std::string> format_signature_line(const NoteSignature& sig) {
    if (!is_valid_key_name(sig.name))
        return make_error("note.bad_key_name", "cannot sign with an invalid key name");
    if (sig.signature.empty())
        return make_error("note.signature_too_short", "empty signature");
    Bytes raw;
    raw.reserve(4 + sig.signature.size());
    put_u32_be(raw, sig.key_id);
    append(raw, sig.signature);
    std::string line(kSigPrefix);
    line += sig.name;
    line += ' ';
    line += to_base64(raw);
    line += '\n';
    return line;
}

Result<Note> parse_note(std::string_view message) {
    if (message.size() > kMaxNoteBytes)
        return make_error("note.too_large",
                          "note is larger than " + std::to_string(kMaxNoteBytes) + " bytes");
    if (!is_valid_utf8(message))
        return make_error("note.invalid_utf8", "note is not valid UTF-8");
    for (const char c : message)
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n')
            return make_error("note.control_character",
                              "note contains a control character other than newline");
    // The text is separated from the signatures by the last blank line.
    const std::size_t split = message.rfind("\n\n");
    if (split == std::string_view::npos)
        return make_error("note.no_signature_block", "note has no blank line before signatures");
    Note note;
    note.text = std::string(message.substr(0, split + 1));
    std::string_view sigs = message.substr(split + 2);
    if (sigs.empty())
        return make_error("note.no_signatures", "note has no signature lines");
    if (sigs.back() != '\n')
        return make_error("note.unterminated_line",
                          "last signature line does not end with a newline");
    while (!sigs.empty()) {
        if (note.signatures.size() == kMaxNoteSignatures)
            return make_error("note.too_many_signatures", "note has more than " +
                                                              std::to_string(kMaxNoteSignatures) +
                                                              " signatures");
        const std::size_t nl = sigs.find('\n');
        CL_ASSIGN_OR_RETURN(NoteSignature sig, parse_signature_line(sigs.substr(0, nl)));
        note.signatures.push_back(std::move(sig));
        sigs.remove_prefix(nl + 1);
    }
    return note;
}

Result<std::string> format_note(const Note& note) {
    CL_TRY(check_note_text(note.text));
    if (note.signatures.empty())
        return make_error("note.no_signatures", "a note needs at least one signature");
    if (note.signatures.size() > kMaxNoteSignatures)
        return make_error("note.too_many_signatures", "too many signatures for one note");
    std::string out = note.text;
    out += '\n';
    for (const NoteSignature& sig : note.signatures) {
        CL_ASSIGN_OR_RETURN(const std::string line, format_signature_line(sig));
        out += line;
    }
    if (out.size() > kMaxNoteBytes)
        return make_error("note.too_large", "note would be larger than the parser accepts");
    return out;
}

// ---- Verifier keys ----

Result<VerifierKey> make_verifier_key(std::string_view name, std::uint8_t type,
                                      const crypto::PublicKey& public_key) {
    if (!is_valid_key_name(name))
        return make_error("note.bad_key_name", "invalid key name");
    if (!is_supported_type(type))
        return make_error("note.unsupported_key_type", "unsupported signature type");
    VerifierKey key;
    key.name = std::string(name);
    key.type = type;
    key.public_key = public_key;
    key.key_id = key_id(name, type, view(public_key));
    return key;
}

Result<VerifierKey> parse_vkey(std::string_view vkey) {
    const std::size_t p1 = vkey.find('+');
    const std::size_t p2 = p1 == std::string_view::npos ? p1 : vkey.find('+', p1 + 1);
    if (p2 == std::string_view::npos)
        return make_error("note.bad_vkey", "vkey is not <name>+<key ID>+<key>");
    const std::string_view name = vkey.substr(0, p1);
    if (!is_valid_key_name(name))
        return make_error("note.bad_vkey", "vkey has an invalid key name");
    CL_ASSIGN_OR_RETURN(const std::uint32_t id, parse_key_id_hex(vkey.substr(p1 + 1, p2 - p1 - 1)));
    auto raw = from_base64(vkey.substr(p2 + 1));
    if (!raw.ok() || raw->empty())
        return make_error("note.bad_vkey", "vkey key is not canonical base64");
    // The ID covers the type byte and the key material, whatever the type.
    if (key_id(name, (*raw)[0], ByteView(*raw).subspan(1)) != id)
        return make_error("note.vkey_key_id", "vkey key ID does not match its name and key");
    const std::uint8_t type = (*raw)[0];
    if (!is_supported_type(type))
        return make_error("note.unsupported_key_type", "vkey has an unsupported signature type");
    auto pk = crypto::public_key_from(ByteView(*raw).subspan(1));
    if (!pk.ok())
        return make_error("note.bad_vkey", "vkey does not hold a 32-byte Ed25519 key");
    return make_verifier_key(name, type, *pk);
}

std::string format_vkey(const VerifierKey& key) {
    Bytes raw{key.type};
    append(raw, view(key.public_key));
    return key.name + "+" + key_id_hex(key.key_id) + "+" + to_base64(raw);
}

bool verify_note_signature(const VerifierKey& key, std::string_view text,
                           const NoteSignature& sig) {
    if (!key.matches(sig))
        return false;
    switch (key.type) {
    case kSigTypeEd25519:
        return crypto::verify(key.public_key, as_bytes(text), sig.signature);
    case kSigTypeCosignatureV1:
        return verify_cosignature(key, text, sig).ok();
    default:
        return false;
    }
}

Result<VerifiedNote> open_note(std::string_view message, std::span<const VerifierKey> known) {
    CL_ASSIGN_OR_RETURN(Note note, parse_note(message));
    VerifiedNote out;
    out.text = std::move(note.text);
    for (NoteSignature& sig : note.signatures) {
        const VerifierKey* match = nullptr;
        for (const VerifierKey& key : known) {
            if (!key.matches(sig))
                continue;
            if (match != nullptr && !(*match == key))
                return make_error("note.ambiguous_key",
                                  "two known keys share the name and ID of " + sig.name);
            match = &key;
        }
        auto& list = match == nullptr ? out.unverified : out.verified;
        if (std::find(list.begin(), list.end(), sig) != list.end())
            continue; // an identical line twice says nothing new
        if (match != nullptr && !verify_note_signature(*match, out.text, sig))
            return make_error("note.invalid_signature",
                              "signature by known key " + sig.name + " does not verify");
        list.push_back(std::move(sig));
    }
    if (out.verified.empty())
        return make_error("note.unverified", "note has no signature from a known key");
    return out;
}

// ---- Signers ----

Result<NoteSigner> NoteSigner::from_seed(std::string_view name, std::uint8_t type, ByteView seed) {
    CL_ASSIGN_OR_RETURN(crypto::SigningKey key, crypto::SigningKey::from_seed(seed));
    CL_ASSIGN_OR_RETURN(VerifierKey vkey, make_verifier_key(name, type, key.public_key()));
    return NoteSigner(std::move(key), crypto::SecureBuffer::copy_of(seed), std::move(vkey));
}

Result<NoteSigner> NoteSigner::generate(std::string_view name, std::uint8_t type) {
    const crypto::SecureBuffer seed = crypto::random_secret(32);
    return from_seed(name, type, seed.view());
}

Result<NoteSigner> NoteSigner::parse_private_key(ByteView text_bytes) {
    const std::string_view text(reinterpret_cast<const char*>(text_bytes.data()), // NOLINT
                                text_bytes.size());
    const auto bad = [] {
        return make_error("note.bad_private_key", "not a PRIVATE+KEY signer key");
    };
    if (!text.starts_with(kPrivatePrefix))
        return bad();
    const std::string_view rest = text.substr(kPrivatePrefix.size());
    const std::size_t p1 = rest.find('+');
    const std::size_t p2 = p1 == std::string_view::npos ? p1 : rest.find('+', p1 + 1);
    if (p2 == std::string_view::npos)
        return bad();
    const std::string_view name = rest.substr(0, p1);
    auto id = parse_key_id_hex(rest.substr(p1 + 1, p2 - p1 - 1));
    if (!is_valid_key_name(name) || !id.ok())
        return bad();
    auto raw = from_base64(rest.substr(p2 + 1));
    if (!raw.ok())
        return bad();
    crypto::SecureBuffer secret = crypto::SecureBuffer::copy_of(*raw);
    crypto::wipe(raw->data(), raw->size());
    if (secret.size() != 33 || !is_supported_type(secret.data()[0]))
        return bad();
    auto signer = from_seed(name, secret.data()[0], secret.view().subspan(1));
    if (!signer.ok())
        return bad();
    if (signer->vkey_.key_id != *id)
        return make_error("note.vkey_key_id", "signer key ID does not match its name and key");
    return signer;
}

crypto::SecureBuffer NoteSigner::format_private_key() const {
    crypto::SecureBuffer raw(1 + seed_.size());
    raw.data()[0] = vkey_.type;
    std::copy_n(seed_.data(), seed_.size(), raw.data() + 1);
    std::string b64 = to_base64(raw.view());
    const std::string head =
        std::string(kPrivatePrefix) + vkey_.name + "+" + key_id_hex(vkey_.key_id) + "+";
    crypto::SecureBuffer out(head.size() + b64.size());
    std::copy(head.begin(), head.end(), out.data());
    std::copy(b64.begin(), b64.end(), out.data() + head.size());
    crypto::wipe(b64.data(), b64.size());
    return out;
}

Result<NoteSignature> sign_note_text(const NoteSigner& signer, std::string_view text) {
    if (signer.type() != kSigTypeEd25519)
        return make_error("note.unsupported_key_type",
                          "only Ed25519 (type 0x01) keys sign note text directly");
    CL_TRY(check_note_text(text));
    const crypto::Signature sig = signer.sign_raw(as_bytes(text));
    return NoteSignature{signer.name(), signer.verifier_key().key_id,
                         Bytes(sig.begin(), sig.end())};
}

Result<std::string> sign_note(std::string_view text, std::span<const NoteSigner* const> signers) {
    Note note;
    note.text = std::string(text);
    for (const NoteSigner* signer : signers) {
        CL_ASSIGN_OR_RETURN(NoteSignature sig, sign_note_text(*signer, text));
        note.signatures.push_back(std::move(sig));
    }
    return format_note(note);
}

} // namespace careledger::tlog
