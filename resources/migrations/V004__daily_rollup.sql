-- SPDX-FileCopyrightText: 2026 The Herald authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- V004: user_analytics, the daily rollup: totals over the counted participations (complete, not remakes) of every
-- followed account per UTC day and queue, kept in step by ingestion. Analytics reads it for day / week / month /
-- queue questions whose time zone has offset zero over the data (UTC): local days elsewhere cut days differently.
CREATE TABLE user_analytics (
    puuid        TEXT NOT NULL,
    day          TEXT NOT NULL,                 -- UTC date of game_creation, YYYY-MM-DD
    queue_id     INTEGER NOT NULL,
    games        INTEGER NOT NULL,
    wins         INTEGER NOT NULL,
    kills        INTEGER NOT NULL,
    deaths       INTEGER NOT NULL,
    assists      INTEGER NOT NULL,
    cs           INTEGER NOT NULL,
    gold         INTEGER NOT NULL,
    damage       INTEGER NOT NULL,
    vision       INTEGER NOT NULL,
    duration_ms  INTEGER NOT NULL,
    first_bloods INTEGER NOT NULL,
    PRIMARY KEY (puuid, day, queue_id)
) WITHOUT ROWID;

INSERT INTO user_analytics
SELECT puuid, strftime('%Y-%m-%d', game_creation / 1000, 'unixepoch'), queue_id, count(*), sum(win), sum(kills),
       sum(deaths), sum(assists), sum(minions_killed + neutral_minions_killed), sum(gold_earned),
       sum(damage_to_champions), sum(vision_score), sum(duration_ms), sum(first_blood)
FROM match_participants WHERE complete = 1 AND remake = 0 AND puuid IN (SELECT puuid FROM accounts)
GROUP BY 1, 2, 3;
