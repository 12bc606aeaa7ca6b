// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datadir.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <thread>

#ifdef _WIN32
#include <windows.h>
#else
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace herald::store {

namespace {

std::optional<std::string> env(const char* name) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') {
        return std::nullopt;
    }
    return std::string(value);
}

} // namespace

std::filesystem::path resolveDataDir(const std::optional<std::string>& flag) {
    if (flag && !flag->empty()) {
        return std::filesystem::path(*flag);
    }
    if (auto fromEnv = env("HERALD_DATA_DIR")) {
        return std::filesystem::path(*fromEnv);
    }
#if defined(_WIN32)
    if (auto appData = env("APPDATA")) {
        return std::filesystem::path(*appData) / "Herald";
    }
    return std::filesystem::path("Herald");
#elif defined(__APPLE__)
    return std::filesystem::path(env("HOME").value_or(".")) / "Library" / "Application Support" / "Herald";
#else
    if (auto xdg = env("XDG_DATA_HOME")) {
        return std::filesystem::path(*xdg) / "herald";
    }
    return std::filesystem::path(env("HOME").value_or(".")) / ".local" / "share" / "herald";
#endif
}

#ifdef _WIN32

Result<std::unique_ptr<InstanceLock>> InstanceLock::acquire(const std::filesystem::path& dataDir, Role,
                                                            std::chrono::milliseconds) {
    const auto path = dataDir / "herald.lock";
    HANDLE file = CreateFileW(path.wstring().c_str(), GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, nullptr,
                              OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL | FILE_FLAG_DELETE_ON_CLOSE, nullptr);
    if (file == INVALID_HANDLE_VALUE) {
        return makeError(ErrorKind::Busy,
                         "another Herald process is using " + dataDir.string() +
                             "; close it (or wait for it to finish) and try again",
                         "store.in_use", {dataDir.string()});
    }
    return std::unique_ptr<InstanceLock>(new InstanceLock(reinterpret_cast<std::intptr_t>(file)));
}

InstanceLock::~InstanceLock() {
    CloseHandle(reinterpret_cast<HANDLE>(m_handle));
}

#else

Result<std::unique_ptr<InstanceLock>> InstanceLock::acquire(const std::filesystem::path& dataDir, Role role,
                                                            std::chrono::milliseconds maintenanceWait) {
    const auto path = dataDir / "herald.lock";
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        return makeError(ErrorKind::Io, "cannot open " + path.string() + ": " + std::strerror(errno));
    }
    const auto deadline = std::chrono::steady_clock::now() + maintenanceWait;
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        std::string owner;
        std::string ownerRole;
        std::ifstream(path) >> owner >> ownerRole;
        if (ownerRole == "maintenance" && std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            continue;
        }
        ::close(fd);
        return makeError(ErrorKind::Busy,
                         "another Herald process" + (owner.empty() ? "" : " (pid " + owner + ")") + " is writing to " +
                             dataDir.string() + "; close it (or wait for it to finish) and try again",
                         "store.in_use", {dataDir.string()});
    }
    const std::string line = std::to_string(::getpid()) + (role == Role::Maintenance ? " maintenance\n" : " writer\n");
    if (::ftruncate(fd, 0) == 0) {
        [[maybe_unused]] const auto written = ::pwrite(fd, line.data(), line.size(), 0);
    }
    return std::unique_ptr<InstanceLock>(new InstanceLock(fd));
}

InstanceLock::~InstanceLock() {
    ::close(static_cast<int>(m_handle));
}

#endif

} // namespace herald::store
