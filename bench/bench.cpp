// herald-bench: measures Herald's budgets and prints the results as JSON (one object per benchmark).
//   herald-bench ingest [--matches N] [--threads N]
// Budgets live in the issues; this program reports, it does not judge.
#include "demo/demogenerator.h"
#include "ingest/importer.h"
#include "store/store.h"

#include <chrono>
#include <cstring>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#ifndef _WIN32
#include <sys/resource.h>
#endif

namespace {

double cpuSeconds() {
#ifndef _WIN32
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
#else
    return 0;
#endif
}

long peakRssKb() {
#ifndef _WIN32
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
#else
    return 0;
#endif
}

int benchIngest(int matches, int threads) {
    using namespace herald;
    // Generate first (not timed): the benchmark measures parse, derive, compress and write.
    demo::DemoOptions options;
    options.matches = matches;
    options.seed = 1;
    options.endMs = 1'780'000'000'000; // fixed, so every run ingests the same bytes
    demo::DemoGenerator generator(options);
    std::vector<ingest::NamedPayload> payloads;
    while (generator.next(payloads)) {
    }
    std::size_t rawBytes = 0;
    int timelines = 0;
    for (const auto& p : payloads) {
        rawBytes += p.bytes.size();
        timelines += p.name.find("_timeline") != std::string::npos ? 1 : 0;
    }

    const auto dir =
        std::filesystem::temp_directory_path() / ("herald-bench-" + std::to_string(std::random_device{}()));
    ingest::ImportReport report;
    double seconds = 0;
    double cpu = 0;
    {
        auto store = store::Store::open(dir, store::Store::Access::Write);
        if (!store) {
            std::cerr << "herald-bench: " << store.error().message << '\n';
            return 1;
        }
        ingest::Importer importer(store.value()->writer(), threads);
        const double cpuBefore = cpuSeconds();
        const auto start = std::chrono::steady_clock::now();
        report = importer.importPayloads(std::move(payloads));
        seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        cpu = cpuSeconds() - cpuBefore;
    } // closing the store checkpoints the WAL into the database file
    std::error_code ec;
    const auto storeBytes = std::filesystem::file_size(store::databasePath(dir), ec);
    std::filesystem::remove_all(dir, ec);

    nlohmann::json out = {
        {"benchmark", "ingest"},
        {"matches", report.imported},
        {"timelines", report.timelines},
        {"failed", report.failed.size()},
        {"worker_threads", threads},
        {"hardware_threads", std::thread::hardware_concurrency()},
        {"seconds", seconds},
        {"cpu_seconds", cpu},
        {"matches_per_second", report.imported / seconds},
        {"raw_json_bytes_per_match", static_cast<double>(rawBytes) / matches},
        {"store_bytes", storeBytes},
        {"store_bytes_per_match", static_cast<double>(storeBytes) / matches},
        {"peak_rss_mb", static_cast<double>(peakRssKb()) / 1024.0},
    };
    std::cout << out.dump(2) << '\n';
    return report.failed.empty() ? 0 : 1;
}

int usage() {
    std::cerr << "Usage: herald-bench ingest [--matches N] [--threads N]\n";
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2 || std::strcmp(argv[1], "ingest") != 0) {
        return usage();
    }
    int matches = 2000;
    int threads = 0;
    for (int i = 2; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--matches") == 0) {
            matches = std::max(1, std::atoi(argv[i + 1]));
        } else if (std::strcmp(argv[i], "--threads") == 0) {
            threads = std::max(0, std::atoi(argv[i + 1]));
        } else {
            return usage();
        }
    }
    if (threads == 0) {
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    }
    return benchIngest(matches, threads);
}
