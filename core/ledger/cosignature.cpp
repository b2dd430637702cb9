#include "ledger/cosignature.h"

#include "crypto/ed25519.h"
#include "ledger/merkle.h"

#include <algorithm>

namespace careledger::tlog {

namespace {

Status check_policy(const CheckpointPolicy& policy) {
    if (policy.log_key.type != kSigTypeEd25519)
        return make_error("checkpoint.policy", "the log key must be an Ed25519 (type 0x01) key");
    for (const VerifierKey& key : policy.cosigners)
        if (key.type != kSigTypeCosignatureV1)
            return make_error("checkpoint.policy",
                              "cosigner " + key.name + " is not a type 0x04 key");
    return {};
}

// The policy key a signature line names, if any; two different keys with one name and ID are a
// configuration error.
Result<const VerifierKey*> find_key(const CheckpointPolicy& policy, const NoteSignature& sig) {
    const VerifierKey* match = policy.log_key.matches(sig) ? &policy.log_key : nullptr;
    for (const VerifierKey& key : policy.cosigners) {
        if (!key.matches(sig))
            continue;
        if (match != nullptr && !(*match == key))
            return make_error("note.ambiguous_key",
                              "two configured keys share the name and ID of " + sig.name);
        match = &key;
    }
    return match;
}

} // namespace

std::string cosigned_message(std::string_view checkpoint_text, std::uint64_t timestamp) {
    std::string msg(kCosignatureV1Header);
    msg += "time ";
    msg += std::to_string(timestamp);
    msg += '\n';
    msg += checkpoint_text;
    return msg;
}

Result<NoteSignature> cosign(const NoteSigner& cosigner, std::string_view checkpoint_text,
                             std::uint64_t timestamp) {
    if (cosigner.type() != kSigTypeCosignatureV1)
        return make_error("cosignature.wrong_key_type", "cosignatures need a type 0x04 key");
    if (timestamp > kMaxCosignatureTimestamp)
        return make_error("cosignature.timestamp_range", "cosignature timestamp exceeds 2^63 - 1");
    const std::string msg = cosigned_message(checkpoint_text, timestamp);
    const crypto::Signature sig = cosigner.sign_raw(as_bytes(msg));
    NoteSignature out;
    out.name = cosigner.name();
    out.key_id = cosigner.verifier_key().key_id;
    put_u64_be(out.signature, timestamp);
    append(out.signature, view(sig));
    return out;
}

Result<std::uint64_t> cosignature_timestamp(const NoteSignature& sig) {
    if (sig.signature.size() != kCosignatureBytes)
        return make_error("cosignature.malformed",
                          "a v1 cosignature is 8 + 64 bytes after the key ID");
    const std::uint64_t ts = get_u64_be(ByteView(sig.signature).first(8));
    if (ts > kMaxCosignatureTimestamp)
        return make_error("cosignature.timestamp_range", "cosignature timestamp exceeds 2^63 - 1");
    return ts;
}

Result<std::uint64_t> verify_cosignature(const VerifierKey& key, std::string_view checkpoint_text,
                                         const NoteSignature& sig) {
    if (key.type != kSigTypeCosignatureV1)
        return make_error("cosignature.wrong_key_type",
                          "cosignatures are checked with type 0x04 keys");
    if (!key.matches(sig))
        return make_error("cosignature.key_mismatch", "signature line names another key");
    CL_ASSIGN_OR_RETURN(const std::uint64_t ts, cosignature_timestamp(sig));
    const std::string msg = cosigned_message(checkpoint_text, ts);
    if (!crypto::verify(key.public_key, as_bytes(msg), ByteView(sig.signature).subspan(8)))
        return make_error("cosignature.invalid", "cosignature by " + key.name + " does not verify");
    return ts;
}

Result<VerifiedCheckpoint> verify_checkpoint(std::string_view note_text,
                                             const CheckpointPolicy& policy, std::uint64_t now) {
    CL_TRY(check_policy(policy));
    CL_ASSIGN_OR_RETURN(Note note, parse_note(note_text));
    VerifiedCheckpoint out;
    bool log_signed = false;
    for (const NoteSignature& sig : note.signatures) {
        CL_ASSIGN_OR_RETURN(const VerifierKey* key, find_key(policy, sig));
        if (key == nullptr)
            continue; // unknown keys are ignored (c2sp.org/signed-note)
        if (key->type == kSigTypeEd25519) {
            if (!verify_note_signature(*key, note.text, sig))
                return make_error("checkpoint.bad_log_signature",
                                  "the log's signature does not verify");
            log_signed = true;
            continue;
        }
        auto ts = verify_cosignature(*key, note.text, sig);
        if (!ts.ok())
            return make_error("checkpoint.bad_cosignature",
                              "cosignature by " + key->name +
                                  " does not verify: " + ts.error().message);
        auto it =
            std::find_if(out.cosigners.begin(), out.cosigners.end(), [&](const CosignerReport& r) {
                return r.name == key->name && r.key_id == key->key_id;
            });
        if (it == out.cosigners.end())
            out.cosigners.push_back(CosignerReport{key->name, key->key_id, *ts, false});
        else
            it->timestamp = std::max(it->timestamp, *ts);
    }
    if (!log_signed)
        return make_error("checkpoint.missing_log_signature",
                          "checkpoint has no signature by the log key " + policy.log_key.name);
    CL_ASSIGN_OR_RETURN(out.checkpoint, parse_checkpoint(note.text));
    if (out.checkpoint.origin != policy.log_key.name)
        return make_error("checkpoint.origin_mismatch", "checkpoint origin \"" +
                                                            out.checkpoint.origin +
                                                            "\" is not the log key's name");
    if (out.checkpoint.size == 0 && out.checkpoint.root != empty_root())
        return make_error("checkpoint.bad_empty_root",
                          "a checkpoint of size 0 must carry the empty-tree root");
    out.text = std::move(note.text);

    // Count distinct public keys, so one key listed under two names is one cosigner.
    std::vector<crypto::PublicKey> fresh_keys;
    std::vector<crypto::PublicKey> verified_keys;
    for (CosignerReport& report : out.cosigners) {
        // Written as differences so no bound overflows near the top of the range.
        report.fresh = report.timestamp >= now ? report.timestamp - now <= policy.max_future_skew
                                               : now - report.timestamp <= policy.max_age;
        const auto key = std::find_if(policy.cosigners.begin(), policy.cosigners.end(),
                                      [&](const VerifierKey& k) {
                                          return k.name == report.name && k.key_id == report.key_id;
                                      });
        const auto add = [&](std::vector<crypto::PublicKey>& keys) {
            if (std::find(keys.begin(), keys.end(), key->public_key) == keys.end())
                keys.push_back(key->public_key);
        };
        add(verified_keys);
        if (report.fresh)
            add(fresh_keys);
    }
    out.fresh_cosigners = fresh_keys.size();
    if (out.fresh_cosigners < policy.quorum) {
        if (verified_keys.size() >= policy.quorum)
            return make_error("checkpoint.stale_cosignature",
                              "only " + std::to_string(out.fresh_cosigners) + " of the " +
                                  std::to_string(policy.quorum) +
                                  " required cosignatures are within the freshness bound");
        return make_error("checkpoint.too_few_cosignatures",
                          std::to_string(verified_keys.size()) +
                              " cosignatures verified; the policy needs " +
                              std::to_string(policy.quorum));
    }
    return out;
}

} // namespace careledger::tlog
