// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "herald/credentials.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace herald::sync::server {

SavedSession savedSession(const std::string& stored) {
    const auto space = stored.find(' ');
    if (space == std::string::npos) {
        return {stored, {}};
    }
    return {stored.substr(space + 1), stored.substr(0, space)};
}

FileCredentialStore::FileCredentialStore(std::filesystem::path file) : m_file(std::move(file)) {
    if (const char* token = std::getenv("HERALD_TOKEN"); token != nullptr && *token != '\0') {
        m_memory = token;
        m_fromEnvironment = true;
    }
}

std::filesystem::path FileCredentialStore::defaultFile() {
    if (const char* config = std::getenv("XDG_CONFIG_HOME"); config != nullptr && *config != '\0') {
        return std::filesystem::path(config) / "herald" / "credentials";
    }
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home != nullptr ? home : ".") / ".config" / "herald" / "credentials";
}

std::optional<std::string> FileCredentialStore::refreshToken() {
    if (m_memory) {
        return m_memory;
    }
    std::ifstream in(m_file);
    std::string token;
    if (!in || !std::getline(in, token) || token.empty()) {
        return std::nullopt;
    }
    return token;
}

Status FileCredentialStore::save(const std::string& refreshToken) {
    if (m_fromEnvironment) {
        m_memory = refreshToken;
        return Ok{};
    }
    std::error_code ec;
    std::filesystem::create_directories(m_file.parent_path(), ec);
    ::chmod(m_file.parent_path().c_str(), 0700);
    // Created 0600 before a byte is written, then renamed over the old file: never readable by others, never half.
    const std::filesystem::path temporary = m_file.string() + ".part";
    const int fd = ::open(temporary.c_str(), O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) {
        return makeError(ErrorKind::Io, "cannot write " + m_file.string() + ": " + std::strerror(errno));
    }
    const std::string line = refreshToken + "\n";
    const bool written = ::fchmod(fd, 0600) == 0 &&
                         ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) && ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!written || std::rename(temporary.c_str(), m_file.c_str()) != 0) {
        ::unlink(temporary.c_str());
        return makeError(ErrorKind::Io,
                         "cannot write " + m_file.string() + ": " + std::strerror(written ? errno : error));
    }
    return Ok{};
}

Status FileCredentialStore::clear() {
    m_memory.reset();
    if (m_fromEnvironment) {
        return Ok{}; // HERALD_TOKEN was refused, not the file someone saved with herald-cli login
    }
    std::error_code ec;
    std::filesystem::remove(m_file, ec);
    if (ec) {
        return makeError(ErrorKind::Io, "cannot remove " + m_file.string() + ": " + ec.message());
    }
    return Ok{};
}

std::string FileCredentialStore::where() const {
    return m_fromEnvironment ? "HERALD_TOKEN" : "the file " + m_file.string();
}

} // namespace herald::sync::server
