// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// One match in full for the match detail view: both sides' scoreboards (any number of teams and sub-teams),
// team totals, the gold difference over time from the timeline frames, the key events, and the player's note
// and tags (match_notes).
#pragma once

#include "common/result.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace herald::store {

class Database;

struct DetailParticipant {
    int participantId = 0;
    int teamId = 0;
    int subteamId = 0; // Arena: 1..8
    std::string puuid;
    std::string riotId; // Name#TAG, or the summoner name of older payloads
    std::string championName;
    std::string position;
    bool win = false;
    int kills = 0;
    int deaths = 0;
    int assists = 0;
    int cs = 0;
    int gold = 0;
    int damage = 0;
    int vision = 0;
    int level = 0;
    bool followed = false;        // a followed account
    std::optional<int> placement; // Arena: the duo's rank, 1st to 8th
    int laneOpponent = 0;         // participant id of the same position on the other side; 0 when none

    // From the raw payload (ingest::loadMatchPage); zero when the payload lacks them.
    std::array<int, 7> items{};  // item0..item5 and the trinket (item6); 0: an empty slot
    std::array<int, 2> spells{}; // summoner1Id, summoner2Id
    int keystone = 0;            // the primary tree's first rune (perk id)
    int primaryStyle = 0;        // rune trees (style ids): 8100 Domination, 8000 Precision, ...
    int secondaryStyle = 0;
    int damageTaken = 0;
    int largestMultiKill = 0; // 2 double ... 5 penta
    int pentaKills = 0;
    int quadraKills = 0;
    int tripleKills = 0;
    int doubleKills = 0;
};

struct DetailTeam {
    int teamId = 0; // 100 / 200; Arena: the sub-team
    bool win = false;
    std::optional<int> placement; // Arena: the duo's rank
    int kills = 0;
    int gold = 0;
    int damage = 0;
    std::vector<DetailParticipant> players;
};

struct DetailEvent {
    std::int64_t timestampMs = 0;
    std::string type; // CHAMPION_KILL, ELITE_MONSTER_KILL, BUILDING_KILL, ...
    int killerId = 0; // 0: none (a tower, a minion)
    int victimId = 0;
    int teamId = 0;     // the team of the killer side when known
    std::string detail; // monster type, building type, ...
};

// One player's curves from the timeline frames, one point a frame (about a minute).
struct PlayerCurve {
    int participantId = 0;
    std::vector<double> minutes;
    std::vector<int> gold; // total gold earned so far
    std::vector<int> xp;
};

struct MatchDetail {
    std::string matchId;
    int queueId = 0;
    std::string gameMode;
    std::string patch;
    std::int64_t gameCreation = 0;
    std::int64_t durationSeconds = 0;
    bool remake = false;
    std::optional<std::string> endResult;
    bool arena = false; // teams are sub-teams, sorted by placement when the payload has it
    bool swarm = false; // Swarm (1810-1840): the players against the game, no teams to compare
    std::vector<DetailTeam> teams;
    bool timelineArchived = false;   // herald-cli archive dropped its timeline: no curves, no events, stats kept
    std::vector<PlayerCurve> curves; // every player's gold and XP, when there is a timeline
    // Gold of team 100 minus team 200 at each timeline frame (minutes), when there is a timeline.
    std::vector<std::pair<double, int>> goldDifference;
    std::vector<DetailEvent> events;
    std::string note;
    std::vector<std::string> tags;
    std::string packedPayload; // the zstd raw match payload (ingest::loadMatchPage reads items, runes... from it)
};

// The stored rows of one match (ingest::loadMatchPage adds what only the raw payload has).
Result<MatchDetail> loadMatchDetail(Database& db, const std::string& matchId);

// Saves (or clears, when both are empty) the player's note and tags of a stored match. Tags are trimmed,
// lower-cased, de-duplicated; a tag is at most 40 characters, a note at most 10,000.
Status saveMatchNote(Database& db, const std::string& matchId, const std::string& note,
                     const std::vector<std::string>& tags);

} // namespace herald::store
