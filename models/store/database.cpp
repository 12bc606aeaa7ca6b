// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <optional>
#include <sqlite3.h>
#ifndef _WIN32
#include <unistd.h>
#endif
#include <utility>

namespace herald::store {

namespace {

[[noreturn]] void fail(sqlite3* db, int code, std::string_view what) {
    std::string message(what);
    message += ": ";
    message += db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    const char* file = db ? sqlite3_db_filename(db, "main") : nullptr;
    throw StoreError(code, message, file ? std::string(file) : std::string());
}

void check(sqlite3* db, int code, std::string_view what) {
    if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW) {
        fail(db, code, what);
    }
}

// Applied to every connection: the store's durability and speed settings (ARCHITECTURE §3). No memory map:
// a page fault in a mapped file makes the kernel read around it (8 MB a fault on our VMs), so a start that touches
// a dozen pages read 24-42 MB; with reads SQLite fetches only its pages, and every query measured was as fast or
// faster (docs/ARCHITECTURE.md "Store v2").
constexpr std::string_view kConnectionPragmas = "PRAGMA foreign_keys = ON;"
                                                "PRAGMA synchronous = NORMAL;"
                                                "PRAGMA temp_store = MEMORY;"
                                                "PRAGMA mmap_size = 0;";

// The page cache by role. The writer keeps 16 MB: ingestion inserts into every index of a match, and their pages
// are met again by the next match. A reader scans (a player's participations, their builds and items: pages read
// once) and finds the rest in the system's file cache; every page SQLite caches is memory it allocates afresh, a
// page fault each, so a 16 MB cache made a build query at 10,000 matches 80 ms slower and 15 MB larger than the
// SQLite default of 2 MB that readers use.
constexpr std::string_view kWriterCache = "PRAGMA cache_size = -16384;";
constexpr std::string_view kReaderCache = "PRAGMA cache_size = -2000;";

// A store may come from someone else: SQL in its schema (views, triggers, defaults) runs no function with side
// effects, and nothing may write the schema behind SQLite's back (writable_schema) or corrupt it on purpose.
void hardenConnection(sqlite3* db) {
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
}

// A file cut short (a copy interrupted, a disk that lost its end): its header gives the page count, and when that
// count is valid (the change counter matches) and no write-ahead log holds newer pages, the file must be at least
// that long. Checked before SQLite reads anything: a cut file otherwise opens and fails later, page by page.
std::optional<std::string> truncation(const std::filesystem::path& path) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec || size < 100) {
        return std::nullopt;
    }
    const auto walSize = std::filesystem::file_size(path.string() + "-wal", ec);
    if (!ec && walSize > 0) {
        return std::nullopt;
    }
    std::FILE* file = std::fopen(path.string().c_str(), "rb");
    if (file == nullptr) {
        return std::nullopt;
    }
    unsigned char header[100];
    const bool read = std::fread(header, 1, sizeof header, file) == sizeof header;
    std::fclose(file);
    if (!read || std::memcmp(header, "SQLite format 3", 16) != 0) {
        return std::nullopt;
    }
    auto be32 = [&header](int at) {
        return (std::uint32_t{header[at]} << 24) | (std::uint32_t{header[at + 1]} << 16) |
               (std::uint32_t{header[at + 2]} << 8) | std::uint32_t{header[at + 3]};
    };
    const std::uint32_t pageSize = header[16] == 0 && header[17] == 1 ? 65536u : (header[16] << 8) | header[17];
    const std::uint32_t pages = be32(28);
    if (pages == 0 || be32(24) != be32(92) || pageSize < 512) {
        return std::nullopt; // no valid in-header size: SQLite goes by the file's size
    }
    const std::uint64_t expected = std::uint64_t{pages} * pageSize;
    if (size >= expected) {
        return std::nullopt;
    }
    return "the file is " + std::to_string(size) + " bytes, its header says " + std::to_string(expected) +
           ": it was cut short";
}

bool folderWritable(const std::filesystem::path& folder) {
#ifdef _WIN32
    (void)folder;
    return true;
#else
    return ::access(folder.empty() ? "." : folder.c_str(), W_OK) == 0;
#endif
}

} // namespace

Error toError(const StoreError& error, std::string_view context) {
    std::string prefix(context);
    if (!prefix.empty()) {
        prefix += ": ";
    }
    switch (error.code() & 0xff) {
    case SQLITE_FULL: {
        const std::string folder =
            error.file().empty() ? std::string() : std::filesystem::path(error.file()).parent_path().string();
        return makeError(ErrorKind::Io,
                         prefix + "the disk" + (folder.empty() ? "" : " holding " + folder) +
                             " is full; nothing of this change was written, what was stored before is kept. Free "
                             "some space and try again (" +
                             error.what() + ")",
                         "store.disk_full", {folder});
    }
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return makeError(ErrorKind::Storage,
                         prefix + "the database file is damaged or not a Herald database (" + error.what() + ")",
                         "store.damaged", {context.empty() ? std::string(error.what()) : std::string(context)});
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorKind::Busy, prefix + "the database is busy in another process (" + error.what() + ")",
                         "store.busy");
    case SQLITE_IOERR: {
        // The log beside a store some process has open (its index is there) was deleted: say that, not "I/O".
        // (A reader that finds no log creates an empty one, so missing and empty look the same.)
        std::error_code ec;
        const auto walBytes = std::filesystem::file_size(error.file() + "-wal", ec);
        if (!error.file().empty() && (ec || walBytes == 0) && std::filesystem::exists(error.file() + "-shm", ec)) {
            return makeError(ErrorKind::Io,
                             prefix + "reading " + error.file() + " failed (" + error.what() + "); its log (" +
                                 error.file() + "-wal) is empty or missing while a Herald process has it open: " +
                                 "was the log deleted? Close every Herald process and try again (the store keeps " +
                                 "what was written before the log's last checkpoint)",
                             "store.wal_missing", {error.file()});
        }
        return makeError(ErrorKind::Io, prefix + error.what());
    }
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return makeError(ErrorKind::Io, prefix + error.what());
    default:
        return makeError(ErrorKind::Storage, prefix + error.what());
    }
}

Result<Database> Database::open(const std::filesystem::path& path, Mode mode) {
    if (auto cut = truncation(path)) {
        return makeError(ErrorKind::Storage,
                         path.string() + ": the database file is damaged or not a Herald database (" + *cut + ")",
                         "store.damaged", {*cut});
    }
    const int flags = (mode == Mode::ReadWrite ? SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE : SQLITE_OPEN_READONLY) |
                      SQLITE_OPEN_NOMUTEX;
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.string().c_str(), &raw, flags, nullptr);
    Database db(raw, path);
    if (rc != SQLITE_OK) {
        return toError(StoreError(rc, std::string("cannot open ") + path.string() + ": " +
                                          (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc))),
                       "");
    }
    try {
        hardenConnection(raw);
        sqlite3_extended_result_codes(raw, 1);
        sqlite3_busy_timeout(raw, 5000);
        db.execScript(kConnectionPragmas);
        db.execScript(mode == Mode::ReadWrite ? kWriterCache : kReaderCache);
        // The first real read: a file that is not a database fails here with SQLITE_NOTADB.
        const std::int64_t objects = db.queryInt("SELECT count(*) FROM sqlite_schema");
        // Another program's database under our name: a Herald store has its schema version from its first
        // transaction, so tables without one are someone else's. Refused before anything is changed (no WAL, no
        // tables of ours), whatever the mode.
        if (objects > 0 && db.queryInt("PRAGMA user_version") == 0) {
            return makeError(ErrorKind::Validation,
                             path.string() + " is not a Herald store (another program's SQLite database): Herald "
                                             "leaves it as it is; use another data folder",
                             "store.foreign", {path.string()});
        }
        // A new store frees pages back to the file system on demand (archival): the mode must be set before
        // the first table.
        if (mode == Mode::ReadWrite && objects == 0) {
            db.execScript("PRAGMA auto_vacuum = INCREMENTAL;");
        }
        if (mode == Mode::ReadWrite) {
            const std::string journal = db.queryText("PRAGMA journal_mode = WAL");
            if (journal != "wal") {
                return makeError(ErrorKind::Storage, "cannot switch " + path.string() +
                                                         " to write-ahead logging (journal_mode is " + journal + ")");
            }
            db.execScript("PRAGMA journal_size_limit = 67108864;");
        }
    } catch (const StoreError& e) {
        // A folder this process may not write (read-only media, another user's): SQLite cannot create the -shm
        // index a WAL store needs, even to read. The file is then read as it is on disk.
        const int code = e.code() & 0xff;
        if (mode == Mode::ReadOnly && (code == SQLITE_READONLY || code == SQLITE_CANTOPEN) &&
            !folderWritable(path.parent_path())) {
            return openImmutable(path);
        }
        return toError(e, path.string());
    }
    return db;
}

Result<Database> Database::openImmutable(const std::filesystem::path& path) {
    // A URI, so the path is percent-encoded where a URI would read it otherwise.
    std::string uri = "file:";
    for (const unsigned char c : path.string()) {
        if (c == '%' || c == '?' || c == '#' || c < 0x20) {
            char escaped[4];
            std::snprintf(escaped, sizeof escaped, "%%%02X", c);
            uri += escaped;
        } else {
            uri += static_cast<char>(c);
        }
    }
    uri += "?immutable=1";
    sqlite3* raw = nullptr;
    const int rc =
        sqlite3_open_v2(uri.c_str(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, nullptr);
    Database db(raw, path);
    db.m_immutable = true;
    if (rc != SQLITE_OK) {
        return toError(
            StoreError(rc, "cannot open " + path.string() + ": " + (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc))),
            "");
    }
    try {
        hardenConnection(raw);
        sqlite3_extended_result_codes(raw, 1);
        db.execScript(kConnectionPragmas);
        db.execScript(kReaderCache);
        db.queryInt("SELECT count(*) FROM sqlite_schema");
    } catch (const StoreError& e) {
        return toError(e, path.string());
    }
    return db;
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_immutable(other.m_immutable) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_immutable = other.m_immutable;
    }
    return *this;
}

Database::~Database() {
    sqlite3_close_v2(m_db);
}

void Database::execScript(std::string_view sql) {
    const char* cursor = sql.data();
    const char* end = sql.data() + sql.size();
    while (cursor < end) {
        sqlite3_stmt* stmt = nullptr;
        const char* tail = nullptr;
        const int rc = sqlite3_prepare_v2(m_db, cursor, static_cast<int>(end - cursor), &stmt, &tail);
        if (rc != SQLITE_OK) {
            fail(m_db, rc, "cannot prepare script statement");
        }
        if (stmt == nullptr) { // only whitespace or comments were left
            break;
        }
        int step = SQLITE_ROW;
        while (step == SQLITE_ROW) {
            step = sqlite3_step(stmt);
        }
        sqlite3_finalize(stmt);
        if (step != SQLITE_DONE) {
            fail(m_db, step, "script statement failed");
        }
        cursor = tail;
    }
}

std::int64_t Database::queryInt(std::string_view sql) {
    Statement stmt(*this, sql);
    return stmt.step() ? stmt.columnInt64(0) : 0;
}

std::string Database::queryText(std::string_view sql) {
    Statement stmt(*this, sql);
    return stmt.step() ? stmt.columnText(0) : std::string();
}

std::int64_t Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db);
}

std::int64_t Database::changes() const {
    return sqlite3_changes64(m_db);
}

std::int64_t Database::totalChanges() const {
    return sqlite3_total_changes64(m_db);
}

int Database::userVersion() {
    return static_cast<int>(queryInt("PRAGMA user_version"));
}

Statement::Statement(Database& db, std::string_view sql) : m_db(db.handle()) {
    const int rc =
        sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        fail(m_db, rc, "cannot prepare statement");
    }
}

Statement::Statement(Statement&& other) noexcept : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement& Statement::bind(int index, std::int64_t value) {
    check(m_db, sqlite3_bind_int64(m_stmt, index, value), "bind");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    check(m_db, sqlite3_bind_double(m_stmt, index, value), "bind");
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    check(m_db, sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8), "bind");
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    check(m_db, sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT), "bind");
    return *this;
}

Statement& Statement::bindNull(int index) {
    check(m_db, sqlite3_bind_null(m_stmt, index), "bind");
    return *this;
}

int Statement::parameterIndex(const char* name) const {
    const int index = sqlite3_bind_parameter_index(m_stmt, name);
    if (index == 0) {
        throw StoreError(SQLITE_RANGE, std::string("no SQL parameter named ") + name);
    }
    return index;
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    const int code = sqlite3_extended_errcode(m_db);
    sqlite3_reset(m_stmt);
    fail(m_db, code, "statement failed");
}

void Statement::run() {
    step();
    reset();
}

Statement& Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return *this;
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::columnInt64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::columnDouble(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::columnText(int column) const {
    const auto* text = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? std::string(reinterpret_cast<const char*>(text), static_cast<size_t>(size)) : std::string();
}

std::string_view Statement::columnTextView(int column) const {
    const auto* text = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return text ? std::string_view(reinterpret_cast<const char*>(text), static_cast<size_t>(size)) : std::string_view();
}

std::string_view Statement::columnBlob(int column) const {
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? std::string_view(static_cast<const char*>(data), static_cast<size_t>(size)) : std::string_view();
}

Transaction::Transaction(Database& db) : m_db(db) {
    m_db.execScript("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!m_done) {
        sqlite3_exec(m_db.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
    }
}

void Transaction::commit() {
    m_db.execScript("COMMIT");
    m_done = true;
}

Savepoint::Savepoint(Database& db) : m_db(db) {
    m_db.execScript("SAVEPOINT unit");
}

Savepoint::~Savepoint() {
    if (!m_done) {
        sqlite3_exec(m_db.handle(), "ROLLBACK TO unit; RELEASE unit", nullptr, nullptr, nullptr);
    }
}

void Savepoint::release() {
    m_db.execScript("RELEASE unit");
    m_done = true;
}

} // namespace herald::store
