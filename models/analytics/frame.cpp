// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "frame.h"

#include "analytics/catalog.h"
#include "gamedata/buildnames.h"
#include "store/database.h"
#include "store/participantsql.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <date/date.h>
#include <date/iso_week.h>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

namespace herald::analytics {

namespace {

constexpr std::int64_t kDayMs = 86'400'000;

std::string lower(std::string_view text) { // SQLite's NOCASE folds ASCII only
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

class Dictionary {
public:
    explicit Dictionary(std::vector<std::string>& values) : m_values(values) {}
    std::uint16_t id(std::string_view value) {
        if (const auto it = m_ids.find(value); it != m_ids.end()) {
            return it->second;
        }
        const auto id = static_cast<std::uint16_t>(m_values.size());
        m_values.emplace_back(value);
        m_ids.emplace(std::string(value), id);
        return id;
    }

private:
    std::vector<std::string>& m_values;
    std::unordered_map<std::string, std::uint16_t, TextHash, std::equal_to<>> m_ids;
};

std::optional<std::int32_t> optionalInt(const store::Statement& stmt, int column) {
    return stmt.isNull(column) ? std::nullopt : std::optional<std::int32_t>(stmt.columnInt(column));
}

enum class Dim {
    Champion,
    Role,
    Queue,
    Patch,
    Side,
    Result,
    Opponent,
    Account,
    Day,
    Week,
    Month,
    Weekday,
    Hour,
    Teammate,
    SessionGame,
    StreakBefore,
    Keystone,
    PrimaryTree,
    SecondaryTree,
    Spells,
    Item,
    Trinket,
    FirstItem,
    SkillOrder,
    Augment
};

Dim dimOf(const std::string& name) {
    static const std::map<std::string, Dim> names = {{"champion", Dim::Champion},
                                                     {"role", Dim::Role},
                                                     {"queue", Dim::Queue},
                                                     {"patch", Dim::Patch},
                                                     {"side", Dim::Side},
                                                     {"result", Dim::Result},
                                                     {"opponent_champion", Dim::Opponent},
                                                     {"account", Dim::Account},
                                                     {"day", Dim::Day},
                                                     {"week", Dim::Week},
                                                     {"month", Dim::Month},
                                                     {"weekday", Dim::Weekday},
                                                     {"hour", Dim::Hour},
                                                     {"teammate", Dim::Teammate},
                                                     {"session_game", Dim::SessionGame},
                                                     {"streak_before", Dim::StreakBefore},
                                                     {"keystone", Dim::Keystone},
                                                     {"primary_tree", Dim::PrimaryTree},
                                                     {"secondary_tree", Dim::SecondaryTree},
                                                     {"spells", Dim::Spells},
                                                     {"item", Dim::Item},
                                                     {"trinket", Dim::Trinket},
                                                     {"first_item", Dim::FirstItem},
                                                     {"skill_order", Dim::SkillOrder},
                                                     {"augment", Dim::Augment}};
    return names.at(name);
}

struct DayLabels {
    std::string day, week, month;
};

// Local calendar labels of a day number, as the SQL catalog computes them.
const DayLabels& labelsOf(std::int64_t day, std::unordered_map<std::int64_t, DayLabels>& cache) {
    auto [it, inserted] = cache.try_emplace(day);
    if (inserted) {
        const date::sys_days days{date::days{day}};
        const date::year_month_day ymd{days};
        const iso_week::year_weeknum_weekday iso{days};
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                      static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
        it->second.day = buffer;
        it->second.month = it->second.day.substr(0, 7);
        std::snprintf(buffer, sizeof buffer, "%04d-W%02u", static_cast<int>(iso.year()),
                      static_cast<unsigned>(iso.weeknum()));
        it->second.week = buffer;
    }
    return it->second;
}

struct Accumulator {
    std::int64_t n = 0, wins = 0, kills = 0, deaths = 0, assists = 0, cs = 0, gold = 0, damage = 0, vision = 0,
                 durationMs = 0, firstBlood = 0;
    double damageShare = 0, killParticipation = 0, durationMin = 0;
    std::int64_t diffSum[4] = {0, 0, 0, 0};
    std::int64_t diffCount[4] = {0, 0, 0, 0};

    void add(const ParticipationFrame& f, std::size_t i) {
        ++n;
        wins += f.win[i];
        kills += f.kills[i];
        deaths += f.deaths[i];
        assists += f.assists[i];
        cs += f.cs[i];
        gold += f.gold[i];
        damage += f.damage[i];
        vision += f.visionScore[i];
        durationMs += f.durationMs[i];
        durationMin += static_cast<double>(f.durationMs[i]) / 60000.0;
        firstBlood += f.firstBlood[i];
        damageShare += f.damageShare[i];
        killParticipation += f.killParticipation[i];
        const std::optional<std::int32_t>* diffs[4] = {&f.goldDiff10[i], &f.goldDiff15[i], &f.csDiff10[i],
                                                       &f.csDiff15[i]};
        for (int d = 0; d < 4; ++d) {
            if (*diffs[d]) {
                diffSum[d] += **diffs[d];
                ++diffCount[d];
            }
        }
    }

    Value metric(const std::string& name) const {
        if (n == 0) {
            return std::monostate{};
        }
        const double games = static_cast<double>(n);
        const double minutes = static_cast<double>(durationMs) / 60000.0;
        auto perMinute = [&](std::int64_t total) -> Value {
            return minutes == 0 ? Value(std::monostate{}) : Value(static_cast<double>(total) / minutes);
        };
        auto diff = [&](int d) -> Value {
            return diffCount[d] == 0 ? Value(std::monostate{})
                                     : Value(static_cast<double>(diffSum[d]) / static_cast<double>(diffCount[d]));
        };
        if (name == "games")
            return n;
        if (name == "wins")
            return wins;
        if (name == "losses")
            return n - wins;
        if (name == "win_rate")
            return static_cast<double>(wins) / games;
        if (name == "avg_kills")
            return static_cast<double>(kills) / games;
        if (name == "avg_deaths")
            return static_cast<double>(deaths) / games;
        if (name == "avg_assists")
            return static_cast<double>(assists) / games;
        if (name == "kda")
            return static_cast<double>(kills + assists) / static_cast<double>(std::max<std::int64_t>(deaths, 1));
        if (name == "cs_per_min")
            return perMinute(cs);
        if (name == "gold_per_min")
            return perMinute(gold);
        if (name == "damage_per_min")
            return perMinute(damage);
        if (name == "damage_share")
            return damageShare / games;
        if (name == "kill_participation")
            return killParticipation / games;
        if (name == "vision_score")
            return static_cast<double>(vision) / games;
        if (name == "vision_per_min")
            return perMinute(vision);
        if (name == "avg_duration_min")
            return durationMin / games;
        if (name == "first_blood_rate")
            return static_cast<double>(firstBlood) / games;
        if (name == "gold_diff_10")
            return diff(0);
        if (name == "gold_diff_15")
            return diff(1);
        if (name == "cs_diff_10")
            return diff(2);
        if (name == "cs_diff_15")
            return diff(3);
        return std::monostate{};
    }
};

// SQLite's order: NULL first, then numbers, then text (BINARY); used for ORDER BY on metrics and dimensions.
int compareValues(const Value& a, const Value& b) {
    auto rank = [](const Value& v) {
        return std::holds_alternative<std::monostate>(v) ? 0 : std::holds_alternative<std::string>(v) ? 2 : 1;
    };
    if (rank(a) != rank(b)) {
        return rank(a) < rank(b) ? -1 : 1;
    }
    if (rank(a) == 0) {
        return 0;
    }
    if (rank(a) == 2) {
        return std::get<std::string>(a).compare(std::get<std::string>(b));
    }
    auto number = [](const Value& v) {
        return std::holds_alternative<double>(v) ? std::get<double>(v) : static_cast<double>(std::get<std::int64_t>(v));
    };
    const double x = number(a);
    const double y = number(b);
    return x < y ? -1 : x > y ? 1 : 0;
}

} // namespace

namespace {

struct GameTimes {
    std::int64_t startedAt, endedAt, matchRef;
    std::size_t row; // in the frame
};

// session_game and streak_before of one player's games (METRICS.md): ordered by start, then match id (looked up
// only where two games start at the same millisecond).
void placeInHistory(std::vector<GameTimes>& games, store::Statement& matchId, ParticipationFrame& f) {
    f.sessionGame.resize(f.size());
    f.streakBefore.resize(f.size());
    std::sort(games.begin(), games.end(), [](const GameTimes& a, const GameTimes& b) {
        return a.startedAt != b.startedAt ? a.startedAt < b.startedAt : a.matchRef < b.matchRef;
    });
    for (std::size_t at = 0; at < games.size();) {
        std::size_t end = at + 1;
        while (end < games.size() && games[end].startedAt == games[at].startedAt) {
            ++end;
        }
        if (end - at > 1) {
            std::vector<std::pair<std::string, GameTimes>> tied;
            for (std::size_t i = at; i < end; ++i) {
                matchId.bind(1, games[i].matchRef);
                tied.emplace_back(matchId.step() ? matchId.columnText(0) : std::string(), games[i]);
                matchId.reset();
            }
            std::sort(tied.begin(), tied.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
            for (std::size_t i = at; i < end; ++i) {
                games[i] = tied[i - at].second;
            }
        }
        at = end;
    }
    int session = 0;
    int run = 0; // +n: n wins in a row so far, -n: n losses
    const GameTimes* previous = nullptr;
    for (const GameTimes& game : games) {
        const bool sameSession = previous != nullptr && game.startedAt - previous->endedAt <= store::kSessionGapMs;
        session = sameSession ? session + 1 : 1;
        f.sessionGame[game.row] = static_cast<std::uint8_t>(std::min(session, 5));
        f.streakBefore[game.row] = static_cast<std::int8_t>(std::clamp(run, -3, 3));
        if (f.remake[game.row] == 0) {
            const bool won = f.win[game.row] != 0;
            run = won ? (run > 0 ? run + 1 : 1) : (run < 0 ? run - 1 : -1);
        }
        previous = &game;
    }
}

// Lists per participation into one array: participation i's are flat[start[i] .. start[i + 1]).
void flattenLists(const std::vector<std::vector<std::uint32_t>>& lists, std::vector<std::uint32_t>& start,
                  std::vector<std::uint32_t>& flat) {
    start.reserve(lists.size() + 1);
    start.push_back(0);
    for (const auto& list : lists) {
        flat.insert(flat.end(), list.begin(), list.end());
        start.push_back(static_cast<std::uint32_t>(flat.size()));
    }
}

constexpr std::int64_t kNoBound = std::numeric_limits<std::int64_t>::min();

// Where a frame loaded from `from` starts its scan of one player: the 16th counted (not remade) game before `from`,
// so that every game from `from` on has the games before it that its session and its streak need (a session's
// place stops at 5, a streak at 3 results); the player's first game when they have fewer before it.
std::int64_t historyMargin(store::Database& db, const std::string& puuid, std::int64_t from) {
    store::Statement before(db, "SELECT game_creation FROM match_participants WHERE puuid = ? AND complete = 1 AND "
                                "remake = 0 AND game_creation < ? ORDER BY game_creation DESC LIMIT 1 OFFSET 15");
    before.bind(1, puuid).bind(2, from);
    return before.step() ? before.columnInt64(0) : kNoBound;
}

// (frame row, value) pairs into one array per row as flattenLists makes it; rows in any order, values of a row kept
// in the order read.
void groupLists(std::vector<std::pair<std::uint32_t, std::uint32_t>>& pairs, std::size_t rows,
                std::vector<std::uint32_t>& start, std::vector<std::uint32_t>& flat) {
    const auto byRow = [](const auto& a, const auto& b) { return a.first < b.first; };
    if (!std::is_sorted(pairs.begin(), pairs.end(), byRow)) {
        std::stable_sort(pairs.begin(), pairs.end(), byRow);
    }
    start.assign(rows + 1, 0);
    flat.reserve(pairs.size());
    for (const auto& [row, value] : pairs) {
        ++start[row + 1];
        flat.push_back(value);
    }
    for (std::size_t r = 0; r < rows; ++r) {
        start[r + 1] += start[r];
    }
}

// The other players of each loaded participation, by team (store::teamKeySql), in one join per player over the
// participants_by_team index.
void loadTeams(store::Database& db, const std::set<std::string>& players,
               const std::unordered_map<std::int64_t, std::uint32_t>& rowOf, ParticipationFrame& f) {
    std::vector<std::vector<std::uint32_t>> mates(f.size()), foes(f.size());
    std::unordered_map<std::string, std::uint32_t, TextHash, std::equal_to<>> ids;
    store::Statement others(db, "SELECT p.match_ref, p.participant_id, " + store::teamKeySql("o") + " = " +
                                    store::teamKeySql("p") + ", " + store::riotIdSql("o") +
                                    " FROM match_participants p JOIN match_participants o ON o.match_ref = "
                                    "p.match_ref AND o.participant_id <> p.participant_id "
                                    "WHERE p.puuid = ? AND p.complete = 1");
    for (const std::string& puuid : players) {
        others.bind(1, puuid);
        while (others.step()) {
            const auto row = rowOf.find(participationKey(others.columnInt64(0), others.columnInt(1)));
            if (row == rowOf.end()) {
                continue; // written between the two reads of a reader without a snapshot: not in the frame
            }
            const std::string_view riotId = others.columnTextView(3);
            auto id = ids.find(riotId);
            if (id == ids.end()) {
                id = ids.emplace(std::string(riotId), static_cast<std::uint32_t>(f.riotIds.size())).first;
                f.riotIds.emplace_back(riotId);
            }
            (others.columnInt(2) != 0 ? mates : foes)[row->second].push_back(id->second);
        }
        others.reset();
    }
    flattenLists(mates, f.mateStart, f.mates);
    flattenLists(foes, f.foeStart, f.foes);
    f.hasTeams = true;
}

// The texts of the build dimensions, as the catalog's SQL writes them (build_names, else "<Prefix> <id>").
class BuildTexts {
public:
    BuildTexts(store::Database& db, std::vector<std::string>& texts) : m_texts(texts) {
        store::Statement names(db, "SELECT kind, id, name FROM build_names WHERE kind > 0");
        while (names.step()) {
            m_names.emplace(key(names.columnInt(0), names.columnInt64(1)), names.columnText(2));
        }
    }

    std::uint32_t id(std::string_view text) {
        if (const auto it = m_ids.find(text); it != m_ids.end()) {
            return it->second;
        }
        const auto id = static_cast<std::uint32_t>(m_texts.size());
        m_texts.emplace_back(text);
        m_ids.emplace(std::string(text), id);
        return id;
    }
    std::string name(int kind, std::int64_t id, const char* prefix) const {
        const auto it = m_names.find(key(kind, id));
        return it != m_names.end() ? it->second : std::string(prefix) + " " + std::to_string(id);
    }
    // The text id of a build id's name, looked up once per (kind, id).
    std::uint32_t nameId(int kind, std::int64_t id, const char* prefix) {
        const auto [it, inserted] = m_nameIds.try_emplace(key(kind, id), 0);
        if (inserted) {
            it->second = this->id(name(kind, id, prefix));
        }
        return it->second;
    }
    // A rune, tree or item column of a participation with a builds row: "none" when NULL.
    std::uint32_t namedOrNone(const store::Statement& row, int column, int kind, const char* prefix) {
        return row.isNull(column) ? id("none") : nameId(kind, row.columnInt64(column), prefix);
    }
    // Both spells by name in byte order (the SQL's min() and max()), once per pair.
    std::uint32_t spellPair(std::int64_t first, std::int64_t second) {
        const auto [it, inserted] = m_pairIds.try_emplace(first * 1'000'003 + second, 0);
        if (inserted) {
            const std::string a = name(gamedata::kSpellName, first, "Spell");
            const std::string b = name(gamedata::kSpellName, second, "Spell");
            it->second = id(std::min(a, b) + " + " + std::max(a, b));
        }
        return it->second;
    }

private:
    static std::int64_t key(int kind, std::int64_t id) { return id * 8 + kind; }
    std::vector<std::string>& m_texts;
    std::unordered_map<std::int64_t, std::uint32_t> m_nameIds;
    std::unordered_map<std::int64_t, std::uint32_t> m_pairIds;
    std::unordered_map<std::int64_t, std::string> m_names;
    std::unordered_map<std::string, std::uint32_t, TextHash, std::equal_to<>> m_ids;
};

constexpr int kAugmentNames = 4; // a kind build_names has no rows of: always "Augment <id>"

// The columns of participant_builds the frame reads, joined to each participation of the frame's own scan
// (NULL without a builds row): the first of them is pb.match_ref.
constexpr const char* kBuildColumns = ", pb.match_ref, pb.keystone, pb.primary_tree, pb.secondary_tree, pb.spell1, "
                                      "pb.spell2, pb.trinket, pb.first_item, pb.skill_order";
constexpr const char* kBuildJoin = " LEFT JOIN participant_builds pb ON pb.match_ref = mp.match_ref AND "
                                   "pb.participant_id = mp.participant_id";

// One participation's build from its scan row, the builds columns from `at` on; "unknown" without a builds row.
void appendBuild(const store::Statement& row, int at, BuildTexts& texts, ParticipationFrame& f) {
    if (row.isNull(at)) {
        const std::uint32_t unknown = texts.id("unknown");
        for (auto* column :
             {&f.keystone, &f.primaryTree, &f.secondaryTree, &f.spells, &f.trinket, &f.firstItem, &f.skillOrder}) {
            column->push_back(unknown);
        }
        return;
    }
    f.keystone.push_back(texts.namedOrNone(row, at + 1, gamedata::kRuneName, "Rune"));
    f.primaryTree.push_back(texts.namedOrNone(row, at + 2, gamedata::kRuneName, "Rune"));
    f.secondaryTree.push_back(texts.namedOrNone(row, at + 3, gamedata::kRuneName, "Rune"));
    f.spells.push_back(row.isNull(at + 4) || row.isNull(at + 5)
                           ? texts.id("none")
                           : texts.spellPair(row.columnInt64(at + 4), row.columnInt64(at + 5)));
    f.trinket.push_back(texts.namedOrNone(row, at + 6, gamedata::kItemName, "Item"));
    f.firstItem.push_back(row.isNull(at + 7) ? texts.id("unknown")
                          : row.columnInt64(at + 7) == 0
                              ? texts.id("none")
                              : texts.nameId(gamedata::kItemName, row.columnInt64(at + 7), "Item"));
    f.skillOrder.push_back(row.isNull(at + 8)                   ? texts.id("unknown")
                           : row.columnTextView(at + 8).empty() ? texts.id("none")
                                                                : texts.id(row.columnTextView(at + 8)));
}

// The frame rows of one player's scan: [first, first + keys.size()), keys[k] the participationKey of row first + k.
struct PlayerRows {
    std::uint32_t first = 0;
    std::int64_t scanFrom = 0; // the scan's lower bound on game_creation
    std::vector<std::int64_t> keys;
};

// Each loaded participation's items and augments (participant_items), one read per player. The read walks the
// player's participations in the scan's own order (the same index), so each list row finds its frame row by
// moving forward; a row the walk does not find (an order SQLite chose otherwise, or a game written between the
// two reads) is looked up in a hash of that player's rows instead.
void loadItemLists(store::Database& db, const std::map<std::string, PlayerRows>& scanned, BuildTexts& texts,
                   ParticipationFrame& f) {
    store::Statement lists(db, "SELECT mp.match_ref, mp.participant_id, pi.kind, pi.id FROM match_participants mp "
                               "JOIN participant_items pi ON pi.match_ref = mp.match_ref AND pi.participant_id = "
                               "mp.participant_id WHERE mp.puuid = ? AND mp.complete = 1 AND mp.game_creation >= ?");
    // (frame row, text id) in the order read: the scan's order when the walk holds, so no sort is needed then.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> items, augments;
    for (const auto& [puuid, rows] : scanned) {
        std::size_t at = 0;
        std::unordered_map<std::int64_t, std::uint32_t> rowOf; // only when the walk misses
        lists.bind(1, puuid).bind(2, rows.scanFrom);
        while (lists.step()) {
            const std::int64_t key = participationKey(lists.columnInt64(0), lists.columnInt(1));
            std::size_t found = at;
            while (rowOf.empty() && found < rows.keys.size() && rows.keys[found] != key) {
                ++found;
            }
            if (rowOf.empty() && found < rows.keys.size()) {
                at = found;
            } else {
                if (rowOf.empty()) { // from here on, this player's rows are looked up
                    for (std::size_t k = 0; k < rows.keys.size(); ++k) {
                        rowOf.emplace(rows.keys[k], static_cast<std::uint32_t>(k));
                    }
                }
                const auto row = rowOf.find(key);
                if (row == rowOf.end()) {
                    continue; // written after the scan: not in the frame
                }
                found = row->second;
            }
            const std::uint32_t i = rows.first + static_cast<std::uint32_t>(found);
            const std::int64_t id = lists.columnInt64(3);
            if (lists.columnInt(2) == gamedata::kListedItem) {
                items.emplace_back(i, texts.nameId(gamedata::kItemName, id, "Item"));
            } else {
                augments.emplace_back(i, texts.nameId(kAugmentNames, id, "Augment"));
            }
        }
        lists.reset();
    }
    groupLists(items, f.size(), f.itemStart, f.items);
    groupLists(augments, f.size(), f.augmentStart, f.augments);
}

} // namespace

Result<std::shared_ptr<const ParticipationFrame>> loadFrame(store::Database& db, const std::vector<std::string>& puuids,
                                                            bool withTeams, BuildData builds,
                                                            std::optional<std::int64_t> from) {
    const bool withColumns = holds(builds, BuildData::Columns);
    const bool withLists = holds(builds, BuildData::Lists);
    auto frame = std::make_shared<ParticipationFrame>();
    auto& f = *frame;
    Dictionary champions(f.champions), patches(f.patches), positions(f.positions), accounts(f.accounts),
        opponents(f.opponents);
    try {
        const std::set<std::string> players(puuids.begin(), puuids.end());
        // No counting pass to size the columns: it would read the same range twice.
        store::Statement account(db, "SELECT game_name || '#' || tag_line FROM accounts WHERE puuid = ?");
        // With the build columns, the participation's builds row is joined to the scan (one read, no lookup per row).
        store::Statement rows(
            db, std::string("SELECT mp.game_creation, mp.queue_id, mp.duration_ms, mp.remake, mp.win, mp.kills, "
                            "mp.deaths, mp.assists, mp.minions_killed + mp.neutral_minions_killed, mp.gold_earned, "
                            "mp.damage_to_champions, mp.vision_score, mp.first_blood, mp.team_damage, mp.team_kills, "
                            "mp.gold_diff_10, mp.gold_diff_15, mp.cs_diff_10, mp.cs_diff_15, mp.champion_name, "
                            "mp.patch, mp.position, mp.team_id, mp.opponent_champion, mp.riot_game_name, "
                            "mp.riot_tag_line, mp.match_ref, mp.participant_id, mp.started_at, mp.ended_at") +
                    (withColumns ? kBuildColumns : "") + " FROM match_participants mp" +
                    (withColumns ? kBuildJoin : "") +
                    " WHERE mp.puuid = ? AND mp.complete = 1 AND mp.game_creation >= ?");
        constexpr int kFirstBuildColumn = 30;
        f.from = from;
        std::optional<BuildTexts> texts;
        std::map<std::string, PlayerRows> scanned; // withLists: each player's rows, for the item lists
        if (withColumns || withLists) {
            texts.emplace(db, f.buildNames);
        }
        store::Statement matchId(db, "SELECT match_id FROM matches WHERE id = ?");
        std::vector<GameTimes> games;                          // the player's, for placeInHistory
        std::unordered_map<std::int64_t, std::uint32_t> rowOf; // withTeams: participation -> frame row
        std::string riotId;
        for (const std::string& puuid : players) {
            account.bind(1, puuid);
            // A followed account is named by the accounts table; any other player by the Riot ID of each game.
            const int followed = account.step() ? accounts.id(account.columnTextView(0)) : -1;
            account.reset();
            const std::int64_t scanFrom = from ? historyMargin(db, puuid, *from) : kNoBound;
            rows.bind(1, puuid).bind(2, scanFrom);
            games.clear();
            PlayerRows* mine = withLists ? &scanned[puuid] : nullptr;
            if (mine != nullptr) {
                mine->first = static_cast<std::uint32_t>(f.size());
                mine->scanFrom = scanFrom;
            }
            while (rows.step()) {
                games.push_back({rows.columnInt64(28), rows.columnInt64(29), rows.columnInt64(26), f.size()});
                f.participation.push_back(participationKey(rows.columnInt64(26), rows.columnInt(27)));
                f.gameCreation.push_back(rows.columnInt64(0));
                f.queueId.push_back(rows.columnInt(1));
                f.durationMs.push_back(rows.columnInt64(2));
                f.remake.push_back(static_cast<std::uint8_t>(rows.columnInt(3)));
                f.win.push_back(static_cast<std::uint8_t>(rows.columnInt(4)));
                const int kills = rows.columnInt(5);
                const int assists = rows.columnInt(7);
                f.kills.push_back(kills);
                f.deaths.push_back(rows.columnInt(6));
                f.assists.push_back(assists);
                f.cs.push_back(rows.columnInt(8));
                f.gold.push_back(rows.columnInt64(9));
                const std::int64_t damage = rows.columnInt64(10);
                f.damage.push_back(damage);
                f.visionScore.push_back(rows.columnInt(11));
                f.firstBlood.push_back(static_cast<std::uint8_t>(rows.columnInt(12)));
                const std::int64_t teamDamage = rows.isNull(13) ? 0 : rows.columnInt64(13);
                const std::int64_t teamKills = rows.isNull(14) ? 0 : rows.columnInt64(14);
                f.damageShare.push_back(teamDamage > 0 ? static_cast<double>(damage) / static_cast<double>(teamDamage)
                                                       : 0.0);
                f.killParticipation.push_back(
                    teamKills > 0 ? static_cast<double>(kills + assists) / static_cast<double>(teamKills) : 0.0);
                f.goldDiff10.push_back(optionalInt(rows, 15));
                f.goldDiff15.push_back(optionalInt(rows, 16));
                f.csDiff10.push_back(optionalInt(rows, 17));
                f.csDiff15.push_back(optionalInt(rows, 18));
                f.champion.push_back(champions.id(rows.columnTextView(19)));
                f.patch.push_back(patches.id(rows.columnTextView(20)));
                f.position.push_back(positions.id(rows.columnTextView(21)));
                f.teamId.push_back(rows.columnInt(22));
                f.opponent.push_back(rows.isNull(23) ? -1 : opponents.id(rows.columnTextView(23)));
                if (withTeams) {
                    rowOf.emplace(participationKey(rows.columnInt64(26), rows.columnInt(27)),
                                  static_cast<std::uint32_t>(f.size() - 1));
                }
                if (mine != nullptr) {
                    mine->keys.push_back(participationKey(rows.columnInt64(26), rows.columnInt(27)));
                }
                if (withColumns) {
                    appendBuild(rows, kFirstBuildColumn, *texts, f);
                }
                if (followed >= 0) {
                    f.account.push_back(static_cast<std::uint16_t>(followed));
                } else {
                    riotId.assign(rows.columnTextView(24));
                    riotId += '#';
                    riotId += rows.columnTextView(25);
                    f.account.push_back(accounts.id(riotId));
                }
            }
            rows.reset();
            placeInHistory(games, matchId, f);
        }
        if (withTeams) {
            loadTeams(db, players, rowOf, f);
        }
        if (withLists) {
            loadItemLists(db, scanned, *texts, f);
        }
        f.builds = builds;
    } catch (const store::StoreError& e) {
        return store::toError(e, "loading participations");
    }
    return std::shared_ptr<const ParticipationFrame>(std::move(frame));
}

namespace {

// Dimensions as integer codes: dictionary ids for text columns, the number itself for numeric ones, ids of
// calendar labels for day / week / month. Codes group and filter fast; values() turns a code into its output.
class Coder {
public:
    Coder(const ParticipationFrame& f, const std::vector<OffsetSegment>& offsets) : m_f(f), m_offsets(offsets) {}

    std::int64_t code(Dim dim, std::size_t i) {
        switch (dim) {
        case Dim::Champion:
            return m_f.champion[i];
        case Dim::Role: {
            // A position's dictionary id; without one, the mode without lanes as a negative code.
            if (!m_f.positions[static_cast<std::size_t>(m_f.position[i])].empty()) {
                return m_f.position[i];
            }
            const std::string_view role = lanelessRole(m_f.queueId[i]);
            return role == "ARAM" ? -1 : role == "ARENA" ? -2 : role == "SWARM" ? -3 : -4;
        }
        case Dim::Queue:
            return m_f.queueId[i];
        case Dim::Patch:
            return m_f.patch[i];
        case Dim::Side:
            return m_f.teamId[i] == 100 ? 0 : m_f.teamId[i] == 200 ? 1 : 2;
        case Dim::Result:
            return m_f.win[i];
        case Dim::Opponent:
            return m_f.opponent[i];
        case Dim::Account:
            return m_f.account[i];
        case Dim::Weekday:
            return (localMs(m_f.gameCreation[i]) / kDayMs + 3) % 7 + 1;
        case Dim::Hour:
            return (localMs(m_f.gameCreation[i]) / 3'600'000) % 24;
        case Dim::Teammate:
        case Dim::Item:
        case Dim::Augment:
            return -1; // several per participation: groupRows() walks them itself
        case Dim::Keystone:
            return m_f.keystone[i];
        case Dim::PrimaryTree:
            return m_f.primaryTree[i];
        case Dim::SecondaryTree:
            return m_f.secondaryTree[i];
        case Dim::Spells:
            return m_f.spells[i];
        case Dim::Trinket:
            return m_f.trinket[i];
        case Dim::FirstItem:
            return m_f.firstItem[i];
        case Dim::SkillOrder:
            return m_f.skillOrder[i];
        case Dim::SessionGame:
            return m_f.sessionGame[i];
        case Dim::StreakBefore:
            return m_f.streakBefore[i];
        case Dim::Day:
        case Dim::Week:
        case Dim::Month: {
            const std::int64_t day = localMs(m_f.gameCreation[i]) / kDayMs;
            auto& ids = m_dayIds[static_cast<int>(dim)];
            if (const auto it = ids.find(day); it != ids.end()) {
                return it->second;
            }
            const DayLabels& labels = labelsOf(day, m_labelCache);
            const std::string& label = dim == Dim::Day ? labels.day : dim == Dim::Week ? labels.week : labels.month;
            auto& names = m_labels[static_cast<int>(dim)];
            const auto found = std::find(names.begin(), names.end(), label);
            const auto id = static_cast<std::int64_t>(found - names.begin());
            if (found == names.end()) {
                names.push_back(label);
            }
            ids.emplace(day, id);
            return id;
        }
        }
        return 0;
    }

    Value value(Dim dim, std::int64_t code) const {
        const auto index = static_cast<std::size_t>(code);
        switch (dim) {
        case Dim::Champion:
            return m_f.champions[index];
        case Dim::Role:
            if (code < 0) {
                return std::string(code == -1 ? "ARAM" : code == -2 ? "ARENA" : code == -3 ? "SWARM" : "NONE");
            }
            return m_f.positions[index].empty() ? std::string("NONE") : m_f.positions[index];
        case Dim::Patch:
            return m_f.patches[index];
        case Dim::Side:
            return std::string(code == 0 ? "blue" : code == 1 ? "red" : "other");
        case Dim::Result:
            return std::string(code ? "win" : "loss");
        case Dim::Opponent:
            return code < 0 ? Value(std::monostate{}) : Value(m_f.opponents[index]);
        case Dim::Account:
            return m_f.accounts[index];
        case Dim::Teammate:
            return m_f.riotIds[index];
        case Dim::Keystone:
        case Dim::PrimaryTree:
        case Dim::SecondaryTree:
        case Dim::Spells:
        case Dim::Item:
        case Dim::Trinket:
        case Dim::FirstItem:
        case Dim::SkillOrder:
        case Dim::Augment:
            return m_f.buildNames[index];
        case Dim::SessionGame:
            return code >= 5 ? std::string("5+") : std::to_string(code);
        case Dim::StreakBefore:
            return code == 0 ? std::string("none")
                             : std::string(code > 0 ? "W" : "L") + std::to_string(code > 0 ? code : -code) +
                                   (code == 3 || code == -3 ? "+" : "");
        case Dim::Day:
        case Dim::Week:
        case Dim::Month:
            return m_labels[static_cast<int>(dim)][index];
        case Dim::Queue:
        case Dim::Weekday:
        case Dim::Hour:
            return code;
        }
        return std::monostate{};
    }

private:
    std::int64_t localMs(std::int64_t utc) const {
        if (m_offsets.empty()) {
            return utc;
        }
        const auto it = std::upper_bound(m_offsets.begin(), m_offsets.end(), utc,
                                         [](std::int64_t t, const OffsetSegment& s) { return t < s.untilMs; });
        return utc + (it == m_offsets.end() ? m_offsets.back().offsetMs : it->offsetMs);
    }

    const ParticipationFrame& m_f;
    const std::vector<OffsetSegment>& m_offsets;
    std::unordered_map<std::int64_t, DayLabels> m_labelCache;
    std::unordered_map<std::int64_t, std::int64_t> m_dayIds[14];
    std::vector<std::string> m_labels[14];
};

// A dimension with several values per participation (the SQL's join): its lists, else nullptr.
struct ValueLists {
    const std::vector<std::uint32_t>* start = nullptr;
    const std::vector<std::uint32_t>* values = nullptr;
};
ValueLists listsOf(const ParticipationFrame& f, Dim dim) {
    switch (dim) {
    case Dim::Teammate:
        return {&f.mateStart, &f.mates};
    case Dim::Item:
        return {&f.itemStart, &f.items};
    case Dim::Augment:
        return {&f.augmentStart, &f.augments};
    default:
        return {};
    }
}

struct CodesHash {
    std::size_t operator()(const std::vector<std::int64_t>& codes) const {
        std::size_t h = 1469598103934665603ull;
        for (const auto c : codes) {
            h = (h ^ static_cast<std::size_t>(c)) * 1099511628211ull;
        }
        return h;
    }
};

} // namespace

namespace {

// The participations the query keeps: its period, remakes or not, with= / against=, every dimension filter, then
// the last N. A filter value that should be a number and is not is a Validation error.
Result<std::vector<std::size_t>> selectRows(const ParticipationFrame& f, const Query& q, const CompiledQuery& compiled,
                                            Coder& coder) {
    // with= / against=: some player of the player's team / of another team has one of the Riot IDs (any case).
    struct TeamFilter {
        const std::vector<std::uint32_t>* start;
        const std::vector<std::uint32_t>* players;
        std::vector<char> wanted; // per riotIds entry
    };
    // Every clause: the filters (a value each key) and the clauses required as well (a key given again).
    std::vector<std::pair<std::string, std::vector<std::string>>> clauses(q.filters.begin(), q.filters.end());
    clauses.insert(clauses.end(), q.allOf.begin(), q.allOf.end());
    std::vector<TeamFilter> teamFilters;
    for (const auto& [name, values] : clauses) {
        if (!isTeamFilter(name)) {
            continue;
        }
        std::set<std::string> names;
        for (const auto& value : values) {
            names.insert(lower(value));
        }
        TeamFilter filter{name == "with" ? &f.mateStart : &f.foeStart, name == "with" ? &f.mates : &f.foes, {}};
        filter.wanted.reserve(f.riotIds.size());
        for (const auto& riotId : f.riotIds) {
            filter.wanted.push_back(names.count(lower(riotId)) != 0 ? 1 : 0);
        }
        teamFilters.push_back(std::move(filter));
    }
    auto passesTeams = [&](std::size_t i) {
        for (const TeamFilter& filter : teamFilters) {
            bool found = false;
            for (auto at = (*filter.start)[i]; at < (*filter.start)[i + 1] && !found; ++at) {
                found = filter.wanted[(*filter.players)[at]] != 0;
            }
            if (!found) {
                return false;
            }
        }
        return true;
    };

    // Filters: any of the values; text compares case-insensitively (NOCASE), numbers must be numbers; each
    // distinct code is decided once.
    struct Filter {
        Dim dim;
        std::set<std::int64_t> numbers;
        std::set<std::string> texts;
        std::unordered_map<std::int64_t, bool> decided;
    };
    std::vector<Filter> filters;
    for (const auto& [name, values] : clauses) {
        if (isSpecialFilter(name)) {
            continue;
        }
        Filter filter{dimOf(name), {}, {}, {}};
        const bool numeric = findDimension(name)->type == ValueType::Integer;
        for (const auto& value : values) {
            if (numeric) {
                std::int64_t number = 0;
                const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), number);
                if (ec != std::errc() || end != value.data() + value.size()) {
                    return makeError(ErrorKind::Validation, name + "=" + value + ": expected a number");
                }
                filter.numbers.insert(number);
            } else {
                filter.texts.insert(lower(value));
            }
        }
        filters.push_back(std::move(filter));
    }
    auto passesCode = [&](Filter& filter, std::int64_t code) {
        const auto known = filter.decided.find(code);
        if (known != filter.decided.end()) {
            return known->second;
        }
        const Value value = coder.value(filter.dim, code);
        bool keep = false; // NULL IN (...) is not true
        if (const auto* number = std::get_if<std::int64_t>(&value)) {
            keep = filter.numbers.count(*number) != 0;
        } else if (const auto* text = std::get_if<std::string>(&value)) {
            keep = filter.texts.count(lower(*text)) != 0;
        }
        filter.decided.emplace(code, keep);
        return keep;
    };
    auto passes = [&](Filter& filter, std::size_t i) {
        const ValueLists lists = listsOf(f, filter.dim);
        if (lists.start == nullptr) {
            return passesCode(filter, coder.code(filter.dim, i));
        }
        for (auto at = (*lists.start)[i]; at < (*lists.start)[i + 1]; ++at) { // any of its values
            if (passesCode(filter, (*lists.values)[at])) {
                return true;
            }
        }
        return false;
    };

    std::vector<std::size_t> selected;
    selected.reserve(f.size());
    for (std::size_t i = 0; i < f.size(); ++i) {
        if ((f.remake[i] && !q.includeRemakes) || (compiled.since && f.gameCreation[i] < *compiled.since) ||
            (compiled.until && f.gameCreation[i] >= *compiled.until)) {
            continue;
        }
        bool keep = passesTeams(i);
        for (Filter& filter : filters) {
            if (!keep) {
                break;
            }
            if (!passes(filter, i)) {
                keep = false;
                break;
            }
        }
        if (keep) {
            selected.push_back(i);
        }
    }
    if (compiled.last && static_cast<std::int64_t>(selected.size()) > *compiled.last) {
        std::stable_sort(selected.begin(), selected.end(),
                         [&](std::size_t a, std::size_t b) { return f.gameCreation[a] > f.gameCreation[b]; });
        selected.resize(static_cast<std::size_t>(*compiled.last));
    }

    return selected;
}

using Groups = std::unordered_map<std::vector<std::int64_t>, Accumulator, CodesHash>;

// The selected participations summed by the codes of the query's dimensions.
Groups groupRows(const ParticipationFrame& f, const std::vector<Dim>& dims, const std::vector<std::size_t>& selected,
                 Coder& coder) {
    Groups groups;
    if (dims.empty()) {
        groups[{}]; // no GROUP BY: one row, even over an empty set
    }
    // teammate, item, augment: a participation counts once in the group of each of its values, and of each
    // combination when the query groups by several of them (the SQL's joins).
    std::vector<std::pair<std::size_t, ValueLists>> multi;
    for (std::size_t d = 0; d < dims.size(); ++d) {
        if (const ValueLists lists = listsOf(f, dims[d]); lists.start != nullptr) {
            multi.emplace_back(d, lists);
        }
    }
    std::vector<std::int64_t> key(dims.size());
    auto addTo = [&](std::size_t i) {
        auto it = groups.find(key);
        if (it == groups.end()) {
            it = groups.emplace(key, Accumulator{}).first;
        }
        it->second.add(f, i);
    };
    auto walk = [&](auto& self, std::size_t i, std::size_t m) -> void {
        if (m == multi.size()) {
            addTo(i);
            return;
        }
        const auto& [d, lists] = multi[m];
        for (auto at = (*lists.start)[i]; at < (*lists.start)[i + 1]; ++at) {
            key[d] = (*lists.values)[at];
            self(self, i, m + 1);
        }
    };
    for (const std::size_t i : selected) {
        for (std::size_t d = 0; d < dims.size(); ++d) {
            key[d] = coder.code(dims[d], i);
        }
        walk(walk, i, 0);
    }

    return groups;
}

// ORDER BY [column [DESC] NULLS LAST,] 1, 2, ...: dimensions ascending as SQLite orders them, then the column;
// then LIMIT.
void orderAndLimit(ResultTable& table, const Query& q, std::size_t dims) {
    std::sort(table.rows.begin(), table.rows.end(), [&](const auto& a, const auto& b) {
        for (std::size_t d = 0; d < dims; ++d) {
            const int c = compareValues(a[d], b[d]);
            if (c != 0) {
                return c < 0;
            }
        }
        return false;
    });
    if (q.order) {
        std::size_t column = 0;
        while (table.columns[column].name != q.order->column) {
            ++column;
        }
        const bool descending = q.order->descending;
        std::stable_sort(table.rows.begin(), table.rows.end(), [&](const auto& a, const auto& b) {
            const bool aNull = std::holds_alternative<std::monostate>(a[column]);
            const bool bNull = std::holds_alternative<std::monostate>(b[column]);
            if (aNull != bNull) {
                return bNull; // NULLS LAST
            }
            const int c = compareValues(a[column], b[column]);
            return descending ? c > 0 : c < 0;
        });
    }
    if (q.limit && table.rows.size() > static_cast<std::size_t>(*q.limit)) {
        table.rows.resize(static_cast<std::size_t>(*q.limit));
    }
}

// Whether the frame holds what the query reads: the other players, build data.
Status frameServes(const ParticipationFrame& f, const Query& q) {
    if (needsTeams(q) && !f.hasTeams) {
        return makeError(ErrorKind::Unsupported, "the query reads the other players of the games: load the frame "
                                                 "with them (loadFrame withTeams)");
    }
    if (!holds(f.builds, buildDataOf(q))) {
        return makeError(ErrorKind::Unsupported, "the query reads builds the frame has not loaded (loadFrame's "
                                                 "builds: buildDataOf the query)");
    }
    return Ok{};
}

} // namespace

Result<std::vector<std::size_t>> selectParticipations(const ParticipationFrame& f, const Query& q,
                                                      const CompiledQuery& compiled) {
    if (Status serves = frameServes(f, q); !serves) {
        return serves.error();
    }
    Coder coder(f, compiled.offsets);
    return selectRows(f, q, compiled, coder);
}

Result<ResultTable> evaluate(const ParticipationFrame& f, const Query& q, const CompiledQuery& compiled) {
    if (Status serves = frameServes(f, q); !serves) {
        return serves.error();
    }
    Coder coder(f, compiled.offsets);
    auto selected = selectRows(f, q, compiled, coder);
    if (!selected) {
        return selected.error();
    }
    std::vector<Dim> dims;
    for (const auto& name : q.groupBy) {
        dims.push_back(dimOf(name));
    }
    const Groups groups = groupRows(f, dims, selected.value(), coder);
    ResultTable table;
    table.columns = compiled.columns;
    for (const auto& [codes, acc] : groups) {
        if (q.minGames > 0 && acc.n < q.minGames) {
            continue;
        }
        auto& row = table.rows.emplace_back();
        for (std::size_t d = 0; d < dims.size(); ++d) {
            row.push_back(coder.value(dims[d], codes[d]));
        }
        for (const auto& name : q.metrics) {
            row.push_back(acc.metric(name));
        }
    }
    orderAndLimit(table, q, dims.size());
    return table;
}

} // namespace herald::analytics
