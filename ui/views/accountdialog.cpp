#include "accountdialog.h"

#include "common/errortext.h"
#include "riot/routing.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace herald::ui {

AccountDialog::AccountDialog(QWidget* parent)
    : QDialog(parent)
    , m_riotId(new QLineEdit(this))
    , m_platform(new QComboBox(this))
    , m_error(new QLabel(this)) {
    setWindowTitle(tr("Add a Riot account"));
    m_riotId->setPlaceholderText(tr("Name#TAG"));
    for (const auto& platform : sync::riot::platforms()) {
        m_platform->addItem(QStringLiteral("%1 (%2)").arg(
                                QString::fromUtf8(platform.label.data(), static_cast<int>(platform.label.size())),
                                QString::fromLatin1(platform.id.data(), static_cast<int>(platform.id.size()))),
                            QString::fromLatin1(platform.id.data(), static_cast<int>(platform.id.size())));
    }
    m_platform->setCurrentIndex(m_platform->findData(QStringLiteral("euw1")));
    m_error->setObjectName(QStringLiteral("errorText"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    auto* form = new QFormLayout;
    form->addRow(tr("Riot ID"), m_riotId);
    form->addRow(tr("Server"), m_platform);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Your Riot ID is shown in the League client's profile, e.g. Faker#KR1."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString AccountDialog::riotId() const {
    return m_riotId->text().trimmed();
}

QString AccountDialog::platform() const {
    return m_platform->currentData().toString();
}

void AccountDialog::accept() {
    auto id = sync::riot::parseRiotId(riotId().toStdString());
    if (!id) {
        m_error->setText(errorText(id.error()));
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace herald::ui
