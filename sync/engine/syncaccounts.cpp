// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/syncaccounts.h"

#include "http/httpclient.h"

namespace herald::sync {

SyncAccountsReport syncAccounts(store::Store& store, const std::vector<store::AccountRow>& accounts,
                                const SyncAccountsSetup& setup) {
    SyncAccountsReport report;
    std::optional<HttpClient> http;
    std::optional<DataDragon> dragon;
    if (setup.gameData) {
        // Names of new champions, items and runes before the matches (once a day; offline, the bundled snapshot).
        http.emplace(8);
        dragon.emplace(store, *http);
        auto refreshed = dragon->refresh(false);
        if (refreshed) {
            report.gameData = std::move(refreshed).value();
        } else {
            report.gameDataError = refreshed.error();
            // Data Dragon out of reach: signed in, the Herald server's mirror brings the newest champions.
            if (refreshed.error().kind == ErrorKind::Io && setup.championsFromServer) {
                if (auto version = setup.championsFromServer()) {
                    report.mirroredChampions = version.value().empty() ? "up to date" : "version " + version.value();
                }
            }
        }
    }
    for (const auto& account : accounts) {
        if (setup.stopRequested && setup.stopRequested()) {
            report.cancelled = true;
            break;
        }
        AccountOutcome outcome{account, Error{}, std::nullopt};
        const bool viaRelay = account.viaRelay();
        const auto& config = viaRelay ? setup.relay : setup.ownKey;
        if (!config) {
            outcome.summary = viaRelay
                                  ? makeError(ErrorKind::Validation,
                                              "sign in to your Herald account to sync it through the Herald server",
                                              "sync.relay_signed_out")
                                  : makeError(ErrorKind::Validation, "no Riot API key to sync it with", "riot.no_key");
            report.accounts.push_back(std::move(outcome));
            continue;
        }
        SyncEngine engine(store, *config);
        if (setup.progress) {
            engine.setProgressCallback(setup.progress);
        }
        if (setup.running) {
            setup.running(&engine);
        }
        outcome.summary = engine.sync(account.puuid, setup.options);
        if (setup.running) {
            setup.running(nullptr);
        }
        if (viaRelay && outcome.summary && setup.mergeRanking) {
            outcome.ranking = setup.mergeRanking(account.puuid); // what the server recorded while we were away
        }
        const bool cancelled = outcome.summary && outcome.summary->cancelled;
        report.accounts.push_back(std::move(outcome));
        if (cancelled) {
            report.cancelled = true;
            break;
        }
    }
    if (report.gameData && !report.cancelled) {
        // Icons after the matches, for the champions the games use.
        if (Status icons = dragon->fetchIcons(*report.gameData); !icons) {
            report.iconsError = icons.error();
        }
    }
    return report;
}

} // namespace herald::sync
