// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Riot API sync: the limiter's arithmetic, routing and Riot IDs, and whole syncs against the loopback stand-in
// (faults, kills, cancel, key changes). The stand-in speaks HTTP like Riot: real paths, headers and statuses.
#include "demo/demogenerator.h"
#include "engine/datadragon.h"
#include "engine/syncengine.h"
#include "gamedata/gamedata.h"
#include "http/httpclient.h"
#include "ingest/importer.h"
#include "riot/ratelimiter.h"
#include "riot/riotclient.h"
#include "riot/routing.h"
#include "riotstandin.h"
#include "store/accounts.h"
#include "store/settings.h"
#include "store/storecheck.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <fstream>
#include <future>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <thread>

using namespace herald;
using namespace std::chrono_literals;
using sync::riot::Clock;

namespace {

std::int64_t queryInt(store::Database& db, const std::string& sql) {
    store::Statement stmt(db, sql);
    return stmt.step() ? stmt.columnInt64(0) : -1;
}

std::int64_t queryInt(const std::filesystem::path& dataDir, const std::string& sql) {
    auto db = store::Database::open(store::databasePath(dataDir), store::Database::Mode::ReadOnly);
    return db ? queryInt(db.value(), sql) : -1;
}

std::set<std::string> storedIds(const std::filesystem::path& dataDir) {
    std::set<std::string> ids;
    auto db = store::Database::open(store::databasePath(dataDir), store::Database::Mode::ReadOnly);
    if (db) {
        store::Statement stmt(db.value(), "SELECT match_id FROM matches");
        while (stmt.step()) {
            ids.insert(stmt.columnText(0));
        }
    }
    return ids;
}

standin::StandinOptions generous() {
    standin::StandinOptions options;
    options.appLimits = "500:1,30000:600";
    options.methodLimits = "2000:10";
    return options;
}

sync::riot::RiotConfig configFor(const standin::RiotStandin& standin) {
    sync::riot::RiotConfig config;
    config.apiKey = standin::StandinOptions().apiKey;
    config.baseUrl = standin.baseUrl();
    config.timeout = 3s;
    config.backoffBase = 50ms;
    return config;
}

struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};

QProcessEnvironment cliEnvironment(const standin::RiotStandin& standin, const std::string& key) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HERALD_RIOT_API_KEY"), QString::fromStdString(key));
    env.insert(QStringLiteral("HERALD_RIOT_BASE_URL"), QString::fromStdString(standin.baseUrl()));
    env.insert(QStringLiteral("HERALD_DDRAGON_BASE_URL"), QString::fromStdString(standin.ddragonBaseUrl()));
    env.insert(QStringLiteral("HERALD_RIOT_STATIC_BASE_URL"), QString::fromStdString(standin.staticBaseUrl()));
    return env;
}

CliRun cli(const standin::RiotStandin& standin, const std::filesystem::path& dir, QStringList args,
           const std::string& key = standin::StandinOptions().apiKey) {
    args.prepend(QString::fromStdString(dir.string()));
    args.prepend(QStringLiteral("--data-dir"));
    QProcess process;
    process.setProcessEnvironment(cliEnvironment(standin, key));
    process.start(QStringLiteral(HERALD_CLI_PATH), args);
    if (!process.waitForFinished(300'000)) {
        process.kill();
        process.waitForFinished();
        return {-1, {}, "timed out"};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            process.readAllStandardOutput().toStdString(), process.readAllStandardError().toStdString()};
}

Result<store::AccountRow> followDemo(sync::SyncEngine& engine) {
    return engine.addAccount({"Demo", "HRLD"}, *sync::riot::findPlatform("euw1"));
}

} // namespace

class TestSync : public QObject {
    Q_OBJECT
private slots:
    void parsesRateLimitHeaders();
    void limiterHoldsEachWindow();
    void limiterScheduleUsesTheFullRateAndNeverExceedsIt();
    void limiterIsCautiousUntilTheFirstAnswer();
    void limiterCountsRequestsTheServerSawFromElsewhere();
    void limiterObeysRetryAfterOnTheNamedScope();
    void routesEveryPlatform();
    void parsesRiotIdsLoosely();
    void httpClientReportsTypedOutcomes();
    void addAccountResolvesAnyCaseAndExplains404();
    void badKeyIsExplainedAndNeverShown();
    void fullSyncStoresEverythingThenStopsAtTheFirstStoredId();
    void abortedStubIsStoredAndNeverFetchedAgain();
    void syncSurvivesEveryFault();
    void rateLimitsAreLearnedAndRespected();
    void cancelStopsWithinASecondAndResumes();
    void keyChangeResolvesThePuuidAgain();
    void killedSyncResumesWithoutLossOrDuplicates();
    void killLoopAcrossEveryWriterLosesNothing();
    void backupWhileASyncWritesThenRestore();
    void cliSyncPrintsSummaryAndKeepsTheKeySecret();
    void dataDragonRefreshesGameDataAndIcons();
};

void TestSync::parsesRateLimitHeaders() {
    using sync::riot::RateWindow;
    const auto windows = sync::riot::parseRateWindows("20:1,100:120");
    QCOMPARE(windows.size(), std::size_t{2});
    QVERIFY((windows[0] == RateWindow{20, 1s}));
    QVERIFY((windows[1] == RateWindow{100, 120s}));
    const auto counts = sync::riot::parseRateCounts("1:1, 7:120");
    QCOMPARE(counts.size(), std::size_t{2});
    QCOMPARE(counts[1].limit, 7);
    QCOMPARE(counts[1].span.count(), 120'000);
    QVERIFY(sync::riot::parseRateWindows("").empty());
    QCOMPARE(sync::riot::parseRateWindows("garbage,5:x,0:1,3:0,9:10").size(), std::size_t{1}); // only 9:10 is valid
    // Fuzz regression: a window of 20255555002555550 s overflowed the millisecond arithmetic; longer than a day
    // is no window Riot announces.
    QVERIFY(sync::riot::parseRateWindows("1:20255555002555550").empty());
    QCOMPARE(sync::riot::parseRateCounts("3:86400,4:86401").size(), std::size_t{1});
}

void TestSync::limiterHoldsEachWindow() {
    sync::riot::WindowLimiter limiter;
    const auto t0 = Clock::now();
    limiter.onSend(t0);
    limiter.onDone(t0, t0, "3:1,5:10", "1:1,1:10", true);
    QVERIFY(limiter.learned());
    QCOMPARE(limiter.availableAt(t0), t0);
    limiter.onSend(t0);
    limiter.onSend(t0);
    // 3 in the last second: the fourth waits until the first leaves the 1 s window (plus the 20 ms margin).
    const auto fourth = limiter.availableAt(t0 + 10ms);
    QCOMPARE(std::chrono::duration_cast<std::chrono::milliseconds>(fourth - t0).count(), 1000 + 10 + 10);
    const auto t1 = t0 + 1100ms;
    QCOMPARE(limiter.availableAt(t1), t1);
    limiter.onSend(t1);
    limiter.onSend(t1);
    // 5 in the last 10 s: the sixth waits for the 10 s window (margin 10 ms + 1%).
    const auto sixth = limiter.availableAt(t0 + 2s);
    QCOMPARE(std::chrono::duration_cast<std::chrono::milliseconds>(sixth - t0).count(), 10'000 + 10 + 100);
    QCOMPARE(limiter.inWindow(10s, t0 + 2s), 5);
}

void TestSync::limiterScheduleUsesTheFullRateAndNeverExceedsIt() {
    // Greedy scheduling of 300 requests under 20:1,100:12 with answers 30 ms after sending, in virtual time.
    sync::riot::RateLimiter limiter;
    auto now = Clock::time_point{} + 1000h;
    const auto start = now;
    std::vector<Clock::time_point> sent;
    std::vector<std::pair<Clock::time_point, Clock::time_point>> inFlight; // (sentAt, answerAt)
    sync::HttpResponse answer;
    answer.status = 200;
    answer.headers["x-app-rate-limit"] = "20:1,100:12";
    answer.headers["x-method-rate-limit"] = "1000:10";
    while (sent.size() < 300) {
        // Deliver answers due by now.
        std::sort(inFlight.begin(), inFlight.end(), [](auto& a, auto& b) { return a.second < b.second; });
        while (!inFlight.empty() && inFlight.front().second <= now) {
            limiter.onDone("europe", "m", inFlight.front().first, inFlight.front().second, &answer);
            inFlight.erase(inFlight.begin());
        }
        const auto at = limiter.availableAt("europe", "m", now);
        if (at <= now) {
            limiter.onSend("europe", "m", now);
            sent.push_back(now);
            inFlight.emplace_back(now, now + 30ms);
            continue;
        }
        auto next = at;
        if (!inFlight.empty()) {
            next = std::min(next, inFlight.front().second);
        }
        now = next;
    }
    // Never more than announced, measured at the moments the server would count them (sent + up to 30 ms).
    for (std::size_t i = 0; i < sent.size(); ++i) {
        int inSecond = 0;
        int inTwelve = 0;
        for (std::size_t j = i; j < sent.size(); ++j) {
            inSecond += sent[j] - sent[i] < 1s ? 1 : 0;
            inTwelve += sent[j] - sent[i] < 12s ? 1 : 0;
        }
        QVERIFY2(inSecond <= 20, qPrintable(QString::number(inSecond)));
        QVERIFY2(inTwelve <= 100, qPrintable(QString::number(inTwelve)));
    }
    // The ideal schedule sends request 300 at 24 s + 4 s (100 per 12 s, 20 per second); we may lose the margins.
    const double last = std::chrono::duration<double>(sent.back() - start).count();
    QVERIFY2(last >= 28.0 && last <= 28.0 * 1.04, qPrintable(QString::number(last)));
}

void TestSync::limiterIsCautiousUntilTheFirstAnswer() {
    sync::riot::RateLimiter limiter;
    const auto t0 = Clock::now();
    QCOMPARE(limiter.availableAt("kr", "summoner", t0), t0);
    limiter.onSend("kr", "summoner", t0);
    QCOMPARE(limiter.availableAt("kr", "summoner", t0), Clock::time_point::max()); // one probe at a time
    sync::HttpResponse failed;
    failed.status = 503; // no headers: still unknown, but the probe is back
    limiter.onDone("kr", "summoner", t0, t0 + 5ms, &failed);
    QCOMPARE(limiter.availableAt("kr", "summoner", t0 + 5ms), t0 + 5ms);
    QVERIFY(!limiter.application("kr").learned());
    // Other routing values have their own limiters.
    QCOMPARE(limiter.availableAt("euw1", "summoner", t0), t0);
}

void TestSync::limiterCountsRequestsTheServerSawFromElsewhere() {
    sync::riot::WindowLimiter limiter;
    const auto t0 = Clock::now();
    limiter.onSend(t0);
    // The server counted 19 in this second: another program uses the same key.
    limiter.onDone(t0, t0, "20:1,100:120", "19:1,19:120", true);
    QCOMPARE(limiter.inWindow(1s, t0), 19);
    limiter.onSend(t0);
    QVERIFY(limiter.availableAt(t0) > t0 + 900ms);
}

void TestSync::limiterObeysRetryAfterOnTheNamedScope() {
    sync::riot::RateLimiter limiter;
    const auto t0 = Clock::now();
    sync::HttpResponse ok;
    ok.status = 200;
    ok.headers["x-app-rate-limit"] = "100:1";
    ok.headers["x-method-rate-limit"] = "100:1";
    for (const char* method : {"a", "b"}) {
        limiter.onSend("euw1", method, t0);
        limiter.onDone("euw1", method, t0, t0, &ok);
    }
    limiter.onRateLimited("euw1", "a", sync::riot::LimitScope::Method, t0 + 3s);
    QCOMPARE(limiter.availableAt("euw1", "a", t0), t0 + 3s);
    QCOMPARE(limiter.availableAt("euw1", "b", t0), t0); // only method a waits
    limiter.onRateLimited("euw1", "b", sync::riot::LimitScope::Application, t0 + 2s);
    QCOMPARE(limiter.availableAt("euw1", "b", t0), t0 + 2s); // the whole application on euw1 waits
    QCOMPARE(limiter.availableAt("kr", "b", t0), t0);        // not on other routing values
}

void TestSync::routesEveryPlatform() {
    const std::map<std::string, std::pair<std::string, std::string>> expected = {
        {"na1", {"americas", "americas"}}, {"br1", {"americas", "americas"}}, {"la1", {"americas", "americas"}},
        {"la2", {"americas", "americas"}}, {"euw1", {"europe", "europe"}},    {"eun1", {"europe", "europe"}},
        {"tr1", {"europe", "europe"}},     {"ru", {"europe", "europe"}},      {"me1", {"europe", "europe"}},
        {"kr", {"asia", "asia"}},          {"jp1", {"asia", "asia"}},         {"oc1", {"sea", "americas"}},
        {"ph2", {"sea", "asia"}},          {"sg2", {"sea", "asia"}},          {"th2", {"sea", "asia"}},
        {"tw2", {"sea", "asia"}},          {"vn2", {"sea", "asia"}},
    };
    QCOMPARE(sync::riot::platforms().size(), expected.size());
    for (const auto& [id, regions] : expected) {
        const auto* platform = sync::riot::findPlatform(id);
        QVERIFY2(platform != nullptr, id.c_str());
        QCOMPARE(std::string(platform->matchRegion), regions.first);
        QCOMPARE(std::string(platform->accountRegion), regions.second);
        std::string upper = id;
        std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
        QCOMPARE(sync::riot::platformOfMatch(upper + "_123"), platform);
        // summoner-v4 goes to the platform, match-v5 to the region.
        QCOMPARE(sync::riot::summonerByPuuid(*platform, "p").route, id);
        QCOMPARE(sync::riot::matchById(upper + "_1", *sync::riot::findPlatform("kr")).route, regions.first);
    }
    QVERIFY(sync::riot::findPlatform("xx1") == nullptr);
    QCOMPARE(sync::riot::riotUrl("", "europe", "/lol/match/v5/matches/EUW1_1"),
             std::string("https://europe.api.riotgames.com/lol/match/v5/matches/EUW1_1"));
    QCOMPARE(sync::riot::riotUrl("http://127.0.0.1:9/relay/", "kr", "/lol/x"),
             std::string("http://127.0.0.1:9/relay/kr/lol/x"));
    const auto ids = sync::riot::matchIdsByPuuid(*sync::riot::findPlatform("oc1"), "a b",
                                                 {100, 100, 1700000000, std::nullopt, 420, "ranked"});
    QCOMPARE(ids.route, std::string("sea"));
    QCOMPARE(ids.path, std::string("/lol/match/v5/matches/by-puuid/a%20b/ids?start=100&count=100&startTime="
                                   "1700000000&queue=420&type=ranked"));
    QCOMPARE(sync::riot::accountByRiotId(*sync::riot::findPlatform("kr"), {"虎牙Ace", "123"}).path,
             std::string("/riot/account/v1/accounts/by-riot-id/%E8%99%8E%E7%89%99Ace/123"));
}

void TestSync::parsesRiotIdsLoosely() {
    const auto ok = [](const char* text, const char* name, const char* tag) {
        auto id = sync::riot::parseRiotId(text);
        return id && id->gameName == name && id->tagLine == tag;
    };
    QVERIFY(ok("A J#NA1", "A J", "NA1"));
    QVERIFY(ok("  Hide on bush #KR1 ", "Hide on bush", "KR1"));
    QVERIFY(ok("虎牙Ace#123", "虎牙Ace", "123"));
    QVERIFY(ok("Sylvie#77777", "Sylvie", "77777"));
    QVERIFY(ok("Ab#EU", "Ab", "EU"));
    QVERIFY(ok("x#EUW", "x", "EUW")); // legacy short names
    QVERIFY(ok("Ünïcödé Name#ÄÖ1", "Ünïcödé Name", "ÄÖ1"));
    for (const char* bad : {"NoTag", "Name#T", "Name#TOOLONG", "#EUW", "a#b#EUW", "Name#E W",
                            "ThisNameIsWayTooLongX#EUW", "Name#", "bad\tname#EUW"}) {
        auto id = sync::riot::parseRiotId(bad);
        QVERIFY2(!id, bad);
        QCOMPARE(id.error().kind, ErrorKind::Validation);
    }
    QVERIFY(sync::riot::parseRiotId("NoTag").error().message.find("Name#TAG") != std::string::npos);
}

void TestSync::httpClientReportsTypedOutcomes() {
    standin::RiotStandin standin(generous());
    standin.loadDemoHistory(3);
    standin.injectFault("/ids", standin::Fault::CutBody);
    sync::HttpClient http(4);
    auto fetch = [&](const std::string& path, const std::string& key) {
        std::promise<sync::HttpOutcome> promise;
        sync::HttpRequest request;
        request.url = standin.baseUrl() + path;
        request.headers.emplace_back("X-Riot-Token", key);
        request.timeout = 2s;
        http.send(request, [&promise](sync::HttpOutcome outcome) { promise.set_value(std::move(outcome)); });
        return promise.get_future().get();
    };
    const std::string key = standin::StandinOptions().apiKey;
    const std::string puuid = demo::demoAccount().puuid;
    auto cut = fetch("/europe/lol/match/v5/matches/by-puuid/" + puuid + "/ids", key);
    QVERIFY(!cut.ok());
    QCOMPARE(cut.error().kind, sync::TransportError::Kind::Network);
    auto ids = fetch("/europe/lol/match/v5/matches/by-puuid/" + puuid + "/ids", key);
    QVERIFY(ids.ok());
    QCOMPARE(ids.response().status, 200L);
    QVERIFY(ids.response().body.find("EUW1_") != std::string::npos);
    QCOMPARE(ids.response().header("x-app-rate-limit"), std::string("500:1,30000:600"));
    // The cut answer counted too: this is the second request in both windows.
    QCOMPARE(ids.response().header("x-app-rate-limit-count"), std::string("2:1,2:600"));
    auto refused = fetch("/europe/lol/match/v5/matches/by-puuid/" + puuid + "/ids", "RGAPI-wrong");
    QVERIFY(refused.ok());
    QCOMPARE(refused.response().status, 403L);
    standin.injectFault("/ids", standin::Fault::Stall);
    const auto before = Clock::now();
    auto stalled = fetch("/europe/lol/match/v5/matches/by-puuid/" + puuid + "/ids", key);
    QVERIFY(!stalled.ok());
    QCOMPARE(stalled.error().kind, sync::TransportError::Kind::Timeout);
    QVERIFY(Clock::now() - before < 5s);
    sync::HttpRequest nowhere;
    nowhere.url = "http://127.0.0.1:1/";
    std::promise<sync::HttpOutcome> refusedPromise;
    http.send(nowhere, [&](sync::HttpOutcome outcome) { refusedPromise.set_value(std::move(outcome)); });
    auto unreachable = refusedPromise.get_future().get();
    QVERIFY(!unreachable.ok());
    QCOMPARE(unreachable.error().kind, sync::TransportError::Kind::Network);
}

void TestSync::addAccountResolvesAnyCaseAndExplains404() {
    standin::RiotStandin standin(generous());
    standin.addAccount("A J", "NA1", "rwkGAEqVypBrrBIEKYER2gdCsBjYCc3XN8o6DaMTxSDpQ-6t5i4bPhBHpA10ttdJgpV_KN9kbkOLpg");
    test::TempStore temp;
    sync::SyncEngine engine(*temp.store, configFor(standin));
    auto added = engine.addAccount({"a j", "na1"}, *sync::riot::findPlatform("na1"));
    QVERIFY2(added, added ? "" : added.error().message.c_str());
    QCOMPARE(added->gameName, std::string("A J")); // Riot's spelling
    QCOMPARE(added->region, std::string("americas"));
    QCOMPARE(added->resolvedBy, sync::keyFingerprint(configFor(standin).apiKey));
    auto missing = engine.addAccount({"虎牙Ace", "123"}, *sync::riot::findPlatform("kr"));
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.find("no Riot ID 虎牙Ace#123 on the asia region") != std::string::npos,
             missing.error().message.c_str());
    auto reader = temp.store->openReader();
    QCOMPARE(store::listAccounts(reader.value()).value().size(), std::size_t{1});
    QCOMPARE(store::getSetting(reader.value(), store::kCurrentAccountSetting).value().value_or(""), added->puuid);
}

void TestSync::badKeyIsExplainedAndNeverShown() {
    standin::RiotStandin standin(generous());
    standin.loadDemoHistory(2);
    QTemporaryDir dir;
    const std::string wrongKey = "RGAPI-11111111-2222-3333-4444-expiredkey00";
    const CliRun run = cli(standin, dir.path().toStdString(),
                           {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Demo#HRLD"),
                            QStringLiteral("--platform"), QStringLiteral("euw1")},
                           wrongKey);
    QCOMPARE(run.code, 1);
    QVERIFY2(run.err.find("refused the API key (HTTP 403)") != std::string::npos, run.err.c_str());
    QVERIFY(run.err.find("expire every 24 hours") != std::string::npos);
    QVERIFY(run.err.find(wrongKey) == std::string::npos && run.out.find(wrongKey) == std::string::npos);
    QVERIFY(standin.stats().badKey >= 1);
}

void TestSync::fullSyncStoresEverythingThenStopsAtTheFirstStoredId() {
    standin::RiotStandin standin(generous());
    standin.loadDemoHistory(230, 5);
    test::TempStore temp;
    sync::SyncEngine engine(*temp.store, configFor(standin));
    auto account = followDemo(engine);
    QVERIFY(account);
    std::vector<sync::SyncProgress> seen;
    engine.setProgressCallback([&](const sync::SyncProgress& p) { seen.push_back(p); }, 0ms);
    auto first = engine.sync(account->puuid, {});
    QVERIFY2(first, first ? "" : first.error().message.c_str());
    QCOMPARE(first->newMatches, 230);
    QCOMPARE(first->listed, 230);
    QCOMPARE(first->failed, 0);
    QCOMPARE(first->queued, 0);
    QVERIFY(first->errors.empty());
    auto stats = standin.stats();
    QCOMPARE(stats.byMethod["match-v5.getMatchIdsByPUUID"], 3); // 100 + 100 + 30: the short page ends it
    QCOMPARE(stats.byMethod["match-v5.getMatch"], 230);
    QCOMPARE(stats.overLimit429, std::uint64_t{0});
    QCOMPARE(stats.keyInQuery, std::uint64_t{0});
    auto reader = temp.store->openReader();
    QCOMPARE(queryInt(reader.value(), "SELECT count(*) FROM matches"), std::int64_t{230});
    QCOMPARE(queryInt(reader.value(), "SELECT count(*) FROM match_payloads WHERE raw_timeline IS NOT NULL"),
             std::int64_t(first->timelines));
    QVERIFY(first->timelines > 150);
    QCOMPARE(queryInt(reader.value(), "SELECT count(*) FROM ranking_history"), std::int64_t{2});
    QCOMPARE(queryInt(reader.value(), "SELECT summoner_level FROM account_profiles"), std::int64_t{474});
    QCOMPARE(queryInt(reader.value(), "SELECT new_matches FROM sync_state WHERE finished_at IS NOT NULL"),
             std::int64_t{230});
    // Progress: every phase in order, the fetch counted to its total.
    QVERIFY(!seen.empty());
    QCOMPARE(seen.front().phase, sync::SyncPhase::Resolving);
    QCOMPARE(seen.back().phase, sync::SyncPhase::Finished);
    bool fetchedAll = false;
    for (const auto& p : seen) {
        fetchedAll = fetchedAll || (p.phase == sync::SyncPhase::Fetching && p.done == 230 && p.total == 230);
    }
    QVERIFY(fetchedAll);

    // Five newer games: one page is enough, only they are fetched.
    standin.addNewerMatches(demo::demoAccount().puuid, 5);
    auto second = engine.sync(account->puuid, {});
    QVERIFY(second);
    QCOMPARE(second->newMatches, 5);
    stats = standin.stats();
    QCOMPARE(stats.byMethod["match-v5.getMatchIdsByPUUID"], 4);
    QCOMPARE(stats.byMethod["match-v5.getMatch"], 235);
    for (const auto& [id, times] : stats.matchServed) {
        QVERIFY2(times == 1, id.c_str()); // nothing fetched twice
    }
    QCOMPARE(queryInt(reader.value(), "SELECT count(*) FROM ranking_history"), std::int64_t{4}); // a snapshot per sync
}

void TestSync::abortedStubIsStoredAndNeverFetchedAgain() {
    // Riot answers an aborted game with a stub (gameId 0, no players): it used to be refused ("ids disagree"),
    // reported as a failure and fetched again on every sync.
    standin::RiotStandin standin(generous());
    auto ids = standin.loadDemoHistory(20, 5);
    const std::string stubId = "EUW1_6834713231";
    standin.addMatch(stubId, test::readFixture("match_v5_EUW1_6834713231_aborted_stub.json"),
                     test::readFixture("timeline_v5_EUW1_6834713231_aborted_stub.json"));
    ids.insert(ids.begin() + 5, stubId);
    standin.setHistory(demo::demoAccount().puuid, ids);
    test::TempStore temp;
    sync::SyncEngine engine(*temp.store, configFor(standin));
    auto account = followDemo(engine);
    QVERIFY(account);
    auto first = engine.sync(account->puuid, {});
    QVERIFY2(first, first ? "" : first.error().message.c_str());
    QCOMPARE(first->newMatches, 21);
    QCOMPARE(first->failed, 0);
    QCOMPARE(first->queued, 0);
    QVERIFY(first->errors.empty());
    auto reader = temp.store->openReader();
    QCOMPARE(queryInt(reader.value(), "SELECT count(*) FROM matches WHERE match_id = '" + stubId +
                                          "' AND end_result = 'Abort_Unexpected' AND participant_count = 0"),
             std::int64_t{1});
    QCOMPARE(queryInt(reader.value(), "SELECT count(*) FROM sync_queue"), std::int64_t{0});
    // A full sync pages the whole history again: the stub is stored, so it is not fetched again.
    sync::SyncOptions full;
    full.full = true;
    auto second = engine.sync(account->puuid, full);
    QVERIFY(second);
    QCOMPARE(second->newMatches, 0);
    QCOMPARE(second->failed, 0);
    QCOMPARE(standin.stats().matchServed[stubId], 1);
}

void TestSync::syncSurvivesEveryFault() {
    standin::RiotStandin standin(generous());
    const auto ids = standin.loadDemoHistory(60, 9);
    using standin::Fault;
    standin.injectFault(ids[0], Fault::Status500, 2);
    standin.injectFault(ids[1], Fault::Status503);
    standin.injectFault(ids[2], Fault::Status429);
    standin.injectFault(ids[3], Fault::Status429NoRetryAfter, 2);
    standin.injectFault(ids[4], Fault::CutBody);
    standin.injectFault(ids[5], Fault::Drop);
    standin.injectFault(ids[6], Fault::InvalidJson);
    standin.injectFault(ids[7] + "/timeline", Fault::InvalidJson);
    standin.injectFault(ids[8], Fault::Stall);
    standin.injectFault("/ids", Fault::Status503);
    standin.injectFault("/summoners/", Fault::CutBody);
    test::TempStore temp;
    auto config = configFor(standin);
    config.timeout = 1500ms;
    sync::SyncEngine engine(*temp.store, config);
    auto account = followDemo(engine);
    QVERIFY(account);
    auto result = engine.sync(account->puuid, {});
    QVERIFY2(result, result ? "" : result.error().message.c_str());
    QVERIFY2(result->errors.empty(), result->errors.empty() ? "" : result->errors.front().text().c_str());
    QCOMPARE(result->newMatches, 60);
    QCOMPARE(result->queued, 0);
    QVERIFY(result->requests.retries >= 8);
    QCOMPARE(result->requests.rateLimited, std::uint64_t{3});
    QCOMPARE(storedIds(temp.path()).size(), std::size_t{60});
    auto reader = temp.store->openReader();
    QCOMPARE(queryInt(reader.value(), "SELECT count(*) FROM account_profiles"), std::int64_t{1});
    auto check = store::checkStore(reader.value());
    QVERIFY(check);
    QVERIFY(check->healthy);

    // A match that keeps failing stays queued with its error and the sync says so; the next one gets it.
    const std::string newest = standin.addNewerMatches(demo::demoAccount().puuid, 1).front();
    standin.injectFault(newest, Fault::Status500, 100);
    auto failing = engine.sync(account->puuid, {});
    QVERIFY(failing);
    QCOMPARE(failing->failed, 1);
    QCOMPARE(failing->queued, 1);
    QVERIFY(failing->errors.front().text().find("HTTP 500") != std::string::npos);
    // The interface translates it by its code and arguments.
    QCOMPARE(failing->errors.front().step, sync::SyncIssue::Step::Match);
    QCOMPARE(failing->errors.front().matchId, newest);
    QCOMPARE(failing->errors.front().error.code, std::string("riot.http"));
    QCOMPARE(failing->errors.front().error.args, std::vector<std::string>{"500"});
    QCOMPARE(queryInt(reader.value(), "SELECT attempts FROM sync_queue"), std::int64_t{1});
    standin.clearFaults();
    auto healed = engine.sync(account->puuid, {});
    QVERIFY(healed);
    QCOMPARE(healed->newMatches, 1);
    QCOMPARE(healed->queued, 0);
}

void TestSync::rateLimitsAreLearnedAndRespected() {
    // Tight limits in a short time: 10 per second, 30 per 4 s. 60 requests need at least 8 s.
    standin::StandinOptions options;
    options.appLimits = "10:1,30:4";
    options.methodLimits = "500:10";
    standin::RiotStandin standin(options);
    standin.loadDemoHistory(25, 4);
    test::TempStore temp;
    sync::SyncEngine engine(*temp.store, configFor(standin));
    auto account = followDemo(engine);
    QVERIFY(account);
    std::optional<std::chrono::system_clock::time_point> waited;
    engine.setProgressCallback([&](const sync::SyncProgress& p) { waited = waited ? waited : p.waitingUntil; }, 0ms);
    auto result = engine.sync(account->puuid, {});
    QVERIFY(result);
    QCOMPARE(result->newMatches, 25);
    const auto stats = standin.stats();
    QCOMPARE(stats.overLimit429, std::uint64_t{0}); // no 429 of our own making
    QCOMPARE(result->requests.rateLimited, std::uint64_t{0});
    QVERIFY(result->requests.waitedMs > 1000);
    QVERIFY(waited.has_value()); // the progress said until when it waits
    // 1 (add) + 1 + 2 + 1 + 50 requests: the 4 s window allows 30, so the last ones go after 4 s, not before.
    QVERIFY2(stats.answeredAt.back() - stats.answeredAt.front() >= 4.0,
             qPrintable(QString::number(stats.answeredAt.back() - stats.answeredAt.front())));
}

void TestSync::cancelStopsWithinASecondAndResumes() {
    standin::RiotStandin standin(generous());
    standin.loadDemoHistory(120, 6);
    standin.setLatency(150ms);
    test::TempStore temp;
    sync::SyncEngine engine(*temp.store, configFor(standin));
    auto account = followDemo(engine);
    QVERIFY(account);
    std::atomic<int> fetched{0};
    engine.setProgressCallback(
        [&](const sync::SyncProgress& p) {
            if (p.phase == sync::SyncPhase::Fetching) {
                fetched = p.done;
            }
        },
        0ms);
    auto running = std::async(std::launch::async, [&] { return engine.sync(account->puuid, {}); });
    QDeadlineTimer deadline(60'000);
    while (fetched < 10 && !deadline.hasExpired()) {
        std::this_thread::sleep_for(5ms);
    }
    const auto cancelledAt = Clock::now();
    engine.cancel();
    auto result = running.get();
    const auto took = Clock::now() - cancelledAt;
    QVERIFY2(took < 1s, qPrintable(QString::number(std::chrono::duration<double>(took).count())));
    QVERIFY(result);
    QVERIFY(result->cancelled);
    QVERIFY(result->newMatches >= 10 && result->newMatches < 120);
    QCOMPARE(result->queued + result->newMatches, 120);
    standin.setLatency(0ms);
    auto resumed = engine.sync(account->puuid, {});
    QVERIFY(resumed);
    QCOMPARE(resumed->newMatches, 120 - result->newMatches);
    QCOMPARE(storedIds(temp.path()).size(), std::size_t{120});
}

void TestSync::keyChangeResolvesThePuuidAgain() {
    standin::RiotStandin standin(generous());
    standin.loadDemoHistory(4, 2);
    test::TempStore temp;
    auto config = configFor(standin);
    {
        sync::SyncEngine engine(*temp.store, config);
        QVERIFY(followDemo(engine));
    }
    const auto resolvedBefore = standin.stats().byMethod["account-v1.getByRiotId"];
    {
        // The same key: no new lookup.
        sync::SyncEngine engine(*temp.store, config);
        QVERIFY(engine.sync(demo::demoAccount().puuid, {}));
        QCOMPARE(standin.stats().byMethod["account-v1.getByRiotId"], resolvedBefore);
    }
    // Another key (the stand-in accepts it): the puuid is looked up again and stored with the new fingerprint.
    auto reader = temp.store->openReader();
    {
        auto changed = temp.store->writer()
                           .submit<Ok>([](store::Database& db) -> Result<Ok> {
                               db.execScript("UPDATE accounts SET resolved_by = 'key:0000000000000000'");
                               return Ok{};
                           })
                           .get();
        QVERIFY(changed);
        sync::SyncEngine engine(*temp.store, config);
        QVERIFY(engine.sync(demo::demoAccount().puuid, {}));
        QCOMPARE(standin.stats().byMethod["account-v1.getByRiotId"], resolvedBefore + 1);
    }
    QCOMPARE(store::listAccounts(reader.value()).value().front().resolvedBy, sync::keyFingerprint(config.apiKey));
}

void TestSync::killedSyncResumesWithoutLossOrDuplicates() {
    standin::RiotStandin standin(generous());
    const auto ids = standin.loadDemoHistory(150, 8);
    standin.setLatency(20ms);
    // Kill points: while resolving / listing (ms after start), and once 10, 60 and 120 matches are stored.
    for (const int point : {-60, -250, 10, 60, 120}) {
        QTemporaryDir dir;
        const std::filesystem::path path = dir.path().toStdString();
        QVERIFY(cli(standin, path,
                    {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Demo#HRLD"),
                     QStringLiteral("--platform"), QStringLiteral("euw1")})
                    .code == 0);
        QProcess victim;
        victim.setProcessEnvironment(cliEnvironment(standin, standin::StandinOptions().apiKey));
        victim.start(QStringLiteral(HERALD_CLI_PATH), {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("sync"),
                                                       QStringLiteral("--concurrency"), QStringLiteral("4")});
        QVERIFY(victim.waitForStarted());
        if (point < 0) {
            QTest::qWait(-point);
        } else {
            QDeadlineTimer deadline(120'000);
            while (queryInt(path, "SELECT count(*) FROM matches") < point && !deadline.hasExpired() &&
                   victim.state() == QProcess::Running) {
                QTest::qWait(5);
            }
        }
        QVERIFY2(victim.state() == QProcess::Running, qPrintable(QStringLiteral("finished before %1").arg(point)));
        victim.kill(); // SIGKILL
        victim.waitForFinished();

        const auto before = storedIds(path);
        const auto servedBefore = standin.stats().matchServed;
        QCOMPARE(queryInt(path, "SELECT count(*) FROM matches m JOIN sync_queue q USING (match_id)"), std::int64_t{0});
        const CliRun resumed = cli(standin, path, {QStringLiteral("sync")});
        QVERIFY2(resumed.code == 0, (resumed.out + resumed.err).c_str());
        const auto after = storedIds(path);
        QCOMPARE(after.size(), ids.size()); // nothing lost
        QCOMPARE(queryInt(path, "SELECT count(DISTINCT match_id) FROM matches"), std::int64_t(ids.size()));
        QCOMPARE(queryInt(path, "SELECT count(*) FROM sync_queue"), std::int64_t{0});
        QCOMPARE(queryInt(path, "SELECT coalesce(sum(participant_count), 0) FROM matches"),
                 queryInt(path, "SELECT count(*) FROM match_participants"));
        // The resumed sync fetched only what was not stored.
        const auto servedAfter = standin.stats().matchServed;
        for (const auto& [id, times] : servedAfter) {
            const int earlier = servedBefore.count(id) != 0 ? servedBefore.at(id) : 0;
            if (times > earlier) {
                QVERIFY2(before.count(id) == 0, (id + " was stored and fetched again").c_str());
            }
        }
        const CliRun check = cli(standin, path, {QStringLiteral("check")});
        QVERIFY2(check.code == 0, (check.out + check.err).c_str());
        QVERIFY(check.out.find("ok") != std::string::npos);
    }
}

void TestSync::cliSyncPrintsSummaryAndKeepsTheKeySecret() {
    standin::RiotStandin standin(generous());
    standin.loadDemoHistory(30, 12);
    QTemporaryDir dir;
    const std::filesystem::path path = dir.path().toStdString();
    const std::string key = standin::StandinOptions().apiKey;
    std::string everything;
    auto run = [&](QStringList args) {
        CliRun r = cli(standin, path, args);
        everything += r.out + r.err;
        return r;
    };
    QCOMPARE(run({QStringLiteral("sync")}).code, 1); // nothing followed yet
    const CliRun add = run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("demo#hrld"),
                            QStringLiteral("--platform"), QStringLiteral("EUW1")});
    QVERIFY2(add.code == 0, add.err.c_str());
    QVERIFY(add.out.find("Following Demo#HRLD on euw1") != std::string::npos);
    QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Demo#HRLD")}).code, 2);
    QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Demo#HRLD"),
                  QStringLiteral("--platform"), QStringLiteral("xx9")})
                 .code,
             2);
    QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("--concurrency"), QStringLiteral("0")}).code, 2);
    const CliRun synced = run({QStringLiteral("sync"), QStringLiteral("--max"), QStringLiteral("20")});
    QVERIFY2(synced.code == 0, synced.err.c_str());
    QVERIFY2(synced.out.find("Demo#HRLD: 20 new match(es)") != std::string::npos, synced.out.c_str());
    QVERIFY(synced.out.find("request(s)") != std::string::npos);
    QVERIFY2(synced.out.find("Game data: Data Dragon 13.24.1") != std::string::npos, synced.out.c_str());
    QVERIFY(synced.out.find("Demo#HRLD: fetching (20)") != std::string::npos); // one line per step off a terminal
    // Icons after the matches, not before them.
    QVERIFY(synced.out.find("Game data:") > synced.out.find("Demo#HRLD: 20 new match(es)"));
    {
        // Data Dragon out of reach: one line says so, the matches come all the same.
        QTemporaryDir away;
        QProcessEnvironment env = cliEnvironment(standin, key);
        env.insert(QStringLiteral("HERALD_DDRAGON_BASE_URL"), QStringLiteral("http://127.0.0.1:1"));
        auto inAway = [&](const QStringList& args) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(HERALD_CLI_PATH),
                          QStringList{QStringLiteral("--data-dir"), away.path()} + args);
            process.waitForFinished(120'000);
            return CliRun{process.exitCode(), process.readAllStandardOutput().toStdString(),
                          process.readAllStandardError().toStdString()};
        };
        QCOMPARE(inAway({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Demo#HRLD"),
                         QStringLiteral("--platform"), QStringLiteral("euw1")})
                     .code,
                 0);
        const CliRun outage = inAway({QStringLiteral("sync"), QStringLiteral("--max"), QStringLiteral("5")});
        QVERIFY2(outage.code == 0, outage.err.c_str());
        QVERIFY2(outage.out.find("5 new match(es)") != std::string::npos, outage.out.c_str());
        std::size_t lines = 0;
        for (std::size_t at = outage.err.find("game data"); at != std::string::npos;
             at = outage.err.find("game data", at + 1)) {
            ++lines;
        }
        QVERIFY2(lines == 1, outage.err.c_str());
    }
    const CliRun rest = run({QStringLiteral("sync"), QStringLiteral("--account"), QStringLiteral("DEMO#hrld"),
                             QStringLiteral("--full"), QStringLiteral("--no-timelines")});
    QVERIFY2(rest.code == 0, rest.err.c_str());
    QVERIFY2(rest.out.find("10 new match(es), 0 timeline(s)") != std::string::npos, rest.out.c_str());
    const CliRun list =
        run({QStringLiteral("accounts"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(list.code, 0);
    const auto doc = nlohmann::json::parse(list.out);
    QCOMPARE(doc["rows"][0][0].get<std::string>(), std::string("Demo#HRLD"));
    QCOMPARE(doc["columns"][2].get<std::string>(), std::string("source"));
    QCOMPARE(doc["rows"][0][2].get<std::string>(), std::string("riot")); // resolved with the key
    QCOMPARE(doc["rows"][0][3].get<int>(), 30);
    QVERIFY(doc["rows"][0][6].get<std::string>().find("RANKED_SOLO_5x5 CHALLENGER I 1119 LP") != std::string::npos);

    // The key is nowhere: not in the store (database, WAL, backups), settings, or anything printed.
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
        if (!entry.is_regular_file()) {
            continue;
        }
        std::ifstream in(entry.path(), std::ios::binary);
        std::string bytes(static_cast<std::size_t>(entry.file_size()), '\0');
        in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        QVERIFY2(bytes.find(key) == std::string::npos, entry.path().c_str());
        QVERIFY(bytes.find(key.substr(6, 20)) == std::string::npos);
    }
    QVERIFY(everything.find(key) == std::string::npos);

    const CliRun removed = run({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("demo#HRLD")});
    QCOMPARE(removed.code, 0);
    QCOMPARE(queryInt(path, "SELECT count(*) FROM accounts"), std::int64_t{0});
    QCOMPARE(queryInt(path, "SELECT count(*) FROM matches"), std::int64_t{30}); // the matches stay
    QCOMPARE(run({QStringLiteral("accounts"), QStringLiteral("remove"), QStringLiteral("demo#HRLD")}).code, 1);
}

void TestSync::dataDragonRefreshesGameDataAndIcons() {
    standin::RiotStandin standin(generous());
    test::TempStore temp;
    sync::HttpClient http(8);
    sync::DataDragonConfig config;
    config.ddragonBase = standin.ddragonBaseUrl();
    config.staticBase = standin.staticBaseUrl();
    sync::DataDragon dragon(*temp.store, http, config);
    auto first = dragon.refresh();
    QVERIFY2(first, first ? "" : first.error().message.c_str());
    QVERIFY(!first->upToDate);
    QCOMPARE(first->version, std::string("13.24.1")); // the newest of versions.json
    const int champions = static_cast<int>(gamedata::GameData::builtin().champions().size());
    QCOMPARE(first->champions, champions);
    QCOMPARE(first->items, 435); // Data Dragon 13.22.1's item.json
    QCOMPARE(first->spells, 18); // summoner.json
    QCOMPARE(first->runes, 68);  // runesReforged.json: 5 trees and their 63 runes
    // No icon before the matches: a sync fetches them after its games, for the champions they use.
    QCOMPARE(first->iconsFetched, 0);
    QCOMPARE(first->itemIconsFetched, 0);
    std::vector<ingest::NamedPayload> kr{{test::kKrMatch, test::readFixture(test::kKrMatch)}};
    QCOMPARE(ingest::Importer(temp.store->writer()).importPayloads(kr).imported, 1);
    QVERIFY(dragon.fetchIcons(first.value()));
    QCOMPARE(first->iconsFetched, 10);      // the ten champions of the stored game, not all of them
    QCOMPARE(first->itemIconsFetched, 435); // every item of item.json, for the match page's builds
    QVERIFY(std::filesystem::exists(first->itemIconDir / "3006.png"));
    QCOMPARE(first->itemIconDir, temp.path() / "cache" / "item-icons" / "13.22.1");
    QVERIFY(std::filesystem::exists(first->iconDir / "Kaisa.png"));
    QVERIFY(!std::filesystem::exists(first->iconDir / "MonkeyKing.png")); // no stored game has Wukong
    QCOMPARE(first->iconDir, temp.path() / "cache" / "champion-icons" / "13.22.1");
    auto reader = temp.store->openReader();
    const auto data = gamedata::GameData::fromStore(reader.value());
    QCOMPARE(data.itemName(1001), std::string("Boots"));
    QCOMPARE(data.itemName(3006), std::string("Berserker's Greaves"));
    QCOMPARE(data.spell(4)->name, std::string("Flash"));
    QCOMPARE(data.rune(8112)->name, std::string("Electrocute"));
    QCOMPARE(data.rune(8100)->name, std::string("Domination"));
    QCOMPARE(data.queueName(420), std::string("Ranked Solo"));
    QCOMPARE(data.championByKey("MonkeyKing")->name, std::string("Wukong"));
    QCOMPARE(queryInt(reader.value(), "SELECT count(*) FROM game_configs"), std::int64_t{6});

    // Within a day: nothing fetched but the missing icons (none).
    const auto before = standin.stats().gameDataRequests;
    auto second = dragon.refresh();
    QVERIFY(second);
    QVERIFY(second->upToDate);
    QVERIFY(dragon.fetchIcons(second.value()));
    QCOMPARE(second->iconsCached, 10);
    QCOMPARE(second->itemIconsCached, 435);
    QCOMPARE(second->itemIconsFetched, 0);
    QCOMPARE(standin.stats().gameDataRequests, before);
    QCOMPARE(standin.stats().keySentToGameData, std::uint64_t{0}); // Data Dragon never sees the key

    // Offline: a clear error, and the bundled snapshot still names everything.
    test::TempStore offline;
    config.ddragonBase = "http://127.0.0.1:1";
    sync::DataDragon unreachable(*offline.store, http, config);
    auto failed = unreachable.refresh();
    QVERIFY(!failed);
    QVERIFY(failed.error().message.find("Data Dragon: http://127.0.0.1:1/api/versions.json") != std::string::npos);
    auto offlineReader = offline.store->openReader();
    const auto bundled = gamedata::GameData::fromStore(offlineReader.value());
    QCOMPARE(bundled.championByKey("MonkeyKing")->name, std::string("Wukong"));
    // Other spellings of a key find the champion too: one display name everywhere.
    QCOMPARE(bundled.championByKey("KaiSa")->name, std::string("Kai'Sa"));
    QCOMPARE(bundled.championByKey("Kai'Sa")->name, std::string("Kai'Sa"));
    QVERIFY(bundled.championByKey("'") == nullptr);
    QCOMPARE(bundled.queueName(450), std::string("ARAM"));
    // The bundled snapshot (Data Dragon 15.22.1) names items, summoner spells and runes too.
    QCOMPARE(bundled.itemName(3006), std::string("Berserker's Greaves"));
    QCOMPARE(bundled.spell(14)->name, std::string("Ignite"));
    QCOMPARE(bundled.rune(8005)->name, std::string("Press the Attack"));
    QVERIFY(bundled.itemCount() > 600);
}

namespace {

// A table's rows as one sorted text per row: two stores compared table by table, whatever their rowids.
std::multiset<std::string> rowsOf(const std::filesystem::path& dataDir, const std::string& sql) {
    std::multiset<std::string> rows;
    auto db = store::Database::open(store::databasePath(dataDir), store::Database::Mode::ReadOnly);
    if (!db) {
        rows.insert("cannot open: " + db.error().message);
        return rows;
    }
    store::Statement stmt(db.value(), sql);
    while (stmt.step()) {
        rows.insert(stmt.columnText(0));
    }
    return rows;
}

} // namespace

void TestSync::killLoopAcrossEveryWriterLosesNothing() {
    // Every writer killed (SIGKILL) at random moments, at least 12 landed kills each: import, sync, rebuild and
    // backup create. After each kill the store passes its integrity check; after all of them, resuming each piece
    // of work leaves exactly the store an undisturbed run makes, and the player's own rows (a note, a setting, a
    // template) are all there.
    standin::RiotStandin standin(generous());
    standin.loadDemoHistory(120, 8);
    standin.setLatency(5ms);
    QTemporaryDir scratch;
    const std::filesystem::path payloads = std::filesystem::path(scratch.path().toStdString()) / "payloads";
    std::filesystem::create_directories(payloads);
    {
        demo::DemoOptions options;
        options.matches = 160;
        options.seed = 5;
        demo::DemoGenerator generator(options);
        std::vector<ingest::NamedPayload> out;
        while (generator.next(out)) {
        }
        for (const auto& payload : out) {
            test::writeFile(payloads / payload.name.substr(payload.name.rfind('/') + 1), payload.bytes);
        }
    }
    const QString templateFile = scratch.filePath(QStringLiteral("mine.json"));
    const std::filesystem::path reference = std::filesystem::path(scratch.path().toStdString()) / "reference";
    const std::filesystem::path victimDir = std::filesystem::path(scratch.path().toStdString()) / "victim";

    const QStringList importArgs = {QStringLiteral("import"), QString::fromStdString(payloads.string())};
    const QStringList syncArgs = {QStringLiteral("sync"), QStringLiteral("--concurrency"), QStringLiteral("4")};
    const QStringList rebuildArgs = {QStringLiteral("rebuild")};
    const QStringList backupArgs = {QStringLiteral("backup"), QStringLiteral("create")};
    auto playerData = [&](const std::filesystem::path& dir) {
        QVERIFY(cli(standin, dir, {QStringLiteral("templates"), QStringLiteral("import"), templateFile}).code == 0);
        auto db = store::Database::open(store::databasePath(dir), store::Database::Mode::ReadWrite);
        QVERIFY(db.ok());
        db->execScript("INSERT INTO match_notes (match_id, note, tags, updated_at) SELECT match_id, 'focus on "
                       "waves', 'laning', 7 FROM matches ORDER BY match_id LIMIT 1; INSERT OR REPLACE INTO "
                       "user_settings (key, value) VALUES ('ui.theme', 'dark');");
    };

    // The reference: every piece of work once, undisturbed; each one timed for the kill points.
    QVERIFY(cli(standin, reference,
                {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Demo#HRLD"),
                 QStringLiteral("--platform"), QStringLiteral("euw1")})
                .code == 0);
    QVERIFY(cli(standin, reference,
                {QStringLiteral("templates"), QStringLiteral("export"), QStringLiteral("overview"),
                 QStringLiteral("-o"), templateFile})
                .code == 0);
    std::map<QString, qint64> took;
    for (const QStringList& work : {importArgs, syncArgs, rebuildArgs, backupArgs}) {
        QElapsedTimer clock;
        clock.start();
        const CliRun run = cli(standin, reference, work);
        QVERIFY2(run.code == 0, (run.out + run.err).c_str());
        took[work.front()] = clock.elapsed();
        if (work == syncArgs) {
            playerData(reference);
        }
    }

    QVERIFY(cli(standin, victimDir,
                {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Demo#HRLD"),
                 QStringLiteral("--platform"), QStringLiteral("euw1")})
                .code == 0);
    std::mt19937 random(20261130);
    int landed = 0;
    for (const QStringList& work : {importArgs, syncArgs, rebuildArgs, backupArgs}) {
        const qint64 duration = std::max<qint64>(took[work.front()], 40);
        int kills = 0;
        for (int attempt = 0; kills < 12 && attempt < 60; ++attempt) {
            if (work == syncArgs) {
                // New games to fetch for every sync, so each one is killed amid work, not after it.
                standin.addNewerMatches(demo::demoAccount().puuid, 12);
            }
            QProcess victim;
            victim.setProcessEnvironment(cliEnvironment(standin, standin::StandinOptions().apiKey));
            QStringList args = work;
            args.prepend(QString::fromStdString(victimDir.string()));
            args.prepend(QStringLiteral("--data-dir"));
            victim.start(QStringLiteral(HERALD_CLI_PATH), args);
            QVERIFY(victim.waitForStarted());
            // Anywhere from the start to the end of an undisturbed run (work already done makes later runs
            // shorter, so the points spread over what is left).
            const int delay = std::uniform_int_distribution<int>(5, static_cast<int>(duration * 9 / 10))(random);
            victim.waitForFinished(delay);
            if (victim.state() == QProcess::Running) {
                victim.kill(); // SIGKILL
                ++kills;
            }
            victim.waitForFinished();
            const CliRun check = cli(standin, victimDir, {QStringLiteral("check")});
            QVERIFY2(check.code == 0, (work.front().toStdString() + " killed after " + std::to_string(delay) +
                                       " ms: " + check.out + check.err)
                                          .c_str());
        }
        QVERIFY2(kills >= 12, qPrintable(work.front() + QStringLiteral(": %1 kills landed").arg(kills)));
        landed += kills;
        const CliRun resumed = cli(standin, victimDir, work);
        QVERIFY2(resumed.code == 0, (resumed.out + resumed.err).c_str());
        if (work == syncArgs) {
            playerData(victimDir);
        }
    }
    QVERIFY(landed >= 48);
    // The reference fetches the games added meanwhile (undisturbed) and re-derives them as the victim did.
    QVERIFY(cli(standin, reference, syncArgs).code == 0);
    QVERIFY(cli(standin, reference, rebuildArgs).code == 0);

    // The same store as the undisturbed run: every match once, every derived row, the player's rows.
    QCOMPARE(queryInt(victimDir, "SELECT count(*) FROM matches"), queryInt(reference, "SELECT count(*) FROM matches"));
    QVERIFY(queryInt(victimDir, "SELECT count(*) FROM matches") >= 280 + 12 * 12);
    for (const char* sql :
         {"SELECT match_id || ' ' || participant_count || ' ' || payload_hash || ' ' || coalesce(timeline_hash, '') "
          "FROM matches",
          "SELECT m.match_id || ' ' || p.participant_id || ' ' || p.puuid || ' ' || p.kills || ' ' || "
          "coalesce(p.gold_diff_10, '') FROM match_participants p JOIN matches m ON m.id = p.match_ref",
          "SELECT m.match_id || ' ' || count(*) FROM participant_frames f JOIN matches m ON m.id = f.match_ref GROUP "
          "BY m.match_id",
          "SELECT m.match_id || ' ' || count(*) FROM match_timeline t JOIN matches m ON m.id = t.match_ref GROUP BY "
          "m.match_id",
          "SELECT match_id || ' ' || note || ' ' || tags FROM match_notes",
          "SELECT key || '=' || value FROM user_settings WHERE key NOT LIKE 'sync.%'",
          "SELECT name FROM analytics_templates", "SELECT game_name || '#' || tag_line FROM accounts",
          "SELECT puuid || ' ' || champion_name || ' ' || queue_id || ' ' || games || ' ' || wins FROM "
          "champion_performance"}) {
        const auto mine = rowsOf(victimDir, sql);
        QVERIFY2(mine == rowsOf(reference, sql), sql);
        QVERIFY2(!mine.empty(), sql);
    }
    QCOMPARE(queryInt(victimDir, "SELECT count(*) FROM sync_queue"), std::int64_t{0});
    QCOMPARE(queryInt(victimDir, "SELECT count(*) FROM pending_timelines"), std::int64_t{0});
    // Killed backups left no partial file, and every backup that got its name verifies.
    for (const auto& entry : std::filesystem::directory_iterator(victimDir / "backups")) {
        const std::string name = entry.path().filename().string();
        QVERIFY2(name.find(".partial") == std::string::npos, name.c_str());
        if (entry.path().extension() == ".db") {
            const CliRun verified = cli(
                standin, victimDir,
                {QStringLiteral("backup"), QStringLiteral("verify"), QString::fromStdString(entry.path().string())});
            QVERIFY2(verified.code == 0, (name + ": " + verified.err).c_str());
        }
    }
    qInfo("kill loop: %d kills landed", landed);
}

void TestSync::backupWhileASyncWritesThenRestore() {
    // Backups taken while `herald-cli sync` commits match after match: each is one consistent state (every match
    // whole, verified), in between the store before and after the sync; restoring one brings back exactly its
    // tables.
    standin::RiotStandin standin(generous());
    const auto ids = standin.loadDemoHistory(160, 9);
    standin.setLatency(25ms);
    QTemporaryDir dir;
    const std::filesystem::path path = dir.path().toStdString();
    QVERIFY(cli(standin, path,
                {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Demo#HRLD"),
                 QStringLiteral("--platform"), QStringLiteral("euw1")})
                .code == 0);
    QProcess syncing;
    syncing.setProcessEnvironment(cliEnvironment(standin, standin::StandinOptions().apiKey));
    syncing.start(QStringLiteral(HERALD_CLI_PATH), {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("sync"),
                                                    QStringLiteral("--concurrency"), QStringLiteral("2")});
    QVERIFY(syncing.waitForStarted());
    std::vector<std::filesystem::path> backups;
    std::vector<std::int64_t> matchesInBackup;
    QDeadlineTimer deadline(120'000);
    while (backups.size() < 3 && !deadline.hasExpired()) {
        if (queryInt(path, "SELECT count(*) FROM matches") < 20 * std::int64_t(backups.size() + 1)) {
            QTest::qWait(20);
            continue;
        }
        const CliRun made = cli(
            standin, path,
            {QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(made.code == 0, made.err.c_str());
        QVERIFY2(syncing.state() == QProcess::Running, "the sync finished before the backup: nothing was proven");
        const auto doc = nlohmann::json::parse(made.out);
        backups.emplace_back(doc["file"].get<std::string>());
        matchesInBackup.push_back(doc["rows"]["matches"].get<std::int64_t>());
    }
    QVERIFY(syncing.waitForFinished(120'000));
    QCOMPARE(syncing.exitCode(), 0);
    QCOMPARE(backups.size(), std::size_t{3});
    QCOMPARE(queryInt(path, "SELECT count(*) FROM matches"), std::int64_t(ids.size()));
    for (std::size_t i = 0; i < backups.size(); ++i) {
        // A snapshot in the middle of the sync, every match whole, and it verifies.
        QVERIFY(matchesInBackup[i] > 0 && matchesInBackup[i] < std::int64_t(ids.size()));
        auto db = store::Database::open(backups[i], store::Database::Mode::ReadOnly);
        QVERIFY(db.ok());
        QCOMPARE(queryInt(db.value(), "SELECT count(*) FROM matches"), matchesInBackup[i]);
        QCOMPARE(queryInt(db.value(), "SELECT coalesce(sum(participant_count), 0) FROM matches"),
                 queryInt(db.value(), "SELECT count(*) FROM match_participants"));
        QCOMPARE(queryInt(db.value(), "SELECT count(*) FROM matches m LEFT JOIN match_payloads p ON p.match_ref = "
                                      "m.id WHERE p.match_ref IS NULL"),
                 std::int64_t{0});
        const CliRun verified =
            cli(standin, path,
                {QStringLiteral("backup"), QStringLiteral("verify"), QString::fromStdString(backups[i].string())});
        QVERIFY2(verified.code == 0, verified.err.c_str());
    }
    QVERIFY(matchesInBackup[0] < matchesInBackup[2]);
    // Restore the middle one: every table of the store is the backup's.
    const CliRun restored =
        cli(standin, path,
            {QStringLiteral("backup"), QStringLiteral("restore"), QString::fromStdString(backups[1].string())});
    QVERIFY2(restored.code == 0, (restored.out + restored.err).c_str());
    const QString differences = test::tableDifferences(store::databasePath(path), backups[1]);
    QVERIFY2(differences.isEmpty(), qPrintable(differences));
    QCOMPARE(queryInt(path, "SELECT count(*) FROM matches"), matchesInBackup[1]);
    // A sync after the restore fetches what the backup did not have.
    const CliRun resumed = cli(standin, path, {QStringLiteral("sync")});
    QVERIFY2(resumed.code == 0, (resumed.out + resumed.err).c_str());
    QCOMPARE(queryInt(path, "SELECT count(*) FROM matches"), std::int64_t(ids.size()));
}

QTEST_GUILESS_MAIN(TestSync)
#include "test_sync.moc"
