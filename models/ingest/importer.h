// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Importer: files or in-memory payloads -> the store. Parsing, deriving and compressing run on worker
// threads (both cores); the writer thread commits batches, one savepoint per record.
#pragma once

#include "common/result.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace herald::store {
class StoreWriter;
}

namespace herald::ingest {

struct ImportFailure {
    std::string source; // file path or payload name
    std::string error;
};

struct ImportReport {
    int imported = 0;   // new matches
    int updated = 0;    // stored matches replaced by a different payload
    int timelines = 0;  // timelines attached to their match
    int pending = 0;    // timelines waiting for their match
    int duplicates = 0; // payloads already stored as they are
    int kept = 0;       // poorer copies (fewer players, aborted stubs) of stored matches, which stay as they are
    int skipped = 0;    // entries of a folder that are not files: links to folders or devices, pipes, sockets
    std::vector<ImportFailure> failed;

    // Adds another report's counts and failures to this one.
    void add(const ImportReport& other);
};

struct NamedPayload {
    std::string name;
    std::string bytes;
};

class Importer {
public:
    explicit Importer(store::StoreWriter& writer, int workerThreads = 0 /* 0: one per core */);

    // Rewrite rows even for payloads stored as they are (re-derivation from raw payloads).
    void setForce(bool force) { m_force = force; }

    // Called on the importing thread after each committed batch.
    void setProgressCallback(std::function<void(std::size_t done, std::size_t total)> callback);

    // Files and folders (folders are walked recursively for *.json). Missing paths are reported as failures.
    ImportReport importPaths(const std::vector<std::filesystem::path>& paths);
    ImportReport importPayloads(std::vector<NamedPayload> payloads);

private:
    struct Job;
    ImportReport run(std::size_t count, const std::function<Job(std::size_t)>& load);

    store::StoreWriter& m_writer;
    int m_workers;
    bool m_force = false;
    std::function<void(std::size_t, std::size_t)> m_progress;
};

// Expands folders into the *.json files below them, sorted; a path that does not exist becomes a failure. Entries
// of a folder that are not regular files (a link to a folder or a device, a pipe) are counted in skipped.
std::vector<std::filesystem::path> collectImportFiles(const std::vector<std::filesystem::path>& paths,
                                                      std::vector<ImportFailure>& failures, int& skipped);

// Reads a whole file, refusing one over the payload size cap before reading it.
Result<std::string> readPayloadFile(const std::filesystem::path& path);

} // namespace herald::ingest
