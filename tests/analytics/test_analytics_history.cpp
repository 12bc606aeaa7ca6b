// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// test_analytics: sessions, streaks and findings: by hand and against an independent count, the two-proportion test.
#include "test_analytics.h"

using namespace herald;
using namespace herald::analyticstest;

void TestAnalytics::sessionsAndStreaksByHand() {
    // Ten copies of KR_7014499581 for its first player, each under its own champion name so a query by champion
    // lists them one by one. Times in minutes; a game's end is gameEndTimestamp.
    constexpr std::int64_t kMin = 60'000;
    const json base = json::parse(test::readFixture(test::kKrMatch));
    const std::string me = handPlayer();
    std::vector<HandGame> games;
    auto add = [&](long long id, std::int64_t gap, bool win, bool remake) {
        const std::int64_t start =
            games.empty() ? 1'712'161'609'888 : games.back().start + games.back().minutes * kMin + gap;
        const std::string name = (games.size() + 1 < 10 ? "G0" : "G") + std::to_string(games.size() + 1);
        games.push_back({id, start, remake ? 4 : 20, win, remake, false, name});
    };
    add(101, 0, true, false);             // G01: session 1, none
    add(102, 30 * kMin, false, false);    // G02: exactly 30 minutes after G01 ended: 2, W1
    add(103, 30 * kMin + 1, false, true); // G03: 1 ms more: a new session, 1; L1; a remake
    add(104, 5 * kMin, false, false);     // G04: 2, L1 (the remake neither extends nor breaks the run)
    add(105, kMin, false, false);         // G05: 3, L2
    add(106, kMin, false, true);          // G06: 4, L3+; a remake
    add(107, kMin, true, false);          // G07: 5+, L3+
    add(108, 2 * kMin, true, false);      // G08: 5+, W1
    const std::int64_t later = games.back().start + games.back().minutes * kMin + 31 * kMin;
    // G09 (KR_900000009) has no start or end time: its start is its gameCreation. G10 (KR_1000000010) starts at the
    // same millisecond; by match id ("KR_1..." < "KR_9...") G10 comes first although it is stored after G09.
    games.push_back({900000009, later, 25, true, false, true, "G09"});   // G09: 2 (G10 ended after it began), W3+
    games.push_back({1000000010, later, 20, true, false, false, "G10"}); // G10: 1, W2
    const std::map<std::string, std::pair<std::string, std::string>> expected = {
        {"G01", {"1", "none"}}, {"G02", {"2", "W1"}},  {"G03", {"1", "L1"}},   {"G04", {"2", "L1"}},
        {"G05", {"3", "L2"}},   {"G06", {"4", "L3+"}}, {"G07", {"5+", "L3+"}}, {"G08", {"5+", "W1"}},
        {"G09", {"2", "W3+"}},  {"G10", {"1", "W2"}}};

    std::vector<ingest::NamedPayload> payloads;
    for (std::size_t i = games.size(); i-- > 0;) { // stored newest first: the order is the games', not the store's
        payloads.push_back(handPayload(base, games[i]));
    }
    std::swap(payloads[0], payloads[1]); // G09 stored before G10
    test::TempStore store;
    const auto report = ingest::Importer(store.store->writer()).importPayloads(std::move(payloads));
    QVERIFY2(report.failed.empty(), report.failed.empty() ? "" : report.failed[0].error.c_str());
    auto db = store.store->openReader();
    QVERIFY(db.ok());

    analytics::Query q;
    q.puuids = {me};
    q.metrics = {"games"};
    q.groupBy = {"champion", "session_game", "streak_before"};
    q.includeRemakes = true;
    const auto [inMemory, sql] = bothExecutors(db.value(), q);
    for (const auto* table : {&inMemory, &sql}) {
        std::map<std::string, std::pair<std::string, std::string>> got;
        for (const auto& row : table->rows) {
            got[text(row[0])] = {text(row[1]), text(row[2])};
            QCOMPARE(real(row[3]), 1.0);
        }
        for (const auto& [game, values] : expected) {
            QVERIFY2(got[game] == values, (game + ": " + got[game].first + " " + got[game].second + ", expected " +
                                           values.first + " " + values.second + (table == &sql ? " (SQL)" : " (frame)"))
                                              .c_str());
        }
        QCOMPARE(got.size(), expected.size());
    }

    // As filters, any case, several values: L2 and L3+ without remakes are G05 and G07 (G06 is a remake).
    analytics::Query filtered;
    filtered.puuids = {me};
    filtered.metrics = {"games", "wins"};
    filtered.filters["streak_before"] = {"l2", "L3+"};
    auto [a, b] = bothExecutors(db.value(), filtered);
    QCOMPARE(real(a.rows[0][0]), 2.0);
    QCOMPARE(real(a.rows[0][1]), 1.0);
    QCOMPARE(real(b.rows[0][0]), 2.0);
    // session_game=5+ and last=3: the three most recent of the fifth-or-later games, of which there are two.
    filtered.filters.clear();
    filtered.filters["session_game"] = {"5+"};
    filtered.filters["last"] = {"3"};
    std::tie(a, b) = bothExecutors(db.value(), filtered);
    QCOMPARE(real(a.rows[0][0]), 2.0);
    QCOMPARE(real(b.rows[0][0]), 2.0);
    // The place in the history comes before the filters: G07 is still "5+" when only wins are asked for.
    filtered.filters.clear();
    filtered.filters["result"] = {"win"};
    filtered.groupBy = {"session_game"};
    std::tie(a, b) = bothExecutors(db.value(), filtered);
    QCOMPARE(tableText(a), tableText(b));
    QCOMPARE(tableText(a), std::string("session_game|games|wins|\n1|2|2|\n2|1|1|\n5+|2|2|"));
}

void TestAnalytics::sessionsAndStreaksMatchAnIndependentCount() {
    // The oracle: the raw demo payloads, ordered and split as METRICS.md says, counted over the counted games.
    const std::string me = demo::demoAccount().puuid;
    struct Game {
        std::int64_t start, end;
        std::string id;
        bool win, remake;
    };
    std::vector<Game> history;
    for (const auto& payload : m_demoPayloads) {
        if (payload.name.find("_timeline") != std::string::npos) {
            continue;
        }
        const json match = json::parse(payload.bytes);
        const auto& info = match["info"];
        if (info.value("endOfGameResult", "GameComplete") != "GameComplete") {
            continue;
        }
        Game g{0, 0, match["metadata"]["matchId"].get<std::string>(), false, false};
        bool mine = false;
        for (const auto& p : info["participants"]) {
            g.remake = g.remake || p.value("gameEndedInEarlySurrender", false);
            if (p["puuid"] == me) {
                mine = true;
                g.win = p["win"].get<bool>();
            }
        }
        if (!mine) {
            continue;
        }
        g.start = info.contains("gameStartTimestamp") ? info["gameStartTimestamp"].get<std::int64_t>()
                                                      : info["gameCreation"].get<std::int64_t>();
        g.end = info.contains("gameEndTimestamp") ? info["gameEndTimestamp"].get<std::int64_t>()
                                                  : g.start + info["gameDuration"].get<std::int64_t>();
        history.push_back(g);
    }
    std::sort(history.begin(), history.end(),
              [](const Game& a, const Game& b) { return std::tie(a.start, a.id) < std::tie(b.start, b.id); });
    std::map<std::string, std::pair<int, int>> bySession, byStreak; // value -> games, wins (counted games)
    int inSession = 0;
    std::vector<bool> results; // the non-remake results so far
    for (std::size_t i = 0; i < history.size(); ++i) {
        const Game& g = history[i];
        inSession = i > 0 && g.start - history[i - 1].end <= 30 * 60'000 ? inSession + 1 : 1;
        const std::string session = inSession >= 5 ? "5+" : std::to_string(inSession);
        std::string streak = "none";
        if (!results.empty()) {
            int run = 0;
            for (auto r = results.rbegin(); r != results.rend() && *r == results.back(); ++r) {
                ++run;
            }
            streak = std::string(results.back() ? "W" : "L") + (run >= 3 ? "3+" : std::to_string(run));
        }
        if (!g.remake) {
            bySession[session].first += 1;
            bySession[session].second += g.win ? 1 : 0;
            byStreak[streak].first += 1;
            byStreak[streak].second += g.win ? 1 : 0;
            results.push_back(g.win);
        }
    }
    // The demo plays sessions of several games and has long runs both ways.
    for (const char* value : {"1", "2", "3", "4", "5+"}) {
        QVERIFY2(bySession[value].first >= 5, value);
    }
    for (const char* value : {"W1", "W2", "W3+", "L1", "L2", "L3+"}) {
        QVERIFY2(byStreak[value].first >= 5, value);
    }
    auto db = m_demo->store->openReader();
    for (const auto& [dimension, oracle] :
         {std::pair{"session_game", &bySession}, std::pair{"streak_before", &byStreak}}) {
        analytics::Query q;
        q.puuids = {me};
        q.metrics = {"games", "wins"};
        q.groupBy = {dimension};
        const auto [inMemory, sql] = bothExecutors(db.value(), q);
        QCOMPARE(tableText(inMemory), tableText(sql));
        std::size_t groups = 0;
        for (const auto& [value, cell] : *oracle) {
            groups += cell.first > 0 ? 1 : 0;
        }
        QCOMPARE(inMemory.rows.size(), groups);
        for (const auto& row : inMemory.rows) {
            const auto& cell = oracle->at(text(row[0]));
            QVERIFY2(real(row[1]) == cell.first && real(row[2]) == cell.second,
                     (std::string(dimension) + " " + text(row[0])).c_str());
        }
    }
}

void TestAnalytics::twoProportionTestByHand() {
    // 38 wins in 100 games against 54 in 100: pooled p = 92 / 200 = 0.46, standard error
    // sqrt(0.46 * 0.54 * (1/100 + 1/100)) = 0.0704840, z = (0.38 - 0.54) / 0.0704840 = -2.27002, and the two-sided
    // p-value erfc(2.27002 / sqrt 2) = 0.023207.
    const auto [z, p] = analytics::twoProportionTest(38, 100, 54, 100);
    QVERIFY(std::abs(z - (-0.16 / std::sqrt(0.46 * 0.54 * 0.02))) < 1e-12);
    QVERIFY(std::abs(z + 2.27002) < 1e-5);
    QVERIFY(std::abs(p - 0.023207) < 1e-6);
    // Symmetric; no difference, no games, or every game won: nothing to find.
    QVERIFY(std::abs(analytics::twoProportionTest(54, 100, 38, 100).first - 2.27002) < 1e-5);
    QCOMPARE(analytics::twoProportionTest(30, 60, 10, 20).second, 1.0);
    QCOMPARE(analytics::twoProportionTest(0, 0, 10, 20).second, 1.0);
    QCOMPARE(analytics::twoProportionTest(20, 20, 30, 30).second, 1.0);
}

void TestAnalytics::findingsOnlyWhereTheDifferenceIsLargerThanChance() {
    // Sessions of four games, two hours apart. Tired: the first game of a session won in 24 of `sessions`
    // sessions, the fourth in 6; fair: both in half of them. Second and third games win and lose in turn.
    constexpr std::int64_t kMin = 60'000;
    const json base = json::parse(test::readFixture(test::kKrMatch));
    auto history = [&](int sessions, bool tired) {
        std::vector<HandGame> games;
        std::int64_t t = 1'712'161'609'888;
        long long id = 5000;
        for (int s = 0; s < sessions; ++s) {
            for (int g = 0; g < 4; ++g) {
                const bool early = tired ? s % 5 != 0 : s % 2 == 0; // 4 in 5, or 1 in 2
                const bool late = tired ? s % 5 == 0 : s % 2 == 1;
                const bool win = g == 0 ? early : g == 3 ? late : (s + g) % 2 == 0;
                games.push_back({++id, t, 25, win, false, false, "Ahri"});
                t += 30 * kMin;
            }
            t += 120 * kMin;
        }
        auto store = std::make_unique<test::TempStore>();
        std::vector<ingest::NamedPayload> payloads;
        for (const auto& g : games) {
            payloads.push_back(handPayload(base, g));
        }
        const auto report = ingest::Importer(store->store->writer()).importPayloads(std::move(payloads));
        if (!report.failed.empty()) {
            qFatal("%s", report.failed[0].error.c_str());
        }
        return store;
    };
    auto findingsOf = [&](test::TempStore& store) {
        auto db = store.store->openReader();
        analytics::AnalyticsEngine engine;
        analytics::Query q;
        q.puuids = {handPlayer()};
        q.filters["since"] = {"2024-05-01"}; // a period: dropped, the findings are about the whole history
        q.timeZone = "UTC";
        auto found = analytics::findFindings(engine, db.value(), q, 1);
        if (!found) {
            qFatal("%s", found.error().message.c_str());
        }
        return std::move(found).value();
    };
    auto lateInSession = [](const std::vector<analytics::Finding>& findings) {
        const auto it = std::find_if(findings.begin(), findings.end(), [](const analytics::Finding& f) {
            return f.kind == analytics::FindingKind::LateInSession;
        });
        return it == findings.end() ? std::optional<analytics::Finding>() : std::optional(*it);
    };

    auto tired = history(30, true);
    const auto found = findingsOf(*tired);
    const auto late = lateInSession(found);
    QVERIFY(late.has_value());
    QCOMPARE(late->games, 30);
    QCOMPARE(late->wins, 6);
    QCOMPARE(late->otherGames, 30);
    QCOMPARE(late->otherWins, 24);
    const auto [z, p] = analytics::twoProportionTest(6, 30, 24, 30);
    QCOMPARE(late->z, z);
    QVERIFY(p < 0.05 / 8); // significant whatever the number of comparisons
    QVERIFY(found.size() <= 3);
    for (std::size_t i = 0; i < found.size(); ++i) {
        QVERIFY(found[i].games >= 20 && found[i].otherGames >= 20);
        QVERIFY(i == 0 || found[i - 1].pValue <= found[i].pValue); // the strongest first
    }
    // The same sizes without the difference: no such finding.
    auto fair = history(30, false);
    QVERIFY(!lateInSession(findingsOf(*fair)).has_value());
    // The same difference over 19 sessions: too few games on each side to say anything.
    auto short_ = history(19, true);
    QVERIFY(!lateInSession(findingsOf(*short_)).has_value());
}
