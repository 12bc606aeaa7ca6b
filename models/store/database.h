// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Thin RAII layer over the sqlite3 C API: Database (one connection), Statement (prepared on construction,
// finalized on destruction) and Transaction / Savepoint (roll back unless committed).
// Inside the store a failed call throws StoreError; public store APIs catch it and return Result values.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace herald::store {

class StoreError : public std::runtime_error {
public:
    StoreError(int code, const std::string& message, std::string file = {})
        : std::runtime_error(message)
        , m_code(code)
        , m_file(std::move(file)) {}
    int code() const { return m_code; }
    // The database file the failure happened on, when known.
    const std::string& file() const { return m_file; }

private:
    int m_code;
    std::string m_file;
};

// Maps a StoreError to a user-facing Error (disk full, damaged file and busy get their own words).
Error toError(const StoreError& error, std::string_view context);

// Public reads return Result values: this runs the body (which may throw StoreError inside the store) and turns a
// failure into the Error, its message naming what was being read.
template <class F> auto readResult(std::string_view context, F&& read) -> Result<decltype(read())> {
    try {
        return read();
    } catch (const StoreError& e) {
        return toError(e, context);
    }
}

// The other way round, where failures are exceptions (writer jobs, the store's internals): a Result's error
// thrown as a StoreFailure, which StoreWriter::submit turns back into the same Error.
class StoreFailure : public std::runtime_error {
public:
    explicit StoreFailure(Error error) : std::runtime_error(error.message), m_error(std::move(error)) {}
    const Error& error() const { return m_error; }

private:
    Error m_error;
};

template <class T> T orThrow(Result<T> result) {
    if (!result) {
        throw StoreFailure(result.error());
    }
    return std::move(result).value();
}

class Database {
public:
    enum class Mode { ReadWrite, ReadOnly };

    // Opens (ReadWrite: creating) the file and applies the store's pragmas; WAL is verified, not assumed.
    static Result<Database> open(const std::filesystem::path& path, Mode mode);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    sqlite3* handle() const { return m_db; }
    const std::filesystem::path& path() const { return m_path; }
    // Opened read-only from a folder this process cannot write (read-only media, another user's folder): SQLite
    // reads the file as it is on disk (immutable), without the shared-memory index it cannot create there.
    bool immutable() const { return m_immutable; }

    // Runs every statement of a script in order (prepare_v2 with the tail pointer, never a split on ';').
    void execScript(std::string_view sql);
    std::int64_t queryInt(std::string_view sql);
    std::string queryText(std::string_view sql);
    std::int64_t lastInsertRowId() const;
    std::int64_t changes() const;      // rows changed by the last INSERT, UPDATE or DELETE
    std::int64_t totalChanges() const; // rows changed on this connection since it opened (sqlite3_total_changes64)
    int userVersion();

private:
    Database(sqlite3* db, std::filesystem::path path) : m_db(db), m_path(std::move(path)) {}
    static Result<Database> openImmutable(const std::filesystem::path& path);
    sqlite3* m_db = nullptr;
    std::filesystem::path m_path;
    bool m_immutable = false;
};

class Statement {
public:
    Statement(Database& db, std::string_view sql);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bindBlob(int index, std::string_view bytes);
    Statement& bindNull(int index);
    template <class T> Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Index of a named parameter (":name"); throws when the statement has none of that name.
    int parameterIndex(const char* name) const;

    // Returns true while a row is available.
    bool step();
    // step() for statements that return no row.
    void run();
    Statement& reset(); // ready to run again, bindings cleared

    bool isNull(int column) const;
    std::int64_t columnInt64(int column) const;
    int columnInt(int column) const { return static_cast<int>(columnInt64(column)); }
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    // A view of the column's text, valid until the next step / reset of this statement.
    std::string_view columnTextView(int column) const;
    std::string_view columnBlob(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back on destruction unless committed.
class Transaction {
public:
    explicit Transaction(Database& db);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

// A nested unit inside a transaction: one match is all its rows or none of them.
class Savepoint {
public:
    explicit Savepoint(Database& db);
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;
    ~Savepoint();
    void release();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace herald::store
