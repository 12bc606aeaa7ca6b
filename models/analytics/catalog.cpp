// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog.h"

#include "gamedata/buildnames.h"
#include "store/participantsql.h"

#include <algorithm>

namespace herald::analytics {

// Minutes are exact: duration_ms / 60000 (METRICS.md: gameDuration in seconds, or in ms before patch 11.20).
const std::vector<MetricDef>& metrics() {
    static const std::vector<MetricDef> all = {
        {"games", "CASE WHEN count(*) > 0 THEN count(*) END", ValueType::Integer, Unit::Count, Direction::Neither,
         "Number of games", "CASE WHEN sum(p.games) > 0 THEN sum(p.games) END"},
        {"wins", "sum(p.win)", ValueType::Integer, Unit::Count, Direction::HigherIsBetter, "Games won", "sum(p.wins)"},
        {"losses", "count(*) - sum(p.win)", ValueType::Integer, Unit::Count, Direction::LowerIsBetter, "Games lost",
         "sum(p.games) - sum(p.wins)"},
        {"win_rate", "CAST(sum(p.win) AS REAL) / count(*)", ValueType::Real, Unit::Rate, Direction::HigherIsBetter,
         "Wins / games", "CAST(sum(p.wins) AS REAL) / sum(p.games)"},
        {"avg_kills", "avg(p.kills)", ValueType::Real, Unit::Number, Direction::HigherIsBetter, "Mean kills per game",
         "CAST(sum(p.kills) AS REAL) / sum(p.games)"},
        {"avg_deaths", "avg(p.deaths)", ValueType::Real, Unit::Number, Direction::LowerIsBetter, "Mean deaths per game",
         "CAST(sum(p.deaths) AS REAL) / sum(p.games)"},
        {"avg_assists", "avg(p.assists)", ValueType::Real, Unit::Number, Direction::HigherIsBetter,
         "Mean assists per game", "CAST(sum(p.assists) AS REAL) / sum(p.games)"},
        {"kda", "CAST(sum(p.kills) + sum(p.assists) AS REAL) / max(sum(p.deaths), 1)", ValueType::Real, Unit::Number,
         Direction::HigherIsBetter, "(Σkills + Σassists) / max(Σdeaths, 1)",
         "CAST(sum(p.kills) + sum(p.assists) AS REAL) / max(sum(p.deaths), 1)"},
        {"cs_per_min", "sum(p.minions_killed + p.neutral_minions_killed) / (sum(p.duration_ms) / 60000.0)",
         ValueType::Real, Unit::PerMinute, Direction::HigherIsBetter, "Σ(minions + neutral monsters killed) / Σminutes",
         "sum(p.cs) / (sum(p.duration_ms) / 60000.0)"},
        {"gold_per_min", "sum(p.gold_earned) / (sum(p.duration_ms) / 60000.0)", ValueType::Real, Unit::GoldPerMinute,
         Direction::HigherIsBetter, "Σgold earned / Σminutes", "sum(p.gold) / (sum(p.duration_ms) / 60000.0)"},
        {"damage_per_min", "sum(p.damage_to_champions) / (sum(p.duration_ms) / 60000.0)", ValueType::Real,
         Unit::DamagePerMinute, Direction::HigherIsBetter, "Σdamage to champions / Σminutes",
         "sum(p.damage) / (sum(p.duration_ms) / 60000.0)"},
        {"damage_share",
         "avg(CASE WHEN p.team_damage > 0 THEN CAST(p.damage_to_champions AS REAL) / p.team_damage ELSE 0.0 END)",
         ValueType::Real, Unit::Rate, Direction::HigherIsBetter,
         "Mean of the player's share of the team's damage to champions"},
        {"kill_participation",
         "avg(CASE WHEN p.team_kills > 0 THEN CAST(p.kills + p.assists AS REAL) / p.team_kills ELSE 0.0 END)",
         ValueType::Real, Unit::Rate, Direction::HigherIsBetter, "Mean of (kills + assists) / team kills"},
        {"vision_score", "avg(p.vision_score)", ValueType::Real, Unit::Number, Direction::HigherIsBetter,
         "Mean vision score", "CAST(sum(p.vision) AS REAL) / sum(p.games)"},
        {"vision_per_min", "sum(p.vision_score) / (sum(p.duration_ms) / 60000.0)", ValueType::Real, Unit::PerMinute,
         Direction::HigherIsBetter, "Σvision score / Σminutes", "sum(p.vision) / (sum(p.duration_ms) / 60000.0)"},
        {"avg_duration_min", "avg(p.duration_ms / 60000.0)", ValueType::Real, Unit::Minutes, Direction::Neither,
         "Mean game length in minutes", "sum(p.duration_ms) / 60000.0 / sum(p.games)"},
        {"first_blood_rate", "avg(p.first_blood)", ValueType::Real, Unit::Rate, Direction::HigherIsBetter,
         "Share of games with a first blood kill or assist", "CAST(sum(p.first_bloods) AS REAL) / sum(p.games)"},
        {"gold_diff_10", "avg(p.gold_diff_10)", ValueType::Real, Unit::GoldDifference, Direction::HigherIsBetter,
         "Mean gold difference with the lane opponent at 10 minutes (games with a timeline and an opponent)"},
        {"gold_diff_15", "avg(p.gold_diff_15)", ValueType::Real, Unit::GoldDifference, Direction::HigherIsBetter,
         "Mean gold difference with the lane opponent at 15 minutes (games with a timeline and an opponent)"},
        {"cs_diff_10", "avg(p.cs_diff_10)", ValueType::Real, Unit::CsDifference, Direction::HigherIsBetter,
         "Mean CS difference with the lane opponent at 10 minutes (games with a timeline and an opponent)"},
        {"cs_diff_15", "avg(p.cs_diff_15)", ValueType::Real, Unit::CsDifference, Direction::HigherIsBetter,
         "Mean CS difference with the lane opponent at 15 minutes (games with a timeline and an opponent)"},
        {"lp", "", ValueType::Integer, Unit::LeaguePoints, Direction::HigherIsBetter,
         "League points of the latest ranked snapshot (from the rank history)"},
    };
    return all;
}

// ISO week of the local day: the week's Thursday decides the year ("2026-W47").
#define HERALD_LOCAL_DAY "($L / 86400000)"
#define HERALD_THURSDAY "((" HERALD_LOCAL_DAY " - ((" HERALD_LOCAL_DAY " + 3) % 7)) + 3) * 86400"

std::string_view lanelessRole(int queueId) {
    if (queueId == 100 || queueId == 450 || queueId == 720 || queueId == 2400) {
        return "ARAM";
    }
    if (queueId == 1700 || queueId == 1710 || queueId == 1750) {
        return "ARENA";
    }
    if (queueId >= 1810 && queueId <= 1840) {
        return "SWARM";
    }
    return "NONE";
}

namespace {

// The name of a build id (build_names, V013), else "<Prefix> <id>".
std::string buildName(int kind, const std::string& column, const char* prefix) {
    return "coalesce((SELECT bn.name FROM build_names bn WHERE bn.kind = " + std::to_string(kind) +
           " AND bn.id = " + column + "), '" + prefix + " ' || " + column + ")";
}

// A value read from the participation's participant_builds row `pb`; "unknown" when it has none.
std::string fromBuild(const std::string& expression) {
    return "coalesce((SELECT " + expression +
           " FROM participant_builds pb WHERE pb.match_ref = p.match_ref AND pb.participant_id = p.participant_id), "
           "'unknown')";
}

// A rune, rune tree or item column: its name, or "none" when the game gave none.
std::string namedOrNone(int kind, const std::string& column, const char* prefix) {
    return fromBuild("CASE WHEN " + column + " IS NULL THEN 'none' ELSE " + buildName(kind, column, prefix) + " END");
}

} // namespace

const std::vector<DimensionDef>& dimensions() {
    static const std::string teammate = store::riotIdSql("t"); // over the joined teammate row `t`
    static const std::string keystone = namedOrNone(gamedata::kRuneName, "pb.keystone", "Rune");
    static const std::string primaryTree = namedOrNone(gamedata::kRuneName, "pb.primary_tree", "Rune");
    static const std::string secondaryTree = namedOrNone(gamedata::kRuneName, "pb.secondary_tree", "Rune");
    static const std::string spell1 = buildName(gamedata::kSpellName, "pb.spell1", "Spell");
    static const std::string spell2 = buildName(gamedata::kSpellName, "pb.spell2", "Spell");
    static const std::string spells =
        fromBuild("CASE WHEN pb.spell1 IS NULL OR pb.spell2 IS NULL THEN 'none' ELSE min(" + spell1 + ", " + spell2 +
                  ") || ' + ' || max(" + spell1 + ", " + spell2 + ") END");
    static const std::string trinket = namedOrNone(gamedata::kItemName, "pb.trinket", "Item");
    static const std::string firstItem =
        fromBuild("CASE WHEN pb.first_item IS NULL THEN 'unknown' WHEN pb.first_item = 0 THEN 'none' ELSE " +
                  buildName(gamedata::kItemName, "pb.first_item", "Item") + " END");
    static const std::string skillOrder = fromBuild(
        "CASE WHEN pb.skill_order IS NULL THEN 'unknown' WHEN pb.skill_order = '' THEN 'none' ELSE pb.skill_order END");
    static const std::string item = buildName(gamedata::kItemName, "pi.id", "Item");
    static const std::string itemJoin = "pi.match_ref = p.match_ref AND pi.participant_id = p.participant_id AND "
                                        "pi.kind = " +
                                        std::to_string(gamedata::kListedItem);
    static const std::string augmentJoin = "pa.match_ref = p.match_ref AND pa.participant_id = p.participant_id AND "
                                           "pa.kind = " +
                                           std::to_string(gamedata::kListedAugment);
    static const std::vector<DimensionDef> all = {
        {"champion", "p.champion_name", ValueType::Text, DimensionKind::Participation, "Champion played"},
        {"role",
         "CASE WHEN p.position <> '' THEN p.position WHEN p.queue_id IN (100, 450, 720, 2400) THEN 'ARAM' "
         "WHEN p.queue_id IN (1700, 1710, 1750) THEN 'ARENA' WHEN p.queue_id BETWEEN 1810 AND 1840 THEN 'SWARM' "
         "ELSE 'NONE' END",
         ValueType::Text, DimensionKind::Participation,
         "TOP, JUNGLE, MIDDLE, BOTTOM, UTILITY; ARAM, ARENA or SWARM (no lanes); NONE"},
        {"queue", "p.queue_id", ValueType::Integer, DimensionKind::Participation, "Queue id (420: ranked solo)"},
        {"patch", "p.patch", ValueType::Text, DimensionKind::Participation, "Game patch, major.minor"},
        {"side", "CASE p.team_id WHEN 100 THEN 'blue' WHEN 200 THEN 'red' ELSE 'other' END", ValueType::Text,
         DimensionKind::Participation, "blue, red or other"},
        {"result", "CASE WHEN p.win THEN 'win' ELSE 'loss' END", ValueType::Text, DimensionKind::Participation,
         "win or loss"},
        {"opponent_champion", "p.opponent_champion", ValueType::Text, DimensionKind::Participation,
         "The lane opponent's champion"},
        {"account",
         "coalesce((SELECT a.game_name || '#' || a.tag_line FROM accounts a WHERE a.puuid = p.puuid), "
         "p.riot_game_name || '#' || p.riot_tag_line)",
         ValueType::Text, DimensionKind::Participation, "The player's Riot ID"},
        {"day", "strftime('%Y-%m-%d', $L / 1000, 'unixepoch')", ValueType::Text, DimensionKind::Time,
         "Local date, YYYY-MM-DD"},
        {"week",
         "strftime('%Y', " HERALD_THURSDAY ", 'unixepoch') || '-W' || "
         "printf('%02d', (CAST(strftime('%j', " HERALD_THURSDAY ", 'unixepoch') AS INTEGER) - 1) / 7 + 1)",
         ValueType::Text, DimensionKind::Time, "Local ISO week, YYYY-Www"},
        {"month", "strftime('%Y-%m', $L / 1000, 'unixepoch')", ValueType::Text, DimensionKind::Time,
         "Local month, YYYY-MM"},
        {"weekday", "((" HERALD_LOCAL_DAY " + 3) % 7 + 1)", ValueType::Integer, DimensionKind::Time,
         "Local weekday, 1 (Monday) to 7"},
        {"hour", "(($L / 3600000) % 24)", ValueType::Integer, DimensionKind::Time, "Local hour, 0 to 23"},
        {"session_game", "p.session_game", ValueType::Text, DimensionKind::History,
         "The game's place in its session: 1, 2, 3, 4 or 5+ (a gap over 30 minutes starts a session)"},
        {"streak_before", "p.streak_before", ValueType::Text, DimensionKind::History,
         "The run of results just before the game, remakes skipped: W1, W2, W3+, L1, L2, L3+ or none"},
        {"teammate", teammate, ValueType::Text, DimensionKind::Teammate,
         "Each other player of the player's team (Arena: sub-team), by Riot ID; a game counts once for each"},
        {"keystone", keystone, ValueType::Text, DimensionKind::Build,
         "The keystone rune (the primary tree's first rune), e.g. Conqueror; none without runes"},
        {"primary_tree", primaryTree, ValueType::Text, DimensionKind::Build, "The primary rune tree, e.g. Precision"},
        {"secondary_tree", secondaryTree, ValueType::Text, DimensionKind::Build,
         "The secondary rune tree, e.g. Resolve"},
        {"spells", spells, ValueType::Text, DimensionKind::Build,
         "Both summoner spells by name, in alphabetical order, e.g. Flash + Ignite"},
        {"item", item, ValueType::Text, DimensionKind::ItemList,
         "Each distinct item of the six slots at the end of the game; a game counts once for each",
         "participant_items pi", itemJoin, gamedata::kItemName},
        {"trinket",
         trinket,
         ValueType::Text,
         DimensionKind::Build,
         "The trinket at the end of the game",
         {},
         {},
         gamedata::kItemName},
        {"first_item",
         firstItem,
         ValueType::Text,
         DimensionKind::Build,
         "The first completed item bought (timeline); none when none was, unknown without a timeline",
         {},
         {},
         gamedata::kItemName},
        {"skill_order", skillOrder, ValueType::Text, DimensionKind::Build,
         "The order in which Q, W and E reach their last rank, e.g. Q > E > W (timeline); unknown without one"},
        {"augment", "'Augment ' || pa.id", ValueType::Text, DimensionKind::ItemList,
         "Arena: each augment the player took; a game counts once for each", "participant_items pa", augmentJoin},
    };
    return all;
}

std::string_view unitName(Unit unit) {
    switch (unit) {
    case Unit::Count:
        return "count";
    case Unit::Rate:
        return "rate";
    case Unit::Number:
        return "number";
    case Unit::PerMinute:
        return "per minute";
    case Unit::GoldPerMinute:
        return "gold per minute";
    case Unit::DamagePerMinute:
        return "damage per minute";
    case Unit::Minutes:
        return "minutes";
    case Unit::GoldDifference:
        return "gold difference";
    case Unit::CsDifference:
        return "CS difference";
    case Unit::LeaguePoints:
        return "league points";
    }
    return "number";
}

std::string_view directionName(Direction d) {
    switch (d) {
    case Direction::HigherIsBetter:
        return "higher is better";
    case Direction::LowerIsBetter:
        return "lower is better";
    case Direction::Neither:
        return "neither";
    }
    return "neither";
}

const MetricDef* findMetric(std::string_view name) {
    const auto& all = metrics();
    const auto it = std::find_if(all.begin(), all.end(), [&](const auto& m) { return m.name == name; });
    return it == all.end() ? nullptr : &*it;
}

const DimensionDef* findDimension(std::string_view name) {
    const auto& all = dimensions();
    const auto it = std::find_if(all.begin(), all.end(), [&](const auto& d) { return d.name == name; });
    return it == all.end() ? nullptr : &*it;
}

bool isSpecialFilter(std::string_view name) {
    return name == "since" || name == "until" || name == "last" || isTeamFilter(name);
}

bool isTeamFilter(std::string_view name) {
    return name == "with" || name == "against";
}

namespace {

template <class List> std::string joinNames(const List& list) {
    std::string out;
    for (const auto& item : list) {
        out += (out.empty() ? "" : ", ") + std::string(item.name);
    }
    return out;
}

} // namespace

std::string metricNames() {
    return joinNames(metrics());
}
std::string dimensionNames() {
    return joinNames(dimensions());
}
std::string filterNames() {
    std::string out;
    for (const auto& d : dimensions()) {
        if (d.kind != DimensionKind::Teammate) { // a teammate is named by with= / against=
            out += (out.empty() ? "" : ", ") + std::string(d.name);
        }
    }
    return out + ", since, until, last, with, against";
}

} // namespace herald::analytics
