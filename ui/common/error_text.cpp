#include "common/error_text.h"

#include <QCoreApplication>

namespace careledger::ui {

QString errorText(const QString& code, const QString& fallbackMessage) {
    struct Entry {
        const char* code;
        const char* text;
    };
    static constexpr Entry kTexts[] = {
        {"vault.wrong_passphrase",
         QT_TRANSLATE_NOOP("ErrorText", "The passphrase is not correct.")},
        {"vault.locked_by_other",
         QT_TRANSLATE_NOOP("ErrorText", "Another program has this wallet open.")},
        {"vault.exists", QT_TRANSLATE_NOOP("ErrorText", "A file with that name exists already.")},
        {"crypto.passphrase_length",
         QT_TRANSLATE_NOOP("ErrorText", "The passphrase is empty or too long.")},
        {"slip39.checksum",
         QT_TRANSLATE_NOOP("ErrorText", "A recovery word is mistyped (the checksum fails).")},
        {"slip39.bad_word",
         QT_TRANSLATE_NOOP("ErrorText", "A word is not in the recovery word list.")},
        {"emergency.empty_card",
         QT_TRANSLATE_NOOP("ErrorText", "Fill in the emergency card before issuing a token.")},
        {"gui.locked", QT_TRANSLATE_NOOP("ErrorText", "The wallet is locked.")},
        {"blob.quota",
         QT_TRANSLATE_NOOP("ErrorText", "The node has no room for your emergency summary (its "
                                        "storage limit is reached). Revoke old tokens, or try "
                                        "another node.")},
        {"blob.stale",
         QT_TRANSLATE_NOOP("ErrorText", "The node refused the request as too old or too new: "
                                        "check this computer's clock.")},
        {"blob.unknown_owner",
         QT_TRANSLATE_NOOP("ErrorText",
                           "The node stores summaries only for patients registered on its "
                           "ledger: sync first so that your registration is published.")},
        {"blob.unavailable",
         QT_TRANSLATE_NOOP("ErrorText", "No node could be reached to store or delete your "
                                        "emergency summary. Try again when you are online.")},
        {"gui.read_failed", QT_TRANSLATE_NOOP("ErrorText", "The file could not be read.")},
        {"gui.no_ledger",
         QT_TRANSLATE_NOOP("ErrorText",
                           "The ledger could not be opened: the overview says why. Check the "
                           "network in Settings; changes apply at the next unlock.")},
        {"gui.node_url_missing", QT_TRANSLATE_NOOP("ErrorText", "Enter the node's URL.")},
        {"gui.node_url_invalid",
         QT_TRANSLATE_NOOP("ErrorText", "The node URL is not valid: it must start with https://.")},
        {"gui.node_url_plain_http",
         QT_TRANSLATE_NOOP("ErrorText", "Plain http is allowed only for a node on this computer "
                                        "(127.0.0.1 or localhost). Use https.")},
        {"gui.network_dir_missing",
         QT_TRANSLATE_NOOP("ErrorText",
                           "Choose the directory that holds the network and policy files.")},
        {"gui.network_files_missing",
         QT_TRANSLATE_NOOP("ErrorText",
                           "That directory does not hold the network and policy files.")},
        {"http.unreachable",
         QT_TRANSLATE_NOOP("ErrorText", "The node cannot be reached. The wallet keeps its last "
                                        "verified state.")},
        {"http.timeout", QT_TRANSLATE_NOOP("ErrorText", "The node did not answer in time. The "
                                                        "wallet keeps its last verified state.")},
        {"http.insecure",
         QT_TRANSLATE_NOOP("ErrorText", "The connection to the node is not secure (https is "
                                        "required).")},
        {"http.insecure_redirect",
         QT_TRANSLATE_NOOP("ErrorText", "The connection to the node is not secure (https is "
                                        "required).")},
        {"checkpoint.too_few_cosignatures",
         QT_TRANSLATE_NOOP("ErrorText", "The node's checkpoint lacks the validators' quorum: "
                                        "nothing was accepted.")},
        {"sync.stale_cosignatures",
         QT_TRANSLATE_NOOP("ErrorText", "The validators' cosignatures on the node's checkpoint "
                                        "are too old: nothing was accepted.")},
        {"sync.queued", QT_TRANSLATE_NOOP("ErrorText", "No node took the entry now. It waits "
                                                       "and is sent again at the next sync.")},
    };
    const QByteArray c = code.toUtf8();
    for (const auto& e : kTexts) {
        if (c == e.code)
            return QCoreApplication::translate("ErrorText", e.text);
    }
    if (code.startsWith(QLatin1String("rule.")))
        return QCoreApplication::translate("ErrorText", "The ledger refused the entry: %1")
            .arg(fallbackMessage);
    // A node's answer that fails verification: the reason in the core's words, nothing stored.
    if (code.startsWith(QLatin1String("note.")) || code.startsWith(QLatin1String("checkpoint.")))
        return QCoreApplication::translate(
                   "ErrorText",
                   "The node's checkpoint does not verify against the pinned network files: %1")
            .arg(fallbackMessage);
    if (code.startsWith(QLatin1String("sync.")))
        return QCoreApplication::translate(
                   "ErrorText", "The node's answer failed verification and was refused: %1")
            .arg(fallbackMessage);
    if (code.startsWith(QLatin1String("network.")) || code.startsWith(QLatin1String("policy.")))
        return QCoreApplication::translate("ErrorText",
                                           "The network or policy file cannot be used: %1")
            .arg(fallbackMessage);
    if (code.startsWith(QLatin1String("http.")))
        return QCoreApplication::translate("ErrorText", "The node could not be used: %1")
            .arg(fallbackMessage);
    return fallbackMessage.isEmpty() ? code : fallbackMessage;
}

} // namespace careledger::ui
