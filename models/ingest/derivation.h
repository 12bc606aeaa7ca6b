// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Per-participation derivations of METRICS.md, computed in SQL from a match's stored rows: team totals
// (Arena: sub-teams), the lane opponent, and gold / CS differences at 10 and 15 minutes from the frames.
// Also keeps the rollups in step: champion_performance (per followed player, champion and queue) and
// user_analytics (per followed player, UTC day and queue).
#pragma once

#include "store/database.h"

#include <optional>
#include <string>
#include <vector>

namespace herald::ingest {

class ParticipationDeriver {
public:
    explicit ParticipationDeriver(store::Database& db);

    // Recomputes the derived columns of every participant of the match.
    void derive(std::int64_t matchRef);
    // Adds / removes the match's counted participations of followed players to / from champion_performance.
    void addToRollups(std::int64_t matchRef);
    void removeFromRollups(std::int64_t matchRef);

private:
    store::Statement m_teamAndOpponent;
    store::Statement m_opponentDetails;
    std::vector<store::Statement> m_addRollup; // one per rollup table
    std::vector<store::Statement> m_removeRollup;
    std::vector<store::Statement> m_dropEmptyRollups;
};

// Recomputes the rollups (champion_performance, user_analytics) from match_participants, for one player or for
// all followed players.
void rebuildRollups(store::Database& db, const std::optional<std::string>& puuid = std::nullopt);

} // namespace herald::ingest
