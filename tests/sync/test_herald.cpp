// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Herald server's client (sync/herald) against the loopback stand-in of docs/HERALD-API.md: sign-in, token
// expiry and rotation, a failed refresh; a relay sync equal to a direct one; the LP history merged once; Retry-After;
// the command line (login, accounts add --source herald, sync, ranks, logout) with the tokens nowhere they must
// not be.
#include "demo/demogenerator.h"
#include "engine/syncengine.h"
#include "herald/benchmarks.h"
#include "herald/credentials.h"
#include "herald/heraldclient.h"
#include "herald/serversync.h"
#include "heraldstandin.h"
#include "riot/routing.h"
#include "riotstandin.h"
#include "store/database.h"
#include "store/profiles.h"
#include "store/settings.h"
#include "templates/templatestore.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sys/stat.h>

using namespace herald;
using namespace std::chrono_literals;

namespace {

constexpr const char* kEmail = "ana@example.org";
constexpr const char* kPassword = "correct horse battery staple";

standin::StandinOptions generous() {
    standin::StandinOptions options;
    options.appLimits = "500:1,30000:600";
    options.methodLimits = "2000:10";
    return options;
}

sync::server::ServerOptions serverOptions(const standin::HeraldStandin& server) {
    sync::server::ServerOptions options;
    options.baseUrl = server.baseUrl();
    options.timeout = 5s;
    options.backoffBase = 50ms;
    return options;
}

std::int64_t queryInt(const std::filesystem::path& dataDir, const std::string& sql) {
    auto db = store::Database::open(store::databasePath(dataDir), store::Database::Mode::ReadOnly);
    if (!db) {
        return -1;
    }
    store::Statement stmt(db.value(), sql);
    return stmt.step() ? stmt.columnInt64(0) : -1;
}

} // namespace

class TestHerald : public QObject {
    Q_OBJECT

private slots:
    void signInRefreshesOnceAndEndsCleanly();
    void relaySyncStoresWhatADirectSyncStores();
    void lpHistoryIsMergedOnce();
    void busyServerIsWaitedForAndAPostIsNeverRepeatedBlindly();
    void commandLineSignsInSyncsAndKeepsTokensSecret();
    void publishedTemplatesStayInStepAndConflictsKeepBoth();
    void sharedTemplatesAreBrowsedByPageAndPulled();
    void settingsMergeOnlyWhatChangedHere();
    void championsComeFromTheServerWhenDataDragonIsAway();
    void rankBenchmarksAreCachedWithTheirEtagAndServeOffline();
};

void TestHerald::signInRefreshesOnceAndEndsCleanly() {
    standin::RiotStandin riot(generous());
    standin::HeraldStandin server(riot, standin::StandinOptions().apiKey);
    server.addUser(kEmail, kPassword, "Ana");
    sync::server::MemoryCredentialStore credentials;
    sync::server::HeraldClient client(serverOptions(server), credentials);

    auto refused = client.login(kEmail, "wrong");
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, std::string("server.invalid_credentials"));
    QCOMPARE(refused.error().message, std::string("Wrong email or password.")); // the server's words
    QVERIFY(!credentials.refreshToken());

    auto user = client.login(kEmail, kPassword);
    QVERIFY2(user, user ? "" : user.error().message.c_str());
    QCOMPARE(user->displayName, std::string("Ana"));
    const auto firstRefresh = credentials.refreshToken();
    QVERIFY(firstRefresh.has_value());
    QVERIFY(client.accounts().ok());

    // The access token expires: one refresh, the call once more, and the refresh token has rotated.
    server.expireAccessTokens();
    auto accounts = client.accounts();
    QVERIFY2(accounts, accounts ? "" : accounts.error().message.c_str());
    QCOMPARE(server.stats().refreshes, std::uint64_t{1});
    QCOMPARE(server.stats().expiredAnswers, std::uint64_t{1});
    QVERIFY(credentials.refreshToken() != firstRefresh);

    // The refresh is refused too: signed out, said plainly, the dead token forgotten.
    server.expireAccessTokens();
    server.revokeRefreshTokens();
    auto gone = client.accounts();
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, std::string("server.signed_out"));
    QVERIFY(gone.error().message.find("sign in again") != std::string::npos);
    QVERIFY(!credentials.refreshToken());
    for (const auto& token : server.issuedTokens()) {
        QVERIFY(gone.error().message.find(token) == std::string::npos);
        QVERIFY(refused.error().message.find(token) == std::string::npos);
    }

    // An unreachable server is named, not confused with a refusal.
    sync::server::ServerOptions nowhere = serverOptions(server);
    nowhere.baseUrl = "http://127.0.0.1:9";
    nowhere.maxRetries = 0;
    sync::server::HeraldClient offline(nowhere, credentials);
    auto unreachable = offline.login(kEmail, kPassword);
    QVERIFY(!unreachable);
    QCOMPARE(unreachable.error().code, std::string("server.unreachable"));
}

// Through the relay, with a Bearer token and no key, the store ends up exactly as with an own key.
void TestHerald::relaySyncStoresWhatADirectSyncStores() {
    standin::RiotStandin riot(generous());
    riot.loadDemoHistory(60, 3);
    standin::HeraldStandin server(riot, standin::StandinOptions().apiKey);
    server.addUser(kEmail, kPassword, "Ana");
    sync::server::MemoryCredentialStore credentials;
    sync::server::HeraldClient client(serverOptions(server), credentials);
    QVERIFY(client.login(kEmail, kPassword).ok());
    auto registered = client.addAccount("Demo", "HRLD", "euw1");
    QVERIFY2(registered, registered ? "" : registered.error().message.c_str());
    QCOMPARE(registered->puuid, demo::demoAccount().puuid);

    auto syncInto = [&](test::TempStore& temp, sync::riot::RiotConfig config) -> Result<sync::SyncSummary> {
        config.timeout = 5s;
        config.backoffBase = 50ms;
        sync::SyncEngine engine(*temp.store, config);
        auto account = engine.addAccount({"Demo", "HRLD"}, *sync::riot::findPlatform("euw1"));
        if (!account) {
            return account.error();
        }
        return engine.sync(account->puuid, {});
    };
    test::TempStore direct;
    sync::riot::RiotConfig own;
    own.apiKey = standin::StandinOptions().apiKey;
    own.baseUrl = riot.baseUrl();
    auto first = syncInto(direct, own);
    QVERIFY2(first, first ? "" : first.error().message.c_str());

    test::TempStore relayed;
    sync::riot::RiotConfig relay;
    relay.bearerToken = client.accessToken().value();
    relay.baseUrl = client.relayBaseUrl();
    auto second = syncInto(relayed, relay);
    QVERIFY2(second, second ? "" : second.error().message.c_str());
    QCOMPARE(second->newMatches, first->newMatches);
    QCOMPARE(second->timelines, first->timelines);
    QVERIFY(server.stats().relayed > 60);
    for (const char* sql :
         {"SELECT count(*) FROM matches", "SELECT sum(kills + deaths * 3 + assists * 7) FROM match_participants",
          "SELECT count(*) FROM participant_frames", "SELECT count(*) FROM match_timeline",
          "SELECT sum(game_creation % 1000003) FROM matches"}) {
        QCOMPARE(queryInt(relayed.path(), sql), queryInt(direct.path(), sql));
    }
    QCOMPARE(queryInt(relayed.path(), "SELECT count(*) FROM accounts WHERE resolved_by = 'relay'"), std::int64_t{1});
    // The relay's requests carried the Bearer token; the server used its own key upstream.
    for (const auto& header : server.stats().authHeaders) {
        QVERIFY(header.rfind("Bearer ", 0) == 0);
    }
}

void TestHerald::lpHistoryIsMergedOnce() {
    standin::RiotStandin riot(generous());
    standin::HeraldStandin server(riot, standin::StandinOptions().apiKey);
    server.addUser(kEmail, kPassword, "Ana");
    const std::string puuid = demo::demoAccount().puuid;
    server.addRank({puuid, "RANKED_SOLO_5x5", "GOLD", "II", 57, 40, 38, "2026-11-02T18:20:00Z"});
    server.addRank({puuid, "RANKED_SOLO_5x5", "GOLD", "I", 12, 42, 38, "2026-11-03T18:20:00Z"});
    server.addRank({puuid, "RANKED_FLEX_SR", "SILVER", "I", 80, 10, 9, "2026-11-03T19:00:00+01:00"});
    sync::server::MemoryCredentialStore credentials;
    sync::server::HeraldClient client(serverOptions(server), credentials);
    QVERIFY(client.login(kEmail, kPassword).ok());
    test::TempStore temp;
    auto merged = sync::server::mergeServerRanking(*temp.store, client, puuid);
    QVERIFY2(merged, merged ? "" : merged.error().message.c_str());
    QCOMPARE(merged.value(), 3);
    QCOMPARE(sync::server::mergeServerRanking(*temp.store, client, puuid).value(), 0); // nothing twice
    server.addRank({puuid, "RANKED_SOLO_5x5", "PLATINUM", "IV", 0, 44, 38, "2026-11-05T10:00:00Z"});
    QCOMPARE(sync::server::mergeServerRanking(*temp.store, client, puuid).value(), 1);
    auto reader = temp.store->openReader();
    const auto history = store::rankHistory(reader.value(), puuid).value();
    QCOMPARE(history.size(), std::size_t(4));
    QCOMPARE(history[0].queue, std::string("RANKED_FLEX_SR"));
    QCOMPARE(history[0].observedAt, std::int64_t{1'793'728'800'000}); // 19:00+01:00 = 2026-11-03 18:00Z
    QCOMPARE(history.back().tier, std::string("PLATINUM"));
    // The second merge asked only for what came after the first.
    bool askedSince = false;
    for (const auto& path : server.stats().paths) {
        askedSince = askedSince || path.find("/ranking/") != std::string::npos;
    }
    QVERIFY(askedSince);
}

void TestHerald::busyServerIsWaitedForAndAPostIsNeverRepeatedBlindly() {
    standin::RiotStandin riot(generous());
    riot.loadDemoHistory(5, 3);
    standin::HeraldStandin server(riot, standin::StandinOptions().apiKey);
    server.addUser(kEmail, kPassword, "Ana");
    sync::server::MemoryCredentialStore credentials;
    sync::server::HeraldClient client(serverOptions(server), credentials);
    QVERIFY(client.login(kEmail, kPassword).ok());

    // 503 with Retry-After: 1 on a GET: waited for, then answered.
    server.injectStatus("/me/accounts", 503, 1);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.accounts().ok());
    QVERIFY(timer.elapsed() >= 950);

    // 429 on a POST: the server said it did nothing, so asking again repeats nothing; one account in the end.
    server.injectStatus("/me/accounts", 429, 1);
    const auto postsBefore = server.stats().posts;
    QVERIFY(client.addAccount("Demo", "HRLD", "euw1").ok());
    QCOMPARE(server.stats().posts - postsBefore, std::uint64_t{2});
    QCOMPARE(client.accounts().value().size(), std::size_t(1));

    // A maintenance longer than the client waits: reported as busy, not waited out.
    server.injectStatus("/me/accounts", 503, 3600);
    auto busy = client.accounts();
    QVERIFY(!busy);
    QCOMPARE(busy.error().code, std::string("server.busy"));
}

// herald-cli login / accounts add --source herald / sync / ranks / logout, as a player runs them.
void TestHerald::commandLineSignsInSyncsAndKeepsTokensSecret() {
    standin::RiotStandin riot(generous());
    riot.loadDemoHistory(25, 4);
    standin::HeraldStandin server(riot, standin::StandinOptions().apiKey);
    server.addUser(kEmail, kPassword, "Ana");
    server.addRank({demo::demoAccount().puuid, "RANKED_SOLO_5x5", "GOLD", "II", 57, 40, 38, "2026-11-02T18:20:00Z"});
    QTemporaryDir dataDir;
    QTemporaryDir config;
    std::string everything;
    auto run = [&](QStringList args, const QString& input = {}, bool withPassword = true, const QString& ddragon = {}) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HERALD_SERVER_URL"), QString::fromStdString(server.baseUrl()));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.remove(QStringLiteral("HERALD_RIOT_API_KEY"));
        env.remove(QStringLiteral("HERALD_TOKEN"));
        env.insert(QStringLiteral("HERALD_DDRAGON_BASE_URL"),
                   ddragon.isEmpty() ? QString::fromStdString(riot.ddragonBaseUrl()) : ddragon);
        env.insert(QStringLiteral("HERALD_RIOT_STATIC_BASE_URL"), QString::fromStdString(riot.staticBaseUrl()));
        if (withPassword) {
            env.insert(QStringLiteral("HERALD_PASSWORD"), QString::fromLatin1(kPassword));
        } else {
            env.remove(QStringLiteral("HERALD_PASSWORD"));
        }
        args.prepend(dataDir.path());
        args.prepend(QStringLiteral("--data-dir"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HERALD_CLI_PATH), args);
        if (!input.isEmpty()) {
            process.write(input.toUtf8());
        }
        process.closeWriteChannel();
        process.waitForFinished(180'000);
        const std::string out = process.readAllStandardOutput().toStdString();
        const std::string err = process.readAllStandardError().toStdString();
        everything += out + err;
        return std::tuple<int, std::string, std::string>(process.exitCode(), out, err);
    };
    // Before signing in: a relay account is refused with the way out.
    auto [code0, out0, err0] = run({QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("Demo#HRLD"),
                                    QStringLiteral("--platform"), QStringLiteral("euw1"), QStringLiteral("--source"),
                                    QStringLiteral("herald")});
    QCOMPARE(code0, 1);
    QVERIFY2(err0.find("herald-cli login") != std::string::npos, err0.c_str());

    auto [badCode, badOut, badErr] =
        run({QStringLiteral("login"), QStringLiteral("--email"), QString::fromLatin1(kEmail)},
            QStringLiteral("not it\n"), false);
    QCOMPARE(badCode, 1);
    QVERIFY2(badErr.find("Wrong email or password.") != std::string::npos, badErr.c_str());

    auto [loginCode, loginOut, loginErr] =
        run({QStringLiteral("login"), QStringLiteral("--email"), QString::fromLatin1(kEmail)},
            QString::fromLatin1(kPassword) + QLatin1Char('\n'), false);
    QVERIFY2(loginCode == 0, loginErr.c_str());
    QVERIFY(loginOut.find("Signed in") != std::string::npos);
    QVERIFY(loginOut.find("credentials") != std::string::npos); // said once where the session lives
    const auto credentials = std::filesystem::path(config.path().toStdString()) / "herald" / "credentials";
    QVERIFY(std::filesystem::exists(credentials));
    struct stat info {};
    QCOMPARE(::stat(credentials.c_str(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);

    auto [addCode, addOut, addErr] = run(
        {QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("demo#hrld"), QStringLiteral("--platform"),
         QStringLiteral("euw1"), QStringLiteral("--source"), QStringLiteral("herald")});
    QVERIFY2(addCode == 0, addErr.c_str());
    auto [syncCode, syncOut, syncErr] = run({QStringLiteral("sync"), QStringLiteral("--no-gamedata")});
    QVERIFY2(syncCode == 0, (syncOut + syncErr).c_str());
    QVERIFY2(syncOut.find("Demo#HRLD: 25 new match(es)") != std::string::npos, syncOut.c_str());
    QVERIFY2(syncOut.find("1 LP snapshot(s) from the Herald server") != std::string::npos, syncOut.c_str());
    QCOMPARE(queryInt(dataDir.path().toStdString(), "SELECT count(*) FROM matches"), std::int64_t{25});

    auto [ranksCode, ranksOut, ranksErr] =
        run({QStringLiteral("ranks"), QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(ranksCode == 0, ranksErr.c_str());
    const auto ranks = nlohmann::json::parse(ranksOut);
    QCOMPARE(ranks["columns"][0].get<std::string>(), std::string("queue"));
    bool gold = false;
    for (const auto& row : ranks["rows"]) {
        gold = gold || (row[1] == "GOLD" && row[3] == 57 && row[6] == "2026-11-02T18:20:00Z");
    }
    QVERIFY2(gold, ranksOut.c_str());
    // A second sync merges nothing twice; Data Dragon out of reach, the champions come through the server.
    auto [againCode, againOut, againErr] =
        run({QStringLiteral("sync")}, {}, true, QStringLiteral("http://127.0.0.1:9"));
    QVERIFY2(againErr.find("champions from the Herald server instead: version 13.24.1") != std::string::npos,
             againErr.c_str());
    QCOMPARE(
        queryInt(dataDir.path().toStdString(), "SELECT count(*) FROM ranking_history WHERE tier = 'GOLD' AND lp = 57"),
        std::int64_t{1});

    // No token in the data folder, in anything printed; the password neither.
    const auto tokens = server.issuedTokens();
    QVERIFY(tokens.size() >= 2);
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dataDir.path().toStdString())) {
        if (entry.is_regular_file()) {
            const std::string bytes = test::readFile(entry.path());
            for (const auto& token : tokens) {
                QVERIFY2(bytes.find(token) == std::string::npos, entry.path().c_str());
            }
            QVERIFY(bytes.find(kPassword) == std::string::npos);
        }
    }
    for (const auto& token : tokens) {
        QVERIFY(everything.find(token) == std::string::npos);
    }
    QVERIFY(everything.find(kPassword) == std::string::npos);

    QCOMPARE(queryInt(dataDir.path().toStdString(), "SELECT count(*) FROM user_sessions WHERE display_name = 'Ana'"),
             std::int64_t{1}); // who and until when; the tokens are not there (checked above)
    auto [outCode, outOut, outErr] = run({QStringLiteral("logout")});
    QVERIFY2(outCode == 0, outErr.c_str());
    QCOMPARE(queryInt(dataDir.path().toStdString(), "SELECT count(*) FROM user_sessions"), std::int64_t{0});
    QVERIFY(!std::filesystem::exists(credentials));
    auto [afterCode, afterOut, afterErr] = run({QStringLiteral("sync"), QStringLiteral("--no-gamedata")});
    QCOMPARE(afterCode, 1);
    QVERIFY2(afterErr.find("herald-cli login") != std::string::npos, afterErr.c_str());
}

namespace {

templates::Template myTemplate(const std::string& id, const std::string& name) {
    templates::Template t = templates::builtinTemplates().front();
    t.id = id;
    t.name = name;
    return t;
}

Status save(test::TempStore& temp, const templates::Template& t) {
    return temp.store->writer().submit<Ok>([t](store::Database& db) { return templates::saveTemplate(db, t); }).get();
}

std::vector<templates::StoredTemplate> local(test::TempStore& temp) {
    auto reader = temp.store->openReader();
    auto all = templates::listTemplates(reader.value());
    std::vector<templates::StoredTemplate> out;
    if (all) {
        for (auto& t : all.value()) {
            if (!t.readOnly()) {
                out.push_back(std::move(t));
            }
        }
    }
    return out;
}

} // namespace

// Publish, update, a change on both sides (the server's kept, ours copied under a dated name), another device
// receiving it, a deletion and a change made offline both replayed when the server answers again.
void TestHerald::publishedTemplatesStayInStepAndConflictsKeepBoth() {
    standin::RiotStandin riot(generous());
    standin::HeraldStandin server(riot, standin::StandinOptions().apiKey);
    server.addUser(kEmail, kPassword, "Ana");
    sync::server::MemoryCredentialStore credentials;
    sync::server::ServerOptions options = serverOptions(server);
    options.maxRetries = 1;
    sync::server::HeraldClient client(options, credentials);
    QVERIFY(client.login(kEmail, kPassword).ok());
    test::TempStore laptop;
    QVERIFY(save(laptop, myTemplate("mine", "Mine")).ok());
    QVERIFY(save(laptop, myTemplate("private", "Not published")).ok());

    auto published = sync::server::publishTemplate(*laptop.store, client, "mine", false);
    QVERIFY2(published, published ? "" : published.error().message.c_str());
    QVERIFY(published->sent);
    QCOMPARE(server.templates().size(), std::size_t(1)); // the unpublished one stays here
    QCOMPARE(server.templates()[0].name, std::string("Mine"));
    QVERIFY(!server.templates()[0].shared);

    // A change here goes out with If-Match.
    QVERIFY(save(laptop, myTemplate("mine", "Mine, renamed")).ok());
    auto synced = sync::server::syncTemplates(*laptop.store, client);
    QVERIFY(synced);
    QCOMPARE(synced->sent, 1);
    QCOMPARE(server.templates()[0].name, std::string("Mine, renamed"));
    QCOMPARE(server.templates()[0].etag, std::string("\"r2\""));

    // Changed on the desktop and on the laptop: 412; the server's version wins here, ours is kept as a copy.
    server.editTemplateElsewhere(published->remoteId, "Renamed on the desktop");
    QVERIFY(save(laptop, myTemplate("mine", "Renamed on the laptop")).ok());
    synced = sync::server::syncTemplates(*laptop.store, client);
    QVERIFY2(synced, synced ? "" : synced.error().message.c_str());
    QCOMPARE(synced->conflicts.size(), std::size_t(1));
    QVERIFY(synced->conflicts[0].rfind("Renamed on the laptop (conflict 20", 0) == 0);
    QCOMPARE(server.templates()[0].name, std::string("Renamed on the desktop")); // never overwritten
    std::set<std::string> names;
    for (const auto& t : local(laptop)) {
        names.insert(t.document.name);
    }
    QVERIFY(names.count("Renamed on the desktop") == 1);
    QVERIFY(names.count(synced->conflicts[0]) == 1);

    // Another device receives it.
    test::TempStore desktop;
    auto received = sync::server::syncTemplates(*desktop.store, client);
    QVERIFY(received);
    QCOMPARE(received->received, 1);
    QCOMPARE(local(desktop).size(), std::size_t(1));
    QCOMPARE(local(desktop)[0].document.name, std::string("Renamed on the desktop"));

    // Offline: a change and a deletion wait in the store, then go out when the server answers again.
    server.setDown(true);
    QVERIFY(save(desktop, myTemplate(local(desktop)[0].document.id, "Changed offline")).ok());
    QVERIFY(!sync::server::syncTemplates(*desktop.store, client));
    QCOMPARE(sync::server::deleteServerTemplate(*laptop.store, client, published->remoteId).ok(), true); // queued
    server.setDown(false);
    auto replayed = sync::server::syncTemplates(*desktop.store, client);
    QVERIFY2(replayed, replayed ? "" : replayed.error().message.c_str());
    QCOMPARE(replayed->sent, 1);
    QCOMPARE(server.templates()[0].name, std::string("Changed offline"));
    auto deletions = sync::server::syncTemplates(*laptop.store, client);
    QVERIFY2(deletions, deletions ? "" : deletions.error().message.c_str());
    QCOMPARE(deletions->deleted, 1);
    QVERIFY(server.templates().empty());
}

void TestHerald::sharedTemplatesAreBrowsedByPageAndPulled() {
    standin::RiotStandin riot(generous());
    standin::HeraldStandin server(riot, standin::StandinOptions().apiKey);
    server.addUser(kEmail, kPassword, "Ana");
    for (int i = 1; i <= 25; ++i) {
        templates::Template t =
            myTemplate("shared-" + std::to_string(i), (i % 5 == 0 ? "Jungle plan " : "Laning ") + std::to_string(i));
        server.addSharedTemplate(templates::serializeTemplate(t), "Player" + std::to_string(i));
    }
    sync::server::MemoryCredentialStore credentials;
    sync::server::HeraldClient client(serverOptions(server), credentials);
    QVERIFY(client.login(kEmail, kPassword).ok());
    auto first = sync::server::browseTemplates(client, "", 1);
    QVERIFY(first);
    QCOMPARE(first->items.size(), std::size_t(20));
    QCOMPARE(first->total, std::int64_t{25});
    auto second = sync::server::browseTemplates(client, "", 2);
    QCOMPARE(second->items.size(), std::size_t(5));
    auto jungle = sync::server::browseTemplates(client, "jungle PLAN", 1);
    QCOMPARE(jungle->items.size(), std::size_t(5));
    test::TempStore temp;
    auto pulled = sync::server::pullTemplate(*temp.store, client, jungle->items[0].id);
    QVERIFY2(pulled, pulled ? "" : pulled.error().message.c_str());
    QCOMPARE(pulled->name, jungle->items[0].name);
    QCOMPARE(local(temp).size(), std::size_t(1));
    QCOMPARE(sync::server::pullTemplate(*temp.store, client, "t999").error().code, std::string("server.not_found"));
}

// The settings of the contract: what changed here goes out, what changed elsewhere comes in; a 412 re-reads and
// applies only our changes again.
void TestHerald::settingsMergeOnlyWhatChangedHere() {
    standin::RiotStandin riot(generous());
    standin::HeraldStandin server(riot, standin::StandinOptions().apiKey);
    server.addUser(kEmail, kPassword, "Ana");
    sync::server::MemoryCredentialStore credentials;
    sync::server::HeraldClient client(serverOptions(server), credentials);
    QVERIFY(client.login(kEmail, kPassword).ok());
    test::TempStore temp;
    auto set = [&](const std::string& key, const std::string& value) {
        return temp.store->writer()
            .submit<Ok>([key, value](store::Database& db) -> Result<Ok> {
                store::setSetting(db, key, value);
                return Ok{};
            })
            .get();
    };
    auto get = [&](const std::string& key) {
        auto reader = temp.store->openReader();
        return store::getSetting(reader.value(), key).value().value_or("");
    };
    QVERIFY(set("ui.theme", "light").ok());
    auto first = sync::server::syncSettings(*temp.store, client);
    QVERIFY2(first, first ? "" : first.error().message.c_str());
    QCOMPARE(server.settingsOf(kEmail)["ui.theme"], std::string("light"));

    // Elsewhere: French. Here: streamer mode. Both end up on both sides.
    server.setSettingElsewhere(kEmail, "ui.language", "fr");
    QVERIFY(set(std::string(store::kStreamerModeSetting), "1").ok());
    auto second = sync::server::syncSettings(*temp.store, client);
    QVERIFY(second);
    QCOMPARE(get("ui.language"), std::string("fr"));
    QCOMPARE(server.settingsOf(kEmail)[std::string(store::kStreamerModeSetting)], std::string("1"));

    // A change elsewhere lands between our read and our write: 412, read again, ours applied again, theirs kept.
    server.setSettingElsewhereBeforeNextPut(kEmail, "ui.theme", "dark");
    QVERIFY(set("sync.concurrency", "4").ok());
    auto third = sync::server::syncSettings(*temp.store, client);
    QVERIFY2(third, third ? "" : third.error().message.c_str());
    const auto remote = server.settingsOf(kEmail);
    QCOMPARE(remote.at("sync.concurrency"), std::string("4"));
    QCOMPARE(remote.at("ui.theme"), std::string("dark"));
    QCOMPARE(get("ui.theme"), std::string("dark"));
    QCOMPARE(get("ui.language"), std::string("fr"));
}

void TestHerald::championsComeFromTheServerWhenDataDragonIsAway() {
    standin::RiotStandin riot(generous());
    standin::HeraldStandin server(riot, standin::StandinOptions().apiKey);
    server.addUser(kEmail, kPassword, "Ana");
    sync::server::MemoryCredentialStore credentials;
    sync::server::HeraldClient client(serverOptions(server), credentials);
    QVERIFY(client.login(kEmail, kPassword).ok());
    test::TempStore temp;
    auto first = sync::server::refreshChampionsFromServer(*temp.store, client);
    QVERIFY2(first, first ? "" : first.error().message.c_str());
    QCOMPARE(first.value(), std::string("13.24.1"));
    QCOMPARE(queryInt(temp.path(), "SELECT count(*) FROM game_configs WHERE name IN ('versions', 'champions') AND "
                                   "version = '13.24.1'"),
             std::int64_t{2});
    QCOMPARE(sync::server::refreshChampionsFromServer(*temp.store, client).value(), std::string()); // up to date
}

QTEST_GUILESS_MAIN(TestHerald)
#include "test_herald.moc"

void TestHerald::rankBenchmarksAreCachedWithTheirEtagAndServeOffline() {
    standin::RiotStandin riot(generous());
    standin::HeraldStandin server(riot, standin::StandinOptions().apiKey);
    server.addUser(kEmail, kPassword, "Ana");
    const char* middle = R"({"cs_per_min":{"p10":4.1,"p25":5.0,"p50":5.9,"p75":6.7,"p90":7.4,"mean":5.8},)"
                         R"("avg_deaths":{"p10":2,"p25":3.5,"p50":5,"p75":6.5,"p90":8,"mean":5},)"
                         R"("first_blood_rate":{"p10":0,"p25":0,"p50":0,"p75":1,"p90":1,"mean":0.2}})";
    server.setCohort(420, "GOLD", "MIDDLE", "", 183402, middle);
    server.setCohort(420, "GOLD", "TOP", "", 640, middle); // too few games to be served
    sync::server::MemoryCredentialStore credentials;
    sync::server::HeraldClient client(serverOptions(server), credentials);
    test::TempStore temp;
    sync::server::CohortKey key;
    key.tier = "GOLD";
    key.role = "MIDDLE";
    // Signed out: refused with a code the caller falls back on, and nothing asked of /benchmarks.
    const auto signedOut = sync::server::fetchCohort(*temp.store, client, key, 1000);
    QVERIFY(!signedOut);
    QVERIFY2(signedOut.error().code.find("sign") != std::string::npos, signedOut.error().code.c_str());
    QVERIFY(client.login(kEmail, kPassword).ok());

    const auto first = sync::server::fetchCohort(*temp.store, client, key, 1000);
    QVERIFY2(first, first ? "" : first.error().message.c_str());
    QVERIFY(!first->fromCache);
    QCOMPARE(first->cohort.games, std::int64_t{183402});
    QCOMPARE(first->cohort.metrics.size(), std::size_t(2)); // first_blood_rate has no per-game benchmark here
    QCOMPARE(first->cohort.metrics.at("cs_per_min").p50, 5.9);
    // Asked again: If-None-Match, a 304, the stored document.
    const auto again = sync::server::fetchCohort(*temp.store, client, key, 2000);
    QVERIFY(again && !again->fromCache);
    QCOMPARE(again->cohort.metrics.at("avg_deaths").p75, 6.5);
    QCOMPARE(server.stats().notModified, std::uint64_t{1});
    // The server's cohort moves on: a new ETag, the new document replaces the stored one.
    server.setCohort(420, "GOLD", "MIDDLE", "", 190000, middle);
    const auto moved = sync::server::fetchCohort(*temp.store, client, key, 3000);
    QVERIFY(moved);
    QCOMPARE(moved->cohort.games, std::int64_t{190000});
    QCOMPARE(server.stats().notModified, std::uint64_t{1});

    key.role = "TOP";
    const auto small = sync::server::fetchCohort(*temp.store, client, key, 3000);
    QVERIFY(!small);
    QCOMPARE(small.error().code, std::string("server.cohort_too_small"));
    key.tier = "WOOD";
    const auto invalid = sync::server::fetchCohort(*temp.store, client, key, 3000);
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().code, std::string("server.invalid_cohort"));

    // The server down (503 past the retries): the stored cohort, said to come from the cache, with its date.
    server.setDown(true);
    key.tier = "GOLD";
    key.role = "MIDDLE";
    const auto cached = sync::server::fetchCohort(*temp.store, client, key, 4000);
    QVERIFY2(cached, cached ? "" : cached.error().message.c_str());
    QVERIFY(cached->fromCache);
    QCOMPARE(cached->fetchedAt, std::int64_t{3000});
    QCOMPARE(cached->cohort.games, std::int64_t{190000});
    // Once the caller knows the server is away, the cache alone answers, without asking again.
    const auto requests = server.stats().requests;
    const auto known = sync::server::fetchCohort(*temp.store, client, key, 4000, true);
    QVERIFY(known && known->fromCache);
    QCOMPARE(server.stats().requests, requests);
    key.role = "UTILITY"; // never received: the caller compares with the lobbies
    const auto never = sync::server::fetchCohort(*temp.store, client, key, 4000);
    QVERIFY(!never);
    QCOMPARE(never.error().code, std::string("server.busy"));
    QCOMPARE(sync::server::fetchCohort(*temp.store, client, key, 4000, true).error().code,
             std::string("server.not_cached"));
    server.setDown(false);

    // The cohort against a player's lobby benchmark: their value placed between the cohort's quantiles.
    QCOMPARE(analytics::percentileAmong({4.1, 5.0, 5.9, 6.7, 7.4}, 5.9), 50.0);
    QCOMPARE(analytics::percentileAmong({4.1, 5.0, 5.9, 6.7, 7.4}, 6.3), 62.5);
    QCOMPARE(analytics::percentileAmong({4.1, 5.0, 5.9, 6.7, 7.4}, 3.0), 10.0);
    QCOMPARE(analytics::percentileAmong({4.1, 5.0, 5.9, 6.7, 7.4}, 9.0), 90.0);
    QCOMPARE(analytics::percentileAmong({0, 0, 0, 1, 1}, 0.0), 10.0);
    QCOMPARE(analytics::percentileAmong({0, 0, 1, 1, 1}, 0.5), 37.5);
    // The command line: a demo player compared with the GOLD cohorts; roles the server lacks, with the lobbies.
    QTemporaryDir dataDir;
    QTemporaryDir config;
    auto cli = [&](QStringList args, const QString& input = {}) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HERALD_SERVER_URL"), QString::fromStdString(server.baseUrl()));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.remove(QStringLiteral("HERALD_TOKEN"));
        args = QStringList{QStringLiteral("--data-dir"), dataDir.path()} + args;
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HERALD_CLI_PATH), args);
        process.write(input.toUtf8());
        process.closeWriteChannel();
        process.waitForFinished(120'000);
        return std::tuple<int, std::string, std::string>(process.exitCode(),
                                                         process.readAllStandardOutput().toStdString(),
                                                         process.readAllStandardError().toStdString());
    };
    QCOMPARE(std::get<0>(cli({QStringLiteral("demo"), QStringLiteral("--matches"), QStringLiteral("80")})), 0);
    const QStringList ask = {QStringLiteral("benchmark"), QStringLiteral("--account"), QStringLiteral("Demo#HRLD"),
                             QStringLiteral("--source"),  QStringLiteral("server"),    QStringLiteral("--tier"),
                             QStringLiteral("gold"),      QStringLiteral("--format"),  QStringLiteral("json")};
    const auto [outCode, outJson, outErr] = cli(ask); // not signed in: the lobbies, said once
    QVERIFY2(outCode == 0, outErr.c_str());
    QVERIFY2(outErr.find("not signed in to the Herald server") != std::string::npos, outErr.c_str());
    const auto signedOutDoc = nlohmann::json::parse(outJson); // kept: a loop over a temporary's member dangles
    for (const auto& row : signedOutDoc["rows"]) {
        QCOMPARE(row[10].get<std::string>(), std::string("lobby"));
    }
    QCOMPARE(std::get<0>(cli({QStringLiteral("login"), QStringLiteral("--email"), QString::fromLatin1(kEmail)},
                             QString::fromLatin1(kPassword) + QLatin1Char('\n'))),
             0);
    const auto [code, out, err] = cli(ask);
    QVERIFY2(code == 0, err.c_str());
    QVERIFY2(err.find("too few GOLD TOP games") != std::string::npos, err.c_str());
    int gold = 0;
    const auto goldDoc = nlohmann::json::parse(out);
    for (const auto& row : goldDoc["rows"]) {
        const bool isMiddle = row[0] == "MIDDLE";
        QCOMPARE(row[10].get<std::string>(), std::string(isMiddle ? "GOLD" : "lobby"));
        if (isMiddle && row[1] == "cs_per_min") {
            ++gold;
            QCOMPARE(row[4].get<std::int64_t>(), std::int64_t{190000});
            QCOMPARE(row[6].get<double>(), 5.9);
            QCOMPARE(row[8].get<double>(), analytics::percentileAmong({4.1, 5.0, 5.9, 6.7, 7.4}, row[2].get<double>()));
        }
        if (isMiddle && row[1] == "kda") { // the server does not track it: no values
            QVERIFY(row[5].is_null() && row[8].is_null());
        }
    }
    QCOMPARE(gold, 1);
    // Without --tier: the player's latest solo tier of their LP history (the demo's).
    const auto [ranksCode, ranksOut, ranksErr] =
        cli({QStringLiteral("ranks"), QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(ranksCode, 0);
    std::string latestTier;
    for (const auto& row : nlohmann::json::parse(ranksOut)["rows"].get<std::vector<nlohmann::json>>()) {
        latestTier = row[0] == "RANKED_SOLO_5x5" ? row[1].get<std::string>() : latestTier;
    }
    QVERIFY(!latestTier.empty());
    const auto [ownCode, ownOut, ownErr] =
        cli({QStringLiteral("benchmark"), QStringLiteral("--account"), QStringLiteral("Demo#HRLD"),
             QStringLiteral("--source"), QStringLiteral("server"), QStringLiteral("--metrics"),
             QStringLiteral("cs_per_min")});
    QVERIFY2(ownCode == 0, ownErr.c_str());
    QVERIFY2(latestTier == "GOLD" ? ownOut.find("GOLD") != std::string::npos
                                  : ownErr.find("too few " + latestTier + " MIDDLE") != std::string::npos,
             (latestTier + ": " + ownErr).c_str());

    // No token in the cache: it holds documents of other players' aggregates only.
    auto reader = temp.store->openReader();
    store::Statement bodies(reader.value(), "SELECT group_concat(cohort || etag || body) FROM server_benchmarks");
    QVERIFY(bodies.step());
    const std::string all = bodies.columnText(0);
    for (const auto& token : server.issuedTokens()) {
        QVERIFY(all.find(token) == std::string::npos);
    }
}
