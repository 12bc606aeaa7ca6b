// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchdetailview.h"

#include "analytics/compiler.h"
#include "common/backgroundwrite.h"
#include "common/errortext.h"
#include "dashboard/charts.h"
#include "dashboard/format.h"
#include "gamedata/gamedata.h"
#include "ingest/matchpage.h"
#include "store/store.h"
#include "theme/championicons.h"
#include "theme/theme.h"

#include <QComboBox>
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
#include <map>

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
    // Arena: each player's side, once per match (the player's duo is "100", the others "200").
    m_arenaSide.clear();
    if (m_match && m_match->arena) {
        int mySubteam = 0;
        for (const auto& team : m_match->teams) {
            for (const auto& player : team.players) {
                mySubteam = player.followed && mySubteam == 0 ? player.subteamId : mySubteam;
            }
        }
        for (const auto& team : m_match->teams) {
            for (const auto& player : team.players) {
                if (player.subteamId > 0) { // a player without a duo stays on the axis
                    m_arenaSide[player.participantId] = player.subteamId == mySubteam ? 100 : 200;
                }
            }
        }
    }
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
    // Blue side's deeds above the axis, red side's below; in Arena, the player's duo above and the others below.
    const int side = sideOf(e);
    const double sign = side == 100 ? -1 : side == 200 ? 1 : 0;
    return {x, middle + sign * offset};
}

int EventStrip::sideOf(const store::DetailEvent& e) const {
    if (!m_match->arena) {
        return e.teamId;
    }
    const auto side = m_arenaSide.find(e.killerId); // ours: the "blue" colour; theirs: the "red" one
    return side != m_arenaSide.end() ? side->second : 0;
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
        const int side = sideOf(e);
        const QColor color = side == 0 ? palette().color(QPalette::WindowText) : teamColor(side);
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
    , m_build(new QLabel(this))
    , m_teams(new QWidget(this))
    , m_teamsLayout(new QVBoxLayout(m_teams))
    , m_gold(new LineChart(this))
    , m_curves(new LineChart(this))
    , m_curveKind(new QComboBox(this))
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
    m_build->setObjectName(QStringLiteral("matchBuild"));
    m_build->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_build->setToolTip(tr("Your games with it, in the Builds dashboard"));
    connect(m_build, &QLabel::linkActivated, this, [this](const QString& link) {
        const qsizetype colon = link.indexOf(QLatin1Char(':'));
        emit buildsRequested(link.left(colon), link.mid(colon + 1));
    });
    titles->addWidget(m_build);
    header->addLayout(titles, 1);
    layout->addLayout(header);
    layout->addWidget(m_teams);
    m_goldTitle = new QLabel(tr("Gold difference (blue side − red side)"), this);
    m_goldTitle->setObjectName(QStringLiteral("cardTitle"));
    layout->addWidget(m_goldTitle);
    layout->addWidget(m_gold);
    auto* curvesHeader = new QHBoxLayout;
    m_curvesTitle = new QLabel(tr("Every player over time (you and your lane opponent first)"), this);
    m_curvesTitle->setObjectName(QStringLiteral("cardTitle"));
    m_curveKind->addItem(tr("Gold"));
    m_curveKind->addItem(tr("Experience"));
    connect(m_curveKind, &QComboBox::currentIndexChanged, this, [this] {
        if (m_match) {
            showCurves();
        }
    });
    curvesHeader->addWidget(m_curvesTitle, 1);
    curvesHeader->addWidget(m_curveKind);
    layout->addLayout(curvesHeader);
    m_curves->setMinimumHeight(220);
    m_curves->setSharedScale(true); // everyone's gold in one unit
    layout->addWidget(m_curves);
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
    m_build->clear();
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, matchId] {
        watcher->deleteLater();
        Loaded result = watcher->result();
        if (!result.match) {
            m_title->setText(result.error.isEmpty() ? tr("Match %1 is not in the store").arg(matchId) : result.error);
            emit loaded(false);
            return;
        }
        m_match = std::move(result.match);
        m_names = std::move(result.names);
        m_builds = std::move(result.builds);
        populate();
        emit loaded(true);
    });
    const std::string id = matchId.toStdString();
    watcher->setFuture(QtConcurrent::run([&store = m_store, id]() -> Loaded {
        try { // nothing thrown may reach the watcher: result() would rethrow it on the GUI thread
            return loadDetail(store, id);
        } catch (const std::exception& e) {
            return {nullptr, nullptr, QString::fromUtf8(e.what()), {}};
        }
    }));
}

MatchDetailView::Loaded MatchDetailView::loadDetail(store::Store& store, const std::string& id) {
    {
        auto reader = store.openReader();
        if (!reader) {
            return {nullptr, nullptr, errorText(reader.error()), {}};
        }
        auto detail = ingest::loadMatchPage(reader.value(), id);
        if (!detail) { // a match that is not stored is a Validation error: the title says so in its own words
            return {nullptr,
                    nullptr,
                    detail.error().kind == ErrorKind::Validation ? QString() : errorText(detail.error()),
                    {}};
        }
        // The names of this page's items, spells and runes: Data Dragon's as the last refresh stored them, else
        // the bundled snapshot (a few documents parsed here, off the GUI thread).
        // The keystone and first item as the Builds dashboard names them, for its links (none when unreadable).
        auto builds = analytics::dimensionValuesOfMatch(reader.value(), id, {"keystone", "first_item"});
        return {std::make_shared<store::MatchDetail>(std::move(detail).value()),
                std::make_shared<const gamedata::GameData>(gamedata::GameData::fromStore(reader.value())), QString(),
                builds ? std::move(builds).value() : std::map<int, std::vector<std::string>>()};
    }
}

namespace {

// Damage dealt to champions (accent) and taken (muted), as two thin bars against the match's largest figure.
class DamageBars : public QWidget {
public:
    DamageBars(int dealt, int taken, int scale, QWidget* parent)
        : QWidget(parent)
        , m_dealt(dealt)
        , m_taken(taken)
        , m_scale(std::max(1, scale)) {
        setToolTip(MatchDetailView::tr("%1 damage to champions, %2 taken")
                       .arg(QLocale().toString(dealt), QLocale().toString(taken)));
        setMinimumWidth(90);
    }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF area = QRectF(rect()).adjusted(2, 5, -44, -5);
        const double h = std::max(3.0, area.height() / 2 - 1);
        QColor dealt = outcomeColor(QStringLiteral("Loss"));
        QColor taken = palette().color(QPalette::WindowText);
        taken.setAlphaF(0.35f);
        p.setPen(Qt::NoPen);
        p.setBrush(dealt);
        p.drawRoundedRect(QRectF(area.left(), area.top(), area.width() * m_dealt / m_scale, h), 1.5, 1.5);
        p.setBrush(taken);
        p.drawRoundedRect(QRectF(area.left(), area.top() + h + 2, area.width() * m_taken / m_scale, h), 1.5, 1.5);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRectF(area.right() + 4, 0, 42, height()), Qt::AlignVCenter | Qt::AlignLeft, thousands(m_dealt));
    }

private:
    int m_dealt;
    int m_taken;
    int m_scale;
};

QString multikillText(const store::DetailParticipant& p) {
    switch (std::min(p.largestMultiKill, 5)) {
    case 5:
        return MatchDetailView::tr("Penta");
    case 4:
        return MatchDetailView::tr("Quadra");
    case 3:
        return MatchDetailView::tr("Triple");
    case 2:
        return MatchDetailView::tr("Double");
    default:
        return {};
    }
}

// "Keystone: Conqueror · First item: Profane Hydra", each a link (dimension:value) to the Builds dashboard; a value
// the game did not give (none, a game without a timeline) is plain text. Empty without the player's build.
QString buildLinks(const std::map<int, std::vector<std::string>>& builds, int participantId) {
    const auto it = builds.find(participantId);
    if (it == builds.end() || it->second.size() != 2) {
        return {};
    }
    const std::pair<const char*, QString> parts[] = {{"keystone", MatchDetailView::tr("Keystone: %1")},
                                                     {"first_item", MatchDetailView::tr("First item: %1")}};
    QStringList out;
    for (std::size_t i = 0; i < 2; ++i) {
        const QString value = QString::fromStdString(it->second[i]);
        const QString shown = formatDimension(parts[i].first, analytics::Value(it->second[i]));
        const bool linked = value != QLatin1String("none") && value != QLatin1String("unknown") && !value.isEmpty();
        out << parts[i].second.arg(
            linked ? QStringLiteral("<a href=\"%1:%2\">%3</a>")
                         .arg(QLatin1String(parts[i].first), value.toHtmlEscaped(), shown.toHtmlEscaped())
                   : shown.toHtmlEscaped());
    }
    return out.join(QStringLiteral(" · "));
}

// Spells and runes on the first line, the items on the second; names from the game data (Data Dragon's, once
// refreshed, else the bundled snapshot), the id when a name is unknown.
QString buildText(const store::DetailParticipant& p, const gamedata::GameData& data) {
    QStringList first;
    for (const int id : p.spells) {
        if (id != 0) {
            const auto* spell = data.spell(id);
            first << (spell != nullptr ? QString::fromStdString(spell->name) : QStringLiteral("#%1").arg(id));
        }
    }
    QString runes;
    if (const auto* keystone = data.rune(p.keystone)) {
        runes = QString::fromStdString(keystone->name);
    }
    if (const auto* secondary = data.rune(p.secondaryStyle)) {
        runes += (runes.isEmpty() ? QString() : QStringLiteral(" + ")) + QString::fromStdString(secondary->name);
    }
    if (!runes.isEmpty()) {
        first << runes;
    }
    QStringList items;
    for (const int id : p.items) {
        if (id != 0) {
            const std::string name = data.itemName(id);
            items << (name.empty() ? QStringLiteral("#%1").arg(id) : QString::fromStdString(name));
        }
    }
    return first.join(QStringLiteral(" · ")) + QLatin1Char('\n') + items.join(QStringLiteral(", "));
}

// The build with item icons: spells and runes above, the items as icons (their names as tooltips; a name where
// no icon is cached). nullptr when no item of the player has a cached icon: the text serves.
QWidget* buildWidget(const store::DetailParticipant& p, const gamedata::GameData& data, ItemIcons& icons,
                     QWidget* parent) {
    if (!icons.hasCachedIcons() || std::none_of(p.items.begin(), p.items.end(),
                                                [&icons](int id) { return id != 0 && !icons.icon(id, 22).isNull(); })) {
        return nullptr;
    }
    auto* widget = new QWidget(parent);
    widget->setObjectName(QStringLiteral("buildIcons"));
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addWidget(new QLabel(buildText(p, data).section(QLatin1Char('\n'), 0, 0), widget));
    auto* row = new QHBoxLayout;
    row->setSpacing(3);
    for (const int id : p.items) {
        if (id == 0) {
            continue;
        }
        const std::string name = data.itemName(id);
        auto* item = new QLabel(widget);
        item->setToolTip(name.empty() ? QStringLiteral("#%1").arg(id) : QString::fromStdString(name));
        const QPixmap icon = icons.icon(id, 22);
        if (icon.isNull()) {
            item->setText(item->toolTip());
        } else {
            item->setPixmap(icon);
        }
        row->addWidget(item);
    }
    row->addStretch(1);
    layout->addLayout(row);
    return widget;
}

} // namespace

// One team's box: its line (side or placement, result, kills, gold, damage) and its scoreboard.
QWidget* MatchDetailView::teamBox(const store::DetailTeam& team, const TeamBoxContext& context, QWidget* parent) {
    const auto& m = *m_match;
    const auto& gameData = context.gameData;
    auto& itemIcons = context.itemIcons;
    const bool compact = context.compact;
    const bool mine = context.mine;
    const int laneOpponent = context.laneOpponent;
    const int maxDamage = context.maxDamage;
    const double minutes = context.minutes;
    auto* box = new QWidget(parent);
    box->setObjectName(QStringLiteral("scoreboard"));
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    boxLayout->setSpacing(4);
    const QString side = m.arena              ? tr("Team %1").arg(team.teamId)
                         : team.teamId == 100 ? tr("Blue side")
                         : team.teamId == 200 ? tr("Red side")
                                              : tr("Team %1").arg(team.teamId);
    const QString outcome = m.arena && team.placement ? placementLabel(*team.placement)
                            : team.win                ? tr("Victory")
                                                      : tr("Defeat");
    auto* label =
        new QLabel(QStringLiteral("<b>%1</b> — %2 · %3 · %4 · %5")
                       .arg(m.arena ? outcome : side, m.arena ? side : outcome, tr("%n kill(s)", nullptr, team.kills),
                            tr("%1 gold").arg(thousands(team.gold)), tr("%1 damage").arg(thousands(team.damage))),
                   box);
    QPalette tinted = label->palette();
    tinted.setColor(QPalette::WindowText,
                    m.arena ? (mine ? teamColor(100) : palette().color(QPalette::WindowText)) : teamColor(team.teamId));
    label->setPalette(tinted);
    boxLayout->addWidget(label);
    const QStringList headers =
        compact ? QStringList{tr("Player"), tr("Champion"), tr("Build"), tr("K / D / A"), tr("Damage")}
                : QStringList{tr("Player"), tr("Champion"), tr("Build"),  tr("K / D / A"),
                              tr("CS"),     tr("Gold"),     tr("Damage"), tr("Vision")};
    auto* table = new QTableWidget(static_cast<int>(team.players.size()), static_cast<int>(headers.size()), box);
    table->setTabKeyNavigation(false); // Tab leaves the table (arrows move in it)
    table->setHorizontalHeaderLabels(headers);
    for (int r = 0; r < static_cast<int>(team.players.size()); ++r) {
        const auto& p = team.players[static_cast<std::size_t>(r)];
        const QString player =
            m_streamer && !p.followed ? tr("Player %1").arg(p.participantId) : QString::fromStdString(p.riotId);
        QString kda = QStringLiteral("%1 / %2 / %3").arg(p.kills).arg(p.deaths).arg(p.assists);
        if (const QString multi = multikillText(p); !multi.isEmpty()) {
            kda += QLatin1Char('\n') + multi;
        }
        QStringList cells = {player, championName(p.championName) + QLatin1Char('\n') + tr("level %1").arg(p.level),
                             buildText(p, gameData), kda};
        if (!compact) {
            cells << tr("%1\n%2/min").arg(QLocale().toString(p.cs), QLocale().toString(p.cs / minutes, 'f', 1))
                  << tr("%1\n%2/min").arg(thousands(p.gold), QLocale().toString(p.gold / minutes, 'f', 0)) << QString()
                  << QLocale().toString(p.vision);
        } else {
            cells << QString();
        }
        const bool opponent = laneOpponent != 0 && p.participantId == laneOpponent;
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            if (p.followed) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            if (opponent) { // the lane opponent stands out: the duel the player fought
                QColor shade = outcomeColor(QStringLiteral("Loss"));
                shade.setAlphaF(0.18f);
                item->setBackground(shade);
                item->setToolTip(tr("Your lane opponent"));
            }
            if (c == 2) {
                item->setToolTip(cells[c]);
            }
            if (c >= 3) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            table->setItem(r, c, item);
        }
        const int damageColumn = compact ? 4 : 6;
        table->setCellWidget(r, damageColumn, new DamageBars(p.damage, p.damageTaken, maxDamage, table));
        if (QWidget* build = buildWidget(p, gameData, itemIcons, table)) { // icons once Data Dragon's are cached
            table->item(r, 2)->setData(Qt::UserRole, table->item(r, 2)->text());
            table->item(r, 2)->setText(QString());
            table->setCellWidget(r, 2, build);
        }
        table->item(r, damageColumn)->setText(QString());
    }
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().lineSpacing() * 2 + 10);
    // The build (spells, runes, items) takes the room the figures leave.
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(compact ? 4 : 6, QHeaderView::Fixed);
    table->horizontalHeader()->resizeSection(compact ? 4 : 6, 150);
    table->horizontalHeader()->setStretchLastSection(false);
    table->setWordWrap(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setShowGrid(false);
    table->setFocusPolicy(Qt::NoFocus);
    table->setTextElideMode(Qt::ElideRight);
    const int rowsHeight = table->verticalHeader()->defaultSectionSize() * static_cast<int>(team.players.size());
    table->setFixedHeight(rowsHeight + table->horizontalHeader()->sizeHint().height() + 4);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    boxLayout->addWidget(table);
    return box;
}

void MatchDetailView::populate() {
    const auto& m = *m_match;
    const auto& gameData = *m_names;
    const store::DetailParticipant* me = nullptr;
    const store::DetailTeam* myTeam = nullptr;
    int maxDamage = 1;
    for (const auto& team : m.teams) {
        for (const auto& player : team.players) {
            if (player.followed && me == nullptr) {
                me = &player;
                myTeam = &team;
            }
            maxDamage = std::max({maxDamage, player.damage, player.damageTaken});
        }
    }
    const double minutes = std::max(1.0, static_cast<double>(m.durationSeconds) / 60.0);
    ItemIcons itemIcons(store::itemIconRoot(m_store.dataDir()));
    QString result = m.remake        ? tr("Remake")
                     : me == nullptr ? QString()
                     : me->placement ? placementLabel(*me->placement)
                     : me->win       ? tr("Victory")
                                     : tr("Defeat");
    m_title->setText(me != nullptr ? QStringLiteral("%1 — %2").arg(championName(me->championName), result)
                                   : QString::fromStdString(m.matchId));
    m_build->setText(me != nullptr ? buildLinks(m_builds, me->participantId) : QString());
    m_build->setVisible(!m_build->text().isEmpty());
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
    if (m.swarm) {
        // Swarm: the players against the game; the result and the time survived say it all.
        for (const auto& team : m.teams) {
            for (const auto& p : team.players) {
                auto* line =
                    new QLabel(tr("<b>%1</b> — %2 · %3 survived · level %4")
                                   .arg(m_streamer && !p.followed ? tr("Player %1").arg(p.participantId)
                                                                  : QString::fromStdString(p.riotId).toHtmlEscaped(),
                                        p.win ? tr("Victory") : tr("Defeat"), clock(m.durationSeconds * 1000))
                                   .arg(p.level),
                               m_teams);
                line->setObjectName(QStringLiteral("swarmResult"));
                m_teamsLayout->addWidget(line);
            }
        }
    }
    const int laneOpponent = me != nullptr ? me->laneOpponent : 0;
    const bool compact = m.arena || m.teams.size() > 2;
    QWidget* row = nullptr;
    QHBoxLayout* rowLayout = nullptr;
    int index = 0;
    for (const auto& team : m.swarm ? std::vector<store::DetailTeam>{} : m.teams) {
        if (compact && index % 2 == 0) {
            row = new QWidget(m_teams);
            rowLayout = new QHBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            m_teamsLayout->addWidget(row);
        }
        ++index;
        QWidget* box = teamBox(team, {gameData, itemIcons, compact, myTeam == &team, laneOpponent, maxDamage, minutes},
                               compact ? row : m_teams);
        (compact ? static_cast<QBoxLayout*>(rowLayout) : m_teamsLayout)->addWidget(box);
    }

    // The gold difference only means something between two sides.
    const bool sides = !m.arena && !m.swarm;
    m_goldTitle->setVisible(sides);
    m_gold->setVisible(sides);
    QStringList labels;
    Series series;
    series.name = tr("Gold difference");
    series.format = [](double v) { return (v > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(v, 'f', 0); };
    for (const auto& [minute, diff] : m.goldDifference) {
        labels << QStringLiteral("%1'").arg(static_cast<int>(minute + 0.5));
        series.values.push_back(static_cast<double>(diff));
    }
    m_gold->setEmptyText(m.timelineArchived
                             ? tr("This match's timeline was archived (herald-cli archive): its statistics are kept, "
                                  "the minute-by-minute gold is not.")
                             : tr("No timeline for this match: the gold difference needs one."));
    m_gold->setData(labels, {series});
    showCurves();
    m_events->setMatch(m_match);
    m_note->setPlainText(QString::fromStdString(m.note));
    QStringList tags;
    for (const auto& tag : m.tags) {
        tags << QString::fromStdString(tag);
    }
    m_tags->setText(tags.join(QStringLiteral(", ")));
    m_saved->clear();
}

void MatchDetailView::showCurves() {
    const auto& m = *m_match;
    const bool xp = m_curveKind->currentIndex() == 1;
    m_curvesTitle->setVisible(!m.curves.empty());
    m_curveKind->setVisible(!m.curves.empty());
    m_curves->setVisible(!m.curves.empty());
    if (m.curves.empty()) {
        return;
    }
    // The player and their lane opponent first (the first colours), then everyone else.
    std::map<int, const store::DetailParticipant*> players;
    int mine = 0;
    int opponent = 0;
    for (const auto& team : m.teams) {
        for (const auto& p : team.players) {
            players[p.participantId] = &p;
            if (p.followed && mine == 0) {
                mine = p.participantId;
                opponent = p.laneOpponent;
            }
        }
    }
    // ARAM, Arena and Swarm have no lanes: no one is called a lane opponent there.
    m_curvesTitle->setText(opponent != 0 ? tr("Every player over time (you and your lane opponent first)")
                                         : tr("Every player over time (you first)"));
    std::vector<const store::PlayerCurve*> order;
    for (const int id : {mine, opponent}) {
        for (const auto& curve : m.curves) {
            if (id != 0 && curve.participantId == id) {
                order.push_back(&curve);
            }
        }
    }
    for (const auto& curve : m.curves) {
        if (curve.participantId != mine && curve.participantId != opponent) {
            order.push_back(&curve);
        }
    }
    QStringList labels;
    for (const double minute : order.front()->minutes) {
        labels << QStringLiteral("%1'").arg(static_cast<int>(minute + 0.5));
    }
    std::vector<Series> series;
    for (const auto* curve : order) {
        Series s;
        const auto found = players.find(curve->participantId);
        s.name = found != players.end() ? championName(found->second->championName)
                                        : tr("participant %1").arg(curve->participantId);
        s.format = [](double v) { return QLocale().toString(v, 'f', 0); };
        for (std::size_t i = 0; i < static_cast<std::size_t>(labels.size()); ++i) {
            const auto& values = xp ? curve->xp : curve->gold;
            s.values.push_back(i < values.size() ? std::optional<double>(values[i]) : std::nullopt);
        }
        series.push_back(std::move(s));
    }
    m_curves->setData(labels, std::move(series));
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
