-- SPDX-FileCopyrightText: 2026 The Herald authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- V005: what the Riot API sync keeps between runs.

-- Match ids found by paging an account's history and not fetched yet. A match leaves the queue in the same
-- transaction that stores it, so a sync killed at any moment resumes from here: nothing lost, nothing twice.
CREATE TABLE sync_queue (
    match_id    TEXT PRIMARY KEY,               -- e.g. EUW1_6852390800
    route       TEXT NOT NULL,                  -- regional routing value that serves it (europe, americas, ...)
    puuid       TEXT NOT NULL,                  -- the account whose history listed it
    enqueued_at INTEGER NOT NULL,               -- ms since epoch
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sync_queue_by_account ON sync_queue (puuid, match_id);

-- The figures of each account's last sync (shown by `accounts list` and the Diagnostics view).
CREATE TABLE sync_state (
    puuid          TEXT PRIMARY KEY,
    started_at     INTEGER NOT NULL,            -- ms since epoch
    finished_at    INTEGER,                     -- null while running or when killed
    full_backfill  INTEGER NOT NULL DEFAULT 0,  -- 1 once a --full sync paged to the end of the history
    new_matches    INTEGER NOT NULL DEFAULT 0,
    requests       INTEGER NOT NULL DEFAULT 0,
    retries        INTEGER NOT NULL DEFAULT 0,
    waited_ms      INTEGER NOT NULL DEFAULT 0,
    failed         INTEGER NOT NULL DEFAULT 0,
    last_error     TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- The summoner profile of a followed account, as of its last sync.
CREATE TABLE account_profiles (
    puuid           TEXT PRIMARY KEY,
    profile_icon_id INTEGER NOT NULL,
    summoner_level  INTEGER NOT NULL,
    revision_date   INTEGER NOT NULL,           -- ms since epoch, as Riot sends it
    updated_at      INTEGER NOT NULL
) WITHOUT ROWID;

-- Game data from Data Dragon (versions, champions, items, queues): the raw JSON, zstd-compressed.
-- Empty until the first refresh; the bundled snapshot serves until then.
CREATE TABLE game_configs (
    name       TEXT PRIMARY KEY,                -- versions, champions, items, queues, realm
    version    TEXT NOT NULL,                   -- Data Dragon version the document belongs to
    data       BLOB NOT NULL,
    fetched_at INTEGER NOT NULL
) WITHOUT ROWID;

-- The sync writes ranking_history from now on. SQLite 3.40 (Debian 12) reports NULLs that are not there in
-- PRAGMA integrity_check on a WITHOUT ROWID table whose key columns come after other NOT NULL columns, so the
-- table is rebuilt with its key first (same columns and key; it had no writer before this version).
CREATE TABLE ranking_history_v5 (
    puuid       TEXT NOT NULL,
    queue       TEXT NOT NULL,                  -- RANKED_SOLO_5x5, RANKED_FLEX_SR, ...
    observed_at INTEGER NOT NULL,               -- ms since epoch
    tier        TEXT NOT NULL,
    rank        TEXT NOT NULL DEFAULT '',
    lp          INTEGER NOT NULL,
    wins        INTEGER NOT NULL DEFAULT 0,
    losses      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (puuid, queue, observed_at)
) WITHOUT ROWID;
INSERT INTO ranking_history_v5 (puuid, queue, observed_at, tier, rank, lp, wins, losses)
    SELECT puuid, queue, observed_at, tier, rank, lp, wins, losses FROM ranking_history;
DROP TABLE ranking_history;
ALTER TABLE ranking_history_v5 RENAME TO ranking_history;
