// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backups.h"

#include "common/clock.h"
#include "common/files.h"
#include "store/database.h"
#include "store/datadir.h"
#include "store/migrations.h"
#include "store/settings.h"
#include "store/storecheck.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <sstream>
#include <thread>

namespace herald::store {

namespace {

constexpr const char* kManifestFormat = "herald-backup/1";

std::int64_t modifiedMsOf(const std::filesystem::path& file) {
    std::error_code ec;
    const auto time = std::filesystem::last_write_time(file, ec);
    if (ec) {
        return 0;
    }
    const auto system = std::chrono::file_clock::to_sys(time);
    return std::chrono::duration_cast<std::chrono::milliseconds>(system.time_since_epoch()).count();
}

nlohmann::json manifestJson(const BackupManifest& manifest) {
    nlohmann::json rows = nlohmann::json::object();
    for (const auto& [table, count] : manifest.rowCounts) {
        rows[table] = count;
    }
    return {{"format", kManifestFormat},        {"reason", manifest.reason},
            {"created_ms", manifest.createdMs}, {"schema_version", manifest.schemaVersion},
            {"bytes", manifest.bytes},          {"rows", rows}};
}

std::optional<BackupManifest> readManifest(const std::filesystem::path& backup) {
    std::ifstream in(manifestPathOf(backup), std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    std::stringstream text;
    text << in.rdbuf();
    const auto doc = nlohmann::json::parse(text.str(), nullptr, false);
    if (!doc.is_object() || doc.value("format", "") != kManifestFormat) {
        return std::nullopt;
    }
    BackupManifest manifest;
    try {
        manifest.reason = doc.value("reason", "");
        manifest.createdMs = doc.value("created_ms", std::int64_t{0});
        manifest.schemaVersion = doc.value("schema_version", 0);
        manifest.bytes = doc.value("bytes", std::int64_t{0});
        if (doc.contains("rows") && doc["rows"].is_object()) {
            for (const auto& [table, count] : doc["rows"].items()) {
                manifest.rowCounts.emplace_back(table, count.get<std::int64_t>());
            }
        }
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
    return manifest;
}

// The facts of a copy that has passed PRAGMA integrity_check, or why it did not.
Result<BackupManifest> inspect(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) {
        return makeError(ErrorKind::Validation, file.string() + " is not a file", "backup.missing", {file.string()});
    }
    // Read-only: the copy is never changed.
    auto opened = Database::open(file, Database::Mode::ReadOnly);
    if (!opened) {
        std::string detail = opened.error().message;
        if (detail.rfind(file.string() + ": ", 0) == 0) { // the file is named once
            detail = detail.substr(file.string().size() + 2);
        }
        return makeError(ErrorKind::Validation, file.string() + " is not a usable backup: " + detail, "backup.damaged",
                         {file.string()});
    }
    Database& db = opened.value();
    auto checked = checkStore(db);
    if (!checked) {
        return makeError(ErrorKind::Validation, file.string() + " is not a usable backup: " + checked.error().message,
                         "backup.damaged", {file.string()});
    }
    const StoreCheck& check = checked.value();
    std::vector<std::string> problems;
    for (const std::string& problem : check.problems) {
        // A copy's journal mode says nothing (SQLite reports it from the header); everything else counts.
        if (problem.rfind("journal mode", 0) != 0) {
            problems.push_back(problem);
        }
    }
    if (check.schemaVersion <= 0) {
        problems.push_back("it has no Herald schema version");
    }
    std::string foreign;
    for (const std::string& problem : problems) {
        if (problem.rfind("schema: ", 0) == 0) {
            foreign += (foreign.empty() ? "" : "; ") + problem.substr(8);
        }
    }
    if (!foreign.empty()) {
        // Someone else's trigger, view, table or index: it would run inside the player's store.
        return makeError(ErrorKind::Validation,
                         file.string() + " does not hold the schema Herald makes (" + foreign +
                             "); not using it: objects someone else added could change your data",
                         "backup.foreign_schema", {file.string(), foreign});
    }
    if (!problems.empty()) {
        std::string message = file.string() + " is damaged and cannot be restored: " + problems.front();
        if (problems.size() > 1) {
            message += " (and " + std::to_string(problems.size() - 1) + " more problem(s))";
        }
        return makeError(ErrorKind::Validation, message, "backup.damaged", {file.string()});
    }
    if (check.schemaVersion > latestSchemaVersion()) {
        return makeError(ErrorKind::Unsupported,
                         file.string() + " has schema version " + std::to_string(check.schemaVersion) +
                             ", newer than this Herald supports (version " + std::to_string(latestSchemaVersion()) +
                             "); install a newer Herald to restore it",
                         "backup.too_new", {file.string()});
    }
    BackupManifest facts;
    facts.schemaVersion = check.schemaVersion;
    facts.bytes = check.fileBytes;
    facts.rowCounts = check.rowCounts;
    return facts;
}

} // namespace

// One read transaction on the source for the whole copy: the backup then sees one state of the store and is not
// restarted by the writer's commits (each chunk would otherwise take a new snapshot).
Status copyDatabase(Database& source, const std::filesystem::path& target,
                    const std::function<void(double)>& progress) {
    sqlite3* dest = nullptr;
    if (sqlite3_open_v2(target.string().c_str(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) !=
        SQLITE_OK) {
        std::string message = "cannot create " + target.string() + ": " + sqlite3_errmsg(dest);
        sqlite3_close(dest);
        return makeError(ErrorKind::Io, message);
    }
    const bool ownTransaction = sqlite3_get_autocommit(source.handle()) != 0;
    if (ownTransaction) {
        source.execScript("BEGIN; SELECT count(*) FROM sqlite_schema;");
    }
    sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source.handle(), "main");
    int rc = SQLITE_ERROR;
    if (backup != nullptr) {
        do {
            rc = sqlite3_backup_step(backup, 1024); // 4 MB at a time
            const int total = sqlite3_backup_pagecount(backup);
            if (progress && total > 0) {
                progress(1.0 - static_cast<double>(sqlite3_backup_remaining(backup)) / total);
            }
        } while (rc == SQLITE_OK);
        sqlite3_backup_finish(backup);
    }
    std::string message = sqlite3_errmsg(dest);
    if (rc == SQLITE_DONE) {
        // The copy stays in rollback-journal mode on disk until someone opens it for writing: a backup is a
        // single file, no -wal beside it.
        sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
    }
    sqlite3_close(dest);
    if (ownTransaction) {
        sqlite3_exec(source.handle(), "COMMIT", nullptr, nullptr, nullptr);
    }
    if (rc != SQLITE_DONE) {
        std::error_code ec;
        std::filesystem::remove(target, ec);
        const bool full = (rc & 0xff) == SQLITE_FULL;
        const std::string folder = target.parent_path().string();
        if (full) {
            return makeError(ErrorKind::Io,
                             "backup to " + target.string() + " failed: the disk holding " + folder +
                                 " is full; free some space and try again (" + message + ")",
                             "store.disk_full", {folder});
        }
        return makeError(ErrorKind::Io, "backup to " + target.string() + " failed: " + message);
    }
    return Ok{};
}

namespace {

bool isBackupName(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    return name.rfind("herald-", 0) == 0 && file.extension() == ".db";
}

void removeWithSidecars(const std::filesystem::path& file) {
    std::error_code ec;
    std::filesystem::remove(file, ec);
    std::filesystem::remove(manifestPathOf(file), ec);
    std::filesystem::remove(file.string() + "-journal", ec);
}

} // namespace

std::string fileTimestamp(std::int64_t ms) {
    const std::time_t seconds = static_cast<std::time_t>(ms / 1000);
    std::tm utc{};
#ifdef _WIN32
    gmtime_s(&utc, &seconds);
#else
    gmtime_r(&seconds, &utc);
#endif
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y%m%d-%H%M%S", &utc);
    return buffer;
}

std::int64_t BackupManifest::rows(std::string_view table) const {
    for (const auto& [name, count] : rowCounts) {
        if (name == table) {
            return count;
        }
    }
    return 0;
}

std::filesystem::path manifestPathOf(const std::filesystem::path& backup) {
    return backup.string() + ".json";
}

int backupsKept(Database& db) {
    return intSetting(db, kBackupsKeptSetting, kDefaultBackupsKept, 1, kMostBackupsKept);
}

int backupsKept(const std::filesystem::path& dataDir) {
    std::error_code ec;
    if (!std::filesystem::exists(databasePath(dataDir), ec)) {
        return kDefaultBackupsKept;
    }
    auto db = Database::open(databasePath(dataDir), Database::Mode::ReadOnly);
    return db ? backupsKept(db.value()) : kDefaultBackupsKept;
}

Result<BackupEntry> createBackup(Database& db, const std::filesystem::path& backupDir, const BackupOptions& options) {
    const std::int64_t now = nowMs();
    std::filesystem::path target = options.target;
    if (target.empty()) {
        // Milliseconds in the name: two backups in one second never share a name, even after rotation.
        char millis[8];
        std::snprintf(millis, sizeof millis, "%03d", static_cast<int>(now % 1000));
        target = backupDir / ("herald-" + fileTimestamp(now) + "-" + millis + "-" + options.reason + ".db");
        for (int n = 2; std::filesystem::exists(target); ++n) {
            target = backupDir / ("herald-" + fileTimestamp(now) + "-" + millis + "-" + options.reason + "-" +
                                  std::to_string(n) + ".db");
        }
    } else if (std::filesystem::exists(target)) {
        return makeError(ErrorKind::Conflict, target.string() + " already exists; choose another name", "file.exists",
                         {target.string()});
    }
    std::error_code ec;
    const auto folder = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
    std::filesystem::create_directories(folder, ec);
    if (ec) {
        return makeError(ErrorKind::Io, "cannot create the folder " + folder.string() + ": " + ec.message());
    }
    // Written under a name no listing takes for a backup, checked, then renamed: a kill or a full disk leaves at
    // most this partial file, which the next backup removes.
    const std::filesystem::path partial = folder / ("." + target.filename().string() + ".partial");
    std::filesystem::remove(partial, ec);
    try {
        if (Status copied = copyDatabase(db, partial, options.progress); !copied) {
            return copied.error();
        }
    } catch (const StoreError& e) {
        std::filesystem::remove(partial, ec);
        return toError(e, "backup of " + db.path().string());
    }
    auto facts = inspect(partial);
    if (!facts) {
        std::filesystem::remove(partial, ec);
        // A fresh copy that fails its integrity check copied damage: the store itself is damaged.
        return makeError(facts.error().kind,
                         "the backup failed its check, nothing was kept; the store itself may be damaged: " +
                             facts.error().message,
                         "backup.source_damaged", {db.path().string()});
    }
    BackupManifest manifest = std::move(facts).value();
    manifest.reason = options.reason;
    manifest.createdMs = now;
    if (Status written = writeFileAtomically(manifestPathOf(target), manifestJson(manifest).dump(2) + "\n"); !written) {
        std::filesystem::remove(partial, ec);
        return written.error();
    }
    std::filesystem::rename(partial, target, ec);
    if (ec) {
        std::filesystem::remove(partial, ec);
        std::filesystem::remove(manifestPathOf(target), ec);
        return makeError(ErrorKind::Io, "cannot name the backup " + target.string() + ": " + ec.message());
    }
    if (options.keep > 0 && folder == backupDir) {
        rotateBackups(backupDir, options.keep);
    }
    BackupEntry entry;
    entry.file = target;
    entry.bytes = manifest.bytes;
    entry.modifiedMs = modifiedMsOf(target);
    entry.reason = manifest.reason;
    entry.manifest = std::move(manifest);
    return entry;
}

std::vector<BackupEntry> listBackups(const std::filesystem::path& backupDir) {
    std::vector<BackupEntry> out;
    std::error_code ec;
    for (const auto& item : std::filesystem::directory_iterator(backupDir, ec)) {
        if (!item.is_regular_file(ec) || !isBackupName(item.path())) {
            continue;
        }
        BackupEntry entry;
        entry.file = item.path();
        entry.bytes = static_cast<std::int64_t>(item.file_size(ec));
        entry.modifiedMs = modifiedMsOf(item.path());
        entry.manifest = readManifest(item.path());
        if (entry.manifest) {
            entry.reason = entry.manifest->reason;
            entry.modifiedMs = entry.manifest->createdMs > 0 ? entry.manifest->createdMs : entry.modifiedMs;
        } else {
            entry.reason = item.path().filename().string().rfind("herald-v", 0) == 0 ? "before-upgrade" : "unknown";
        }
        out.push_back(std::move(entry));
    }
    std::sort(out.begin(), out.end(), [](const BackupEntry& a, const BackupEntry& b) {
        return a.modifiedMs != b.modifiedMs ? a.modifiedMs > b.modifiedMs : a.file > b.file;
    });
    return out;
}

std::vector<std::filesystem::path> rotateBackups(const std::filesystem::path& backupDir, int keep) {
    std::vector<std::filesystem::path> removed;
    std::error_code ec;
    // Partial copies of a backup that was killed or ran out of disk, with their journals.
    for (const auto& item : std::filesystem::directory_iterator(backupDir, ec)) {
        const std::string name = item.path().filename().string();
        // The copy and its rollback journal (".NAME.partial", ".NAME.partial-journal").
        if (name.size() > 8 && name.front() == '.' && name.find(".db.partial") != std::string::npos) {
            std::filesystem::remove(item.path(), ec);
        }
    }
    if (keep <= 0) {
        return removed;
    }
    const auto all = listBackups(backupDir);
    for (std::size_t i = static_cast<std::size_t>(keep); i < all.size(); ++i) {
        removeWithSidecars(all[i].file);
        removed.push_back(all[i].file);
    }
    return removed;
}

Result<BackupManifest> verifyBackup(const std::filesystem::path& file) {
    auto facts = inspect(file);
    if (!facts) {
        return facts.error();
    }
    BackupManifest found = std::move(facts).value();
    const auto manifest = readManifest(file);
    if (!manifest) {
        found.reason = "unknown";
        return found; // a pre-migration copy, or a file from elsewhere: its own checks are all there is
    }
    if (manifest->bytes != found.bytes) {
        return makeError(ErrorKind::Validation,
                         file.string() + " is " + std::to_string(found.bytes) + " bytes, its manifest says " +
                             std::to_string(manifest->bytes) + ": the file was cut or changed; not restoring it",
                         "backup.damaged", {file.string()});
    }
    for (const auto& expected : manifest->rowCounts) {
        const std::string& table = expected.first;
        const std::int64_t count = expected.second;
        const auto it = std::find_if(found.rowCounts.begin(), found.rowCounts.end(),
                                     [&table](const auto& row) { return row.first == table; });
        const std::int64_t actual = it == found.rowCounts.end() ? -1 : it->second;
        if (actual != count) {
            return makeError(ErrorKind::Validation,
                             file.string() + ": table " + table + " has " + std::to_string(actual) +
                                 " rows, its manifest says " + std::to_string(count) + "; not restoring it",
                             "backup.damaged", {file.string()});
        }
    }
    found.reason = manifest->reason;
    found.createdMs = manifest->createdMs;
    return found;
}

Result<std::filesystem::path> moveStoreAside(const std::filesystem::path& dataDir) {
    const auto db = databasePath(dataDir);
    std::filesystem::path folder = dataDir / ("damaged-" + fileTimestamp(nowMs()));
    for (int n = 2; std::filesystem::exists(folder); ++n) {
        folder = dataDir / ("damaged-" + fileTimestamp(nowMs()) + "-" + std::to_string(n));
    }
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) {
        return makeError(ErrorKind::Io, "cannot create " + folder.string() + ": " + ec.message());
    }
    // The log first: a store without its log is still a store (older); a log without its store is nothing.
    for (const char* suffix : {"-wal", "-shm", "-journal", ""}) {
        const std::filesystem::path from = db.string() + suffix;
        if (!std::filesystem::exists(from, ec)) {
            continue;
        }
        std::filesystem::rename(from, folder / from.filename(), ec);
        if (ec) {
            return makeError(ErrorKind::Io,
                             "cannot move " + from.string() + " into " + folder.string() + ": " + ec.message());
        }
    }
    return folder;
}

namespace {

// A restore's staging copy and its sidecars.
constexpr const char* kStagedName = "herald.db.restoring";
constexpr auto kPartialAge = std::chrono::minutes(10);

void removeCounting(const std::filesystem::path& file, DebrisReport& report) {
    std::error_code ec;
    const auto status = std::filesystem::symlink_status(file, ec);
    if (ec || !std::filesystem::is_regular_file(status)) {
        return;
    }
    const auto bytes = std::filesystem::file_size(file, ec);
    if (std::filesystem::remove(file, ec) && !ec) {
        ++report.files;
        report.bytes += static_cast<std::int64_t>(bytes);
    }
}

} // namespace

DebrisReport removeStaleDebris(const std::filesystem::path& dataDir) {
    DebrisReport report;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
        removeCounting(dataDir / (std::string(kStagedName) + suffix), report);
    }
    std::error_code ec;
    const auto now = std::filesystem::file_time_type::clock::now();
    for (std::filesystem::directory_iterator it(dataDir / "backups", ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        const bool partial =
            name.size() > 1 && name[0] == '.' && (name.ends_with(".partial") || name.ends_with(".partial-journal"));
        if (!partial) {
            continue;
        }
        // A restore's own copy of the store is made under the writer's lock, which the caller holds: left over. Any
        // other may be a `backup create` running beside the writer: left over once untouched for ten minutes.
        std::error_code age;
        const bool ours = name.find("-before-restore") != std::string::npos;
        const auto modified = std::filesystem::last_write_time(it->path(), age);
        if (ours || (!age && now - modified > kPartialAge)) {
            removeCounting(it->path(), report);
        }
    }
    return report;
}

Result<RestoreReport> restoreBackup(const std::filesystem::path& dataDir, const std::filesystem::path& file, int keep,
                                    const std::function<void(double)>& progress) {
    auto verified = verifyBackup(file);
    if (!verified) {
        return verified.error();
    }
    RestoreReport report;
    report.restored = std::move(verified).value();
    const auto dbPath = databasePath(dataDir);
    const std::filesystem::path staged = dataDir / kStagedName;
    std::error_code ec;
    // What an earlier, killed restore left (its staged copy, its partial copy of the store): removed before this
    // one writes as much again.
    removeStaleDebris(dataDir);
    {
        auto source = Database::open(file, Database::Mode::ReadOnly);
        if (!source) {
            return source.error();
        }
        try {
            if (Status copied = copyDatabase(source.value(), staged, progress); !copied) {
                return copied.error();
            }
        } catch (const StoreError& e) {
            std::filesystem::remove(staged, ec);
            return toError(e, "restore of " + file.string());
        }
    }
    auto staging = inspect(staged);
    if (!staging || staging->rowCounts != report.restored.rowCounts) {
        std::filesystem::remove(staged, ec);
        return makeError(ErrorKind::Io, "the copy of " + file.string() + " in " + dataDir.string() +
                                            " failed its check; the store was not changed" +
                                            (staging ? std::string() : ": " + staging.error().message));
    }
    // In write-ahead-log mode before it takes the store's name: a kill between the rename and the next open
    // leaves a store every command reads as it is (a rollback-journal file there read as "journal mode delete,
    // expected wal", a damaged store to `check`).
    {
        auto walMode = Database::open(staged, Database::Mode::ReadWrite);
        if (!walMode) {
            std::filesystem::remove(staged, ec);
            return makeError(walMode.error().kind, "restore of " + file.string() + ": " + walMode.error().message);
        }
    }
    // The store as it is now: kept as a backup when it can be read, else its files moved aside whole.
    bool savedAside = false;
    if (std::filesystem::exists(dbPath, ec)) {
        bool readable = false;
        if (auto current = Database::open(dbPath, Database::Mode::ReadWrite)) {
            try {
                // Every committed page into the file, the log emptied: its removal below then loses nothing. A
                // reader that keeps the log from being emptied (busy) is waited for, a little.
                for (int attempt = 0; current->queryInt("PRAGMA wal_checkpoint(TRUNCATE)") != 0; ++attempt) {
                    if (attempt == 50) {
                        std::filesystem::remove(staged, ec);
                        return makeError(ErrorKind::Busy,
                                         "another program is reading " + dbPath.string() +
                                             " and keeps its log busy; close it and restore again (nothing changed)",
                                         "store.busy");
                    }
                    std::this_thread::sleep_for(std::chrono::milliseconds(100));
                }
                readable = current->queryText("PRAGMA quick_check") == "ok";
            } catch (const StoreError&) {
                readable = false;
            }
            if (readable) {
                BackupOptions before;
                before.reason = "before-restore";
                before.keep = 0; // rotation after the restore, so it never takes the file being restored
                auto saved = createBackup(current.value(), dataDir / "backups", before);
                if (!saved) {
                    std::filesystem::remove(staged, ec);
                    return makeError(saved.error().kind,
                                     "not restoring without a copy of the current store: " + saved.error().message);
                }
                report.previous = saved->file;
            }
        }
        if (!readable) {
            auto aside = moveStoreAside(dataDir);
            if (!aside) {
                std::filesystem::remove(staged, ec);
                return aside.error();
            }
            report.previous = aside.value();
            savedAside = true;
        }
    }
    if (!savedAside) {
        // The current store is saved: its log and index go (the restored file must not be read with them).
        std::filesystem::remove(dbPath.string() + "-wal", ec);
        std::filesystem::remove(dbPath.string() + "-shm", ec);
        std::filesystem::remove(dbPath.string() + "-journal", ec);
    }
    std::filesystem::rename(staged, dbPath, ec);
    if (ec) {
        return makeError(ErrorKind::Io, "cannot put the restored store in place (" + ec.message() +
                                            "); the restored copy is " + staged.string() + ", the previous store " +
                                            report.previous.string());
    }
    if (keep > 0) {
        rotateBackups(dataDir / "backups", keep);
    }
    return report;
}

} // namespace herald::store
