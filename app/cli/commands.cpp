// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "analytics/query.h"
#include "args.h"
#include "ingest/rebuild.h"
#include "output.h"
#include "store/accounts.h"
#include "store/store.h"

#include <cstdio>
#include <iostream>

namespace herald::cli {

int fail(const std::string& message) {
    std::cerr << "herald-cli: " << printable(message) << '\n';
    return 1;
}

int failOrUsage(const Error& error) {
    if (error.kind == ErrorKind::Validation) {
        throw UsageError(error.message);
    }
    return fail(error.message);
}

ProgressLine::ProgressLine(const Context& context, std::string label)
    : m_terminal(context.stdoutIsTerminal)
    , m_label(std::move(label)) {}

void ProgressLine::operator()(std::size_t done, std::size_t total) const {
    if (m_terminal) {
        std::cout << '\r' << m_label << ": " << done << " / " << total << std::flush;
    }
}

void ProgressLine::finish() const {
    if (m_terminal) {
        std::cout << '\n';
    }
}

std::optional<std::vector<std::string>> puuidsOfRiotIds(const Context& context, store::Database& db,
                                                        const std::vector<std::string>& riotIds) {
    std::vector<std::string> puuids;
    for (const std::string& id : riotIds) {
        const auto hash = id.rfind('#');
        const auto found = store::findPuuidByRiotId(db, id.substr(0, hash), id.substr(hash + 1));
        if (!found) {
            fail(found.error().message);
            return std::nullopt;
        }
        if (!found.value()) {
            fail("no account or imported player named " + id + " in " + context.dataDir.string());
            return std::nullopt;
        }
        puuids.push_back(*found.value());
    }
    return puuids;
}

store::LockWait writerWait(const Context& context) {
    store::LockWait wait;
    wait.forWriter = context.writerWait;
    wait.waiting = [&context](const std::string& holder) {
        std::cerr << "herald-cli: " << printable(holder) << " is writing to " << printable(context.dataDir.string())
                  << "; waiting up to " << context.writerWait.count() << " s for it to finish...\n";
    };
    return wait;
}

void sayDebrisRemoved(const store::Store& opened) {
    const store::DebrisReport& debris = opened.debrisRemoved();
    if (debris.files > 0) {
        char size[32];
        std::snprintf(size, sizeof size, "%.1f MB", static_cast<double>(debris.bytes) / 1e6);
        std::cerr << "herald-cli: removed " << debris.files << " file(s) left by an interrupted restore or backup ("
                  << size << " freed)\n";
    }
}

std::unique_ptr<store::Store> openForWriting(const Context& context) {
    auto opened = ingest::openStore(context.dataDir, store::Store::Access::Write, {}, writerWait(context));
    if (!opened) {
        fail(opened.error().message);
        return nullptr;
    }
    sayDebrisRemoved(*opened.value());
    return std::move(opened).value();
}

ReadAccess::ReadAccess() = default;
ReadAccess::ReadAccess(ReadAccess&&) noexcept = default;
ReadAccess::~ReadAccess() = default;

std::optional<ReadAccess> openForReading(const Context& context) {
    auto opened = ingest::openStore(context.dataDir, store::Store::Access::Read);
    if (!opened) {
        fail(opened.error().message);
        return std::nullopt;
    }
    auto db = opened.value()->openReader();
    if (!db) {
        fail(db.error().message);
        return std::nullopt;
    }
    if (db->immutable()) {
        std::cerr << "herald-cli: note: " << printable(context.dataDir.string())
                  << " cannot be written here (read-only or another user's): the store is read as it is on disk\n";
    }
    ReadAccess access;
    access.store = std::move(opened).value();
    access.db = std::make_unique<store::Database>(std::move(db).value());
    return access;
}

std::optional<ReadAccess> openWithPlayers(const Context& context, const std::vector<std::string>& riotIds,
                                          analytics::Query& query) {
    auto access = openForReading(context);
    if (!access) {
        return std::nullopt;
    }
    const auto players = puuidsOfRiotIds(context, *access->db, riotIds);
    if (!players) {
        return std::nullopt;
    }
    query.puuids.insert(query.puuids.end(), players->begin(), players->end());
    return access;
}

const std::vector<Command>& commands() {
    static const std::vector<Command> all = {
        {"import", "import Match-V5 match and timeline JSON files or folders",
         "Usage: herald-cli import [--format table|json] PATH...\n\n"
         "Imports Riot Match-V5 match and timeline payloads (JSON files; folders are searched recursively for\n"
         "*.json). A timeline is joined to its match by metadata.matchId, whichever arrives first. Importing the\n"
         "same payload again changes nothing (a duplicate); a different payload of a stored match replaces it,\n"
         "unless it lists fewer players (a stripped copy, Riot's stub for an aborted game): then it is kept\n"
         "out. An aborted game's stub is stored as an aborted match, counted in no statistic. A UTF-8 byte\n"
         "order mark is fine. A file that fails (not JSON, truncated, not a match or timeline, over 32 MiB, a\n"
         "value no real game has, ...) is named with the reason; the other files are still imported.\n\n"
         "Options:\n"
         "  --format F  table (a summary, default) or json:\n"
         "              {\"imported\":N,\"updated\":N,\"timelines\":N,\"pending\":N,\"duplicates\":N,\"kept\":N,\n"
         "               \"skipped\":N (folder entries that are not files: links to folders or devices),\n"
         "               \"failed\":[{\"file\":\"...\",\"error\":\"...\"}]}\n\n"
         "Exit code: 0 when every file was imported, 1 when some failed (the others are kept), 2 usage error.\n",
         runImport},
        {"matches", "list stored matches, newest first",
         "Usage: herald-cli matches [--puuid P | --account \"Name#TAG\"] [--limit N] [--search TEXT]\n"
         "                          [--queue ID] [--result R] [--format table|json|csv]\n\n"
         "Lists matches newest first: match id, date, queue, champion, result, K/D/A, CS, duration, and the\n"
         "placement of an Arena game (1st to 8th; null elsewhere). With --puuid or --account, the matches of\n"
         "that player with their champion and score; without them, every stored match, with the score of a\n"
         "followed account when one took part.\n\n"
         "Options:\n"
         "  --puuid P      the player\n"
         "  --account A    the player by Riot ID: a followed account, else a player of the stored matches\n"
         "  --limit N      at most N matches (default 50; 0 for all)\n"
         "  --search TEXT  only matches whose champion, match id, note or tags contain TEXT\n"
         "  --queue ID     only that queue (420 ranked solo, 440 flex, 450 ARAM, ...)\n"
         "  --result R     any (default), win, loss or remake (win and loss leave remakes out)\n"
         "  --format F     table (default), json ({\"columns\":[...],\"rows\":[[...]]}) or csv;\n"
         "                 json and csv give dates in UTC (ISO 8601), the table in local time\n",
         runMatches},
        {"check", "check the store: integrity, schema version, journal mode, row counts",
         "Usage: herald-cli check [--format table|json]\n\n"
         "Runs SQLite's integrity and foreign-key checks and reports the schema version, journal mode, file size\n"
         "and row counts. Exit code 1 when the store is damaged or cannot be opened.\n",
         runCheck},
        {"demo", "fill the store with a demo history (Demo#HRLD)",
         "Usage: herald-cli demo [--matches N] [--seed S]\n\n"
         "Builds a realistic match history for the demo account Demo#HRLD from the bundled real Riot payloads\n"
         "(a champion pool, a role mix, wins and losses, timelines for about three games in four) and makes it\n"
         "the current account. The same seed gives the same history on the same day. Running it again adds\n"
         "nothing new (and finishes a demo that was interrupted); a different demo (other --matches or --seed)\n"
         "is refused when one is stored: use another --data-dir.\n\n"
         "Options:\n"
         "  --matches N  number of matches (default 400)\n"
         "  --seed S     random seed (default 1)\n",
         runDemo},
        {"stats", "metrics of METRICS.md by any dimension (win rate by champion, CS/min by week, ...)",
         "Usage: herald-cli stats (--puuid P | --account \"Name#TAG\") --metrics m1,m2,... [--by d1,d2]\n"
         "                        [--where k=v[,v...]]... [--min-games N] [--sort [-]column] [--limit N]\n"
         "                        [--include-remakes] [--from-today] [--tz ZONE] [--format table|json|csv]\n\n"
         "Computes metrics over the player's counted games (complete, not remakes), exactly as docs/METRICS.md\n"
         "defines them, grouped by the dimensions of --by.\n\n"
         "Metrics:    games wins losses win_rate avg_kills avg_deaths avg_assists kda cs_per_min gold_per_min\n"
         "            damage_per_min damage_share kill_participation vision_score vision_per_min avg_duration_min\n"
         "            first_blood_rate gold_diff_10 gold_diff_15 cs_diff_10 cs_diff_15 lp\n"
         "Dimensions: champion role queue patch side result opponent_champion account day week month weekday hour\n"
         "            teammate (each other player of the team, by Riot ID: --by teammate --min-games 3)\n"
         "            session_game (1, 2, 3, 4, 5+: a gap over 30 minutes starts a session)\n"
         "            streak_before (W1 W2 W3+ L1 L2 L3+ none: the run of results before the game)\n"
         "            builds: keystone primary_tree secondary_tree spells item trinket first_item skill_order\n"
         "            augment (by name: --where \"item=Trinity Force\"; item and augment count a game once each)\n\n"
         "Options:\n"
         "  --puuid P, --account A  the player(s); a comma-separated list or repeated analyses them together;\n"
         "                          an account is found among followed accounts, then imported players\n"
         "  --where k=v[,v...]      filter on a dimension (any of the values), or since=YYYY-MM-DD / -90d / -12w\n"
         "                          / all (all time), until=YYYY-MM-DD (inclusive), last=N (the N most recent\n"
         "                          games),\n"
         "                          with=Name#TAG / against=Name#TAG (that player on the player's team / on\n"
         "                          another team; any case); repeatable: a name given again asks for all of\n"
         "                          them (--where with=A --where with=B: games with both)\n"
         "  --min-games N           leave out groups with fewer games\n"
         "  --sort [-]column        sort by a metric or dimension of the query (- for descending)\n"
         "  --limit N               at most N rows\n"
         "  --include-remakes       count remakes too (aborted games never count)\n"
         "  --from-today            a relative since (-90d, -12w) that holds none of the players' games counts\n"
         "                          back from today anyway; without it, from the end of their latest game (a\n"
         "                          note on standard error says so), as the app's dashboards do\n"
         "  --tz ZONE               time zone for day/week/month/weekday/hour and dates (IANA name;\n"
         "                          default: the system's)\n"
         "  --format F              table (default), json ({\"columns\":[...],\"rows\":[[...]]}, ratios as fractions,\n"
         "                          full precision, null for an empty set) or csv\n\n"
         "Exit codes: 0 ok, 1 runtime failure (e.g. unknown account), 2 usage error (e.g. unknown metric).\n",
         runStats},
        {"benchmark", "you against players at your level: your lobbies, or a tier from the Herald server",
         "Usage: herald-cli benchmark (--puuid P | --account \"Name#TAG\") [--metrics m1,m2,...]\n"
         "                            [--where k=v[,v...]]... [--source lobby|server] [--tier TIER] [--queue ID]\n"
         "                            [--include-remakes] [--from-today] [--tz ZONE] [--format table|json|csv]\n\n"
         "Where the player stands among players at their level, per lane role (docs/METRICS.md, Lobby\n"
         "benchmarks). --source lobby (default, offline): \"your lobbies\", the other players of the player's own\n"
         "games, matched to the player's level by Riot; the population of a role is every other player who played\n"
         "that position in the player's counted games (the same filters), one value per game. The player's value\n"
         "is the metric over their own games in that role. Games without lane positions (ARAM, Arena) are left\n"
         "out, and a note says how many.\n\n"
         "--source server: the players of a tier, from the Herald server's rank benchmarks (signed in: herald-cli\n"
         "login), one queue (--queue, default 420) and the player's games of that queue; each cohort is kept with\n"
         "its ETag and read from the store when the server cannot be reached. A role the server has too few games\n"
         "for, or a player not signed in, is compared with the lobbies instead, and a line says so.\n\n"
         "Columns: role, metric, you, games (yours in the role), population (its values; a cohort's games), p25,\n"
         "p50, p75 (its quartiles), percentile (100 x (values below yours + half of those equal) / population; for\n"
         "a cohort, linear between its quantiles 10 to 90), better_than (the same turned round for metrics where\n"
         "lower is better: deaths) and source (lobby, or the cohort's tier).\n\n"
         "Metrics (default: all): avg_deaths kda cs_per_min gold_per_min damage_per_min damage_share\n"
         "         kill_participation vision_per_min gold_diff_10 gold_diff_15 cs_diff_10 cs_diff_15\n\n"
         "Options:\n"
         "  --puuid P, --account A  the player(s), as for stats\n"
         "  --where k=v[,v...]      which of the player's games count, as for stats (since=-90d, queue=420,\n"
         "                          champion=Ahri, role=MIDDLE, ...); repeatable\n"
         "  --source S              lobby (default) or server\n"
         "  --tier TIER             with --source server: IRON ... CHALLENGER (default: the player's latest\n"
         "                          ranked solo tier in their LP history)\n"
         "  --queue ID              with --source server: the cohort's queue (default 420, ranked solo)\n"
         "  --include-remakes       count remakes too\n"
         "  --from-today            a relative since counts back from today even without games in it\n"
         "  --tz ZONE               time zone for dates (IANA name; default: the system's)\n"
         "  --format F              table (default), json ({\"columns\":[...],\"rows\":[[...]]}, rates as\n"
         "                          fractions, full precision, null for none) or csv\n\n"
         "Exit codes: 0 ok, 1 runtime failure (e.g. unknown account), 2 usage error (e.g. a metric without a\n"
         "per-game form).\n",
         runBenchmark},
        {"compare", "players side by side: the same metrics and filters, one column each, the best marked",
         "Usage: herald-cli compare --account \"Name#TAG\" --account \"Name#TAG\"... [--metrics m1,m2,... |\n"
         "                          --template ID] [--where k=v[,v...]]... [--include-remakes] [--from-today]\n"
         "                          [--tz ZONE] [--format table|json|csv]\n\n"
         "For a coach: 2 to 5 players (followed accounts, local or synced, or players of the imported files), each\n"
         "over their own counted games with the same filters, as stats computes them (docs/METRICS.md). One row\n"
         "per metric, one column per player, and best: the player with the best value by the metric's direction\n"
         "(fewer deaths; several when tied; none for games or game length).\n\n"
         "Options:\n"
         "  --account A        a player; give 2 to 5 (repeated, or a comma-separated list)\n"
         "  --metrics m1,...   the metrics of stats but lp (default: games, win_rate, kda, cs_per_min,\n"
         "                     gold_per_min, damage_per_min, damage_share, kill_participation, vision_per_min,\n"
         "                     avg_deaths, gold_diff_10, cs_diff_10)\n"
         "  --template ID      the metrics of a dashboard template's widgets instead (herald-cli templates list)\n"
         "  --where k=v        the games every player's column counts (since=-30d, queue=420, role=MIDDLE, ...)\n"
         "  --include-remakes  count remakes too\n"
         "  --from-today       a relative since counts back from today even without games in it\n"
         "  --tz ZONE          time zone for dates (IANA name; default: the system's)\n"
         "  --format F         table (default), json ({\"columns\":[...],\"rows\":[[...]]}) or csv (a spreadsheet)\n\n"
         "Exit codes: 0 ok, 1 runtime failure (e.g. unknown account), 2 usage error (e.g. one player).\n",
         runCompare},
        {"dashboard", "every widget of a dashboard template, as the app shows it, for scripts",
         "Usage: herald-cli dashboard TEMPLATE [--account \"Name#TAG\" | --puuid P] [--where k=v[,v...]]...\n"
         "                            [--from-today] [--tz ZONE] [--format table|json|csv]\n\n"
         "Computes each widget of the template (an id of 'herald-cli templates list': overview, laning, ...)\n"
         "exactly as the app's dashboard and reports do: the same queries, the same period (anchored on play),\n"
         "the same comparison with the previous period, goal progress and findings. Widgets come in reading\n"
         "order: top to bottom, left to right.\n\n"
         "Options:\n"
         "  --account A, --puuid P  the player(s) (default: the current account of the app)\n"
         "  --where k=v[,v...]      narrow every widget as the app's filter bar does (since=-30d, champion=Ahri,\n"
         "                          queue=420, ...); repeatable\n"
         "  --from-today            relative periods count back from today even without games in them\n"
         "  --tz ZONE               time zone for days, weeks and hours (default: the app's setting)\n"
         "  --format F              table (default: each widget's numbers under its title), json or csv\n\n"
         "JSON: {\"template\":{\"id\",\"name\"},\"scope\":{...},\"period\":{\"now_ms\",\"anchored\",...},\n"
         "       \"widgets\":[{\"id\",\"type\",\"title\",\"kind\",\"result\":{...}}]}: kind is kpi (value, games,\n"
         "       previous, change), series, bars, donut, heatmap, table, goal, findings or recent_games; numbers at\n"
         "       full precision (rates as fractions), null for no value; a widget that failed has \"error\".\n"
         "CSV:  one line per value: widget,kind,row,column,value.\n\n"
         "Exit codes: 0 ok, 1 a widget or the store failed, 2 usage error (e.g. an unknown filter).\n",
         runDashboard},
        {"findings", "what your history says: habits that change your win rate more than chance would",
         "Usage: herald-cli findings (--puuid P | --account \"Name#TAG\") [--where k=v[,v...]]... [--tz ZONE]\n"
         "                           [--format table|json|csv]\n\n"
         "Compares the player's win rate between two groups of counted games, over the whole history (the\n"
         "filters of --where apply, not since / until / last): fourth-or-later games of a session against first\n"
         "games, after two losses in a row against after a win, games started from midnight to 6 a.m. against\n"
         "the rest, and with each of the 5 most frequent teammates (20 games or more) against without them. A\n"
         "difference is listed only when each side has at least 20 games and a two-proportion test finds it\n"
         "larger than chance at 95 % over all the comparisons (Holm's correction); at most three, the strongest\n"
         "first (docs/METRICS.md, Findings). Columns: finding (late_in_session, after_losses, late_night,\n"
         "partner), partner (a Riot ID), games, win_rate, other_games, other_win_rate, z, p. Then at most one\n"
         "below_lobby: a metric of the main role under the 25th percentile of the player's lobbies (herald-cli\n"
         "benchmark), partner giving the role and the metric, other_games the lobby's values.\n\n"
         "Exit codes: 0 ok (also when nothing stands out), 1 runtime failure, 2 usage error.\n",
         runFindings},
        {"rebuild", "re-derive every stored row from the raw payloads",
         "Usage: herald-cli rebuild\n\n"
         "Re-derives matches, participants, frames, key events and aggregates from the raw payloads kept in the\n"
         "store (after a fix or a new metric; it also runs by itself after a migration that needs it).\n",
         runRebuild},
        {"accounts", "follow Riot accounts: add, list, remove",
         "Usage: herald-cli accounts add \"Name#TAG\" --platform PLATFORM [--source riot|herald]\n"
         "       herald-cli accounts add \"Name#TAG\" --local\n"
         "       herald-cli accounts list [--format table|json|csv]\n"
         "       herald-cli accounts remove \"Name#TAG\"\n\n"
         "add looks the Riot ID up with the Riot API (any case; spaces and non-Latin letters are fine) and follows\n"
         "the account; the first account followed becomes the current one. It needs your API key in\n"
         "HERALD_RIOT_API_KEY. list shows each account with its stored and queued matches, level, latest ranks\n"
         "and last sync, and its source: riot (resolved with a key), local, demo or relay. remove stops\n"
         "following an account: its matches stay in the store.\n\n"
         "add --source herald needs no key: the account is registered with the Herald server (sign in first with\n"
         "herald-cli login) and synced through its relay; its LP history comes from the server too.\n\n"
         "add --local needs no key: it follows a player of the imported matches (any case) as a local account,\n"
         "which the history, the dashboards and stats use and no sync fetches. Without a stored match of that\n"
         "player it fails (exit 1) and says so.\n\n"
         "Platforms: na1 br1 la1 la2 euw1 eun1 tr1 ru me1 kr jp1 oc1 ph2 sg2 th2 tw2 vn2\n\n"
         "Environment:\n"
         "  HERALD_RIOT_API_KEY   your Riot API key (never stored, logged or printed)\n"
         "  HERALD_RIOT_BASE_URL  send requests to {base}/{route}{path} instead of https://{route}.api.riotgames.com\n"
         "                        (https, or http on this machine only: the key never travels in clear;\n"
         "                        a URL with a user name or password before '@' is refused)\n",
         runAccounts},
        {"templates", "dashboard templates as files: list, show, import, export, validate",
         "Usage: herald-cli templates list [--format table|json|csv]\n"
         "       herald-cli templates show ID\n"
         "       herald-cli templates export ID -o FILE [--force]\n"
         "       herald-cli templates import FILE\n"
         "       herald-cli templates validate FILE\n"
         "       herald-cli templates browse [QUERY] [--page N] [--format table|json|csv]\n"
         "       herald-cli templates pull ID\n"
         "       herald-cli templates publish ID [--shared]\n"
         "       herald-cli templates sync\n\n"
         "Dashboard templates are JSON files (docs/TEMPLATES.md). list shows the built-ins and yours; show prints\n"
         "one in its canonical form; export writes it to a file (an existing file only with --force; written\n"
         "whole or not at all); import stores a file under a free id; validate prints every problem of a file\n"
         "(which widget, which field, what was expected) and exits 1 when there is one.\n\n"
         "With a Herald account (herald-cli login): browse lists the templates other players share (QUERY\n"
         "searches their names; 20 a page); pull adds one to your library; publish sends one of yours (private to\n"
         "your devices, or --shared with everyone) and keeps it in step; sync sends your changes and receives the\n"
         "ones made on your other devices. When a template changed on both sides, the server's version is kept and\n"
         "yours is saved as \"NAME (conflict YYYY-MM-DD)\": nothing is overwritten silently. Offline, changes wait\n"
         "in the store for the next sync that reaches the server.\n\n"
         "Exit codes: 0 ok, 1 a problem (named on stderr), 2 usage error.\n",
         runTemplates},
        {"export", "export data (CSV, JSON, XLSX) or a dashboard report (PDF, PNG, HTML) to a file",
         "Usage: herald-cli export data --dataset NAME[,NAME...] --format csv|json|xlsx -o FILE\n"
         "                              [--account \"Name#TAG\"]... [--where k=v[,v...]]... [--tz ZONE]\n"
         "                              [--streamer] [--force]\n"
         "                              [stats options: --metrics --by --sort --limit --min-games\n"
         "                               --include-remakes]\n"
         "       herald-cli export report --template ID --format pdf|png|html -o FILE [--account A[,B]]\n"
         "                              [--where k=v]... [--size WxH] [--dpr N] [--page a4|letter]\n"
         "                              [--orientation portrait|landscape] [--tz ZONE] [--from-today]\n"
         "                              [--streamer] [--force]\n\n"
         "export data writes stored data as tables (docs/EXPORTS.md lists every column):\n"
         "  matches       one row per match and player of interest (score, per-minute figures, shares, diffs\n"
         "                at 10 and 15 minutes, note and tags)\n"
         "  participants  every participant of every match\n"
         "  frames        per-minute participant frames of the timelines\n"
         "  events        timeline key events (kills, objectives, buildings)\n"
         "  ranking       LP history (rank snapshots)\n"
         "  stats         an analytics table, with the options of 'herald-cli stats'\n"
         "Without --account and --where: every stored match, with the side of each followed account. With\n"
         "--account (or --where, which then applies to the followed accounts): that player's matches, filtered\n"
         "as stats filters them, aborted games and remakes included.\n\n"
         "Formats: csv (RFC 4180, UTF-8, a header row; one dataset per file), json (an array of objects per\n"
         "dataset; several datasets make an object of arrays), xlsx (a sheet per dataset, typed cells, dates as\n"
         "dates, a frozen header with filters, and an About sheet). Dates are local time (--tz, else the app's\n"
         "time zone setting, else the system's); CSV and JSON write them as ISO 8601 with the offset. Text that\n"
         "a spreadsheet would run as a formula (starting with = + - @) gets a leading apostrophe.\n\n"
         "export report renders a dashboard template (see 'herald-cli templates list') with the accounts and\n"
         "filters given: pdf (vector charts, A4 or Letter, a title block and page numbers; a widget is never\n"
         "cut between pages), png (--size, default 1600x1000, at --dpr, default 2) or html (one file, charts as\n"
         "inline SVG, no script, nothing fetched).\n\n"
         "Options:\n"
         "  -o FILE     the file to write; it appears only when complete (a failure or Ctrl-C leaves none)\n"
         "  --force     replace an existing file (without it, an existing file is an error)\n"
         "  --streamer  hide other players' Riot IDs (\"Player 7\"); on by itself in streamer mode (Settings)\n"
         "  --from-today  (report) a relative period with none of the players' games counts from today, not from\n"
         "              the end of their latest game (the title block says which)\n\n"
         "Every export is recorded in the store's audit log (what, format, rows, file, when), shown in the app's\n"
         "Diagnostics. Exit codes: 0 written, 1 failed (nothing written), 2 usage error.\n",
         runExport},
        {"login", "sign in to the Herald server (the relay: sync without a Riot API key)",
         "Usage: herald-cli login --email EMAIL\n\n"
         "Signs in to the Herald server. The password is read from standard input (one line), or from\n"
         "HERALD_PASSWORD. The session (a refresh token, never the password) is kept in the system keychain\n"
         "when there is one, else in $XDG_CONFIG_HOME/herald/credentials (else ~/.config/herald/credentials),\n"
         "readable by you only; never in the data folder or the database. HERALD_TOKEN (a refresh token) works\n"
         "instead of a login.\n\n"
         "The session belongs to the server it was made with: another HERALD_SERVER_URL asks you to sign\n"
         "in to that server, and the saved session is never sent to it. A base URL with a user name or\n"
         "password before '@' is refused; plain http only to this machine (127.0.0.1, [::1], localhost).\n\n"
         "Environment: HERALD_SERVER_URL (default https://api.herald.lol), HERALD_EMAIL, HERALD_PASSWORD,\n"
         "HERALD_TOKEN.\n"
         "Exit codes: 0 signed in, 1 refused (the server's message) or unreachable, 2 usage error.\n",
         runLogin},
        {"logout", "sign out of the Herald server and forget the session",
         "Usage: herald-cli logout\n\nTells the server the session ends and removes it from the credentials file.\n",
         runLogout},
        {"ranks", "the LP history of an account (rank snapshots)",
         "Usage: herald-cli ranks [--account \"Name#TAG\"] [--format table|json|csv]\n\n"
         "Every rank snapshot stored for the account (the current one without --account): queue, tier, rank,\n"
         "lp, wins, losses, observed_at, by queue then oldest first. A sync records one snapshot per queue; for\n"
         "an account synced through the Herald relay, the server's history is merged in too (each snapshot once).\n",
         runRanks},
        {"sync", "fetch new matches of the followed accounts from the Riot API",
         "Usage: herald-cli sync [--account \"Name#TAG\"] [--full] [--max N] [--no-timelines] [--concurrency N]\n"
         "                       [--no-gamedata]\n\n"
         "For each followed account (or the one of --account): resolves the Riot ID, records the profile and a\n"
         "rank snapshot, lists match ids newest first until the first one already stored, then fetches each new\n"
         "match and its timeline and stores it. Requests run at the full rate Riot's limits allow (learned from\n"
         "the answers' headers) without going over them. Interrupted (Ctrl-C, a crash, a power cut), the next\n"
         "sync resumes from its queue: no match lost, none stored twice.\n\n"
         "Options:\n"
         "  --account A      sync only this followed account\n"
         "  --full           list the whole history, not only up to the first stored match (backfill)\n"
         "  --max N          fetch at most N matches this time (the rest waits for the next sync)\n"
         "  --no-timelines   fetch matches without their timelines (no gold/CS at 10/15 min)\n"
         "  --concurrency N  requests in flight at once (default 8)\n"
         "  --no-gamedata    skip the daily Data Dragon refresh (champion, item and queue names, champion icons)\n\n"
         "Before the accounts, game data is refreshed from Data Dragon once a day into the store, and champion\n"
         "icons are cached in DATA_DIR/cache/champion-icons; offline, the bundled snapshot serves.\n\n"
         "Accounts added with --source herald are synced through the Herald server's relay (a session from\n"
         "herald-cli login; no key needed), and their LP history is merged from the server.\n\n"
         "Environment: HERALD_RIOT_API_KEY (for own-key accounts), HERALD_RIOT_BASE_URL (see accounts --help),\n"
         "HERALD_DDRAGON_BASE_URL and HERALD_RIOT_STATIC_BASE_URL (Data Dragon and Riot's static constants).\n"
         "Exit codes: 0 ok, 1 some match or step failed (listed on stderr; failed matches stay queued),\n"
         "2 usage error, 130 interrupted.\n",
         runSync},
        {"backup", "back up the store, list and verify backups, restore one",
         "Usage: herald-cli backup create [-o FILE] [--format table|json]\n"
         "       herald-cli backup list [--format table|json|csv]\n"
         "       herald-cli backup verify FILE [--format table|json]\n"
         "       herald-cli backup restore FILE\n\n"
         "create   copies the store with SQLite's online backup API: one consistent state even while the app or\n"
         "         a sync writes (it only reads, so it never waits for them). The copy is checked (integrity,\n"
         "         schema version, row counts) before it gets its name, with a manifest FILE.json beside it.\n"
         "         Without -o it goes to DATA_DIR/backups/herald-YYYYMMDD-HHMMSS-manual.db, and the oldest\n"
         "         backups there beyond the newest 7 (setting backups_kept) are deleted.\n"
         "list     the backups in DATA_DIR/backups, newest first (pre-upgrade copies and the app's daily ones too)\n"
         "verify   checks a backup as restore would: a Herald database, integrity check, a schema version this\n"
         "         Herald opens, and size and row counts as its manifest says. Exit code 1 when it fails.\n"
         "restore  replaces the store with the backup (a name from 'backup list' or a path). The backup is\n"
         "         verified, copied beside the store and checked again; a damaged, truncated or too-new backup is\n"
         "         refused with the reason and nothing changes. The current store is first saved as a backup\n"
         "         (\"before-restore\"), or, when it cannot be read, moved whole into DATA_DIR/damaged-TIMESTAMP/.\n"
         "         Needs the store to itself: close the app first (it waits --wait seconds for a writer).\n",
         runBackup},
        {"archive", "drop the timelines of old matches; every match and statistic is kept",
         "Usage: herald-cli archive [--older-than-months N] [--dry-run] [--format table|json]\n\n"
         "Frees space: for matches older than N months (default 6, setting archive_threshold_months) the raw\n"
         "timeline and the timeline events are dropped, and of the participant frames only those the metrics\n"
         "read are kept (the first at or after 10 and at or after 15 minutes). The match, its players, every\n"
         "metric of METRICS.md and every total stay as they were. Then the freed pages go back to the file\n"
         "system (the first archival of a store made by an older Herald compacts it whole: minutes on a large\n"
         "store). Nothing is archived unless you run this. An archived match shows no timeline in the app.\n\n"
         "Options:\n"
         "  --older-than-months N  the age threshold, 1 to 1200 months\n"
         "  --dry-run              say what would be dropped and change nothing\n"
         "  --format F             table (a summary, default) or json\n",
         runArchive},
    };
    return all;
}

} // namespace herald::cli
