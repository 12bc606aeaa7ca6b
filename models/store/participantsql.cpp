// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/participantsql.h"

namespace herald::store {

std::string teamKeySql(std::string_view alias) {
    const std::string a(alias);
    return "(CASE WHEN " + a + ".subteam_id <> 0 THEN 1000 + " + a + ".subteam_id ELSE " + a + ".team_id END)";
}

std::string riotIdSql(std::string_view alias) {
    const std::string a(alias);
    return "CASE WHEN " + a + ".riot_game_name <> '' THEN " + a + ".riot_game_name || '#' || " + a +
           ".riot_tag_line ELSE " + a + ".summoner_name END";
}

std::string playerHistorySql(std::string_view where) {
    // Window functions cannot nest, so each step is a layer, over narrow rows (the keys, times and results): h_new
    // marks a session's first game and h_change a result that differs from the previous non-remake game's (remakes
    // are their own partition); running sums number the sessions and the runs; a row number within them gives the
    // game of the session and the length of the run each game ends. A non-remake game packs (its place in the
    // history, the run it ends) into h_pack; the largest h_pack before a game is the run ending with its previous
    // non-remake game. The participations' other columns are joined back once at the end.
    const std::string order = "ORDER BY started_at, h_id";
    const std::string history = "PARTITION BY puuid " + order;
    const std::string results = "PARTITION BY puuid, remake " + order;
    const std::string places =
        "SELECT match_ref, participant_id, CASE WHEN h_game >= 5 THEN '5+' ELSE CAST(h_game AS TEXT) END AS "
        "session_game, CASE max(h_pack) OVER (" +
        history +
        " ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) % 8 "
        "WHEN 1 THEN 'W1' WHEN 2 THEN 'W2' WHEN 3 THEN 'W3+' WHEN 4 THEN 'L1' WHEN 5 THEN 'L2' WHEN 6 THEN 'L3+' "
        "ELSE 'none' END AS streak_before "
        "FROM (SELECT *, row_number() OVER (PARTITION BY puuid, h_session " +
        order +
        ") AS h_game, "
        "CASE WHEN remake = 0 THEN h_place * 8 + CASE WHEN win THEN 0 ELSE 3 END + "
        "min(3, row_number() OVER (PARTITION BY puuid, remake, h_run " +
        order +
        ")) END AS h_pack "
        "FROM (SELECT *, sum(h_new) OVER (" +
        history +
        " ROWS UNBOUNDED PRECEDING) AS h_session, "
        "sum(h_change) OVER (" +
        results +
        " ROWS UNBOUNDED PRECEDING) AS h_run "
        "FROM (SELECT *, row_number() OVER (" +
        history +
        ") AS h_place, "
        "CASE WHEN started_at - lag(ended_at) OVER (" +
        history + ") <= " + std::to_string(kSessionGapMs) +
        " THEN 0 ELSE 1 END AS h_new, "
        "CASE WHEN win IS lag(win) OVER (" +
        results +
        ") THEN 0 ELSE 1 END AS h_change "
        "FROM (SELECT p.puuid, p.match_ref, p.participant_id, p.started_at, p.ended_at, p.win, p.remake, "
        "(SELECT m.match_id FROM matches m WHERE m.id = p.match_ref) AS h_id "
        "FROM match_participants p WHERE " +
        std::string(where) + " AND p.complete = 1))))";
    return "SELECT p.*, x.session_game, x.streak_before FROM match_participants p JOIN (" + places +
           ") x ON x.match_ref = p.match_ref AND x.participant_id = p.participant_id WHERE " + std::string(where) +
           " AND p.complete = 1";
}

} // namespace herald::store
