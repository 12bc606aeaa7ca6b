-- SPDX-FileCopyrightText: 2026 The Herald authors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- V007: store v2. The raw payloads (bronze) move out of `matches` into `match_payloads`, so a scan of
-- `matches` reads only what queries use instead of every row's zstd overflow pages; whether derived rows are
-- stale is answered by an index, not a scan; timeline events keep typed columns instead of repeating their
-- fields as JSON next to the raw timeline that already holds them. docs/ARCHITECTURE.md "Store v2" says why.

CREATE TABLE match_payloads (
    match_ref    INTEGER PRIMARY KEY REFERENCES matches (id) ON DELETE CASCADE,
    raw_data     BLOB NOT NULL,                -- zstd of the match payload exactly as received
    raw_timeline BLOB                          -- zstd of the timeline payload, when we have it
);
INSERT INTO match_payloads (match_ref, raw_data, raw_timeline) SELECT id, raw_data, raw_timeline FROM matches;

-- DROP COLUMN keeps every row id, so nothing that references matches moves (a new table would cascade deletes).
ALTER TABLE matches DROP COLUMN raw_data;
ALTER TABLE matches DROP COLUMN raw_timeline;
CREATE INDEX matches_by_derive_version ON matches (derive_version);
CREATE INDEX matches_by_queue ON matches (queue_id);

-- The one piece of an event's other fields that the match page shows: the monster, the building or the kind
-- of special kill. Everything else is in the raw timeline.
ALTER TABLE match_timeline ADD COLUMN detail TEXT NOT NULL DEFAULT '';
UPDATE match_timeline SET detail = CASE type
    WHEN 'ELITE_MONSTER_KILL' THEN coalesce(nullif(json_extract(event_data, '$.monsterSubType'), ''),
                                            json_extract(event_data, '$.monsterType'), '')
    WHEN 'BUILDING_KILL' THEN CASE
        WHEN coalesce(json_extract(event_data, '$.towerType'), '') = '' THEN coalesce(json_extract(event_data, '$.buildingType'), '')
        ELSE coalesce(json_extract(event_data, '$.buildingType'), '') || ':' || json_extract(event_data, '$.towerType') END
    WHEN 'CHAMPION_SPECIAL_KILL' THEN coalesce(json_extract(event_data, '$.killType'), '')
    ELSE '' END
WHERE json_valid(event_data);
ALTER TABLE match_timeline DROP COLUMN event_data;
