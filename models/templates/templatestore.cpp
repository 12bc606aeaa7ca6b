// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templates/templatestore.h"

#include "common/clock.h"
#include "store/database.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <sqlite3.h>

namespace herald::templates {

namespace {

const Template* builtin(const std::string& id) {
    for (const auto& t : builtinTemplates()) {
        if (t.id == id) {
            return &t;
        }
    }
    return nullptr;
}

bool stored(store::Database& db, const std::string& id) {
    store::Statement select(db, "SELECT 1 FROM analytics_templates WHERE id = ?");
    select.bind(1, id);
    return select.step();
}

Error readOnly(const std::string& id) {
    return makeError(ErrorKind::Conflict, "'" + id +
                                              "' is a built-in template and cannot change: duplicate it to edit "
                                              "a copy");
}

} // namespace

Result<std::vector<StoredTemplate>> listTemplates(store::Database& db) {
    return store::readResult("reading the templates", [&] {
        std::vector<StoredTemplate> out;
        for (const auto& t : builtinTemplates()) {
            out.push_back({t, Origin::Builtin, 0});
        }
        store::Statement select(db, "SELECT id, document, origin, updated_at FROM analytics_templates ORDER BY name "
                                    "COLLATE NOCASE, id");
        while (select.step()) {
            auto parsed = parseTemplate(select.columnTextView(1), "template '" + select.columnText(0) + "'");
            if (!parsed) {
                continue; // only valid documents are ever stored; a hand-edited row is skipped, not fatal
            }
            out.push_back({std::move(parsed).value(), select.columnText(2) == "shared" ? Origin::Shared : Origin::User,
                           select.columnInt64(3)});
        }
        return out;
    });
}

Result<std::optional<StoredTemplate>> findTemplate(store::Database& db, const std::string& id) {
    return store::readResult("reading the templates", [&]() -> std::optional<StoredTemplate> {
        if (const Template* t = builtin(id)) {
            return StoredTemplate{*t, Origin::Builtin, 0};
        }
        store::Statement select(db, "SELECT document, origin, updated_at FROM analytics_templates WHERE id = ?");
        select.bind(1, id);
        if (!select.step()) {
            return std::nullopt;
        }
        auto parsed = parseTemplate(select.columnTextView(0), "template '" + id + "'");
        if (!parsed) {
            return std::nullopt;
        }
        return StoredTemplate{std::move(parsed).value(),
                              select.columnText(1) == "shared" ? Origin::Shared : Origin::User, select.columnInt64(2)};
    });
}

Status saveTemplate(store::Database& db, const Template& t) {
    if (builtin(t.id) != nullptr) {
        return readOnly(t.id);
    }
    if (auto valid = validateTemplate(t, "template '" + t.id + "'"); !valid) {
        return valid.error();
    }
    // Every save moves updated_at on, even within a millisecond: the Herald sync compares it to synced_at.
    const std::int64_t now = nowMs();
    store::Statement upsert(db, "INSERT INTO analytics_templates (id, name, document, origin, created_at, updated_at) "
                                "VALUES (?, ?, ?, 'user', ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, "
                                "document = excluded.document, updated_at = max(excluded.updated_at, "
                                "analytics_templates.updated_at + 1)");
    upsert.bind(1, t.id).bind(2, t.name).bind(3, serializeTemplate(t)).bind(4, now).bind(5, now).run();
    return Ok{};
}

std::string freeTemplateId(store::Database& db, const std::string& name) {
    std::string base;
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) != 0 && u < 0x80) {
            base += static_cast<char>(std::tolower(u));
        } else if (!base.empty() && base.back() != '-') {
            base += '-';
        }
    }
    while (!base.empty() && base.back() == '-') {
        base.pop_back();
    }
    if (base.empty()) {
        base = "dashboard";
    }
    base = base.substr(0, 48);
    std::string id = base;
    for (int n = 2; builtin(id) != nullptr || stored(db, id); ++n) {
        id = base + "-" + std::to_string(n);
    }
    return id;
}

Result<Template> duplicateTemplate(store::Database& db, const std::string& id, const std::string& name) {
    auto found = findTemplate(db, id);
    if (!found) {
        return found.error();
    }
    const auto& source = found.value();
    if (!source) {
        return makeError(ErrorKind::Validation, "no template '" + id + "'");
    }
    Template copy = source->document;
    copy.name = name.empty() ? copy.name + " (copy)" : name;
    copy.id = freeTemplateId(db, copy.name);
    if (auto saved = saveTemplate(db, copy); !saved) {
        return saved.error();
    }
    return copy;
}

Status renameTemplate(store::Database& db, const std::string& id, const std::string& name) {
    auto stored = findTemplate(db, id);
    if (!stored) {
        return stored.error();
    }
    const auto& found = stored.value();
    if (!found) {
        return makeError(ErrorKind::Validation, "no template '" + id + "'");
    }
    if (found->readOnly()) {
        return readOnly(id);
    }
    Template renamed = found->document;
    renamed.name = name;
    return saveTemplate(db, renamed);
}

Status deleteTemplate(store::Database& db, const std::string& id) {
    if (builtin(id) != nullptr) {
        return readOnly(id);
    }
    store::Statement remove(db, "DELETE FROM analytics_templates WHERE id = ?");
    remove.bind(1, id).run();
    if (sqlite3_changes(db.handle()) == 0) {
        return makeError(ErrorKind::Validation, "no template '" + id + "'");
    }
    return Ok{};
}

Result<Template> importTemplate(store::Database& db, std::string_view json, std::string_view source) {
    auto parsed = parseTemplate(json, source);
    if (!parsed) {
        return parsed.error();
    }
    Template t = std::move(parsed).value();
    if (builtin(t.id) != nullptr || stored(db, t.id)) {
        t.id = freeTemplateId(db, t.name);
    }
    if (auto saved = saveTemplate(db, t); !saved) {
        return saved.error();
    }
    return t;
}

Result<std::vector<TemplateSyncState>> templateSyncStates(store::Database& db) {
    return store::readResult("reading the templates to keep in step", [&] {
        std::vector<TemplateSyncState> out;
        store::Statement select(db, "SELECT id, document, published, shared, remote_id, etag, "
                                    "synced_at IS NULL OR synced_at < updated_at FROM analytics_templates "
                                    "WHERE origin = 'user' ORDER BY name, id");
        while (select.step()) {
            auto parsed = parseTemplate(select.columnText(1), "template '" + select.columnText(0) + "'");
            if (!parsed) {
                continue; // unreadable here: never sent
            }
            TemplateSyncState state;
            state.document = std::move(parsed).value();
            state.document.id = select.columnText(0);
            state.published = select.columnInt(2) != 0;
            state.shared = select.columnInt(3) != 0;
            if (!select.isNull(4)) {
                state.remoteId = select.columnText(4);
            }
            if (!select.isNull(5)) {
                state.etag = select.columnText(5);
            }
            state.changed = select.columnInt(6) != 0;
            out.push_back(std::move(state));
        }
        return out;
    });
}

Status markTemplatePublished(store::Database& db, const std::string& id, bool shared) {
    if (builtin(id) != nullptr) {
        return makeError(ErrorKind::Validation, "'" + id + "' is a built-in template: duplicate it to publish it");
    }
    store::Statement mark(db, "UPDATE analytics_templates SET published = 1, shared = ?, synced_at = NULL "
                              "WHERE id = ? AND origin = 'user'");
    mark.bind(1, shared ? 1 : 0).bind(2, id).run();
    if (sqlite3_changes(db.handle()) == 0) {
        return makeError(ErrorKind::Validation, "no template of yours is '" + id + "'");
    }
    return Ok{};
}

void markTemplateSynced(store::Database& db, const std::string& id, const std::string& remoteId,
                        const std::string& etag) {
    store::Statement mark(db, "UPDATE analytics_templates SET remote_id = ?, etag = ?, published = 1, "
                              "synced_at = updated_at WHERE id = ?");
    mark.bind(1, remoteId).bind(2, etag).bind(3, id).run();
}

std::string storeServerTemplate(store::Database& db, Template t, const std::string& remoteId, const std::string& etag,
                                bool shared) {
    store::Statement find(db, "SELECT id FROM analytics_templates WHERE remote_id = ?");
    find.bind(1, remoteId);
    if (find.step()) {
        t.id = find.columnText(0);
    } else if (builtin(t.id) != nullptr || stored(db, t.id)) {
        t.id = freeTemplateId(db, t.name);
    }
    store::orThrow(saveTemplate(db, t));
    store::Statement mark(db, "UPDATE analytics_templates SET remote_id = ?, etag = ?, published = 1, shared = ?, "
                              "synced_at = updated_at WHERE id = ?");
    mark.bind(1, remoteId).bind(2, etag).bind(3, shared ? 1 : 0).bind(4, t.id).run();
    return t.id;
}

std::optional<std::string> remoteIdOf(store::Database& db, const std::string& id) {
    store::Statement select(db, "SELECT remote_id FROM analytics_templates WHERE id = ? AND remote_id IS NOT NULL");
    select.bind(1, id);
    if (select.step()) {
        return select.columnText(0);
    }
    return std::nullopt;
}

void queueServerCall(store::Database& db, const std::string& kind, const std::string& target) {
    store::Statement insert(db, "INSERT INTO server_outbox (kind, target, created_at) VALUES (?, ?, ?)");
    insert.bind(1, kind).bind(2, target).bind(3, nowMs()).run();
}

Result<std::vector<OutboxEntry>> pendingServerCalls(store::Database& db) {
    return store::readResult("reading the calls waiting for the Herald server", [&] {
        std::vector<OutboxEntry> out;
        store::Statement select(db, "SELECT id, kind, target, attempts FROM server_outbox ORDER BY id");
        while (select.step()) {
            out.push_back({select.columnInt64(0), select.columnText(1), select.columnText(2), select.columnInt(3)});
        }
        return out;
    });
}

void finishServerCall(store::Database& db, std::int64_t id) {
    store::Statement remove(db, "DELETE FROM server_outbox WHERE id = ?");
    remove.bind(1, id).run();
}

void failServerCall(store::Database& db, std::int64_t id, const std::string& error) {
    store::Statement mark(db, "UPDATE server_outbox SET attempts = attempts + 1, last_error = ? WHERE id = ?");
    mark.bind(1, error).bind(2, id).run();
}

} // namespace herald::templates
