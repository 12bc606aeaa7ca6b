-- SPDX-FileCopyrightText: 2026 The Herald authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- V013: builds (docs/METRICS.md, "Builds"). One row per participant of every match, not only the player's, so the
-- benchmarks against other players can read them too. The match payload gives the runes, the summoner spells and
-- the trinket; the timeline (when there is one) the skill order and the first completed item. Ids are the game's;
-- build_names turns them into names (written from the game data, see store/buildnames.h).
CREATE TABLE participant_builds (
    match_ref      INTEGER NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL,
    keystone       INTEGER,                 -- perks.styles[0].selections[0].perk
    primary_tree   INTEGER,                 -- perks.styles[0].style
    secondary_tree INTEGER,                 -- perks.styles[1].style
    runes          TEXT NOT NULL DEFAULT '', -- the six selections, then the three stat shards, comma-separated ids
    spell1         INTEGER,                 -- summoner1Id
    spell2         INTEGER,                 -- summoner2Id
    trinket        INTEGER,                 -- item6 at the end of the game, NULL for none
    first_item     INTEGER,                 -- timeline: the first completed item bought; 0 for none; NULL: no timeline
    skill_order    TEXT,                    -- timeline: "Q > E > W"; NULL: no timeline
    PRIMARY KEY (match_ref, participant_id)
) WITHOUT ROWID;

-- What a participant has several of: the distinct non-zero items of item0..item5 at the end of the game (kind 1)
-- and Arena's augments, playerAugment1..6 (kind 2). A game counts once for each.
CREATE TABLE participant_items (
    match_ref      INTEGER NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL,
    kind           INTEGER NOT NULL,
    id             INTEGER NOT NULL,
    PRIMARY KEY (match_ref, participant_id, kind, id)
) WITHOUT ROWID;

-- Names of the ids above, from the store's game data (else the bundled snapshot): kind 1 a rune or rune tree, 2 a
-- summoner spell, 3 an item. An id without a row reads "Rune 8010" / "Spell 4" / "Item 1234" / "Augment 12".
CREATE TABLE build_names (
    kind INTEGER NOT NULL,
    id   INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;

-- Only the raw payloads know the builds: every match is derived again (version 5) after this migration, reading
-- only what the builds need (ingest/rebuild.cpp). Matches are at version 4 at most before it.
UPDATE matches SET derive_version = 4 WHERE derive_version > 4;
