// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets and where they go: base URLs judged as libcurl parses them (user-info, upper-case schemes, IPv6 literals,
// localhost., 127.1, percent-encoded hosts, trailing dots), with a listener on 127.0.0.2 counting what reaches it
// from the command line and the clients; a relay sync that outlives 2-second tokens; a Herald session that stays
// with the server that issued it, and a refused HERALD_TOKEN that forgets only itself.
#include "demo/demogenerator.h"
#include "engine/syncengine.h"
#include "herald/credentials.h"
#include "herald/heraldclient.h"
#include "heraldstandin.h"
#include "http/baseurl.h"
#include "http/httpclient.h"
#include "riot/riotclient.h"
#include "riotstandin.h"
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <future>
#include <httplib.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>
#include <thread>

using namespace herald;
using namespace std::chrono_literals;

namespace {

constexpr const char* kEmail = "ana@example.org";
constexpr const char* kPassword = "correct horse battery staple";
constexpr const char* kKey = "RGAPI-trust-0000-key";

// Any HTTP server on 127.0.0.2 (another address than the stand-ins'): counts every request and keeps what it got.
class Listener {
public:
    Listener() {
        m_server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
            std::lock_guard lock(m_mutex);
            ++m_requests;
            for (const auto& [name, value] : req.headers) {
                m_seen += name + ": " + value + "\n";
            }
            m_seen += req.body + "\n";
            res.status = 200;
            res.set_content("{}", "application/json");
            return httplib::Server::HandlerResponse::Handled;
        });
        m_port = m_server.bind_to_any_port("127.0.0.2");
        m_thread = std::thread([this] { m_server.listen_after_bind(); });
        while (!m_server.is_running()) {
            std::this_thread::sleep_for(1ms);
        }
    }
    ~Listener() {
        m_server.stop();
        m_thread.join();
    }
    int port() const { return m_port; }
    int requests() const {
        std::lock_guard lock(m_mutex);
        return m_requests;
    }
    std::string seen() const {
        std::lock_guard lock(m_mutex);
        return m_seen;
    }

private:
    httplib::Server m_server;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    int m_port = 0;
    int m_requests = 0;
    std::string m_seen;
};

// The forms of a URL that must not carry a secret to 127.0.0.2:PORT behind a loopback-looking prefix.
std::vector<std::string> hostileForms(int port) {
    const std::string p = std::to_string(port);
    return {"http://127.0.0.1:1@127.0.0.2:" + p,       "http://localhost:x@127.0.0.2:" + p,
            "HTTP://127.0.0.1:1@127.0.0.2:" + p,       "http://@127.0.0.2:" + p,
            "http://127.0.0.1\\@127.0.0.2:" + p,       "http://[::1]:1@127.0.0.2:" + p + "/",
            "http://%31%32%37.0.0.1:1@127.0.0.2:" + p, "hTTp://localhost.:@127.0.0.2:" + p};
}

struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};

CliRun cli(const QStringList& args, const std::map<QString, QString>& env, const QString& input = {}) {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"HERALD_RIOT_API_KEY", "HERALD_RIOT_BASE_URL", "HERALD_SERVER_URL", "HERALD_TOKEN",
                             "HERALD_PASSWORD", "HERALD_EMAIL"}) {
        environment.remove(QString::fromLatin1(name));
    }
    for (const auto& [name, value] : env) {
        environment.insert(name, value);
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HERALD_CLI_PATH), args);
    if (!input.isEmpty()) {
        process.write(input.toUtf8());
    }
    process.closeWriteChannel();
    process.waitForFinished(120'000);
    return {process.exitCode(), process.readAllStandardOutput().toStdString(),
            process.readAllStandardError().toStdString()};
}

standin::StandinOptions generous() {
    standin::StandinOptions options;
    options.appLimits = "500:1,30000:600";
    options.methodLimits = "2000:10";
    return options;
}

sync::server::ServerOptions serverOptions(const std::string& baseUrl) {
    sync::server::ServerOptions options;
    options.baseUrl = baseUrl;
    options.timeout = 5s;
    options.backoffBase = 50ms;
    return options;
}

} // namespace

class TestTrust : public QObject {
    Q_OBJECT

private slots:
    void baseUrlsAreJudgedAsLibcurlParsesThem();
    void secretsNeverReachAnotherHost();
    void relaySyncOutlivesItsTokens();
    void aSessionStaysWithItsServer();
    void exportNeverReplacesAFifoOrAFolder();
    void aTemplateThatValidatesAlsoRuns();
};

void TestTrust::baseUrlsAreJudgedAsLibcurlParsesThem() {
    struct Case {
        const char* url;
        sync::Secrets secrets;
        const char* code;   // "" when accepted
        const char* normal; // the URL requests are built from, when accepted
    };
    using sync::Secrets;
    const Case cases[] = {
        {"http://127.0.0.1:1@127.0.0.2:18080", Secrets::Sent, "url.user_info", ""},
        {"http://localhost:x@127.0.0.2", Secrets::Sent, "url.user_info", ""},
        {"HTTP://127.0.0.1:1@127.0.0.2", Secrets::Sent, "url.user_info", ""},
        {"http://@127.0.0.1/", Secrets::Sent, "url.user_info", ""},
        {"https://user@api.herald.lol", Secrets::Sent, "url.user_info", ""},
        {"http://u:p@ddragon.example", Secrets::None, "url.user_info", ""},
        {"http://127.0.0.1\\@127.0.0.2/", Secrets::Sent, "url.user_info", ""},
        {"HTTP://127.0.0.1:8080/", Secrets::Sent, "", "http://127.0.0.1:8080"},
        {"http://LocalHost:9/api/", Secrets::Sent, "", "http://localhost:9/api"},
        {"http://[::1]:8080", Secrets::Sent, "", "http://[::1]:8080"},
        {"http://[0:0:0:0:0:0:0:1]/", Secrets::Sent, "", "http://[::1]"},
        {"http://[::ffff:127.0.0.2]/", Secrets::Sent, "url.insecure", ""},
        {"http://[::1%25lo]/", Secrets::Sent, "url.invalid", ""},
        {"http://localhost./", Secrets::Sent, "url.insecure", ""},
        {"http://127.0.0.1./", Secrets::Sent, "url.insecure", ""},
        {"http://foo.localhost/", Secrets::Sent, "url.insecure", ""},
        {"http://127.1:9", Secrets::Sent, "", "http://127.0.0.1:9"},
        {"http://0x7f.1/", Secrets::Sent, "", "http://127.0.0.1"},
        {"http://2130706433/", Secrets::Sent, "", "http://127.0.0.1"},
        {"http://%31%32%37.0.0.2:5/", Secrets::Sent, "", "http://127.0.0.2:5"},
        {"http://%31%30.0.0.1/", Secrets::Sent, "url.insecure", ""},
        {"http://%65vil.example/", Secrets::Sent, "url.insecure", ""},
        {"http://evil.invalid", Secrets::Sent, "url.insecure", ""},
        {"http://evil.invalid", Secrets::None, "", "http://evil.invalid"},
        {"https://evil.example/x/", Secrets::Sent, "", "https://evil.example/x"},
        {"https://api.herald.lol:443", Secrets::Sent, "", "https://api.herald.lol"},
        {"ftp://127.0.0.1/", Secrets::Sent, "url.scheme", ""},
        {"file:///etc/passwd", Secrets::None, "url.scheme", ""},
        {"http://127.0.0.1/?x=1", Secrets::Sent, "url.query", ""},
        {"http://127.0.0.1/#x", Secrets::Sent, "url.query", ""},
        {"http:127.0.0.1", Secrets::Sent, "url.invalid", ""},
        {"http://127.0.0.1 /", Secrets::Sent, "url.invalid", ""},
        {"", Secrets::None, "url.invalid", ""},
    };
    for (const Case& c : cases) {
        const auto checked = sync::checkBaseUrl(c.url, "TEST_URL", c.secrets);
        const std::string label = std::string(c.url) + (c.secrets == Secrets::Sent ? " (secrets)" : "");
        if (*c.code == '\0') {
            QVERIFY2(checked, (label + ": " + (checked ? "" : checked.error().message)).c_str());
            QCOMPARE(checked->url, std::string(c.normal));
        } else {
            QVERIFY2(!checked, label.c_str());
            QVERIFY2(checked.error().code == c.code, (label + ": " + checked.error().code).c_str());
            QVERIFY2(checked.error().message.rfind("TEST_URL is", 0) == 0, checked.error().message.c_str());
            // A password in the URL is never repeated.
            QVERIFY2(checked.error().message.find(":x@") == std::string::npos &&
                         checked.error().message.find("u:p@") == std::string::npos,
                     checked.error().message.c_str());
        }
    }
    QVERIFY(sync::isLoopbackHost("127.255.0.9"));
    QVERIFY(!sync::isLoopbackHost("127.0.0"));
    QVERIFY(!sync::isLoopbackHost("127.0.0.256"));
    QVERIFY(!sync::isLoopbackHost("128.0.0.1"));
    QVERIFY(!sync::isLoopbackHost("127.0.0.1.evil"));
}

void TestTrust::secretsNeverReachAnotherHost() {
    Listener listener;
    QTemporaryDir dataDir;
    QTemporaryDir config;
    const QString data = dataDir.path();
    // The listener answers what reaches it: a plain URL to it works (it is this machine), so zero below means
    // nothing was sent.
    {
        sync::HttpClient http(1);
        std::promise<sync::HttpOutcome> done;
        auto answer = done.get_future();
        sync::HttpRequest request;
        request.url = "http://127.0.0.2:" + std::to_string(listener.port()) + "/probe";
        http.send(std::move(request), [&done](sync::HttpOutcome outcome) { done.set_value(std::move(outcome)); });
        QVERIFY(answer.get().ok());
        QCOMPARE(listener.requests(), 1);
    }
    int attempts = 0;
    for (const std::string& url : hostileForms(listener.port())) {
        const QString base = QString::fromStdString(url);
        // The Riot key: accounts add.
        const CliRun run = cli({QStringLiteral("--data-dir"), data, QStringLiteral("accounts"), QStringLiteral("add"),
                                QStringLiteral("Name#TAG"), QStringLiteral("--platform"), QStringLiteral("euw1")},
                               {{QStringLiteral("HERALD_RIOT_API_KEY"), QString::fromLatin1(kKey)},
                                {QStringLiteral("HERALD_RIOT_BASE_URL"), base}});
        ++attempts;
        QVERIFY2(run.code == 1, (url + ": " + run.out + run.err).c_str());
        QVERIFY2(run.err.find("HERALD_RIOT_BASE_URL is") != std::string::npos, run.err.c_str());
        QVERIFY(run.err.find(kKey) == std::string::npos && run.out.find(kKey) == std::string::npos);
        // The Herald password: login.
        const CliRun login = cli({QStringLiteral("--data-dir"), data, QStringLiteral("login"),
                                  QStringLiteral("--email"), QString::fromLatin1(kEmail)},
                                 {{QStringLiteral("HERALD_SERVER_URL"), base},
                                  {QStringLiteral("XDG_CONFIG_HOME"), config.path()},
                                  {QStringLiteral("HERALD_PASSWORD"), QString::fromLatin1(kPassword)}});
        ++attempts;
        QCOMPARE(login.code, 1);
        QVERIFY2(login.err.find("the Herald server is") != std::string::npos, (url + ": " + login.err).c_str());
        QVERIFY(login.err.find(kPassword) == std::string::npos);

        // The clients themselves, whoever built their settings.
        sync::riot::RiotConfig riot;
        riot.apiKey = kKey;
        riot.baseUrl = url;
        sync::riot::RiotClient client(riot);
        std::promise<sync::riot::RiotResult> got;
        auto result = got.get_future();
        client.get(sync::riot::matchById("EUW1_1", *sync::riot::findPlatform("euw1")),
                   [&got](sync::riot::RiotResult r) { got.set_value(std::move(r)); });
        const auto refused = result.get();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error->kind, sync::riot::RiotError::Kind::Unauthorized);
        sync::server::MemoryCredentialStore memory;
        sync::server::HeraldClient herald(serverOptions(url), memory);
        QVERIFY(!herald.login(kEmail, kPassword));
        QVERIFY(!herald.relayConfig());
        attempts += 2;
    }
    QCOMPARE(listener.requests(), 1); // the probe alone
    QVERIFY(listener.seen().find(kKey) == std::string::npos);
    QVERIFY(listener.seen().find(kPassword) == std::string::npos);
    qInfo("%d attempts through %zu hostile URL forms, %d reached 127.0.0.2", attempts,
          hostileForms(listener.port()).size(), listener.requests() - 1);
}

void TestTrust::relaySyncOutlivesItsTokens() {
    // Access tokens that live 2 seconds and a slow Riot behind the relay: the sync meets token_expired again and
    // again, renews each time, and stores every match; no message speaks of an API key.
    standin::RiotStandin riot(generous());
    const auto ids = riot.loadDemoHistory(60, 11);
    riot.setLatency(120ms);
    standin::HeraldStandin server(riot, standin::StandinOptions().apiKey);
    server.addUser(kEmail, kPassword, "Ana");
    server.setAccessTokenLifetime(2s);
    sync::server::MemoryCredentialStore credentials;
    sync::server::HeraldClient client(serverOptions(server.baseUrl()), credentials);
    QVERIFY(client.login(kEmail, kPassword));
    QVERIFY(client.addAccount("Demo", "HRLD", "euw1"));

    test::TempStore temp;
    auto config = client.relayConfig();
    QVERIFY2(config, config ? "" : config.error().message.c_str());
    config->timeout = 10s;
    config->backoffBase = 50ms;
    config->maxConcurrent = 4;
    sync::SyncEngine engine(*temp.store, config.value());
    auto account = engine.addAccount({"Demo", "HRLD"}, *sync::riot::findPlatform("euw1"));
    QVERIFY2(account, account ? "" : account.error().message.c_str());
    auto summary = engine.sync(account->puuid, {});
    QVERIFY2(summary, summary ? "" : summary.error().message.c_str());
    std::string issues;
    for (const auto& issue : summary->errors) {
        issues += issue.text() + "\n";
    }
    QVERIFY2(summary->failed == 0 && summary->errors.empty(), issues.c_str());
    QCOMPARE(summary->newMatches, 60);
    auto db = temp.store->openReader();
    QCOMPARE(db->queryInt("SELECT count(*) FROM matches"), std::int64_t{60});
    const auto stats = server.stats();
    QVERIFY2(stats.expiredAnswers >= 2, std::to_string(stats.expiredAnswers).c_str());
    QVERIFY(stats.refreshes >= 2);
    qInfo("relay sync of %zu matches: %llu token_expired answers, %llu renewals", ids.size(),
          static_cast<unsigned long long>(stats.expiredAnswers), static_cast<unsigned long long>(stats.refreshes));

    // A session that cannot be renewed ends the sync with words about the session, never about a key.
    server.revokeRefreshTokens();
    server.expireAccessTokens();
    riot.addNewerMatches(demo::demoAccount().puuid, 3);
    auto ended = engine.sync(account->puuid, {});
    const std::string said = ended ? "" : ended.error().message;
    QVERIFY2(said.find("API key") == std::string::npos, said.c_str());
}

void TestTrust::aSessionStaysWithItsServer() {
    standin::RiotStandin riotA(generous());
    standin::RiotStandin riotB(generous());
    standin::HeraldStandin a(riotA, standin::StandinOptions().apiKey);
    standin::HeraldStandin b(riotB, standin::StandinOptions().apiKey);
    a.addUser(kEmail, kPassword, "Ana");
    b.addUser(kEmail, kPassword, "Ana");
    QTemporaryDir config;
    const std::filesystem::path file = std::filesystem::path(config.path().toStdString()) / "credentials";
    qunsetenv("HERALD_TOKEN");
    {
        sync::server::FileCredentialStore saved(file);
        sync::server::HeraldClient client(serverOptions(a.baseUrl()), saved);
        QVERIFY(client.login(kEmail, kPassword));
    }
    const std::string session = test::readFile(file);
    QVERIFY(session.rfind(a.baseUrl() + " ", 0) == 0); // the origin, then the token

    // Another server: told to sign in there; nothing of the session reaches it.
    {
        sync::server::FileCredentialStore saved(file);
        sync::server::HeraldClient other(serverOptions(b.baseUrl()), saved);
        auto refused = other.accounts();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, std::string("server.other_server"));
        QVERIFY2(refused.error().message.find("sign in to that server") != std::string::npos,
                 refused.error().message.c_str());
        QCOMPARE(b.stats().requests, std::uint64_t{0});
    }
    QCOMPARE(test::readFile(file), session);

    // A refused HERALD_TOKEN forgets itself, not the saved session.
    qputenv("HERALD_TOKEN", "bogus");
    {
        sync::server::FileCredentialStore fromEnvironment(file);
        sync::server::HeraldClient client(serverOptions(a.baseUrl()), fromEnvironment);
        auto refused = client.accounts();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, std::string("server.signed_out"));
    }
    qunsetenv("HERALD_TOKEN");
    QCOMPARE(test::readFile(file), session);
    {
        sync::server::FileCredentialStore saved(file);
        sync::server::HeraldClient client(serverOptions(a.baseUrl()), saved);
        auto accounts = client.accounts();
        QVERIFY2(accounts, accounts ? "" : accounts.error().message.c_str());
    }

    // A session saved by an older Herald (no origin) is not sent anywhere: sign in again.
    test::writeFile(file, session.substr(session.find(' ') + 1));
    {
        sync::server::FileCredentialStore saved(file);
        sync::server::HeraldClient client(serverOptions(a.baseUrl()), saved);
        const auto before = a.stats().requests;
        auto refused = client.accounts();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, std::string("server.sign_in_again"));
        QCOMPARE(a.stats().requests, before);
    }
}

void TestTrust::exportNeverReplacesAFifoOrAFolder() {
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QCOMPARE(cli({QStringLiteral("--data-dir"), data, QStringLiteral("demo"), QStringLiteral("--matches"),
                  QStringLiteral("5")},
                 {})
                 .code,
             0);
    const std::filesystem::path fifo = std::filesystem::path(dir.path().toStdString()) / "pipe";
    QCOMPARE(::mkfifo(fifo.c_str(), 0600), 0);
    const std::filesystem::path folder = std::filesystem::path(dir.path().toStdString()) / "folder.csv";
    std::filesystem::create_directory(folder);
    for (const auto& [target, said] :
         {std::pair{fifo, "is a FIFO (named pipe), not a file"}, std::pair{folder, "is a folder, not a file"}}) {
        for (const QStringList& words :
             {QStringList{QStringLiteral("export"), QStringLiteral("data"), QStringLiteral("--dataset"),
                          QStringLiteral("matches"), QStringLiteral("--format"), QStringLiteral("csv")},
              QStringList{QStringLiteral("templates"), QStringLiteral("export"), QStringLiteral("overview")}}) {
            QStringList args = words;
            args << QStringLiteral("-o") << QString::fromStdString(target.string()) << QStringLiteral("--force");
            args.prepend(data);
            args.prepend(QStringLiteral("--data-dir"));
            const CliRun run = cli(args, {});
            QVERIFY2(run.code != 0, (target.string() + ": " + run.out + run.err).c_str());
            QVERIFY2(run.err.find(said) != std::string::npos, run.err.c_str());
        }
    }
    QVERIFY(std::filesystem::is_fifo(fifo));
    QVERIFY(std::filesystem::is_directory(folder));
    QVERIFY(std::filesystem::is_empty(folder));
}

void TestTrust::aTemplateThatValidatesAlsoRuns() {
    // Filters the query compiler refuses are refused by validation, with the compiler's own words.
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    QCOMPARE(cli({QStringLiteral("--data-dir"), data, QStringLiteral("demo"), QStringLiteral("--matches"),
                  QStringLiteral("5")},
                 {})
                 .code,
             0);
    const CliRun shown = cli({QStringLiteral("--data-dir"), data, QStringLiteral("templates"), QStringLiteral("show"),
                              QStringLiteral("overview")},
                             {});
    QCOMPARE(shown.code, 0);
    const nlohmann::json overview = nlohmann::json::parse(shown.out);
    const std::pair<nlohmann::json, const char*> cases[] = {
        {{{"since", "-99999999999d"}}, "since=-99999999999d: expected -Nd or -Nw"},
        {{{"since", "2026-13-45"}}, "since: '2026-13-45' is not a date"},
        {{{"until", "yesterday"}}, "until: 'yesterday' is not a date"},
        {{{"queue", nlohmann::json::array({"420; DROP TABLE matches"})}},
         "queue=420; DROP TABLE matches: expected a number"},
        {{{"last", "0"}}, "last takes a number of games, at least 1"},
        {{{"with", nlohmann::json::array()}}, "must be a string, an integer or a list of them"},
    };
    // A template's name is printed with the same escaping as every table: no terminal control, no bidi override.
    {
        nlohmann::json named = overview;
        named["id"] = "named";
        named["name"] = "Mine \u202E<script>\x1b[2J";
        const QString file = dir.filePath(QStringLiteral("named.json"));
        test::writeFile(file.toStdString(), named.dump());
        for (const QStringList& words : {QStringList{QStringLiteral("templates"), QStringLiteral("import"), file},
                                         QStringList{QStringLiteral("templates"), QStringLiteral("list")}}) {
            const CliRun run = cli(QStringList{QStringLiteral("--data-dir"), data} + words, {});
            QCOMPARE(run.code, 0);
            QVERIFY2(run.out.find("Mine \\u202E<script>\\x1B[2J") != std::string::npos, run.out.c_str());
            QVERIFY(run.out.find("\xE2\x80\xAE") == std::string::npos && run.out.find('\x1b') == std::string::npos);
        }
    }
    // login --help names no setting that nothing reads.
    const CliRun help = cli({QStringLiteral("login"), QStringLiteral("--help")}, {});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.find("herald_server_url") == std::string::npos);
    QVERIFY(help.out.find("HERALD_SERVER_URL") != std::string::npos);
    int n = 0;
    for (const auto& [filters, said] : cases) {
        for (const bool onWidget : {false, true}) {
            nlohmann::json changed = overview;
            changed["id"] = "mine-" + std::to_string(++n);
            (onWidget ? changed["widgets"][1]["filters"] : changed["filters"]) = filters;
            const QString file = dir.filePath(QStringLiteral("t%1.json").arg(n));
            test::writeFile(file.toStdString(), changed.dump());
            for (const char* action : {"validate", "import"}) {
                const CliRun run = cli({QStringLiteral("--data-dir"), data, QStringLiteral("templates"),
                                        QString::fromLatin1(action), file},
                                       {});
                QVERIFY2(run.code == 1, (std::string(action) + " " + filters.dump() + ": " + run.out).c_str());
                QVERIFY2(run.err.find(said) != std::string::npos, (filters.dump() + ": " + run.err).c_str());
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestTrust)
#include "test_trust.moc"
