// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/syncengine.h"

#include "common/clock.h"
#include "http/baseurl.h"
#include "ingest/compression.h"
#include "ingest/derivation.h"
#include "ingest/localaccount.h"
#include "ingest/matchwriter.h"
#include "ingest/payloadparser.h"
#include "riot/dto.h"
#include "store/profiles.h"
#include "store/settings.h"
#include "store/store.h"
#include "store/syncqueue.h"

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

std::string resolverOf(const riot::RiotConfig& config) {
    return config.bearerToken.empty() ? keyFingerprint(config.apiKey) : std::string(store::AccountRow::kRelaySource);
}

std::string keyFingerprint(const std::string& apiKey) {
    char text[24];
    std::snprintf(text, sizeof text, "key:%016llx",
                  static_cast<unsigned long long>(ingest::contentHash("herald-key-fingerprint:" + apiKey)));
    return text;
}

Result<std::string> riotBaseUrl() {
    const char* env = std::getenv("HERALD_RIOT_BASE_URL");
    const std::string url = env != nullptr ? env : "";
    if (url.empty()) {
        return std::string();
    }
    auto checked = checkBaseUrl(url, "HERALD_RIOT_BASE_URL", Secrets::Sent);
    if (!checked) {
        return checked.error();
    }
    return checked->url;
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
    row.resolvedBy = resolverOf(m_config);
    row.addedAt = nowMs();
    auto saved = m_store.writer()
                     .submit<store::AccountRow>([row](store::Database& db) -> Result<store::AccountRow> {
                         store::Transaction tx(db);
                         store::AccountRow followed = row;
                         if (auto existing = store::orThrow(store::findAccount(db, row.puuid))) {
                             followed.addedAt = existing->addedAt;
                         }
                         // The first real account replaces the demo as the one the app shows; matches imported before
                         // it was followed now count in its rollups.
                         ingest::adoptFollowedAccount(db, followed);
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
        const std::string fingerprint = resolverOf(engine.m_config);
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
                                store::setAccountResolver(db, oldPuuid, fingerprint);
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
        auto written =
            engine.m_store.writer()
                .submit<Ok>([=](store::Database& db) -> Result<Ok> {
                    store::Transaction tx(db);
                    if (summoner) {
                        store::saveProfile(
                            db, puuid, {summoner->profileIconId, summoner->summonerLevel, summoner->revisionDate}, now);
                    }
                    for (const auto& entry : entries) {
                        store::recordRankSnapshot(db, puuid,
                                                  {entry.queueType, entry.tier, entry.rank, entry.leaguePoints,
                                                   entry.wins, entry.losses, now});
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
        auto queuedBefore = store::countQueuedMatches(reader, account.puuid);
        if (!queuedBefore) {
            return queuedBefore.error();
        }
        int alreadyQueued = queuedBefore.value();
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
                auto stored = store::isMatchStored(reader, id);
                auto queued = stored && !stored.value() ? store::isMatchQueued(reader, id) : Result<bool>(false);
                if (!stored || !queued) {
                    return !stored ? stored.error() : queued.error();
                }
                if (stored.value()) {
                    if (!options.full) {
                        stop = true; // everything older is stored already
                        break;
                    }
                    continue;
                }
                if (queued.value()) {
                    continue;
                }
                fresh.push_back(id);
                if (options.maxMatches > 0 && alreadyQueued + static_cast<int>(fresh.size()) >= options.maxMatches) {
                    stop = true;
                    break;
                }
            }
            if (!fresh.empty()) {
                std::vector<store::QueuedMatch> listed;
                for (const std::string& id : fresh) {
                    const riot::Platform* own = riot::platformOfMatch(id);
                    listed.push_back({id, std::string(own != nullptr ? own->matchRegion : platform.matchRegion)});
                }
                const std::string puuid = account.puuid;
                auto written = engine.m_store.writer()
                                   .submit<Ok>([listed, puuid](store::Database& db) -> Result<Ok> {
                                       store::Transaction tx(db);
                                       store::enqueueMatches(db, puuid, listed, nowMs());
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
                                  store::markFullBackfill(db, puuid);
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

// The fetch pass of one sync: keeps up to `window` matches in flight, parses each answer as it arrives, and hands
// every outcome to the writer (ingest, drop from the queue, or note a failure) without waiting for it.
class SyncEngine::MatchFetcher {
public:
    explicit MatchFetcher(Run& run) : m_run(run), m_window(std::max(2, run.options.concurrency * 2)) {}

    Status run() {
        if (Status loaded = loadQueue(); !loaded) {
            return loaded;
        }
        m_run.enter(SyncPhase::Fetching, static_cast<int>(m_work.size()));
        bool stopping = false;
        for (;;) {
            if (m_run.cancelled() && !stopping) {
                stopping = true;
                m_run.summary.cancelled = !m_fatal;
                m_work.clear();
                m_run.client.cancelAll();
            }
            if (!stopping) {
                if (Status started = startMore(); !started) {
                    recordFatal(started.error());
                }
            }
            const auto ready = waitForAnswers();
            for (const auto& item : ready) {
                handleAnswer(item);
            }
            reapWrites(false);
            m_run.report();
            if (m_active == 0 && (m_work.empty() || stopping) && ready.empty()) {
                break;
            }
        }
        reapWrites(true);
        m_run.report(true);
        if (m_fatal) {
            return *m_fatal;
        }
        return Ok{};
    }

private:
    // What happens to a match's row in sync_queue once its answers are handled.
    enum class QueueChange {
        Drop, // stored, or gone from Riot's servers: nothing left to fetch
        Note, // failed again: it stays, with one more attempt and the reason
    };
    enum class WriteKind { Ingest, Drop, Note };
    struct PendingWrite {
        WriteKind kind;
        std::future<Result<WriteResult>> future;
    };

    Status loadQueue() {
        auto ids = store::queuedMatchIds(m_run.reader, m_run.account.puuid, m_run.options.maxMatches);
        if (!ids) {
            return ids.error();
        }
        for (std::string& id : ids.value()) {
            auto item = std::make_shared<Item>();
            item->matchId = std::move(id);
            item->wantTimeline = m_run.options.timelines;
            m_work.push_back(std::move(item));
        }
        return Ok{};
    }

    Status startMore() {
        while (m_active < m_window && !m_work.empty()) {
            auto item = m_work.front();
            m_work.pop_front();
            auto stored = store::isMatchStored(m_run.reader, item->matchId);
            if (!stored) {
                return stored.error();
            }
            if (stored.value()) {
                changeQueue(QueueChange::Drop, item->matchId); // stored meanwhile (an import, another account)
                continue;
            }
            request(item);
        }
        return Ok{};
    }

    void request(const std::shared_ptr<Item>& item) {
        item->matchDone = false;
        item->timelineDone = !item->wantTimeline;
        auto onAnswer = [this, item](bool isTimeline, riot::RiotResult result) {
            std::lock_guard lock(m_mutex);
            (isTimeline ? item->timeline : item->match) = std::move(result);
            (isTimeline ? item->timelineDone : item->matchDone) = true;
            if (item->matchDone && item->timelineDone) {
                m_completed.push_back(item);
                m_arrived.notify_all();
            }
        };
        ++m_active;
        m_run.client.get(riot::matchById(item->matchId, m_run.platform),
                         [onAnswer](riot::RiotResult result) { onAnswer(false, std::move(result)); });
        if (item->wantTimeline) {
            m_run.client.get(riot::timelineById(item->matchId, m_run.platform),
                             [onAnswer](riot::RiotResult result) { onAnswer(true, std::move(result)); });
        }
    }

    std::deque<std::shared_ptr<Item>> waitForAnswers() {
        std::deque<std::shared_ptr<Item>> ready;
        std::unique_lock lock(m_mutex);
        if (m_completed.empty() && m_active > 0) {
            m_arrived.wait_for(lock, std::chrono::milliseconds(100));
        }
        ready.swap(m_completed);
        return ready;
    }

    void handleAnswer(const std::shared_ptr<Item>& item) {
        --m_active;
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
                recordFatal(riotError(*part->error, "fetching matches"));
                return;
            }
        }
        if (!item->match.ok()) {
            if (item->match.error->kind == Kind::NotFound) {
                ++m_run.summary.missing; // Riot no longer serves it: nothing to wait for
                changeQueue(QueueChange::Drop, item->matchId);
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
        ingest(std::make_shared<ingest::MatchRecord>(std::move(match).value()), std::move(timeline));
    }

    // One transaction: the match, its timeline and its removal from the queue, or none of them.
    void ingest(std::shared_ptr<ingest::MatchRecord> record, std::shared_ptr<ingest::TimelineRecord> timeline) {
        m_writes.push_back({WriteKind::Ingest, m_run.engine.m_store.writer().submit<WriteResult>(
                                                   [record, timeline](store::Database& db) -> Result<WriteResult> {
                                                       store::Transaction tx(db);
                                                       ingest::MatchWriter writer(db);
                                                       const std::int64_t now = nowMs();
                                                       writer.write(*record, now);
                                                       WriteResult result;
                                                       if (timeline) {
                                                           const auto outcome = writer.write(*timeline, now);
                                                           result.timelineStored =
                                                               outcome == ingest::IngestOutcome::TimelineStored ||
                                                               outcome == ingest::IngestOutcome::TimelineDuplicate;
                                                       }
                                                       store::dequeueMatch(db, record->matchId);
                                                       tx.commit();
                                                       return result;
                                                   })});
    }

    void changeQueue(QueueChange change, const std::string& matchId, const std::string& error = {}) {
        const WriteKind kind = change == QueueChange::Drop ? WriteKind::Drop : WriteKind::Note;
        m_writes.push_back({kind, m_run.engine.m_store.writer().submit<WriteResult>(
                                      [change, matchId, error](store::Database& db) -> Result<WriteResult> {
                                          if (change == QueueChange::Drop) {
                                              store::dequeueMatch(db, matchId);
                                          } else {
                                              store::noteFailedAttempt(db, matchId, error);
                                          }
                                          return WriteResult{};
                                      })});
    }

    // A failed match is tried once more at the end of the pass, then left in the queue for the next sync.
    void failed(const std::shared_ptr<Item>& item, const Error& error) {
        if (item->tries == 0 && !m_run.cancelled()) {
            ++item->tries;
            m_work.push_back(item);
            return;
        }
        ++m_run.summary.failed;
        m_run.summary.errors.push_back(issue(SyncIssue::Step::Match, error, item->matchId));
        changeQueue(QueueChange::Note, item->matchId, error.message);
    }

    // The first fatal error (a refused key, a store that cannot write) stops the pass; the queue keeps the rest.
    void recordFatal(Error error) {
        if (!m_fatal) {
            m_fatal = std::move(error);
            m_run.engine.cancel();
        }
    }

    void reapWrites(bool all) {
        while (!m_writes.empty()) {
            PendingWrite& pending = m_writes.front();
            if (!all && pending.future.wait_for(std::chrono::seconds(0)) != std::future_status::ready) {
                break;
            }
            auto result = pending.future.get();
            if (!result) {
                recordFatal(result.error());
            } else {
                if (pending.kind == WriteKind::Ingest) {
                    ++m_run.summary.newMatches;
                    m_run.summary.timelines += result->timelineStored ? 1 : 0;
                }
                ++m_run.progress.done;
            }
            m_writes.pop_front();
        }
    }

    Run& m_run;
    const int m_window; // matches in progress: keeps every request slot busy
    std::deque<std::shared_ptr<Item>> m_work;
    std::deque<PendingWrite> m_writes;
    int m_active = 0;
    std::optional<Error> m_fatal;
    std::mutex m_mutex; // guards m_completed, filled by the network thread's callbacks
    std::condition_variable m_arrived;
    std::deque<std::shared_ptr<Item>> m_completed;
};

Status SyncEngine::Run::fetchMatches() {
    return MatchFetcher(*this).run();
}

Result<SyncSummary> SyncEngine::sync(const std::string& puuid, const SyncOptions& options) {
    m_cancel.store(false);
    const auto started = SteadyClock::now();
    auto reader = m_store.openReader();
    if (!reader) {
        return reader.error();
    }
    auto found = store::findAccount(reader.value(), puuid);
    if (!found) {
        return found.error();
    }
    const auto& account = found.value();
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
                         store::beginSyncState(db, puuid, startedAt);
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
    if (auto left = store::countQueuedMatches(reader.value(), run.account.puuid); left) {
        run.summary.queued = left.value();
    }
    run.enter(SyncPhase::Finished);

    const SyncSummary& s = run.summary;
    const std::string finalPuuid = run.account.puuid;
    const std::string lastError =
        status ? (s.errors.empty() ? std::string() : s.errors.front().text()) : status.error().message;
    auto end = m_store.writer()
                   .submit<Ok>([=](store::Database& db) -> Result<Ok> {
                       store::Transaction tx(db);
                       store::finishSyncState(db, finalPuuid,
                                              {s.newMatches, static_cast<std::int64_t>(s.requests.requests),
                                               static_cast<std::int64_t>(s.requests.retries), s.requests.waitedMs,
                                               s.failed, lastError},
                                              nowMs());
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
