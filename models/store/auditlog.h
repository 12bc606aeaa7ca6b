// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log (audit_logs, V009): one row per export or report written, newest shown first in Diagnostics.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace herald::store {

class Database;

struct AuditEntry {
    std::string action; // "export data", "export report"
    std::string what;   // datasets or template id
    std::string format;
    std::int64_t rows = 0;
    std::string path;
    std::string details;
    std::int64_t createdAt = 0; // ms since epoch
};

// Writer side: throws StoreError inside a writer job.
void appendAudit(Database& db, const AuditEntry& entry);

// For a process that only reads the store (the CLI's export): one short write on a connection of its own, ordered
// by SQLite's lock against a writer that holds the store (it waits for it up to the busy timeout).
Status appendAuditTo(const std::filesystem::path& databasePath, const AuditEntry& entry);

Result<std::vector<AuditEntry>> recentAudit(Database& db, int limit);

} // namespace herald::store
