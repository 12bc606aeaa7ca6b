// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchopen.h"

#include <algorithm>
#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>
#include <vector>

#ifndef _WIN32
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace herald::bench {

#ifndef _WIN32

namespace {

struct ChildRun {
    int status = -1;
    double seconds = 0;
    long peakRssKb = 0;
};

ChildRun runChild(const std::vector<std::string>& args) {
    std::vector<char*> argv;
    for (const auto& a : args) {
        argv.push_back(const_cast<char*>(a.c_str()));
    }
    argv.push_back(nullptr);
    ChildRun run;
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int devNull = ::open("/dev/null", O_WRONLY);
        ::dup2(devNull, 1);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.peakRssKb = usage.ru_maxrss;
    return run;
}

// Drops the file's clean pages from the page cache (the WAL is checkpointed by the writer that closed it).
void evict(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd >= 0) {
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

// Bytes of the file that are in the page cache now.
long long residentBytes(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd < 0) {
        return -1;
    }
    struct stat st {};
    ::fstat(fd, &st);
    long long resident = -1;
    void* map =
        st.st_size > 0 ? ::mmap(nullptr, static_cast<size_t>(st.st_size), PROT_READ, MAP_SHARED, fd, 0) : MAP_FAILED;
    if (map != MAP_FAILED) {
        const long page = ::sysconf(_SC_PAGESIZE);
        std::vector<unsigned char> pages(static_cast<size_t>((st.st_size + page - 1) / page));
        if (::mincore(map, static_cast<size_t>(st.st_size), pages.data()) == 0) {
            resident = 0;
            for (const unsigned char p : pages) {
                resident += (p & 1) != 0 ? page : 0;
            }
        }
        ::munmap(map, static_cast<size_t>(st.st_size));
    }
    ::close(fd);
    return resident;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

long long fileSize(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0 ? static_cast<long long>(st.st_size) : -1;
}

} // namespace

int benchOpen(const std::string& cli, const std::string& dataDir, int runs) {
    const std::string db = dataDir + "/herald.db";
    std::vector<double> seconds;
    std::vector<double> rss;
    std::vector<double> read;
    int failures = 0;
    for (int i = 0; i < runs; ++i) {
        evict(db);
        const ChildRun run = runChild({cli, "--data-dir", dataDir, "matches", "--limit", "1"});
        failures += run.status == 0 ? 0 : 1;
        seconds.push_back(run.seconds * 1000.0);
        rss.push_back(static_cast<double>(run.peakRssKb) / 1024.0);
        read.push_back(static_cast<double>(residentBytes(db)) / (1024.0 * 1024.0));
    }
    nlohmann::json out = {{"benchmark", "open"},
                          {"command", "herald-cli matches --limit 1"},
                          {"database_bytes", fileSize(db)},
                          {"runs", runs},
                          {"failed", failures},
                          {"wall_ms", seconds},
                          {"median_wall_ms", median(seconds)},
                          {"peak_rss_mb", rss},
                          {"max_peak_rss_mb", *std::max_element(rss.begin(), rss.end())},
                          {"database_mb_read", read},
                          {"max_database_mb_read", *std::max_element(read.begin(), read.end())}};
    std::cout << out.dump(2) << '\n';
    return failures == 0 ? 0 : 1;
}

int benchStatsBurst(const std::string& cli, const std::string& dataDir, int runs) {
    // The Overview dashboard's ten questions, as the CLI asks them.
    const std::vector<std::vector<std::string>> queries = {
        {"--metrics", "win_rate", "--where", "queue=420", "--where", "since=-90d"},
        {"--metrics", "win_rate", "--where", "queue=420", "--where", "since=-180d"},
        {"--metrics", "kda,cs_per_min", "--by", "week", "--where", "queue=420"},
        {"--metrics", "win_rate,games", "--by", "champion", "--sort", "-games", "--limit", "10"},
        {"--metrics", "games", "--by", "role"},
        {"--metrics", "games,win_rate,kda,cs_per_min,damage_share", "--by", "champion", "--sort", "-games"},
        {"--metrics", "win_rate", "--by", "weekday,hour"},
        {"--metrics", "gold_diff_10", "--by", "role"},
        {"--metrics", "lp", "--by", "day", "--where", "queue=RANKED_SOLO_5x5"},
        {"--metrics", "games,wins,kda", "--by", "queue"},
    };
    std::vector<double> totals;
    int failures = 0;
    for (int r = 0; r < runs; ++r) {
        const auto start = std::chrono::steady_clock::now();
        for (const auto& q : queries) {
            std::vector<std::string> args = {cli, "--data-dir", dataDir, "stats", "--account", "Demo#HRLD"};
            args.insert(args.end(), q.begin(), q.end());
            failures += runChild(args).status == 0 ? 0 : 1;
        }
        totals.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() * 1000.0);
    }
    nlohmann::json out = {
        {"benchmark", "stats-burst"}, {"processes_per_run", queries.size()}, {"runs", runs}, {"failed", failures},
        {"total_ms", totals},         {"median_total_ms", median(totals)}};
    std::cout << out.dump(2) << '\n';
    return failures == 0 ? 0 : 1;
}

int benchLobby(const std::string& cli, const std::string& dataDir, int runs) {
    // Issue 28's budget: every lane role and ten metrics, in a fresh process each run (the engine cold); the
    // store's file warm in the page cache, and once more with it dropped first.
    const std::vector<std::string> args = {
        cli,
        "--data-dir",
        dataDir,
        "benchmark",
        "--account",
        "Demo#HRLD",
        "--format",
        "csv",
        "--metrics",
        "avg_deaths,kda,cs_per_min,gold_per_min,damage_per_min,damage_share,kill_participation,vision_per_min,"
        "gold_diff_10,cs_diff_10"};
    const std::string db = dataDir + "/herald.db";
    int failures = runChild(args).status == 0 ? 0 : 1; // the page cache warm, as after any earlier use
    std::vector<double> warm;
    std::vector<double> rss;
    for (int r = 0; r < runs; ++r) {
        const ChildRun run = runChild(args);
        failures += run.status == 0 ? 0 : 1;
        warm.push_back(run.seconds * 1000.0);
        rss.push_back(static_cast<double>(run.peakRssKb) / 1024.0);
    }
    evict(db);
    const ChildRun cold = runChild(args);
    failures += cold.status == 0 ? 0 : 1;
    nlohmann::json out = {{"benchmark", "lobby"},
                          {"command", "herald-cli benchmark --account Demo#HRLD --metrics (10)"},
                          {"database_bytes", fileSize(db)},
                          {"runs", runs},
                          {"failed", failures},
                          {"wall_ms", warm},
                          {"median_wall_ms", median(warm)},
                          {"cold_file_wall_ms", cold.seconds * 1000.0},
                          {"max_peak_rss_mb", *std::max_element(rss.begin(), rss.end())}};
    std::cout << out.dump(2) << '\n';
    return failures == 0 ? 0 : 1;
}

#else

int benchLobby(const std::string&, const std::string&, int) {
    std::cerr << "herald-bench lobby: POSIX only\n";
    return 2;
}

int benchOpen(const std::string&, const std::string&, int) {
    std::cerr << "herald-bench open: POSIX only\n";
    return 2;
}

int benchStatsBurst(const std::string&, const std::string&, int) {
    std::cerr << "herald-bench stats-burst: POSIX only\n";
    return 2;
}

#endif

} // namespace herald::bench
