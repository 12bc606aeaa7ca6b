// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where the Herald refresh token lives between runs. The GUI keeps it in the OS keychain (ui/adapters); the command
// line in $XDG_CONFIG_HOME/herald/credentials (mode 0600; never the data folder, never the database), or takes
// it from HERALD_TOKEN. Tokens are secrets: they never reach the store, logs, error messages or exports.
#pragma once

#include "common/result.h"

#include <filesystem>
#include <optional>
#include <string>

namespace herald::sync::server {

// What the client saves: "ORIGIN TOKEN", the server's scheme://host[:port] and its refresh token, so a session is
// only ever sent back to the server that issued it. A value without the origin is an older Herald's (signed in
// again) or the user's own HERALD_TOKEN (sent to the server the user names).
struct SavedSession {
    std::string refreshToken;
    std::string server; // empty: not recorded
};
SavedSession savedSession(const std::string& stored);

class CredentialStore {
public:
    virtual ~CredentialStore() = default;
    // The saved value (see SavedSession), nullopt when signed out.
    virtual std::optional<std::string> refreshToken() = 0;
    // Refresh tokens rotate: each refresh saves the new one (the old one stops working).
    virtual Status save(const std::string& refreshToken) = 0;
    virtual Status clear() = 0;
    // Forgets the value only while it is still `refused` (a token another run saved meanwhile stays).
    Status forget(const std::string& refused) {
        const auto now = refreshToken();
        return now && *now == refused ? clear() : Status(Ok{});
    }
    // True when the user handed this token for this run (HERALD_TOKEN): it goes to the server the user names.
    virtual bool givenByUser() const { return false; }
    virtual std::string where() const = 0; // "the file ~/.config/herald/credentials", for messages
};

// The command line's store: HERALD_TOKEN when set (a rotation then lives in memory for this run, and a refusal
// forgets only that: the saved file stays), else the credentials file, written atomically with mode 0600.
class FileCredentialStore final : public CredentialStore {
public:
    explicit FileCredentialStore(std::filesystem::path file);
    // $XDG_CONFIG_HOME/herald/credentials, else ~/.config/herald/credentials.
    static std::filesystem::path defaultFile();

    std::optional<std::string> refreshToken() override;
    Status save(const std::string& refreshToken) override;
    Status clear() override;
    std::string where() const override;
    bool givenByUser() const override { return m_fromEnvironment; }
    bool fromEnvironment() const { return m_fromEnvironment; }

private:
    std::filesystem::path m_file;
    std::optional<std::string> m_memory; // HERALD_TOKEN and its rotations
    bool m_fromEnvironment = false;
};

// For tests and the GUI's session while the keychain is being read: the token in memory only.
class MemoryCredentialStore final : public CredentialStore {
public:
    std::optional<std::string> refreshToken() override { return m_token; }
    Status save(const std::string& refreshToken) override {
        m_token = refreshToken;
        return Ok{};
    }
    Status clear() override {
        m_token.reset();
        return Ok{};
    }
    std::string where() const override { return "memory"; }

private:
    std::optional<std::string> m_token;
};

} // namespace herald::sync::server
