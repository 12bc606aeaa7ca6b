// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildwriter.h"

#include "gamedata/buildnames.h"

#include <optional>

namespace herald::ingest {

namespace {

std::optional<int> idOrNull(int id) {
    return id == 0 ? std::nullopt : std::optional<int>(id);
}

} // namespace

BuildWriter::BuildWriter(store::Database& db)
    : m_upsertBuild(db, "INSERT INTO participant_builds (match_ref, participant_id, keystone, primary_tree, "
                        "secondary_tree, runes, spell1, spell2, trinket) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (match_ref, participant_id) DO UPDATE SET keystone = excluded.keystone, "
                        "primary_tree = excluded.primary_tree, secondary_tree = excluded.secondary_tree, "
                        "runes = excluded.runes, spell1 = excluded.spell1, spell2 = excluded.spell2, "
                        "trinket = excluded.trinket")
    , m_deleteItems(db, "DELETE FROM participant_items WHERE match_ref = ?")
    , m_insertItem(db, "INSERT OR IGNORE INTO participant_items (match_ref, participant_id, kind, id) "
                       "VALUES (?, ?, ?, ?)")
    , m_setTimeline(db, "UPDATE participant_builds SET first_item = ?, skill_order = ? "
                        "WHERE match_ref = ? AND participant_id = ?") {}

void BuildWriter::writeMatch(std::int64_t matchRef, const std::vector<ParticipantRow>& participants) {
    m_deleteItems.bind(1, matchRef).run();
    for (const ParticipantRow& p : participants) {
        const BuildRow& b = p.build;
        m_upsertBuild.bind(1, matchRef)
            .bind(2, p.participantId)
            .bind(3, idOrNull(b.keystone))
            .bind(4, idOrNull(b.primaryTree))
            .bind(5, idOrNull(b.secondaryTree))
            .bind(6, b.runes)
            .bind(7, idOrNull(b.spell1))
            .bind(8, idOrNull(b.spell2))
            .bind(9, idOrNull(b.trinket))
            .run();
        for (const auto& [kind, ids] :
             {std::pair{gamedata::kListedItem, &b.items}, std::pair{gamedata::kListedAugment, &b.augments}}) {
            for (const int id : *ids) {
                m_insertItem.bind(1, matchRef).bind(2, p.participantId).bind(3, kind).bind(4, id).run();
            }
        }
    }
}

void BuildWriter::writeTimeline(std::int64_t matchRef, const std::vector<TimelineBuild>& builds) {
    for (const TimelineBuild& b : builds) {
        m_setTimeline.bind(1, b.firstItem).bind(2, b.skillOrder).bind(3, matchRef).bind(4, b.participantId).run();
    }
}

} // namespace herald::ingest
