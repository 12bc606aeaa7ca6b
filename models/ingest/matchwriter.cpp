// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "matchwriter.h"

#include "ingest/compression.h"
#include "ingest/payloadparser.h"

namespace herald::ingest {

using store::Statement;

MatchWriter::MatchWriter(store::Database& db)
    : m_db(db)
    , m_findMatch(db, "SELECT id, payload_hash, timeline_hash, participant_count FROM matches WHERE match_id = ?")
    , m_insertMatch(db,
                    "INSERT INTO matches (match_id, platform, game_id, queue_id, map_id, game_mode, game_type, "
                    "game_version, patch, game_creation, game_duration_s, end_result, is_remake, participant_count, "
                    "payload_hash, ingested_at, derive_version) "
                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)")
    , m_updateMatch(db, "UPDATE matches SET platform = ?2, game_id = ?3, queue_id = ?4, map_id = ?5, game_mode = ?6, "
                        "game_type = ?7, game_version = ?8, patch = ?9, game_creation = ?10, game_duration_s = ?11, "
                        "end_result = ?12, is_remake = ?13, participant_count = ?14, payload_hash = ?15, "
                        "ingested_at = ?16, derive_version = ?17 WHERE match_id = ?1")
    , m_deleteParticipants(db, "DELETE FROM match_participants WHERE match_ref = ?")
    , m_insertParticipant(db, "INSERT INTO match_participants (match_ref, participant_id, puuid, game_creation, "
                              "riot_game_name, riot_tag_line, summoner_name, champion_id, champion_name, team_id, "
                              "subteam_id, position, win, kills, deaths, assists, minions_killed, "
                              "neutral_minions_killed, gold_earned, damage_to_champions, vision_score, champ_level, "
                              "first_blood, early_surrender, queue_id, patch, duration_ms, complete, remake, "
                              "placement, started_at, ended_at) "
                              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                              "?, ?, ?, ?, ?, ?, ?, ?)")
    , m_matchPuuids(db, "SELECT puuid FROM match_participants WHERE match_ref = ? ORDER BY participant_id")
    , m_deleteFrames(db, "DELETE FROM participant_frames WHERE match_ref = ?")
    , m_insertFrame(db, "INSERT OR REPLACE INTO participant_frames (match_ref, participant_id, frame, timestamp_ms, "
                        "total_gold, current_gold, xp, level, minions_killed, jungle_minions_killed) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    , m_deleteEvents(db, "DELETE FROM match_timeline WHERE match_ref = ?")
    , m_insertEvent(db, "INSERT INTO match_timeline (match_ref, seq, timestamp_ms, type, killer_id, victim_id, "
                        "team_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
    , m_upsertRaw(db, "INSERT INTO match_payloads (match_ref, raw_data) VALUES (?, ?) "
                      "ON CONFLICT (match_ref) DO UPDATE SET raw_data = excluded.raw_data")
    , m_setRawTimeline(db, "UPDATE match_payloads SET raw_timeline = ? WHERE match_ref = ?")
    , m_setTimelineHash(db, "UPDATE matches SET timeline_hash = ? WHERE id = ?")
    , m_findPending(db, "SELECT raw_timeline, timeline_hash FROM pending_timelines WHERE match_id = ?")
    , m_upsertPending(db, "INSERT OR REPLACE INTO pending_timelines (match_id, raw_timeline, timeline_hash, "
                          "received_at) VALUES (?, ?, ?, ?)")
    , m_deletePending(db, "DELETE FROM pending_timelines WHERE match_id = ?")
    , m_builds(db)
    , m_deriver(db) {}

IngestOutcome MatchWriter::write(const MatchRecord& match, std::int64_t nowMs, bool force) {
    m_findMatch.bind(1, match.matchId);
    const bool exists = m_findMatch.step();
    const std::int64_t existingId = exists ? m_findMatch.columnInt64(0) : 0;
    const std::int64_t existingHash = exists ? m_findMatch.columnInt64(1) : 0;
    const std::int64_t existingPlayers = exists ? m_findMatch.columnInt64(3) : 0;
    m_findMatch.reset();
    if (exists && existingHash == match.rawHash && !force) {
        return IngestOutcome::Duplicate;
    }
    // A copy that lost players (a stripped export, an aborted stub) never replaces the complete match: its rows,
    // frames and raw payload stay as they are.
    if (exists && static_cast<std::int64_t>(match.participants.size()) < existingPlayers && !force) {
        return IngestOutcome::KeptStored;
    }

    Statement& stmt = exists ? m_updateMatch : m_insertMatch;
    stmt.bind(1, match.matchId)
        .bind(2, match.platform)
        .bind(3, match.gameId)
        .bind(4, match.queueId)
        .bind(5, match.mapId)
        .bind(6, match.gameMode)
        .bind(7, match.gameType)
        .bind(8, match.gameVersion)
        .bind(9, match.patch)
        .bind(10, match.gameCreation)
        .bind(11, match.durationSeconds)
        .bind(12, match.endResult)
        .bind(13, match.isRemake ? 1 : 0)
        .bind(14, static_cast<int>(match.participants.size()))
        .bind(15, match.rawHash)
        .bind(16, nowMs)
        .bind(17, kDeriveVersion);
    stmt.run();
    std::int64_t matchRef = existingId;
    if (exists) {
        m_deriver.removeFromRollups(matchRef);
        m_deleteParticipants.bind(1, matchRef).run();
    } else {
        matchRef = m_db.lastInsertRowId();
    }
    m_upsertRaw.bind(1, matchRef).bindBlob(2, match.compressedRaw).run();
    insertParticipants(matchRef, match);
    m_builds.writeMatch(matchRef, match.participants);
    attachPendingTimeline(matchRef, match.matchId);
    m_deriver.derive(matchRef);
    m_deriver.addToRollups(matchRef);
    return exists ? IngestOutcome::Updated : IngestOutcome::Imported;
}

void MatchWriter::insertParticipants(std::int64_t matchRef, const MatchRecord& match) {
    const bool complete = (!match.endResult || *match.endResult == "GameComplete") && !match.participants.empty();
    for (const ParticipantRow& p : match.participants) {
        m_insertParticipant.bind(1, matchRef)
            .bind(2, p.participantId)
            .bind(3, p.puuid)
            .bind(4, match.gameCreation)
            .bind(5, p.riotGameName)
            .bind(6, p.riotTagLine)
            .bind(7, p.summonerName)
            .bind(8, p.championId)
            .bind(9, p.championName)
            .bind(10, p.teamId)
            .bind(11, p.subteamId)
            .bind(12, p.position)
            .bind(13, p.win ? 1 : 0)
            .bind(14, p.kills)
            .bind(15, p.deaths)
            .bind(16, p.assists)
            .bind(17, p.minionsKilled)
            .bind(18, p.neutralMinionsKilled)
            .bind(19, p.goldEarned)
            .bind(20, p.damageToChampions)
            .bind(21, p.visionScore)
            .bind(22, p.champLevel)
            .bind(23, p.firstBlood ? 1 : 0)
            .bind(24, p.earlySurrender ? 1 : 0)
            .bind(25, match.queueId)
            .bind(26, match.patch)
            .bind(27, match.durationMs)
            .bind(28, complete ? 1 : 0)
            .bind(29, match.isRemake ? 1 : 0)
            .bind(30, p.placement)
            .bind(31, match.startedAt)
            .bind(32, match.endedAt);
        m_insertParticipant.run();
    }
}

IngestOutcome MatchWriter::write(const TimelineRecord& timeline, std::int64_t nowMs, bool force) {
    m_findMatch.bind(1, timeline.matchId);
    const bool exists = m_findMatch.step();
    const std::int64_t matchRef = exists ? m_findMatch.columnInt64(0) : 0;
    const bool hasTimeline = exists && !m_findMatch.isNull(2);
    const std::int64_t timelineHash = hasTimeline ? m_findMatch.columnInt64(2) : 0;
    m_findMatch.reset();

    if (!exists) {
        m_findPending.bind(1, timeline.matchId);
        const bool pending = m_findPending.step();
        const bool same = pending && m_findPending.columnInt64(1) == timeline.rawHash && !force;
        m_findPending.reset();
        if (same) {
            return IngestOutcome::TimelineDuplicate;
        }
        m_upsertPending.bind(1, timeline.matchId)
            .bindBlob(2, timeline.compressedRaw)
            .bind(3, timeline.rawHash)
            .bind(4, nowMs)
            .run();
        return IngestOutcome::TimelinePending;
    }
    if (hasTimeline && timelineHash == timeline.rawHash && !force) {
        return IngestOutcome::TimelineDuplicate;
    }
    attachTimeline(matchRef, timeline);
    return IngestOutcome::TimelineStored;
}

void MatchWriter::attachTimeline(std::int64_t matchRef, const TimelineRecord& timeline) {
    if (!timeline.participants.empty()) {
        std::vector<std::string> stored;
        m_matchPuuids.bind(1, matchRef);
        while (m_matchPuuids.step()) {
            stored.push_back(m_matchPuuids.columnText(0));
        }
        m_matchPuuids.reset();
        if (!stored.empty() && stored != timeline.participants) {
            throw IngestConflict("the timeline of " + timeline.matchId +
                                 " lists other players than the stored match (ids disagree)");
        }
    }
    m_deleteFrames.bind(1, matchRef).run();
    m_deleteEvents.bind(1, matchRef).run();
    for (const FrameRow& f : timeline.frames) {
        m_insertFrame.bind(1, matchRef)
            .bind(2, f.participantId)
            .bind(3, f.frame)
            .bind(4, f.timestampMs)
            .bind(5, f.totalGold)
            .bind(6, f.currentGold)
            .bind(7, f.xp)
            .bind(8, f.level)
            .bind(9, f.minionsKilled)
            .bind(10, f.jungleMinionsKilled);
        m_insertFrame.run();
    }
    for (const EventRow& e : timeline.events) {
        m_insertEvent.bind(1, matchRef)
            .bind(2, e.seq)
            .bind(3, e.timestampMs)
            .bind(4, e.type)
            .bind(5, e.killerId)
            .bind(6, e.victimId)
            .bind(7, e.teamId)
            .bind(8, e.detail);
        m_insertEvent.run();
    }
    m_builds.writeTimeline(matchRef, timeline.builds);
    m_setRawTimeline.bindBlob(1, timeline.compressedRaw).bind(2, matchRef).run();
    m_setTimelineHash.bind(1, timeline.rawHash).bind(2, matchRef).run();
    m_deriver.derive(matchRef); // the differences at 10 and 15 minutes come from the frames
}

void MatchWriter::attachPendingTimeline(std::int64_t matchRef, const std::string& matchId) {
    m_findPending.bind(1, matchId);
    if (!m_findPending.step()) {
        m_findPending.reset();
        return;
    }
    const std::string packed(m_findPending.columnBlob(0));
    m_findPending.reset();
    auto raw = decompress(packed);
    if (!raw) {
        return; // a damaged pending blob stays where it is; `check` reports it
    }
    auto timeline = parseTimeline(raw.value());
    if (!timeline) {
        return;
    }
    try {
        attachTimeline(matchRef, timeline.value());
    } catch (const IngestConflict&) {
        return; // stays pending: the match is kept either way
    }
    m_deletePending.bind(1, matchId).run();
    ++m_attachedPending;
}

} // namespace herald::ingest
