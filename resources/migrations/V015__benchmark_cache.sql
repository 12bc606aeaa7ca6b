-- SPDX-FileCopyrightText: 2026 The Herald authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- V015: the Herald server's rank benchmarks as last received (docs/HERALD-API.md, "Benchmarks"), one row per cohort
-- asked for, with its ETag: asked again, the server answers 304 when it has nothing newer; offline, the cohort is
-- read from here. Aggregates of other players only: nothing personal, no token.
CREATE TABLE server_benchmarks (
    cohort     TEXT PRIMARY KEY,                -- queue|tier|role|champion as asked (champion empty: every one)
    etag       TEXT NOT NULL,
    body       TEXT NOT NULL,                   -- the server's JSON document
    fetched_at INTEGER NOT NULL                 -- ms since epoch of the last 200 or 304
);
