// The wizard that builds a grant: provider (searched in the directory) -> record categories ->
// purpose -> period -> a plain-language preview of what the grantee will be able to see. It
// only collects the terms; the page emits the GrantRequest and the controller signs it.
#pragma once

#include "ledger/consent_state.h"
#include "wallet/consents.h"

#include <QDate>
#include <QDialog>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace careledger::ui::patient {

class GrantWizard : public QDialog {
    Q_OBJECT
public:
    enum Step { provider_step, categories_step, purpose_step, period_step, preview_step };

    GrantWizard(const std::vector<ledger::ProviderListing>& providers, QDate today,
                QWidget* parent = nullptr);

    [[nodiscard]] int step() const;
    // The terms as entered so far (valid once the preview is reached).
    [[nodiscard]] wallet::GrantRequest request() const;
    [[nodiscard]] QString previewText() const;

private:
    void goTo(int step);
    void next();
    void back();
    void filterProviders(const QString& text);
    void updateButtons();
    [[nodiscard]] const ledger::ProviderListing* selectedProvider() const;
    [[nodiscard]] std::vector<std::string> selectedCategories() const;
    [[nodiscard]] std::string selectedPurpose() const;

    std::vector<ledger::ProviderListing> providers_;
    QDate today_;

    QLabel* stepTitle_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    QLineEdit* search_ = nullptr;
    QListWidget* providerList_ = nullptr;
    QLabel* noProviders_ = nullptr;
    QListWidget* categoryList_ = nullptr;
    QComboBox* purpose_ = nullptr;
    QCheckBox* download_ = nullptr;
    QDateEdit* from_ = nullptr;
    QDateEdit* until_ = nullptr;
    QLabel* periodError_ = nullptr;
    QLabel* preview_ = nullptr;
    QPushButton* back_ = nullptr;
    QPushButton* next_ = nullptr;
    QPushButton* sign_ = nullptr;
    QPushButton* cancel_ = nullptr;
};

// The sentence the preview shows: who, what, why, when, and that it can be revoked.
QString grantPreviewText(const ledger::ProviderListing& grantee,
                         const std::vector<std::string>& categories, const std::string& purpose,
                         QDate from, QDate until);

} // namespace careledger::ui::patient
