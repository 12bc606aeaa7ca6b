// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demogenerator.h"

#include "common/clock.h"
#include "embedded.h"
#include "gamedata/gamedata.h"
#include "ingest/payloadparser.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

namespace herald::demo {

namespace {

using json = nlohmann::json;

constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;

// splitmix64: tiny, fast and identical on every platform (std:: distributions are not).
class Random {
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    std::int64_t range(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
    }
    template <class T> const T& weighted(const std::vector<std::pair<T, int>>& items) {
        int total = 0;
        for (const auto& item : items) {
            total += item.second;
        }
        auto roll = static_cast<int>(range(0, total - 1));
        for (const auto& item : items) {
            if (roll < item.second) {
                return item.first;
            }
            roll -= item.second;
        }
        return items.back().first;
    }

private:
    std::uint64_t m_state;
};

struct MatchTemplate {
    json doc;
    int queueId = 0;
    int winner = 0;          // the teamId that won the recorded game
    std::string ownTimeline; // name of the timeline recorded with this match, if any
};

// A timeline serialised once with placeholders for the match id, game id and puuids, so each demo timeline is
// a concatenation instead of a rewrite of a half-megabyte document.
struct TimelineTemplate {
    std::vector<std::string> segments; // segments.size() == slots.size() + 1
    std::vector<int> slots;            // kSlotMatchId, kSlotGameId or a participant index
    std::int64_t lastTimestamp = 0;
    std::size_t keyEvents = 0; // the events ingestion keeps as rows
    int goldLeader = 0;        // the teamId ahead in gold on the last frame (participants 1-5 are team 100)
};
constexpr int kSlotMatchId = -1;
constexpr int kSlotGameId = -2;

TimelineTemplate makeTimelineTemplate(const std::string& raw) {
    json doc = json::parse(raw);
    doc["metadata"]["matchId"] = "@@M@@";
    auto& ids = doc["metadata"]["participants"];
    for (std::size_t i = 0; i < ids.size(); ++i) {
        ids[i] = "@@P" + std::to_string(i) + "@@";
    }
    if (doc["info"].contains("participants") && doc["info"]["participants"].is_array()) {
        for (auto& p : doc["info"]["participants"]) {
            const int id = p.value("participantId", 0);
            if (id >= 1) {
                p["puuid"] = "@@P" + std::to_string(id - 1) + "@@";
            }
        }
    }
    doc["info"]["gameId"] = "@@G@@";
    TimelineTemplate t;
    if (const auto parsed = ingest::parseTimeline(raw)) {
        t.keyEvents = parsed->events.size();
    }
    const auto& frames = doc["info"]["frames"];
    t.lastTimestamp = frames.empty() ? 0 : frames.back().value("timestamp", std::int64_t{0});
    if (!frames.empty() && frames.back().contains("participantFrames")) {
        std::int64_t blue = 0;
        std::int64_t red = 0;
        for (const auto& [id, frame] : frames.back()["participantFrames"].items()) {
            (std::stoi(id) <= 5 ? blue : red) += frame.value("totalGold", std::int64_t{0});
        }
        t.goldLeader = blue >= red ? 100 : 200;
    }
    const std::string text = doc.dump();
    std::size_t from = 0;
    for (;;) {
        const std::size_t open = text.find("\"@@", from);
        if (open == std::string::npos) {
            break;
        }
        const std::size_t close = text.find("@@\"", open + 3);
        const std::string token = text.substr(open + 3, close - open - 3);
        t.segments.push_back(text.substr(from, open - from));
        t.slots.push_back(token == "M" ? kSlotMatchId : token == "G" ? kSlotGameId : std::stoi(token.substr(1)));
        from = close + 3;
    }
    t.segments.push_back(text.substr(from));
    return t;
}

const std::vector<std::pair<std::string, int>> kRoles = {
    {"MIDDLE", 38}, {"TOP", 22}, {"JUNGLE", 14}, {"BOTTOM", 16}, {"UTILITY", 10}};

const std::map<std::string, std::vector<std::pair<std::string, int>>> kPools = {
    {"MIDDLE", {{"Ahri", 34}, {"Syndra", 18}, {"Orianna", 14}, {"Viktor", 12}, {"Yone", 10}, {"Akali", 7}}},
    {"TOP", {{"Aatrox", 30}, {"Darius", 22}, {"Fiora", 16}, {"Garen", 12}, {"Camille", 12}, {"Sett", 8}}},
    {"JUNGLE", {{"LeeSin", 30}, {"Viego", 25}, {"Vi", 20}, {"Kindred", 15}, {"Hecarim", 10}}},
    {"BOTTOM", {{"Jinx", 30}, {"Kaisa", 28}, {"Ezreal", 22}, {"Caitlyn", 12}, {"Ashe", 8}}},
    {"UTILITY", {{"Thresh", 35}, {"Lulu", 25}, {"Nautilus", 20}, {"Karma", 20}}},
};

const std::vector<std::pair<int, int>> kQueues = {{420, 55}, {440, 15}, {450, 18}, {480, 12}};

const char* const kSyllables[] = {"ka", "ze", "ri",  "mo",  "th", "el", "va", "nor", "lyn", "ash", "kor", "mi",
                                  "sa", "ul", "dra", "fen", "jo", "qu", "yx", "bel", "tor", "ix",  "an",  "ro"};
const char* const kTags[] = {"EUW", "EUW1", "2201", "GG", "lol", "777", "FR1", "MID", "0420", "NA1", "kr7"};

// Season 2025 started with patch 15.1 on 2025-01-08 and a patch lands every two weeks (24 a season).
std::string gameVersionAt(std::int64_t ms, Random& rng) {
    constexpr std::int64_t kSeasonStart = 1736294400000; // 2025-01-08T00:00:00Z
    const std::int64_t index = std::max<std::int64_t>(0, (ms - kSeasonStart) / (14 * kDay));
    const std::int64_t season = 15 + index / 24;
    const std::int64_t minor = index % 24 + 1;
    return std::to_string(season) + "." + std::to_string(minor) + "." + std::to_string(600 + index * 7) + "." +
           std::to_string(rng.range(1000, 9999));
}

std::string randomPuuid(Random& rng) {
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out(78, 'A');
    for (char& c : out) {
        c = kAlphabet[rng.next() % 64];
    }
    return out;
}

std::string randomName(Random& rng) {
    std::string name;
    const auto parts = rng.range(2, 3);
    for (int i = 0; i < parts; ++i) {
        name += kSyllables[rng.next() % std::size(kSyllables)];
    }
    name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    if (rng.uniform() < 0.3) {
        name += std::to_string(rng.range(1, 99));
    }
    return name;
}

int scaled(const json& value, double factor) {
    return static_cast<int>(std::lround(value.get<double>() * factor));
}

} // namespace

std::int64_t demoEndMs(const DemoOptions& options) {
    if (options.endMs > 0) {
        return options.endMs;
    }
    const std::int64_t now = nowMs();
    return now - now % kDay;
}

const std::vector<DemoFriend>& demoFriends() {
    static const std::vector<DemoFriend> friends = {
        {"DemoPartner-1-0000000000000000000000000000000000000000000000000000000000000000", "Lumen", "EUW"},
        {"DemoPartner-2-0000000000000000000000000000000000000000000000000000000000000000", "Brisk", "EUW"},
        {"DemoPartner-3-0000000000000000000000000000000000000000000000000000000000000000", "Noctis", "777"},
    };
    return friends;
}

const DemoAccount& demoAccount() {
    static const DemoAccount account{"HeraldDemo-0000000000000000000000000000000000000000000000000000000000000000000",
                                     "Demo", "HRLD", "EUW1", "europe"};
    return account;
}

struct DemoGenerator::State {
    DemoOptions options;
    Random rng;
    std::vector<MatchTemplate> templates;
    std::map<std::string, TimelineTemplate> timelines;
    std::vector<std::string> borrowableTimelines;
    std::map<std::string, std::vector<std::string>> championsByRole; // who plays a position, by Data Dragon class
    std::vector<std::int64_t> creationTimes;                         // oldest first
    int index = 0;
    int sessionGame = 0; // the game's place in its session, as planned (games under 50 minutes apart)
    int run = 0;         // the player's results just before: +n wins in a row, -n losses

    explicit State(const DemoOptions& o) : options(o), rng(o.seed) {}

    void loadTemplates();
    void planTimes();
    struct Pick {
        std::string role;
        std::string champion;
        double winChance = 0.5;
    };
    struct Outcome {
        bool remake = false;
        bool aborted = false;
        bool win = false;
    };

    void makeMatch(std::vector<ingest::NamedPayload>& out);
    const MatchTemplate& pickTemplate(int queue);
    Pick pickChampion(bool aram, std::int64_t creation);
    Outcome rollOutcome(bool aram, double winChance);
    std::size_t pickSeat(const json& participants, bool aram, bool win, std::string& role);
    void shapeLines(json& participants, std::size_t seat, const Outcome& outcome);
    const TimelineTemplate* pickTimeline(const MatchTemplate& tmpl, bool aram, bool remake, std::size_t players);
    std::int64_t gameSeconds(std::int64_t recorded, const TimelineTemplate* timeline, bool remake);
    std::vector<std::string> recastPlayers(json& participants, std::size_t seat, const std::string& champion,
                                           std::optional<std::size_t> friendSeat, const DemoFriend* companion,
                                           bool remake);
    std::string makeTimeline(const TimelineTemplate& t, const std::string& matchId, std::int64_t gameId,
                             const std::vector<std::string>& puuids) const;
};

void DemoGenerator::State::loadTemplates() {
    const std::pair<const char*, const char*> matches[] = {{"KR_7014499581", "KR_7014499581"},
                                                           {"KR_6823337832", "KR_6823337832"},
                                                           {"JP1_323466834", "JP1_323466834"},
                                                           {"NA1_4207411591", ""},
                                                           {"EUW1_6852390800", ""},
                                                           {"BR1_2744215970", ""},
                                                           {"EUW1_7261321891", ""},
                                                           {"NA1_4196060228", ""}};
    for (const auto& [id, timeline] : matches) {
        MatchTemplate t;
        t.doc = json::parse(resources::load(std::string("demo/match_") + id + ".json").value_or("{}"));
        t.queueId = t.doc["info"].value("queueId", 0);
        for (const auto& team : t.doc["info"]["teams"]) {
            if (team.value("win", false)) {
                t.winner = team.value("teamId", 0);
            }
        }
        t.ownTimeline = timeline;
        templates.push_back(std::move(t));
    }
    for (const char* id : {"KR_7014499581", "KR_6823337832", "JP1_323466834", "EUW1_5688332868", "NA1_3923257498"}) {
        timelines[id] = makeTimelineTemplate(resources::load(std::string("demo/timeline_") + id + ".json").value());
    }
    borrowableTimelines = {"EUW1_5688332868", "NA1_3923257498", "KR_7014499581"};
    // The other players pick champions that play their seat's position (a marksman in the bottom lane, a support
    // with the support's spells), as the recorded game's spells and items for that seat assume.
    const std::map<std::string, std::vector<std::string>> classes = {{"TOP", {"Fighter", "Tank"}},
                                                                     {"JUNGLE", {"Fighter", "Tank", "Assassin"}},
                                                                     {"MIDDLE", {"Mage", "Assassin"}},
                                                                     {"BOTTOM", {"Marksman"}},
                                                                     {"UTILITY", {"Support"}}};
    for (const auto& champion : gamedata::GameData::builtin().champions()) {
        const std::string primary = champion.tags.empty() ? std::string() : champion.tags.front();
        for (const auto& [role, fits] : classes) {
            if (std::find(fits.begin(), fits.end(), primary) != fits.end()) {
                championsByRole[role].push_back(champion.key);
            }
        }
    }
    if (options.minTimelineEvents > 0) { // a history of long games: only the timelines that keep that many events
        std::vector<std::string> kept;
        for (const auto& [id, timeline] : timelines) {
            if (timeline.keyEvents >= static_cast<std::size_t>(options.minTimelineEvents)) {
                kept.push_back(id);
            }
        }
        borrowableTimelines = kept.empty() ? borrowableTimelines : kept;
        for (auto& t : templates) {
            if (!t.ownTimeline.empty() &&
                timelines.at(t.ownTimeline).keyEvents < static_cast<std::size_t>(options.minTimelineEvents)) {
                t.ownTimeline.clear();
            }
        }
    }
}

void DemoGenerator::State::planTimes() {
    const std::int64_t end = demoEndMs(options);
    const std::vector<std::pair<int, int>> hours = {{12, 2}, {13, 2},  {14, 3},  {15, 3},  {16, 4}, {17, 6},
                                                    {18, 8}, {19, 10}, {20, 12}, {21, 12}, {22, 8}, {23, 4}};
    const std::vector<std::pair<int, int>> gapDays = {{0, 15}, {1, 55}, {2, 20}, {3, 10}};
    creationTimes.assign(static_cast<std::size_t>(std::max(0, options.matches)), 0);
    std::int64_t t = end - rng.range(60, 200) * kMinute;
    for (auto i = static_cast<std::ptrdiff_t>(creationTimes.size()) - 1; i >= 0; --i) {
        creationTimes[static_cast<std::size_t>(i)] = t;
        if (rng.uniform() < 0.7) {
            t -= rng.range(30, 48) * kMinute; // the game before, same session
            continue;
        }
        const std::int64_t day = (t - rng.weighted(gapDays) * kDay) / kDay * kDay;
        std::int64_t start = day + rng.weighted(hours) * kHour + rng.range(0, 59) * kMinute;
        if (start > t - 50 * kMinute) {
            start = t - 50 * kMinute - rng.range(0, 6) * kHour;
        }
        t = start;
    }
    // About three games a day: past ~15,000 games the plan would reach back before the game existed (and before
    // what ingestion accepts). A longer history is squeezed into the years since 2010, games closer together.
    constexpr std::int64_t kEarliest = 1'262'304'000'000; // 2010-01-01
    if (!creationTimes.empty() && creationTimes.front() < kEarliest) {
        const double squeeze = static_cast<double>(end - kEarliest) / static_cast<double>(end - creationTimes.front());
        for (auto& when : creationTimes) {
            when = end - static_cast<std::int64_t>(static_cast<double>(end - when) * squeeze);
        }
    }
}

std::string DemoGenerator::State::makeTimeline(const TimelineTemplate& t, const std::string& matchId,
                                               std::int64_t gameId, const std::vector<std::string>& puuids) const {
    std::string out;
    out.reserve(t.segments.front().size() * 2 + 600'000);
    for (std::size_t i = 0; i < t.slots.size(); ++i) {
        out += t.segments[i];
        const int slot = t.slots[i];
        if (slot == kSlotGameId) {
            out += std::to_string(gameId);
        } else {
            out += '"';
            out += slot == kSlotMatchId ? matchId : puuids.at(static_cast<std::size_t>(slot));
            out += '"';
        }
    }
    out += t.segments.back();
    return out;
}

namespace {

// Three friends the player often queues with: in about a third of the games one of them is on the player's team
// (Arena: the duo partner), so "who do I win with?" has an answer. Their own generator decides, so the rest of the
// history is the one every other seed-based figure expects.
std::optional<std::size_t> friendSeatIn(const json& participants, std::size_t seat, Random& friends,
                                        const DemoFriend*& companion) {
    std::optional<std::size_t> friendSeat;
    if (friends.uniform() < 0.33) {
        const auto teamOf = [&](std::size_t i) {
            const int subteam = participants[i].value("playerSubteamId", 0);
            return subteam != 0 ? 1000 + subteam : participants[i].value("teamId", 0);
        };
        std::vector<std::size_t> mates;
        for (std::size_t i = 0; i < participants.size(); ++i) {
            if (i != seat && teamOf(i) == teamOf(seat)) {
                mates.push_back(i);
            }
        }
        if (!mates.empty()) {
            friendSeat = mates[friends.next() % mates.size()];
            companion = &demoFriends()[friends.next() % demoFriends().size()];
        }
    }
    return friendSeat;
}

// Kill participation stays possible: assists never exceed the kills of the player's teammates.
void capAssists(json& participants, std::size_t seat) {
    json& mine = participants[seat];
    int teammateKills = 0;
    for (std::size_t i = 0; i < participants.size(); ++i) {
        if (i != seat && participants[i].value("teamId", 0) == mine.value("teamId", -1)) {
            teammateKills += participants[i].value("kills", 0);
        }
    }
    mine["assists"] = std::min(mine.value("assists", 0), teammateKills);
}

// Team totals are the sums of their players, as in a real payload.
void sumTeamKills(json& info, const json& participants) {
    for (auto& team : info["teams"]) {
        int kills = 0;
        for (const auto& p : participants) {
            if (p.value("teamId", 0) == team.value("teamId", -1)) {
                kills += p.value("kills", 0);
            }
        }
        if (team.contains("objectives") && team["objectives"].contains("champion")) {
            team["objectives"]["champion"]["kills"] = kills;
        }
    }
}

} // namespace

// Everyone but the player gets a fresh name, puuid and a champion no one else plays (the friend of friendSeat
// their own name, drawn all the same so the main generator's sequence does not move); returns every puuid.
std::vector<std::string> DemoGenerator::State::recastPlayers(json& participants, std::size_t seat,
                                                             const std::string& champion,
                                                             std::optional<std::size_t> friendSeat,
                                                             const DemoFriend* companion, bool remake) {
    const auto& gameData = gamedata::GameData::builtin();
    const DemoAccount& me = demoAccount();
    std::set<std::string> taken = {champion};
    std::vector<std::string> puuids;
    for (std::size_t i = 0; i < participants.size(); ++i) {
        json& p = participants[i];
        std::string name = i == seat ? me.gameName : randomName(rng);
        std::string tag = i == seat ? me.tagLine : kTags[rng.next() % std::size(kTags)];
        std::string puuid = i == seat ? me.puuid : randomPuuid(rng);
        if (friendSeat == i) { // drawn all the same: the main generator's sequence does not move
            name = companion->gameName;
            tag = companion->tagLine;
            puuid = companion->puuid;
        }
        std::string pick = champion;
        if (i != seat) {
            const auto fits = championsByRole.find(p.value("teamPosition", ""));
            const bool byRole = fits != championsByRole.end() && fits->second.size() > 12;
            do {
                pick = byRole ? fits->second[rng.next() % fits->second.size()]
                              : gameData.champions()[rng.next() % gameData.champions().size()].key;
            } while (taken.count(pick) != 0);
            taken.insert(pick);
        }
        const auto* championInfo = gameData.championByKey(pick);
        p["puuid"] = puuid;
        p["riotIdGameName"] = name;
        p["riotIdTagline"] = tag;
        p["summonerName"] = name;
        p.erase("riotIdName");
        p["championName"] = pick;
        p["championId"] = championInfo ? championInfo->id : 0;
        p["gameEndedInEarlySurrender"] = remake;
        p["gameEndedInSurrender"] = p.value("gameEndedInSurrender", false) && !remake;
        puuids.push_back(std::move(puuid));
    }

    return puuids;
}

const MatchTemplate& DemoGenerator::State::pickTemplate(int queue) {
    std::vector<const MatchTemplate*> candidates;
    for (const auto& t : templates) {
        if (t.queueId == queue) {
            candidates.push_back(&t);
        }
    }
    return *candidates[rng.next() % candidates.size()];
}

// The role and champion of the game, and the player's chance to win it: better on the pool's first picks,
// improving over the months, fresh in the first game of a session, tired from the fourth on and tilted after two
// losses in a row (the Habits dashboard and the Overview's findings have something to find).
DemoGenerator::State::Pick DemoGenerator::State::pickChampion(bool aram, std::int64_t creation) {
    const auto& gameData = gamedata::GameData::builtin();
    Pick pick;
    pick.role = aram ? "" : rng.weighted(kRoles);
    if (aram || !kPools.count(pick.role)) {
        pick.champion = gameData.champions()[rng.next() % gameData.champions().size()].key;
        pick.winChance = 0.5;
    } else {
        const auto& pool = kPools.at(pick.role);
        pick.champion = rng.weighted(pool);
        pick.winChance = pick.champion == pool[0].first ? 0.57 : pick.champion == pool[1].first ? 0.53 : 0.48;
    }
    const double progress = options.matches > 1 ? static_cast<double>(index) / (options.matches - 1) : 1.0;
    pick.winChance += 0.05 * (progress - 0.5);
    const bool sameSession = index > 0 && creation - creationTimes[static_cast<std::size_t>(index) - 1] < 50 * kMinute;
    sessionGame = sameSession ? sessionGame + 1 : 1;
    pick.winChance += sessionGame == 1 ? 0.04 : sessionGame >= 4 ? -0.15 : 0.0;
    pick.winChance -= run <= -2 ? 0.12 : 0.0;
    return pick;
}

DemoGenerator::State::Outcome DemoGenerator::State::rollOutcome(bool aram, double winChance) {
    Outcome outcome;
    const double roll = rng.uniform();
    outcome.remake = !aram && roll < 0.02;
    outcome.aborted = !outcome.remake && roll < 0.025;
    outcome.win = !outcome.remake && rng.uniform() < winChance;
    if (!outcome.remake && !outcome.aborted) {
        run = outcome.win ? std::max(run, 0) + 1 : std::min(run, 0) - 1;
    }
    return outcome;
}

// The player's seat: a participant of the chosen role (any seat in ARAM) on the side that had the wanted result in
// the recorded game, so the game's kills, gold and timeline stay those of a real game (a remake puts the player on
// the losing side). The role becomes the seat's when no seat of the role fits.
std::size_t DemoGenerator::State::pickSeat(const json& participants, bool aram, bool win, std::string& role) {
    std::vector<std::size_t> seats;
    for (int pass = 0; pass < 3 && seats.empty(); ++pass) { // the role, then any role, then any seat at all
        for (std::size_t i = 0; i < participants.size(); ++i) {
            const bool roleFits = aram || pass >= 1 || participants[i].value("teamPosition", "") == role;
            if (roleFits && (pass == 2 || participants[i].value("win", false) == win)) {
                seats.push_back(i);
            }
        }
    }
    const std::size_t seat = seats[rng.next() % seats.size()];
    if (!aram && participants[seat].value("teamPosition", "") != role) {
        role = participants[seat].value("teamPosition", "");
    }
    return seat;
}

// The player's line: the seat's real numbers, shaped by the result and a little luck; a remake leaves everyone
// with next to nothing.
void DemoGenerator::State::shapeLines(json& participants, std::size_t seat, const Outcome& outcome) {
    json& mine = participants[seat];
    const double form = rng.uniform(0.75, 1.3);
    if (outcome.remake) {
        for (auto& p : participants) {
            for (const char* key : {"kills", "deaths", "assists", "totalMinionsKilled", "neutralMinionsKilled"}) {
                p[key] = rng.range(0, 1) * (key[0] == 't' ? 9 : 1);
            }
            p["goldEarned"] = rng.range(900, 1500);
            p["totalDamageDealtToChampions"] = rng.range(0, 900);
            p["visionScore"] = rng.range(0, 2);
        }
        return;
    }
    const bool win = outcome.win;
    mine["kills"] = scaled(mine["kills"], form * (win ? 1.15 : 0.85));
    mine["deaths"] = scaled(mine["deaths"], rng.uniform(0.6, 1.3) * (win ? 0.8 : 1.15));
    mine["totalMinionsKilled"] = scaled(mine["totalMinionsKilled"], rng.uniform(0.88, 1.15));
    mine["goldEarned"] = scaled(mine["goldEarned"], 0.9 + 0.1 * form);
    mine["totalDamageDealtToChampions"] = scaled(mine["totalDamageDealtToChampions"], form);
    mine["assists"] = scaled(mine["assists"], form);
}

// The bundled timelines are Summoner's Rift games, so ARAM games and remakes get none; the others get one a little
// more often so that about timelineShare of all games have one. A template without a timeline of its own borrows
// one that ends with the gold on the side that won this game.
const TimelineTemplate* DemoGenerator::State::pickTimeline(const MatchTemplate& tmpl, bool aram, bool remake,
                                                           std::size_t players) {
    const double riftShare = std::min(1.0, options.timelineShare / 0.8);
    const bool withTimeline = !remake && !aram && rng.uniform() < riftShare;
    if (!withTimeline || players != 10) {
        return nullptr;
    }
    std::string name = tmpl.ownTimeline;
    if (name.empty()) {
        std::vector<const std::string*> fitting;
        for (const auto& candidate : borrowableTimelines) {
            if (timelines.at(candidate).goldLeader == tmpl.winner) {
                fitting.push_back(&candidate);
            }
        }
        name = fitting.empty() ? borrowableTimelines[rng.next() % borrowableTimelines.size()]
                               : *fitting[rng.next() % fitting.size()];
    }
    return &timelines.at(name);
}

namespace {

// The recorded game's length in seconds (a template from before patch 11.20 counts milliseconds).
std::int64_t recordedSeconds(const json& info) {
    return info.contains("gameEndTimestamp") ? info.value("gameDuration", std::int64_t{1800})
                                             : info.value("gameDuration", std::int64_t{1800000}) / 1000;
}

// Counters follow the game's length: a template from a 35-minute game shrinks for a 20-minute timeline.
void fitCountersToLength(json& participants, std::int64_t recorded, std::int64_t seconds) {
    const double ratio = static_cast<double>(seconds) / static_cast<double>(std::max<std::int64_t>(60, recorded));
    for (auto& p : participants) {
        for (const char* key : {"kills", "deaths", "assists", "totalMinionsKilled", "neutralMinionsKilled",
                                "goldEarned", "totalDamageDealtToChampions", "visionScore"}) {
            if (p.contains(key) && p[key].is_number()) {
                p[key] = scaled(p[key], ratio);
            }
        }
    }
}

} // namespace

// The game's length: it ends after the timeline's last frame, a remake after three or four minutes, any other game
// near the recorded one's length.
std::int64_t DemoGenerator::State::gameSeconds(std::int64_t recorded, const TimelineTemplate* timeline, bool remake) {
    if (timeline != nullptr) {
        return timeline->lastTimestamp / 1000 + rng.range(0, 40);
    }
    if (remake) {
        return rng.range(180, 235);
    }
    return static_cast<std::int64_t>(static_cast<double>(recorded) * rng.uniform(0.85, 1.15));
}

void DemoGenerator::State::makeMatch(std::vector<ingest::NamedPayload>& out) {
    const DemoAccount& me = demoAccount();
    const std::int64_t creation = creationTimes[static_cast<std::size_t>(index)];
    const int queue = rng.weighted(kQueues);
    const bool aram = queue == 450;
    const MatchTemplate& tmpl = pickTemplate(queue);
    json match = tmpl.doc;
    json& info = match["info"];
    json& participants = info["participants"];

    Pick pick = pickChampion(aram, creation);
    const Outcome outcome = rollOutcome(aram, pick.winChance);
    const std::size_t seat = pickSeat(participants, aram, outcome.win, pick.role);
    Random friends(options.seed * 0x2545F4914F6CDD1Dull + static_cast<std::uint64_t>(index));
    const DemoFriend* companion = nullptr;
    const std::optional<std::size_t> friendSeat = friendSeatIn(participants, seat, friends, companion);
    std::vector<std::string> puuids =
        recastPlayers(participants, seat, pick.champion, friendSeat, companion, outcome.remake);
    shapeLines(participants, seat, outcome);

    const std::int64_t gameId = 7'400'000'000 + static_cast<std::int64_t>(index) * 10'000 + rng.range(0, 9'999);
    const std::string matchId = me.platform + "_" + std::to_string(gameId);
    const TimelineTemplate* timeline = pickTimeline(tmpl, aram, outcome.remake, participants.size());
    const std::int64_t recorded = recordedSeconds(info);
    const std::int64_t duration = gameSeconds(recorded, timeline, outcome.remake);
    if (!outcome.remake) {
        fitCountersToLength(participants, recorded, duration);
    }
    capAssists(participants, seat);
    sumTeamKills(info, participants);

    match["metadata"]["matchId"] = matchId;
    match["metadata"]["participants"] = puuids;
    info["gameId"] = gameId;
    info["platformId"] = me.platform;
    info["gameCreation"] = creation;
    info["gameStartTimestamp"] = creation + rng.range(60, 110) * 1000;
    info["gameEndTimestamp"] = info["gameStartTimestamp"].get<std::int64_t>() + duration * 1000;
    info["gameDuration"] = duration;
    info["gameVersion"] = gameVersionAt(creation, rng);
    info["endOfGameResult"] = outcome.aborted ? "Abort_Unexpected" : "GameComplete";

    out.push_back({"demo/" + matchId + ".json", match.dump()});
    if (timeline != nullptr) {
        out.push_back({"demo/" + matchId + "_timeline.json", makeTimeline(*timeline, matchId, gameId, puuids)});
    }
}

DemoGenerator::DemoGenerator(const DemoOptions& options) : m_state(std::make_unique<State>(options)) {
    m_state->loadTemplates();
    m_state->planTimes();
}

DemoGenerator::~DemoGenerator() = default;

bool DemoGenerator::next(std::vector<ingest::NamedPayload>& out) {
    if (m_state->index >= static_cast<int>(m_state->creationTimes.size())) {
        return false;
    }
    m_state->makeMatch(out);
    ++m_state->index;
    return true;
}

int DemoGenerator::generated() const {
    return m_state->index;
}

} // namespace herald::demo
