// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "riot/routing.h"

#include <algorithm>
#include <cctype>

namespace herald::sync::riot {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())) != 0) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())) != 0) {
        text.remove_suffix(1);
    }
    return text;
}

// Code points of a UTF-8 string; -1 when it is not valid UTF-8.
int codePoints(std::string_view text) {
    int count = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        std::size_t length = 0;
        if (c < 0x80) {
            length = 1;
        } else if ((c & 0xE0) == 0xC0) {
            length = 2;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
        } else {
            return -1;
        }
        if (i + length > text.size()) {
            return -1;
        }
        for (std::size_t k = 1; k < length; ++k) {
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) {
                return -1;
            }
        }
        i += length;
        ++count;
    }
    return count;
}

bool hasControlOrReserved(std::string_view text, std::string_view reserved) {
    return std::any_of(text.begin(), text.end(), [&](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 || u == 0x7F || reserved.find(c) != std::string_view::npos;
    });
}

} // namespace

const std::vector<Platform>& platforms() {
    static const std::vector<Platform> all = {
        {"na1", "americas", "americas", "North America"},
        {"br1", "americas", "americas", "Brazil"},
        {"la1", "americas", "americas", "Latin America North"},
        {"la2", "americas", "americas", "Latin America South"},
        {"euw1", "europe", "europe", "Europe West"},
        {"eun1", "europe", "europe", "Europe Nordic & East"},
        {"tr1", "europe", "europe", "Türkiye"},
        {"ru", "europe", "europe", "Russia"},
        {"me1", "europe", "europe", "Middle East"},
        {"kr", "asia", "asia", "Korea"},
        {"jp1", "asia", "asia", "Japan"},
        {"oc1", "sea", "americas", "Oceania"},
        {"ph2", "sea", "asia", "Philippines"},
        {"sg2", "sea", "asia", "Singapore, Malaysia & Indonesia"},
        {"th2", "sea", "asia", "Thailand"},
        {"tw2", "sea", "asia", "Taiwan, Hong Kong & Macao"},
        {"vn2", "sea", "asia", "Vietnam"},
    };
    return all;
}

const Platform* findPlatform(std::string_view id) {
    for (const Platform& platform : platforms()) {
        if (equalsIgnoreCase(platform.id, id)) {
            return &platform;
        }
    }
    return nullptr;
}

const Platform* platformOfMatch(std::string_view matchId) {
    const auto underscore = matchId.find('_');
    return underscore == std::string_view::npos ? nullptr : findPlatform(matchId.substr(0, underscore));
}

std::string platformList() {
    std::string list;
    for (const Platform& platform : platforms()) {
        list += list.empty() ? "" : ", ";
        list += platform.id;
    }
    return list;
}

std::string riotUrl(std::string_view base, std::string_view route, std::string_view path) {
    if (base.empty()) {
        return "https://" + std::string(route) + ".api.riotgames.com" + std::string(path);
    }
    while (!base.empty() && base.back() == '/') {
        base.remove_suffix(1);
    }
    return std::string(base) + "/" + std::string(route) + std::string(path);
}

std::string urlEncode(std::string_view text) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size() * 3);
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) != 0 || c == '-' || c == '_' || c == '.' || c == '~') {
            out += c;
        } else {
            out += '%';
            out += kHex[u >> 4];
            out += kHex[u & 0xF];
        }
    }
    return out;
}

Result<RiotId> parseRiotId(std::string_view text) {
    const auto hash = text.rfind('#');
    if (hash == std::string_view::npos) {
        return makeError(ErrorKind::Validation,
                         "'" + std::string(text) +
                             "' is not a Riot ID: write it as Name#TAG (the tag is the part after # in your Riot ID, "
                             "e.g. Faker#KR1)",
                         "riotid.no_tag", {std::string(text)});
    }
    const std::string_view name = trim(text.substr(0, hash));
    const std::string_view tag = trim(text.substr(hash + 1));
    const int nameLength = codePoints(name);
    const int tagLength = codePoints(tag);
    if (nameLength < 0 || tagLength < 0) {
        return makeError(ErrorKind::Validation, "the Riot ID is not valid UTF-8 text", "riotid.utf8");
    }
    if (nameLength < 1 || nameLength > 16 || hasControlOrReserved(name, "#/\\?")) {
        return makeError(ErrorKind::Validation,
                         "'" + std::string(name) +
                             "' is not a valid Riot ID name: 1 to 16 characters, no #, / or control characters",
                         "riotid.name", {std::string(name)});
    }
    const bool tagCharactersOk = std::all_of(tag.begin(), tag.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x80 || std::isalnum(u) != 0; // letters of any script, digits
    });
    if (tagLength < 2 || tagLength > 5 || !tagCharactersOk) {
        return makeError(ErrorKind::Validation,
                         "'" + std::string(tag) + "' is not a valid tag: 2 to 5 letters or digits after the #",
                         "riotid.tag", {std::string(tag)});
    }
    return RiotId{std::string(name), std::string(tag)};
}

} // namespace herald::sync::riot
