// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// DataDragon: game data from Riot's Data Dragon CDN and static constants into the store's game_configs
// (versions, champions, items, summoner spells, runes, queue names), and champion icons cached on disk. No API key is
// involved: Data Dragon is public and never sees the Riot key. Offline, the bundled snapshot (models/gamedata) serves.
#pragma once

#include "common/result.h"

#include <chrono>
#include <filesystem>
#include <string>

namespace herald::store {
class Store;
}

namespace herald::sync {

class HttpClient;

struct DataDragonConfig {
    std::string ddragonBase = "https://ddragon.leagueoflegends.com";   // env HERALD_DDRAGON_BASE_URL
    std::string staticBase = "https://static.developer.riotgames.com"; // env HERALD_RIOT_STATIC_BASE_URL
    std::string language = "en_US";
    std::chrono::hours maxAge{24}; // a refresh within this age is skipped unless forced
    std::chrono::milliseconds timeout{20'000};

    static DataDragonConfig fromEnvironment();
};

struct DataDragonReport {
    bool upToDate = false; // nothing fetched: refreshed recently, or the version did not change
    std::string version;   // the latest Data Dragon version
    int champions = 0;
    int items = 0;
    int spells = 0; // summoner spells
    int runes = 0;  // runes and rune trees
    int queues = 0;
    int iconsFetched = 0;
    int iconsCached = 0; // already on disk
    std::filesystem::path iconDir;
    int itemIconsFetched = 0;
    int itemIconsCached = 0;
    std::filesystem::path itemIconDir;
};

class DataDragon {
public:
    DataDragon(store::Store& store, HttpClient& http, DataDragonConfig config = DataDragonConfig::fromEnvironment());

    // Versions, then champion.json / item.json of the latest version and queues.json when the stored ones are
    // older, in one transaction. No icons: a sync fetches those after its matches (fetchIcons).
    Result<DataDragonReport> refresh(bool force = false);
    // The icons missing from iconDir / itemIconDir: the champions the stored games use, and the items of the stored
    // version (item ids are not stored apart from the raw payloads yet). Fills report's icon fields.
    Status fetchIcons(DataDragonReport& report);

    // DATA_DIR/cache/champion-icons/VERSION and DATA_DIR/cache/item-icons/VERSION
    std::filesystem::path iconDir(const std::string& version) const;
    std::filesystem::path itemIconDir(const std::string& version) const;

private:
    Result<std::string> fetch(const std::string& url);
    Status checkBases(); // checkBaseUrl on both bases, kept in libcurl's normalised form
    // Downloads each (url, file) missing from disk, 8 at a time; counts them; the first failure names its file.
    struct IconJob {
        std::string url;
        std::filesystem::path target;
    };
    Status fetchIconFiles(const std::vector<IconJob>& jobs, int& fetched, int& cached);

    store::Store& m_store;
    HttpClient& m_http;
    DataDragonConfig m_config;
};

} // namespace herald::sync
