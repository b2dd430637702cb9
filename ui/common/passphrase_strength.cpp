#include "common/passphrase_strength.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <cmath>

#ifdef CARELEDGER_HAVE_ZXCVBN
#include <zxcvbn.h>
#endif

namespace careledger::ui {

double passphraseEntropyBits(const QString& passphrase) {
    if (passphrase.isEmpty())
        return 0;
#ifdef CARELEDGER_HAVE_ZXCVBN
    QByteArray utf8 = passphrase.toUtf8();
    const double bits = ZxcvbnMatch(utf8.constData(), nullptr, nullptr);
    utf8.fill('\0');
    return bits;
#else
    int classes = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : passphrase) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    classes = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    return static_cast<double>(passphrase.size()) * std::log2(std::max(classes, 2));
#endif
}

PassphraseStrength::PassphraseStrength(QWidget* parent)
    : QWidget(parent), bar_(new QProgressBar(this)), label_(new QLabel(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    bar_->setRange(0, 100);
    bar_->setTextVisible(false);
    layout->addWidget(bar_, 1);
    layout->addWidget(label_);
    updateText();
}

void PassphraseStrength::setPassphrase(const QString& passphrase) {
    bits_ = passphraseEntropyBits(passphrase);
    bar_->setValue(static_cast<int>(std::min(100.0, bits_ * 100.0 / 100.0)));
    updateText();
}

void PassphraseStrength::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        updateText();
    QWidget::changeEvent(event);
}

void PassphraseStrength::updateText() {
    QString word;
    if (bits_ <= 0)
        word = tr("Empty");
    else if (bits_ < 40)
        word = tr("Weak");
    else if (bits_ < 50)
        word = tr("Fair");
    else if (bits_ < 75)
        word = tr("Good");
    else
        word = tr("Excellent");
    label_->setText(tr("Strength: %1").arg(word));
    bar_->setAccessibleName(tr("Passphrase strength"));
    bar_->setAccessibleDescription(tr("%1, about %2 bits").arg(word).arg(static_cast<int>(bits_)));
}

} // namespace careledger::ui
