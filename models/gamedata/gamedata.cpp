// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gamedata.h"

#include "embedded.h"
#include "ingest/compression.h"
#include "store/database.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <unordered_set>

namespace herald::gamedata {

namespace {

// "5v5 Ranked Solo games" -> "Ranked Solo": Riot's descriptions carry the team size and a trailing "games".
std::string shortQueueName(const nlohmann::json& entry) {
    std::string text = entry.value("description", nlohmann::json()).is_string()
                           ? entry["description"].get<std::string>()
                           : std::string();
    if (text.find("CHERRY") != std::string::npos) {
        return "Arena";
    }
    if (text.find("STRAWBERRY") != std::string::npos) {
        return "Swarm";
    }
    if (text.empty()) {
        return entry.value("map", std::string("Custom"));
    }
    const auto space = text.find(' ');
    if (space != std::string::npos && text.find('v') < space && std::isdigit(static_cast<unsigned char>(text[0]))) {
        text.erase(0, space + 1);
    }
    constexpr std::string_view suffix = " games";
    if (text.size() > suffix.size() && text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0) {
        text.resize(text.size() - suffix.size());
    }
    return text;
}

} // namespace

const GameData& GameData::builtin() {
    static const GameData data(resources::load("gamedata/queues.json").value_or("[]"),
                               resources::load("gamedata/champions.json").value_or("{}"));
    return data;
}

GameData::GameData(std::string_view queuesJson, std::string_view championsJson, std::string_view itemsJson,
                   std::string_view summonersJson, std::string_view runesJson) {
    const auto queues = nlohmann::json::parse(queuesJson, nullptr, false);
    if (queues.is_array()) {
        for (const auto& entry : queues) {
            if (entry.is_object() && entry.contains("queueId") && entry["queueId"].is_number_integer()) {
                m_queues[entry["queueId"].get<int>()] = shortQueueName(entry);
            }
        }
    }
    const auto champions = nlohmann::json::parse(championsJson, nullptr, false);
    if (champions.is_object() && champions.contains("data") && champions["data"].is_object()) {
        m_championVersion = champions.value("version", std::string());
        for (const auto& [id, entry] : champions["data"].items()) {
            if (!entry.is_object()) {
                continue;
            }
            Champion c;
            c.key = id;
            c.name = entry.value("name", id);
            c.id = std::atoi(entry.value("key", std::string("0")).c_str());
            if (entry.contains("image") && entry["image"].is_object()) {
                c.image = entry["image"].value("full", std::string());
            }
            if (entry.contains("tags") && entry["tags"].is_array()) {
                for (const auto& tag : entry["tags"]) {
                    if (tag.is_string()) {
                        c.tags.push_back(tag.get<std::string>());
                    }
                }
            }
            m_champions.push_back(std::move(c));
        }
    }
    std::sort(m_champions.begin(), m_champions.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    const auto items = nlohmann::json::parse(itemsJson.empty() ? std::string_view("{}") : itemsJson, nullptr, false);
    if (items.is_object() && items.contains("data") && items["data"].is_object()) {
        m_itemVersion = items.value("version", std::string());
        for (const auto& [id, entry] : items["data"].items()) {
            if (entry.is_object()) {
                m_items[std::atoi(id.c_str())] = entry.value("name", std::string());
            }
        }
    }
    const auto spells =
        nlohmann::json::parse(summonersJson.empty() ? std::string_view("{}") : summonersJson, nullptr, false);
    if (spells.is_object() && spells.contains("data") && spells["data"].is_object()) {
        for (const auto& [id, entry] : spells["data"].items()) {
            if (entry.is_object() && entry.contains("key") && entry["key"].is_string()) {
                Named spell{entry.value("name", id), std::string()};
                if (entry.contains("image") && entry["image"].is_object()) {
                    spell.icon = entry["image"].value("full", std::string());
                }
                m_spells[std::atoi(entry["key"].get<std::string>().c_str())] = std::move(spell);
            }
        }
    }
    const auto runes = nlohmann::json::parse(runesJson.empty() ? std::string_view("[]") : runesJson, nullptr, false);
    auto addRune = [this](const nlohmann::json& entry) {
        if (entry.is_object() && entry.contains("id") && entry["id"].is_number_integer()) {
            m_runes[entry["id"].get<int>()] =
                Named{entry.value("name", std::string()), entry.value("icon", std::string())};
        }
    };
    if (runes.is_array()) {
        for (const auto& tree : runes) {
            addRune(tree);
            if (!tree.is_object() || !tree.contains("slots") || !tree["slots"].is_array()) {
                continue;
            }
            for (const auto& slot : tree["slots"]) {
                if (slot.is_object() && slot.contains("runes") && slot["runes"].is_array()) {
                    for (const auto& rune : slot["runes"]) {
                        addRune(rune);
                    }
                }
            }
        }
    }
}

std::vector<int> GameData::itemIds() const {
    std::vector<int> ids;
    for (const auto& [id, name] : m_items) {
        ids.push_back(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

const Named* GameData::spell(int spellId) const {
    const auto it = m_spells.find(spellId);
    return it != m_spells.end() ? &it->second : nullptr;
}

const Named* GameData::rune(int runeId) const {
    const auto it = m_runes.find(runeId);
    return it != m_runes.end() ? &it->second : nullptr;
}

GameData GameData::fromStore(store::Database& db) {
    auto document = [&db](std::string_view name, const char* bundled) -> std::string {
        try {
            store::Statement select(db, "SELECT data FROM game_configs WHERE name = ?");
            select.bind(1, name);
            if (select.step()) {
                if (auto raw = ingest::decompress(select.columnBlob(0))) {
                    return std::move(raw).value();
                }
            }
        } catch (const store::StoreError&) {
            // an unreadable store (busy, damaged) falls back to the bundled snapshot like an empty one
        }
        return bundled != nullptr ? resources::load(bundled).value_or("") : std::string();
    };
    return GameData(
        document(kQueuesConfig, "gamedata/queues.json"), document(kChampionsConfig, "gamedata/champions.json"),
        document(kItemsConfig, "gamedata/items.json"), document(kSummonersConfig, "gamedata/summoners.json"),
        document(kRunesConfig, "gamedata/runes.json"));
}

std::string GameData::itemName(int itemId) const {
    const auto it = m_items.find(itemId);
    return it != m_items.end() ? it->second : std::string();
}

bool isCompletedItem(int itemId) {
    static const std::unordered_set<int> completed = [] {
        std::unordered_map<int, bool> known; // id -> completed, the newer document last
        for (const char* name : {"gamedata/items_13.22.1.json", "gamedata/items.json"}) {
            const auto doc = nlohmann::json::parse(resources::load(name).value_or("{}"), nullptr, false);
            if (!doc.is_object() || !doc.contains("data") || !doc["data"].is_object()) {
                continue;
            }
            for (const auto& [id, entry] : doc["data"].items()) {
                if (!entry.is_object()) {
                    continue;
                }
                const bool buildsInto = entry.contains("into") && entry["into"].is_array() && !entry["into"].empty();
                const auto gold = entry.value("gold", nlohmann::json::object());
                const int total = gold.is_object() ? gold.value("total", 0) : 0;
                bool consumable = false;
                if (entry.contains("tags") && entry["tags"].is_array()) {
                    for (const auto& tag : entry["tags"]) {
                        consumable = consumable || (tag.is_string() && tag.get<std::string>() == "Consumable");
                    }
                }
                known[std::atoi(id.c_str())] = !buildsInto && total >= kCompletedItemGold && !consumable;
            }
        }
        std::unordered_set<int> out;
        for (const auto& [id, isCompleted] : known) {
            if (isCompleted) {
                out.insert(id);
            }
        }
        return out;
    }();
    return completed.count(itemId) != 0;
}

GameKind gameKindOf(int queueId, bool hasSubteams) {
    if (hasSubteams || queueId == 1700 || queueId == 1710 || queueId == 1750) {
        return GameKind::Arena;
    }
    if (queueId >= 1810 && queueId <= 1840) {
        return GameKind::Swarm;
    }
    return GameKind::Teams;
}

std::string GameData::queueName(int queueId) const {
    const auto it = m_queues.find(queueId);
    return it != m_queues.end() ? it->second : "Queue " + std::to_string(queueId);
}

const Champion* GameData::championByKey(std::string_view key) const {
    const auto it = std::lower_bound(m_champions.begin(), m_champions.end(), key,
                                     [](const Champion& c, std::string_view k) { return c.key < k; });
    if (it != m_champions.end() && it->key == key) {
        return &*it;
    }
    // Payloads and files have spelt a key other ways ("KaiSa", "Kai'Sa" for Kaisa): letters and digits, any case.
    auto folded = [](std::string_view text) {
        std::string out;
        for (const char c : text) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out += c;
            } else if (c >= 'A' && c <= 'Z') {
                out += static_cast<char>(c - 'A' + 'a');
            }
        }
        return out;
    };
    const std::string wanted = folded(key);
    if (wanted.empty()) {
        return nullptr;
    }
    for (const Champion& champion : m_champions) {
        if (folded(champion.key) == wanted) {
            return &champion;
        }
    }
    return nullptr;
}

} // namespace herald::gamedata
