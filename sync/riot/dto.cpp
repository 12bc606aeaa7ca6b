// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "riot/dto.h"

#include <nlohmann/json.hpp>

namespace herald::sync::riot {

namespace {

using nlohmann::json;

Result<json> parseJson(std::string_view body, const char* what) {
    json document = json::parse(body, nullptr, false);
    if (document.is_discarded()) {
        return makeError(ErrorKind::Parse, std::string("the ") + what + " answer is not valid JSON");
    }
    return document;
}

template <class T> bool read(const json& object, const char* key, T& out) {
    const auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        return false;
    }
    try {
        out = it->get<T>();
        return true;
    } catch (const json::exception&) {
        return false;
    }
}

Error shapeError(const char* what, const char* field) {
    return makeError(ErrorKind::Parse, std::string("the ") + what + " answer has no valid '" + field + "'");
}

} // namespace

Result<AccountDto> parseAccount(std::string_view body) {
    auto document = parseJson(body, "account");
    if (!document) {
        return document.error();
    }
    const json& j = document.value();
    AccountDto account;
    if (!j.is_object() || !read(j, "puuid", account.puuid) || account.puuid.empty()) {
        return shapeError("account", "puuid");
    }
    read(j, "gameName", account.gameName); // absent for accounts that never chose a Riot ID
    read(j, "tagLine", account.tagLine);
    return account;
}

Result<SummonerDto> parseSummoner(std::string_view body) {
    auto document = parseJson(body, "summoner");
    if (!document) {
        return document.error();
    }
    const json& j = document.value();
    SummonerDto summoner;
    if (!j.is_object() || !read(j, "puuid", summoner.puuid)) {
        return shapeError("summoner", "puuid");
    }
    if (!read(j, "summonerLevel", summoner.summonerLevel)) {
        return shapeError("summoner", "summonerLevel");
    }
    read(j, "profileIconId", summoner.profileIconId);
    read(j, "revisionDate", summoner.revisionDate);
    return summoner;
}

Result<std::vector<LeagueEntryDto>> parseLeagueEntries(std::string_view body) {
    auto document = parseJson(body, "league entries");
    if (!document) {
        return document.error();
    }
    const json& j = document.value();
    if (!j.is_array()) {
        return makeError(ErrorKind::Parse, "the league entries answer is not a list");
    }
    std::vector<LeagueEntryDto> entries;
    for (const json& item : j) {
        LeagueEntryDto entry;
        if (!item.is_object() || !read(item, "queueType", entry.queueType) || !read(item, "tier", entry.tier) ||
            !read(item, "leaguePoints", entry.leaguePoints)) {
            return shapeError("league entries", "queueType/tier/leaguePoints");
        }
        read(item, "rank", entry.rank);
        read(item, "wins", entry.wins);
        read(item, "losses", entry.losses);
        entries.push_back(std::move(entry));
    }
    return entries;
}

Result<std::vector<std::string>> parseMatchIds(std::string_view body) {
    auto document = parseJson(body, "match ids");
    if (!document) {
        return document.error();
    }
    const json& j = document.value();
    if (!j.is_array()) {
        return makeError(ErrorKind::Parse, "the match ids answer is not a list");
    }
    std::vector<std::string> ids;
    ids.reserve(j.size());
    for (const json& item : j) {
        if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
            return makeError(ErrorKind::Parse, "the match ids answer holds something that is not a match id");
        }
        ids.push_back(item.get<std::string>());
    }
    return ids;
}

} // namespace herald::sync::riot
