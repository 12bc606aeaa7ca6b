// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountdialog.h"

#include "common/errortext.h"
#include "riot/routing.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace herald::ui {

namespace {

// The servers' names as routing.cpp spells them, for translation (context "Platforms").
[[maybe_unused]] constexpr const char* kPlatformNames[] = {
    QT_TRANSLATE_NOOP("Platforms", "North America"),
    QT_TRANSLATE_NOOP("Platforms", "Brazil"),
    QT_TRANSLATE_NOOP("Platforms", "Latin America North"),
    QT_TRANSLATE_NOOP("Platforms", "Latin America South"),
    QT_TRANSLATE_NOOP("Platforms", "Europe West"),
    QT_TRANSLATE_NOOP("Platforms", "Europe Nordic & East"),
    QT_TRANSLATE_NOOP("Platforms", "Türkiye"),
    QT_TRANSLATE_NOOP("Platforms", "Russia"),
    QT_TRANSLATE_NOOP("Platforms", "Middle East"),
    QT_TRANSLATE_NOOP("Platforms", "Korea"),
    QT_TRANSLATE_NOOP("Platforms", "Japan"),
    QT_TRANSLATE_NOOP("Platforms", "Oceania"),
    QT_TRANSLATE_NOOP("Platforms", "Philippines"),
    QT_TRANSLATE_NOOP("Platforms", "Singapore, Malaysia & Indonesia"),
    QT_TRANSLATE_NOOP("Platforms", "Thailand"),
    QT_TRANSLATE_NOOP("Platforms", "Taiwan, Hong Kong & Macao"),
    QT_TRANSLATE_NOOP("Platforms", "Vietnam"),
};

} // namespace

AccountDialog::AccountDialog(QWidget* parent)
    : QDialog(parent)
    , m_riotId(new QLineEdit(this))
    , m_platform(new QComboBox(this))
    , m_ownKey(new QRadioButton(tr("My own Riot API key"), this))
    , m_heraldServer(new QRadioButton(tr("The Herald server"), this))
    , m_importedFiles(new QRadioButton(tr("A player in my imported files (no key, no sync)"), this))
    , m_apiKey(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_signIn(new QLabel(this)) {
    setWindowTitle(tr("Add account"));
    m_riotId->setPlaceholderText(tr("Name#TAG"));
    for (const auto& platform : sync::riot::platforms()) {
        const std::string label(platform.label);
        const QString id = QString::fromLatin1(platform.id.data(), static_cast<int>(platform.id.size()));
        m_platform->addItem(QStringLiteral("%1 (%2)").arg(QCoreApplication::translate("Platforms", label.c_str()), id),
                            id);
    }
    m_platform->setCurrentIndex(m_platform->findData(QStringLiteral("euw1")));
    m_error->setObjectName(QStringLiteral("errorText"));
    m_error->setWordWrap(true);
    // The error line keeps its room (three lines) while empty, so a refusal does not move the form.
    m_error->setMinimumHeight(3 * m_error->fontMetrics().lineSpacing());
    m_error->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Where the matches come from: the player's own key, or the Herald server's relay (signed in).
    m_ownKey->setChecked(true);
    m_signIn->setText(QStringLiteral("<a href=\"#\">%1</a>").arg(tr("Sign in to your Herald account…")));
    m_signIn->setTextFormat(Qt::RichText);
    connect(m_signIn, &QLabel::linkActivated, this, [this] { emit signInRequested(); });
    auto followSource = [this] {
        const bool imported = m_importedFiles->isChecked();
        m_apiKey->setEnabled(m_ownKey->isChecked());
        m_riotId->setEnabled(!imported);
        m_platform->setEnabled(!imported);
        m_error->clear();
    };
    connect(m_ownKey, &QRadioButton::toggled, this, followSource);
    connect(m_heraldServer, &QRadioButton::toggled, this, followSource);
    connect(m_importedFiles, &QRadioButton::toggled, this, followSource);
    m_importedFiles->setToolTip(tr("Choose yourself among the players your imported match files name: Herald shows "
                                   "your games without a Riot key and does not sync them."));
    setHeraldSignedIn(false);
    m_apiKey->setEchoMode(QLineEdit::Password);
    setKeyKnown(false); // the key field's hint
    m_apiKey->setToolTip(tr("Herald keeps the key in the system keychain and nowhere else. Development keys expire "
                            "every 24 hours."));
    auto* source = new QVBoxLayout;
    source->setSpacing(4);
    source->addWidget(m_ownKey);
    source->addWidget(m_apiKey);
    source->addWidget(m_heraldServer);
    source->addWidget(m_signIn);
    source->addWidget(m_importedFiles);
    auto* form = new QFormLayout;
    form->addRow(tr("Riot ID"), m_riotId);
    form->addRow(tr("Server"), m_platform);
    form->addRow(tr("Data from"), source);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountDialog::reject);
    setMinimumWidth(480);
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

void AccountDialog::setKeyKnown(bool known) {
    m_keyKnown = known;
    m_apiKey->setPlaceholderText(known ? tr("Saved in the system keychain (type a new key to replace it)")
                                       : tr("RGAPI-… from developer.riotgames.com"));
}

void AccountDialog::setHeraldSignedIn(bool signedIn, const QString& name) {
    m_heraldServer->setEnabled(signedIn);
    m_heraldServer->setText(signedIn && !name.isEmpty() ? tr("The Herald server (signed in as %1)").arg(name)
                                                        : tr("The Herald server"));
    m_heraldServer->setToolTip(signedIn ? tr("Matches come through the Herald server's relay: no Riot key needed.")
                                        : tr("Sign in to your Herald account to download matches without a key."));
    m_signIn->setVisible(!signedIn);
    if (!signedIn) {
        m_ownKey->setChecked(true);
    }
}

bool AccountDialog::fromImportedFiles() const {
    return m_importedFiles->isChecked();
}

bool AccountDialog::viaHerald() const {
    return m_heraldServer->isChecked();
}

QString AccountDialog::apiKey() const {
    return m_apiKey->text().trimmed();
}

void AccountDialog::accept() {
    if (fromImportedFiles()) {
        QDialog::accept();
        return;
    }
    auto id = sync::riot::parseRiotId(riotId().toStdString());
    if (!id) {
        m_error->setText(errorText(id.error()));
        return;
    }
    if (!viaHerald() && !m_keyKnown && apiKey().isEmpty()) {
        m_error->setText(tr("Paste your Riot API key: Herald downloads your matches from Riot with it. Get one at "
                            "https://developer.riotgames.com (development keys expire every 24 hours)."));
        m_apiKey->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace herald::ui
