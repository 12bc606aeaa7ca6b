// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/datasets.h"

#include "analytics/compiler.h"
#include "store/database.h"
#include "store/participantsql.h"

#include <set>

namespace herald::exporting {

namespace {

using C = CellType;

const std::vector<std::pair<Dataset, const char*>> kNames = {
    {Dataset::Matches, "matches"}, {Dataset::Participants, "participants"}, {Dataset::Frames, "frames"},
    {Dataset::Events, "events"},   {Dataset::Ranking, "ranking"},           {Dataset::Stats, "stats"},
};

// The export's match set, as SQL the dataset queries build on.
struct MatchSet {
    std::string with; // "WITH sel AS (...), refs AS (...) " or empty
    std::string from; // a FROM clause naming the matches `m`
    std::vector<analytics::Param> params;
    bool everything = true;
};

MatchSet matchSet(store::Database& db, const Selection& selection) {
    MatchSet set;
    if (selection.puuids.empty()) {
        set.from = " FROM matches m";
        return set;
    }
    analytics::Query query;
    query.puuids = selection.puuids;
    query.filters = selection.filters;
    query.timeZone = selection.timeZone;
    auto compiled = analytics::compileSelection(db, query, selection.nowMs, true);
    if (!compiled) {
        throw ExportFailure(compiled.error());
    }
    set.everything = false;
    set.with = "WITH sel AS (" + compiled->sql + "), refs AS (SELECT DISTINCT match_ref FROM sel) ";
    set.from = " FROM refs JOIN matches m ON m.id = refs.match_ref";
    set.params = std::move(compiled->params);
    return set;
}

Cell integer(const store::Statement& s, int column) {
    return s.isNull(column) ? Cell() : Cell(s.columnInt64(column));
}

Cell text(const store::Statement& s, int column) {
    return s.isNull(column) ? Cell() : Cell(s.columnText(column));
}

Cell flag(const store::Statement& s, int column) {
    return s.isNull(column) ? Cell() : Cell(s.columnInt64(column) != 0);
}

Cell ratio(double numerator, double denominator) {
    return denominator > 0 ? Cell(numerator / denominator) : Cell(0.0);
}

// Streams rows and reports progress per match; the cancel flag is looked at every few hundred rows.
class Pump {
public:
    Pump(const DatasetProgress& progress, std::int64_t total) : m_progress(progress), m_total(total) { report(); }

    void nextMatch(std::int64_t matchRef) {
        if (matchRef != m_lastMatch) {
            m_lastMatch = matchRef;
            ++m_done;
            if (m_done % 64 == 0) {
                report();
            }
        }
    }

    void row() {
        if (++m_rows % 512 == 0 && m_progress.cancel != nullptr && m_progress.cancel->load()) {
            throw ExportFailure(makeError(ErrorKind::Conflict, "export cancelled"));
        }
    }

    std::int64_t rows() const { return m_rows; }
    void finish() {
        m_done = m_total;
        report();
    }

private:
    void report() const {
        if (m_progress.report) {
            m_progress.report(m_done, m_total);
        }
    }
    const DatasetProgress& m_progress;
    std::int64_t m_total;
    std::int64_t m_done = 0;
    std::int64_t m_rows = 0;
    std::int64_t m_lastMatch = -1;
};

std::int64_t countMatches(store::Database& db, const MatchSet& set) {
    store::Statement count(db, set.with + "SELECT count(*)" + set.from);
    analytics::bindParams(count, set.params);
    return count.step() ? count.columnInt64(0) : 0;
}

// The players whose names stay in streamer mode: followed accounts and the export's own players.
std::set<std::string> shownPlayers(store::Database& db, const Selection& selection) {
    std::set<std::string> shown(selection.puuids.begin(), selection.puuids.end());
    store::Statement accounts(db, "SELECT puuid FROM accounts");
    while (accounts.step()) {
        shown.insert(accounts.columnText(0));
    }
    return shown;
}

class Hider {
public:
    Hider(store::Database& db, const Selection& selection) : m_on(selection.hideOtherPlayers) {
        if (m_on) {
            m_shown = shownPlayers(db, selection);
        }
    }
    // The Riot ID as exported: hidden unless the player is one of ours.
    Cell name(const store::Statement& s, int puuidColumn, int nameColumn, int participantColumn) const {
        if (s.isNull(nameColumn)) {
            return {};
        }
        if (m_on && m_shown.count(s.columnText(puuidColumn)) == 0) {
            return "Player " + std::to_string(s.columnInt64(participantColumn));
        }
        return s.columnText(nameColumn);
    }
    Cell puuid(const store::Statement& s, int puuidColumn) const {
        if (s.isNull(puuidColumn) || (m_on && m_shown.count(s.columnText(puuidColumn)) == 0)) {
            return {};
        }
        return s.columnText(puuidColumn);
    }

private:
    bool m_on;
    std::set<std::string> m_shown;
};

std::string resultLabel(const store::Statement& s, int endResult, int remake, int participants, int win) {
    if (participants < 0 || s.isNull(win)) {
        return {};
    }
    if (!s.isNull(endResult) && s.columnText(endResult) != "GameComplete") {
        return "Aborted";
    }
    if (s.columnInt64(remake) != 0) {
        return "Remake";
    }
    return s.columnInt64(win) != 0 ? "Win" : "Loss";
}

std::int64_t writeMatches(store::Database& db, const Selection& selection, TableWriter& writer,
                          const DatasetProgress& progress) {
    const MatchSet set = matchSet(db, selection);
    Pump pump(progress, countMatches(db, set));
    std::string sql = set.with +
                      "SELECT m.id, m.match_id, m.game_creation, m.queue_id, m.game_mode, m.patch, m.game_duration_s, "
                      "m.end_result, m.is_remake, p.puuid, " +
                      store::riotIdSql("p") +
                      ", p.champion_name, p.position, p.placement, p.win, p.kills, p.deaths, p.assists, "
                      "p.minions_killed + p.neutral_minions_killed, p.gold_earned, p.damage_to_champions, "
                      "p.team_damage, p.team_kills, p.vision_score, p.champ_level, p.first_blood, "
                      "p.opponent_champion, p.gold_diff_10, p.cs_diff_10, p.gold_diff_15, p.cs_diff_15, p.duration_ms, "
                      "n.note, n.tags, p.participant_id";
    if (set.everything) {
        sql += " FROM matches m LEFT JOIN match_participants p ON p.match_ref = m.id AND p.puuid IN (SELECT puuid "
               "FROM accounts)";
    } else {
        sql += " FROM sel JOIN match_participants p ON p.match_ref = sel.match_ref AND p.participant_id = "
               "sel.participant_id JOIN matches m ON m.id = p.match_ref";
    }
    sql += " LEFT JOIN match_notes n ON n.match_id = m.match_id ORDER BY m.game_creation DESC, m.id DESC, "
           "p.participant_id";
    store::Statement s(db, sql);
    analytics::bindParams(s, set.params);
    std::vector<Cell> row(columnsOf(Dataset::Matches).size());
    while (s.step()) {
        pump.nextMatch(s.columnInt64(0));
        const bool player = !s.isNull(9);
        const double minutes = player ? static_cast<double>(s.columnInt64(31)) / 60000.0 : 0.0;
        const auto kills = s.columnInt64(15);
        const auto deaths = s.columnInt64(16);
        const auto assists = s.columnInt64(17);
        const auto cs = s.columnInt64(18);
        const auto gold = s.columnInt64(19);
        const auto damage = s.columnInt64(20);
        std::size_t c = 0;
        row[c++] = s.columnText(1);
        row[c++] = Instant{s.columnInt64(2)};
        row[c++] = s.columnInt64(3);
        row[c++] = s.columnText(4);
        row[c++] = s.columnText(5);
        row[c++] = s.columnInt64(6);
        const std::string result = player ? resultLabel(s, 7, 8, 0, 14) : std::string();
        row[c++] = result.empty() ? Cell() : Cell(result);
        row[c++] = text(s, 10);
        row[c++] = text(s, 11);
        row[c++] = text(s, 12);
        row[c++] = integer(s, 13);
        row[c++] = integer(s, 15);
        row[c++] = integer(s, 16);
        row[c++] = integer(s, 17);
        row[c++] =
            player ? Cell(static_cast<double>(kills + assists) / static_cast<double>(std::max<std::int64_t>(deaths, 1)))
                   : Cell();
        row[c++] = integer(s, 18);
        row[c++] = player && minutes > 0 ? Cell(static_cast<double>(cs) / minutes) : Cell();
        row[c++] = integer(s, 19);
        row[c++] = player && minutes > 0 ? Cell(static_cast<double>(gold) / minutes) : Cell();
        row[c++] = integer(s, 20);
        row[c++] = player
                       ? ratio(static_cast<double>(damage), s.isNull(21) ? 0.0 : static_cast<double>(s.columnInt64(21)))
                       : Cell();
        row[c++] = player ? ratio(static_cast<double>(kills + assists),
                                  s.isNull(22) ? 0.0 : static_cast<double>(s.columnInt64(22)))
                          : Cell();
        row[c++] = integer(s, 23);
        row[c++] = integer(s, 24);
        row[c++] = flag(s, 25);
        row[c++] = text(s, 26);
        row[c++] = integer(s, 27);
        row[c++] = integer(s, 28);
        row[c++] = integer(s, 29);
        row[c++] = integer(s, 30);
        row[c++] = s.isNull(32) || s.columnText(32).empty() ? Cell() : Cell(s.columnText(32));
        row[c++] = s.isNull(33) || s.columnText(33).empty() ? Cell() : Cell(s.columnText(33));
        writer.row(row);
        pump.row();
    }
    pump.finish();
    return pump.rows();
}

std::int64_t writeParticipants(store::Database& db, const Selection& selection, TableWriter& writer,
                               const DatasetProgress& progress) {
    const MatchSet set = matchSet(db, selection);
    const Hider hider(db, selection);
    Pump pump(progress, countMatches(db, set));
    store::Statement s(db, set.with +
                               "SELECT m.id, m.match_id, m.game_creation, m.queue_id, p.participant_id, p.puuid, " +
                               store::riotIdSql("p") +
                               ", p.team_id, p.subteam_id, p.placement, p.champion_name, p.position, p.win, p.kills, "
                               "p.deaths, p.assists, p.minions_killed + p.neutral_minions_killed, p.gold_earned, "
                               "p.damage_to_champions, p.vision_score, p.champ_level, p.first_blood, "
                               "p.early_surrender, p.team_damage, p.team_kills, p.opponent_champion, p.gold_diff_10, "
                               "p.cs_diff_10, p.gold_diff_15, p.cs_diff_15" +
                               set.from +
                               " JOIN match_participants p ON p.match_ref = m.id ORDER BY m.game_creation DESC, m.id "
                               "DESC, p.participant_id");
    analytics::bindParams(s, set.params);
    std::vector<Cell> row(columnsOf(Dataset::Participants).size());
    while (s.step()) {
        pump.nextMatch(s.columnInt64(0));
        std::size_t c = 0;
        row[c++] = s.columnText(1);
        row[c++] = Instant{s.columnInt64(2)};
        row[c++] = s.columnInt64(3);
        row[c++] = s.columnInt64(4);
        row[c++] = hider.puuid(s, 5);
        row[c++] = hider.name(s, 5, 6, 4);
        for (int column = 7; column <= 9; ++column) {
            row[c++] = integer(s, column);
        }
        row[c++] = text(s, 10);
        row[c++] = text(s, 11);
        row[c++] = flag(s, 12);
        for (int column = 13; column <= 20; ++column) {
            row[c++] = integer(s, column);
        }
        row[c++] = flag(s, 21);
        row[c++] = flag(s, 22);
        row[c++] = integer(s, 23);
        row[c++] = integer(s, 24);
        row[c++] = text(s, 25);
        for (int column = 26; column <= 29; ++column) {
            row[c++] = integer(s, column);
        }
        writer.row(row);
        pump.row();
    }
    pump.finish();
    return pump.rows();
}

std::int64_t writeFrames(store::Database& db, const Selection& selection, TableWriter& writer,
                         const DatasetProgress& progress) {
    const MatchSet set = matchSet(db, selection);
    const Hider hider(db, selection);
    Pump pump(progress, countMatches(db, set));
    store::Statement s(db, set.with + "SELECT m.id, m.match_id, f.participant_id, p.puuid, " + store::riotIdSql("p") +
                               ", p.champion_name, f.frame, f.timestamp_ms, f.total_gold, f.current_gold, f.xp, "
                               "f.level, f.minions_killed, f.jungle_minions_killed" +
                               set.from +
                               " JOIN participant_frames f ON f.match_ref = m.id LEFT JOIN match_participants p ON "
                               "p.match_ref = f.match_ref AND p.participant_id = f.participant_id ORDER BY "
                               "m.game_creation DESC, m.id DESC, f.participant_id, f.frame");
    analytics::bindParams(s, set.params);
    std::vector<Cell> row(columnsOf(Dataset::Frames).size());
    while (s.step()) {
        pump.nextMatch(s.columnInt64(0));
        std::size_t c = 0;
        row[c++] = s.columnText(1);
        row[c++] = s.columnInt64(2);
        row[c++] = hider.name(s, 3, 4, 2);
        row[c++] = text(s, 5);
        for (int column = 6; column <= 13; ++column) {
            row[c++] = integer(s, column);
        }
        writer.row(row);
        pump.row();
    }
    pump.finish();
    return pump.rows();
}

std::int64_t writeEvents(store::Database& db, const Selection& selection, TableWriter& writer,
                         const DatasetProgress& progress) {
    const MatchSet set = matchSet(db, selection);
    const Hider hider(db, selection);
    Pump pump(progress, countMatches(db, set));
    store::Statement s(db, set.with + "SELECT m.id, m.match_id, e.seq, e.timestamp_ms, e.type, e.killer_id, k.puuid, " +
                               store::riotIdSql("k") + ", e.victim_id, v.puuid, " + store::riotIdSql("v") +
                               ", e.team_id, e.detail" + set.from +
                               " JOIN match_timeline e ON e.match_ref = m.id LEFT JOIN match_participants k ON "
                               "k.match_ref = e.match_ref AND k.participant_id = e.killer_id LEFT JOIN "
                               "match_participants v ON v.match_ref = e.match_ref AND v.participant_id = e.victim_id "
                               "ORDER BY m.game_creation DESC, m.id DESC, e.seq");
    analytics::bindParams(s, set.params);
    std::vector<Cell> row(columnsOf(Dataset::Events).size());
    while (s.step()) {
        pump.nextMatch(s.columnInt64(0));
        std::size_t c = 0;
        row[c++] = s.columnText(1);
        row[c++] = s.columnInt64(2);
        row[c++] = s.columnInt64(3);
        row[c++] = s.columnText(4);
        row[c++] = integer(s, 5);
        row[c++] = hider.name(s, 6, 7, 5);
        row[c++] = integer(s, 8);
        row[c++] = hider.name(s, 9, 10, 8);
        row[c++] = integer(s, 11);
        row[c++] = s.columnText(12).empty() ? Cell() : Cell(s.columnText(12));
        writer.row(row);
        pump.row();
    }
    pump.finish();
    return pump.rows();
}

std::int64_t writeRanking(store::Database& db, const Selection& selection, TableWriter& writer,
                          const DatasetProgress& progress) {
    std::string where;
    for (std::size_t i = 0; i < selection.puuids.size(); ++i) {
        where += (i ? ", ?" : " WHERE r.puuid IN (?");
    }
    if (!where.empty()) {
        where += ")";
    }
    store::Statement count(db, "SELECT count(*) FROM ranking_history r" + where);
    store::Statement s(db, "SELECT r.puuid, CASE WHEN a.puuid IS NULL THEN NULL ELSE a.game_name || '#' || "
                           "a.tag_line END, r.queue, r.observed_at, r.tier, r.rank, r.lp, r.wins, r.losses FROM "
                           "ranking_history r LEFT JOIN accounts a ON a.puuid = r.puuid" +
                               where + " ORDER BY r.puuid, r.queue, r.observed_at");
    for (std::size_t i = 0; i < selection.puuids.size(); ++i) {
        count.bind(static_cast<int>(i) + 1, selection.puuids[i]);
        s.bind(static_cast<int>(i) + 1, selection.puuids[i]);
    }
    Pump pump(progress, count.step() ? count.columnInt64(0) : 0);
    std::vector<Cell> row(columnsOf(Dataset::Ranking).size());
    std::int64_t n = 0;
    while (s.step()) {
        pump.nextMatch(++n);
        std::size_t c = 0;
        row[c++] = s.columnText(0);
        row[c++] = text(s, 1);
        row[c++] = s.columnText(2);
        row[c++] = Instant{s.columnInt64(3)};
        row[c++] = s.columnText(4);
        row[c++] = s.columnText(5).empty() ? Cell() : Cell(s.columnText(5));
        for (int column = 6; column <= 8; ++column) {
            row[c++] = s.columnInt64(column);
        }
        writer.row(row);
        pump.row();
    }
    pump.finish();
    return pump.rows();
}

} // namespace

std::optional<Dataset> parseDataset(const std::string& name) {
    for (const auto& [dataset, text] : kNames) {
        if (name == text) {
            return dataset;
        }
    }
    return std::nullopt;
}

const char* datasetName(Dataset dataset) {
    for (const auto& [d, text] : kNames) {
        if (d == dataset) {
            return text;
        }
    }
    return "";
}

std::string datasetNames() {
    std::string out;
    for (const auto& [dataset, text] : kNames) {
        out += (out.empty() ? "" : ", ") + std::string(text);
    }
    return out;
}

std::vector<ColumnSpec> columnsOf(Dataset dataset) {
    switch (dataset) {
    case Dataset::Matches:
        return {{"match_id", C::Text},
                {"played_at", C::Time},
                {"queue_id", C::Integer},
                {"game_mode", C::Text},
                {"patch", C::Text},
                {"duration_s", C::Integer},
                {"result", C::Text},
                {"player", C::Text},
                {"champion", C::Text},
                {"position", C::Text},
                {"placement", C::Integer},
                {"kills", C::Integer},
                {"deaths", C::Integer},
                {"assists", C::Integer},
                {"kda", C::Real},
                {"cs", C::Integer},
                {"cs_per_min", C::Real},
                {"gold", C::Integer},
                {"gold_per_min", C::Real},
                {"damage", C::Integer},
                {"damage_share", C::Real},
                {"kill_participation", C::Real},
                {"vision_score", C::Integer},
                {"level", C::Integer},
                {"first_blood", C::Boolean},
                {"lane_opponent", C::Text},
                {"gold_diff_10", C::Integer},
                {"cs_diff_10", C::Integer},
                {"gold_diff_15", C::Integer},
                {"cs_diff_15", C::Integer},
                {"note", C::Text},
                {"tags", C::Text}};
    case Dataset::Participants:
        return {{"match_id", C::Text},        {"played_at", C::Time},
                {"queue_id", C::Integer},     {"participant_id", C::Integer},
                {"puuid", C::Text},           {"player", C::Text},
                {"team_id", C::Integer},      {"subteam_id", C::Integer},
                {"placement", C::Integer},    {"champion", C::Text},
                {"position", C::Text},        {"win", C::Boolean},
                {"kills", C::Integer},        {"deaths", C::Integer},
                {"assists", C::Integer},      {"cs", C::Integer},
                {"gold", C::Integer},         {"damage", C::Integer},
                {"vision_score", C::Integer}, {"level", C::Integer},
                {"first_blood", C::Boolean},  {"early_surrender", C::Boolean},
                {"team_damage", C::Integer},  {"team_kills", C::Integer},
                {"lane_opponent", C::Text},   {"gold_diff_10", C::Integer},
                {"cs_diff_10", C::Integer},   {"gold_diff_15", C::Integer},
                {"cs_diff_15", C::Integer}};
    case Dataset::Frames:
        return {{"match_id", C::Text},      {"participant_id", C::Integer}, {"player", C::Text},
                {"champion", C::Text},      {"frame", C::Integer},          {"time_ms", C::Integer},
                {"total_gold", C::Integer}, {"current_gold", C::Integer},   {"xp", C::Integer},
                {"level", C::Integer},      {"minions_killed", C::Integer}, {"jungle_minions_killed", C::Integer}};
    case Dataset::Events:
        return {{"match_id", C::Text},     {"seq", C::Integer}, {"time_ms", C::Integer},   {"type", C::Text},
                {"killer_id", C::Integer}, {"killer", C::Text}, {"victim_id", C::Integer}, {"victim", C::Text},
                {"team_id", C::Integer},   {"detail", C::Text}};
    case Dataset::Ranking:
        return {{"puuid", C::Text},       {"player", C::Text},  {"queue", C::Text},
                {"observed_at", C::Time}, {"tier", C::Text},    {"rank", C::Text},
                {"lp", C::Integer},       {"wins", C::Integer}, {"losses", C::Integer}};
    case Dataset::Stats:
        return {};
    }
    return {};
}

std::int64_t writeDataset(store::Database& db, Dataset dataset, const Selection& selection, TableWriter& writer,
                          const DatasetProgress& progress) {
    switch (dataset) {
    case Dataset::Matches:
        return writeMatches(db, selection, writer, progress);
    case Dataset::Participants:
        return writeParticipants(db, selection, writer, progress);
    case Dataset::Frames:
        return writeFrames(db, selection, writer, progress);
    case Dataset::Events:
        return writeEvents(db, selection, writer, progress);
    case Dataset::Ranking:
        return writeRanking(db, selection, writer, progress);
    case Dataset::Stats:
        break;
    }
    throw ExportFailure(makeError(ErrorKind::Validation, "the stats dataset is written from its query"));
}

} // namespace herald::exporting
