-- SPDX-FileCopyrightText: 2026 The Herald authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- V003: match_participants becomes the analytics table (the gold layer of one player's games).
-- Clustered by player and time, so "my games" is one contiguous range, read without per-row lookups; it carries
-- the match attributes analytics filters on and the per-participation derivations of METRICS.md (team totals,
-- lane opponent, gold and CS differences at 10 and 15 minutes). The derived columns are filled by the
-- re-derivation that runs after this migration (matches.derive_version is set back to 1 below).
-- Also: ranking_history (LP snapshots) and champion_performance (per player, champion and queue totals).

CREATE TABLE match_participants_v3 (
    puuid                  TEXT NOT NULL,
    game_creation          INTEGER NOT NULL,
    match_ref              INTEGER NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
    participant_id         INTEGER NOT NULL,
    queue_id               INTEGER NOT NULL,
    patch                  TEXT NOT NULL DEFAULT '',
    duration_ms            INTEGER NOT NULL,    -- exact: METRICS.md minutes are duration_ms / 60000
    complete               INTEGER NOT NULL,    -- endOfGameResult absent or GameComplete, and participants > 0
    remake                 INTEGER NOT NULL,    -- some participant of the match ended in early surrender
    riot_game_name         TEXT NOT NULL DEFAULT '',
    riot_tag_line          TEXT NOT NULL DEFAULT '',
    summoner_name          TEXT NOT NULL DEFAULT '',
    champion_id            INTEGER NOT NULL,
    champion_name          TEXT NOT NULL,
    team_id                INTEGER NOT NULL,
    subteam_id             INTEGER NOT NULL DEFAULT 0,
    position               TEXT NOT NULL DEFAULT '',
    win                    INTEGER NOT NULL,
    kills                  INTEGER NOT NULL,
    deaths                 INTEGER NOT NULL,
    assists                INTEGER NOT NULL,
    minions_killed         INTEGER NOT NULL,
    neutral_minions_killed INTEGER NOT NULL,
    gold_earned            INTEGER NOT NULL,
    damage_to_champions    INTEGER NOT NULL,
    vision_score           INTEGER NOT NULL,
    champ_level            INTEGER NOT NULL,
    first_blood            INTEGER NOT NULL,
    early_surrender        INTEGER NOT NULL,
    team_damage            INTEGER,             -- Σ totalDamageDealtToChampions of the team (Arena: sub-team)
    team_kills             INTEGER,             -- Σ kills of the team (Arena: sub-team)
    opponent_id            INTEGER,             -- the lane opponent's participantId, NULL without exactly one
    opponent_champion      TEXT,
    gold_diff_10           INTEGER,             -- NULL without timeline frames or opponent
    gold_diff_15           INTEGER,
    cs_diff_10             INTEGER,
    cs_diff_15             INTEGER,
    PRIMARY KEY (puuid, game_creation, match_ref, participant_id)
) WITHOUT ROWID;

INSERT INTO match_participants_v3 (puuid, game_creation, match_ref, participant_id, queue_id, patch, duration_ms,
    complete, remake, riot_game_name, riot_tag_line, summoner_name, champion_id, champion_name, team_id, subteam_id,
    position, win, kills, deaths, assists, minions_killed, neutral_minions_killed, gold_earned, damage_to_champions,
    vision_score, champ_level, first_blood, early_surrender)
SELECT p.puuid, p.game_creation, p.match_ref, p.participant_id, m.queue_id, m.patch, m.game_duration_s * 1000,
    (m.end_result IS NULL OR m.end_result = 'GameComplete') AND m.participant_count > 0, m.is_remake,
    p.riot_game_name, p.riot_tag_line, p.summoner_name, p.champion_id, p.champion_name, p.team_id, p.subteam_id,
    p.position, p.win, p.kills, p.deaths, p.assists, p.minions_killed, p.neutral_minions_killed, p.gold_earned,
    p.damage_to_champions, p.vision_score, p.champ_level, p.first_blood, p.early_surrender
FROM match_participants p JOIN matches m ON m.id = p.match_ref;

DROP TABLE match_participants;
ALTER TABLE match_participants_v3 RENAME TO match_participants;
CREATE UNIQUE INDEX participants_by_match ON match_participants (match_ref, participant_id);
CREATE INDEX participants_by_riot_id ON match_participants (riot_game_name COLLATE NOCASE, riot_tag_line COLLATE NOCASE);

CREATE TABLE ranking_history (
    puuid       TEXT NOT NULL,
    queue       TEXT NOT NULL,                  -- RANKED_SOLO_5x5, RANKED_FLEX_SR, ...
    tier        TEXT NOT NULL,
    rank        TEXT NOT NULL DEFAULT '',
    lp          INTEGER NOT NULL,
    wins        INTEGER NOT NULL DEFAULT 0,
    losses      INTEGER NOT NULL DEFAULT 0,
    observed_at INTEGER NOT NULL,               -- ms since epoch
    PRIMARY KEY (puuid, queue, observed_at)
) WITHOUT ROWID;

-- Totals over the counted participations (complete, not remakes) of every followed account, per champion and
-- queue, kept in step by ingestion; analytics reads them when they give the same answer as the base rows.
CREATE TABLE champion_performance (
    puuid         TEXT NOT NULL,
    champion_name TEXT NOT NULL,
    queue_id      INTEGER NOT NULL,
    games         INTEGER NOT NULL,
    wins          INTEGER NOT NULL,
    kills         INTEGER NOT NULL,
    deaths        INTEGER NOT NULL,
    assists       INTEGER NOT NULL,
    cs            INTEGER NOT NULL,
    gold          INTEGER NOT NULL,
    damage        INTEGER NOT NULL,
    vision        INTEGER NOT NULL,
    duration_ms   INTEGER NOT NULL,
    first_bloods  INTEGER NOT NULL,
    PRIMARY KEY (puuid, champion_name, queue_id)
) WITHOUT ROWID;

UPDATE matches SET derive_version = 1;
