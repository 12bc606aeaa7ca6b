#include "payloadparser.h"

#include "ingest/compression.h"
#include "ingest/jsonfilter.h"

#include <nlohmann/json.hpp>

#include <limits>

namespace herald::ingest {

namespace {

using json = nlohmann::json;

// Thrown inside this file only; parse functions turn it into a Validation error.
struct ShapeError {
    std::string message;
};

const char* typeName(const json& value) {
    if (value.is_number()) {
        return "a number";
    }
    return value.type_name();
}

class Reader {
public:
    Reader(const json& object, std::string path) : m_object(object), m_path(std::move(path)) {}

    const json* find(std::string_view key) const {
        if (!m_object.is_object()) {
            return nullptr;
        }
        const auto it = m_object.find(key);
        return it == m_object.end() || it->is_null() ? nullptr : &*it;
    }

    [[noreturn]] void wrongType(std::string_view key, const char* expected, const json& found) const {
        throw ShapeError{field(key) + ": expected " + expected + ", found " + typeName(found)};
    }

    [[noreturn]] void missing(std::string_view key) const { throw ShapeError{field(key) + ": missing"}; }

    std::string field(std::string_view key) const { return m_path + "." + std::string(key); }

    std::int64_t integer(std::string_view key, std::optional<std::int64_t> fallback = std::nullopt) const {
        const json* value = find(key);
        if (value == nullptr) {
            if (!fallback) {
                missing(key);
            }
            return *fallback;
        }
        if (value->is_number_integer()) {
            return value->get<std::int64_t>();
        }
        if (value->is_number_float()) { // a few counters come as 12.0 in some patches
            const double d = value->get<double>();
            if (d >= static_cast<double>(std::numeric_limits<std::int64_t>::min()) &&
                d <= static_cast<double>(std::numeric_limits<std::int64_t>::max())) {
                return static_cast<std::int64_t>(d);
            }
        }
        wrongType(key, "an integer", *value);
    }

    int smallInt(std::string_view key, std::optional<int> fallback = std::nullopt) const {
        const std::int64_t v = integer(key, fallback);
        if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) {
            throw ShapeError{field(key) + ": value " + std::to_string(v) + " is out of range"};
        }
        return static_cast<int>(v);
    }

    std::string text(std::string_view key, std::optional<std::string_view> fallback = std::nullopt) const {
        const json* value = find(key);
        if (value == nullptr) {
            if (!fallback) {
                missing(key);
            }
            return std::string(*fallback);
        }
        if (!value->is_string()) {
            wrongType(key, "a string", *value);
        }
        return value->get<std::string>();
    }

    bool flag(std::string_view key, std::optional<bool> fallback = std::nullopt) const {
        const json* value = find(key);
        if (value == nullptr) {
            if (!fallback) {
                missing(key);
            }
            return *fallback;
        }
        if (!value->is_boolean()) {
            wrongType(key, "true or false", *value);
        }
        return value->get<bool>();
    }

    const json& object(std::string_view key) const {
        const json* value = find(key);
        if (value == nullptr) {
            missing(key);
        }
        if (!value->is_object()) {
            wrongType(key, "an object", *value);
        }
        return *value;
    }

    // An array, or nullptr when the member is absent or null (allowed where Riot sends null).
    const json* optionalArray(std::string_view key) const {
        const json* value = find(key);
        if (value != nullptr && !value->is_array()) {
            wrongType(key, "an array", *value);
        }
        return value;
    }

    const json& array(std::string_view key) const {
        const json* value = optionalArray(key);
        if (value == nullptr) {
            missing(key);
        }
        return *value;
    }

private:
    const json& m_object;
    std::string m_path;
};

std::vector<std::string> puuidList(const Reader& metadata) {
    std::vector<std::string> out;
    if (const json* list = metadata.optionalArray("participants")) {
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json& item = (*list)[i];
            if (!item.is_string()) {
                throw ShapeError{metadata.field("participants") + "[" + std::to_string(i) + "]: expected a string"};
            }
            out.push_back(item.get<std::string>());
        }
    }
    return out;
}

ParticipantRow readParticipant(const json& value, std::size_t index) {
    const std::string path = "info.participants[" + std::to_string(index) + "]";
    if (!value.is_object()) {
        throw ShapeError{path + ": expected an object, found " + typeName(value)};
    }
    const Reader p(value, path);
    ParticipantRow row;
    row.participantId = p.smallInt("participantId", static_cast<int>(index) + 1);
    row.puuid = p.text("puuid");
    // Riot IDs replaced summoner names in 2023; older payloads have riotIdName (often empty) or nothing.
    row.riotGameName = p.text("riotIdGameName", "");
    if (row.riotGameName.empty()) {
        row.riotGameName = p.text("riotIdName", "");
    }
    row.riotTagLine = p.text("riotIdTagline", "");
    row.summonerName = p.text("summonerName", "");
    row.championId = p.smallInt("championId");
    row.championName = p.text("championName");
    row.teamId = p.smallInt("teamId");
    row.subteamId = p.smallInt("playerSubteamId", 0);
    row.position = p.text("teamPosition", "");
    row.win = p.flag("win");
    row.kills = p.smallInt("kills");
    row.deaths = p.smallInt("deaths");
    row.assists = p.smallInt("assists");
    row.minionsKilled = p.smallInt("totalMinionsKilled", 0);
    row.neutralMinionsKilled = p.smallInt("neutralMinionsKilled", 0);
    row.goldEarned = p.integer("goldEarned", 0);
    row.damageToChampions = p.integer("totalDamageDealtToChampions", 0);
    row.visionScore = p.smallInt("visionScore", 0);
    row.champLevel = p.smallInt("champLevel", 0);
    row.firstBlood = p.flag("firstBloodKill", false) || p.flag("firstBloodAssist", false);
    row.earlySurrender = p.flag("gameEndedInEarlySurrender", false);
    return row;
}

MatchRecord readMatch(const json& root) {
    const Reader top(root, "$");
    const Reader metadata(top.object("metadata"), "metadata");
    const Reader info(top.object("info"), "info");

    MatchRecord match;
    match.matchId = metadata.text("matchId");
    match.metadataParticipants = puuidList(metadata);
    match.gameId = info.integer("gameId");
    const auto underscore = match.matchId.find('_');
    match.platform = info.text("platformId", match.matchId.substr(0, underscore));
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
    match.gameCreation = info.integer("gameCreation");
    const std::int64_t duration = info.integer("gameDuration");
    // Before patch 11.20 gameDuration was in milliseconds; gameEndTimestamp arrived with the change.
    match.durationSeconds = info.find("gameEndTimestamp") != nullptr ? duration : duration / 1000;
    if (const json* result = info.find("endOfGameResult")) {
        if (!result->is_string()) {
            info.wrongType("endOfGameResult", "a string", *result);
        }
        match.endResult = result->get<std::string>();
    }
    const json& participants = info.array("participants");
    match.participants.reserve(participants.size());
    for (std::size_t i = 0; i < participants.size(); ++i) {
        match.participants.push_back(readParticipant(participants[i], i));
        match.isRemake = match.isRemake || match.participants.back().earlySurrender;
    }
    if (!match.metadataParticipants.empty() && match.metadataParticipants.size() != match.participants.size()) {
        throw ShapeError{"metadata.participants lists " + std::to_string(match.metadataParticipants.size()) +
                         " players but info.participants has " + std::to_string(match.participants.size())};
    }
    return match;
}

FrameRow readFrame(const json& value, const std::string& path, int frame, std::int64_t timestamp) {
    if (!value.is_object()) {
        throw ShapeError{path + ": expected an object, found " + typeName(value)};
    }
    const Reader f(value, path);
    FrameRow row;
    row.frame = frame;
    row.timestampMs = timestamp;
    row.participantId = f.smallInt("participantId", 0);
    row.totalGold = f.integer("totalGold", 0);
    row.currentGold = f.integer("currentGold", 0);
    row.xp = f.integer("xp", 0);
    row.level = f.smallInt("level", 0);
    row.minionsKilled = f.smallInt("minionsKilled", 0);
    row.jungleMinionsKilled = f.smallInt("jungleMinionsKilled", 0);
    return row;
}

TimelineRecord readTimeline(json& root) {
    const Reader top(root, "$");
    const Reader metadata(top.object("metadata"), "metadata");
    const Reader info(top.object("info"), "info");

    TimelineRecord timeline;
    timeline.matchId = metadata.text("matchId");
    timeline.participants = puuidList(metadata);
    if (info.find("gameId") != nullptr) {
        const std::int64_t gameId = info.integer("gameId");
        const auto underscore = timeline.matchId.find('_');
        if (underscore == std::string::npos || timeline.matchId.substr(underscore + 1) != std::to_string(gameId)) {
            throw ShapeError{"ids disagree: metadata.matchId is " + timeline.matchId + " but info.gameId is " +
                             std::to_string(gameId)};
        }
    }
    json& frames = root["info"]["frames"];
    if (!frames.is_array()) {
        info.array("frames"); // throws the precise error
    }
    int seq = 0;
    for (std::size_t i = 0; i < frames.size(); ++i) {
        const std::string path = "info.frames[" + std::to_string(i) + "]";
        if (!frames[i].is_object()) {
            throw ShapeError{path + ": expected an object, found " + typeName(frames[i])};
        }
        const Reader frame(frames[i], path);
        const std::int64_t timestamp = frame.integer("timestamp");
        // Some timelines carry participantFrames: null (spectator-less or aborted games): no frame rows then.
        if (const json* participantFrames = frame.find("participantFrames")) {
            if (!participantFrames->is_object()) {
                frame.wrongType("participantFrames", "an object", *participantFrames);
            }
            for (const auto& [key, value] : participantFrames->items()) {
                FrameRow row = readFrame(value, path + ".participantFrames." + key, static_cast<int>(i), timestamp);
                if (row.participantId == 0) {
                    row.participantId = std::atoi(key.c_str());
                }
                timeline.frames.push_back(row);
            }
        }
        if (json* events = frames[i].contains("events") ? &frames[i]["events"] : nullptr;
            events != nullptr && !events->is_null()) {
            if (!events->is_array()) {
                frame.wrongType("events", "an array", *events);
            }
            for (json& event : *events) {
                if (!event.is_object()) {
                    continue;
                }
                const auto type = event.find("type");
                if (type == event.end() || !type->is_string() || !isKeyEventType(type->get<std::string>())) {
                    continue;
                }
                const Reader e(event, path + ".events");
                EventRow row;
                row.seq = seq++;
                row.type = type->get<std::string>();
                row.timestampMs = e.integer("timestamp", timestamp);
                if (e.find("killerId") != nullptr) {
                    row.killerId = e.smallInt("killerId");
                }
                if (e.find("victimId") != nullptr) {
                    row.victimId = e.smallInt("victimId");
                }
                if (e.find("teamId") != nullptr) {
                    row.teamId = e.smallInt("teamId");
                } else if (e.find("killerTeamId") != nullptr) {
                    row.teamId = e.smallInt("killerTeamId");
                }
                for (const char* extracted : {"type", "timestamp", "killerId", "victimId"}) {
                    event.erase(extracted);
                }
                row.data = event.dump();
                timeline.events.push_back(std::move(row));
            }
        }
    }
    return timeline;
}

enum class Kind { Match, Timeline, Unknown };

Kind detect(const json& root) {
    if (!root.is_object() || !root.contains("metadata") || !root.contains("info") || !root["info"].is_object()) {
        return Kind::Unknown;
    }
    const json& info = root["info"];
    if (info.contains("frames")) {
        return Kind::Timeline;
    }
    if (info.contains("participants")) {
        return Kind::Match;
    }
    return Kind::Unknown;
}

Result<json> parseDocument(std::string_view bytes) {
    if (bytes.size() > kMaxPayloadBytes) {
        return makeError(ErrorKind::Validation, "payload of " + std::to_string(bytes.size()) +
                                                    " bytes is over the 32 MiB limit");
    }
    if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        return makeError(ErrorKind::Parse, "empty file");
    }
    json root;
    if (Status parsed = parseFiltered(bytes, payloadFilter(), root); !parsed) {
        return parsed.error();
    }
    return root;
}

template <class Record, class Derive> Result<Record> derive(std::string_view bytes, json& root, Derive readRecord) {
    try {
        Record record = readRecord(root);
        record.compressedRaw = compress(bytes);
        if (record.compressedRaw.empty()) {
            return makeError(ErrorKind::Storage, "out of memory while compressing the payload");
        }
        record.rawHash = contentHash(bytes);
        return record;
    } catch (const ShapeError& e) {
        return makeError(ErrorKind::Validation, e.message);
    } catch (const json::exception& e) {
        return makeError(ErrorKind::Validation, e.what());
    }
}

} // namespace

std::string patchOf(std::string_view gameVersion) {
    const auto first = gameVersion.find('.');
    if (first == std::string_view::npos) {
        return {};
    }
    const auto second = gameVersion.find('.', first + 1);
    return std::string(gameVersion.substr(0, second));
}

Result<Payload> parsePayload(std::string_view bytes) {
    auto root = parseDocument(bytes);
    if (!root) {
        return root.error();
    }
    switch (detect(root.value())) {
    case Kind::Match: {
        auto match = derive<MatchRecord>(bytes, root.value(), readMatch);
        return match ? Result<Payload>(std::move(match).value()) : Result<Payload>(match.error());
    }
    case Kind::Timeline: {
        auto timeline = derive<TimelineRecord>(bytes, root.value(), readTimeline);
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
