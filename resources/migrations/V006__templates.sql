-- SPDX-FileCopyrightText: 2026 The Herald authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- V006: the player's dashboard templates (docs/TEMPLATES.md). Built-in templates are served from the program
-- itself (resources/templates), so a new Herald's built-ins always win; this table holds the player's own
-- (origin 'user') and the ones received from others (origin 'shared').
CREATE TABLE analytics_templates (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    document    TEXT NOT NULL,                  -- the canonical JSON document
    origin      TEXT NOT NULL CHECK (origin IN ('user', 'shared')),
    shared      INTEGER NOT NULL DEFAULT 0,     -- published to the Herald server
    remote_id   TEXT,
    etag        TEXT,
    created_at  INTEGER NOT NULL,               -- ms since epoch
    updated_at  INTEGER NOT NULL
) WITHOUT ROWID;
