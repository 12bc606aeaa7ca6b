// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// user_sessions (V010): who is signed in to the Herald server, since and until when. Metadata only: the tokens
// are secrets kept in the keychain or the credentials file, never here.
#pragma once

#include "common/result.h"

#include <cstdint>
#include <optional>
#include <string>

namespace herald::store {

class Database;

struct UserSession {
    std::string userId;
    std::string email;
    std::string displayName;
    std::int64_t createdAt = 0; // ms since epoch
    std::int64_t expiresAt = 0; // when the refresh token ends (7 days after the last refresh)
};

// Writer side (throws StoreError): one session at a time.
void recordSession(Database& db, const UserSession& session);
void clearSessions(Database& db);
Result<std::optional<UserSession>> currentSession(Database& db);

} // namespace herald::store
