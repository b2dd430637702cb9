#include "shell/recovery_words_label.h"

namespace careledger::ui {

RecoveryWordsLabel::RecoveryWordsLabel(QWidget* parent) : QLabel(parent) {
    setObjectName(QStringLiteral("recoveryWords"));
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextFormat(Qt::PlainText);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(font().pointSizeF() * 1.2);
    setFont(mono);
}

QStringList RecoveryWordsLabel::showRecovery(const RecoveryView& material) {
    QStringList lines;
    QStringList first;
    shares_ = 0;
    if (material.groups) {
        int g = 0;
        for (const auto& group : *material.groups) {
            int m = 0;
            for (const auto& share : group) {
                const QString text = QString::fromUtf8(reinterpret_cast<const char*>(share.data()),
                                                       static_cast<qsizetype>(share.size()));
                const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
                if (first.isEmpty())
                    first = words;
                if (material.groups->size() > 1)
                    lines << tr("Share %1 of group %2:").arg(m + 1).arg(g + 1);
                else if (group.size() > 1)
                    lines << tr("Share %1 of %2:").arg(m + 1).arg(group.size());
                QString numbered;
                for (int i = 0; i < words.size(); ++i)
                    numbered += QStringLiteral("%1. %2%3")
                                    .arg(i + 1, 2)
                                    .arg(words[i], -12)
                                    .arg((i % 4 == 3) ? QStringLiteral("\n") : QString());
                lines << numbered;
                ++m;
                ++shares_;
            }
            ++g;
        }
    }
    setText(lines.join(u'\n'));
    return first;
}

void RecoveryWordsLabel::forget() {
    // QLabel keeps no other copy; the SecureBuffers of the RecoveryView are wiped by their owner.
    setText(QString());
    shares_ = 0;
}

} // namespace careledger::ui
