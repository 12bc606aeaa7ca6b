// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/participantsql.h"

namespace herald::store {

std::string teamKeySql(std::string_view alias) {
    const std::string a(alias);
    return "(CASE WHEN " + a + ".subteam_id <> 0 THEN 1000 + " + a + ".subteam_id ELSE " + a + ".team_id END)";
}

std::string riotIdSql(std::string_view alias) {
    const std::string a(alias);
    return "CASE WHEN " + a + ".riot_game_name <> '' THEN " + a + ".riot_game_name || '#' || " + a +
           ".riot_tag_line ELSE " + a + ".summoner_name END";
}

} // namespace herald::store
