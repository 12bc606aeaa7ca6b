// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// test_analytics: the engine: query plans, the rollup path, the cache, LP from the rank history, the in-memory frame
// against the SQL.
#include "test_analytics.h"

using namespace herald;
using namespace herald::analyticstest;

void TestAnalytics::dashboardQueriesUseIndexes() {
    // The queries of the ten-widget dashboard (and the rollup path) on the demo store.
    auto db = m_demo->store->openReader();
    const std::string me = demo::demoAccount().puuid;
    auto make = [&](std::vector<std::string> metrics, std::vector<std::string> by,
                    std::map<std::string, std::vector<std::string>> filters) {
        analytics::Query q;
        q.puuids = {me};
        q.metrics = std::move(metrics);
        q.groupBy = std::move(by);
        q.filters = std::move(filters);
        q.timeZone = "Europe/Paris";
        return q;
    };
    const std::vector<analytics::Query> queries = {
        make({"win_rate"}, {}, {{"queue", {"420"}}, {"since", {"-90d"}}}),
        make({"kda", "cs_per_min"}, {"week"}, {{"queue", {"420"}}}),
        make({"win_rate", "games"}, {"champion"}, {{"queue", {"420"}}}),
        make({"games"}, {"role"}, {}),
        make({"games", "win_rate", "kda", "cs_per_min", "damage_share"}, {"champion"}, {}),
        make({"win_rate"}, {"weekday", "hour"}, {}),
        make({"gold_diff_10"}, {"role"}, {{"last", {"100"}}}),
        make({"lp"}, {"day"}, {{"queue", {"RANKED_SOLO_5x5"}}}),
    };
    int rollups = 0;
    for (const auto& q : queries) {
        auto compiled = analytics::compile(db.value(), q, kNow);
        QVERIFY2(compiled.ok(), compiled.ok() ? "" : compiled.error().message.c_str());
        rollups += compiled->usesRollup ? 1 : 0;
        store::Statement explain(db.value(), "EXPLAIN QUERY PLAN " + compiled->sql);
        std::string plan;
        while (explain.step()) {
            plan += explain.columnText(3) + "\n";
        }
        QVERIFY2(plan.find("USING PRIMARY KEY (puuid=?") != std::string::npos, plan.c_str());
        for (const char* table : {"SCAN p\n", "SCAN match_participants", "SCAN matches", "SCAN ranking_history",
                                  "SCAN champion_performance"}) {
            QVERIFY2(plan.find(table) == std::string::npos, plan.c_str());
        }
    }
    // Win rate by champion in a queue comes from the rollup; the champion pool has damage_share, a mean of
    // per-game ratios that no total can give, so it reads the base rows.
    QCOMPARE(rollups, 1);
    // The in-memory frame is read with one primary-key range per player.
    store::Statement frameLoad(db.value(), "EXPLAIN QUERY PLAN SELECT game_creation FROM match_participants "
                                           "WHERE puuid = ? AND complete = 1");
    std::string framePlan;
    while (frameLoad.step()) {
        framePlan += frameLoad.columnText(3) + "\n";
    }
    QVERIFY2(framePlan.find("USING PRIMARY KEY (puuid=?)") != std::string::npos, framePlan.c_str());
}

void TestAnalytics::rollupGivesTheSameAnswer() {
    auto db = m_demo->store->openReader();
    analytics::AnalyticsEngine engine;
    analytics::Query q;
    q.puuids = {demo::demoAccount().puuid};
    q.metrics = {"games",           "wins",
                 "losses",          "win_rate",
                 "avg_kills",       "avg_deaths",
                 "avg_assists",     "kda",
                 "cs_per_min",      "gold_per_min",
                 "damage_per_min",  "vision_score",
                 "vision_per_min",  "avg_duration_min",
                 "first_blood_rate"};
    q.groupBy = {"champion", "queue"};
    auto viaRollup = analytics::compile(db.value(), q, kNow);
    QVERIFY(viaRollup.ok() && viaRollup->usesRollup);
    analytics::Query base = q;
    base.filters["since"] = {"2000-01-01"}; // any date filter takes the base rows
    auto viaBase = analytics::compile(db.value(), base, kNow);
    QVERIFY(viaBase.ok() && !viaBase->usesRollup);
    const auto a = analytics::execute(db.value(), viaRollup.value()).value();
    const auto b = analytics::execute(db.value(), viaBase.value()).value();
    QCOMPARE(a.rows.size(), b.rows.size());
    QVERIFY(a.rows.size() > 10);
    for (std::size_t r = 0; r < a.rows.size(); ++r) {
        QCOMPARE(text(a.rows[r][0]), text(b.rows[r][0]));
        QCOMPARE(text(a.rows[r][1]), text(b.rows[r][1]));
        for (std::size_t c = 2; c < a.rows[r].size(); ++c) {
            QVERIFY2(std::abs(real(a.rows[r][c]) - real(b.rows[r][c])) <=
                         1e-9 * std::max(1.0, std::abs(real(b.rows[r][c]))),
                     (q.metrics[c - 2] + " differs").c_str());
        }
    }

    // The daily rollup: by day, week and month in UTC, with whole-day dates, it answers exactly as the base rows
    // (evaluated here on the in-memory frame); in another zone, or with a relative date, it is not used.
    auto frame = analytics::loadFrame(db.value(), q.puuids).value();
    for (const char* dimension : {"day", "week", "month"}) {
        analytics::Query daily = q;
        daily.groupBy = {dimension, "queue"};
        daily.timeZone = "UTC";
        daily.filters = {{"since", {"2026-01-01"}}, {"until", {"2026-05-31"}}, {"queue", {"420", "440", "450"}}};
        auto compiled = analytics::compile(db.value(), daily, kNow);
        QVERIFY2(compiled.ok() && compiled->usesRollup, dimension);
        QVERIFY(compiled->sql.find("user_analytics") != std::string::npos);
        const auto viaDaily = analytics::execute(db.value(), compiled.value()).value();
        const auto viaRows = analytics::evaluate(*frame, daily, compiled.value()).value();
        QCOMPARE(viaDaily.rows.size(), viaRows.rows.size());
        QVERIFY(viaDaily.rows.size() > 5);
        for (std::size_t r = 0; r < viaRows.rows.size(); ++r) {
            QCOMPARE(text(viaDaily.rows[r][0]), text(viaRows.rows[r][0]));
            QCOMPARE(text(viaDaily.rows[r][1]), text(viaRows.rows[r][1]));
            for (std::size_t c = 2; c < viaRows.rows[r].size(); ++c) {
                QVERIFY2(std::abs(real(viaDaily.rows[r][c]) - real(viaRows.rows[r][c])) <=
                             1e-9 * std::max(1.0, std::abs(real(viaRows.rows[r][c]))),
                         (std::string(dimension) + " " + daily.metrics[c - 2]).c_str());
            }
        }
        daily.timeZone = "Europe/Paris";
        QVERIFY(!analytics::compile(db.value(), daily, kNow)->usesRollup);
        daily.timeZone = "UTC";
        daily.filters["since"] = {"-90d"};
        QVERIFY(!analytics::compile(db.value(), daily, kNow)->usesRollup);
    }
}

void TestAnalytics::cacheHitsAndInvalidation() {
    analytics::AnalyticsEngine engine(2, std::chrono::seconds(60));
    analytics::Query q;
    q.puuids = {puuidOf(test::kKrMatch, 1)};
    q.metrics = {"games"};
    auto first = engine.run(*m_reader, q, 7, kNow);
    auto second = engine.run(*m_reader, q, 7, kNow);
    QCOMPARE(first.value().get(), second.value().get()); // the same cached table
    QCOMPARE(engine.stats().hits, std::uint64_t{1});
    QCOMPARE(engine.stats().misses, std::uint64_t{1});
    auto afterWrite = engine.run(*m_reader, q, 8, kNow); // a write bumped the data version
    QVERIFY(afterWrite.value().get() != first.value().get());
    QCOMPARE(engine.stats().misses, std::uint64_t{2});
    analytics::Query other = q;
    other.metrics = {"wins"};
    QVERIFY(engine.run(*m_reader, other, 8, kNow).ok());
    QVERIFY(engine.run(*m_reader, q, 7, kNow).ok()); // evicted: capacity 2
    QCOMPARE(engine.stats().entries, std::size_t{2});
    QCOMPARE(engine.stats().misses, std::uint64_t{4});
    analytics::AnalyticsEngine shortLived(8, std::chrono::seconds(0));
    QVERIFY(shortLived.run(*m_reader, q, 1, kNow).ok());
    QVERIFY(shortLived.run(*m_reader, q, 1, kNow).ok());
    QCOMPARE(shortLived.stats().hits, std::uint64_t{0}); // expired at once
}

// A frame loads only the build data its queries read (a keystone query no item lists, an item query no builds
// row): a frame without some refuses a query that reads them instead of answering without them, and the engine,
// asked for columns, then lists, then neither, then both, answers each as the SQL does, replacing its frame with
// one that holds both (a Builds dashboard's widgets in turn).
void TestAnalytics::framesLoadTheBuildDataTheirQueriesRead() {
    auto db = m_demo->store->openReader();
    QVERIFY(db.ok());
    auto query = [](std::vector<std::string> by, std::map<std::string, std::vector<std::string>> filters = {}) {
        analytics::Query q;
        q.puuids = {demo::demoAccount().puuid};
        q.metrics = {"games", "win_rate", "kda"};
        q.groupBy = std::move(by);
        q.filters = std::move(filters);
        return q;
    };
    const auto keystone = query({"keystone", "first_item"});
    const auto item = query({"item"}, {{"since", {"2026-03-01"}}});
    const auto plain = query({"session_game"});
    const auto both = query({"keystone"}, {{"item", {"Plated Steelcaps"}}});
    QCOMPARE(analytics::buildDataOf(keystone), analytics::BuildData::Columns);
    QCOMPARE(analytics::buildDataOf(item), analytics::BuildData::Lists);
    QCOMPARE(analytics::buildDataOf(plain), analytics::BuildData::None);
    QCOMPARE(analytics::buildDataOf(both), analytics::BuildData::Both);

    auto columnsOnly = analytics::loadFrame(db.value(), keystone.puuids, false, analytics::BuildData::Columns);
    auto listsOnly = analytics::loadFrame(db.value(), keystone.puuids, false, analytics::BuildData::Lists);
    QVERIFY(columnsOnly.ok() && listsOnly.ok());
    QVERIFY(columnsOnly.value()->items.empty() && columnsOnly.value()->itemStart.empty());
    QVERIFY(listsOnly.value()->keystone.empty() && !listsOnly.value()->items.empty());
    for (const auto& [frame, q] : {std::pair{columnsOnly.value(), item}, std::pair{listsOnly.value(), keystone},
                                   std::pair{columnsOnly.value(), both}}) {
        const auto refused = analytics::evaluate(*frame, q, analytics::compile(db.value(), q, kNow).value());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Unsupported);
    }

    analytics::AnalyticsEngine engine;
    for (const auto& q : {keystone, item, plain, both, keystone, item}) {
        const auto viaEngine = engine.run(db.value(), q, 1, kNow);
        QVERIFY2(viaEngine.ok(), viaEngine.ok() ? "" : viaEngine.error().message.c_str());
        const auto viaSql = analytics::execute(db.value(), analytics::compile(db.value(), q, kNow).value());
        QVERIFY(viaSql.ok());
        QVERIFY(!viaSql.value().rows.empty());
        QCOMPARE(tableText(*viaEngine.value()), tableText(viaSql.value()));
    }
}

void TestAnalytics::lpSeriesFromRankHistory() {
    test::TempStore temp;
    auto written = temp.store->writer()
                       .submit<Ok>([](store::Database& db) -> Result<Ok> {
                           db.execScript("INSERT INTO ranking_history (puuid, queue, tier, rank, lp, wins, losses, "
                                         "observed_at) VALUES "
                                         "('me', 'RANKED_SOLO_5x5', 'GOLD', 'II', 40, 10, 9, 1767261600000),"
                                         "('me', 'RANKED_SOLO_5x5', 'GOLD', 'II', 57, 11, 9, 1767268800000),"
                                         "('me', 'RANKED_SOLO_5x5', 'GOLD', 'I', 12, 12, 9, 1767355200000),"
                                         "('me', 'RANKED_FLEX_SR', 'SILVER', 'I', 90, 3, 3, 1767355300000)");
                           return Ok{};
                       })
                       .get();
    QVERIFY(written.ok());
    auto db = temp.store->openReader();
    analytics::AnalyticsEngine engine;
    analytics::Query q;
    q.puuids = {"me"};
    q.metrics = {"lp"};
    q.groupBy = {"day"};
    q.filters["queue"] = {"420"};
    q.timeZone = "UTC";
    auto r = engine.run(db.value(), q, 1, kNow);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    // 2026-01-01: 40 then 57 (the day's last snapshot wins); 2026-01-02: 12.
    QCOMPARE(r.value()->rows.size(), std::size_t{2});
    QCOMPARE(text(r.value()->rows[0][0]), std::string("2026-01-01"));
    QCOMPARE(real(r.value()->rows[0][1]), 57.0);
    QCOMPARE(real(r.value()->rows[1][1]), 12.0);
    q.groupBy.clear();
    q.filters["queue"] = {"RANKED_FLEX_SR"};
    QCOMPARE(real(engine.run(db.value(), q, 1, kNow).value()->rows[0][0]), 90.0);
    q.metrics = {"lp", "games"};
    QVERIFY(!engine.run(db.value(), q, 1, kNow).ok());
}

void TestAnalytics::inMemoryFrameAgreesWithTheSql() {
    // Two executors, one definition: every query here runs as SQL and on the in-memory frame, and the tables
    // must be the same (numbers within 1e-9 relative). A query with a period also runs on a frame loaded from the
    // period's start only (what the engine loads for it): the same table, its first games' sessions and streaks
    // included.
    int partialFrames = 0; // queries whose period frame held fewer participations than the whole history
    auto check = [&partialFrames](store::Database& db, const std::vector<analytics::Query>& queries, int& compared) {
        compared = 0;
        for (const auto& q : queries) {
            auto compiled = analytics::compile(db, q, kNow);
            QVERIFY2(compiled.ok(), compiled.ok() ? "" : compiled.error().message.c_str());
            const auto viaSql = analytics::execute(db, compiled.value());
            auto frame = analytics::loadFrame(db, q.puuids, analytics::needsTeams(q), analytics::buildDataOf(q));
            QVERIFY(frame.ok());
            std::vector<std::shared_ptr<const analytics::ParticipationFrame>> frames{frame.value()};
            if (compiled->since) {
                auto fromSince = analytics::loadFrame(db, q.puuids, analytics::needsTeams(q), analytics::buildDataOf(q),
                                                      compiled->since);
                QVERIFY(fromSince.ok() && fromSince.value()->covers(compiled->since));
                QVERIFY(!fromSince.value()->covers(*compiled->since - 1) && !fromSince.value()->covers(std::nullopt));
                partialFrames += fromSince.value()->size() < frame.value()->size() ? 1 : 0;
                frames.push_back(fromSince.value());
            }
            for (const auto& loaded : frames) {
                const auto viaFrame = analytics::evaluate(*loaded, q, compiled.value());
                QVERIFY2(viaSql.ok() && viaFrame.ok(), q.normalized().c_str());
                const auto& a = viaSql.value();
                const auto& b = viaFrame.value();
                QVERIFY2(a.rows.size() == b.rows.size(), (q.normalized() + ": " + std::to_string(a.rows.size()) +
                                                          " vs " + std::to_string(b.rows.size()))
                                                             .c_str());
                for (std::size_t r = 0; r < a.rows.size(); ++r) {
                    for (std::size_t c = 0; c < a.columns.size(); ++c) {
                        const auto& x = a.rows[r][c];
                        const auto& y = b.rows[r][c];
                        const std::string where =
                            q.normalized() + " row " + std::to_string(r) + " " + a.columns[c].name;
                        QVERIFY2(isNull(x) == isNull(y), where.c_str());
                        if (isNull(x)) {
                            continue;
                        }
                        if (std::holds_alternative<std::string>(x) || std::holds_alternative<std::string>(y)) {
                            QVERIFY2(text(x) == text(y), (where + ": " + text(x) + " vs " + text(y)).c_str());
                        } else {
                            QVERIFY2(
                                std::abs(real(x) - real(y)) <= 1e-9 * std::max(1.0, std::abs(real(x))),
                                (where + ": " + std::to_string(real(x)) + " vs " + std::to_string(real(y))).c_str());
                        }
                    }
                }
            }
            ++compared;
        }
    };
    std::vector<std::string> allMetrics;
    for (const auto& m : analytics::metrics()) {
        if (m.name != "lp") {
            allMetrics.emplace_back(m.name);
        }
    }
    auto make = [&](const std::vector<std::string>& puuids, std::vector<std::string> by,
                    std::map<std::string, std::vector<std::string>> filters, const std::string& zone) {
        analytics::Query q;
        q.puuids = puuids;
        q.metrics = allMetrics;
        q.groupBy = std::move(by);
        q.filters = std::move(filters);
        q.timeZone = zone;
        return q;
    };
    const std::vector<std::string> me = {demo::demoAccount().puuid};
    std::vector<analytics::Query> queries;
    for (const auto& d : analytics::dimensions()) {
        queries.push_back(make(me, {std::string(d.name)}, {}, "Europe/Paris"));
    }
    queries.push_back(make(me, {}, {}, "UTC"));
    queries.push_back(make(me, {"weekday", "hour"}, {}, "America/New_York"));
    queries.push_back(make(me, {"week"}, {{"queue", {"420", "440"}}}, "Asia/Tokyo"));
    queries.push_back(make(me, {"champion", "role"}, {{"side", {"BLUE"}}, {"result", {"win"}}}, "UTC"));
    queries.push_back(make(me, {"champion"}, {{"champion", {"ahri", "syndra"}}}, "UTC"));
    queries.push_back(make(me, {"day"}, {{"since", {"2026-03-01"}}, {"until", {"2026-04-15"}}}, "Europe/Paris"));
    queries.push_back(make(me, {"month"}, {{"since", {"-60d"}}}, "Australia/Adelaide"));
    queries.push_back(make(me, {"role"}, {{"last", {"25"}}}, "UTC"));
    queries.push_back(make(me, {"hour"}, {{"weekday", {"6", "7"}}, {"role", {"middle"}}}, "Europe/Paris"));
    queries.push_back(make(me, {"patch"}, {{"day", {"2026-03-29"}}}, "Europe/Paris"));
    auto remakes = make(me, {"queue"}, {}, "UTC");
    remakes.includeRemakes = true;
    queries.push_back(remakes);
    auto sorted = make(me, {"champion"}, {}, "UTC");
    sorted.minGames = 4;
    sorted.order = analytics::parseOrder("-win_rate");
    sorted.limit = 5;
    queries.push_back(sorted);
    queries.push_back(make(me, {"teammate"}, {{"last", {"30"}}}, "UTC"));
    queries.push_back(make(me, {"teammate", "result"}, {{"queue", {"420"}}}, "UTC"));
    auto partners = make(me, {"teammate"}, {}, "UTC");
    partners.minGames = 2;
    partners.order = analytics::parseOrder("-games");
    partners.limit = 10;
    queries.push_back(partners);
    queries.push_back(make(me, {"session_game", "streak_before"}, {{"queue", {"420"}}}, "UTC"));
    queries.push_back(make(me, {"champion"}, {{"streak_before", {"l2", "L3+"}}, {"last", {"120"}}}, "UTC"));
    queries.push_back(make(me, {"teammate"}, {{"session_game", {"1"}}}, "UTC"));
    auto sessionRemakes = make(me, {"session_game", "result"}, {}, "UTC");
    sessionRemakes.includeRemakes = true;
    queries.push_back(sessionRemakes);
    auto byDiff = make(me, {"opponent_champion"}, {}, "UTC");
    byDiff.order = analytics::parseOrder("gold_diff_10");
    queries.push_back(byDiff);
    // Builds (every build dimension alone is in the loop above): lists crossed with lists, filters on names in any
    // case, "any of" an item, the last N.
    queries.push_back(make(me, {"keystone", "spells"}, {{"item", {"infinity edge", "KRAKEN SLAYER"}}}, "UTC"));
    queries.push_back(make(me, {"item"}, {{"last", {"40"}}}, "UTC"));
    queries.push_back(make(me, {"first_item", "skill_order"}, {{"queue", {"420"}}}, "UTC"));
    queries.push_back(make(me, {"item", "teammate"}, {}, "UTC"));
    queries.push_back(make(me, {"champion"}, {{"first_item", {"unknown"}}}, "UTC"));
    queries.push_back(
        make(me, {"primary_tree", "secondary_tree"}, {{"keystone", {"conqueror", "Lethal Tempo"}}}, "UTC"));
    queries.push_back(make(me, {"trinket"}, {{"skill_order", {"q > e > w"}}}, "UTC"));
    auto allOf = make(me, {"keystone"}, {{"item", {"Plated Steelcaps"}}}, "UTC"); // a key given again: all of
    allOf.allOf = {{"item", {"Black Cleaver", "Sterak's Gage"}}};
    queries.push_back(allOf);
    auto withBoth = make(me, {"champion"}, {{"with", {"lumen#euw"}}}, "UTC");
    withBoth.allOf = {{"with", {"Brisk#EUW", "Noctis#777"}}};
    queries.push_back(withBoth);
    // Periods on a frame loaded from their start: sessions and streaks at its edge, builds, the last N inside one.
    queries.push_back(make(me, {"session_game", "streak_before"}, {{"since", {"2026-03-01"}}}, "UTC"));
    queries.push_back(make(me, {"streak_before", "result"}, {{"since", {"-60d"}}}, "Europe/Paris"));
    queries.push_back(make(me, {"item"}, {{"since", {"2026-03-01"}}, {"last", {"30"}}}, "UTC"));
    queries.push_back(make(me, {"keystone", "session_game"}, {{"since", {"-45d"}}}, "UTC"));
    auto demoDb = m_demo->store->openReader();
    int compared = 0;
    check(demoDb.value(), queries, compared);
    QCOMPARE(compared, static_cast<int>(queries.size()));
    QVERIFY2(partialFrames >= 4, std::to_string(partialFrames).c_str());

    // The recorded payloads: Arena sub-teams, remakes, aborted games, no-opponent copies, several players at once.
    std::vector<std::string> players;
    for (std::size_t i = 0; i < 10; ++i) {
        players.push_back(puuidOf(test::kKrMatch, i));
    }
    players.push_back(puuidOf("match_v5_EUW1_7261321891_p15.1_swiftplay_480.json", 0));
    players.push_back("arena-player-1");
    players.push_back("arena-player-9");
    std::vector<analytics::Query> fixtureQueries = {
        make(players, {"account"}, {}, "UTC"),
        make(players, {"teammate", "account"}, {}, "UTC"),
        make(players, {"champion"}, {{"with", {"valoose#euw"}}}, "UTC"),
        make(players, {"account"}, {{"against", {"R1CKY"}}}, "UTC"),
        make(players, {"opponent_champion", "side"}, {}, "Asia/Seoul"),
        make(players, {"account", "session_game", "streak_before"}, {}, "UTC"),
        make(players, {}, {}, "UTC"),
        make(players, {"augment", "account"}, {}, "UTC"),
        make(players, {"item", "account"}, {{"augment", {"augment 13"}}}, "UTC"),
        make(players, {"keystone", "first_item", "skill_order"}, {}, "UTC"),
        make(players, {"spells", "trinket"}, {}, "UTC")};
    auto withRemakes = make(players, {"queue", "result"}, {}, "UTC");
    withRemakes.includeRemakes = true;
    fixtureQueries.push_back(withRemakes);
    check(*m_reader, fixtureQueries, compared);
    QCOMPARE(compared, static_cast<int>(fixtureQueries.size()));
}
