// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/schemacheck.h"

#include "embedded.h"
#include "store/database.h"
#include "store/migrations.h"

#include <map>
#include <mutex>
#include <sqlite3.h>

namespace herald::store {

namespace {

struct SchemaObject {
    std::string type;
    std::string table;
    std::string sql; // white space folded; empty for SQLite's automatic indexes
    bool operator==(const SchemaObject&) const = default;
};
using Schema = std::map<std::string, SchemaObject>; // by "type name"

std::string folded(const char* sql) {
    std::string out;
    if (sql == nullptr) {
        return out;
    }
    bool space = false;
    for (const char* c = sql; *c != '\0'; ++c) {
        const bool blank = *c == ' ' || *c == '\t' || *c == '\n' || *c == '\r' || *c == '\f' || *c == '\v';
        if (blank) {
            space = !out.empty();
            continue;
        }
        if (space) {
            out += ' ';
            space = false;
        }
        out += *c;
    }
    return out;
}

bool sqlitesOwn(const std::string& type, const std::string& name) {
    return type == "table" && (name == "sqlite_stat1" || name == "sqlite_stat4" || name == "sqlite_sequence");
}

// Reads sqlite_schema of an open connection (ours or the in-memory reference).
Schema readSchema(sqlite3* db) {
    Schema out;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT type, name, tbl_name, sql FROM main.sqlite_schema", -1, &stmt, nullptr) !=
        SQLITE_OK) {
        throw StoreError(sqlite3_errcode(db), std::string("cannot read the schema: ") + sqlite3_errmsg(db));
    }
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        auto text = [stmt](int column) {
            const auto* value = sqlite3_column_text(stmt, column);
            return value != nullptr ? std::string(reinterpret_cast<const char*>(value)) : std::string();
        };
        const std::string type = text(0);
        const std::string name = text(1);
        if (sqlitesOwn(type, name)) {
            continue;
        }
        out[type + " " + name] = {type, text(2), folded(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 3)))};
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        throw StoreError(rc, std::string("cannot read the schema: ") + sqlite3_errmsg(db));
    }
    return out;
}

// An empty in-memory database, closed by its owner.
struct MemoryDatabase {
    sqlite3* db = nullptr;
    MemoryDatabase() {
        if (sqlite3_open(":memory:", &db) != SQLITE_OK) {
            sqlite3_close(db);
            throw StoreError(SQLITE_NOMEM, "cannot open an in-memory database");
        }
    }
    MemoryDatabase(const MemoryDatabase&) = delete;
    MemoryDatabase& operator=(const MemoryDatabase&) = delete;
    ~MemoryDatabase() { sqlite3_close(db); }

    void run(const std::string& sql, const std::string& what) {
        char* error = nullptr;
        if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
            const std::string message = error != nullptr ? error : "unknown error";
            sqlite3_free(error);
            throw StoreError(SQLITE_ERROR, what + " in memory: " + message);
        }
    }
    void migrateTo(int version) {
        for (const Migration& step : builtinMigrations()) {
            if (step.version > version) {
                break;
            }
            run(step.sql, "migration " + step.name);
        }
    }
};

// The first line of resources/schema/reference.sql for a version.
std::string referenceHeader(int version) {
    return "-- Herald schema version " + std::to_string(version) + ":";
}

// The schema the migrations make at `version`, built once per version in an in-memory database: for the latest
// version from resources/schema/reference.sql (the objects' CREATE statements alone, a few milliseconds where
// running every migration takes about fifteen at every start), else by the migrations.
const Schema* referenceSchema(int version) {
    static std::mutex mutex;
    static std::map<int, Schema> built;
    std::lock_guard lock(mutex);
    if (const auto found = built.find(version); found != built.end()) {
        return &found->second;
    }
    if (version <= 0 || version > latestSchemaVersion()) {
        return nullptr;
    }
    MemoryDatabase memory;
    const auto script = version == latestSchemaVersion() ? resources::load("schema/reference.sql") : std::nullopt;
    if (script && script->rfind(referenceHeader(version), 0) == 0) {
        memory.run(*script, "schema/reference.sql");
    } else { // an older version, or a reference not written again after a migration was added (test_schema says)
        memory.migrateTo(version);
    }
    return &built.emplace(version, readSchema(memory.db)).first->second;
}

std::string describe(const std::string& type, const std::string& name, const SchemaObject& object) {
    std::string out = type + " " + name;
    if ((type == "trigger" || type == "index") && !object.table.empty()) {
        out += " (on " + object.table + ")";
    }
    return out;
}

} // namespace

std::vector<std::string> schemaDifferences(Database& db) {
    const int version = db.userVersion();
    const Schema found = readSchema(db.handle());
    if (version == 0 && found.empty()) {
        return {};
    }
    const Schema* expected = referenceSchema(version);
    if (expected == nullptr) {
        return {};
    }
    std::vector<std::string> out;
    for (const auto& [key, object] : found) {
        const std::string name = key.substr(key.find(' ') + 1);
        const auto ours = expected->find(key);
        if (ours == expected->end()) {
            out.push_back(describe(object.type, name, object) + " is not Herald's");
        } else if (!(ours->second == object)) {
            out.push_back(describe(object.type, name, object) + " differs from Herald's");
        }
    }
    for (const auto& [key, object] : *expected) {
        if (found.find(key) == found.end()) {
            out.push_back(describe(object.type, key.substr(key.find(' ') + 1), object) + " is missing");
        }
    }
    return out;
}

Status requireHeraldSchema(Database& db) {
    std::vector<std::string> differences;
    try {
        differences = schemaDifferences(db);
    } catch (const StoreError& e) {
        return toError(e, db.path().string());
    }
    if (differences.empty()) {
        return Ok{};
    }
    std::string list;
    for (std::size_t i = 0; i < differences.size() && i < 10; ++i) {
        list += (i == 0 ? "" : "; ") + differences[i];
    }
    if (differences.size() > 10) {
        list += "; and " + std::to_string(differences.size() - 10) + " more";
    }
    return makeError(ErrorKind::Validation,
                     db.path().string() + " does not hold the schema Herald makes (" + list +
                         "): objects someone else added could change your data, so Herald does not use it. Restore "
                         "a backup (herald-cli backup restore) or move the file away",
                     "store.foreign_schema", {db.path().string(), list});
}

std::string migratedSchemaScript() {
    MemoryDatabase memory;
    memory.migrateTo(latestSchemaVersion());
    std::string out =
        referenceHeader(latestSchemaVersion()) +
        " the CREATE statements of the built-in migrations' objects, as sqlite_schema holds them, in the\n"
        "-- order SQLite made them. Generated: tests/store/test_schema.cpp checks it, and\n"
        "-- HERALD_SCHEMA_WRITE=1 build/ci/tests/test_schema writes it again after a new migration.\n";
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(memory.db, "SELECT sql FROM main.sqlite_schema WHERE sql IS NOT NULL ORDER BY rowid", -1,
                           &stmt, nullptr) != SQLITE_OK) {
        throw StoreError(sqlite3_errcode(memory.db),
                         std::string("cannot read the schema: ") + sqlite3_errmsg(memory.db));
    }
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        out += "\n";
        out += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        out += ";\n";
    }
    sqlite3_finalize(stmt);
    return out;
}

} // namespace herald::store
