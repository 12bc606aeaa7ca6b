#include "gamedata.h"

#include "embedded.h"

#include <algorithm>
#include <nlohmann/json.hpp>

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
    static const GameData data;
    return data;
}

GameData::GameData() {
    const auto queues = nlohmann::json::parse(resources::load("gamedata/queues.json").value_or("[]"), nullptr, false);
    if (queues.is_array()) {
        for (const auto& entry : queues) {
            if (entry.is_object() && entry.contains("queueId") && entry["queueId"].is_number_integer()) {
                m_queues[entry["queueId"].get<int>()] = shortQueueName(entry);
            }
        }
    }
    const auto champions =
        nlohmann::json::parse(resources::load("gamedata/champions.json").value_or("{}"), nullptr, false);
    if (champions.is_object() && champions.contains("data") && champions["data"].is_object()) {
        for (const auto& [id, entry] : champions["data"].items()) {
            Champion c;
            c.key = id;
            c.name = entry.value("name", id);
            c.id = std::atoi(entry.value("key", std::string("0")).c_str());
            m_champions.push_back(std::move(c));
        }
    }
    std::sort(m_champions.begin(), m_champions.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
}

std::string GameData::queueName(int queueId) const {
    const auto it = m_queues.find(queueId);
    return it != m_queues.end() ? it->second : "Queue " + std::to_string(queueId);
}

const Champion* GameData::championByKey(std::string_view key) const {
    const auto it = std::lower_bound(m_champions.begin(), m_champions.end(), key,
                                     [](const Champion& c, std::string_view k) { return c.key < k; });
    return it != m_champions.end() && it->key == key ? &*it : nullptr;
}

} // namespace herald::gamedata
