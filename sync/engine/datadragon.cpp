// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/datadragon.h"

#include "common/clock.h"
#include "common/files.h"
#include "gamedata/buildnames.h"
#include "gamedata/gamedata.h"
#include "http/baseurl.h"
#include "http/httpclient.h"
#include "ingest/compression.h"
#include "store/gameconfigs.h"
#include "store/matchhistory.h"
#include "store/store.h"

#include <atomic>
#include <condition_variable>
#include <cstdlib>
#include <fstream>
#include <future>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>

namespace herald::sync {

namespace {

std::string envOr(const char* name, const std::string& fallback) {
    const char* value = std::getenv(name);
    return value != nullptr && *value != '\0' ? std::string(value) : fallback;
}

// Writes atomically: a temporary file renamed over the target, so a killed refresh leaves no half icon.
bool looksLikePng(const std::string& bytes) {
    return bytes.size() > 8 && bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0;
}

} // namespace

DataDragonConfig DataDragonConfig::fromEnvironment() {
    DataDragonConfig config;
    config.ddragonBase = envOr("HERALD_DDRAGON_BASE_URL", config.ddragonBase);
    config.staticBase = envOr("HERALD_RIOT_STATIC_BASE_URL", config.staticBase);
    return config;
}

DataDragon::DataDragon(store::Store& store, HttpClient& http, DataDragonConfig config)
    : m_store(store)
    , m_http(http)
    , m_config(std::move(config)) {}

std::filesystem::path DataDragon::iconDir(const std::string& version) const {
    return store::championIconRoot(m_store.dataDir()) / version;
}

std::filesystem::path DataDragon::itemIconDir(const std::string& version) const {
    return store::itemIconRoot(m_store.dataDir()) / version;
}

Status DataDragon::fetchIconFiles(const std::vector<IconJob>& jobs, int& fetched, int& cached) {
    std::mutex mutex;
    std::condition_variable done;
    int running = 0;
    std::string firstError;
    for (const IconJob& job : jobs) {
        if (std::filesystem::exists(job.target)) {
            ++cached;
            continue;
        }
        std::unique_lock lock(mutex);
        done.wait(lock, [&] { return running < 8; });
        ++running;
        lock.unlock();
        HttpRequest request;
        request.url = job.url;
        request.timeout = m_config.timeout;
        m_http.send(std::move(request), [&, target = job.target](HttpOutcome outcome) {
            std::lock_guard guard(mutex);
            --running;
            if (outcome.ok() && outcome.response().status == 200 && looksLikePng(outcome.response().body) &&
                writeFileAtomically(target, outcome.response().body).ok()) {
                ++fetched;
            } else if (firstError.empty()) {
                firstError = target.filename().string() + ": " +
                             (outcome.ok() ? "HTTP " + std::to_string(outcome.response().status) + " or not a PNG"
                                           : outcome.error().message);
            }
            done.notify_all();
        });
    }
    std::unique_lock lock(mutex);
    done.wait(lock, [&] { return running == 0; });
    if (!firstError.empty()) {
        return makeError(ErrorKind::Io, firstError);
    }
    return Ok{};
}

Result<std::string> DataDragon::fetch(const std::string& url) {
    std::promise<HttpOutcome> promise;
    auto future = promise.get_future();
    HttpRequest request;
    request.url = url;
    request.timeout = m_config.timeout;
    m_http.send(std::move(request), [&promise](HttpOutcome outcome) { promise.set_value(std::move(outcome)); });
    HttpOutcome outcome = future.get();
    if (!outcome.ok()) {
        return makeError(ErrorKind::Io, "Data Dragon: " + url + ": " + outcome.error().message);
    }
    if (outcome.response().status != 200) {
        return makeError(ErrorKind::Io,
                         "Data Dragon: " + url + " answered HTTP " + std::to_string(outcome.response().status));
    }
    return std::move(outcome.response().body);
}

Status DataDragon::checkBases() {
    // The same rule as every base URL (libcurl's parser; no user-info); Data Dragon carries no secret.
    for (auto [base, what] : {std::pair{&m_config.ddragonBase, "HERALD_DDRAGON_BASE_URL"},
                              std::pair{&m_config.staticBase, "HERALD_RIOT_STATIC_BASE_URL"}}) {
        auto checked = checkBaseUrl(*base, what, Secrets::None);
        if (!checked) {
            return checked.error();
        }
        *base = checked->url;
    }
    return Ok{};
}

Result<DataDragonReport> DataDragon::refresh(bool force) {
    DataDragonReport report;
    if (Status bases = checkBases(); !bases) {
        return bases.error();
    }
    auto reader = m_store.openReader();
    if (!reader) {
        return reader.error();
    }
    auto stamp = store::gameConfigStamp(reader.value(), std::string(gamedata::kChampionsConfig));
    if (!stamp) {
        return stamp.error();
    }
    const std::string storedVersion = stamp.value() ? stamp.value()->version : std::string();
    const std::int64_t fetchedAt = stamp.value() ? stamp.value()->fetchedAt : 0;
    const auto maxAgeMs = std::chrono::duration_cast<std::chrono::milliseconds>(m_config.maxAge).count();
    if (!force && !storedVersion.empty() && nowMs() - fetchedAt < maxAgeMs) {
        report.upToDate = true;
        report.version = storedVersion;
    } else {
        auto versionsBody = fetch(m_config.ddragonBase + "/api/versions.json");
        if (!versionsBody) {
            return versionsBody.error();
        }
        const auto versions = nlohmann::json::parse(versionsBody.value(), nullptr, false);
        if (!versions.is_array() || versions.empty() || !versions[0].is_string()) {
            return makeError(ErrorKind::Parse, "Data Dragon: versions.json is not a list of versions");
        }
        report.version = versions[0].get<std::string>();
        std::vector<std::pair<std::string, std::string>> documents; // (name, json)
        documents.emplace_back(gamedata::kVersionsConfig, versionsBody.value());
        if (force || report.version != storedVersion) {
            const std::string data = m_config.ddragonBase + "/cdn/" + report.version + "/data/" + m_config.language;
            auto champions = fetch(data + "/champion.json");
            if (!champions) {
                return champions.error();
            }
            auto items = fetch(data + "/item.json");
            if (!items) {
                return items.error();
            }
            auto spells = fetch(data + "/summoner.json");
            if (!spells) {
                return spells.error();
            }
            auto runes = fetch(data + "/runesReforged.json");
            if (!runes) {
                return runes.error();
            }
            auto queues = fetch(m_config.staticBase + "/docs/lol/queues.json");
            if (!queues) {
                return queues.error();
            }
            // Validate before storing: a bad document must not replace a good one.
            const gamedata::GameData check(queues.value(), champions.value(), items.value(), spells.value(),
                                           runes.value());
            if (check.champions().empty() || check.queueName(420).rfind("Queue ", 0) == 0) {
                return makeError(ErrorKind::Parse, "Data Dragon: champion.json or queues.json has an unexpected shape");
            }
            if (check.spell(4) == nullptr || check.runeCount() == 0) { // Flash, and any rune at all
                return makeError(ErrorKind::Parse,
                                 "Data Dragon: summoner.json or runesReforged.json has an unexpected shape");
            }
            report.champions = static_cast<int>(check.champions().size());
            report.items = static_cast<int>(check.itemCount());
            report.spells = static_cast<int>(check.spellCount());
            report.runes = static_cast<int>(check.runeCount());
            report.queues = 1;
            documents.emplace_back(gamedata::kChampionsConfig, std::move(champions).value());
            documents.emplace_back(gamedata::kItemsConfig, std::move(items).value());
            documents.emplace_back(gamedata::kSummonersConfig, std::move(spells).value());
            documents.emplace_back(gamedata::kRunesConfig, std::move(runes).value());
            documents.emplace_back(gamedata::kQueuesConfig, std::move(queues).value());
        } else {
            report.upToDate = true;
        }
        const std::string version = report.version;
        const bool sameVersion = report.upToDate;
        auto stored = m_store.writer()
                          .submit<int>([documents, version, sameVersion](store::Database& db) -> Result<int> {
                              std::vector<store::GameConfigDocument> packed;
                              for (const auto& [name, json] : documents) {
                                  packed.push_back({std::string(name), ingest::compress(json)});
                              }
                              store::Transaction tx(db);
                              store::saveGameConfigs(db, packed, version, nowMs());
                              gamedata::writeBuildNames(db); // the builds' names follow the new documents
                              if (sameVersion) {             // checked now: the champion data stays, its age restarts
                                  store::touchGameConfig(db, std::string(gamedata::kChampionsConfig), nowMs());
                              }
                              tx.commit();
                              return static_cast<int>(documents.size());
                          })
                          .get();
        if (!stored) {
            return stored.error();
        }
    }

    return report;
}

Status DataDragon::fetchIcons(DataDragonReport& report) {
    if (Status bases = checkBases(); !bases) {
        return bases;
    }
    // Icons of the stored version's champions that stored games use, the missing ones only, 8 at a time.
    auto reread = m_store.openReader();
    if (!reread) {
        return reread.error();
    }
    const gamedata::GameData data = gamedata::GameData::fromStore(reread.value());
    auto played = store::championsInStoredGames(reread.value());
    if (!played) {
        return played.error();
    }
    const std::set<int> used(played.value().begin(), played.value().end());
    report.iconDir = iconDir(data.championVersion());
    std::error_code error;
    std::filesystem::create_directories(report.iconDir, error);
    if (error) {
        return makeError(ErrorKind::Io, "cannot create " + report.iconDir.string() + ": " + error.message());
    }
    std::vector<IconJob> champions;
    for (const auto& champion : data.champions()) {
        if (!champion.image.empty() && used.count(champion.id) != 0) {
            champions.push_back(
                {m_config.ddragonBase + "/cdn/" + data.championVersion() + "/img/champion/" + champion.image,
                 report.iconDir / champion.image});
        }
    }
    if (Status fetched = fetchIconFiles(champions, report.iconsFetched, report.iconsCached); !fetched) {
        return makeError(ErrorKind::Io, "Data Dragon: champion icon " + fetched.error().message);
    }
    // Item icons, for the match page's builds (names until they are here).
    if (!data.itemVersion().empty()) {
        report.itemIconDir = itemIconDir(data.itemVersion());
        std::filesystem::create_directories(report.itemIconDir, error);
        if (error) {
            return makeError(ErrorKind::Io, "cannot create " + report.itemIconDir.string() + ": " + error.message());
        }
        std::vector<IconJob> items;
        for (const int id : data.itemIds()) {
            const std::string file = std::to_string(id) + ".png";
            items.push_back(
                {m_config.ddragonBase + "/cdn/" + data.itemVersion() + "/img/item/" + file, report.itemIconDir / file});
        }
        if (Status fetched = fetchIconFiles(items, report.itemIconsFetched, report.itemIconsCached); !fetched) {
            return makeError(ErrorKind::Io, "Data Dragon: item icon " + fetched.error().message);
        }
    }
    return Ok{};
}

} // namespace herald::sync
