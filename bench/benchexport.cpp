// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchexport.h"

#include "export/exporter.h"
#include "store/store.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <thread>
#include <unistd.h>

namespace herald::bench {

namespace {

long residentKbNow() {
    std::ifstream statm("/proc/self/statm");
    long pages = 0;
    long resident = 0;
    statm >> pages >> resident;
    return resident * 4;
}

// The highest resident size seen while `work` runs, sampled every 5 ms on another thread.
template <class Work> long peakResidentDuring(Work&& work) {
    std::atomic<bool> done{false};
    std::atomic<long> peak{residentKbNow()};
    std::thread sampler([&] {
        while (!done) {
            peak = std::max(peak.load(), residentKbNow());
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    });
    work();
    done = true;
    sampler.join();
    return std::max(peak.load(), residentKbNow());
}

} // namespace

int benchExport(const std::string& dataDir) {
    auto store = store::Store::open(dataDir, store::Store::Access::Read);
    if (!store) {
        std::cerr << "herald-bench: " << store.error().message << '\n';
        return 1;
    }
    auto db = store.value()->openReader();
    if (!db) {
        std::cerr << "herald-bench: " << db.error().message << '\n';
        return 1;
    }
    const auto folder = std::filesystem::temp_directory_path() / ("herald-bench-export-" + std::to_string(::getpid()));
    std::filesystem::create_directories(folder);
    nlohmann::json results = nlohmann::json::array();
    bool ok = true;
    for (const auto format : {exporting::FileFormat::Csv, exporting::FileFormat::Json, exporting::FileFormat::Xlsx}) {
        exporting::ExportRequest request;
        request.datasets = {exporting::Dataset::Participants};
        request.format = format;
        request.output = folder / ("participants" + exporting::extensionOf(format));
        request.selection.nowMs = 1'780'000'000'000;
        const long before = residentKbNow();
        Result<exporting::ExportOutcome> outcome = makeError(ErrorKind::Io, "not run");
        const auto start = std::chrono::steady_clock::now();
        const long peak = peakResidentDuring([&] { outcome = exporting::exportData(db.value(), request); });
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        if (!outcome) {
            std::cerr << "herald-bench: " << outcome.error().message << '\n';
            ok = false;
            continue;
        }
        std::error_code ec;
        results.push_back({{"format", exporting::fileFormatName(format)},
                           {"rows", outcome->rows},
                           {"ms", ms},
                           {"rows_per_s", static_cast<double>(outcome->rows) / (ms / 1000.0)},
                           {"file_mb", static_cast<double>(std::filesystem::file_size(request.output, ec)) / 1e6},
                           {"rss_growth_mb", static_cast<double>(peak - before) / 1024.0}});
    }
    std::filesystem::remove_all(folder);
    std::cout << nlohmann::json{{"benchmark", "export"}, {"dataset", "participants"}, {"results", results}}.dump(2)
              << '\n';
    return ok ? 0 : 1;
}

} // namespace herald::bench
