#include "derivation.h"

namespace herald::ingest {

namespace {

// The team a participant plays for: the Arena sub-team when there is one, else the team.
#define HERALD_TEAM_KEY(t) "(CASE WHEN " t ".subteam_id <> 0 THEN 1000 + " t ".subteam_id ELSE " t ".team_id END)"

constexpr const char* kTeamAndOpponent =
    "UPDATE match_participants SET "
    "team_damage = (SELECT sum(t.damage_to_champions) FROM match_participants t WHERE t.match_ref = ?1 "
    "AND " HERALD_TEAM_KEY("t") " = " HERALD_TEAM_KEY(
        "match_participants") "), "
                              "team_kills = (SELECT sum(t.kills) FROM match_participants t WHERE t.match_ref = ?1 "
                              "AND " HERALD_TEAM_KEY("t") " = " HERALD_TEAM_KEY(
                                  "match_participants") "), "
                                                        // The lane opponent: the single participant of another team
                                                        // with the same non-empty position.
                                                        "opponent_id = (SELECT CASE WHEN count(*) = 1 THEN "
                                                        "max(o.participant_id) END FROM match_participants o "
                                                        "WHERE o.match_ref = ?1 AND match_participants.position <> '' "
                                                        "AND o.position = match_participants.position "
                                                        "AND " HERALD_TEAM_KEY("o") " <> " HERALD_TEAM_KEY(
                                                            "match_participants") ") "
                                                                                  "WHERE match_ref = ?1";

// The value of a frame column for the player minus the opponent's, in the first frame at or after `ms`.
#define HERALD_FRAME_DIFF(column, ms)                                                                                  \
    "(SELECT " column " - (SELECT " column " FROM participant_frames o WHERE o.match_ref = f.match_ref AND "           \
    "o.participant_id = match_participants.opponent_id AND o.frame = f.frame) FROM participant_frames f WHERE "        \
    "f.match_ref = ?1 AND f.participant_id = match_participants.participant_id AND f.timestamp_ms >= " ms              \
    " ORDER BY f.frame LIMIT 1)"

constexpr const char* kOpponentDetails =
    "UPDATE match_participants SET "
    "opponent_champion = (SELECT o.champion_name FROM match_participants o WHERE o.match_ref = ?1 AND "
    "o.participant_id = match_participants.opponent_id), "
    "gold_diff_10 = " HERALD_FRAME_DIFF(
        "total_gold", "600000") ", "
                                "gold_diff_15 = " HERALD_FRAME_DIFF(
                                    "total_gold", "900000") ", "
                                                            "cs_diff_10 = " HERALD_FRAME_DIFF(
                                                                "minions_killed + jungle_minions_killed",
                                                                "600000") ", "
                                                                          "cs_diff_15 = " HERALD_FRAME_DIFF(
                                                                              "minions_killed + jungle_minions_killed",
                                                                              "900000") " "
                                                                                        "WHERE match_ref = ?1";

#define HERALD_ROLLUP_TERMS                                                                                            \
    "1, win, kills, deaths, assists, minions_killed + neutral_minions_killed, gold_earned, damage_to_champions, "      \
    "vision_score, duration_ms, first_blood"

constexpr const char* kAddRollup =
    "INSERT INTO champion_performance (puuid, champion_name, queue_id, games, wins, kills, deaths, assists, cs, gold, "
    "damage, vision, duration_ms, first_bloods) SELECT puuid, champion_name, queue_id, " HERALD_ROLLUP_TERMS
    " FROM match_participants WHERE match_ref = ?1 AND complete = 1 AND remake = 0 "
    "AND puuid IN (SELECT puuid FROM accounts) "
    "ON CONFLICT (puuid, champion_name, queue_id) DO UPDATE SET games = champion_performance.games + excluded.games, "
    "wins = champion_performance.wins + excluded.wins, kills = champion_performance.kills + excluded.kills, "
    "deaths = champion_performance.deaths + excluded.deaths, assists = champion_performance.assists + "
    "excluded.assists, "
    "cs = champion_performance.cs + excluded.cs, gold = champion_performance.gold + excluded.gold, "
    "damage = champion_performance.damage + excluded.damage, vision = champion_performance.vision + excluded.vision, "
    "duration_ms = champion_performance.duration_ms + excluded.duration_ms, "
    "first_bloods = champion_performance.first_bloods + excluded.first_bloods";

constexpr const char* kRemoveRollup =
    "UPDATE champion_performance AS c SET games = c.games - 1, wins = c.wins - p.win, kills = c.kills - p.kills, "
    "deaths = c.deaths - p.deaths, assists = c.assists - p.assists, "
    "cs = c.cs - (p.minions_killed + p.neutral_minions_killed), gold = c.gold - p.gold_earned, "
    "damage = c.damage - p.damage_to_champions, vision = c.vision - p.vision_score, "
    "duration_ms = c.duration_ms - p.duration_ms, first_bloods = c.first_bloods - p.first_blood "
    "FROM (SELECT * FROM match_participants WHERE match_ref = ?1 AND complete = 1 AND remake = 0) AS p "
    "WHERE c.puuid = p.puuid AND c.champion_name = p.champion_name AND c.queue_id = p.queue_id";

} // namespace

ParticipationDeriver::ParticipationDeriver(store::Database& db)
    : m_teamAndOpponent(db, kTeamAndOpponent)
    , m_opponentDetails(db, kOpponentDetails)
    , m_addRollup(db, kAddRollup)
    , m_removeRollup(db, kRemoveRollup)
    , m_dropEmptyRollups(db, "DELETE FROM champion_performance WHERE games <= 0") {}

void ParticipationDeriver::derive(std::int64_t matchRef) {
    m_teamAndOpponent.bind(1, matchRef).run();
    m_opponentDetails.bind(1, matchRef).run();
}

void ParticipationDeriver::addToRollups(std::int64_t matchRef) {
    m_addRollup.bind(1, matchRef).run();
}

void ParticipationDeriver::removeFromRollups(std::int64_t matchRef) {
    m_removeRollup.bind(1, matchRef).run();
    m_dropEmptyRollups.run();
}

void rebuildChampionPerformance(store::Database& db, const std::optional<std::string>& puuid) {
    store::Statement clear(db, puuid ? "DELETE FROM champion_performance WHERE puuid = ?"
                                     : "DELETE FROM champion_performance");
    if (puuid) {
        clear.bind(1, *puuid);
    }
    clear.run();
    store::Statement fill(
        db, std::string("INSERT INTO champion_performance (puuid, champion_name, queue_id, games, wins, kills, deaths, "
                        "assists, cs, gold, damage, vision, duration_ms, first_bloods) "
                        "SELECT puuid, champion_name, queue_id, count(*), sum(win), sum(kills), sum(deaths), "
                        "sum(assists), sum(minions_killed + neutral_minions_killed), sum(gold_earned), "
                        "sum(damage_to_champions), sum(vision_score), sum(duration_ms), sum(first_blood) "
                        "FROM match_participants WHERE complete = 1 AND remake = 0 AND ") +
                (puuid ? "puuid = ?" : "puuid IN (SELECT puuid FROM accounts)") +
                " GROUP BY puuid, champion_name, queue_id");
    if (puuid) {
        fill.bind(1, *puuid);
    }
    fill.run();
}

} // namespace herald::ingest
