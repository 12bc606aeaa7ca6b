// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MatchDetailView: one match: both sides' scoreboards (also 16-player Arena and 1-player modes), team totals,
// the gold difference over time, the key events on a time axis, and the player's note and tags.
#pragma once

#include "store/matchdetail.h"

#include <QWidget>
#include <map>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace herald::store {
class Store;
}
namespace herald::gamedata {
class GameData;
}

namespace herald::ui {

class ItemIcons;
class LineChart;

// The key events on a time axis: kills above (blue side) and below (red side), objectives and buildings as
// marks; hovering one says what happened.
class EventStrip : public QWidget {
    Q_OBJECT
public:
    explicit EventStrip(QWidget* parent = nullptr);
    void setMatch(std::shared_ptr<const store::MatchDetail> match);
    QSize sizeHint() const override { return {600, 110}; }
    QSize minimumSizeHint() const override { return {200, 90}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QPointF pointOf(const store::DetailEvent& e) const;
    // 100 or 200: the side the event's colour and place say (Arena: 100 for the player's duo); 0: none.
    int sideOf(const store::DetailEvent& e) const;
    QString describe(const store::DetailEvent& e) const;
    std::shared_ptr<const store::MatchDetail> m_match;
    std::map<int, int> m_arenaSide; // Arena: participant id -> 100 (the player's duo) or 200
};

class MatchDetailView : public QWidget {
    Q_OBJECT
public:
    MatchDetailView(store::Store& store, QWidget* parent = nullptr);

    // Loads the match off the GUI thread, then shows it; loaded() says when.
    void showMatch(const QString& matchId);
    const store::MatchDetail* match() const { return m_match.get(); }
    // Hides other players' Riot IDs (their champions show instead).
    void setStreamerMode(bool on);

signals:
    void backRequested();
    void loaded(bool ok);
    void noteSaved(const QString& matchId);
    // A click on the player's keystone or first item: the Builds dashboard narrowed to it (dimension, value).
    void buildsRequested(const QString& dimension, const QString& value);

private:
    struct Loaded {
        std::shared_ptr<store::MatchDetail> match;       // null: not there, and error says why (empty: not stored)
        std::shared_ptr<const gamedata::GameData> names; // items, spells, runes: the refreshed ones, else bundled
        QString error;
        // Per participant id: the keystone and first_item dimensions' values (METRICS.md, "Builds").
        std::map<int, std::vector<std::string>> builds;
    };
    static Loaded loadDetail(store::Store& store, const std::string& id); // on a pool thread
    void populate();
    struct TeamBoxContext {
        const gamedata::GameData& gameData;
        ItemIcons& itemIcons;
        bool compact;     // Arena and more than two teams: two boxes a row, fewer columns
        bool mine;        // the followed player's team
        int laneOpponent; // participant id, 0: none
        int maxDamage;    // the scale of every damage bar
        double minutes;
    };
    QWidget* teamBox(const store::DetailTeam& team, const TeamBoxContext& context, QWidget* parent);
    void showCurves(); // every player's gold or XP curve
    void saveNote();

    store::Store& m_store;
    std::shared_ptr<const store::MatchDetail> m_match;
    std::shared_ptr<const gamedata::GameData> m_names;
    std::map<int, std::vector<std::string>> m_builds;
    bool m_streamer = false;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_build; // the player's keystone and first item, each a link to the Builds dashboard
    QWidget* m_teams;
    QVBoxLayout* m_teamsLayout;
    QLabel* m_goldTitle = nullptr;
    LineChart* m_gold;
    LineChart* m_curves;
    QComboBox* m_curveKind;
    QLabel* m_curvesTitle = nullptr;
    EventStrip* m_events;
    QPlainTextEdit* m_note;
    QLineEdit* m_tags;
    QPushButton* m_save;
    QLabel* m_saved;
};

} // namespace herald::ui
