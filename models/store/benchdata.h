// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What herald-bench reads and writes in a store, named here so SQL stays in models/: more followed accounts made of
// copies of one account's games (a coach's 100,000 matches without generating the payloads), and facts about the
// store's size.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace herald::store {

class Database;

// Adds copies 1..copies of the account named gameName: an account "CoachN#HRLD", a copy of each of its matches
// under the id + N * 10,000,000 and the match id "ID-N", and its participations under the copied matches, every
// column named from the live schema (a column a migration adds is copied too). Runs inside the caller's transaction.
void addCopiesOfAccount(Database& db, const std::string& gameName, int copies);
// A year of daily LP snapshots (RANKED_SOLO_5x5) for every followed account.
void addDailyRankSnapshots(Database& db);

std::int64_t followedAccountCount(Database& db);
// The first `limit` followed PUUIDs, in order.
std::vector<std::string> followedPuuids(Database& db, int limit);
// Participations of followed accounts.
std::int64_t followedParticipationCount(Database& db);
std::int64_t timelineEventCount(Database& db);
// Bytes of each table and index (SQLite's dbstat), largest first; throws StoreError without dbstat.
std::vector<std::pair<std::string, std::int64_t>> bytesByTable(Database& db);

} // namespace herald::store
