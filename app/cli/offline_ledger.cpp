#include "cli/offline_ledger.h"

namespace careledger::cli {

Error explain_refresh_error(Error e) {
    // Not signed by the pinned log key, or for another origin: the pin and the nodes disagree.
    // (A missing quorum or a bad cosignature is the nodes' failing and keeps its own message.)
    if (e.code == "note.unverified" || e.code == "checkpoint.missing_log_signature" ||
        e.code == "checkpoint.bad_log_signature" || e.code == "checkpoint.origin_mismatch")
        e.message = "a checkpoint does not verify against the network pinned with "
                    "--network (" +
                    e.message + ")";
    return e;
}

Status OfflineTolerantLedger::refresh() {
    auto st = remote_->refresh();
    if (st.ok()) {
        offline_.reset();
        return {};
    }
    if (!sync::is_transient(st.error()) || (remote_->checkpoint_note().empty() && !new_wallet_))
        return explain_refresh_error(st.error());
    offline_ = st.error();
    return {};
}

} // namespace careledger::cli
