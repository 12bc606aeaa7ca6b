-- SPDX-FileCopyrightText: 2026 The Herald authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- V008: Arena placements. An Arena game ranks its duos 1st to 8th (subteamPlacement); the history shows the
-- player's placement, so each participant row keeps it (NULL outside Arena). ADD COLUMN rewrites nothing.
ALTER TABLE match_participants ADD COLUMN placement INTEGER;

-- Derive version 3 reads the placement. Only Arena matches (a participant with a sub-team) change: they stay
-- at version 2 and are re-derived from their raw payloads after this migration; every other match is
-- already what version 3 would write.
UPDATE matches SET derive_version = 3
WHERE derive_version = 2
  AND NOT EXISTS (SELECT 1 FROM match_participants p WHERE p.match_ref = matches.id AND p.subteam_id <> 0);
