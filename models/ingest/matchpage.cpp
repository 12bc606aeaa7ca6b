// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/matchpage.h"

#include "ingest/compression.h"

#include <map>
#include <nlohmann/json.hpp>

namespace herald::ingest {

namespace {

using nlohmann::json;

int number(const json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_number_integer() ? it->get<int>() : 0;
}

} // namespace

void addPayloadDetails(store::MatchDetail& detail, std::string_view rawPayload) {
    const json doc = json::parse(rawPayload, nullptr, false);
    if (doc.is_discarded() || !doc.contains("info") || !doc["info"].contains("participants") ||
        !doc["info"]["participants"].is_array()) {
        return;
    }
    std::map<int, const json*> byId;
    for (const json& p : doc["info"]["participants"]) {
        if (p.is_object()) {
            byId[number(p, "participantId")] = &p;
        }
    }
    for (auto& team : detail.teams) {
        for (auto& player : team.players) {
            const auto found = byId.find(player.participantId);
            if (found == byId.end()) {
                continue;
            }
            const json& p = *found->second;
            for (std::size_t i = 0; i < player.items.size(); ++i) {
                player.items[i] = number(p, ("item" + std::to_string(i)).c_str());
            }
            player.spells = {number(p, "summoner1Id"), number(p, "summoner2Id")};
            player.damageTaken = number(p, "totalDamageTaken");
            player.largestMultiKill = number(p, "largestMultiKill");
            player.pentaKills = number(p, "pentaKills");
            player.quadraKills = number(p, "quadraKills");
            player.tripleKills = number(p, "tripleKills");
            player.doubleKills = number(p, "doubleKills");
            const auto perks = p.find("perks");
            if (perks == p.end() || !perks->is_object() || !perks->contains("styles") ||
                !(*perks)["styles"].is_array()) {
                continue;
            }
            for (const json& style : (*perks)["styles"]) {
                if (!style.is_object()) {
                    continue;
                }
                const std::string role = style.value("description", "");
                if (role == "primaryStyle") {
                    player.primaryStyle = number(style, "style");
                    const auto selections = style.find("selections");
                    if (selections != style.end() && selections->is_array() && !selections->empty() &&
                        (*selections)[0].is_object()) {
                        player.keystone = number((*selections)[0], "perk");
                    }
                } else if (role == "subStyle") {
                    player.secondaryStyle = number(style, "style");
                }
            }
        }
    }
}

Result<store::MatchDetail> loadMatchPage(store::Database& db, const std::string& matchId) {
    auto detail = store::loadMatchDetail(db, matchId);
    if (!detail || detail->packedPayload.empty()) {
        return detail;
    }
    if (auto raw = decompress(detail->packedPayload)) {
        addPayloadDetails(detail.value(), raw.value());
    }
    detail->packedPayload.clear();
    detail->packedPayload.shrink_to_fit();
    return detail;
}

} // namespace herald::ingest
