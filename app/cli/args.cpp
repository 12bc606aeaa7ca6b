// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "args.h"

#include <algorithm>
#include <charconv>
#include <sstream>

namespace herald::cli {

Args::Args(const std::vector<std::string>& words, const std::vector<OptionSpec>& specs) {
    bool onlyPositional = false;
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& word = words[i];
        if (onlyPositional || word.size() < 2 || word[0] != '-' || word == "-") {
            m_positional.push_back(word);
            continue;
        }
        if (word == "--") {
            onlyPositional = true;
            continue;
        }
        std::string name = word.substr(word.rfind('-', 1) + 1);
        std::optional<std::string> inlineValue;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            inlineValue = name.substr(eq + 1);
            name.resize(eq);
        }
        const auto spec = std::find_if(specs.begin(), specs.end(), [&](const auto& s) { return s.name == name; });
        if (spec == specs.end()) {
            throw UsageError("unknown option " + word);
        }
        if (!spec->takesValue) {
            if (inlineValue) {
                throw UsageError("option --" + name + " takes no value");
            }
            m_flags.insert(name);
            continue;
        }
        if (inlineValue) {
            m_values[name].push_back(*inlineValue);
        } else if (i + 1 < words.size()) {
            m_values[name].push_back(words[++i]);
        } else {
            throw UsageError("option --" + name + " needs a value");
        }
    }
}

std::optional<std::string> Args::value(const std::string& name) const {
    const auto it = m_values.find(name);
    return it == m_values.end() ? std::nullopt : std::optional<std::string>(it->second.back());
}

std::vector<std::string> Args::values(const std::string& name) const {
    const auto it = m_values.find(name);
    return it == m_values.end() ? std::vector<std::string>() : it->second;
}

std::optional<long long> Args::integer(const std::string& name, long long min, long long max) const {
    const auto text = value(name);
    if (!text) {
        return std::nullopt;
    }
    long long number = 0;
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), number);
    if (ec != std::errc() || end != text->data() + text->size() || number < min || number > max) {
        throw UsageError("--" + name + " takes a whole number from " + std::to_string(min) + " to " +
                         std::to_string(max) + ", not '" + *text + "'");
    }
    return number;
}

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::stringstream in(text);
    for (std::string item; std::getline(in, item, ',');) {
        if (!item.empty()) {
            out.push_back(item);
        }
    }
    return out;
}

std::vector<std::string> riotIdOptions(const Args& args) {
    std::vector<std::string> ids;
    for (const auto& a : args.values("account")) {
        for (auto& id : splitList(a)) {
            if (id.find('#') == std::string::npos || id.back() == '#' || id.front() == '#') {
                throw UsageError("a Riot ID is Name#TAG, not '" + id + "'");
            }
            ids.push_back(std::move(id));
        }
    }
    return ids;
}

std::vector<std::string> puuidOptions(const Args& args) {
    std::vector<std::string> puuids;
    for (const auto& value : args.values("puuid")) {
        for (auto& puuid : splitList(value)) {
            puuids.push_back(std::move(puuid));
        }
    }
    return puuids;
}

} // namespace herald::cli
