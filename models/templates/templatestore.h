// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The player's templates in the store (analytics_templates) next to the built-ins: list, save, duplicate,
// rename, delete, import and export. Built-ins are read-only; "Duplicate" makes an editable copy.
#pragma once

#include "common/result.h"
#include "templates/template.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace herald::store {
class Database;
}

namespace herald::templates {

enum class Origin { Builtin, User, Shared };

struct StoredTemplate {
    Template document;
    Origin origin = Origin::User;
    std::int64_t updatedAt = 0;
    bool readOnly() const { return origin == Origin::Builtin; }
};

// Built-ins first (in their order), then the player's by name.
Result<std::vector<StoredTemplate>> listTemplates(store::Database& db);
Result<std::optional<StoredTemplate>> findTemplate(store::Database& db, const std::string& id);

// Validates and stores (insert or update) a player's template; a built-in's id is refused.
Status saveTemplate(store::Database& db, const Template& t);
// A copy under a new id and name ("Overview (copy)"), stored and returned.
// name: the copy's name (the app's, translated); empty: "<name> (copy)".
Result<Template> duplicateTemplate(store::Database& db, const std::string& id, const std::string& name = {});
Status renameTemplate(store::Database& db, const std::string& id, const std::string& name);
Status deleteTemplate(store::Database& db, const std::string& id);
// Parses a file's content (source names it in messages); an id already taken gets a free one. Stored.
Result<Template> importTemplate(store::Database& db, std::string_view json, std::string_view source);

// --- Keeping published templates in step with the Herald server (sync/herald) ---

struct TemplateSyncState {
    Template document;
    bool published = false; // kept in step with the server
    bool shared = false;    // visible to other players (else private to the player's devices)
    std::optional<std::string> remoteId;
    std::optional<std::string> etag;
    bool changed = false; // changed here since it was last in step (or never sent)
};

// The player's own templates (origin user) with their sync state.
Result<std::vector<TemplateSyncState>> templateSyncStates(store::Database& db);
// Writer side (throw StoreError): publishing marks a template to be sent (and kept in step).
Status markTemplatePublished(store::Database& db, const std::string& id, bool shared);
// In step now: the server's id and ETag, and the current content is what the server has.
void markTemplateSynced(store::Database& db, const std::string& id, const std::string& remoteId,
                        const std::string& etag);
// The server's version of a published template: stored under the local template that has that remote id (or a new
// one), in step. Returns the local id.
std::string storeServerTemplate(store::Database& db, Template t, const std::string& remoteId, const std::string& etag,
                                bool shared);
// The remote id of a published template (to delete it on the server too), if it has one.
std::optional<std::string> remoteIdOf(store::Database& db, const std::string& id);

// The offline queue of server calls (server_outbox).
struct OutboxEntry {
    std::int64_t id = 0;
    std::string kind;
    std::string target;
    int attempts = 0;
};
void queueServerCall(store::Database& db, const std::string& kind, const std::string& target);
Result<std::vector<OutboxEntry>> pendingServerCalls(store::Database& db);
void finishServerCall(store::Database& db, std::int64_t id);
void failServerCall(store::Database& db, std::int64_t id, const std::string& error);

// An id not used by a built-in or a stored template, made from the name ("My dashboard" -> "my-dashboard").
// Writer side (used by the writes above): throws StoreError.
std::string freeTemplateId(store::Database& db, const std::string& name);

} // namespace herald::templates
