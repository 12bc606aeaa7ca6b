-- SPDX-FileCopyrightText: 2026 The Herald authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- V001: accounts, settings, matches (bronze raw payloads + silver rows), timeline frames and key events.
-- Child tables reference matches by its integer id: a compact key repeated on every derived row.

CREATE TABLE accounts (
    puuid        TEXT PRIMARY KEY,
    game_name    TEXT NOT NULL,
    tag_line     TEXT NOT NULL,
    platform     TEXT NOT NULL DEFAULT '',
    region       TEXT NOT NULL DEFAULT '',
    resolved_by  TEXT NOT NULL DEFAULT '',   -- which key (fingerprint) or relay resolved the puuid; never the key
    added_at     INTEGER NOT NULL,           -- ms since epoch
    last_sync_at INTEGER
);

CREATE TABLE user_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE matches (
    id                INTEGER PRIMARY KEY,
    match_id          TEXT NOT NULL UNIQUE,    -- metadata.matchId, e.g. EUW1_6852390800
    platform          TEXT NOT NULL,
    game_id           INTEGER NOT NULL,
    queue_id          INTEGER NOT NULL,
    map_id            INTEGER NOT NULL DEFAULT 0,
    game_mode         TEXT NOT NULL DEFAULT '',
    game_type         TEXT NOT NULL DEFAULT '',
    game_version      TEXT NOT NULL DEFAULT '',
    patch             TEXT NOT NULL DEFAULT '', -- "major.minor"
    game_creation     INTEGER NOT NULL,         -- ms since epoch
    game_duration_s   INTEGER NOT NULL,         -- seconds, whatever unit the payload used
    end_result        TEXT,                     -- info.endOfGameResult when present
    is_remake         INTEGER NOT NULL,
    participant_count INTEGER NOT NULL,
    payload_hash      INTEGER NOT NULL,         -- FNV-1a of the raw bytes: same payload again = duplicate
    raw_data          BLOB NOT NULL,            -- zstd of the payload exactly as received (bronze)
    raw_timeline      BLOB,                     -- zstd of the timeline payload, when we have it
    timeline_hash     INTEGER,
    ingested_at       INTEGER NOT NULL,
    derive_version    INTEGER NOT NULL
);
CREATE INDEX matches_by_creation ON matches (game_creation DESC);

CREATE TABLE match_participants (
    match_ref              INTEGER NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
    participant_id         INTEGER NOT NULL,
    puuid                  TEXT NOT NULL,
    game_creation          INTEGER NOT NULL,    -- copy of matches.game_creation: player + time queries stay on one index
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
    first_blood            INTEGER NOT NULL,    -- firstBloodKill or firstBloodAssist
    early_surrender        INTEGER NOT NULL,    -- gameEndedInEarlySurrender
    PRIMARY KEY (match_ref, participant_id)
) WITHOUT ROWID;
CREATE INDEX participants_by_player ON match_participants (puuid, game_creation DESC);
CREATE INDEX participants_by_player_champion ON match_participants (puuid, champion_name, win);
CREATE INDEX participants_by_riot_id ON match_participants (riot_game_name COLLATE NOCASE, riot_tag_line COLLATE NOCASE);

CREATE TABLE participant_frames (
    match_ref             INTEGER NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
    participant_id        INTEGER NOT NULL,
    frame                 INTEGER NOT NULL,     -- index in info.frames (about one per minute)
    timestamp_ms          INTEGER NOT NULL,
    total_gold            INTEGER NOT NULL,
    current_gold          INTEGER NOT NULL,
    xp                    INTEGER NOT NULL,
    level                 INTEGER NOT NULL,
    minions_killed        INTEGER NOT NULL,
    jungle_minions_killed INTEGER NOT NULL,
    PRIMARY KEY (match_ref, participant_id, frame)
) WITHOUT ROWID;

-- Key events only (kills, special kills, objectives, buildings, plates); everything else stays in raw_timeline.
CREATE TABLE match_timeline (
    match_ref    INTEGER NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    timestamp_ms INTEGER NOT NULL,
    type         TEXT NOT NULL,
    killer_id    INTEGER,
    victim_id    INTEGER,
    team_id      INTEGER,
    event_data   TEXT NOT NULL,                 -- the event's other fields as compact JSON
    PRIMARY KEY (match_ref, seq)
) WITHOUT ROWID;

-- A timeline that arrived before its match waits here; the match's ingestion picks it up.
CREATE TABLE pending_timelines (
    match_id      TEXT PRIMARY KEY,
    raw_timeline  BLOB NOT NULL,
    timeline_hash INTEGER NOT NULL,
    received_at   INTEGER NOT NULL
);
