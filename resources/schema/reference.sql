-- Herald schema version 15: the CREATE statements of the built-in migrations' objects, as sqlite_schema holds them, in the
-- order SQLite made them. Generated: tests/store/test_schema.cpp checks it, and
-- HERALD_SCHEMA_WRITE=1 build/ci/tests/test_schema writes it again after a new migration.

CREATE TABLE accounts (
    puuid        TEXT PRIMARY KEY,
    game_name    TEXT NOT NULL,
    tag_line     TEXT NOT NULL,
    platform     TEXT NOT NULL DEFAULT '',
    region       TEXT NOT NULL DEFAULT '',
    resolved_by  TEXT NOT NULL DEFAULT '',   -- which key (fingerprint) or relay resolved the puuid; never the key
    added_at     INTEGER NOT NULL,           -- ms since epoch
    last_sync_at INTEGER
);

CREATE TABLE user_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE matches (
    id                INTEGER PRIMARY KEY,
    match_id          TEXT NOT NULL UNIQUE,    -- metadata.matchId, e.g. EUW1_6852390800
    platform          TEXT NOT NULL,
    game_id           INTEGER NOT NULL,
    queue_id          INTEGER NOT NULL,
    map_id            INTEGER NOT NULL DEFAULT 0,
    game_mode         TEXT NOT NULL DEFAULT '',
    game_type         TEXT NOT NULL DEFAULT '',
    game_version      TEXT NOT NULL DEFAULT '',
    patch             TEXT NOT NULL DEFAULT '', -- "major.minor"
    game_creation     INTEGER NOT NULL,         -- ms since epoch
    game_duration_s   INTEGER NOT NULL,         -- seconds, whatever unit the payload used
    end_result        TEXT,                     -- info.endOfGameResult when present
    is_remake         INTEGER NOT NULL,
    participant_count INTEGER NOT NULL,
    payload_hash      INTEGER NOT NULL,         -- FNV-1a of the raw bytes: same payload again = duplicate
    timeline_hash     INTEGER,
    ingested_at       INTEGER NOT NULL,
    derive_version    INTEGER NOT NULL
);

CREATE INDEX matches_by_creation ON matches (game_creation DESC);

CREATE TABLE participant_frames (
    match_ref             INTEGER NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
    participant_id        INTEGER NOT NULL,
    frame                 INTEGER NOT NULL,     -- index in info.frames (about one per minute)
    timestamp_ms          INTEGER NOT NULL,
    total_gold            INTEGER NOT NULL,
    current_gold          INTEGER NOT NULL,
    xp                    INTEGER NOT NULL,
    level                 INTEGER NOT NULL,
    minions_killed        INTEGER NOT NULL,
    jungle_minions_killed INTEGER NOT NULL,
    PRIMARY KEY (match_ref, participant_id, frame)
) WITHOUT ROWID;

CREATE TABLE match_timeline (
    match_ref    INTEGER NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,
    timestamp_ms INTEGER NOT NULL,
    type         TEXT NOT NULL,
    killer_id    INTEGER,
    victim_id    INTEGER,
    team_id      INTEGER,
    detail TEXT NOT NULL DEFAULT '',                 -- the event's other fields as compact JSON
    PRIMARY KEY (match_ref, seq)
) WITHOUT ROWID;

CREATE TABLE pending_timelines (
    match_id      TEXT PRIMARY KEY,
    raw_timeline  BLOB NOT NULL,
    timeline_hash INTEGER NOT NULL,
    received_at   INTEGER NOT NULL
);

CREATE TABLE match_notes (
    match_id   TEXT PRIMARY KEY REFERENCES matches (match_id) ON DELETE CASCADE,
    note       TEXT NOT NULL DEFAULT '',
    tags       TEXT NOT NULL DEFAULT '',        -- comma-separated, lower case
    updated_at INTEGER NOT NULL
);

CREATE INDEX match_notes_by_tags ON match_notes (tags) WHERE tags <> '';

CREATE TABLE "match_participants" (
    puuid                  TEXT NOT NULL,
    game_creation          INTEGER NOT NULL,
    match_ref              INTEGER NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
    participant_id         INTEGER NOT NULL,
    queue_id               INTEGER NOT NULL,
    patch                  TEXT NOT NULL DEFAULT '',
    duration_ms            INTEGER NOT NULL,    -- exact: METRICS.md minutes are duration_ms / 60000
    complete               INTEGER NOT NULL,    -- endOfGameResult absent or GameComplete, and participants > 0
    remake                 INTEGER NOT NULL,    -- some participant of the match ended in early surrender
    riot_game_name         TEXT NOT NULL DEFAULT '',
    riot_tag_line          TEXT NOT NULL DEFAULT '',
    summoner_name          TEXT NOT NULL DEFAULT '',
    champion_id            INTEGER NOT NULL,
    champion_name          TEXT NOT NULL,
    team_id                INTEGER NOT NULL,
    subteam_id             INTEGER NOT NULL DEFAULT 0,
    position               TEXT NOT NULL DEFAULT '',
    win                    INTEGER NOT NULL,
    kills                  INTEGER NOT NULL,
    deaths                 INTEGER NOT NULL,
    assists                INTEGER NOT NULL,
    minions_killed         INTEGER NOT NULL,
    neutral_minions_killed INTEGER NOT NULL,
    gold_earned            INTEGER NOT NULL,
    damage_to_champions    INTEGER NOT NULL,
    vision_score           INTEGER NOT NULL,
    champ_level            INTEGER NOT NULL,
    first_blood            INTEGER NOT NULL,
    early_surrender        INTEGER NOT NULL,
    team_damage            INTEGER,             -- Σ totalDamageDealtToChampions of the team (Arena: sub-team)
    team_kills             INTEGER,             -- Σ kills of the team (Arena: sub-team)
    opponent_id            INTEGER,             -- the lane opponent's participantId, NULL without exactly one
    opponent_champion      TEXT,
    gold_diff_10           INTEGER,             -- NULL without timeline frames or opponent
    gold_diff_15           INTEGER,
    cs_diff_10             INTEGER,
    cs_diff_15             INTEGER, placement INTEGER, started_at INTEGER NOT NULL DEFAULT 0, ended_at INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (puuid, game_creation, match_ref, participant_id)
) WITHOUT ROWID;

CREATE UNIQUE INDEX participants_by_match ON match_participants (match_ref, participant_id);

CREATE INDEX participants_by_riot_id ON match_participants (riot_game_name COLLATE NOCASE, riot_tag_line COLLATE NOCASE);

CREATE TABLE champion_performance (
    puuid         TEXT NOT NULL,
    champion_name TEXT NOT NULL,
    queue_id      INTEGER NOT NULL,
    games         INTEGER NOT NULL,
    wins          INTEGER NOT NULL,
    kills         INTEGER NOT NULL,
    deaths        INTEGER NOT NULL,
    assists       INTEGER NOT NULL,
    cs            INTEGER NOT NULL,
    gold          INTEGER NOT NULL,
    damage        INTEGER NOT NULL,
    vision        INTEGER NOT NULL,
    duration_ms   INTEGER NOT NULL,
    first_bloods  INTEGER NOT NULL,
    PRIMARY KEY (puuid, champion_name, queue_id)
) WITHOUT ROWID;

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

CREATE TABLE sync_queue (
    match_id    TEXT PRIMARY KEY,               -- e.g. EUW1_6852390800
    route       TEXT NOT NULL,                  -- regional routing value that serves it (europe, americas, ...)
    puuid       TEXT NOT NULL,                  -- the account whose history listed it
    enqueued_at INTEGER NOT NULL,               -- ms since epoch
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT NOT NULL DEFAULT ''
);

CREATE INDEX sync_queue_by_account ON sync_queue (puuid, match_id);

CREATE TABLE sync_state (
    puuid          TEXT PRIMARY KEY,
    started_at     INTEGER NOT NULL,            -- ms since epoch
    finished_at    INTEGER,                     -- null while running or when killed
    full_backfill  INTEGER NOT NULL DEFAULT 0,  -- 1 once a --full sync paged to the end of the history
    new_matches    INTEGER NOT NULL DEFAULT 0,
    requests       INTEGER NOT NULL DEFAULT 0,
    retries        INTEGER NOT NULL DEFAULT 0,
    waited_ms      INTEGER NOT NULL DEFAULT 0,
    failed         INTEGER NOT NULL DEFAULT 0,
    last_error     TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE account_profiles (
    puuid           TEXT PRIMARY KEY,
    profile_icon_id INTEGER NOT NULL,
    summoner_level  INTEGER NOT NULL,
    revision_date   INTEGER NOT NULL,           -- ms since epoch, as Riot sends it
    updated_at      INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE game_configs (
    name       TEXT PRIMARY KEY,                -- versions, champions, items, queues, realm
    version    TEXT NOT NULL,                   -- Data Dragon version the document belongs to
    data       BLOB NOT NULL,
    fetched_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE "ranking_history" (
    puuid       TEXT NOT NULL,
    queue       TEXT NOT NULL,                  -- RANKED_SOLO_5x5, RANKED_FLEX_SR, ...
    observed_at INTEGER NOT NULL,               -- ms since epoch
    tier        TEXT NOT NULL,
    rank        TEXT NOT NULL DEFAULT '',
    lp          INTEGER NOT NULL,
    wins        INTEGER NOT NULL DEFAULT 0,
    losses      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (puuid, queue, observed_at)
) WITHOUT ROWID;

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
, published INTEGER NOT NULL DEFAULT 0, synced_at INTEGER) WITHOUT ROWID;

CREATE TABLE match_payloads (
    match_ref    INTEGER PRIMARY KEY REFERENCES matches (id) ON DELETE CASCADE,
    raw_data     BLOB NOT NULL,                -- zstd of the match payload exactly as received
    raw_timeline BLOB                          -- zstd of the timeline payload, when we have it
);

CREATE INDEX matches_by_derive_version ON matches (derive_version);

CREATE INDEX matches_by_queue ON matches (queue_id);

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

CREATE TABLE server_outbox (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL,                -- 'delete_template'
    target     TEXT NOT NULL,                -- the server's template id
    created_at INTEGER NOT NULL,
    attempts   INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);

CREATE TABLE user_sessions (
    user_id      TEXT PRIMARY KEY,
    email        TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL
) WITHOUT ROWID;

CREATE INDEX participants_by_team ON match_participants (match_ref, participant_id, team_id, subteam_id,
    riot_game_name, riot_tag_line, summoner_name);

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

CREATE TABLE participant_items (
    match_ref      INTEGER NOT NULL REFERENCES matches (id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL,
    kind           INTEGER NOT NULL,
    id             INTEGER NOT NULL,
    PRIMARY KEY (match_ref, participant_id, kind, id)
) WITHOUT ROWID;

CREATE TABLE build_names (
    kind INTEGER NOT NULL,
    id   INTEGER NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (kind, id)
) WITHOUT ROWID;

CREATE INDEX participants_lobby ON match_participants (match_ref, participant_id, position, kills, deaths, assists,
    minions_killed, neutral_minions_killed, gold_earned, damage_to_champions, vision_score, team_damage, team_kills,
    gold_diff_10, gold_diff_15, cs_diff_10, cs_diff_15);

CREATE TABLE server_benchmarks (
    cohort     TEXT PRIMARY KEY,                -- queue|tier|role|champion as asked (champion empty: every one)
    etag       TEXT NOT NULL,
    body       TEXT NOT NULL,                   -- the server's JSON document
    fetched_at INTEGER NOT NULL                 -- ms since epoch of the last 200 or 304
);
