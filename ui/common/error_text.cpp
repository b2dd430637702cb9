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
        {"gui.network_unavailable",
         QT_TRANSLATE_NOOP("ErrorText",
                           "This version cannot connect to a node yet; use the embedded ledger.")},
        {"gui.read_failed", QT_TRANSLATE_NOOP("ErrorText", "The file could not be read.")},
    };
    const QByteArray c = code.toUtf8();
    for (const auto& e : kTexts) {
        if (c == e.code)
            return QCoreApplication::translate("ErrorText", e.text);
    }
    if (code.startsWith(QLatin1String("rule.")))
        return QCoreApplication::translate("ErrorText", "The ledger refused the entry: %1")
            .arg(fallbackMessage);
    return fallbackMessage.isEmpty() ? code : fallbackMessage;
}

} // namespace careledger::ui
