// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "herald/serversync.h"

#include "common/clock.h"
#include "gamedata/gamedata.h"
#include "ingest/compression.h"
#include "store/gameconfigs.h"
#include "store/settings.h"
#include "store/store.h"
#include "templates/templatestore.h"

#include <algorithm>
#include <ctime>
#include <map>
#include <nlohmann/json.hpp>

namespace herald::sync::server {

namespace {

using nlohmann::json;

template <class R> Result<R> write(store::Store& store, std::function<Result<R>(store::Database&)> job) {
    return store.writer().submit<R>(std::move(job)).get();
}

bool unreachable(const Error& error) {
    return error.code == "server.unreachable" || error.code == "server.busy";
}

std::string today() {
    const std::time_t now = std::time(nullptr);
    std::tm parts{};
    localtime_r(&now, &parts);
    char text[16];
    std::strftime(text, sizeof text, "%Y-%m-%d", &parts);
    return text;
}

std::string body(const templates::Template& t, bool shared) {
    return json{{"document", json::parse(templates::serializeTemplate(t))}, {"shared", shared}}.dump();
}

// The server's document of a template, with its ETag.
Result<std::pair<templates::Template, std::string>> fetchDocument(HeraldClient& client, const std::string& remoteId) {
    auto answer = client.call("GET", "/templates/" + remoteId);
    if (!answer) {
        return answer.error();
    }
    auto parsed = templates::parseTemplate(answer->body, "the Herald server's template " + remoteId);
    if (!parsed) {
        return parsed.error();
    }
    return std::make_pair(std::move(parsed).value(), answer->etag);
}

// POST (new) or PUT with If-Match (known): the new ETag, or the error (code server.etag_mismatch on 412).
Result<std::pair<std::string, std::string>> push(HeraldClient& client, const templates::TemplateSyncState& state) {
    if (!state.remoteId) {
        auto answer = client.call("POST", "/me/templates", body(state.document, state.shared));
        if (!answer) {
            return answer.error();
        }
        const json doc = json::parse(answer->body, nullptr, false);
        if (!doc.is_object() || !doc.contains("id")) {
            return makeError(ErrorKind::Parse, "the Herald server's answer has no template id", "server.http");
        }
        const std::string id = doc["id"].is_string() ? doc["id"].get<std::string>() : doc["id"].dump();
        return std::make_pair(id, doc.value("etag", answer->etag));
    }
    auto answer = client.call("PUT", "/me/templates/" + *state.remoteId, body(state.document, state.shared),
                              {{"If-Match", state.etag.value_or("*")}});
    if (!answer) {
        return answer.error();
    }
    const json doc = json::parse(answer->body, nullptr, false);
    return std::make_pair(*state.remoteId, doc.is_object() ? doc.value("etag", answer->etag) : answer->etag);
}

} // namespace

Result<TemplatePage> browseTemplates(HeraldClient& client, const std::string& query, int page, int perPage) {
    const std::string q = percentEncoded(query);
    auto answer = client.call("GET", "/templates?q=" + q + "&page=" + std::to_string(std::max(1, page)) +
                                         "&per_page=" + std::to_string(std::clamp(perPage, 1, 100)));
    if (!answer) {
        return answer.error();
    }
    const json doc = json::parse(answer->body, nullptr, false);
    if (!doc.is_object() || !doc.contains("items") || !doc["items"].is_array()) {
        return makeError(ErrorKind::Parse, "the Herald server's template list is not a page", "server.http");
    }
    TemplatePage out;
    out.page = doc.value("page", page);
    out.perPage = doc.value("per_page", perPage);
    out.total = doc.value("total", std::int64_t{0});
    for (const auto& item : doc["items"]) {
        if (!item.is_object()) {
            continue;
        }
        SharedTemplate t;
        t.id = item.contains("id") ? (item["id"].is_string() ? item["id"].get<std::string>() : item["id"].dump()) : "";
        t.name = item.value("name", std::string());
        t.description = item.value("description", std::string());
        t.author = item.value("author", std::string());
        t.updatedAt = item.value("updated_at", std::string());
        t.downloads = item.value("downloads", std::int64_t{0});
        out.items.push_back(std::move(t));
    }
    return out;
}

Result<templates::Template> fetchTemplate(HeraldClient& client, const std::string& remoteId) {
    auto fetched = fetchDocument(client, remoteId);
    if (!fetched) {
        return fetched.error();
    }
    return std::move(fetched->first);
}

Result<templates::Template> pullTemplate(store::Store& store, HeraldClient& client, const std::string& remoteId) {
    auto fetched = fetchDocument(client, remoteId);
    if (!fetched) {
        return fetched.error();
    }
    templates::Template t = std::move(fetched->first);
    return write<templates::Template>(store, [t](store::Database& db) -> Result<templates::Template> {
        // A received template is the player's to use and change; it is not published back.
        const std::string json = templates::serializeTemplate(t);
        return templates::importTemplate(db, json, "the Herald server");
    });
}

Result<PublishOutcome> publishTemplate(store::Store& store, HeraldClient& client, const std::string& id, bool shared) {
    auto marked = write<Ok>(
        store, [id, shared](store::Database& db) { return templates::markTemplatePublished(db, id, shared); });
    if (!marked) {
        return marked.error();
    }
    auto synced = syncTemplates(store, client);
    PublishOutcome outcome;
    if (!synced) {
        if (!unreachable(synced.error())) {
            return synced.error();
        }
        outcome.pendingBecause = synced.error();
        return outcome;
    }
    auto reader = store.openReader();
    if (reader) {
        outcome.remoteId = templates::remoteIdOf(reader.value(), id).value_or("");
    }
    outcome.sent = !outcome.remoteId.empty();
    return outcome;
}

Status deleteServerTemplate(store::Store& store, HeraldClient& client, const std::string& remoteId) {
    auto answer = client.call("DELETE", "/me/templates/" + remoteId);
    if (answer || answer.error().code == "server.not_found") {
        return Ok{};
    }
    if (!unreachable(answer.error())) {
        return answer.error();
    }
    return write<Ok>(store, [remoteId](store::Database& db) -> Result<Ok> {
        templates::queueServerCall(db, "delete_template", remoteId);
        return Ok{};
    });
}

namespace {

// 1. The calls that waited for the server (deletions made offline), replayed in order.
Status replayPendingCalls(store::Store& store, HeraldClient& client, TemplateSyncReport& report) {
    auto reader = store.openReader();
    if (!reader) {
        return reader.error();
    }
    auto pending = templates::pendingServerCalls(reader.value());
    if (!pending) {
        return pending.error();
    }
    for (const auto& call : pending.value()) {
        auto answer = client.call("DELETE", "/me/templates/" + call.target);
        if (!answer && unreachable(answer.error())) {
            return answer.error(); // still away: everything else waits too
        }
        const bool done = answer || answer.error().code == "server.not_found";
        const std::string error = done ? "" : answer.error().message;
        auto recorded = write<Ok>(store, [call, done, error](store::Database& db) -> Result<Ok> {
            done ? templates::finishServerCall(db, call.id) : templates::failServerCall(db, call.id, error);
            return Ok{};
        });
        if (!recorded) {
            return recorded.error();
        }
        report.deleted += done ? 1 : 0;
    }
    return Ok{};
}

// 2. Published templates changed here go out; a 412 keeps the server's and a dated copy of ours.
Status pushChanged(store::Store& store, HeraldClient& client, const std::vector<templates::TemplateSyncState>& states,
                   TemplateSyncReport& report) {
    for (const auto& state : states) {
        if (!state.published || !state.changed) {
            continue;
        }
        auto pushed = push(client, state);
        if (!pushed) {
            if (pushed.error().code != "server.etag_mismatch") {
                return pushed.error();
            }
            auto theirs = fetchDocument(client, *state.remoteId);
            if (!theirs) {
                return theirs.error();
            }
            templates::Template mine = state.document;
            mine.name = state.document.name + " (conflict " + today() + ")";
            const std::string remoteId = *state.remoteId;
            auto kept = write<std::string>(store,
                                           [mine, theirs = theirs.value(), remoteId,
                                            shared = state.shared](store::Database& db) -> Result<std::string> {
                                               store::Transaction tx(db);
                                               templates::storeServerTemplate(db, theirs.first, remoteId, theirs.second,
                                                                              shared);
                                               templates::Template copy = mine;
                                               copy.id = templates::freeTemplateId(db, copy.name);
                                               store::orThrow(templates::saveTemplate(db, copy));
                                               tx.commit();
                                               return copy.name;
                                           });
            if (!kept) {
                return kept.error();
            }
            report.conflicts.push_back(kept.value());
            ++report.received;
            continue;
        }
        // Plain names, not a structured binding: clang 14 cannot capture those in the lambda below.
        const std::string remoteId = pushed.value().first;
        const std::string etag = pushed.value().second;
        auto marked = write<Ok>(store, [id = state.document.id, remoteId, etag](store::Database& db) -> Result<Ok> {
            templates::markTemplateSynced(db, id, remoteId, etag);
            return Ok{};
        });
        if (!marked) {
            return marked.error();
        }
        ++report.sent;
    }
    return Ok{};
}

// 3. The player's templates on the server that are new or newer there.
Status pullNewer(store::Store& store, HeraldClient& client, const std::vector<templates::TemplateSyncState>& states,
                 TemplateSyncReport& report) {
    auto listed = client.call("GET", "/me/templates");
    if (!listed) {
        return listed.error();
    }
    const json list = json::parse(listed->body, nullptr, false);
    if (!list.is_array()) {
        return makeError(ErrorKind::Parse, "the Herald server's list of your templates is not a list", "server.http");
    }
    std::map<std::string, const templates::TemplateSyncState*> byRemote;
    for (const auto& state : states) {
        if (state.remoteId) {
            byRemote[*state.remoteId] = &state;
        }
    }
    for (const auto& item : list) {
        if (!item.is_object() || !item.contains("id")) {
            continue;
        }
        const std::string remoteId = item["id"].is_string() ? item["id"].get<std::string>() : item["id"].dump();
        const std::string etag = item.value("etag", std::string());
        const auto local = byRemote.find(remoteId);
        if (local != byRemote.end() && (local->second->etag == etag || local->second->changed)) {
            continue; // in step (or ours, pushed above)
        }
        auto fetched = fetchDocument(client, remoteId);
        if (!fetched) {
            return fetched.error();
        }
        auto stored =
            write<std::string>(store,
                               [doc = fetched->first, remoteId, etag = fetched->second.empty() ? etag : fetched->second,
                                shared = item.value("shared", false)](store::Database& db) -> Result<std::string> {
                                   return templates::storeServerTemplate(db, doc, remoteId, etag, shared);
                               });
        if (!stored) {
            return stored.error();
        }
        ++report.received;
    }
    return Ok{};
}

} // namespace

Result<TemplateSyncReport> syncTemplates(store::Store& store, HeraldClient& client) {
    TemplateSyncReport report;
    if (Status replayed = replayPendingCalls(store, client, report); !replayed) {
        return replayed.error();
    }
    std::vector<templates::TemplateSyncState> states;
    {
        auto reader = store.openReader();
        if (!reader) {
            return reader.error();
        }
        auto read = templates::templateSyncStates(reader.value());
        if (!read) {
            return read.error();
        }
        states = std::move(read).value();
    }
    if (Status pushed = pushChanged(store, client, states, report); !pushed) {
        return pushed.error();
    }
    if (Status pulled = pullNewer(store, client, states, report); !pulled) {
        return pulled.error();
    }
    return report;
}

Result<std::string> refreshChampionsFromServer(store::Store& store, HeraldClient& client) {
    auto versions = client.call("GET", "/static/versions");
    if (!versions) {
        return versions.error();
    }
    const json list = json::parse(versions->body, nullptr, false);
    if (!list.is_array() || list.empty() || !list[0].is_string()) {
        return makeError(ErrorKind::Parse, "the Herald server's versions are not a list of versions", "server.http");
    }
    const std::string version = list[0].get<std::string>();
    {
        auto reader = store.openReader();
        if (!reader) {
            return reader.error();
        }
        auto stamp = store::gameConfigStamp(reader.value(), std::string(gamedata::kChampionsConfig));
        if (stamp && stamp.value() && stamp.value()->version == version) {
            return std::string();
        }
    }
    auto champions = client.call("GET", "/static/" + version + "/champions");
    if (!champions) {
        return champions.error();
    }
    // Checked before it replaces anything: Data Dragon's champion.json shape, with champions in it.
    const json doc = json::parse(champions->body, nullptr, false);
    if (!doc.is_object() || !doc.contains("data") || !doc["data"].is_object() || doc["data"].empty()) {
        return makeError(ErrorKind::Parse, "the Herald server's champions are not Data Dragon's champion.json",
                         "server.http");
    }
    const std::vector<store::GameConfigDocument> documents = {
        {std::string(gamedata::kVersionsConfig), ingest::compress(versions->body)},
        {std::string(gamedata::kChampionsConfig), ingest::compress(champions->body)}};
    auto saved = write<Ok>(store, [documents, version](store::Database& db) -> Result<Ok> {
        store::Transaction tx(db);
        store::saveGameConfigs(db, documents, version, nowMs());
        tx.commit();
        return Ok{};
    });
    if (!saved) {
        return saved.error();
    }
    return version;
}

const std::vector<std::string>& syncedSettingKeys() {
    static const std::vector<std::string> keys = {"ui.language",
                                                  "ui.theme",
                                                  std::string(store::kStreamerModeSetting),
                                                  std::string(store::kTimeZoneSetting),
                                                  "sync.concurrency",
                                                  "sync.default_platform",
                                                  "dashboard.queue_filter"};
    return keys;
}

Result<SettingsSyncReport> syncSettings(store::Store& store, HeraldClient& client) {
    SettingsSyncReport report;
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto answer = client.call("GET", "/me/settings");
        if (!answer) {
            return answer.error();
        }
        const json doc = json::parse(answer->body, nullptr, false);
        if (!doc.is_object() || !doc.contains("settings") || !doc["settings"].is_object()) {
            return makeError(ErrorKind::Parse, "the Herald server's settings are not an object", "server.http");
        }
        const json& remote = doc["settings"];
        const int version = doc.value("version", 0);
        // Per key: changed here since the last sync (the value differs from what was last in step) -> ours;
        // else the server's.
        json merged = remote;
        std::map<std::string, std::string> apply;
        int sent = 0;
        {
            auto reader = store.openReader();
            if (!reader) {
                return reader.error();
            }
            for (const auto& key : syncedSettingKeys()) {
                const auto local = store::getSetting(reader.value(), key);
                const auto last = store::getSetting(reader.value(), "herald.synced." + key);
                if (!local || !last) {
                    return !local ? local.error() : last.error();
                }
                const bool changedHere = local.value() != last.value();
                if (changedHere && local.value()) {
                    merged[key] = *local.value();
                    ++sent;
                } else if (remote.contains(key) && remote[key].is_string() &&
                           (!local.value() || *local.value() != remote[key].get<std::string>())) {
                    apply[key] = remote[key].get<std::string>();
                }
            }
        }
        int newVersion = version;
        if (sent > 0) {
            auto put = client.call("PUT", "/me/settings", json{{"settings", merged}}.dump(),
                                   {{"If-Match", "\"" + std::to_string(version) + "\""}});
            if (!put) {
                if (put.error().code == "server.version_mismatch") {
                    continue; // changed elsewhere meanwhile: read again, apply ours again
                }
                return put.error();
            }
            const json result = json::parse(put->body, nullptr, false);
            newVersion = result.is_object() ? result.value("version", version + 1) : version + 1;
        }
        auto saved = write<Ok>(store, [merged, apply, newVersion](store::Database& db) -> Result<Ok> {
            store::Transaction tx(db);
            for (const auto& [key, value] : apply) {
                store::setSetting(db, key, value);
            }
            for (const auto& key : syncedSettingKeys()) {
                if (merged.contains(key) && merged[key].is_string()) {
                    store::setSetting(db, "herald.synced." + key, merged[key].get<std::string>());
                }
            }
            store::setSetting(db, "herald.settings_version", std::to_string(newVersion));
            tx.commit();
            return Ok{};
        });
        if (!saved) {
            return saved.error();
        }
        report.sent = sent;
        report.received = static_cast<int>(apply.size());
        report.version = newVersion;
        return report;
    }
    return makeError(ErrorKind::Conflict, "the settings kept changing on the Herald server; try again",
                     "server.version_mismatch");
}

} // namespace herald::sync::server
