// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// BuildWriter: the builds of a match's participants (participant_builds, participant_items; V013), written with the
// match and its timeline on the writer connection.
#pragma once

#include "ingest/records.h"
#include "store/database.h"

#include <cstdint>
#include <vector>

namespace herald::ingest {

class BuildWriter {
public:
    explicit BuildWriter(store::Database& db);

    // What the match payload tells: runes, spells, trinket, items and augments. What the timeline told (first item,
    // skill order) stays, so a match written again keeps it, also after its raw timeline was archived.
    void writeMatch(std::int64_t matchRef, const std::vector<ParticipantRow>& participants);
    // What the timeline tells, for the participants the match has.
    void writeTimeline(std::int64_t matchRef, const std::vector<TimelineBuild>& builds);

private:
    store::Statement m_upsertBuild;
    store::Statement m_deleteItems;
    store::Statement m_insertItem;
    store::Statement m_setTimeline;
};

} // namespace herald::ingest
