// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demohistory.h"

#include "common/clock.h"
#include "store/accounts.h"
#include "store/database.h"
#include "store/matchhistory.h"
#include "store/profiles.h"
#include "store/settings.h"
#include "store/storewriter.h"

#include <chrono>

namespace herald::demo {

namespace {

// The demo's solo queue rank, walked game by game from its stored results (so it always matches them): from
// Gold IV, about +21 LP a win and -19 a loss, divisions and tiers up and down. One snapshot per game, like
// a sync after each. Rewritten whole, so running the demo again gives the same history.
Status writeDemoRankHistory(store::Database& db, const std::string& puuid) {
    static const char* kTiers[] = {"IRON", "BRONZE", "SILVER", "GOLD", "PLATINUM", "EMERALD", "DIAMOND"};
    static const char* kDivisions[] = {"IV", "III", "II", "I"};
    constexpr int kSteps = static_cast<int>(std::size(kTiers)) * 4;
    static const std::string kQueue = "RANKED_SOLO_5x5";
    store::Transaction tx(db);
    store::clearRankHistory(db, puuid, kQueue);
    int step = 3 * 4; // Gold IV
    int lp = 40;
    int wins = 0;
    int losses = 0;
    for (const store::CountedGame& game : store::countedGamesOfQueue(db, puuid, 420)) {
        const std::int64_t start = game.startMs;
        const bool win = game.win;
        const int swing = static_cast<int>(start / 1000 % 5); // a little variety, the same every time
        if (win) {
            ++wins;
            lp += 19 + swing;
            if (lp >= 100 && step + 1 < kSteps) {
                ++step;
                lp -= 100;
            }
            lp = std::min(lp, 100);
        } else {
            ++losses;
            lp -= 17 + swing;
            if (lp < 0 && step > 0) {
                --step;
                lp = 75;
            }
            lp = std::max(lp, 0);
        }
        store::recordRankSnapshot(
            db, puuid, {kQueue, kTiers[step / 4], kDivisions[step % 4], lp, wins, losses, start + game.durationMs});
    }
    tx.commit();
    return Ok{};
}

constexpr std::string_view kDemoRecipeSetting = "demo_recipe";

// What decides the demo's games: the same recipe gives the same matches.
std::string demoRecipe(const DemoOptions& options) {
    return "matches=" + std::to_string(options.matches) + ";seed=" + std::to_string(options.seed) +
           ";end=" + std::to_string(demoEndMs(options)) + ";timelines=" + std::to_string(options.timelineShare) +
           ";events=" + std::to_string(options.minTimelineEvents);
}

} // namespace

Result<ingest::ImportReport> createDemoHistory(store::StoreWriter& writer, const DemoOptions& options,
                                               const std::function<void(int, int)>& progress) {
    const DemoAccount& account = demoAccount();
    const std::int64_t now = nowMs();
    auto registered = writer
                          .submit<Ok>([&](store::Database& db) -> Result<Ok> {
                              // The same demo again resumes it (after a kill); another one would stack a
                              // second, overlapping history on the first.
                              const std::string recipe = demoRecipe(options);
                              store::HistoryFilter mine;
                              mine.puuids = {account.puuid};
                              const auto stored = store::orThrow(store::historyCount(db, mine));
                              const auto previous = store::orThrow(store::getSetting(db, kDemoRecipeSetting));
                              if (stored > 0 && previous.value_or("") != recipe) {
                                  return makeError(ErrorKind::Conflict, "a demo history is already stored here (" +
                                                                            std::to_string(stored) + " matches of " +
                                                                            account.gameName + "#" + account.tagLine +
                                                                            "); use another --data-dir for a new one");
                              }
                              store::setSetting(db, kDemoRecipeSetting, recipe);
                              if (!store::orThrow(store::findAccount(db, account.puuid))) {
                                  store::AccountRow row;
                                  row.puuid = account.puuid;
                                  row.gameName = account.gameName;
                                  row.tagLine = account.tagLine;
                                  row.platform = account.platform;
                                  row.region = account.region;
                                  row.resolvedBy = store::AccountRow::kDemoSource;
                                  row.addedAt = now;
                                  store::saveAccount(db, row);
                              }
                              store::setSetting(db, store::kCurrentAccountSetting, account.puuid);
                              return Ok{};
                          })
                          .get();
    if (!registered) {
        return registered.error();
    }

    DemoGenerator generator(options);
    ingest::Importer importer(writer);
    ingest::ImportReport total;
    std::vector<ingest::NamedPayload> chunk;
    constexpr std::size_t kChunk = 192; // payloads in memory at once (a timeline is about half a megabyte)
    bool more = true;
    while (more) {
        chunk.clear();
        while (chunk.size() < kChunk && (more = generator.next(chunk))) {
        }
        if (chunk.empty()) {
            break;
        }
        total.add(importer.importPayloads(std::move(chunk)));
        if (progress) {
            progress(generator.generated(), options.matches);
        }
    }
    auto ranked =
        writer.submit<Ok>([&account](store::Database& db) { return writeDemoRankHistory(db, account.puuid); }).get();
    if (!ranked) {
        return ranked.error();
    }
    return total;
}

} // namespace herald::demo
