// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// build_names (V013): the names the build dimensions show for rune, spell and item ids, written from the game data
// (the store's refreshed documents, else the bundled snapshot; items only an older game version had from the
// bundled 13.22.1 items). Kept current when the store is opened for writing and after a Data Dragon refresh.
#pragma once

namespace herald::store {
class Database;
}

namespace herald::gamedata {

// build_names.kind
inline constexpr int kRuneName = 1;
inline constexpr int kSpellName = 2;
inline constexpr int kItemName = 3;

// Whether build_names was written from the game data the store holds now (one small read).
bool buildNamesCurrent(store::Database& db);
// Writes build_names from the store's game data; the caller holds a transaction on the writer connection.
void writeBuildNames(store::Database& db);

} // namespace herald::gamedata
