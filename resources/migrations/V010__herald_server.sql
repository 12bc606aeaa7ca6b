-- SPDX-FileCopyrightText: 2026 The Herald authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- V010: what the Herald server client keeps (docs/HERALD-API.md). Never a token: those are in the keychain or
-- the credentials file.
-- A player's template is published (kept in step with the server across devices) or local only; synced_at is
-- the updated_at it had when it was last in step, so a later local change is a change to push.
ALTER TABLE analytics_templates ADD COLUMN published INTEGER NOT NULL DEFAULT 0;
ALTER TABLE analytics_templates ADD COLUMN synced_at INTEGER;

-- Calls that could not reach the server and wait for it (a deleted published template); replayed, oldest first,
-- when it answers again. Template pushes need no row: an unsynced change is its own reminder.
CREATE TABLE server_outbox (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,                -- 'delete_template'
    target     TEXT NOT NULL,                -- the server's template id
    created_at INTEGER NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);

-- The session's metadata only (who, since when, until when): the tokens themselves are secrets kept elsewhere.
CREATE TABLE user_sessions (
    user_id      TEXT PRIMARY KEY,
    email        TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL
) WITHOUT ROWID;
