// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/playerpicker.h"

#include "common/errortext.h"
#include "store/store.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace herald::ui {

namespace {
constexpr int kListed = 200; // the most frequent players; the search reaches the others
}

PlayerPicker::PlayerPicker(store::Store& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_hint(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Which player are you?"));
    auto* intro = new QLabel(
        tr("Your imported matches name these players, most games first (the demo player last). Choose yourself: "
           "Herald follows you as a local account, without a Riot API key and without "
           "syncing, and every view shows your games."),
        this);
    intro->setWordWrap(true);
    m_search->setPlaceholderText(tr("Search a Riot ID"));
    m_search->setClearButtonEnabled(true);
    m_hint->setObjectName(QStringLiteral("pageSubtitle"));
    m_hint->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("That's me"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addWidget(m_buttons);
    resize(460, 520);

    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] { load(m_search->text().trimmed()); });
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    load(QString());
}

void PlayerPicker::load(const QString& search) {
    const quint64 generation = ++m_generation;
    m_hint->setText(tr("Reading the players…"));
    struct Listed {
        std::vector<store::PlayerSeen> players;
        QString error;
    };
    // The watcher belongs to the dialog: closed before the read ends, the answer goes nowhere.
    auto* watcher = new QFutureWatcher<Listed>(this);
    connect(watcher, &QFutureWatcher<Listed>::finished, this, [this, watcher, search, generation] {
        watcher->deleteLater();
        if (generation == m_generation) {
            const Listed listed = watcher->result();
            show(search, listed.players, listed.error);
        }
    });
    store::Store* storePtr = &m_store;
    watcher->setFuture(QtConcurrent::run([storePtr, search] {
        Listed out;
        auto reader = storePtr->openReader();
        if (!reader) {
            out.error = errorText(reader.error());
        } else if (auto listed = store::playersSeen(reader.value(), search.toStdString(), kListed)) {
            out.players = std::move(listed).value();
        } else {
            out.error = errorText(listed.error());
        }
        return out;
    }));
}

void PlayerPicker::show(const QString& search, const std::vector<store::PlayerSeen>& players, const QString& error) {
    m_list->clear();
    for (const auto& player : players) {
        auto* item = new QListWidgetItem(tr("%1  ·  %n game(s)", nullptr, static_cast<int>(player.games))
                                             .arg(QString::fromStdString(player.riotId())),
                                         m_list);
        item->setData(Qt::UserRole, QString::fromStdString(player.riotId()));
    }
    if (!error.isEmpty()) {
        m_hint->setText(error);
    } else if (players.empty()) {
        m_hint->setText(search.isEmpty() ? tr("No stored match names a player yet: import your match files first.")
                                         : tr("No player's Riot ID contains \"%1\".").arg(search));
    } else {
        m_hint->clear();
    }
    // Nothing is chosen for the player: "That's me" waits for a click.
    m_list->setCurrentRow(-1);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    emit playersListed();
}

QString PlayerPicker::chosenRiotId() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item != nullptr ? item->data(Qt::UserRole).toString() : QString();
}

QStringList PlayerPicker::listedRiotIds() const {
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        out << m_list->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}

void PlayerPicker::setSearch(const QString& text) {
    m_search->setText(text);
}

bool PlayerPicker::choose(const QString& riotId) {
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == riotId) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

} // namespace herald::ui
