// Static game data from the bundled snapshot: queue names (Riot's queue constants) and champions (Data Dragon).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace herald::gamedata {

struct Champion {
    int id = 0;
    std::string key;  // championName in match payloads, e.g. "MonkeyKing"
    std::string name; // display name, e.g. "Wukong"
};

class GameData {
public:
    static const GameData& builtin();

    // A short player-facing name: 420 -> "Ranked Solo", 450 -> "ARAM", 1700 -> "Arena"; "Queue N" if unknown.
    std::string queueName(int queueId) const;
    const std::vector<Champion>& champions() const { return m_champions; }
    const Champion* championByKey(std::string_view key) const;

private:
    GameData();
    std::unordered_map<int, std::string> m_queues;
    std::vector<Champion> m_champions;
};

} // namespace herald::gamedata
