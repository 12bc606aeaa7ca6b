// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A store holds exactly the schema Herald's migrations create for its version: no trigger, view, table or index
// of anyone else's (a trigger in a store someone sends a player would run on every import). The objects are read
// from sqlite_schema as SQLite records them and compared with a store this build makes in memory from the same
// migrations: type, name, table and the SQL text with its white space folded.
#pragma once

#include "common/result.h"

#include <string>
#include <vector>

namespace herald::store {

class Database;

// One sentence per object that differs, in a stable order: "trigger wipe (on matches) is not Herald's",
// "index x differs from Herald's", "table y is missing". Empty when the schema is Herald's, for a new empty file,
// and for a version this build does not know (newer: refused elsewhere). SQLite's own tables (sqlite_stat1,
// sqlite_stat4, sqlite_sequence) are not compared.
std::vector<std::string> schemaDifferences(Database& db);

// Error code "store.foreign_schema" naming every object (at most ten, then how many more), else Ok.
Status requireHeraldSchema(Database& db);

// The latest version's objects as the migrations make them in memory: their CREATE statements in SQLite's order,
// after a first line naming the version. What resources/schema/reference.sql must hold (the check reads that file
// for the latest version instead of running every migration at each start); tests compare the two.
std::string migratedSchemaScript();

} // namespace herald::store
