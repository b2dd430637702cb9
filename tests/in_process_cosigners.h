// Cosigners a test or benchmark runs inside its own process, in place of validators reached
// over HTTP: the sequencer calls them as it would call careledgerd validators.
#pragma once

#include "common/time.h"
#include "ledger/checkpoint.h"
#include "ledger/cosignature.h"
#include "ledger/merkle.h"
#include "node/sequencer.h"
#include "node/validator.h"

#include <array>
#include <atomic>
#include <memory>
#include <string>

namespace careledger::test {

// A real validator (node/validator.h) mirroring the sequencer's directory: it checks the log
// signature and consistency, fetches and recomputes the new tiles, re-validates every entry, then
// cosigns. `online` false makes it unreachable.
class InProcessValidator final : public node::Cosigner {
public:
    explicit InProcessValidator(std::unique_ptr<node::Validator> v) : validator_(std::move(v)) {}

    [[nodiscard]] std::string name() const override { return validator_->verifier_key().name; }

    Result<node::CosignResponse> add_checkpoint(const tlog::AddCheckpointRequest& req) override {
        if (!online)
            return make_error("test.offline", name() + " is offline");
        node::CosignResponse resp;
        auto answer = validator_->add_checkpoint(req);
        if (!answer.ok()) {
            if (node::witness_http_status(answer.error()) != 409)
                return answer.error();
            CL_ASSIGN_OR_RETURN(auto size, node::old_size_of(answer.error()));
            resp.conflict_size = size;
            return resp;
        }
        CL_ASSIGN_OR_RETURN(resp.signatures, tlog::parse_cosignature_response(*answer));
        return resp;
    }

    std::atomic<bool> online{true};

private:
    std::unique_ptr<node::Validator> validator_;
};

// A witness that only checks the log signature and consistency, then cosigns: what a benchmark
// of the sequencer uses, so the figures are the sequencer's and not a validator's re-validation.
class InProcessWitness final : public node::Cosigner {
public:
    InProcessWitness(tlog::NoteSigner key, tlog::VerifierKey log_key)
        : key_(std::move(key)), log_key_(std::move(log_key)) {}

    [[nodiscard]] std::string name() const override { return key_.name(); }

    Result<node::CosignResponse> add_checkpoint(const tlog::AddCheckpointRequest& req) override {
        node::CosignResponse resp;
        if (req.old_size != size_) {
            resp.conflict_size = size_;
            return resp;
        }
        const std::array<tlog::VerifierKey, 1> known{log_key_};
        CL_ASSIGN_OR_RETURN(auto opened, tlog::open_note(req.checkpoint, known));
        CL_ASSIGN_OR_RETURN(auto cp, tlog::parse_checkpoint(opened.text));
        CL_TRY(tlog::verify_consistency(size_, cp.size, req.consistency, root_, cp.root));
        size_ = cp.size;
        root_ = cp.root;
        CL_ASSIGN_OR_RETURN(
            auto sig, tlog::cosign(key_, opened.text, static_cast<std::uint64_t>(now_unix())));
        resp.signatures.push_back(sig);
        return resp;
    }

private:
    tlog::NoteSigner key_;
    tlog::VerifierKey log_key_;
    std::uint64_t size_ = 0;
    crypto::Hash32 root_ = tlog::empty_root();
};

} // namespace careledger::test
