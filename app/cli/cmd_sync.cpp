// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "args.h"
#include "commands.h"
#include "engine/datadragon.h"
#include "engine/syncaccounts.h"
#include "engine/syncengine.h"
#include "herald/credentials.h"
#include "herald/heraldclient.h"
#include "herald/serversync.h"
#include "http/httpclient.h"
#include "ingest/rebuild.h"
#include "output.h"
#include "riot/riotclient.h"
#include "store/accounts.h"
#include "store/settings.h"
#include "store/store.h"

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <optional>

namespace herald::cli {

namespace {

std::atomic<sync::SyncEngine*> g_running{nullptr};
std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int) {
    g_interrupted.store(true); // no account starts after Ctrl-C
    if (sync::SyncEngine* engine = g_running.load()) {
        engine->cancel(); // an atomic store: safe in a signal handler
    }
}

std::string clockTime(std::chrono::system_clock::time_point at) {
    const std::time_t seconds = std::chrono::system_clock::to_time_t(at);
    std::tm parts{};
    localtime_r(&seconds, &parts);
    char text[16];
    std::strftime(text, sizeof text, "%H:%M:%S", &parts);
    return text;
}

std::string minutes(double seconds) {
    const auto whole = static_cast<long long>(seconds + 0.5);
    char text[24];
    std::snprintf(text, sizeof text, "%lld:%02lld", whole / 60, whole % 60);
    return text;
}

// A bar on a terminal; one line per step (and per rate-limit wait) in logs and pipes.
class SyncProgressPrinter {
public:
    explicit SyncProgressPrinter(bool terminal) : m_terminal(terminal) {}

    void operator()(const sync::SyncProgress& p) {
        if (m_terminal) {
            std::string line = p.account + "  " + sync::syncPhaseName(p.phase);
            if (p.total > 0) {
                constexpr int kWidth = 24;
                const int filled = std::min(kWidth, p.done * kWidth / p.total);
                line += " [" + std::string(static_cast<std::size_t>(filled), '#') +
                        std::string(static_cast<std::size_t>(kWidth - filled), '-') + "] " + std::to_string(p.done) +
                        "/" + std::to_string(p.total);
                if (p.etaSeconds >= 0) {
                    line += "  ETA " + minutes(p.etaSeconds);
                }
            } else if (p.done > 0) {
                line += " " + std::to_string(p.done);
            }
            if (p.waitingUntil) {
                line += "  (rate limit: waiting until " + clockTime(*p.waitingUntil) + ")";
            }
            const std::size_t width = std::max(m_lastWidth, line.size());
            m_lastWidth = line.size();
            line.resize(width, ' ');
            std::cout << '\r' << line << std::flush;
            if (p.phase == sync::SyncPhase::Finished) {
                std::cout << '\n';
                m_lastWidth = 0;
            }
            return;
        }
        if (p.phase != m_lastPhase || p.account != m_lastAccount) {
            m_lastPhase = p.phase;
            m_lastAccount = p.account;
            if (p.phase != sync::SyncPhase::Finished) {
                std::cout << p.account << ": " << sync::syncPhaseName(p.phase);
                if (p.total > 0) {
                    std::cout << " (" << p.total << ")";
                }
                std::cout << '\n' << std::flush;
            }
        }
        const bool waiting =
            p.waitingUntil && *p.waitingUntil - std::chrono::system_clock::now() >= std::chrono::seconds(1);
        if (waiting && !m_waiting) {
            std::cout << p.account << ": waiting for the rate limit until " << clockTime(*p.waitingUntil) << " ("
                      << p.done << "/" << p.total << " done)\n"
                      << std::flush;
        }
        m_waiting = waiting;
    }

private:
    bool m_terminal;
    std::size_t m_lastWidth = 0;
    std::optional<sync::SyncPhase> m_lastPhase;
    std::string m_lastAccount;
    bool m_waiting = false;
};

} // namespace

std::optional<sync::riot::RiotConfig> riotConfig(store::Store&) {
    const char* key = std::getenv("HERALD_RIOT_API_KEY");
    if (key == nullptr || *key == '\0') {
        fail("no Riot API key: set HERALD_RIOT_API_KEY to your key from https://developer.riotgames.com "
             "(the desktop app keeps it in the system keychain)");
        return std::nullopt;
    }
    auto baseUrl = sync::riotBaseUrl();
    if (!baseUrl) {
        fail(baseUrl.error().message);
        return std::nullopt;
    }
    sync::riot::RiotConfig config;
    config.apiKey = key;
    config.baseUrl = baseUrl.value();
    return config;
}

namespace {

// The accounts a sync fetches: the one named (refused when it is not followed or is a local account), else every
// syncable one. nullopt after printing why.
std::optional<std::vector<store::AccountRow>> accountsToSync(store::Store& store,
                                                             const std::optional<sync::riot::RiotId>& only) {
    std::vector<store::AccountRow> accounts;
    auto reader = store.openReader();
    if (!reader) {
        fail(reader.error().message);
        return std::nullopt;
    }
    if (only) {
        auto found = store::findAccountByRiotId(reader.value(), only->gameName, only->tagLine);
        if (!found) {
            fail(found.error().message);
            return std::nullopt;
        }
        const auto& account = found.value();
        if (!account) {
            fail("no followed account is " + only->text() + ": herald-cli accounts add \"" + only->text() +
                 "\" --platform PLATFORM");
            return std::nullopt;
        }
        if (account->source() == store::AccountRow::Source::Local) {
            fail(account->riotId() + " is a local account (imported matches, no sync): to sync it, " +
                 "follow it with an API key: herald-cli accounts add \"" + account->riotId() + "\" --platform " +
                 account->platform);
            return std::nullopt;
        }
        accounts.push_back(*account);
        return accounts;
    }
    auto all = store::listAccounts(reader.value());
    if (!all) {
        fail(all.error().message);
        return std::nullopt;
    }
    for (auto& account : all.value()) {
        if (account.syncable()) {
            accounts.push_back(std::move(account));
        }
    }
    return accounts;
}

// What a sync did, account by account (stdout), and what failed (stderr); the exit code: 0, 1 or 130 (cancelled).
int printSyncReport(const sync::SyncAccountsReport& report) {
    int exitCode = 0;
    if (report.gameDataError) {
        std::cerr << "herald-cli sync: game data: " << report.gameDataError->message
                  << (report.mirroredChampions.empty()
                          ? " (the bundled snapshot serves meanwhile)"
                          : " (champions from the Herald server instead: " + report.mirroredChampions + ")")
                  << '\n';
    }
    for (const auto& outcome : report.accounts) {
        const store::AccountRow& account = outcome.account;
        if (outcome.ranking) {
            // The LP history the server recorded while this app was closed.
            if (!*outcome.ranking) {
                std::cerr << "herald-cli sync: " << account.riotId()
                          << ": LP history: " << outcome.ranking->error().message << '\n';
                exitCode = 1;
            } else if (outcome.ranking->value() > 0) {
                std::cout << account.riotId() << ": " << outcome.ranking->value()
                          << " LP snapshot(s) from the Herald server\n";
            }
        }
        if (!outcome.summary) {
            std::cerr << "herald-cli sync: " << account.riotId() << ": " << outcome.summary.error().message << '\n';
            exitCode = 1;
            continue;
        }
        const sync::SyncSummary& s = outcome.summary.value();
        std::cout << s.account << ": " << s.newMatches << " new match(es), " << s.timelines << " timeline(s)";
        if (s.missing > 0) {
            std::cout << ", " << s.missing << " no longer served by Riot";
        }
        if (s.queued > 0) {
            std::cout << ", " << s.queued << " left in the queue for the next sync";
        }
        char waited[32];
        std::snprintf(waited, sizeof waited, "%.1f", static_cast<double>(s.requests.waitedMs) / 1000.0);
        char total[32];
        std::snprintf(total, sizeof total, "%.1f", s.seconds);
        std::cout << "; " << s.requests.requests << " request(s), " << s.requests.retries << " retried, "
                  << s.requests.rateLimited << " answered 429, " << waited << " s waiting for rate limits, " << total
                  << " s in all" << (s.cancelled ? " (cancelled)" : "") << '\n';
        for (const auto& error : s.errors) {
            std::cerr << "herald-cli sync: " << s.account << ": " << error.text() << '\n';
        }
        if (!s.errors.empty() || s.failed > 0) {
            exitCode = 1;
        }
    }
    if (report.cancelled) {
        exitCode = 130;
    }
    if (report.gameData && !report.cancelled) {
        const sync::DataDragonReport& gameData = *report.gameData;
        if (report.iconsError) {
            std::cerr << "herald-cli sync: game data: " << report.iconsError->message
                      << " (names are there; icons next time)\n";
        } else if (!gameData.upToDate || gameData.iconsFetched > 0) {
            std::cout << "Game data: Data Dragon " << gameData.version << ", " << gameData.champions << " champion(s), "
                      << gameData.items << " item(s), " << gameData.iconsFetched << " new champion icon(s)\n";
        }
    }
    return exitCode;
}

// Signed in: templates and settings in step with the other devices (offline, they wait in the store). The exit
// code after it: a server away leaves exitCode, a refusal makes it 1.
int syncWithHeraldServer(store::Store& store, std::unique_ptr<ServerClient>& herald, int exitCode) {
    if (!herald) {
        auto reader = store.openReader();
        herald = std::make_unique<ServerClient>(heraldServerUrl(reader ? &reader.value() : nullptr));
    }
    if (herald->client->hasSession()) {
        auto templates = sync::server::syncTemplates(store, *herald->client);
        auto settings = templates ? sync::server::syncSettings(store, *herald->client)
                                  : Result<sync::server::SettingsSyncReport>(templates.error());
        if (!settings) {
            const bool away = settings.error().code == "server.unreachable" || settings.error().code == "server.busy";
            std::cerr << "herald-cli sync: Herald server: " << settings.error().message
                      << (away ? " (your template and settings changes wait for the next sync)" : "") << '\n';
            exitCode = away ? exitCode : 1;
        } else {
            std::cout << "Herald server: " << templates->sent << " template(s) sent, " << templates->received
                      << " received; " << settings->sent + settings->received << " setting(s) in step\n";
            for (const auto& name : templates->conflicts) {
                std::cout << "A template changed on another device too: the server's version is kept, yours is "
                             "saved as '"
                          << name << "'\n";
            }
        }
    }
    return exitCode;
}

} // namespace

int runSync(const Context& context, const std::vector<std::string>& words) {
    const Args args(
        words,
        {{"account"}, {"full", false}, {"max"}, {"no-timelines", false}, {"concurrency"}, {"no-gamedata", false}});
    if (!args.positional().empty()) {
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    }
    sync::SyncOptions options;
    options.full = args.has("full");
    options.maxMatches = static_cast<int>(args.integer("max", 1, 1'000'000).value_or(0));
    options.timelines = !args.has("no-timelines");
    options.concurrency = static_cast<int>(args.integer("concurrency", 1, 64).value_or(8));
    std::optional<sync::riot::RiotId> only;
    if (auto text = args.value("account")) {
        auto id = sync::riot::parseRiotId(*text);
        if (!id) {
            throw UsageError(id.error().message);
        }
        only = id.value();
    }

    auto store = openForWriting(context);
    if (!store) {
        return 1;
    }
    const auto chosen = accountsToSync(*store, only);
    if (!chosen) {
        return 1;
    }
    const std::vector<store::AccountRow>& accounts = *chosen;
    if (accounts.empty()) {
        return fail("no account to sync: follow one first with herald-cli accounts add \"Name#TAG\" --platform euw1");
    }
    // Own-key accounts need the key; relay accounts need a Herald session (and the key is never sent there).
    const bool anyRelay =
        std::any_of(accounts.begin(), accounts.end(), [](const store::AccountRow& a) { return a.viaRelay(); });
    const bool anyOwn =
        std::any_of(accounts.begin(), accounts.end(), [](const store::AccountRow& a) { return !a.viaRelay(); });
    std::optional<sync::riot::RiotConfig> config;
    if (anyOwn) {
        config = riotConfig(*store);
        if (!config) {
            return 1;
        }
    }
    std::unique_ptr<ServerClient> herald;
    std::optional<sync::riot::RiotConfig> relay;
    if (anyRelay) {
        auto reader = store->openReader();
        herald = std::make_unique<ServerClient>(heraldServerUrl(reader ? &reader.value() : nullptr));
        relay = relayConfig(*herald->client);
        if (!relay) {
            return 1;
        }
    }

    // Game data, every account, icons: the same steps as the app's sync (sync::syncAccounts).
    sync::SyncAccountsSetup setup;
    setup.ownKey = config;
    setup.relay = relay;
    setup.options = options;
    setup.gameData = !args.has("no-gamedata");
    if (herald) {
        setup.mergeRanking = [&](const std::string& puuid) {
            return sync::server::mergeServerRanking(*store, *herald->client, puuid);
        };
    }
    std::unique_ptr<ServerClient> mirror;
    setup.championsFromServer = [&]() -> Result<std::string> {
        auto reader = store->openReader();
        mirror = std::make_unique<ServerClient>(heraldServerUrl(reader ? &reader.value() : nullptr));
        if (!mirror->client->hasSession()) {
            return makeError(ErrorKind::Validation, "not signed in");
        }
        return sync::server::refreshChampionsFromServer(*store, *mirror->client);
    };
    SyncProgressPrinter printer(context.stdoutIsTerminal);
    setup.progress = [&printer](const sync::SyncProgress& p) { printer(p); };
    setup.running = [](sync::SyncEngine* engine) { g_running.store(engine); };
    setup.stopRequested = [] { return g_interrupted.load(); };
    g_interrupted.store(false);
    auto previous = std::signal(SIGINT, onInterrupt);
    const sync::SyncAccountsReport report = sync::syncAccounts(*store, accounts, setup);
    std::signal(SIGINT, previous);

    int exitCode = printSyncReport(report);
    if (exitCode != 130) {
        exitCode = syncWithHeraldServer(*store, herald, exitCode);
    }
    return exitCode;
}

} // namespace herald::cli
