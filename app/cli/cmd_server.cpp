// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Herald server from the command line: login, logout, the relay's session for sync and accounts, and the LP
// history (ranks). The session's refresh token lives in the credentials file (herald/credentials.h).
#include "args.h"
#include "commands.h"
#include "common/clock.h"
#include "herald/credentials.h"
#include "herald/heraldclient.h"
#include "ingest/rebuild.h"
#include "output.h"
#include "riot/riotclient.h"
#include "store/accounts.h"
#include "store/profiles.h"
#include "store/sessions.h"
#include "store/settings.h"
#include "store/store.h"

#include <cstdlib>
#include <iostream>

namespace herald::cli {

std::string heraldServerUrl(store::Database*) {
    return sync::server::serverUrl();
}

std::optional<sync::riot::RiotConfig> relayConfig(sync::server::HeraldClient& client) {
    auto config = client.relayConfig();
    if (!config) {
        fail(config.error().message);
        return std::nullopt;
    }
    return std::move(config).value();
}

ServerClient::ServerClient(const std::string& baseUrl) {
    auto file = std::make_unique<sync::server::FileCredentialStore>(sync::server::FileCredentialStore::defaultFile());
    fromEnvironment = file->fromEnvironment();
    if (!fromEnvironment) {
        credentials = keychainCredentials();
    }
    if (!credentials) {
        inFile = !fromEnvironment;
        credentials = std::move(file);
    }
    sync::server::ServerOptions options;
    options.baseUrl = baseUrl;
    client = std::make_unique<sync::server::HeraldClient>(options, *credentials);
}

ServerClient::~ServerClient() = default;

namespace {

// Who is signed in, since and until when (user_sessions): metadata only, never a token. Skipped without a store,
// or while another program writes to it (the next login records it).
void recordSessionMetadata(const Context& context, const sync::server::User* user) {
    if (!std::filesystem::exists(context.dataDir / "herald.db")) {
        return;
    }
    auto store = ingest::openStore(context.dataDir, store::Store::Access::Write);
    if (!store) {
        return;
    }
    const auto now = nowMs();
    std::optional<store::UserSession> session;
    if (user != nullptr) {
        session = store::UserSession{user->id, user->email, user->displayName, now, now + 7LL * 86'400'000};
    }
    (void)store.value()
        ->writer()
        .submit<Ok>([session](store::Database& db) -> Result<Ok> {
            session ? store::recordSession(db, *session) : store::clearSessions(db);
            return Ok{};
        })
        .get();
}

} // namespace

int runLogin(const Context& context, const std::vector<std::string>& words) {
    const Args args(words, {{"email"}});
    if (!args.positional().empty()) {
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    }
    std::string email = args.value("email").value_or("");
    if (email.empty()) {
        if (const char* env = std::getenv("HERALD_EMAIL"); env != nullptr) {
            email = env;
        }
    }
    if (email.empty()) {
        throw UsageError("--email is required (or HERALD_EMAIL)");
    }
    std::string password;
    if (const char* env = std::getenv("HERALD_PASSWORD"); env != nullptr && *env != '\0') {
        password = env;
    } else {
        if (context.stdoutIsTerminal) {
            std::cerr << "Password for " << email << ": " << std::flush;
        }
        std::getline(std::cin, password);
    }
    if (password.empty()) {
        throw UsageError("no password: type it on standard input, or set HERALD_PASSWORD");
    }
    // The server URL setting of the store, when there is one (signing in needs no store).
    std::string url = heraldServerUrl(nullptr);
    if (std::filesystem::exists(context.dataDir / "herald.db")) {
        if (auto access = openForReading(context)) {
            url = heraldServerUrl(access->db.get());
        }
    }
    ServerClient session(url);
    const bool first = !session.credentials->refreshToken().has_value();
    auto user = session.client->login(email, password);
    if (!user) {
        return fail(user.error().message);
    }
    recordSessionMetadata(context, &user.value());
    std::cout << "Signed in to " << session.client->baseUrl() << " as "
              << (user->displayName.empty() ? user->email : user->displayName + " (" + user->email + ")") << ".\n";
    if (first && session.inFile) {
        std::cout << "No system keychain here: the session is kept in " << session.credentials->where()
                  << " (readable by you only). 'herald-cli logout' removes it.\n";
    } else if (first && !session.fromEnvironment) {
        std::cout << "The session is kept in the system keychain. 'herald-cli logout' removes it.\n";
    }
    return 0;
}

int runLogout(const Context& context, const std::vector<std::string>& words) {
    const Args args(words, {});
    if (!args.positional().empty()) {
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    }
    ServerClient session(heraldServerUrl(nullptr));
    if (!session.credentials->refreshToken()) {
        std::cout << "Not signed in.\n";
        return 0;
    }
    if (Status out = session.client->logout(); !out) {
        return fail(out.error().message);
    }
    recordSessionMetadata(context, nullptr);
    std::cout << "Signed out; the session is removed from " << session.credentials->where() << ".\n";
    return 0;
}

int runRanks(const Context& context, const std::vector<std::string>& words) {
    const Args args(words, {{"account"}, {"format"}});
    const Format format = parseFormat(args.value("format").value_or("table"));
    if (!args.positional().empty()) {
        throw UsageError("unexpected argument '" + args.positional().front() + "'");
    }
    const std::vector<std::string> riotIds = riotIdOptions(args);
    auto access = openForReading(context);
    if (!access) {
        return 1;
    }
    std::vector<std::string> puuids;
    if (riotIds.empty()) {
        const auto current = store::getSetting(*access->db, store::kCurrentAccountSetting);
        if (!current || !current.value()) {
            throw UsageError("name the account with --account \"Name#TAG\": there is no current account");
        }
        puuids.push_back(*current.value());
    } else {
        const auto found = puuidsOfRiotIds(context, *access->db, riotIds);
        if (!found) {
            return 1;
        }
        puuids = *found;
    }
    TableData table;
    table.columns = {"queue", "tier", "rank", "lp", "wins", "losses", "observed_at"};
    for (const auto& puuid : puuids) {
        const auto history = store::rankHistory(*access->db, puuid);
        if (!history) {
            return fail(history.error().message);
        }
        for (const auto& r : history.value()) {
            table.rows.push_back({r.queue, r.tier, r.rank.empty() ? nlohmann::json() : nlohmann::json(r.rank), r.lp,
                                  r.wins, r.losses, formatTime(r.observedAt, format == Format::Table)});
        }
    }
    if (table.rows.empty() && format == Format::Table) {
        std::cout << "No rank snapshot yet: a sync records one (and, for a relay account, the server's history).\n";
        return 0;
    }
    writeTable(std::cout, table, format);
    return 0;
}

} // namespace herald::cli
