// Per-participation derivations of METRICS.md, computed in SQL from a match's stored rows: team totals
// (Arena: sub-teams), the lane opponent, and gold / CS differences at 10 and 15 minutes from the frames.
// Also keeps champion_performance (totals per followed player, champion and queue) in step.
#pragma once

#include "store/database.h"

#include <optional>
#include <string>

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
    store::Statement m_addRollup;
    store::Statement m_removeRollup;
    store::Statement m_dropEmptyRollups;
};

// Recomputes champion_performance from match_participants, for one player or for all followed players.
void rebuildChampionPerformance(store::Database& db, const std::optional<std::string>& puuid = std::nullopt);

} // namespace herald::ingest
