// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/auditlog.h"

#include "store/database.h"

namespace herald::store {

void appendAudit(Database& db, const AuditEntry& entry) {
    Statement insert(db, "INSERT INTO audit_logs (action, what, format, rows, path, details, created_at) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, entry.action)
        .bind(2, entry.what)
        .bind(3, entry.format)
        .bind(4, entry.rows)
        .bind(5, entry.path)
        .bind(6, entry.details)
        .bind(7, entry.createdAt)
        .run();
}

Status appendAuditTo(const std::filesystem::path& databasePath, const AuditEntry& entry) {
    auto db = Database::open(databasePath, Database::Mode::ReadWrite);
    if (!db) {
        return db.error();
    }
    try {
        appendAudit(db.value(), entry);
    } catch (const StoreError& e) {
        return toError(e, "recording the export in the audit log");
    }
    return Ok{};
}

Result<std::vector<AuditEntry>> recentAudit(Database& db, int limit) {
    return readResult("reading the audit log", [&] {
        std::vector<AuditEntry> out;
        Statement select(db, "SELECT action, what, format, rows, path, details, created_at FROM audit_logs "
                             "ORDER BY id DESC LIMIT ?");
        select.bind(1, limit);
        while (select.step()) {
            out.push_back({select.columnText(0), select.columnText(1), select.columnText(2), select.columnInt64(3),
                           select.columnText(4), select.columnText(5), select.columnInt64(6)});
        }
        return out;
    });
}

} // namespace herald::store
