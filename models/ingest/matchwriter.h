// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// MatchWriter: writes match and timeline records on the writer connection, one record per call.
// The caller wraps each call in a Savepoint, so a record is all its rows or none of them.
#pragma once

#include "ingest/buildwriter.h"
#include "ingest/derivation.h"
#include "ingest/records.h"
#include "store/database.h"

#include <stdexcept>
#include <utility>

namespace herald::ingest {

enum class IngestOutcome {
    Imported,          // a new match
    Updated,           // a different payload of a stored match replaced it
    Duplicate,         // the same match payload again: nothing changed
    TimelineStored,    // a timeline attached to its match
    TimelinePending,   // a timeline whose match is not stored yet: it waits for it
    TimelineDuplicate, // the same timeline again: nothing changed
    KeptStored,        // a poorer payload (fewer players, an aborted stub) of a stored match: the stored one stays
};

// A record that is valid on its own but contradicts what is stored (e.g. a timeline of other players).
class IngestConflict : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

class MatchWriter {
public:
    explicit MatchWriter(store::Database& db);

    // force: rewrite the rows even when the payload is already stored as it is (re-derivation).
    IngestOutcome write(const MatchRecord& match, std::int64_t nowMs, bool force = false);
    IngestOutcome write(const TimelineRecord& timeline, std::int64_t nowMs, bool force = false);

    // Bumped when what a derived row holds changes; matches written by an older version are re-derived from
    // their raw payloads (`herald-cli rebuild`, and automatically after a migration that needs it).
    // 3: Arena placements (V008), 4: game start and end (V012), 5: builds (V013)
    static constexpr int kDeriveVersion = 5;

    // Timelines that were waiting for their match and were attached by write(match) since the last call.
    int takeAttachedPending() { return std::exchange(m_attachedPending, 0); }

private:
    void insertParticipants(std::int64_t matchRef, const MatchRecord& match);
    void attachTimeline(std::int64_t matchRef, const TimelineRecord& timeline);
    void attachPendingTimeline(std::int64_t matchRef, const std::string& matchId);

    store::Database& m_db;
    store::Statement m_findMatch;
    store::Statement m_insertMatch;
    store::Statement m_updateMatch;
    store::Statement m_deleteParticipants;
    store::Statement m_insertParticipant;
    store::Statement m_matchPuuids;
    store::Statement m_deleteFrames;
    store::Statement m_insertFrame;
    store::Statement m_deleteEvents;
    store::Statement m_insertEvent;
    store::Statement m_upsertRaw;
    store::Statement m_setRawTimeline;
    store::Statement m_setTimelineHash;
    store::Statement m_findPending;
    store::Statement m_upsertPending;
    store::Statement m_deletePending;
    BuildWriter m_builds;
    ParticipationDeriver m_deriver;
    int m_attachedPending = 0;
};

} // namespace herald::ingest
