-- SPDX-FileCopyrightText: 2026 The Herald authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- V002: the player's own notes and tags on matches (kept when a match payload is replaced).
CREATE TABLE match_notes (
    match_id   TEXT PRIMARY KEY REFERENCES matches (match_id) ON DELETE CASCADE,
    note       TEXT NOT NULL DEFAULT '',
    tags       TEXT NOT NULL DEFAULT '',        -- comma-separated, lower case
    updated_at INTEGER NOT NULL
);
CREATE INDEX match_notes_by_tags ON match_notes (tags) WHERE tags <> '';
