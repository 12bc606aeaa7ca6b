// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/files.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <random>
#include <sys/stat.h>
#include <unistd.h>

namespace herald {

namespace {

constexpr std::size_t kBufferBytes = 1 << 20;

std::string randomSuffix() {
    static constexpr char kLetters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    std::random_device device;
    std::string out;
    for (int i = 0; i < 8; ++i) {
        out += kLetters[device() % (sizeof(kLetters) - 1)];
    }
    return out;
}

std::filesystem::path folderOf(const std::filesystem::path& target) {
    const auto parent = target.parent_path();
    return parent.empty() ? std::filesystem::path(".") : parent;
}

} // namespace

Status writeFileAtomically(const std::filesystem::path& path, std::string_view bytes) {
    auto file = AtomicFile::create(path, AtomicFile::Existing::Replace);
    if (!file) {
        return file.error();
    }
    if (Status written = file.value()->write(bytes); !written) {
        return written;
    }
    return file.value()->commit();
}

namespace {

std::optional<Error> notAFile(const std::filesystem::path& target) {
    std::error_code ignored;
    const auto status = std::filesystem::symlink_status(target, ignored);
    // A symbolic link is replaced as a link (never followed); anything else that is not a plain file (a device
    // such as /dev/full, a FIFO, a socket, a folder) is never replaced by a file.
    if (!std::filesystem::exists(status) || std::filesystem::is_regular_file(status) ||
        std::filesystem::is_symlink(status)) {
        return std::nullopt;
    }
    const char* what = std::filesystem::is_directory(status)        ? "a folder"
                       : std::filesystem::is_fifo(status)           ? "a FIFO (named pipe)"
                       : std::filesystem::is_character_file(status) ? "a device"
                       : std::filesystem::is_block_file(status)     ? "a device"
                       : std::filesystem::is_socket(status)         ? "a socket"
                                                                    : "not a regular file";
    return makeError(ErrorKind::Validation,
                     target.string() + " is " + what + ", not a file: Herald replaces only regular files",
                     "file.not_regular", {target.string()});
}

} // namespace

Result<std::unique_ptr<AtomicFile>> AtomicFile::create(const std::filesystem::path& target, Existing existing) {
    std::unique_ptr<AtomicFile> file(new AtomicFile(target, existing));
    std::error_code ignored;
    if (auto refused = notAFile(target)) {
        return *refused;
    }
    if (existing == Existing::Refuse && std::filesystem::exists(target, ignored)) {
        return makeError(ErrorKind::Conflict, target.string() + " already exists (overwrite it with --force)");
    }
    const std::filesystem::path folder = folderOf(target);
#ifdef O_TMPFILE
    file->m_fd = ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
#endif
    if (file->m_fd < 0) { // no anonymous files here (another OS, or a file system without them)
        for (int attempt = 0; attempt < 16 && file->m_fd < 0; ++attempt) {
            file->m_named = folder / ("." + target.filename().string() + "." + randomSuffix() + ".part");
            file->m_fd = ::open(file->m_named.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0644);
            if (file->m_fd < 0 && errno != EEXIST) {
                break;
            }
        }
        if (file->m_fd < 0) {
            const std::string reason = std::strerror(errno);
            file->m_named.clear();
            return file->ioError(reason);
        }
    }
    file->m_buffer.reserve(kBufferBytes);
    return file;
}

AtomicFile::~AtomicFile() {
    if (m_fd >= 0) {
        ::close(m_fd);
    }
    if (!m_committed && !m_named.empty()) {
        ::unlink(m_named.c_str());
    }
}

Error AtomicFile::ioError(const std::string& reason) const {
    return makeError(ErrorKind::Io, "cannot write " + m_target.string() + ": " + reason);
}

Status AtomicFile::write(std::string_view bytes) {
    m_buffer.append(bytes);
    return m_buffer.size() >= kBufferBytes ? flush() : Status(Ok{});
}

Status AtomicFile::flush() {
    std::size_t done = 0;
    while (done < m_buffer.size()) {
        const ssize_t n = ::write(m_fd, m_buffer.data() + done, m_buffer.size() - done);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            const std::string reason = n < 0 ? std::strerror(errno) : "nothing written";
            m_buffer.clear();
            return ioError(reason);
        }
        done += static_cast<std::size_t>(n);
    }
    m_buffer.clear();
    return Ok{};
}

std::string AtomicFile::writablePath() const {
    return m_named.empty() ? "/proc/self/fd/" + std::to_string(m_fd) : m_named.string();
}

Status AtomicFile::commit() {
    if (Status flushed = flush(); !flushed) {
        return flushed;
    }
    if (::fsync(m_fd) != 0) {
        return ioError(std::strerror(errno));
    }
    const bool replace = m_existing == Existing::Replace;
    if (auto refused = notAFile(m_target)) { // appeared since create()
        return *refused;
    }
    if (m_named.empty()) {
        // The anonymous file gets a name: the target itself when nothing may be replaced (linkat fails if it
        // exists, with no window for a race), else a hidden name renamed over the target.
        const std::string self = writablePath();
        std::filesystem::path name = m_target;
        if (replace) {
            name = folderOf(m_target) / ("." + m_target.filename().string() + "." + randomSuffix() + ".part");
        }
        if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) != 0) {
            if (errno == EEXIST && !replace) {
                return makeError(ErrorKind::Conflict,
                                 m_target.string() + " already exists (overwrite it with --force)");
            }
            return ioError(std::strerror(errno));
        }
        if (replace) {
            m_named = name; // removed by the destructor if the rename fails
        } else {
            m_committed = true;
            return Ok{};
        }
    } else if (!replace) {
        if (::link(m_named.c_str(), m_target.c_str()) != 0) {
            if (errno == EEXIST) {
                return makeError(ErrorKind::Conflict,
                                 m_target.string() + " already exists (overwrite it with --force)");
            }
            return ioError(std::strerror(errno));
        }
        ::unlink(m_named.c_str());
        m_committed = true;
        return Ok{};
    }
    if (std::rename(m_named.c_str(), m_target.c_str()) != 0) {
        return ioError(std::strerror(errno));
    }
    m_committed = true;
    return Ok{};
}

} // namespace herald
