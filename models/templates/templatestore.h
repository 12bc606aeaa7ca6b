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
Result<Template> duplicateTemplate(store::Database& db, const std::string& id);
Status renameTemplate(store::Database& db, const std::string& id, const std::string& name);
Status deleteTemplate(store::Database& db, const std::string& id);
// Parses a file's content (source names it in messages); an id already taken gets a free one. Stored.
Result<Template> importTemplate(store::Database& db, std::string_view json, std::string_view source);

// An id not used by a built-in or a stored template, made from the name ("My dashboard" -> "my-dashboard").
// Writer side (used by the writes above): throws StoreError.
std::string freeTemplateId(store::Database& db, const std::string& name);

} // namespace herald::templates
