// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "args.h"
#include "commands.h"
#include "demo/demohistory.h"
#include "ingest/rebuild.h"
#include "store/store.h"

#include <iostream>

namespace herald::cli {

int runDemo(const Context& context, const std::vector<std::string>& words) {
    const Args args(words, {{"matches"}, {"seed"}});
    if (!args.positional().empty()) {
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    }
    demo::DemoOptions options;
    options.matches = static_cast<int>(args.integer("matches", 1, 1'000'000).value_or(400));
    options.seed = static_cast<std::uint64_t>(args.integer("seed", 0, 0x7fffffffffffffffLL).value_or(1));

    auto store = openForWriting(context);
    if (!store) {
        return 1;
    }
    const ProgressLine progress(context, "Generating demo history");
    auto report = demo::createDemoHistory(store->writer(), options, [&progress](int done, int total) {
        progress(static_cast<std::size_t>(done), static_cast<std::size_t>(total));
    });
    progress.finish();
    if (!report) {
        return fail(report.error().message);
    }
    const auto& account = demo::demoAccount();
    std::cout << "Demo account " << account.gameName << "#" << account.tagLine << ": " << report->imported
              << " new match(es), " << report->timelines << " timeline(s), " << report->duplicates
              << " already stored, in " << store->dataDir().string() << '\n';
    for (const auto& failure : report->failed) {
        std::cerr << "herald-cli demo: " << failure.source << ": " << failure.error << '\n';
    }
    return report->failed.empty() ? 0 : 1;
}

} // namespace herald::cli
