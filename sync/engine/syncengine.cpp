#include "engine/syncengine.h"

#include "common/clock.h"
#include "ingest/compression.h"
#include "ingest/derivation.h"
#include "ingest/matchwriter.h"
#include "ingest/payloadparser.h"
#include "riot/dto.h"
#include "store/settings.h"
#include "store/store.h"

#include <condition_variable>
#include <cstdio>
#include <deque>
#include <future>
#include <memory>
#include <mutex>

namespace herald::sync {

namespace {

using SteadyClock = std::chrono::steady_clock;

// The error for a Riot answer, its message prefixed with `what` when given; the code names the kind of failure
// (riot.key_refused, riot.http with the status, ...) for interfaces that translate it.
Error riotError(const riot::RiotError& error, const std::string& what) {
    using Kind = riot::RiotError::Kind;
    const ErrorKind kind = error.kind == Kind::Parse ? ErrorKind::Parse : ErrorKind::Io;
    const std::string message = what.empty() ? error.message : what + ": " + error.message;
    switch (error.kind) {
    case Kind::Unauthorized:
        return makeError(kind, message, "riot.key_refused", {std::to_string(error.status)});
    case Kind::RateLimited:
        return makeError(kind, message, "riot.rate_limited");
    case Kind::Timeout:
        return makeError(kind, message, "riot.timeout");
    case Kind::Network:
        return makeError(kind, message, "riot.network", {error.message});
    case Kind::Http:
        return makeError(kind, message, "riot.http", {std::to_string(error.status)});
    case Kind::NotFound:
        return makeError(kind, message, "riot.not_found");
    case Kind::Parse:
        return makeError(kind, message, "riot.parse", {error.message});
    case Kind::Cancelled:
        return makeError(kind, message, "sync.cancelled");
    }
    return makeError(kind, message);
}

SyncIssue issue(SyncIssue::Step step, Error error, std::string matchId = {}) {
    return SyncIssue{step, std::move(matchId), std::move(error)};
}

// One match being fetched: its match and (optionally) timeline answers.
struct Item {
    std::string matchId;
    int tries = 0;
    bool wantTimeline = true;
    bool matchDone = false;
    bool timelineDone = false;
    riot::RiotResult match;
    riot::RiotResult timeline;
};

struct WriteResult {
    bool timelineStored = false;
};

} // namespace

std::string SyncIssue::text() const {
    switch (step) {
    case Step::Profile:
        return "profile: " + error.message;
    case Step::Ranks:
        return "ranks: " + error.message;
    case Step::Listing:
        return "listing matches: " + error.message;
    case Step::Match:
        break;
    }
    return matchId + ": " + error.message;
}

const char* syncPhaseName(SyncPhase phase) {
    switch (phase) {
    case SyncPhase::Resolving:
        return "resolving";
    case SyncPhase::Profile:
        return "profile";
    case SyncPhase::Listing:
        return "listing";
    case SyncPhase::Fetching:
        return "fetching";
    case SyncPhase::Finished:
        return "finished";
    }
    return "";
}

std::string keyFingerprint(const std::string& apiKey) {
    char text[24];
    std::snprintf(text, sizeof text, "key:%016llx",
                  static_cast<unsigned long long>(ingest::contentHash("herald-key-fingerprint:" + apiKey)));
    return text;
}

SyncEngine::SyncEngine(store::Store& store, riot::RiotConfig config) : m_store(store), m_config(std::move(config)) {}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setProgressCallback(std::function<void(const SyncProgress&)> callback,
                                     std::chrono::milliseconds interval) {
    m_progress = std::move(callback);
    m_progressInterval = interval;
}

riot::RiotResult SyncEngine::call(const riot::Endpoint& endpoint, riot::RiotClient& client) {
    auto promise = std::make_shared<std::promise<riot::RiotResult>>();
    auto future = promise->get_future();
    client.get(endpoint, [promise](riot::RiotResult result) { promise->set_value(std::move(result)); });
    while (future.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready) {
        if (m_cancel.load()) {
            client.cancelAll();
        }
    }
    return future.get();
}

Result<store::AccountRow> SyncEngine::addAccount(const riot::RiotId& id, const riot::Platform& platform) {
    m_cancel.store(false);
    riot::RiotClient client(m_config);
    const riot::RiotResult answer = call(riot::accountByRiotId(platform, id), client);
    if (!answer.ok()) {
        if (answer.error->kind == riot::RiotError::Kind::NotFound) {
            return makeError(ErrorKind::Validation,
                             "no Riot ID " + id.text() + " on the " + std::string(platform.accountRegion) +
                                 " region (check the spelling and the tag)",
                             "riot.no_such_id", {id.text(), std::string(platform.accountRegion)});
        }
        return riotError(*answer.error, "looking up " + id.text());
    }
    auto dto = riot::parseAccount(answer.body);
    if (!dto) {
        return dto.error();
    }
    store::AccountRow row;
    row.puuid = dto->puuid;
    row.gameName = dto->gameName.empty() ? id.gameName : dto->gameName; // Riot's spelling and case
    row.tagLine = dto->tagLine.empty() ? id.tagLine : dto->tagLine;
    row.platform = std::string(platform.id);
    row.region = std::string(platform.matchRegion);
    row.resolvedBy = keyFingerprint(m_config.apiKey);
    row.addedAt = nowMs();
    auto saved = m_store.writer()
                     .submit<store::AccountRow>([row](store::Database& db) -> Result<store::AccountRow> {
                         store::Transaction tx(db);
                         store::AccountRow followed = row;
                         if (auto existing = store::findAccount(db, row.puuid)) {
                             followed.addedAt = existing->addedAt;
                         }
                         store::saveAccount(db, followed);
                         // The first real account replaces the demo as the one the app shows.
                         const auto current = store::getSetting(db, store::kCurrentAccountSetting).value_or("");
                         const auto shown = current.empty() ? std::nullopt : store::findAccount(db, current);
                         if (!shown || shown->resolvedBy == "demo") {
                             store::setSetting(db, store::kCurrentAccountSetting, followed.puuid);
                         }
                         // Matches imported before the account was followed now count in its rollups.
                         ingest::rebuildRollups(db, followed.puuid);
                         tx.commit();
                         return followed;
                     })
                     .get();
    return saved;
}

struct SyncEngine::Run {
    SyncEngine& engine;
    const SyncOptions& options;
    riot::RiotClient& client;
    store::Database& reader;
    store::AccountRow account;
    const riot::Platform& platform;
    SyncSummary summary;
    SyncProgress progress;
    SteadyClock::time_point lastReport{};
    SteadyClock::time_point phaseStart = SteadyClock::now();

    void report(bool force = false) {
        if (!engine.m_progress) {
            return;
        }
        const auto now = SteadyClock::now();
        if (!force && now - lastReport < engine.m_progressInterval) {
            return;
        }
        lastReport = now;
        progress.waitingUntil = client.waitingUntil();
        progress.etaSeconds = -1;
        if (progress.total > 0 && progress.done > 0 && progress.done <= progress.total) {
            const double elapsed = std::chrono::duration<double>(now - phaseStart).count();
            progress.etaSeconds = elapsed / progress.done * (progress.total - progress.done);
        }
        engine.m_progress(progress);
    }

    void enter(SyncPhase phase, int total = 0) {
        progress.phase = phase;
        progress.done = 0;
        progress.total = total;
        phaseStart = SteadyClock::now();
        report(true);
    }

    bool cancelled() const { return engine.m_cancel.load(); }

    Status resolve() {
        enter(SyncPhase::Resolving);
        const std::string fingerprint = keyFingerprint(engine.m_config.apiKey);
        if (account.resolvedBy == fingerprint) {
            return Ok{};
        }
        // PUUIDs are encrypted per API key: another key (or the first sync after an import) resolves it again.
        const riot::RiotResult answer =
            engine.call(riot::accountByRiotId(platform, {account.gameName, account.tagLine}), client);
        if (!answer.ok()) {
            if (answer.error->kind == riot::RiotError::Kind::NotFound) {
                return makeError(ErrorKind::Validation,
                                 "no Riot ID " + account.riotId() + " on the " + std::string(platform.accountRegion) +
                                     " region any more (renamed?): remove the account and add it under its new "
                                     "Riot ID",
                                 "riot.renamed", {account.riotId(), std::string(platform.accountRegion)});
            }
            return riotError(*answer.error, "resolving " + account.riotId());
        }
        auto dto = riot::parseAccount(answer.body);
        if (!dto) {
            return dto.error();
        }
        const std::string oldPuuid = account.puuid;
        const std::string newPuuid = dto->puuid;
        auto done = engine.m_store.writer()
                        .submit<Ok>([=](store::Database& db) -> Result<Ok> {
                            store::Transaction tx(db);
                            if (newPuuid != oldPuuid) {
                                store::renameAccountPuuid(db, oldPuuid, newPuuid, fingerprint);
                                ingest::rebuildRollups(db, newPuuid);
                            } else {
                                store::Statement update(db, "UPDATE accounts SET resolved_by = ? WHERE puuid = ?");
                                update.bind(1, fingerprint).bind(2, oldPuuid).run();
                            }
                            tx.commit();
                            return Ok{};
                        })
                        .get();
        if (!done) {
            return done.error();
        }
        account.puuid = newPuuid;
        account.resolvedBy = fingerprint;
        return Ok{};
    }

    Status snapshotProfile() {
        enter(SyncPhase::Profile, 2);
        const riot::RiotResult summonerAnswer = engine.call(riot::summonerByPuuid(platform, account.puuid), client);
        ++progress.done;
        const riot::RiotResult leagueAnswer = engine.call(riot::leagueEntriesByPuuid(platform, account.puuid), client);
        ++progress.done;
        report();
        for (const auto* answer : {&summonerAnswer, &leagueAnswer}) {
            if (!answer->ok() && answer->error->kind == riot::RiotError::Kind::Unauthorized) {
                return riotError(*answer->error, "reading the profile");
            }
        }
        std::optional<riot::SummonerDto> summoner;
        if (summonerAnswer.ok()) {
            auto parsed = riot::parseSummoner(summonerAnswer.body);
            if (parsed) {
                summoner = parsed.value();
            } else {
                summary.errors.push_back(issue(SyncIssue::Step::Profile, parsed.error()));
            }
        } else if (summonerAnswer.error->kind == riot::RiotError::Kind::NotFound) {
            summary.errors.push_back(issue(SyncIssue::Step::Profile,
                                           makeError(ErrorKind::Validation,
                                                     account.riotId() + " has no League of Legends profile on " +
                                                         std::string(platform.id) + " (is the platform right?)",
                                                     "riot.no_profile", {account.riotId(), std::string(platform.id)})));
        } else if (summonerAnswer.error->kind != riot::RiotError::Kind::Cancelled) {
            summary.errors.push_back(issue(SyncIssue::Step::Profile, riotError(*summonerAnswer.error, {})));
        }
        std::vector<riot::LeagueEntryDto> entries;
        if (leagueAnswer.ok()) {
            auto parsed = riot::parseLeagueEntries(leagueAnswer.body);
            if (parsed) {
                entries = std::move(parsed).value();
            } else {
                summary.errors.push_back(issue(SyncIssue::Step::Ranks, parsed.error()));
            }
        } else if (leagueAnswer.error->kind != riot::RiotError::Kind::Cancelled) {
            summary.errors.push_back(issue(SyncIssue::Step::Ranks, riotError(*leagueAnswer.error, {})));
        }
        const std::string puuid = account.puuid;
        const std::int64_t now = nowMs();
        auto written = engine.m_store.writer()
                           .submit<Ok>([=](store::Database& db) -> Result<Ok> {
                               store::Transaction tx(db);
                               if (summoner) {
                                   store::Statement profile(
                                       db, "INSERT INTO account_profiles (puuid, profile_icon_id, summoner_level, "
                                           "revision_date, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (puuid) DO "
                                           "UPDATE SET profile_icon_id = excluded.profile_icon_id, summoner_level = "
                                           "excluded.summoner_level, revision_date = excluded.revision_date, "
                                           "updated_at = excluded.updated_at");
                                   profile.bind(1, puuid)
                                       .bind(2, summoner->profileIconId)
                                       .bind(3, summoner->summonerLevel)
                                       .bind(4, summoner->revisionDate)
                                       .bind(5, now)
                                       .run();
                               }
                               store::Statement rank(db, "INSERT OR REPLACE INTO ranking_history (puuid, queue, tier, "
                                                         "rank, lp, wins, losses, observed_at) VALUES (?, ?, ?, ?, ?, "
                                                         "?, ?, ?)");
                               for (const auto& entry : entries) {
                                   rank.reset()
                                       .bind(1, puuid)
                                       .bind(2, entry.queueType)
                                       .bind(3, entry.tier)
                                       .bind(4, entry.rank)
                                       .bind(5, entry.leaguePoints)
                                       .bind(6, entry.wins)
                                       .bind(7, entry.losses)
                                       .bind(8, now)
                                       .run();
                               }
                               tx.commit();
                               return Ok{};
                           })
                           .get();
        if (!written) {
            return written.error();
        }
        return Ok{};
    }

    Status listMatchIds() {
        enter(SyncPhase::Listing);
        constexpr int kPageSize = 100;
        store::Statement stored(reader, "SELECT 1 FROM matches WHERE match_id = ?");
        store::Statement queued(reader, "SELECT 1 FROM sync_queue WHERE match_id = ?");
        store::Statement queuedForAccount(reader, "SELECT count(*) FROM sync_queue WHERE puuid = ?");
        queuedForAccount.bind(1, account.puuid);
        int alreadyQueued = queuedForAccount.step() ? queuedForAccount.columnInt(0) : 0;
        bool reachedEnd = false;
        for (int start = 0; !cancelled(); start += kPageSize) {
            riot::MatchIdsQuery query;
            query.start = start;
            query.count = kPageSize;
            const riot::RiotResult answer = engine.call(riot::matchIdsByPuuid(platform, account.puuid, query), client);
            if (!answer.ok()) {
                if (answer.error->kind == riot::RiotError::Kind::Cancelled) {
                    break;
                }
                if (answer.error->kind == riot::RiotError::Kind::Unauthorized) {
                    return riotError(*answer.error, "listing matches");
                }
                summary.errors.push_back(issue(SyncIssue::Step::Listing, riotError(*answer.error, {})));
                break; // fetch what is queued; the next sync lists again
            }
            auto ids = riot::parseMatchIds(answer.body);
            if (!ids) {
                summary.errors.push_back(issue(SyncIssue::Step::Listing, ids.error()));
                break;
            }
            std::vector<std::string> fresh;
            bool stop = false;
            for (const std::string& id : ids.value()) {
                stored.reset().bind(1, id);
                if (stored.step()) {
                    if (!options.full) {
                        stop = true; // everything older is stored already
                        break;
                    }
                    continue;
                }
                queued.reset().bind(1, id);
                if (queued.step()) {
                    continue;
                }
                fresh.push_back(id);
                if (options.maxMatches > 0 && alreadyQueued + static_cast<int>(fresh.size()) >= options.maxMatches) {
                    stop = true;
                    break;
                }
            }
            if (!fresh.empty()) {
                const std::string puuid = account.puuid;
                const std::string route = std::string(platform.matchRegion);
                auto written = engine.m_store.writer()
                                   .submit<Ok>([fresh, puuid, route](store::Database& db) -> Result<Ok> {
                                       store::Transaction tx(db);
                                       store::Statement insert(db, "INSERT OR IGNORE INTO sync_queue (match_id, route, "
                                                                   "puuid, enqueued_at) VALUES (?, ?, ?, ?)");
                                       const std::int64_t now = nowMs();
                                       for (const std::string& id : fresh) {
                                           const riot::Platform* own = riot::platformOfMatch(id);
                                           insert.reset()
                                               .bind(1, id)
                                               .bind(2, own != nullptr ? std::string(own->matchRegion) : route)
                                               .bind(3, puuid)
                                               .bind(4, now)
                                               .run();
                                       }
                                       tx.commit();
                                       return Ok{};
                                   })
                                   .get();
                if (!written) {
                    return written.error();
                }
                summary.listed += static_cast<int>(fresh.size());
                alreadyQueued += static_cast<int>(fresh.size());
            }
            progress.done = summary.listed;
            report();
            if (static_cast<int>(ids->size()) < kPageSize) {
                reachedEnd = true;
                break;
            }
            if (stop) {
                break;
            }
        }
        if (options.full && reachedEnd) {
            const std::string puuid = account.puuid;
            auto marked = engine.m_store.writer()
                              .submit<Ok>([puuid](store::Database& db) -> Result<Ok> {
                                  store::Statement mark(db, "UPDATE sync_state SET full_backfill = 1 WHERE puuid = ?");
                                  mark.bind(1, puuid).run();
                                  return Ok{};
                              })
                              .get();
            if (!marked) {
                return marked.error();
            }
        }
        return Ok{};
    }

    Status fetchMatches();
};

Status SyncEngine::Run::fetchMatches() {
    std::deque<std::shared_ptr<Item>> work;
    {
        std::string sql = "SELECT match_id FROM sync_queue WHERE puuid = ? ORDER BY match_id DESC";
        if (options.maxMatches > 0) {
            sql += " LIMIT " + std::to_string(options.maxMatches);
        }
        store::Statement select(reader, sql);
        select.bind(1, account.puuid);
        while (select.step()) {
            auto item = std::make_shared<Item>();
            item->matchId = select.columnText(0);
            item->wantTimeline = options.timelines;
            work.push_back(std::move(item));
        }
    }
    enter(SyncPhase::Fetching, static_cast<int>(work.size()));

    enum class WriteKind { Ingest, Drop, Note };
    struct PendingWrite {
        WriteKind kind;
        std::future<Result<WriteResult>> future;
    };
    std::mutex mutex;
    std::condition_variable arrived;
    std::deque<std::shared_ptr<Item>> completed;
    std::deque<PendingWrite> writes;
    int active = 0;
    std::optional<Error> fatal;
    store::Statement stored(reader, "SELECT 1 FROM matches WHERE match_id = ?");
    const int window = std::max(2, options.concurrency * 2); // matches in progress: keeps every slot busy

    auto queueUpdate = [this, &writes](WriteKind kind, const std::string& matchId, const std::string& error) {
        writes.push_back({kind, engine.m_store.writer().submit<WriteResult>(
                                    [matchId, error](store::Database& db) -> Result<WriteResult> {
                                        if (error.empty()) {
                                            store::Statement drop(db, "DELETE FROM sync_queue WHERE match_id = ?");
                                            drop.bind(1, matchId).run();
                                        } else {
                                            store::Statement note(db, "UPDATE sync_queue SET attempts = attempts + 1, "
                                                                      "last_error = ? WHERE match_id = ?");
                                            note.bind(1, error).bind(2, matchId).run();
                                        }
                                        return WriteResult{};
                                    })});
    };

    auto start = [&](const std::shared_ptr<Item>& item) {
        item->matchDone = false;
        item->timelineDone = !item->wantTimeline;
        auto onAnswer = [&mutex, &arrived, &completed, item](bool isTimeline, riot::RiotResult result) {
            std::lock_guard lock(mutex);
            (isTimeline ? item->timeline : item->match) = std::move(result);
            (isTimeline ? item->timelineDone : item->matchDone) = true;
            if (item->matchDone && item->timelineDone) {
                completed.push_back(item);
                arrived.notify_all();
            }
        };
        ++active;
        client.get(riot::matchById(item->matchId, platform),
                   [onAnswer](riot::RiotResult result) { onAnswer(false, std::move(result)); });
        if (item->wantTimeline) {
            client.get(riot::timelineById(item->matchId, platform),
                       [onAnswer](riot::RiotResult result) { onAnswer(true, std::move(result)); });
        }
    };

    // A failed match is tried once more at the end of the pass, then left in the queue for the next sync.
    auto failed = [&](const std::shared_ptr<Item>& item, const Error& error) {
        if (item->tries == 0 && !cancelled()) {
            ++item->tries;
            work.push_back(item);
            return;
        }
        ++summary.failed;
        summary.errors.push_back(issue(SyncIssue::Step::Match, error, item->matchId));
        queueUpdate(WriteKind::Note, item->matchId, error.message);
    };

    auto handle = [&](const std::shared_ptr<Item>& item) {
        --active;
        using Kind = riot::RiotError::Kind;
        const auto kindOf = [](const riot::RiotResult& r) { return r.ok() ? std::optional<Kind>() : r.error->kind; };
        for (const riot::RiotResult* part : {&item->match, &item->timeline}) {
            if (part == &item->timeline && !item->wantTimeline) {
                continue;
            }
            if (kindOf(*part) == Kind::Cancelled) {
                return; // stays in the queue
            }
            if (kindOf(*part) == Kind::Unauthorized) {
                if (!fatal) {
                    fatal = riotError(*part->error, "fetching matches");
                    engine.cancel();
                }
                return;
            }
        }
        if (!item->match.ok()) {
            if (item->match.error->kind == Kind::NotFound) {
                ++summary.missing; // Riot no longer serves it: nothing to wait for
                queueUpdate(WriteKind::Drop, item->matchId, {});
                return;
            }
            failed(item, riotError(*item->match.error, "match"));
            return;
        }
        const bool withTimeline = item->wantTimeline && item->timeline.ok();
        if (item->wantTimeline && !withTimeline && item->timeline.error->kind != Kind::NotFound) {
            failed(item, riotError(*item->timeline.error, "timeline"));
            return;
        }
        auto match = ingest::parseMatch(item->match.body);
        if (!match) {
            failed(item, makeError(ErrorKind::Parse, "match payload: " + match.error().message, "sync.bad_payload",
                                   {match.error().message}));
            return;
        }
        if (match->matchId != item->matchId) {
            failed(item, makeError(ErrorKind::Parse, "the answer is match " + match->matchId + ", not " + item->matchId,
                                   "sync.wrong_match", {match->matchId, item->matchId}));
            return;
        }
        std::shared_ptr<ingest::TimelineRecord> timeline;
        if (withTimeline) {
            auto parsed = ingest::parseTimeline(item->timeline.body);
            if (!parsed) {
                failed(item, makeError(ErrorKind::Parse, "timeline payload: " + parsed.error().message,
                                       "sync.bad_payload", {parsed.error().message}));
                return;
            }
            timeline = std::make_shared<ingest::TimelineRecord>(std::move(parsed).value());
        }
        item->match.body = {};
        item->timeline.body = {};
        auto record = std::make_shared<ingest::MatchRecord>(std::move(match).value());
        const std::string matchId = item->matchId;
        writes.push_back(
            {WriteKind::Ingest, engine.m_store.writer().submit<WriteResult>(
                                    [record, timeline, matchId](store::Database& db) -> Result<WriteResult> {
                                        // One transaction: the match, its timeline and its removal from the queue, or
                                        // none of them.
                                        store::Transaction tx(db);
                                        ingest::MatchWriter writer(db);
                                        const std::int64_t now = nowMs();
                                        writer.write(*record, now);
                                        WriteResult result;
                                        if (timeline) {
                                            const auto outcome = writer.write(*timeline, now);
                                            result.timelineStored = outcome == ingest::IngestOutcome::TimelineStored ||
                                                                    outcome == ingest::IngestOutcome::TimelineDuplicate;
                                        }
                                        store::Statement drop(db, "DELETE FROM sync_queue WHERE match_id = ?");
                                        drop.bind(1, matchId).run();
                                        tx.commit();
                                        return result;
                                    })});
    };

    auto reap = [&](bool all) {
        while (!writes.empty()) {
            PendingWrite& pending = writes.front();
            if (!all && pending.future.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
                break;
            }
            auto result = pending.future.get();
            if (!result) {
                if (!fatal) {
                    fatal = result.error(); // the store cannot write (disk full, ...): stop, the queue keeps the rest
                    engine.cancel();
                }
            } else {
                if (pending.kind == WriteKind::Ingest) {
                    ++summary.newMatches;
                    summary.timelines += result->timelineStored ? 1 : 0;
                }
                ++progress.done;
            }
            writes.pop_front();
        }
    };

    bool stopping = false;
    while (true) {
        if (cancelled() && !stopping) {
            stopping = true;
            summary.cancelled = !fatal;
            work.clear();
            client.cancelAll();
        }
        while (!stopping && active < window && !work.empty()) {
            auto item = work.front();
            work.pop_front();
            stored.reset().bind(1, item->matchId);
            if (stored.step()) {
                queueUpdate(WriteKind::Drop, item->matchId, {}); // stored meanwhile (an import, another account)
                continue;
            }
            start(item);
        }
        std::deque<std::shared_ptr<Item>> ready;
        {
            std::unique_lock lock(mutex);
            if (completed.empty() && active > 0) {
                arrived.wait_for(lock, std::chrono::milliseconds(100));
            }
            ready.swap(completed);
        }
        for (const auto& item : ready) {
            handle(item);
        }
        reap(false);
        report();
        if (active == 0 && (work.empty() || stopping) && ready.empty()) {
            break;
        }
    }
    reap(true);
    report(true);
    if (fatal) {
        return *fatal;
    }
    return Ok{};
}

Result<SyncSummary> SyncEngine::sync(const std::string& puuid, const SyncOptions& options) {
    m_cancel.store(false);
    const auto started = SteadyClock::now();
    auto reader = m_store.openReader();
    if (!reader) {
        return reader.error();
    }
    auto account = store::findAccount(reader.value(), puuid);
    if (!account) {
        return makeError(ErrorKind::Validation, "no followed account has the puuid " + puuid);
    }
    const riot::Platform* platform = riot::findPlatform(account->platform);
    if (platform == nullptr) {
        return makeError(ErrorKind::Validation, account->riotId() + " has no known platform ('" + account->platform +
                                                    "'): remove it and add it again with --platform");
    }
    riot::RiotConfig config = m_config;
    config.maxConcurrent = std::max(1, options.concurrency);
    riot::RiotClient client(config);
    Run run{*this, options, client, reader.value(), *account, *platform, {}, {}};
    run.summary.account = account->riotId();
    run.progress.account = account->riotId();

    Status status = run.resolve();
    if (!status) {
        return status.error();
    }
    const std::int64_t startedAt = nowMs();
    auto begin = m_store.writer()
                     .submit<Ok>([puuid = run.account.puuid, startedAt](store::Database& db) -> Result<Ok> {
                         store::Statement state(db, "INSERT INTO sync_state (puuid, started_at) VALUES (?, ?) ON "
                                                    "CONFLICT (puuid) DO UPDATE SET started_at = excluded.started_at, "
                                                    "finished_at = NULL");
                         state.bind(1, puuid).bind(2, startedAt).run();
                         return Ok{};
                     })
                     .get();
    if (!begin) {
        return begin.error();
    }

    if (!run.cancelled()) {
        status = run.snapshotProfile();
    }
    if (status && !run.cancelled()) {
        status = run.listMatchIds();
    }
    if (status && !run.cancelled()) {
        status = run.fetchMatches();
    }
    run.summary.cancelled = run.summary.cancelled || m_cancel.load();
    run.summary.requests = client.stats();
    run.summary.seconds = std::chrono::duration<double>(SteadyClock::now() - started).count();
    {
        store::Statement left(reader.value(), "SELECT count(*) FROM sync_queue WHERE puuid = ?");
        left.bind(1, run.account.puuid);
        run.summary.queued = left.step() ? left.columnInt(0) : 0;
    }
    run.enter(SyncPhase::Finished);

    const SyncSummary& s = run.summary;
    const std::string finalPuuid = run.account.puuid;
    const std::string lastError =
        status ? (s.errors.empty() ? std::string() : s.errors.front().text()) : status.error().message;
    auto end = m_store.writer()
                   .submit<Ok>([=](store::Database& db) -> Result<Ok> {
                       store::Transaction tx(db);
                       store::Statement state(db, "UPDATE sync_state SET finished_at = ?, new_matches = ?, requests = "
                                                  "?, retries = ?, waited_ms = ?, failed = ?, last_error = ? WHERE "
                                                  "puuid = ?");
                       state.bind(1, nowMs())
                           .bind(2, s.newMatches)
                           .bind(3, static_cast<std::int64_t>(s.requests.requests))
                           .bind(4, static_cast<std::int64_t>(s.requests.retries))
                           .bind(5, s.requests.waitedMs)
                           .bind(6, s.failed)
                           .bind(7, lastError)
                           .bind(8, finalPuuid)
                           .run();
                       store::Statement synced(db, "UPDATE accounts SET last_sync_at = ? WHERE puuid = ?");
                       synced.bind(1, nowMs()).bind(2, finalPuuid).run();
                       tx.commit();
                       return Ok{};
                   })
                   .get();
    if (!status) {
        return status.error();
    }
    if (!end) {
        return end.error();
    }
    return run.summary;
}

} // namespace herald::sync
