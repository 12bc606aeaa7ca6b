// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a whole file safely: into a temporary file beside it, then renamed over it, so a failure or a kill
// leaves either the old file or the new one, never half of one.
#pragma once

#include "common/result.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace herald {

// An Io error names the file and the reason; the temporary file is removed.
Status writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

// A file written in pieces that appears under its name only when commit() succeeds. On Linux the unfinished
// file has no name at all (O_TMPFILE), so even a kill -9 leaves nothing behind; elsewhere it is a hidden
// ".name.XXXXXX.part" beside the target, removed unless committed.
class AtomicFile {
public:
    enum class Existing { Refuse, Replace };

    // Fails (Conflict) when the target exists and existing is Refuse, (Validation, "file.not_regular") when it is a
    // device, FIFO, socket or folder whatever existing says (a symbolic link is replaced as a link), or (Io) when
    // its folder is not writable.
    static Result<std::unique_ptr<AtomicFile>> create(const std::filesystem::path& target, Existing existing);
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;
    ~AtomicFile(); // discards the file unless committed

    // Buffered; an Io error (disk full, ...) names the target file.
    Status write(std::string_view bytes);
    // A name under which a library that opens files itself can write the same (unfinished) file.
    std::string writablePath() const;
    // Flushes, syncs and gives the file its name. Refuse: fails if the target appeared meanwhile.
    Status commit();

    const std::filesystem::path& target() const { return m_target; }

private:
    AtomicFile(std::filesystem::path target, Existing existing) : m_target(std::move(target)), m_existing(existing) {}
    Status flush();
    Error ioError(const std::string& reason) const;

    std::filesystem::path m_target;
    Existing m_existing;
    int m_fd = -1;
    std::filesystem::path m_named; // the hidden temporary name, when the platform has no anonymous files
    std::string m_buffer;
    bool m_committed = false;
};

} // namespace herald
