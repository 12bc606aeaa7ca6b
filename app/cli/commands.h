// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The herald-cli sub-commands. Each returns the process exit code: 0 ok, 1 runtime failure, 2 usage error.
#pragma once

#include "common/result.h"
#include "output.h"

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace herald::store {
class Store;
class Database;
struct LockWait;
} // namespace herald::store

namespace herald::sync::riot {
struct RiotConfig;
} // namespace herald::sync::riot

namespace herald::analytics {
struct Query;
} // namespace herald::analytics

namespace herald::templates {
struct Template;
} // namespace herald::templates

namespace herald::sync::server {
class CredentialStore;
class HeraldClient;
} // namespace herald::sync::server

namespace herald::cli {

class Args;

struct Context {
    std::filesystem::path dataDir;
    bool stdoutIsTerminal = false;
    std::chrono::seconds writerWait{10}; // --wait
};

struct Command {
    const char* name;
    const char* summary;
    const char* help; // full --help text
    int (*run)(const Context& context, const std::vector<std::string>& args);
};

const std::vector<Command>& commands();

int runImport(const Context& context, const std::vector<std::string>& args);
int runMatches(const Context& context, const std::vector<std::string>& args);
int runCheck(const Context& context, const std::vector<std::string>& args);
int runDemo(const Context& context, const std::vector<std::string>& args);
int runStats(const Context& context, const std::vector<std::string>& args);
int runFindings(const Context& context, const std::vector<std::string>& args);
int runBenchmark(const Context& context, const std::vector<std::string>& args);
int runCompare(const Context& context, const std::vector<std::string>& args);
int runRebuild(const Context& context, const std::vector<std::string>& args);
int runAccounts(const Context& context, const std::vector<std::string>& args);
int runSync(const Context& context, const std::vector<std::string>& args);
int runTemplates(const Context& context, const std::vector<std::string>& args);
int runExport(const Context& context, const std::vector<std::string>& args);
int runLogin(const Context& context, const std::vector<std::string>& args);
int runLogout(const Context& context, const std::vector<std::string>& args);
int runRanks(const Context& context, const std::vector<std::string>& args);
int runBackup(const Context& context, const std::vector<std::string>& args);
int runArchive(const Context& context, const std::vector<std::string>& args);
int runDashboard(const Context& context, const std::vector<std::string>& args);
// export report: built with the GUI libraries (cmd_report.cpp), else it says it is not available.
int runExportReport(const Context& context, const std::vector<std::string>& args);

// Whose games a dashboard shows and the zone its days are read in: --puuid and --account, else the current
// account; --tz, else the time-zone setting. nullopt after printing why a Riot ID is unknown; UsageError without
// any player.
struct DashboardPlayers {
    std::vector<std::string> puuids;
    std::vector<std::string> names; // the Riot IDs named (or the current account's)
    std::string timeZone;
};
std::optional<DashboardPlayers> dashboardPlayers(const Context& context, store::Database& db, const Args& args);

// The dashboard template of an id (a built-in or one of the store's), or nullopt after printing why not.
std::optional<templates::Template> templateNamed(store::Database& db, const std::string& id);

// Every --where name=value[,value...]: the first clause of each name in `filters` (any of its values), a name given
// again in `allOf` (required as well: --where with=A --where with=B, games with both). UsageError for one without a
// name.
struct WhereClauses {
    std::map<std::string, std::vector<std::string>> filters;
    std::vector<std::pair<std::string, std::vector<std::string>>> allOf;
};
WhereClauses whereClauses(const Args& args);
// The same where only `filters` can be honoured (a dashboard's or an export's scope): a name given twice is a
// UsageError that says how to ask for any of several values.
std::map<std::string, std::vector<std::string>> whereFilters(const Args& args);
// The stats options (--metrics, --by, --where, --min-games, --sort, --limit, --include-remakes, --tz, --puuid) as
// a query, checked for names and shapes (UsageError); the players of --account are the caller's to add.
analytics::Query statsQueryOf(const Args& args);
// Names and shapes of a query (metrics, dimensions, filters) checked before any file is opened: a typo is a usage
// error (UsageError).
void checkQueryNames(const analytics::Query& query);
// A data command's --format (table by default), after refusing positional arguments (UsageError).
Format dataCommandFormat(const Args& args);
// The "now" a query's relative since (-90d) counts back from: the end of the players' latest game when the period
// holds none of their games (a note on standard error says so), unless --from-today; else the clock.
std::int64_t anchoredNow(const Args& args, store::Database& db, const analytics::Query& query);

// The Riot API key from HERALD_RIOT_API_KEY and the base URL (HERALD_RIOT_BASE_URL: https, or http on this
// machine; a store's setting never redirects the key). Without a key, prints why (like fail()) and returns nullopt: the
// caller exits with 1.
std::optional<sync::riot::RiotConfig> riotConfig(store::Store& store);

// The relay's configuration: {server}/api/v1/riot with a fresh access token as Bearer. Signed out, prints why
// and returns nullopt.
std::optional<sync::riot::RiotConfig> relayConfig(sync::server::HeraldClient& client);

// Prints "herald-cli: message" on stderr and returns 1.
int fail(const std::string& message);
// A failed query or export: a Validation error is the user's (UsageError: exit 2 with the command's help named),
// any other fails (1).
int failOrUsage(const Error& error);

// The puuid of each Riot ID: a followed account, else a player of the stored matches (any case). nullopt, after
// printing what failed, when one is unknown or the store cannot be read.
std::optional<std::vector<std::string>> puuidsOfRiotIds(const Context& context, store::Database& db,
                                                        const std::vector<std::string>& riotIds);

// "\rLabel: done / total" for long commands, on a terminal only (pipes and logs get the summary alone).
class ProgressLine {
public:
    ProgressLine(const Context& context, std::string label);
    void operator()(std::size_t done, std::size_t total) const;
    void finish() const; // ends the line
private:
    bool m_terminal;
    std::string m_label;
};

// How long a command that writes waits for another writer (--wait), saying so once on stderr.
store::LockWait writerWait(const Context& context);

// The data folder opened for writing (ingest::openStore), waiting up to --wait for another writer with a message on
// stderr; on failure prints why (like fail()) and returns nullptr: the caller exits with 1.
std::unique_ptr<store::Store> openForWriting(const Context& context);
// One line on stderr when opening for writing removed what a killed restore or backup left (and how much).
void sayDebrisRemoved(const store::Store& opened);

// The data folder opened for reading, with a read connection for this thread.
struct ReadAccess {
    ReadAccess();
    ReadAccess(ReadAccess&&) noexcept;
    ~ReadAccess();
    std::unique_ptr<store::Store> store;
    std::unique_ptr<store::Database> db;
};

// The Herald server's URL: HERALD_SERVER_URL (https, or http on this machine), else the default. A store's
// settings never redirect the session's tokens.
std::string heraldServerUrl(store::Database* db);

// The system keychain as a credential store when this machine has one, else nullptr (keychain.cpp).
std::unique_ptr<sync::server::CredentialStore> keychainCredentials();

// A client of the Herald server with the command line's credentials (not the app's ui::HeraldSession, which keeps
// its session in the keychain for the GUI): HERALD_TOKEN when set, else the system
// keychain when there is one, else the credentials file ($XDG_CONFIG_HOME/herald/credentials, mode 0600).
struct ServerClient {
    explicit ServerClient(const std::string& baseUrl);
    ~ServerClient();
    std::unique_ptr<sync::server::CredentialStore> credentials;
    std::unique_ptr<sync::server::HeraldClient> client;
    bool fromEnvironment = false; // HERALD_TOKEN
    bool inFile = false;          // the credentials file (no keychain here)
};

// Opens them, or prints why it cannot (like fail()) and returns nullopt: the caller exits with 1.
std::optional<ReadAccess> openForReading(const Context& context);

// openForReading, then the puuids of riotIds (puuidsOfRiotIds) added to the query's players; nullopt after
// printing why: the caller exits with 1.
std::optional<ReadAccess> openWithPlayers(const Context& context, const std::vector<std::string>& riotIds,
                                          analytics::Query& query);

} // namespace herald::cli
