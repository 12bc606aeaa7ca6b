// AccountDialog: a Riot ID and its platform, checked before it is accepted.
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace herald::ui {

class AccountDialog : public QDialog {
    Q_OBJECT
public:
    explicit AccountDialog(QWidget* parent = nullptr);

    QString riotId() const;
    QString platform() const; // euw1, kr, ...

    void accept() override; // refuses an invalid Riot ID with the reason

private:
    QLineEdit* m_riotId;
    QComboBox* m_platform;
    QLabel* m_error;
};

} // namespace herald::ui
