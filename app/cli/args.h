// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Command-line parsing for herald-cli: --name value, --name=value, flags and positionals.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace herald::cli {

// A mistake in how the command was called: exit code 2.
class UsageError : public std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct OptionSpec {
    std::string name; // without the leading dashes
    bool takesValue = true;
};

class Args {
public:
    // Throws UsageError for an unknown option or a missing value.
    Args(const std::vector<std::string>& words, const std::vector<OptionSpec>& specs);

    bool has(const std::string& name) const { return m_flags.count(name) != 0 || m_values.count(name) != 0; }
    std::optional<std::string> value(const std::string& name) const; // the last occurrence
    std::vector<std::string> values(const std::string& name) const;  // every occurrence, in order
    // The value as an integer within [min, max]; UsageError when it is not one.
    std::optional<long long> integer(const std::string& name, long long min, long long max) const;
    const std::vector<std::string>& positional() const { return m_positional; }

private:
    std::map<std::string, std::vector<std::string>> m_values;
    std::set<std::string> m_flags;
    std::vector<std::string> m_positional;
};

// "a,b,,c" -> {"a", "b", "c"}
std::vector<std::string> splitList(const std::string& text);

// The Riot IDs of every --account (repeated or comma-separated); UsageError for one that is not Name#TAG.
std::vector<std::string> riotIdOptions(const Args& args);

// The PUUIDs of every --puuid (repeated or comma-separated).
std::vector<std::string> puuidOptions(const Args& args);

} // namespace herald::cli
