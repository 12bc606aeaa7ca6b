// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/matchdetail.h"

#include "common/clock.h"
#include "gamedata/gamedata.h"
#include "store/archive.h"
#include "store/database.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <map>
#include <sstream>

namespace herald::store {

namespace {

std::string lowerTrim(std::string text) {
    const auto notSpace = [](unsigned char c) { return std::isspace(c) == 0; };
    text.erase(text.begin(), std::find_if(text.begin(), text.end(), notSpace));
    text.erase(std::find_if(text.rbegin(), text.rend(), notSpace).base(), text.end());
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) {
        return c < 0x80 ? static_cast<char>(std::tolower(c)) : static_cast<char>(c);
    });
    return text;
}

// The players, team by team (Arena duos by their subteam), with each team's totals; teamOf: a participant's side.
void readPlayers(Database& db, std::int64_t ref, MatchDetail& detail, std::map<int, int>& teamOfParticipant) {
    Statement players(db, "SELECT participant_id, team_id, subteam_id, puuid, riot_game_name, riot_tag_line, "
                          "summoner_name, champion_name, position, win, kills, deaths, assists, "
                          "minions_killed + neutral_minions_killed, gold_earned, damage_to_champions, vision_score, "
                          "champ_level, puuid IN (SELECT puuid FROM accounts), placement FROM match_participants "
                          "WHERE match_ref = ? ORDER BY participant_id");
    players.bind(1, ref);
    std::map<int, DetailTeam> teams;
    while (players.step()) {
        DetailParticipant p;
        p.participantId = players.columnInt(0);
        p.teamId = players.columnInt(1);
        p.subteamId = players.columnInt(2);
        p.puuid = players.columnText(3);
        p.riotId =
            players.columnText(4).empty() ? players.columnText(6) : players.columnText(4) + "#" + players.columnText(5);
        p.championName = players.columnText(7);
        p.position = players.columnText(8);
        p.win = players.columnInt(9) != 0;
        p.kills = players.columnInt(10);
        p.deaths = players.columnInt(11);
        p.assists = players.columnInt(12);
        p.cs = players.columnInt(13);
        p.gold = players.columnInt(14);
        p.damage = players.columnInt(15);
        p.vision = players.columnInt(16);
        p.level = players.columnInt(17);
        p.followed = players.columnInt(18) != 0;
        if (!players.isNull(19)) {
            p.placement = players.columnInt(19);
        }
        detail.arena = detail.arena || p.subteamId > 0;
        const int key = p.subteamId > 0 ? p.subteamId : p.teamId;
        DetailTeam& team = teams[key];
        team.teamId = key;
        team.win = team.win || p.win;
        team.placement = team.placement ? team.placement : p.placement;
        team.kills += p.kills;
        team.gold += p.gold;
        team.damage += p.damage;
        teamOfParticipant[p.participantId] = p.teamId;
        team.players.push_back(std::move(p));
    }
    for (auto& [key, team] : teams) {
        detail.teams.push_back(std::move(team));
    }
}

// Arena: first place first (a duo without a placement after the ranked ones). Elsewhere each player's lane
// opponent: the same position on the other side (none in ARAM, where positions are empty).
void orderTeams(MatchDetail& detail) {
    if (detail.arena) {
        std::stable_sort(detail.teams.begin(), detail.teams.end(), [](const DetailTeam& a, const DetailTeam& b) {
            return a.placement.value_or(99) < b.placement.value_or(99);
        });
    } else {
        std::vector<DetailParticipant*> all;
        for (auto& team : detail.teams) {
            for (auto& p : team.players) {
                all.push_back(&p);
            }
        }
        for (DetailParticipant* p : all) {
            for (const DetailParticipant* q : all) {
                if (!p->position.empty() && q->position == p->position && q->teamId != p->teamId) {
                    p->laneOpponent = q->participantId;
                }
            }
        }
    }
}

// Every player's gold and XP per frame. An archived timeline keeps two frames a player (what the metrics read):
// no curve to draw from them.
void readCurves(Database& db, std::int64_t ref, MatchDetail& detail) {
    detail.timelineArchived = isTimelineArchived(db, ref);
    if (!detail.timelineArchived) {
        Statement curves(db, "SELECT participant_id, timestamp_ms, total_gold, xp FROM participant_frames "
                             "WHERE match_ref = ? ORDER BY participant_id, frame");
        curves.bind(1, ref);
        while (curves.step()) {
            const int id = curves.columnInt(0);
            if (detail.curves.empty() || detail.curves.back().participantId != id) {
                detail.curves.push_back(PlayerCurve{id, {}, {}, {}});
            }
            PlayerCurve& curve = detail.curves.back();
            curve.minutes.push_back(static_cast<double>(curves.columnInt64(1)) / 60000.0);
            curve.gold.push_back(curves.columnInt(2));
            curve.xp.push_back(curves.columnInt(3));
        }
    }
}

// Gold difference per frame: blue (100) minus red (200); Arena and Swarm have no two sides to compare.
void readGoldDifference(Database& db, std::int64_t ref, MatchDetail& detail) {
    if (!detail.arena && !detail.swarm && !detail.timelineArchived) {
        Statement frames(db, "SELECT frame, max(timestamp_ms), "
                             "sum(CASE WHEN participant_id <= 5 THEN total_gold ELSE 0 END), "
                             "sum(CASE WHEN participant_id > 5 THEN total_gold ELSE 0 END) "
                             "FROM participant_frames WHERE match_ref = ? GROUP BY frame ORDER BY frame");
        frames.bind(1, ref);
        while (frames.step()) {
            detail.goldDifference.emplace_back(static_cast<double>(frames.columnInt64(1)) / 60000.0,
                                               static_cast<int>(frames.columnInt64(2) - frames.columnInt64(3)));
        }
    }
}

// The key events; a kill's team is its killer's when the event does not say it.
void readEvents(Database& db, std::int64_t ref, MatchDetail& detail, std::map<int, int>& teamOfParticipant) {
    Statement events(db, "SELECT timestamp_ms, type, killer_id, victim_id, team_id, detail FROM match_timeline "
                         "WHERE match_ref = ? ORDER BY timestamp_ms, seq");
    events.bind(1, ref);
    while (events.step()) {
        DetailEvent e;
        e.timestampMs = events.columnInt64(0);
        e.type = events.columnText(1);
        e.killerId = events.isNull(2) ? 0 : events.columnInt(2);
        e.victimId = events.isNull(3) ? 0 : events.columnInt(3);
        e.teamId = events.isNull(4) ? 0 : events.columnInt(4);
        if (e.teamId == 0 && e.killerId > 0) {
            e.teamId = teamOfParticipant.count(e.killerId) != 0 ? teamOfParticipant[e.killerId] : 0;
        }
        e.detail = events.columnText(5);
        detail.events.push_back(std::move(e));
    }
}

void readNote(Database& db, MatchDetail& detail) {
    Statement note(db, "SELECT note, tags FROM match_notes WHERE match_id = ?");
    note.bind(1, detail.matchId);
    if (note.step()) {
        detail.note = note.columnText(0);
        std::stringstream tags(note.columnText(1));
        std::string tag;
        while (std::getline(tags, tag, ',')) {
            if (!tag.empty()) {
                detail.tags.push_back(tag);
            }
        }
    }
}

// Throws StoreError; loadMatchDetail turns it into an Error.
Result<MatchDetail> readMatchDetail(Database& db, const std::string& matchId) {
    MatchDetail detail;
    std::int64_t ref = 0;
    {
        Statement match(db, "SELECT id, match_id, queue_id, game_mode, patch, game_creation, game_duration_s, "
                            "is_remake, end_result FROM matches WHERE match_id = ?");
        match.bind(1, matchId);
        if (!match.step()) {
            return makeError(ErrorKind::Validation, "no stored match " + matchId);
        }
        ref = match.columnInt64(0);
        detail.matchId = match.columnText(1);
        detail.queueId = match.columnInt(2);
        detail.gameMode = match.columnText(3);
        detail.patch = match.columnText(4);
        detail.gameCreation = match.columnInt64(5);
        detail.durationSeconds = match.columnInt64(6);
        detail.remake = match.columnInt(7) != 0;
        if (!match.isNull(8)) {
            detail.endResult = match.columnText(8);
        }
    }
    std::map<int, int> teamOfParticipant;
    readPlayers(db, ref, detail, teamOfParticipant);
    const auto kind = gamedata::gameKindOf(detail.queueId, detail.arena);
    detail.arena = kind == gamedata::GameKind::Arena;
    detail.swarm = kind == gamedata::GameKind::Swarm;
    orderTeams(detail);
    readCurves(db, ref, detail);
    Statement payload(db, "SELECT raw_data FROM match_payloads WHERE match_ref = ?");
    payload.bind(1, ref);
    if (payload.step()) {
        detail.packedPayload = std::string(payload.columnBlob(0));
    }
    readGoldDifference(db, ref, detail);
    readEvents(db, ref, detail, teamOfParticipant);
    readNote(db, detail);
    return detail;
}

} // namespace

Result<MatchDetail> loadMatchDetail(Database& db, const std::string& matchId) {
    try {
        return readMatchDetail(db, matchId);
    } catch (const StoreError& e) {
        return toError(e, "reading match " + matchId);
    }
}

Status saveMatchNote(Database& db, const std::string& matchId, const std::string& note,
                     const std::vector<std::string>& tags) {
    if (note.size() > 10'000) {
        return makeError(ErrorKind::Validation, "the note is longer than 10,000 characters");
    }
    std::vector<std::string> clean;
    for (const auto& raw : tags) {
        std::string tag = lowerTrim(raw);
        tag.erase(std::remove(tag.begin(), tag.end(), ','), tag.end());
        if (tag.empty()) {
            continue;
        }
        if (tag.size() > 40) {
            return makeError(ErrorKind::Validation, "the tag '" + tag + "' is longer than 40 characters");
        }
        if (std::find(clean.begin(), clean.end(), tag) == clean.end()) {
            clean.push_back(tag);
        }
    }
    Statement exists(db, "SELECT 1 FROM matches WHERE match_id = ?");
    exists.bind(1, matchId);
    if (!exists.step()) {
        return makeError(ErrorKind::Validation, "no stored match " + matchId);
    }
    if (note.empty() && clean.empty()) {
        Statement remove(db, "DELETE FROM match_notes WHERE match_id = ?");
        remove.bind(1, matchId).run();
        return Ok{};
    }
    std::string joined;
    for (const auto& tag : clean) {
        joined += (joined.empty() ? "" : ",") + tag;
    }
    const std::int64_t now = nowMs();
    Statement upsert(db, "INSERT INTO match_notes (match_id, note, tags, updated_at) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT (match_id) DO UPDATE SET note = excluded.note, tags = excluded.tags, "
                         "updated_at = excluded.updated_at");
    upsert.bind(1, matchId).bind(2, note).bind(3, joined).bind(4, now).run();
    return Ok{};
}

} // namespace herald::store
