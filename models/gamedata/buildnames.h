// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// build_names (V013): the names the build dimensions show for rune, spell and item ids, written from the game data
// (the store's refreshed documents, else the bundled snapshot; items only an older game version had from the
// bundled 13.22.1 items). Kept current when the store is opened for writing and after a Data Dragon refresh.
#pragma once

#include "common/result.h"

#include <string>
#include <vector>

namespace herald::store {
class Database;
}

namespace herald::gamedata {

// build_names.kind
inline constexpr int kRuneName = 1;
inline constexpr int kSpellName = 2;
inline constexpr int kItemName = 3;

// participant_items.kind
inline constexpr int kListedItem = 1;    // an item of item0..item5
inline constexpr int kListedAugment = 2; // an Arena augment

// Whether build_names was written from the game data the store holds now (one small read).
bool buildNamesCurrent(store::Database& db);
// Writes build_names from the store's game data; the caller holds a transaction on the writer connection.
void writeBuildNames(store::Database& db);
// The item each name stands for, as the item dimensions show it ("Trinity Force", "Item 1234"): the smallest id
// of that name (Arena's copies of an item share its name and picture); 0 for "none", "unknown" or a name no item
// has. One entry per name, in order.
Result<std::vector<int>> itemIdsNamed(store::Database& db, const std::vector<std::string>& names);

} // namespace herald::gamedata
