// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sessions.h"

#include "store/database.h"

namespace herald::store {

void recordSession(Database& db, const UserSession& session) {
    Savepoint step(db); // inside a caller's transaction or on its own
    clearSessions(db);
    Statement insert(db, "INSERT INTO user_sessions (user_id, email, display_name, created_at, expires_at) "
                         "VALUES (?, ?, ?, ?, ?)");
    insert.bind(1, session.userId)
        .bind(2, session.email)
        .bind(3, session.displayName)
        .bind(4, session.createdAt)
        .bind(5, session.expiresAt)
        .run();
    step.release();
}

void clearSessions(Database& db) {
    Statement remove(db, "DELETE FROM user_sessions");
    remove.run();
}

Result<std::optional<UserSession>> currentSession(Database& db) {
    return readResult("reading the Herald session", [&]() -> std::optional<UserSession> {
        Statement select(db, "SELECT user_id, email, display_name, created_at, expires_at FROM user_sessions");
        if (!select.step()) {
            return std::nullopt;
        }
        return UserSession{select.columnText(0), select.columnText(1), select.columnText(2), select.columnInt64(3),
                           select.columnInt64(4)};
    });
}

} // namespace herald::store
