-- SPDX-FileCopyrightText: 2026 The Herald authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- V014: the other players of a game, with what lobby benchmarks read (docs/METRICS.md, "Lobby benchmarks"): their
-- position and the numbers of each per-game metric. A benchmark reads the nine other players of each of the
-- player's games; from this index that is ten adjacent entries per game instead of ten rows of the wide
-- participations table (at 10,000 matches: 0.07 s instead of 0.5 s). Nothing is rewritten; the index is about
-- 1.4 KB per match (2.5 % of a demo store).
CREATE INDEX participants_lobby ON match_participants (match_ref, participant_id, position, kills, deaths, assists,
    minions_killed, neutral_minions_killed, gold_earned, damage_to_champions, vision_score, team_damage, team_kills,
    gold_diff_10, gold_diff_15, cs_diff_10, cs_diff_15);
