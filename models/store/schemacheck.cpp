// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/schemacheck.h"

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

// The schema the migrations make at `version`, built once per version in an in-memory database.
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
    sqlite3* memory = nullptr;
    if (sqlite3_open(":memory:", &memory) != SQLITE_OK) {
        sqlite3_close(memory);
        throw StoreError(SQLITE_NOMEM, "cannot open an in-memory database");
    }
    try {
        for (const Migration& step : builtinMigrations()) {
            if (step.version > version) {
                break;
            }
            char* error = nullptr;
            if (sqlite3_exec(memory, step.sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
                const std::string message = error != nullptr ? error : "unknown error";
                sqlite3_free(error);
                throw StoreError(SQLITE_ERROR, "migration " + step.name + " in memory: " + message);
            }
        }
        auto [at, inserted] = built.emplace(version, readSchema(memory));
        sqlite3_close(memory);
        return &at->second;
    } catch (...) {
        sqlite3_close(memory);
        throw;
    }
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

} // namespace herald::store
