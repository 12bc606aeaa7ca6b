// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/accounts.h"

#include "store/database.h"
#include "store/settings.h"

namespace herald::store {

namespace {

constexpr const char* kColumns =
    "puuid, game_name, tag_line, platform, region, resolved_by, added_at, last_sync_at FROM accounts";

AccountRow readAccount(Statement& stmt) {
    AccountRow row;
    row.puuid = stmt.columnText(0);
    row.gameName = stmt.columnText(1);
    row.tagLine = stmt.columnText(2);
    row.platform = stmt.columnText(3);
    row.region = stmt.columnText(4);
    row.resolvedBy = stmt.columnText(5);
    row.addedAt = stmt.columnInt64(6);
    if (!stmt.isNull(7)) {
        row.lastSyncAt = stmt.columnInt64(7);
    }
    return row;
}

// One row per player; the bare columns come from the row of max(game_creation), the player's newest game.
constexpr const char* kPlayersSeen =
    "SELECT p.puuid, p.riot_game_name, p.riot_tag_line, m.platform, count(*), max(p.game_creation) "
    "FROM match_participants p JOIN matches m ON m.id = p.match_ref WHERE p.riot_game_name <> '' ";

PlayerSeen readPlayerSeen(Statement& stmt) {
    PlayerSeen player;
    player.puuid = stmt.columnText(0);
    player.gameName = stmt.columnText(1);
    player.tagLine = stmt.columnText(2);
    player.platform = stmt.columnText(3);
    player.games = stmt.columnInt64(4);
    return player;
}

} // namespace

AccountRow::Source AccountRow::source() const {
    if (resolvedBy == kDemoSource) {
        return Source::Demo;
    }
    if (resolvedBy == kLocalSource) {
        return Source::Local;
    }
    if (resolvedBy == kRelaySource) {
        return Source::Relay;
    }
    return Source::Riot;
}

std::string_view AccountRow::sourceName(Source source) {
    switch (source) {
    case Source::Riot:
        return "riot";
    case Source::Relay:
        return kRelaySource;
    case Source::Demo:
        return kDemoSource;
    case Source::Local:
        return kLocalSource;
    }
    return "riot";
}

Result<std::vector<PlayerSeen>> playersSeen(Database& db, const std::string& search, int limit) {
    return readResult("listing the players of the stored matches", [&] {
        // A demo match is one the demo account played. The demo's made-up players are left out; the demo player
        // comes last, after every player of imported or synced matches.
        Statement stmt(db, "WITH demo_players AS (SELECT puuid FROM accounts WHERE resolved_by = 'demo'), "
                           "demo_games AS (SELECT match_ref FROM match_participants WHERE puuid IN demo_players) " +
                               std::string(kPlayersSeen) +
                               "GROUP BY p.puuid HAVING (?1 = '' OR instr(lower(p.riot_game_name || '#' || "
                               "p.riot_tag_line), lower(?1)) > 0) AND (p.puuid IN demo_players OR "
                               "sum(p.match_ref NOT IN demo_games) > 0) ORDER BY p.puuid IN demo_players, count(*) "
                               "DESC, max(p.game_creation) DESC LIMIT ?2");
        stmt.bind(1, search).bind(2, limit);
        std::vector<PlayerSeen> out;
        while (stmt.step()) {
            out.push_back(readPlayerSeen(stmt));
        }
        return out;
    });
}

Result<std::int64_t> newestMatchRef(Database& db) {
    return readResult("reading the newest match", [&] {
        Statement stmt(db, "SELECT coalesce(max(id), 0) FROM matches");
        stmt.step();
        return stmt.columnInt64(0);
    });
}

Result<bool> followedInMatchesAfter(Database& db, std::int64_t matchRef) {
    return readResult("reading the players of the new matches", [&] {
        Statement stmt(db, "SELECT EXISTS (SELECT 1 FROM accounts a JOIN match_participants p ON p.puuid = a.puuid "
                           "WHERE a.resolved_by <> 'demo' AND p.match_ref > ?1)");
        stmt.bind(1, matchRef);
        stmt.step();
        return stmt.columnInt64(0) != 0;
    });
}

Result<std::optional<PlayerSeen>> findPlayerSeen(Database& db, const std::string& gameName,
                                                 const std::string& tagLine) {
    return readResult("looking up a player of the stored matches", [&]() -> std::optional<PlayerSeen> {
        // The Riot ID index finds the player's rows; their newest game gives the spelling and platform.
        Statement stmt(db, std::string(kPlayersSeen) +
                               "AND p.riot_game_name = ?1 COLLATE NOCASE AND p.riot_tag_line = ?2 COLLATE NOCASE "
                               "GROUP BY p.puuid ORDER BY max(p.game_creation) DESC LIMIT 1");
        stmt.bind(1, gameName).bind(2, tagLine);
        if (stmt.step()) {
            return readPlayerSeen(stmt);
        }
        return std::nullopt;
    });
}

Result<std::optional<std::string>> findPuuidByRiotId(Database& db, const std::string& gameName,
                                                     const std::string& tagLine) {
    auto account = findAccountByRiotId(db, gameName, tagLine);
    if (!account) {
        return account.error();
    }
    if (account.value()) {
        return std::optional(account.value()->puuid);
    }
    auto player = findPlayerSeen(db, gameName, tagLine);
    if (!player) {
        return player.error();
    }
    return player.value() ? std::optional(player.value()->puuid) : std::nullopt;
}

Result<std::vector<AccountRow>> listAccounts(Database& db) {
    return readResult("reading the accounts", [&] {
        Statement stmt(db, std::string("SELECT ") + kColumns + " ORDER BY added_at, game_name");
        std::vector<AccountRow> rows;
        while (stmt.step()) {
            rows.push_back(readAccount(stmt));
        }
        return rows;
    });
}

Result<std::vector<AccountSummary>> summarizeAccounts(Database& db) {
    return readResult("reading the accounts", [&] {
        std::vector<AccountSummary> out;
        Statement matches(db, "SELECT count(*) FROM match_participants WHERE puuid = ?");
        Statement queued(db, "SELECT count(*) FROM sync_queue WHERE puuid = ?");
        Statement profile(db, "SELECT summoner_level, profile_icon_id FROM account_profiles WHERE puuid = ?");
        Statement ranks(db, "SELECT r.queue, r.tier, r.rank, r.lp FROM ranking_history r WHERE r.puuid = ?1 AND "
                            "r.observed_at = (SELECT max(observed_at) FROM ranking_history WHERE puuid = ?1 AND "
                            "queue = r.queue) ORDER BY r.queue DESC");
        Statement state(db, "SELECT finished_at, new_matches, requests, last_error FROM sync_state WHERE puuid = ?");
        for (AccountRow& account : orThrow(listAccounts(db))) {
            AccountSummary summary;
            matches.reset().bind(1, account.puuid);
            summary.matches = matches.step() ? matches.columnInt64(0) : 0;
            queued.reset().bind(1, account.puuid);
            summary.queued = queued.step() ? queued.columnInt64(0) : 0;
            profile.reset().bind(1, account.puuid);
            if (profile.step()) {
                summary.summonerLevel = profile.columnInt(0);
                summary.profileIconId = profile.columnInt(1);
            }
            ranks.reset().bind(1, account.puuid);
            while (ranks.step()) {
                std::string rank = ranks.columnText(0) + " " + ranks.columnText(1);
                if (!ranks.columnText(2).empty()) {
                    rank += " " + ranks.columnText(2);
                }
                summary.ranks.push_back(rank + " " + std::to_string(ranks.columnInt(3)) + " LP");
            }
            state.reset().bind(1, account.puuid);
            if (state.step()) {
                if (!state.isNull(0)) {
                    summary.lastSyncFinishedAt = state.columnInt64(0);
                }
                summary.lastNewMatches = state.columnInt64(1);
                summary.lastRequests = state.columnInt64(2);
                summary.lastError = state.columnText(3);
            }
            summary.account = std::move(account);
            out.push_back(std::move(summary));
        }
        return out;
    });
}

Result<std::optional<AccountRow>> findAccount(Database& db, const std::string& puuid) {
    return readResult("reading the accounts", [&]() -> std::optional<AccountRow> {
        Statement stmt(db, std::string("SELECT ") + kColumns + " WHERE puuid = ?");
        stmt.bind(1, puuid);
        if (stmt.step()) {
            return readAccount(stmt);
        }
        return std::nullopt;
    });
}

Result<std::optional<AccountRow>> findAccountByRiotId(Database& db, const std::string& gameName,
                                                      const std::string& tagLine) {
    return readResult("reading the accounts", [&]() -> std::optional<AccountRow> {
        Statement stmt(db, std::string("SELECT ") + kColumns +
                               " WHERE game_name = ? COLLATE NOCASE AND tag_line = ? COLLATE NOCASE ORDER BY added_at");
        stmt.bind(1, gameName).bind(2, tagLine);
        if (stmt.step()) {
            return readAccount(stmt);
        }
        return std::nullopt;
    });
}

void saveAccount(Database& db, const AccountRow& account) {
    Statement stmt(db, "INSERT INTO accounts (puuid, game_name, tag_line, platform, region, resolved_by, added_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (puuid) DO UPDATE SET game_name = excluded.game_name, "
                       "tag_line = excluded.tag_line, platform = excluded.platform, region = excluded.region, "
                       "resolved_by = excluded.resolved_by");
    stmt.bind(1, account.puuid)
        .bind(2, account.gameName)
        .bind(3, account.tagLine)
        .bind(4, account.platform)
        .bind(5, account.region)
        .bind(6, account.resolvedBy)
        .bind(7, account.addedAt)
        .run();
}

void setAccountResolver(Database& db, const std::string& puuid, const std::string& resolvedBy) {
    Statement stmt(db, "UPDATE accounts SET resolved_by = ? WHERE puuid = ?");
    stmt.bind(1, resolvedBy).bind(2, puuid).run();
}

void renameAccountPuuid(Database& db, const std::string& oldPuuid, const std::string& newPuuid,
                        const std::string& resolvedBy) {
    for (const char* sql :
         {"UPDATE accounts SET puuid = ?2, resolved_by = ?3 WHERE puuid = ?1",
          "UPDATE sync_queue SET puuid = ?2 WHERE puuid = ?1", "DELETE FROM sync_state WHERE puuid = ?1",
          "DELETE FROM account_profiles WHERE puuid = ?1", "DELETE FROM champion_performance WHERE puuid = ?1",
          "DELETE FROM user_analytics WHERE puuid = ?1"}) {
        Statement stmt(db, sql);
        stmt.bind(1, oldPuuid).bind(2, newPuuid).bind(3, resolvedBy).run();
    }
    if (orThrow(getSetting(db, kCurrentAccountSetting)) == oldPuuid) {
        setSetting(db, kCurrentAccountSetting, newPuuid);
    }
}

void removeAccount(Database& db, const std::string& puuid) {
    for (const char* sql :
         {"DELETE FROM accounts WHERE puuid = ?", "DELETE FROM sync_queue WHERE puuid = ?",
          "DELETE FROM sync_state WHERE puuid = ?", "DELETE FROM account_profiles WHERE puuid = ?",
          "DELETE FROM champion_performance WHERE puuid = ?", "DELETE FROM user_analytics WHERE puuid = ?"}) {
        Statement stmt(db, sql);
        stmt.bind(1, puuid).run();
    }
    if (orThrow(getSetting(db, kCurrentAccountSetting)) == puuid) {
        Statement first(db, "SELECT puuid FROM accounts ORDER BY added_at LIMIT 1");
        if (first.step()) {
            setSetting(db, kCurrentAccountSetting, first.columnText(0));
        } else {
            Statement clear(db, "DELETE FROM user_settings WHERE key = ?");
            clear.bind(1, std::string(kCurrentAccountSetting)).run();
        }
    }
}

} // namespace herald::store
