-- SPDX-FileCopyrightText: 2026 The Herald authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- V011: the other players of a game, read from an index alone. The teammate dimension and the with= / against=
-- filters (docs/METRICS.md) look up the players of each of the player's games; with the team and the names in the
-- index, a lookup reads ten adjacent entries instead of ten rows of the wide participations table (at 100,000
-- matches: 0.5 s instead of several). Nothing is rewritten; the index is about 1 % of the store.
CREATE INDEX participants_by_team ON match_participants (match_ref, participant_id, team_id, subteam_id,
    riot_game_name, riot_tag_line, summoner_name);
