// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/localaccount.h"

#include "common/clock.h"
#include "ingest/derivation.h"
#include "store/database.h"
#include "store/settings.h"
#include "store/storewriter.h"

#include <algorithm>
#include <cctype>

namespace herald::ingest {

void adoptFollowedAccount(store::Database& db, const store::AccountRow& account) {
    store::saveAccount(db, account);
    const auto current = store::orThrow(store::getSetting(db, store::kCurrentAccountSetting)).value_or("");
    const auto shown = current.empty() ? std::nullopt : store::orThrow(store::findAccount(db, current));
    if (!shown || shown->source() == store::AccountRow::Source::Demo) {
        store::setSetting(db, store::kCurrentAccountSetting, account.puuid);
    }
    rebuildRollups(db, account.puuid); // the matches imported before now count in its rollups
}

Result<store::AccountRow> followLocalPlayer(store::Database& db, const std::string& gameName,
                                            const std::string& tagLine) {
    const auto player = store::orThrow(store::findPlayerSeen(db, gameName, tagLine));
    if (!player) {
        return makeError(ErrorKind::Validation,
                         "no stored match has a player named " + gameName + "#" + tagLine +
                             ": import their match files first (herald-cli import)",
                         "local.unknown_player", {gameName + "#" + tagLine});
    }
    if (auto existing = store::orThrow(store::findAccount(db, player->puuid))) {
        return *existing;
    }
    store::AccountRow row;
    row.puuid = player->puuid;
    row.gameName = player->gameName;
    row.tagLine = player->tagLine;
    row.platform = player->platform;
    std::transform(row.platform.begin(), row.platform.end(), row.platform.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    row.resolvedBy = store::AccountRow::kLocalSource;
    row.addedAt = nowMs();
    store::Transaction tx(db);
    adoptFollowedAccount(db, row);
    tx.commit();
    return row;
}

Result<store::AccountRow> followLocalPlayer(store::StoreWriter& writer, const std::string& gameName,
                                            const std::string& tagLine) {
    return writer
        .submit<store::AccountRow>([&](store::Database& db) { return followLocalPlayer(db, gameName, tagLine); })
        .get();
}

} // namespace herald::ingest
