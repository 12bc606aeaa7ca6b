// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// herald-cli backup create | list | verify | restore
#include "args.h"
#include "commands.h"
#include "ingest/rebuild.h"
#include "output.h"
#include "store/backups.h"
#include "store/store.h"

#include <iostream>
#include <nlohmann/json.hpp>

namespace herald::cli {

namespace {

nlohmann::json manifestJson(const store::BackupManifest& manifest) {
    nlohmann::json rows = nlohmann::json::object();
    for (const auto& [table, count] : manifest.rowCounts) {
        rows[table] = count;
    }
    return {{"reason", manifest.reason},
            {"created", manifest.createdMs > 0 ? nlohmann::json(formatTime(manifest.createdMs, false)) : nullptr},
            {"schema_version", manifest.schemaVersion},
            {"bytes", manifest.bytes},
            {"rows", rows}};
}

int create(const Context& context, const Args& args, Format format) {
    auto access = openForReading(context);
    if (!access) {
        return 1;
    }
    store::BackupOptions options;
    options.keep = store::backupsKept(*access->db);
    if (auto output = args.value("o") ? args.value("o") : args.value("output")) {
        options.target = *output;
    }
    const ProgressLine line(context, "Backing up (%)");
    options.progress = [&line](double fraction) { line(static_cast<std::size_t>(fraction * 100), 100); };
    auto made = store::createBackup(*access->db, access->store->backupDir(), options);
    line.finish();
    if (!made) {
        return fail(made.error().message);
    }
    const store::BackupManifest& manifest = *made->manifest;
    if (format == Format::Json) {
        nlohmann::json doc = manifestJson(manifest);
        doc["file"] = made->file.string();
        std::cout << jsonText(doc) << '\n';
    } else {
        std::cout << "Backup written and verified: " << printable(made->file.string()) << " (" << manifest.bytes
                  << " bytes, schema version " << manifest.schemaVersion << ", " << manifest.rows("matches")
                  << " matches)\n";
        if (options.target.empty()) {
            std::cout << "The newest " << options.keep << " backups are kept in "
                      << printable(access->store->backupDir().string()) << ".\n";
        }
    }
    return 0;
}

int list(const Context& context, Format format) {
    TableData table;
    table.columns = {"file", "created", "reason", "bytes", "schema_version", "matches"};
    for (const store::BackupEntry& entry : store::listBackups(context.dataDir / "backups")) {
        table.rows.push_back({entry.file.filename().string(), formatTime(entry.modifiedMs, format == Format::Table),
                              entry.reason, entry.bytes,
                              entry.manifest ? nlohmann::json(entry.manifest->schemaVersion) : nullptr,
                              entry.manifest ? nlohmann::json(entry.manifest->rows("matches")) : nullptr});
    }
    if (table.rows.empty() && format == Format::Table) {
        std::cout << "No backup in " << printable((context.dataDir / "backups").string())
                  << " yet ('herald-cli backup create' makes one).\n";
        return 0;
    }
    writeTable(std::cout, table, format);
    return 0;
}

std::filesystem::path backupFile(const Context& context, const std::string& name) {
    // A bare name from 'backup list' is found in the backups folder.
    const std::filesystem::path path(name);
    if (!path.has_parent_path() && !std::filesystem::exists(path) &&
        std::filesystem::exists(context.dataDir / "backups" / path)) {
        return context.dataDir / "backups" / path;
    }
    return path;
}

int verify(const std::filesystem::path& file, Format format) {
    auto verified = store::verifyBackup(file);
    if (format == Format::Json) {
        nlohmann::json doc = {{"file", file.string()}, {"ok", verified.ok()}};
        if (verified) {
            doc.update(manifestJson(verified.value()));
        } else {
            doc["error"] = verified.error().message;
        }
        std::cout << jsonText(doc) << '\n';
        return verified ? 0 : 1;
    }
    if (!verified) {
        return fail(verified.error().message);
    }
    std::cout << printable(file.string()) << ": ok (schema version " << verified->schemaVersion << ", "
              << verified->rows("matches") << " matches, integrity check passed"
              << (verified->reason == "unknown" ? ", no manifest" : ", rows as its manifest says") << ")\n";
    return 0;
}

int restore(const Context& context, const std::filesystem::path& file) {
    const int keep = store::backupsKept(context.dataDir);
    std::error_code ec;
    std::filesystem::create_directories(context.dataDir, ec);
    auto lock = store::InstanceLock::acquire(context.dataDir, store::InstanceLock::Role::Writer, writerWait(context));
    if (!lock) {
        return fail(lock.error().message);
    }
    const ProgressLine line(context, "Restoring (%)");
    auto restored = store::restoreBackup(context.dataDir, file, keep,
                                         [&line](double f) { line(static_cast<std::size_t>(f * 100), 100); });
    line.finish();
    if (!restored) {
        return fail(restored.error().message);
    }
    lock.value().reset();
    // An older backup is brought up to this Herald's schema now (with its own pre-upgrade copy), not at the next
    // command.
    auto opened = ingest::openStore(context.dataDir, store::Store::Access::Write);
    if (!opened) {
        return fail("restored, but the store does not open: " + opened.error().message);
    }
    sayDebrisRemoved(*opened.value());
    std::cout << "Restored " << printable(file.string()) << " (" << restored->restored.rows("matches")
              << " matches, schema version " << restored->restored.schemaVersion << ").\n";
    if (!restored->previous.empty()) {
        std::cout << "The store as it was is kept: " << printable(restored->previous.string()) << '\n';
    }
    return 0;
}

} // namespace

int runBackup(const Context& context, const std::vector<std::string>& words) {
    const Args args(words, {{"format"}, {"o"}, {"output"}});
    const Format format = parseFormat(args.value("format").value_or("table"));
    const auto& positional = args.positional();
    if (positional.empty()) {
        throw UsageError("name an action: create, list, verify FILE or restore FILE");
    }
    const std::string& action = positional.front();
    if ((action == "create" || action == "list") && positional.size() != 1) {
        throw UsageError("backup " + action + " takes no argument");
    }
    if ((action == "verify" || action == "restore") && positional.size() != 2) {
        throw UsageError("backup " + action + " takes one backup file");
    }
    if (action != "create" && (args.has("o") || args.has("output"))) {
        throw UsageError("-o is for backup create");
    }
    if (action == "create") {
        return create(context, args, format);
    }
    if (action == "list") {
        return list(context, format);
    }
    if (action == "verify") {
        return verify(backupFile(context, positional[1]), format);
    }
    if (action == "restore") {
        return restore(context, backupFile(context, positional[1]));
    }
    throw UsageError("unknown action '" + action + "' (create, list, verify, restore)");
}

} // namespace herald::cli
