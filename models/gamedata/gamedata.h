// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Static game data from the bundled snapshot: queue names (Riot's queue constants) and champions (Data Dragon).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace herald::store {
class Database;
}

namespace herald::gamedata {

struct Champion {
    int id = 0;
    std::string key;               // championName in match payloads, e.g. "MonkeyKing"
    std::string name;              // display name, e.g. "Wukong"
    std::string image;             // icon file name on the Data Dragon CDN, e.g. "MonkeyKing.png"
    std::vector<std::string> tags; // Data Dragon's classes: Fighter, Tank, Mage, Assassin, Marksman, Support
};

// Names of the game_configs rows (written by the Data Dragon refresh in sync/).
inline constexpr std::string_view kVersionsConfig = "versions";
inline constexpr std::string_view kChampionsConfig = "champions";
inline constexpr std::string_view kItemsConfig = "items";
inline constexpr std::string_view kQueuesConfig = "queues";
inline constexpr std::string_view kSummonersConfig = "summoners"; // summoner.json: the summoner spells
inline constexpr std::string_view kRunesConfig = "runes";         // runesReforged.json

// A summoner spell, a rune or a rune tree: its name and its icon's path under Data Dragon's /cdn/img/ (runes) or
// /cdn/{version}/img/spell/ (spells).
struct Named {
    std::string name;
    std::string icon;
};

// How a game is played, which decides how it is shown: two teams, Arena's duos ranked by placement, or Swarm's
// players against the game.
enum class GameKind { Teams, Arena, Swarm };
// Arena: queues 1700, 1710 and 1750 (2026), or any payload whose players have sub-teams (playerSubteamId);
// Swarm: queues 1810 to 1840.
GameKind gameKindOf(int queueId, bool hasSubteams);

// A completed item (docs/METRICS.md, "first_item"): one the game data knows that builds into nothing, costs at least
// kCompletedItemGold in all and is not a consumable. Read from the bundled item documents (13.22.1 and 15.22.1, the
// newer one deciding for an item both know), so a stored match derives the same first item on every machine.
inline constexpr int kCompletedItemGold = 1600;
bool isCompletedItem(int itemId);

class GameData {
public:
    // The snapshot compiled into the program that every view needs at start: Riot's queue constants and Data
    // Dragon 13.22.1 champions. Items, summoner spells and runes (only the match page names them) come from
    // fromStore, which falls back to their bundled 15.22.1 documents: start-up does not parse them.
    static const GameData& builtin();
    // Built from documents: queues.json (Riot's constants), champion.json, item.json, summoner.json and
    // runesReforged.json (Data Dragon). An empty or invalid document leaves that part empty.
    GameData(std::string_view queuesJson, std::string_view championsJson, std::string_view itemsJson = {},
             std::string_view summonersJson = {}, std::string_view runesJson = {});
    // The store's refreshed documents (game_configs), each falling back to the bundled snapshot (also when the
    // store cannot be read: never throws).
    static GameData fromStore(store::Database& db);

    const std::string& championVersion() const { return m_championVersion; } // "13.22.1"
    // An item's name, "" when unknown.
    std::string itemName(int itemId) const;
    std::size_t itemCount() const { return m_items.size(); }
    // item.json's version ("15.22.1"; empty without items) and its item ids, for the icons.
    const std::string& itemVersion() const { return m_itemVersion; }
    std::vector<int> itemIds() const;
    // A summoner spell (4 -> Flash) or a rune or rune tree (8112 -> Electrocute, 8100 -> Domination); nullptr
    // when unknown.
    const Named* spell(int spellId) const;
    const Named* rune(int runeId) const;
    std::size_t spellCount() const { return m_spells.size(); }
    // Every known summoner spell and rune (or rune tree) by id, for the names of builds.
    const std::unordered_map<int, Named>& spells() const { return m_spells; }
    const std::unordered_map<int, Named>& runes() const { return m_runes; }
    std::size_t runeCount() const { return m_runes.size(); }

    // A short player-facing name: 420 -> "Ranked Solo", 450 -> "ARAM", 1700 -> "Arena"; "Queue N" if unknown.
    std::string queueName(int queueId) const;
    bool knowsQueue(int queueId) const { return m_queues.count(queueId) != 0; }
    const std::vector<Champion>& champions() const { return m_champions; }
    // By Data Dragon key ("Kaisa"); another spelling of it ("KaiSa", "Kai'Sa") finds the same champion.
    const Champion* championByKey(std::string_view key) const;

private:
    std::unordered_map<int, std::string> m_queues;
    std::unordered_map<int, std::string> m_items;
    std::unordered_map<int, Named> m_spells;
    std::unordered_map<int, Named> m_runes;
    std::vector<Champion> m_champions;
    std::string m_championVersion;
    std::string m_itemVersion;
};

} // namespace herald::gamedata
