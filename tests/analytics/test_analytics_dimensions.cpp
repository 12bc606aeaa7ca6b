// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// test_analytics: dimensions and filters against an independent count over the raw demo JSON (teammates, teams), time
// zones and local dates.
#include "test_analytics.h"

using namespace herald;
using namespace herald::analyticstest;

void TestAnalytics::dimensionsAndFiltersMatchAnIndependentCount() {
    // The oracle: the raw demo payloads, read with nlohmann, counted by the definitions of METRICS.md.
    const std::string me = demo::demoAccount().puuid;
    std::map<std::string, std::map<std::string, std::pair<int, int>>> expected; // dimension -> value -> games, wins
    for (const json& match : countedMatches(m_demoPayloads)) {
        const auto& info = match["info"];
        for (const auto& p : info["participants"]) {
            if (p["puuid"] != me) {
                continue;
            }
            const bool win = p["win"].get<bool>();
            const std::string version = info["gameVersion"].get<std::string>();
            const std::string position = p.value("teamPosition", "");
            const std::map<std::string, std::string> values = {
                {"champion", p["championName"].get<std::string>()},
                {"role", !position.empty()                                                          ? position
                         : std::set<int>{100, 450, 720, 2400}.count(info["queueId"].get<int>())     ? "ARAM"
                         : std::set<int>{1700, 1710, 1750}.count(info["queueId"].get<int>())        ? "ARENA"
                         : info["queueId"].get<int>() >= 1810 && info["queueId"].get<int>() <= 1840 ? "SWARM"
                                                                                                    : "NONE"},
                {"queue", std::to_string(info["queueId"].get<int>())},
                {"patch", version.substr(0, version.find('.', version.find('.') + 1))},
                {"side", p["teamId"] == 100   ? "blue"
                         : p["teamId"] == 200 ? "red"
                                              : "other"},
                {"result", win ? "win" : "loss"},
            };
            for (const auto& [dimension, value] : values) {
                auto& cell = expected[dimension][value];
                cell.first += 1;
                cell.second += win ? 1 : 0;
            }
        }
    }
    auto db = m_demo->store->openReader();
    analytics::AnalyticsEngine engine;
    for (const auto& [dimension, groups] : expected) {
        analytics::Query q;
        q.puuids = {me};
        q.metrics = {"games", "wins"};
        q.groupBy = {dimension};
        auto r = engine.run(db.value(), q, 1, kNow);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        QCOMPARE(r.value()->rows.size(), groups.size());
        for (const auto& row : r.value()->rows) {
            const auto it = groups.find(text(row[0]));
            QVERIFY2(it != groups.end(), (dimension + "=" + text(row[0])).c_str());
            QCOMPARE(real(row[1]), static_cast<double>(it->second.first));
            QCOMPARE(real(row[2]), static_cast<double>(it->second.second));
        }
        // The same dimension as a filter (case-insensitive for names) picks exactly that group.
        const auto& [value, counts] = *groups.begin();
        analytics::Query filtered;
        filtered.puuids = {me};
        filtered.metrics = {"games"};
        filtered.filters[dimension] = {dimension == "champion" ? QString::fromStdString(value).toLower().toStdString()
                                                               : value};
        auto f = engine.run(db.value(), filtered, 1, kNow);
        QVERIFY2(f.ok(), f.ok() ? "" : f.error().message.c_str());
        QCOMPARE(real(f.value()->rows[0][0]), static_cast<double>(counts.first));
    }
    // Several values of a filter mean any of them; account is the Riot ID.
    analytics::Query q;
    q.puuids = {me};
    q.metrics = {"games"};
    q.groupBy = {"account"};
    q.filters["side"] = {"blue", "red"};
    auto r = engine.run(db.value(), q, 1, kNow);
    QCOMPARE(text(r.value()->rows[0][0]), std::string("Demo#HRLD"));
    QCOMPARE(real(r.value()->rows[0][1]),
             static_cast<double>(expected["side"]["blue"].first + expected["side"]["red"].first));
}

void TestAnalytics::teammatesAreRiotIdsOfTheSameTeamOrSubTeam() {
    // JP1_323466834 (patch 11.16) has no Riot IDs: its players are named by summonerName. Participant 1 (team 100)
    // played with 想見君, "Hasaki " (the trailing space is the payload's), りんな and 私の頭がかたい; R1cky was on team
    // 200.
    const std::string jp = puuidOf("match_v5_JP1_323466834_p11.16_ranked.json", 0);
    analytics::Query q;
    q.puuids = {jp};
    q.metrics = {"games"};
    q.groupBy = {"teammate"};
    auto r = run(q);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    std::vector<std::string> names;
    for (const auto& row : r.value()->rows) {
        names.push_back(text(row[0]));
        QCOMPARE(real(row[1]), 1.0);
    }
    // Ordered as SQLite orders text (bytes): ASCII first, then the UTF-8 of the kana and the kanji.
    QCOMPARE(names, (std::vector<std::string>{"Hasaki ", "りんな", "想見君", "私の頭がかたい"}));
    analytics::Query filtered;
    filtered.puuids = {jp};
    filtered.metrics = {"games"};
    filtered.filters["with"] = {"HASAKI "};
    QCOMPARE(real(run(filtered).value()->rows[0][0]), 1.0);
    filtered.filters["with"] = {"r1cky"}; // on the other team
    QVERIFY(isNull(run(filtered).value()->rows[0][0]));
    filtered.filters.clear();
    filtered.filters["against"] = {"r1cky"};
    QCOMPARE(real(run(filtered).value()->rows[0][0]), 1.0);
    filtered.filters["against"] = {"Hasaki "};
    QVERIFY(isNull(run(filtered).value()->rows[0][0]));

    // Arena: the team is the duo (playerSubteamId), not the nominal team 100 of eight players.
    const json arena = json::parse(test::arenaMatch());
    const auto& players = arena["info"]["participants"];
    q.puuids = {"arena-player-1"};
    r = run(q);
    QVERIFY(r.ok());
    QCOMPARE(r.value()->rows.size(), std::size_t{1});
    QCOMPARE(text(r.value()->rows[0][0]), riotIdOf(players[1]));
    QCOMPARE(text(r.value()->rows[0][0]), std::string("Valoose#EUW"));
    // Participant 7 is of team 100 but another duo: against, not with.
    filtered.puuids = {"arena-player-1"};
    filtered.filters.clear();
    filtered.filters["with"] = {riotIdOf(players[6])};
    QVERIFY(isNull(run(filtered).value()->rows[0][0]));
    filtered.filters.clear();
    filtered.filters["against"] = {riotIdOf(players[6])};
    QCOMPARE(real(run(filtered).value()->rows[0][0]), 1.0);

    // Not a filter: with and against are.
    analytics::Query bad = q;
    bad.groupBy.clear();
    bad.filters["teammate"] = {"x"};
    QVERIFY(!run(bad).ok());
    QVERIFY(run(bad).error().message.find("with=Name#TAG") != std::string::npos);
}

void TestAnalytics::teammatesAndTeamFiltersMatchAnIndependentCount() {
    // The oracle: the raw demo payloads; each counted game of the player counts once for each other player of
    // the same team, by Riot ID; with= / against= keep the games with one of the players on / off that team.
    const std::string me = demo::demoAccount().puuid;
    std::map<std::string, std::pair<int, int>> mates; // Riot ID -> games, wins
    std::map<std::string, int> withGames, againstGames;
    for (const json& match : countedMatches(m_demoPayloads)) {
        const auto& info = match["info"];
        const json* mine = nullptr;
        for (const auto& p : info["participants"]) {
            if (p["puuid"] == me) {
                mine = &p;
            }
        }
        if (mine == nullptr) {
            continue;
        }
        std::set<std::string> sameTeam, otherTeams;
        for (const auto& p : info["participants"]) {
            if (&p == mine) {
                continue;
            }
            (teamKeyOf(p) == teamKeyOf(*mine) ? sameTeam : otherTeams).insert(lower(riotIdOf(p)));
            if (teamKeyOf(p) == teamKeyOf(*mine)) {
                auto& cell = mates[riotIdOf(p)];
                cell.first += 1;
                cell.second += (*mine)["win"].get<bool>() ? 1 : 0;
            }
        }
        for (const auto& name : sameTeam) {
            ++withGames[name];
        }
        for (const auto& name : otherTeams) {
            ++againstGames[name];
        }
    }
    QVERIFY(mates.size() > 100);
    // The demo's three regular partners are there, each in many games (about one in nine).
    for (const auto& companion : demo::demoFriends()) {
        const auto it = mates.find(companion.gameName + "#" + companion.tagLine);
        QVERIFY(it != mates.end());
        QVERIFY2(it->second.first >= 15, companion.gameName.c_str());
    }
    auto db = m_demo->store->openReader();
    analytics::AnalyticsEngine engine;
    analytics::Query q;
    q.puuids = {me};
    q.metrics = {"games", "wins"};
    q.groupBy = {"teammate"};
    auto r = engine.run(db.value(), q, 1, kNow);
    QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
    QCOMPARE(r.value()->rows.size(), mates.size());
    for (const auto& row : r.value()->rows) {
        const auto it = mates.find(text(row[0]));
        QVERIFY2(it != mates.end(), text(row[0]).c_str());
        QCOMPARE(real(row[1]), static_cast<double>(it->second.first));
        QCOMPARE(real(row[2]), static_cast<double>(it->second.second));
    }
    // --min-games keeps the partners: every group left has at least that many games.
    q.minGames = 2;
    std::size_t partners = 0;
    for (const auto& [name, cell] : mates) {
        partners += cell.first >= 2 ? 1 : 0;
    }
    QCOMPARE(engine.run(db.value(), q, 1, kNow).value()->rows.size(), partners);

    // with= / against=, in upper case: the games with that player on the player's team / on another team.
    const auto busiest = std::max_element(withGames.begin(), withGames.end(),
                                          [](const auto& a, const auto& b) { return a.second < b.second; });
    const auto rival = std::max_element(againstGames.begin(), againstGames.end(),
                                        [](const auto& a, const auto& b) { return a.second < b.second; });
    auto count = [&](const char* filter, std::vector<std::string> values) {
        analytics::Query f;
        f.puuids = {me};
        f.metrics = {"games"};
        for (auto& value : values) {
            value = upper(value);
        }
        f.filters[filter] = values;
        auto result = engine.run(db.value(), f, 1, kNow);
        if (!result) {
            qFatal("%s", result.error().message.c_str());
        }
        const auto& cell = result.value()->rows[0][0];
        return isNull(cell) ? 0.0 : real(cell);
    };
    QCOMPARE(count("with", {busiest->first}), static_cast<double>(busiest->second));
    QCOMPARE(count("against", {rival->first}), static_cast<double>(rival->second));
    QCOMPARE(count("against", {busiest->first}), static_cast<double>(againstGames[busiest->first]));
    QCOMPARE(count("with", {"Nobody#NONE"}), 0.0);
}

void TestAnalytics::timeZoneBucketsAcrossMidnightAndDst() {
    // Europe/Paris moves to summer time on 2026-03-29 at 01:00 UTC (02:00 CET -> 03:00 CEST).
    //   2026-03-28T23:30Z = 00:30 CET on the 29th (a Sunday, ISO week 2026-W13), UTC day 2026-03-28
    //   2026-03-29T00:30Z = 01:30 CET on the 29th
    //   2026-03-29T01:30Z = 03:30 CEST on the 29th
    //   2027-01-01T12:00Z = a Friday of ISO week 2026-W53 (2026 began on a Thursday)
    test::TempStore temp;
    std::vector<ingest::NamedPayload> payloads;
    const long long instants[] = {1774740600000, 1774744200000, 1774747800000, 1798804800000};
    for (int i = 0; i < 4; ++i) {
        payloads.push_back({"m" + std::to_string(i), copyOf(test::kKrMatch, "", 100 + i, instants[i]).first});
    }
    QCOMPARE(ingest::Importer(temp.store->writer()).importPayloads(std::move(payloads)).imported, 4);
    auto db = temp.store->openReader();
    analytics::AnalyticsEngine engine;
    auto buckets = [&](const std::string& dimension, const std::string& zone) {
        analytics::Query q;
        q.puuids = {puuidOf(test::kKrMatch, 1)};
        q.metrics = {"games"};
        q.groupBy = {dimension};
        q.timeZone = zone;
        auto r = engine.run(db.value(), q, 1, kNow);
        if (!r) {
            qFatal("%s", r.error().message.c_str());
        }
        std::string out;
        for (const auto& row : r.value()->rows) {
            out += text(row[0]) + ":" + text(row[1]) + " ";
        }
        return out;
    };
    QCOMPARE(buckets("day", "Europe/Paris"), std::string("2026-03-29:3 2027-01-01:1 "));
    QCOMPARE(buckets("day", "UTC"), std::string("2026-03-28:1 2026-03-29:2 2027-01-01:1 "));
    QCOMPARE(buckets("hour", "Europe/Paris"), std::string("0:1 1:1 3:1 13:1 "));
    QCOMPARE(buckets("hour", "America/New_York"), std::string("7:1 19:1 20:1 21:1 "));
    QCOMPARE(buckets("weekday", "Europe/Paris"), std::string("5:1 7:3 "));
    QCOMPARE(buckets("weekday", "UTC"), std::string("5:1 6:1 7:2 "));
    QCOMPARE(buckets("week", "Europe/Paris"), std::string("2026-W13:3 2026-W53:1 "));
    QCOMPARE(buckets("month", "Pacific/Auckland"), std::string("2026-03:3 2027-01:1 "));
    analytics::Query bad;
    bad.puuids = {"x"};
    bad.metrics = {"games"};
    bad.groupBy = {"day"};
    bad.timeZone = "Mars/Olympus_Mons";
    auto refused = engine.run(db.value(), bad, 1, kNow);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.find("unknown time zone") != std::string::npos, refused.error().message.c_str());
}

void TestAnalytics::sinceAndUntilAreLocalDates() {
    // KR_7014499581 started 2024-04-03T16:26:49Z = 2024-04-04 01:26 in Seoul; its copy one day later.
    analytics::Query q;
    q.puuids = {puuidOf(test::kKrMatch, 1)};
    q.metrics = {"games"};
    q.timeZone = "Asia/Seoul";
    q.filters["since"] = {"2024-04-04"};
    q.filters["until"] = {"2024-04-04"};
    QCOMPARE(real(run(q).value()->rows[0][0]), 1.0);
    q.timeZone = "UTC";
    QCOMPARE(real(run(q).value()->rows[0][0]), 1.0); // the copy, on the 4th in UTC
    q.filters["since"] = {"2024-04-03"};
    QCOMPARE(real(run(q).value()->rows[0][0]), 2.0);
    q.filters.erase("until");
    q.filters["since"] = {"-30d"}; // relative to "now" (2026): nothing that recent
    QVERIFY(isNull(run(q).value()->rows[0][0]));
    q.filters["since"] = {"2024-02-30"};
    QVERIFY(!run(q).ok());
}
