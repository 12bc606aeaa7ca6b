// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "args.h"
#include "commands.h"
#include "engine/syncengine.h"
#include "herald/credentials.h"
#include "herald/heraldclient.h"
#include "ingest/localaccount.h"
#include "ingest/rebuild.h"
#include "output.h"
#include "riot/routing.h"
#include "store/accounts.h"
#include "store/store.h"

#include <iostream>

namespace herald::cli {

namespace {

// The Riot ID an accounts action names (its second word); a UsageError says what is wrong with it.
sync::riot::RiotId riotIdArgument(const Args& args) {
    auto id = sync::riot::parseRiotId(args.positional()[1]);
    if (!id) {
        throw UsageError(id.error().message);
    }
    return std::move(id).value();
}

int accountsAddLocal(const Context& context, const Args& args) {
    if (args.has("platform")) {
        throw UsageError("a local account takes its platform from its matches: drop --platform or --local");
    }
    const auto id = riotIdArgument(args);
    auto store = openForWriting(context);
    if (!store) {
        return 1;
    }
    auto added = ingest::followLocalPlayer(store->writer(), id.gameName, id.tagLine);
    if (!added) {
        return fail(added.error().message);
    }
    if (added->source() != store::AccountRow::Source::Local) {
        std::cout << added->riotId() << " is followed already (" << store::AccountRow::sourceName(added->source())
                  << ").\n";
        return 0;
    }
    std::cout << "Following " << added->riotId() << " as a local account (" << added->platform
              << "): its imported matches feed the history and the dashboards; nothing is synced.\n";
    return 0;
}

int accountsAdd(const Context& context, const Args& args) {
    if (args.positional().size() != 2) {
        throw UsageError("accounts add takes one Riot ID: herald-cli accounts add \"Name#TAG\" --platform euw1");
    }
    if (args.has("local")) {
        return accountsAddLocal(context, args);
    }
    const auto platformName = args.value("platform");
    if (!platformName) {
        throw UsageError("accounts add needs --platform (one of " + sync::riot::platformList() + ")");
    }
    const sync::riot::Platform* platform = sync::riot::findPlatform(*platformName);
    if (platform == nullptr) {
        throw UsageError("unknown platform '" + *platformName + "': use one of " + sync::riot::platformList());
    }
    const auto id = riotIdArgument(args);
    const std::string source = args.value("source").value_or("riot");
    if (source != "riot" && source != "herald") {
        throw UsageError("--source takes riot (your own API key) or herald (the Herald server's relay), not '" +
                         source + "'");
    }
    auto store = openForWriting(context);
    if (!store) {
        return 1;
    }
    std::optional<sync::riot::RiotConfig> config;
    if (source == "herald") {
        // Registered with the server (which then records its LP), then resolved through the relay like any
        // account: the PUUID is the relay's, used only with it.
        auto reader = store->openReader();
        ServerClient session(heraldServerUrl(reader ? &reader.value() : nullptr));
        auto registered = session.client->addAccount(id.gameName, id.tagLine, std::string(platform->id));
        if (!registered) {
            return fail(registered.error().message);
        }
        config = relayConfig(*session.client);
        if (!config) {
            return 1;
        }
    } else {
        config = riotConfig(*store);
        if (!config) {
            return 1;
        }
    }
    sync::SyncEngine engine(*store, *config);
    auto added = engine.addAccount(id, *platform);
    if (!added) {
        return fail(added.error().message);
    }
    std::cout << "Following " << added->riotId() << " on " << added->platform
              << ". Run 'herald-cli sync' to fetch its matches.\n";
    return 0;
}

int accountsList(const Context& context, const Args& args) {
    const Format format = parseFormat(args.value("format").value_or("table"));
    if (args.positional().size() != 1) {
        throw UsageError("unexpected argument '" + args.positional()[1] + "'");
    }
    auto access = openForReading(context);
    if (!access) {
        return 1;
    }
    TableData table;
    table.columns = {"riot_id", "platform", "source", "matches", "queued", "level", "ranks", "last_sync", "last_error"};
    const auto summaries = store::summarizeAccounts(*access->db);
    if (!summaries) {
        return fail(summaries.error().message);
    }
    for (const auto& summary : summaries.value()) {
        std::string ranks;
        for (const auto& rank : summary.ranks) {
            ranks += (ranks.empty() ? "" : "; ") + rank;
        }
        const auto& a = summary.account;
        table.rows.push_back(
            {a.riotId(), a.platform, std::string(store::AccountRow::sourceName(a.source())), summary.matches,
             summary.queued, summary.summonerLevel ? nlohmann::json(*summary.summonerLevel) : nlohmann::json(),
             ranks.empty() ? nlohmann::json() : nlohmann::json(ranks),
             a.lastSyncAt ? nlohmann::json(formatTime(*a.lastSyncAt, format == Format::Table)) : nlohmann::json(),
             summary.lastError.empty() ? nlohmann::json() : nlohmann::json(summary.lastError)});
    }
    if (table.rows.empty() && format == Format::Table) {
        std::cout << "No account followed yet: herald-cli accounts add \"Name#TAG\" --platform euw1\n";
        return 0;
    }
    writeTable(std::cout, table, format);
    return 0;
}

int accountsRemove(const Context& context, const Args& args) {
    if (args.positional().size() != 2) {
        throw UsageError("accounts remove takes one Riot ID: herald-cli accounts remove \"Name#TAG\"");
    }
    const auto id = riotIdArgument(args);
    auto store = openForWriting(context);
    if (!store) {
        return 1;
    }
    auto removed = store->writer()
                       .submit<std::optional<store::AccountRow>>(
                           [&](store::Database& db) -> Result<std::optional<store::AccountRow>> {
                               auto account = store::orThrow(store::findAccountByRiotId(db, id.gameName, id.tagLine));
                               if (account) {
                                   store::Transaction tx(db);
                                   store::removeAccount(db, account->puuid);
                                   tx.commit();
                               }
                               return account;
                           })
                       .get();
    if (!removed) {
        return fail(removed.error().message);
    }
    if (!removed.value()) {
        return fail("no followed account is " + id.text() + " (see herald-cli accounts list)");
    }
    std::cout << "No longer following " << removed.value()->riotId()
              << ". Its matches stay in the store; 'herald-cli accounts add' follows it again.\n";
    return 0;
}

} // namespace

int runAccounts(const Context& context, const std::vector<std::string>& words) {
    const Args args(words, {{"platform"}, {"format"}, {"local", false}, {"source"}});
    if (args.positional().empty()) {
        throw UsageError("accounts needs an action: add, list or remove");
    }
    const std::string& action = args.positional().front();
    if (action == "add") {
        return accountsAdd(context, args);
    }
    if (action == "list") {
        return accountsList(context, args);
    }
    if (action == "remove") {
        return accountsRemove(context, args);
    }
    throw UsageError("unknown accounts action '" + action + "': use add, list or remove");
}

} // namespace herald::cli
