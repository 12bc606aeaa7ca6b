-- SPDX-FileCopyrightText: 2026 The Herald authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- V009: a record of every export and report written from this store (what, format, rows, where, when), shown in
-- Diagnostics. Never a secret: the path is the one the player chose, the details are dataset and filter names.
CREATE TABLE audit_logs (
    id         INTEGER PRIMARY KEY,
    action     TEXT NOT NULL,                -- "export data", "export report"
    what       TEXT NOT NULL,                -- datasets ("matches,participants") or the template id
    format     TEXT NOT NULL,                -- csv, json, xlsx, pdf, png, html
    rows       INTEGER NOT NULL DEFAULT 0,   -- data rows written (reports: widgets)
    path       TEXT NOT NULL,
    details    TEXT NOT NULL DEFAULT '',     -- accounts and filters, as the About sheet says them
    created_at INTEGER NOT NULL              -- ms since epoch
);
