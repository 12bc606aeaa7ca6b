-- SPDX-FileCopyrightText: 2026 The Herald authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- V012: when each game started and ended, for the session_game and streak_before dimensions (docs/METRICS.md): a
-- session is broken by more than 30 minutes between one game's end and the next one's start, and the player's
-- games are ordered by their start. started_at is info.gameStartTimestamp, else gameCreation; ended_at is
-- info.gameEndTimestamp, else started_at + the game's duration (ms since 1970 both). ADD COLUMN rewrites nothing.
ALTER TABLE match_participants ADD COLUMN started_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE match_participants ADD COLUMN ended_at INTEGER NOT NULL DEFAULT 0;

-- Only the raw payloads know gameStartTimestamp and gameEndTimestamp: every match is re-derived (version 4) from
-- them after this migration, before the store is used. Matches are at version 3 at most before it; the UPDATE says
-- so for any that claims more (a store assembled from newer rows).
UPDATE matches SET derive_version = 3 WHERE derive_version > 3;
