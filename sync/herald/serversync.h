// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the store keeps in step with the Herald server: published templates (ETags; on 412 the server's version
// wins and the local one is kept as "<name> (conflict YYYY-MM-DD)"), shared templates browsed and pulled, the
// synced settings (version; on 412 only the keys changed here are applied again), and the offline queue.
// Offline first: a change made while the server cannot be reached stays pending in the store and goes out on the
// next sync that reaches it.
#pragma once

#include "common/result.h"
#include "herald/heraldclient.h"
#include "templates/template.h"

#include <string>
#include <vector>

namespace herald::store {
class Store;
}

namespace herald::sync::server {

struct SharedTemplate {
    std::string id;
    std::string name;
    std::string description;
    std::string author;
    std::string updatedAt;
    std::int64_t downloads = 0;
};

struct TemplatePage {
    std::vector<SharedTemplate> items;
    int page = 1;
    int perPage = 20;
    std::int64_t total = 0;
};

Result<TemplatePage> browseTemplates(HeraldClient& client, const std::string& query, int page, int perPage = 20);
// A template's document as the server has it (a shared one, or one of the player's), for a preview.
Result<templates::Template> fetchTemplate(HeraldClient& client, const std::string& remoteId);
// A shared template into the local library (origin shared, under a free id). Returns it.
Result<templates::Template> pullTemplate(store::Store& store, HeraldClient& client, const std::string& remoteId);
// Marks the player's template published (shared: visible to others) and sends it. Offline, it stays marked and
// goes out with the next sync: pending says so.
struct PublishOutcome {
    bool sent = false;
    std::string remoteId;
    Error pendingBecause; // when not sent
};
Result<PublishOutcome> publishTemplate(store::Store& store, HeraldClient& client, const std::string& id, bool shared);
// Deletes a published template on the server (the local copy is the caller's); offline, the call is queued.
Status deleteServerTemplate(store::Store& store, HeraldClient& client, const std::string& remoteId);

struct TemplateSyncReport {
    int sent = 0;                       // created or updated on the server
    int received = 0;                   // new or changed on the server, stored here
    int deleted = 0;                    // queued deletions done
    std::vector<std::string> conflicts; // names of the local copies kept after a 412
};
// Queued calls first, then every published template both ways.
Result<TemplateSyncReport> syncTemplates(store::Store& store, HeraldClient& client);

// Data Dragon's versions and champions through the Herald server (GET /static/versions, /static/{v}/champions),
// for a player who cannot reach Data Dragon: the newest champions' names and keys. The other game data documents
// stay as they are. Returns the version stored ("" when the stored one was already the newest).
Result<std::string> refreshChampionsFromServer(store::Store& store, HeraldClient& client);

// The settings keys the contract syncs (language, theme, streamer mode, sync preferences, ...).
const std::vector<std::string>& syncedSettingKeys();
struct SettingsSyncReport {
    int sent = 0;     // keys changed here and pushed
    int received = 0; // keys changed elsewhere and applied here
    int version = 0;
};
Result<SettingsSyncReport> syncSettings(store::Store& store, HeraldClient& client);

} // namespace herald::sync::server
