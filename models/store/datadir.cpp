// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datadir.h"

#include <algorithm>
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
                                                            const LockWait& wait, std::chrono::milliseconds) {
    const auto path = dataDir / "herald.lock";
    const auto deadline = std::chrono::steady_clock::now() + wait.forWriter;
    HANDLE file = INVALID_HANDLE_VALUE;
    for (;;) {
        file = CreateFileW(path.wstring().c_str(), GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, nullptr, OPEN_ALWAYS,
                           FILE_ATTRIBUTE_NORMAL | FILE_FLAG_DELETE_ON_CLOSE, nullptr);
        if (file != INVALID_HANDLE_VALUE || std::chrono::steady_clock::now() >= deadline) {
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
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

namespace {

struct LockOwner {
    std::string pid;
    std::string role;
    std::string program;
    std::string describe() const {
        if (pid.empty()) {
            return "another Herald process";
        }
        return (program.empty() ? std::string("a Herald process") : program) + " (pid " + pid + ")";
    }
};

LockOwner readOwner(const std::filesystem::path& path) {
    LockOwner owner;
    std::ifstream(path) >> owner.pid >> owner.role >> owner.program;
    return owner;
}

std::string programName() {
    std::string name;
    std::ifstream("/proc/self/comm") >> name;
    return name.empty() ? std::string("herald") : name;
}

} // namespace

Result<std::unique_ptr<InstanceLock>> InstanceLock::acquire(const std::filesystem::path& dataDir, Role role,
                                                            const LockWait& wait,
                                                            std::chrono::milliseconds maintenanceWait) {
    const auto path = dataDir / "herald.lock";
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        const int error = errno;
        if (error == EROFS || error == EACCES || error == EPERM) {
            return makeError(ErrorKind::Io,
                             "cannot write to " + dataDir.string() + " (" + std::strerror(error) +
                                 "): the folder is read-only or belongs to another user. Commands that read "
                                 "(matches, stats, check, export) still work; to write, use a folder of yours",
                             "store.read_only", {dataDir.string()});
        }
        return makeError(ErrorKind::Io, "cannot open " + path.string() + ": " + std::strerror(error));
    }
    const auto start = std::chrono::steady_clock::now();
    bool announced = false;
    while (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const LockOwner owner = readOwner(path);
        const auto waited = std::chrono::steady_clock::now() - start;
        const bool maintenance = owner.role == "maintenance";
        if (waited < (maintenance ? std::max(maintenanceWait, wait.forWriter) : wait.forWriter)) {
            if (!announced && !maintenance && wait.waiting) {
                wait.waiting(owner.describe());
            }
            announced = announced || !maintenance;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
            continue;
        }
        ::close(fd);
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(waited).count();
        return makeError(ErrorKind::Busy,
                         owner.describe() + " is writing to " + dataDir.string() +
                             (announced ? " (waited " + std::to_string(seconds) + " s)" : std::string()) +
                             "; close it (or wait for it to finish) and try again",
                         "store.in_use", {dataDir.string(), owner.describe()});
    }
    const std::string line =
        std::to_string(::getpid()) + (role == Role::Maintenance ? " maintenance " : " writer ") + programName() + "\n";
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
