// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where the store lives, and the lock that keeps one writer per data folder.
#pragma once

#include "common/result.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace herald::store {

// --data-dir wins, then HERALD_DATA_DIR, then the platform's app data folder
// (Linux: $XDG_DATA_HOME/herald or ~/.local/share/herald; macOS: ~/Library/Application Support/Herald;
// Windows: %APPDATA%\Herald).
std::filesystem::path resolveDataDir(const std::optional<std::string>& flag);

inline std::filesystem::path databasePath(const std::filesystem::path& dataDir) {
    return dataDir / "herald.db";
}
// The Data Dragon icons the sync caches, a folder per game version under each.
inline std::filesystem::path championIconRoot(const std::filesystem::path& dataDir) {
    return dataDir / "cache" / "champion-icons";
}
inline std::filesystem::path itemIconRoot(const std::filesystem::path& dataDir) {
    return dataDir / "cache" / "item-icons";
}

// How long a writer waits for another one to finish, and who hears about it (once, with the holder: "herald (pid
// 4242)"). Zero: fail at once.
struct LockWait {
    std::chrono::milliseconds forWriter{0};
    std::function<void(const std::string& holder)> waiting;
};

// An exclusive advisory lock on DATA_DIR/herald.lock holding the owner's pid, role and program. The OS drops it
// when the process dies (even by kill -9), so a crash never leaves a stale lock behind.
class InstanceLock {
public:
    enum class Role {
        Writer,      // a process that writes (import, sync, the app)
        Maintenance, // a reader that rolls back a crashed writer's journal or migrates, then lets go
    };
    // When a writer holds the folder, waits up to wait.forWriter, then fails (Busy) naming the holder. While a
    // reader holds it for maintenance (brief by nature), waits up to maintenanceWait for it instead of failing.
    static Result<std::unique_ptr<InstanceLock>>
    acquire(const std::filesystem::path& dataDir, Role role = Role::Writer, const LockWait& wait = {},
            std::chrono::milliseconds maintenanceWait = std::chrono::seconds(30));
    InstanceLock(const InstanceLock&) = delete;
    InstanceLock& operator=(const InstanceLock&) = delete;
    ~InstanceLock();

private:
    explicit InstanceLock(std::intptr_t handle) : m_handle(handle) {}
    std::intptr_t m_handle;
};

} // namespace herald::store
