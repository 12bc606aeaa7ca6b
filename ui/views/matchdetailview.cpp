// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchdetailview.h"

#include "common/backgroundwrite.h"
#include "common/errortext.h"
#include "dashboard/charts.h"
#include "dashboard/format.h"
#include "gamedata/gamedata.h"
#include "ingest/matchpage.h"
#include "store/store.h"
#include "theme/theme.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace herald::ui {

namespace {

QString championName(const std::string& key) {
    const auto* champion = gamedata::GameData::builtin().championByKey(key);
    return QString::fromStdString(champion != nullptr ? champion->name : key);
}

QString thousands(int value) {
    return value >= 10'000 ? QLocale().toString(value / 1000.0, 'f', 1) + QStringLiteral("k")
                           : QLocale().toString(value);
}

QString clock(std::int64_t ms) {
    const std::int64_t s = ms / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QColor teamColor(int teamId) {
    return teamId == 200 ? outcomeColor(QStringLiteral("Loss")) : outcomeColor(QStringLiteral("Win"));
}

} // namespace

// ---- EventStrip

EventStrip::EventStrip(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMinimumHeight(100);
}

void EventStrip::setMatch(std::shared_ptr<const store::MatchDetail> match) {
    m_match = std::move(match);
    update();
}

QPointF EventStrip::pointOf(const store::DetailEvent& e) const {
    const double total = std::max<double>(1.0, static_cast<double>(m_match->durationSeconds) * 1000.0);
    const double x = 16 + (width() - 32) * std::min(1.0, static_cast<double>(e.timestampMs) / total);
    const double middle = height() / 2.0;
    double offset = e.type == "CHAMPION_KILL" ? 14 : 30;
    if (e.type == "BUILDING_KILL" || e.type == "TURRET_PLATE_DESTROYED") {
        offset = 40;
    }
    // Blue side's deeds above the axis, red side's below (Arena and unknown: on the axis).
    const double sign = e.teamId == 100 ? -1 : e.teamId == 200 ? 1 : 0;
    return {x, middle + sign * offset};
}

void EventStrip::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const double middle = height() / 2.0;
    QColor axis = palette().color(QPalette::WindowText);
    axis.setAlphaF(0.35f);
    p.setPen(axis);
    p.drawLine(QPointF(16, middle), QPointF(width() - 16, middle));
    if (!m_match || m_match->events.empty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("No timeline for this match"));
        return;
    }
    // Minute ticks every 5 minutes.
    const int minutes = static_cast<int>(m_match->durationSeconds / 60);
    for (int m = 0; m <= minutes; m += 5) {
        const double x =
            16 + (width() - 32) * (m * 60.0 / std::max<double>(1.0, static_cast<double>(m_match->durationSeconds)));
        p.drawLine(QPointF(x, middle - 3), QPointF(x, middle + 3));
        p.drawText(QRectF(x - 20, middle + 4, 40, 14), Qt::AlignHCenter | Qt::AlignTop, QStringLiteral("%1'").arg(m));
    }
    for (const auto& e : m_match->events) {
        const QPointF at = pointOf(e);
        const QColor color = e.teamId == 0 ? palette().color(QPalette::WindowText) : teamColor(e.teamId);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        if (e.type == "CHAMPION_KILL") {
            p.drawEllipse(at, 3, 3);
        } else if (e.type == "ELITE_MONSTER_KILL") {
            QPolygonF diamond({at + QPointF(0, -7), at + QPointF(7, 0), at + QPointF(0, 7), at + QPointF(-7, 0)});
            p.drawPolygon(diamond);
            p.setPen(palette().color(QPalette::Base));
            const QString letter = e.detail.find("DRAGON") != std::string::npos ? QStringLiteral("D")
                                   : e.detail == "BARON_NASHOR"                 ? QStringLiteral("B")
                                   : e.detail == "RIFTHERALD"                   ? QStringLiteral("H")
                                                                                : QStringLiteral("•");
            QFont small = font();
            small.setPointSizeF(small.pointSizeF() * 0.7);
            p.setFont(small);
            p.drawText(QRectF(at.x() - 7, at.y() - 7, 14, 14), Qt::AlignCenter, letter);
            p.setFont(font());
        } else if (e.type == "BUILDING_KILL") {
            p.drawRect(QRectF(at.x() - 4, at.y() - 4, 8, 8));
        }
    }
}

QString EventStrip::describe(const store::DetailEvent& e) const {
    auto name = [this](int participantId) {
        for (const auto& team : m_match->teams) {
            for (const auto& player : team.players) {
                if (player.participantId == participantId) {
                    return championName(player.championName);
                }
            }
        }
        return participantId == 0 ? tr("a minion or a tower") : tr("participant %1").arg(participantId);
    };
    const QString when = clock(e.timestampMs);
    if (e.type == "CHAMPION_KILL") {
        return tr("%1 · %2 killed %3").arg(when, name(e.killerId), name(e.victimId));
    }
    if (e.type == "ELITE_MONSTER_KILL") {
        return tr("%1 · %2 took %3").arg(when, name(e.killerId), QString::fromStdString(e.detail));
    }
    if (e.type == "BUILDING_KILL") {
        return tr("%1 · %2 destroyed %3").arg(when, name(e.killerId), QString::fromStdString(e.detail));
    }
    return tr("%1 · %2").arg(when, QString::fromStdString(e.type));
}

void EventStrip::mouseMoveEvent(QMouseEvent* event) {
    if (!m_match) {
        return;
    }
    const QPointF pos = event->position();
    const store::DetailEvent* nearest = nullptr;
    double best = 8;
    for (const auto& e : m_match->events) {
        const QPointF at = pointOf(e);
        const double d = std::hypot(at.x() - pos.x(), at.y() - pos.y());
        if (d < best && (e.type == "CHAMPION_KILL" || e.type == "ELITE_MONSTER_KILL" || e.type == "BUILDING_KILL")) {
            best = d;
            nearest = &e;
        }
    }
    if (nearest != nullptr) {
        QToolTip::showText(event->globalPosition().toPoint(), describe(*nearest), this);
    } else {
        QToolTip::hideText();
    }
}

// ---- MatchDetailView

MatchDetailView::MatchDetailView(store::Store& store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_teams(new QWidget(this))
    , m_teamsLayout(new QVBoxLayout(m_teams))
    , m_gold(new LineChart(this))
    , m_events(new EventStrip(this))
    , m_note(new QPlainTextEdit(this))
    , m_tags(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save note"), this))
    , m_saved(new QLabel(this)) {
    auto* back = new QToolButton(this);
    back->setText(tr("← Matches"));
    connect(back, &QToolButton::clicked, this, &MatchDetailView::backRequested);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    m_teamsLayout->setContentsMargins(0, 0, 0, 0);
    m_teamsLayout->setSpacing(10);
    m_gold->setMinimumHeight(170);
    m_gold->setEmptyText(tr("No timeline for this match: the gold difference needs one."));
    m_note->setPlaceholderText(tr("Your note on this game (what went well, what to try next time)…"));
    m_note->setMaximumHeight(90);
    m_tags->setPlaceholderText(tr("Tags, separated by commas (e.g. tilt, duo, good laning)"));
    connect(m_save, &QPushButton::clicked, this, &MatchDetailView::saveNote);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(20, 12, 20, 16);
    layout->setSpacing(10);
    auto* header = new QHBoxLayout;
    header->addWidget(back);
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    layout->addLayout(header);
    layout->addWidget(m_teams);
    auto* goldTitle = new QLabel(tr("Gold difference (blue side − red side)"), this);
    goldTitle->setObjectName(QStringLiteral("cardTitle"));
    layout->addWidget(goldTitle);
    layout->addWidget(m_gold);
    auto* eventsTitle =
        new QLabel(tr("Key events: kills, objectives (D dragon, B baron, H herald) and buildings"), this);
    eventsTitle->setObjectName(QStringLiteral("cardTitle"));
    layout->addWidget(eventsTitle);
    layout->addWidget(m_events);
    auto* noteTitle = new QLabel(tr("Note and tags"), this);
    noteTitle->setObjectName(QStringLiteral("cardTitle"));
    layout->addWidget(noteTitle);
    layout->addWidget(m_note);
    auto* tagsRow = new QHBoxLayout;
    tagsRow->addWidget(m_tags, 1);
    tagsRow->addWidget(m_save);
    tagsRow->addWidget(m_saved);
    layout->addLayout(tagsRow);
    layout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

void MatchDetailView::setStreamerMode(bool on) {
    m_streamer = on;
    if (m_match) {
        populate();
    }
}

void MatchDetailView::showMatch(const QString& matchId) {
    m_title->setText(tr("Loading %1…").arg(matchId));
    m_subtitle->clear();
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, matchId] {
        watcher->deleteLater();
        auto [result, error] = watcher->result();
        if (!result) {
            m_title->setText(error.isEmpty() ? tr("Match %1 is not in the store").arg(matchId) : error);
            emit loaded(false);
            return;
        }
        m_match = std::move(result);
        populate();
        emit loaded(true);
    });
    const std::string id = matchId.toStdString();
    watcher->setFuture(QtConcurrent::run([&store = m_store, id]() -> Loaded {
        try { // nothing thrown may reach the watcher: result() would rethrow it on the GUI thread
            return loadDetail(store, id);
        } catch (const std::exception& e) {
            return {nullptr, QString::fromUtf8(e.what())};
        }
    }));
}

MatchDetailView::Loaded MatchDetailView::loadDetail(store::Store& store, const std::string& id) {
    {
        auto reader = store.openReader();
        if (!reader) {
            return {nullptr, errorText(reader.error())};
        }
        auto detail = ingest::loadMatchPage(reader.value(), id);
        if (!detail) { // a match that is not stored is a Validation error: the title says so in its own words
            return {nullptr, detail.error().kind == ErrorKind::Validation ? QString() : errorText(detail.error())};
        }
        return {std::make_shared<store::MatchDetail>(std::move(detail).value()), QString()};
    }
}

void MatchDetailView::populate() {
    const auto& m = *m_match;
    const store::DetailParticipant* me = nullptr;
    for (const auto& team : m.teams) {
        for (const auto& player : team.players) {
            if (player.followed && me == nullptr) {
                me = &player;
            }
        }
    }
    QString result = m.remake ? tr("Remake") : me == nullptr ? QString() : me->win ? tr("Victory") : tr("Defeat");
    m_title->setText(me != nullptr ? QStringLiteral("%1 — %2").arg(championName(me->championName), result)
                                   : QString::fromStdString(m.matchId));
    m_subtitle->setText(
        QStringLiteral("%1 · %2 · %3 · %4 · %5")
            .arg(queueLabel(m.queueId), tr("patch %1").arg(QString::fromStdString(m.patch)),
                 clock(m.durationSeconds * 1000),
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(m.gameCreation), QLocale::ShortFormat),
                 QString::fromStdString(m.matchId)));

    while (QLayoutItem* item = m_teamsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const bool compact = m.arena || m.teams.size() > 2;
    QWidget* row = nullptr;
    QHBoxLayout* rowLayout = nullptr;
    int index = 0;
    for (const auto& team : m.teams) {
        if (compact && index % 2 == 0) {
            row = new QWidget(m_teams);
            rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            m_teamsLayout->addWidget(row);
        }
        ++index;
        auto* box = new QWidget(compact ? row : m_teams);
        auto* boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        boxLayout->setSpacing(4);
        const QString side = m.arena              ? tr("Team %1").arg(team.teamId)
                             : team.teamId == 100 ? tr("Blue side")
                             : team.teamId == 200 ? tr("Red side")
                                                  : tr("Team %1").arg(team.teamId);
        auto* label =
            new QLabel(QStringLiteral("<b>%1</b> — %2 · %3 · %4 · %5")
                           .arg(side, team.win ? tr("Victory") : tr("Defeat"), tr("%n kill(s)", nullptr, team.kills),
                                tr("%1 gold").arg(thousands(team.gold)), tr("%1 damage").arg(thousands(team.damage))),
                       box);
        QPalette tinted = label->palette();
        tinted.setColor(QPalette::WindowText, m.arena ? palette().color(QPalette::WindowText) : teamColor(team.teamId));
        label->setPalette(tinted);
        boxLayout->addWidget(label);
        const QStringList headers = {tr("Player"), tr("Champion"), tr("K / D / A"), tr("CS"),
                                     tr("Gold"),   tr("Damage"),   tr("Vision"),    tr("Level")};
        auto* table = new QTableWidget(static_cast<int>(team.players.size()), static_cast<int>(headers.size()), box);
        table->setHorizontalHeaderLabels(headers);
        for (int r = 0; r < static_cast<int>(team.players.size()); ++r) {
            const auto& p = team.players[static_cast<std::size_t>(r)];
            const QString player =
                m_streamer && !p.followed ? tr("Player %1").arg(p.participantId) : QString::fromStdString(p.riotId);
            const QStringList cells = {player,
                                       championName(p.championName),
                                       QStringLiteral("%1 / %2 / %3").arg(p.kills).arg(p.deaths).arg(p.assists),
                                       QLocale().toString(p.cs),
                                       thousands(p.gold),
                                       thousands(p.damage),
                                       QLocale().toString(p.vision),
                                       QLocale().toString(p.level)};
            for (int c = 0; c < cells.size(); ++c) {
                auto* item = new QTableWidgetItem(cells[c]);
                if (p.followed) {
                    QFont bold = item->font();
                    bold.setBold(true);
                    item->setFont(bold);
                }
                if (c >= 2) {
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                }
                table->setItem(r, c, item);
            }
        }
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionMode(QAbstractItemView::NoSelection);
        table->setShowGrid(false);
        table->setFocusPolicy(Qt::NoFocus);
        const int rowsHeight = table->verticalHeader()->defaultSectionSize() * static_cast<int>(team.players.size());
        table->setFixedHeight(rowsHeight + table->horizontalHeader()->sizeHint().height() + 4);
        table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        boxLayout->addWidget(table);
        (compact ? static_cast<QBoxLayout*>(rowLayout) : m_teamsLayout)->addWidget(box);
    }

    QStringList labels;
    Series series;
    series.name = tr("Gold difference");
    series.format = [](double v) { return (v > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(v, 'f', 0); };
    for (const auto& [minute, diff] : m.goldDifference) {
        labels << QStringLiteral("%1'").arg(static_cast<int>(minute + 0.5));
        series.values.push_back(static_cast<double>(diff));
    }
    m_gold->setData(labels, {series});
    m_events->setMatch(m_match);
    m_note->setPlainText(QString::fromStdString(m.note));
    QStringList tags;
    for (const auto& tag : m.tags) {
        tags << QString::fromStdString(tag);
    }
    m_tags->setText(tags.join(QStringLiteral(", ")));
    m_saved->clear();
}

void MatchDetailView::saveNote() {
    if (!m_match || !m_store.writable()) {
        return;
    }
    std::vector<std::string> tags;
    for (const QString& tag : m_tags->text().split(QLatin1Char(','))) {
        tags.push_back(tag.toStdString());
    }
    const std::string id = m_match->matchId;
    const std::string note = m_note->toPlainText().toStdString();
    writeInBackground<Ok>(
        m_store, this, [id, note, tags](store::Database& db) { return store::saveMatchNote(db, id, note, tags); },
        [this, id](const Status& status) {
            m_saved->setText(status ? tr("Saved.") : errorText(status.error()));
            if (status) {
                emit noteSaved(QString::fromStdString(id));
            }
        });
}

} // namespace herald::ui
