// "About CareLedger": the version (the CMake project version, the same string every executable's
// --version prints), the licence, and the versions of the libraries that hold the patient's
// secrets, so a support request can name exactly what is running.
#pragma once

#include <QDialog>

namespace careledger::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace careledger::ui
