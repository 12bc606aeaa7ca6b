// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "payloadparser.h"

#include "gamedata/gamedata.h"
#include "ingest/compression.h"
#include "ingest/jsonerrors.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <limits>
#include <map>
#include <set>
#include <simdjson.h>

namespace herald::ingest {

namespace {

// The longest name kept for display (Riot IDs are at most 16 characters, tags 5; 4 bytes each at worst).
constexpr std::size_t kMaxDisplayBytes = 96;

namespace dom = simdjson::dom;
using simdjson::SUCCESS;

// Thrown inside this file only; parse functions turn it into a Validation error.
struct ShapeError {
    std::string message;
};

const char* typeName(dom::element value) {
    switch (value.type()) {
    case dom::element_type::ARRAY:
        return "array";
    case dom::element_type::OBJECT:
        return "object";
    case dom::element_type::INT64:
    case dom::element_type::UINT64:
    case dom::element_type::DOUBLE:
        return "a number";
    case dom::element_type::STRING:
        return "string";
    case dom::element_type::BOOL:
        return "boolean";
    case dom::element_type::NULL_VALUE:
        return "null";
    }
    return "unknown";
}

// Typed, path-aware access to one JSON object: every failure names the field and what was expected.
class Reader {
public:
    Reader(dom::element value, std::string path) : m_path(std::move(path)) {
        m_isObject = value.get_object().get(m_object) == SUCCESS;
    }

    // The member, or nullopt when it is absent or null.
    std::optional<dom::element> find(std::string_view key) const {
        dom::element value;
        if (!m_isObject || m_object.at_key(key).get(value) != SUCCESS || value.is_null()) {
            return std::nullopt;
        }
        return value;
    }

    [[noreturn]] void wrongType(std::string_view key, const char* expected, dom::element found) const {
        throw ShapeError{field(key) + ": expected " + expected + ", found " + typeName(found)};
    }

    [[noreturn]] void missing(std::string_view key) const { throw ShapeError{field(key) + ": missing"}; }

    std::string field(std::string_view key) const { return m_path + "." + std::string(key); }

    std::int64_t integer(std::string_view key, std::optional<std::int64_t> fallback = std::nullopt) const {
        const auto value = find(key);
        if (!value) {
            if (!fallback) {
                missing(key);
            }
            return *fallback;
        }
        std::int64_t number = 0;
        if (value->get_int64().get(number) == SUCCESS) {
            return number;
        }
        double real = 0;
        if (value->is_double() && value->get_double().get(real) == SUCCESS && // a few counters come as 12.0
            real >= static_cast<double>(std::numeric_limits<std::int64_t>::min()) &&
            real <= static_cast<double>(std::numeric_limits<std::int64_t>::max())) {
            return static_cast<std::int64_t>(real);
        }
        if (value->is_uint64()) {
            throw ShapeError{field(key) + ": value is out of range"};
        }
        wrongType(key, "an integer", *value);
    }

    // An integer within [lowest, highest] (kLimits below): a value no game can hold is a damaged or forged file.
    std::int64_t bounded(std::string_view key, std::int64_t lowest, std::int64_t highest,
                         std::optional<std::int64_t> fallback = std::nullopt) const {
        const std::int64_t v = integer(key, fallback);
        if (v < lowest || v > highest) {
            throw ShapeError{field(key) + ": value " + std::to_string(v) + " is out of range (" +
                             std::to_string(lowest) + " to " + std::to_string(highest) + ")"};
        }
        return v;
    }
    int boundedInt(std::string_view key, int lowest, int highest, std::optional<int> fallback = std::nullopt) const {
        return static_cast<int>(bounded(key, lowest, highest, fallback));
    }

    int smallInt(std::string_view key, std::optional<int> fallback = std::nullopt) const {
        const std::int64_t v = integer(key, fallback);
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) {
            throw ShapeError{field(key) + ": value " + std::to_string(v) + " is out of range"};
        }
        return static_cast<int>(v);
    }

    std::string text(std::string_view key, std::optional<std::string_view> fallback = std::nullopt) const {
        const auto value = find(key);
        if (!value) {
            if (!fallback) {
                missing(key);
            }
            return std::string(*fallback);
        }
        std::string_view text;
        if (value->get_string().get(text) != SUCCESS) {
            wrongType(key, "a string", *value);
        }
        return std::string(text);
    }

    // A name shown on screen (Riot ID, champion, position): at most kMaxDisplayBytes, cut at a character
    // boundary. Real names are far shorter; a hostile payload's 20 MB name must not reach every view. The raw
    // payload keeps the original.
    std::string displayText(std::string_view key, std::optional<std::string_view> fallback = std::nullopt) const {
        std::string out = text(key, fallback);
        if (out.size() > kMaxDisplayBytes) {
            std::size_t end = kMaxDisplayBytes;
            while (end > 0 && (static_cast<unsigned char>(out[end]) & 0xC0) == 0x80) {
                --end;
            }
            out.resize(end);
        }
        return out;
    }

    bool flag(std::string_view key, std::optional<bool> fallback = std::nullopt) const {
        const auto value = find(key);
        if (!value) {
            if (!fallback) {
                missing(key);
            }
            return *fallback;
        }
        bool flag = false;
        if (value->get_bool().get(flag) != SUCCESS) {
            wrongType(key, "true or false", *value);
        }
        return flag;
    }

    dom::element object(std::string_view key) const {
        const auto value = find(key);
        if (!value) {
            missing(key);
        }
        if (!value->is_object()) {
            wrongType(key, "an object", *value);
        }
        return *value;
    }

    // An array, or nullopt when the member is absent or null (allowed where Riot sends null).
    std::optional<dom::array> optionalArray(std::string_view key) const {
        const auto value = find(key);
        if (!value) {
            return std::nullopt;
        }
        dom::array array;
        if (value->get_array().get(array) != SUCCESS) {
            wrongType(key, "an array", *value);
        }
        return array;
    }

    dom::array array(std::string_view key) const {
        const auto value = optionalArray(key);
        if (!value) {
            missing(key);
        }
        return *value;
    }

    dom::object raw() const { return m_object; }

private:
    dom::object m_object;
    bool m_isObject = false;
    std::string m_path;
};

std::vector<std::string> puuidList(const Reader& metadata) {
    std::vector<std::string> out;
    if (const auto list = metadata.optionalArray("participants")) {
        std::size_t i = 0;
        for (dom::element item : *list) {
            std::string_view puuid;
            if (item.get_string().get(puuid) != SUCCESS) {
                throw ShapeError{metadata.field("participants") + "[" + std::to_string(i) + "]: expected a string, " +
                                 "found " + typeName(item)};
            }
            out.emplace_back(puuid);
            ++i;
        }
    }
    return out;
}

// The range of every integer stored from a payload (docs/ARCHITECTURE.md, "What an imported file may hold"): far
// beyond any real game (a 24-hour game included), so a value outside is a damaged or forged file, refused with its
// path rather than stored (a goldEarned of 2^63 would come back as a negative number).
constexpr int kMostPerGame = 10'000;            // kills, deaths, assists
constexpr int kMostMinions = 100'000;           // minions, vision score
constexpr std::int64_t kMostGold = 100'000'000; // gold earned, a frame's gold, experience
constexpr std::int64_t kMostDamage = 10'000'000'000;
constexpr int kMostLevel = 1'000;       // champion level (Swarm goes past 18)
constexpr int kMostParticipantId = 100; // 10 players, 16 in Arena
constexpr int kMostChampionId = 1'000'000;
// Riot's PUUID for every bot of a co-op vs AI game: the one value several participants may share.
constexpr std::string_view kBotPuuid = "BOT";

// A game id in a build (a rune, a spell, an item, an augment): 0 when absent, not a number or out of range. A build is
// what the payload tells besides the game's numbers: a field of the wrong shape is left out, never a refusal.
int buildId(dom::element parent, std::string_view key) {
    std::int64_t value = 0;
    if (parent[key].get_int64().get(value) != SUCCESS || value <= 0 || value > std::numeric_limits<int>::max()) {
        return 0;
    }
    return static_cast<int>(value);
}

std::vector<int> distinctIds(dom::element p, const char* prefix, int first, int last) {
    std::set<int> ids;
    for (int i = first; i <= last; ++i) {
        if (const int id = buildId(p, prefix + std::to_string(i))) {
            ids.insert(id);
        }
    }
    return {ids.begin(), ids.end()};
}

BuildRow readBuild(dom::element p) {
    BuildRow build;
    build.spell1 = buildId(p, "summoner1Id");
    build.spell2 = buildId(p, "summoner2Id");
    build.trinket = buildId(p, "item6");
    build.items = distinctIds(p, "item", 0, 5);
    build.augments = distinctIds(p, "playerAugment", 1, 6);
    // The primary tree's four selections (the first is the keystone), the secondary tree's two, the three shards.
    std::vector<int> runes(9, 0);
    dom::array styles;
    if (p["perks"]["styles"].get_array().get(styles) == SUCCESS) {
        std::size_t index = 0;
        for (dom::element style : styles) {
            if (index > 1) {
                break;
            }
            (index == 0 ? build.primaryTree : build.secondaryTree) = buildId(style, "style");
            const std::size_t from = index == 0 ? 0 : 4;
            const std::size_t count = index == 0 ? 4 : 2;
            dom::array selections;
            if (style["selections"].get_array().get(selections) == SUCCESS) {
                std::size_t at = 0;
                for (dom::element selection : selections) {
                    if (at < count) {
                        runes[from + at++] = buildId(selection, "perk");
                    }
                }
            }
            ++index;
        }
    }
    const char* shards[] = {"offense", "flex", "defense"};
    for (std::size_t i = 0; i < 3; ++i) {
        runes[6 + i] = buildId(p["perks"]["statPerks"], shards[i]);
    }
    build.keystone = runes[0];
    if (std::any_of(runes.begin(), runes.end(), [](int id) { return id != 0; })) {
        for (std::size_t i = 0; i < runes.size(); ++i) {
            build.runes += (i == 0 ? "" : ",") + std::to_string(runes[i]);
        }
    }
    return build;
}

ParticipantRow readParticipant(dom::element value, std::size_t index) {
    const std::string path = "info.participants[" + std::to_string(index) + "]";
    if (!value.is_object()) {
        throw ShapeError{path + ": expected an object, found " + typeName(value)};
    }
    const Reader p(value, path);
    ParticipantRow row;
    row.participantId = p.boundedInt("participantId", 1, kMostParticipantId, static_cast<int>(index) + 1);
    row.puuid = p.text("puuid");
    // Riot IDs replaced summoner names in 2023; older payloads have riotIdName (often empty) or nothing.
    row.riotGameName = p.displayText("riotIdGameName", "");
    if (row.riotGameName.empty()) {
        row.riotGameName = p.displayText("riotIdName", "");
    }
    row.riotTagLine = p.displayText("riotIdTagline", "");
    row.summonerName = p.displayText("summonerName", "");
    row.championId = p.boundedInt("championId", 0, kMostChampionId);
    row.championName = p.displayText("championName");
    row.teamId = p.smallInt("teamId");
    if (row.teamId != 100 && row.teamId != 200) {
        throw ShapeError{p.field("teamId") + ": value " + std::to_string(row.teamId) + " is not a team (100 or 200)"};
    }
    row.subteamId = p.boundedInt("playerSubteamId", 0, 8, 0);
    if (row.subteamId > 0) {
        const int placement = p.boundedInt("subteamPlacement", 0, 8, p.boundedInt("placement", 0, 8, 0));
        if (placement > 0) {
            row.placement = placement;
        }
    }
    row.position = p.displayText("teamPosition", "");
    row.win = p.flag("win");
    row.kills = p.boundedInt("kills", 0, kMostPerGame);
    row.deaths = p.boundedInt("deaths", 0, kMostPerGame);
    row.assists = p.boundedInt("assists", 0, kMostPerGame);
    row.minionsKilled = p.boundedInt("totalMinionsKilled", 0, kMostMinions, 0);
    row.neutralMinionsKilled = p.boundedInt("neutralMinionsKilled", 0, kMostMinions, 0);
    row.goldEarned = p.bounded("goldEarned", 0, kMostGold, 0);
    row.damageToChampions = p.bounded("totalDamageDealtToChampions", 0, kMostDamage, 0);
    row.visionScore = p.boundedInt("visionScore", 0, kMostMinions, 0);
    row.champLevel = p.boundedInt("champLevel", 0, kMostLevel, 0);
    row.firstBlood = p.flag("firstBloodKill", false) || p.flag("firstBloodAssist", false);
    row.earlySurrender = p.flag("gameEndedInEarlySurrender", false);
    row.build = readBuild(value);
    return row;
}

// Bounds of what a real game can hold; outside them a value is a damaged or forged payload, refused with its path.
constexpr std::int64_t kEarliestGameMs = 1'230'768'000'000; // 2009-01-01, before League of Legends' release
constexpr std::int64_t kLatestGameMs = 4'102'444'800'000;   // 2100-01-01
constexpr std::int64_t kLongestGameSeconds = 24 * 3600;

std::int64_t timestampIn(const Reader& info, std::string_view key, std::int64_t value) {
    if (value < kEarliestGameMs || value > kLatestGameMs) {
        throw ShapeError{info.field(key) + ": value " + std::to_string(value) +
                         " is out of range (ms since 1970, from 2009 to 2100)"};
    }
    return value;
}

// Riot's answer for an aborted game: the match id and an end time, and nothing else (gameId 0, platformId "",
// no players, no teams).
bool isAbortedStub(const Reader& info, const std::optional<std::string>& endResult) {
    const auto participants = info.optionalArray("participants");
    return info.integer("gameId", 0) == 0 && (!participants || participants->size() == 0) && endResult &&
           *endResult != "GameComplete";
}

MatchRecord readAbortedStub(const Reader& info, MatchRecord match) {
    const auto underscore = match.matchId.find('_');
    const std::string digits = underscore == std::string::npos ? std::string() : match.matchId.substr(underscore + 1);
    if (underscore == 0 || digits.empty() || digits.size() > 18 ||
        digits.find_first_not_of("0123456789") != std::string::npos) {
        throw ShapeError{"metadata.matchId: " + match.matchId + " is not PLATFORM_GAMEID"};
    }
    match.platform = match.matchId.substr(0, underscore);
    match.gameId = std::stoll(digits);
    // Its only time is when it ended (or started): the history places it there.
    std::int64_t when = info.integer("gameCreation", 0);
    const char* key = "gameCreation";
    for (const char* other : {"gameStartTimestamp", "gameEndTimestamp"}) {
        if (when == 0) {
            when = info.integer(other, 0);
            key = other;
        }
    }
    match.gameCreation = when == 0 ? 0 : timestampIn(info, key, when);
    match.queueId = info.smallInt("queueId", 0);
    match.mapId = info.smallInt("mapId", 0);
    match.gameMode = info.text("gameMode", "");
    match.gameType = info.text("gameType", "");
    match.gameVersion = info.text("gameVersion", "");
    match.patch = patchOf(match.gameVersion);
    match.startedAt = match.gameCreation;
    match.endedAt = match.gameCreation;
    return match; // no duration, no players: counted in no metric, listed as aborted
}

MatchRecord readMatch(dom::element root) {
    const Reader top(root, "$");
    const Reader metadata(top.object("metadata"), "metadata");
    const Reader info(top.object("info"), "info");

    MatchRecord match;
    match.matchId = metadata.text("matchId");
    match.metadataParticipants = puuidList(metadata);
    if (info.find("endOfGameResult")) {
        match.endResult = info.text("endOfGameResult");
    }
    if (isAbortedStub(info, match.endResult)) {
        return readAbortedStub(info, std::move(match));
    }
    match.gameId = info.integer("gameId");
    const auto underscore = match.matchId.find('_');
    match.platform = info.text("platformId", std::string_view(match.matchId).substr(0, underscore));
    const std::string expectedId = match.platform + "_" + std::to_string(match.gameId);
    if (match.matchId != expectedId) {
        throw ShapeError{"ids disagree: metadata.matchId is " + match.matchId + " but info.platformId and " +
                         "info.gameId make " + expectedId};
    }
    match.queueId = info.smallInt("queueId");
    match.mapId = info.smallInt("mapId", 0);
    match.gameMode = info.text("gameMode", "");
    match.gameType = info.text("gameType", "");
    match.gameVersion = info.text("gameVersion", "");
    match.patch = patchOf(match.gameVersion);
    match.gameCreation = timestampIn(info, "gameCreation", info.integer("gameCreation"));
    const std::int64_t duration = info.integer("gameDuration");
    // Before patch 11.20 gameDuration was in milliseconds; gameEndTimestamp arrived with the change.
    const bool inSeconds = info.find("gameEndTimestamp").has_value();
    const std::int64_t longest = inSeconds ? kLongestGameSeconds : kLongestGameSeconds * 1000;
    if (duration < 0 || duration > longest) {
        throw ShapeError{info.field("gameDuration") + ": value " + std::to_string(duration) +
                         " is out of range (0 to " + std::to_string(longest) + (inSeconds ? " s)" : " ms)")};
    }
    match.durationMs = inSeconds ? duration * 1000 : duration;
    match.durationSeconds = match.durationMs / 1000;
    // When the game was played (payloads before patch 11.20 have neither timestamp).
    const std::int64_t start = info.integer("gameStartTimestamp", 0);
    const std::int64_t end = info.integer("gameEndTimestamp", 0);
    const GameTimes times =
        gameTimes(start == 0 ? 0 : timestampIn(info, "gameStartTimestamp", start),
                  end == 0 ? 0 : timestampIn(info, "gameEndTimestamp", end), match.gameCreation, match.durationMs);
    match.startedAt = times.startedAt;
    match.endedAt = times.endedAt;
    std::size_t index = 0;
    for (dom::element participant : info.array("participants")) {
        match.participants.push_back(readParticipant(participant, index++));
        match.isRemake = match.isRemake || match.participants.back().earlySurrender;
    }
    // One row per player: participant ids once each, PUUIDs once each (but Riot's bot placeholder).
    for (std::size_t i = 0; i < match.participants.size(); ++i) {
        for (std::size_t j = 0; j < i; ++j) {
            const ParticipantRow& a = match.participants[j];
            const ParticipantRow& b = match.participants[i];
            const std::string path = "info.participants[" + std::to_string(i) + "]";
            if (a.participantId == b.participantId) {
                throw ShapeError{path + ".participantId: " + std::to_string(b.participantId) +
                                 " is already info.participants[" + std::to_string(j) + "]'s"};
            }
            if (a.puuid == b.puuid && a.puuid != kBotPuuid) {
                throw ShapeError{path + ".puuid: the same player as info.participants[" + std::to_string(j) + "]"};
            }
        }
    }
    if (!match.metadataParticipants.empty() && match.metadataParticipants.size() != match.participants.size()) {
        throw ShapeError{"metadata.participants lists " + std::to_string(match.metadataParticipants.size()) +
                         " players but info.participants has " + std::to_string(match.participants.size())};
    }
    return match;
}

FrameRow readFrame(dom::element value, const std::string& path, int frame, std::int64_t timestamp) {
    if (!value.is_object()) {
        throw ShapeError{path + ": expected an object, found " + typeName(value)};
    }
    const Reader f(value, path);
    FrameRow row;
    row.frame = frame;
    row.timestampMs = timestamp;
    row.participantId = f.boundedInt("participantId", 0, kMostParticipantId, 0);
    row.totalGold = f.bounded("totalGold", 0, kMostGold, 0);
    // Unspent gold goes below zero for a moment in real games (-172 in a recorded timeline: a sale undone).
    row.currentGold = f.bounded("currentGold", -kMostGold, kMostGold, 0);
    row.xp = f.bounded("xp", 0, kMostGold, 0);
    row.level = f.boundedInt("level", 0, kMostLevel, 0);
    row.minionsKilled = f.boundedInt("minionsKilled", 0, kMostMinions, 0);
    row.jungleMinionsKilled = f.boundedInt("jungleMinionsKilled", 0, kMostMinions, 0);
    return row;
}

constexpr std::string_view kKeyEvents[] = {
    "CHAMPION_KILL",          "CHAMPION_SPECIAL_KILL", "ELITE_MONSTER_KILL", "BUILDING_KILL",
    "TURRET_PLATE_DESTROYED", "DRAGON_SOUL_GIVEN",     "FEAT_UPDATE",        "GAME_END"};

bool isKeyEvent(std::string_view type) {
    return std::find(std::begin(kKeyEvents), std::end(kKeyEvents), type) != std::end(kKeyEvents);
}

EventRow readEvent(const Reader& e, std::string_view type, std::int64_t frameTimestamp, int seq) {
    EventRow row;
    row.seq = seq;
    row.type = std::string(type);
    row.timestampMs = e.integer("timestamp", frameTimestamp);
    if (e.find("killerId")) {
        row.killerId = e.smallInt("killerId");
    }
    if (e.find("victimId")) {
        row.victimId = e.smallInt("victimId");
    }
    if (e.find("teamId")) {
        row.teamId = e.smallInt("teamId");
    } else if (e.find("killerTeamId")) {
        row.teamId = e.smallInt("killerTeamId");
    }
    // What the match page names besides who and when; the event's other fields stay in the raw timeline.
    if (type == "ELITE_MONSTER_KILL") {
        row.detail = e.text("monsterSubType", "");
        if (row.detail.empty()) {
            row.detail = e.text("monsterType", "");
        }
    } else if (type == "BUILDING_KILL") {
        const std::string tower = e.text("towerType", "");
        row.detail = e.text("buildingType", "") + (tower.empty() ? "" : ":" + tower);
    } else if (type == "CHAMPION_SPECIAL_KILL") {
        row.detail = e.text("killType", "");
    }
    return row;
}

// The builds a timeline tells (docs/METRICS.md, "Builds"): each participant's completed purchases in order (an
// ITEM_UNDO of a purchase takes back its latest one) and the ranks of Q, W and E as they are put in.
class BuildTracker {
public:
    void event(std::string_view type, dom::element e) {
        std::int64_t participant = 0;
        if (e["participantId"].get_int64().get(participant) != SUCCESS || participant < 1 ||
            participant > kMostParticipantId) {
            return;
        }
        Player& player = m_players[static_cast<int>(participant)];
        if (type == "ITEM_PURCHASED") {
            const int item = buildId(e, "itemId");
            if (gamedata::isCompletedItem(item)) {
                player.completed.push_back(item);
            }
        } else if (type == "ITEM_UNDO") {
            const int undone = buildId(e, "beforeId"); // afterId 0: a purchase taken back (else a sale)
            const auto it = std::find(player.completed.rbegin(), player.completed.rend(), undone);
            if (buildId(e, "afterId") == 0 && it != player.completed.rend()) {
                player.completed.erase(std::next(it).base());
            }
        } else if (type == "SKILL_LEVEL_UP") {
            std::string_view how;
            const int slot = buildId(e, "skillSlot");
            if (slot >= 1 && slot <= 3 && (e["levelUpType"].get_string().get(how) != SUCCESS || how == "NORMAL")) {
                Skill& skill = player.skills[static_cast<std::size_t>(slot - 1)];
                skill.last = ++m_seq;
                if (++skill.rank == kLastRank) {
                    skill.maxed = m_seq;
                }
            }
        }
    }

    std::vector<TimelineBuild> builds(std::size_t players) {
        for (std::size_t id = 1; id <= players; ++id) {
            m_players.try_emplace(static_cast<int>(id));
        }
        std::vector<TimelineBuild> out;
        for (const auto& [id, player] : m_players) {
            out.push_back({id, player.completed.empty() ? 0 : player.completed.front(), skillOrder(player)});
        }
        return out;
    }

private:
    static constexpr int kLastRank = 5;
    struct Skill {
        int rank = 0;
        int maxed = 0; // the order of the event that gave the last rank, 0 when never
        int last = 0;  // the order of its latest point
    };
    struct Player {
        std::vector<int> completed;
        std::array<Skill, 3> skills;
    };

    // Maxed skills first, in the order they were maxed; then the others by rank (more first), then by who got its
    // latest point first. Empty when no point went into Q, W or E.
    static std::string skillOrder(const Player& player) {
        std::array<std::size_t, 3> order = {0, 1, 2};
        const auto& s = player.skills;
        if (s[0].rank + s[1].rank + s[2].rank == 0) {
            return {};
        }
        std::sort(order.begin(), order.end(), [&s](std::size_t a, std::size_t b) {
            if ((s[a].maxed != 0) != (s[b].maxed != 0)) {
                return s[a].maxed != 0;
            }
            if (s[a].maxed != 0) {
                return s[a].maxed < s[b].maxed;
            }
            if (s[a].rank != s[b].rank) {
                return s[a].rank > s[b].rank;
            }
            return s[a].last < s[b].last;
        });
        constexpr const char* kKeys[] = {"Q", "W", "E"};
        return std::string(kKeys[order[0]]) + " > " + kKeys[order[1]] + " > " + kKeys[order[2]];
    }

    std::map<int, Player> m_players;
    int m_seq = 0;
};

TimelineRecord readTimeline(dom::element root) {
    const Reader top(root, "$");
    const Reader metadata(top.object("metadata"), "metadata");
    const Reader info(top.object("info"), "info");

    TimelineRecord timeline;
    timeline.matchId = metadata.text("matchId");
    timeline.participants = puuidList(metadata);
    // gameId 0: the timeline of an aborted game (one frame, no players); its match id is all it has.
    if (info.find("gameId") && info.integer("gameId") != 0) {
        const std::int64_t gameId = info.integer("gameId");
        const auto underscore = timeline.matchId.find('_');
        if (underscore == std::string::npos || timeline.matchId.substr(underscore + 1) != std::to_string(gameId)) {
            throw ShapeError{"ids disagree: metadata.matchId is " + timeline.matchId + " but info.gameId is " +
                             std::to_string(gameId)};
        }
    }
    int index = 0;
    int seq = 0;
    BuildTracker builds;
    for (dom::element frameValue : info.array("frames")) {
        const std::string path = "info.frames[" + std::to_string(index) + "]";
        if (!frameValue.is_object()) {
            throw ShapeError{path + ": expected an object, found " + typeName(frameValue)};
        }
        const Reader frame(frameValue, path);
        const std::int64_t timestamp = frame.integer("timestamp");
        // Some timelines carry participantFrames: null (spectator-less or aborted games): no frame rows then.
        if (const auto participantFrames = frame.find("participantFrames")) {
            dom::object frames;
            if (participantFrames->get_object().get(frames) != SUCCESS) {
                frame.wrongType("participantFrames", "an object", *participantFrames);
            }
            for (const auto entry : frames) {
                FrameRow row =
                    readFrame(entry.value, path + ".participantFrames." + std::string(entry.key), index, timestamp);
                if (row.participantId == 0) {
                    row.participantId = std::atoi(std::string(entry.key).c_str());
                }
                timeline.frames.push_back(row);
            }
        }
        if (const auto events = frame.optionalArray("events")) {
            for (dom::element eventValue : *events) {
                const Reader event(eventValue, path + ".events");
                const auto type = event.find("type");
                std::string_view typeText;
                if (!type || type->get_string().get(typeText) != SUCCESS) {
                    continue;
                }
                if (!isKeyEvent(typeText)) {
                    builds.event(typeText, eventValue);
                    continue;
                }
                timeline.events.push_back(readEvent(event, typeText, timestamp, seq++));
            }
        }
        ++index;
    }
    // An aborted game's timeline (gameId 0, no players) tells no build.
    if (!timeline.participants.empty() || !timeline.frames.empty()) {
        timeline.builds = builds.builds(timeline.participants.size());
    }
    return timeline;
}

enum class Kind { Match, Timeline, Unknown };

Kind detect(dom::element root) {
    dom::element info;
    if (!root.is_object() || root["metadata"].error() != SUCCESS || root["info"].get(info) != SUCCESS ||
        !info.is_object()) {
        return Kind::Unknown;
    }
    if (info["frames"].error() == SUCCESS) {
        return Kind::Timeline;
    }
    if (info["participants"].error() == SUCCESS) {
        return Kind::Match;
    }
    return Kind::Unknown;
}

template <class Record, class Derive>
Result<Record> derive(std::string_view bytes, dom::element root, Derive readRecord) {
    try {
        Record record = readRecord(root);
        record.compressedRaw =
            compress(bytes, std::is_same_v<Record, TimelineRecord> ? kTimelinePayloadLevel : kMatchPayloadLevel);
        if (record.compressedRaw.empty()) {
            return makeError(ErrorKind::Storage, "out of memory while compressing the payload");
        }
        record.rawHash = contentHash(bytes);
        return record;
    } catch (const ShapeError& e) {
        return makeError(ErrorKind::Validation, e.message);
    } catch (const simdjson::simdjson_error& e) {
        return makeError(ErrorKind::Validation, e.what());
    }
}

} // namespace

GameTimes gameTimes(std::int64_t startTimestamp, std::int64_t endTimestamp, std::int64_t creation,
                    std::int64_t durationMs) {
    GameTimes times;
    times.startedAt = startTimestamp != 0 ? startTimestamp : creation;
    times.endedAt = endTimestamp != 0 ? endTimestamp : times.startedAt + durationMs;
    return times;
}

namespace {

Result<dom::element> parseStored(dom::parser& parser, std::string_view bytes) {
    dom::element root;
    if (const auto error = parser.parse(bytes.data(), bytes.size(), true).get(root); error != SUCCESS) {
        return makeError(ErrorKind::Parse,
                         std::string("cannot read the stored payload: ") + simdjson::error_message(error));
    }
    return root;
}

} // namespace

Result<StoredMatchFacts> storedMatchFacts(std::string_view bytes, std::int64_t creation, std::int64_t durationMs) {
    thread_local dom::parser parser;
    auto root = parseStored(parser, bytes);
    if (!root) {
        return root.error();
    }
    const dom::element info = root.value()["info"];
    auto timestamp = [&info](const char* key) -> std::int64_t {
        std::int64_t value = 0;
        return info[key].get_int64().get(value) == SUCCESS ? value : 0;
    };
    StoredMatchFacts facts;
    facts.times = gameTimes(timestamp("gameStartTimestamp"), timestamp("gameEndTimestamp"), creation, durationMs);
    dom::array participants;
    if (info["participants"].get_array().get(participants) == SUCCESS) {
        std::size_t index = 0;
        for (dom::element p : participants) {
            ParticipantRow row;
            std::int64_t id = 0;
            row.participantId =
                p["participantId"].get_int64().get(id) == SUCCESS ? static_cast<int>(id) : static_cast<int>(index) + 1;
            row.build = readBuild(p);
            facts.participants.push_back(std::move(row));
            ++index;
        }
    }
    return facts;
}

Result<std::vector<TimelineBuild>> storedTimelineBuilds(std::string_view bytes) {
    thread_local dom::parser parser;
    auto root = parseStored(parser, bytes);
    if (!root) {
        return root.error();
    }
    const dom::element info = root.value()["info"];
    BuildTracker builds;
    dom::array frames;
    if (info["frames"].get_array().get(frames) == SUCCESS) {
        for (dom::element frame : frames) {
            dom::array events;
            if (frame["events"].get_array().get(events) != SUCCESS) {
                continue;
            }
            for (dom::element event : events) {
                std::string_view type;
                if (event["type"].get_string().get(type) == SUCCESS) {
                    builds.event(type, event);
                }
            }
        }
    }
    dom::array players;
    const std::size_t count =
        root.value()["metadata"]["participants"].get_array().get(players) == SUCCESS ? players.size() : 0;
    return builds.builds(count);
}

std::string patchOf(std::string_view gameVersion) {
    const auto first = gameVersion.find('.');
    if (first == std::string_view::npos) {
        return {};
    }
    const auto second = gameVersion.find('.', first + 1);
    return std::string(gameVersion.substr(0, second));
}

Result<Payload> parsePayload(std::string_view bytes) {
    if (bytes.size() > kMaxPayloadBytes) {
        return makeError(ErrorKind::Validation,
                         "payload of " + std::to_string(bytes.size()) + " bytes is over the 32 MiB limit");
    }
    if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        return makeError(ErrorKind::Parse, "empty file");
    }
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") { // a UTF-8 byte order mark, as Windows editors write
        bytes.remove_prefix(3);
    }
    // One parser per thread: it keeps its buffers from one payload to the next.
    thread_local dom::parser parser;
    dom::element root;
    std::string reencoded;
    if (const auto error = parser.parse(bytes.data(), bytes.size(), true).get(root); error != SUCCESS) {
        std::string message = describeInvalidJson(bytes);
        if (message.empty() && error == simdjson::NUMBER_ERROR) {
            // Valid JSON with an integer beyond 64 bits (seen in challenges.* counters): read it as a real number,
            // so a field we do not use never refuses the match; one we use is then refused by its range check.
            reencoded = reencodeBigNumbers(bytes);
            if (!reencoded.empty() && parser.parse(reencoded.data(), reencoded.size(), true).get(root) == SUCCESS) {
                message.clear();
            } else {
                message = std::string("cannot read the JSON: ") + simdjson::error_message(error);
            }
        } else if (message.empty()) { // valid for a lenient reader, not for us
            message = std::string("cannot read the JSON: ") + simdjson::error_message(error);
        }
        if (!message.empty()) {
            return makeError(ErrorKind::Parse, message);
        }
    }
    switch (detect(root)) {
    case Kind::Match: {
        auto match = derive<MatchRecord>(bytes, root, readMatch);
        return match ? Result<Payload>(std::move(match).value()) : Result<Payload>(match.error());
    }
    case Kind::Timeline: {
        auto timeline = derive<TimelineRecord>(bytes, root, readTimeline);
        return timeline ? Result<Payload>(std::move(timeline).value()) : Result<Payload>(timeline.error());
    }
    case Kind::Unknown:
        break;
    }
    return makeError(ErrorKind::Validation,
                     "not a Match-V5 match or timeline (expected an object with \"metadata\" and \"info\", and "
                     "info.participants or info.frames)");
}

Result<MatchRecord> parseMatch(std::string_view bytes) {
    auto payload = parsePayload(bytes);
    if (!payload) {
        return payload.error();
    }
    if (auto* match = std::get_if<MatchRecord>(&payload.value())) {
        return std::move(*match);
    }
    return makeError(ErrorKind::Validation, "expected a match payload, found a timeline");
}

Result<TimelineRecord> parseTimeline(std::string_view bytes) {
    auto payload = parsePayload(bytes);
    if (!payload) {
        return payload.error();
    }
    if (auto* timeline = std::get_if<TimelineRecord>(&payload.value())) {
        return std::move(*timeline);
    }
    return makeError(ErrorKind::Validation, "expected a timeline payload, found a match");
}

} // namespace herald::ingest
