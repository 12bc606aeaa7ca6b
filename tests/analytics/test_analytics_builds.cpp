// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Builds (METRICS.md, "Builds"): runes, spells, items, trinket, first item, skill order and Arena augments as
// dimensions and filters, by hand on recorded games and against an independent count over the demo payloads; the
// upgrade that adds them to stored matches, and archival.
#include "ingest/rebuild.h"
#include "store/archive.h"
#include "test_analytics.h"

#include <array>
#include <tuple>

using namespace herald;
using namespace herald::analyticstest;

namespace {

// games by value of one dimension for one player, through the engine (the SQL path) and the frame.
std::map<std::string, double> gamesBy(store::Database& db, const std::string& puuid, const std::string& dimension,
                                      std::map<std::string, std::vector<std::string>> filters = {}) {
    analytics::Query q;
    q.puuids = {puuid};
    q.metrics = {"games"};
    q.groupBy = {dimension};
    q.filters = std::move(filters);
    q.includeRemakes = true;
    analytics::AnalyticsEngine engine;
    auto r = engine.run(db, q, 1, kNow);
    if (!r) {
        qFatal("%s", r.error().message.c_str());
    }
    std::map<std::string, double> out;
    for (const auto& row : r.value()->rows) {
        out[text(row[0])] = real(row[1]);
    }
    return out;
}

json fixtureJson(const std::string& name) {
    return json::parse(test::readFixture(name));
}

} // namespace

void TestAnalytics::buildsOfRecordedGamesByHand() {
    test::TempStore temp;
    std::vector<ingest::NamedPayload> payloads;
    for (const char* name : {test::kKrMatch, test::kKrTimeline, "match_v5_NA1_4207411591_p12.3_ranked_420.json",
                             "match_v5_NA1_4746688295_p13.15_arena_1700.json"}) {
        payloads.push_back({name, test::readFixture(name)});
    }
    const auto report = ingest::Importer(temp.store->writer()).importPayloads(std::move(payloads));
    QVERIFY(report.failed.empty());
    auto db = temp.store->openReader();

    // KR_7014499581, participant 1 (Aatrox): Conqueror in Precision with Resolve, Teleport and Flash, five items
    // and Oracle Lens; the timeline: Profane Hydra is the first completed item (Doran's Shield, a potion and a
    // ward come before it), and Q reaches rank 5 at level 9, E at level 13: "Q > E > W".
    const std::string kr = puuidOf(test::kKrMatch, 0);
    using Groups = std::map<std::string, double>;
    QCOMPARE(gamesBy(db.value(), kr, "keystone"), (Groups{{"Conqueror", 1}}));
    QCOMPARE(gamesBy(db.value(), kr, "primary_tree"), (Groups{{"Precision", 1}}));
    QCOMPARE(gamesBy(db.value(), kr, "secondary_tree"), (Groups{{"Resolve", 1}}));
    QCOMPARE(gamesBy(db.value(), kr, "spells"), (Groups{{"Flash + Teleport", 1}}));
    QCOMPARE(gamesBy(db.value(), kr, "item"), (Groups{{"Bramble Vest", 1},
                                                      {"Doran's Shield", 1},
                                                      {"Plated Steelcaps", 1},
                                                      {"Profane Hydra", 1},
                                                      {"Sundered Sky", 1}}));
    QCOMPARE(gamesBy(db.value(), kr, "trinket"), (Groups{{"Oracle Lens", 1}}));
    QCOMPARE(gamesBy(db.value(), kr, "first_item"), (Groups{{"Profane Hydra", 1}}));
    QCOMPARE(gamesBy(db.value(), kr, "skill_order"), (Groups{{"Q > E > W", 1}}));
    QCOMPARE(gamesBy(db.value(), kr, "augment"), Groups{});

    // NA1_4207411591 (no timeline), participant 1: Grasp of the Undying, two Cloth Armors in the slots (the game
    // counts once for it), and no first item or skill order: "unknown", never a blank.
    const std::string na = puuidOf("match_v5_NA1_4207411591_p12.3_ranked_420.json", 0);
    QCOMPARE(gamesBy(db.value(), na, "keystone"), (Groups{{"Grasp of the Undying", 1}}));
    QCOMPARE(gamesBy(db.value(), na, "spells"), (Groups{{"Flash + Teleport", 1}}));
    const auto items = gamesBy(db.value(), na, "item");
    QCOMPARE(items.size(), std::size_t{5});
    QCOMPARE(items.at("Cloth Armor"), 1.0);
    QCOMPARE(gamesBy(db.value(), na, "first_item"), (Groups{{"unknown", 1}}));
    QCOMPARE(gamesBy(db.value(), na, "skill_order"), (Groups{{"unknown", 1}}));

    // The Arena game: four augments, no runes.
    const std::string arena = puuidOf("match_v5_NA1_4746688295_p13.15_arena_1700.json", 0);
    QCOMPARE(gamesBy(db.value(), arena, "augment"),
             (Groups{{"Augment 13", 1}, {"Augment 15", 1}, {"Augment 64", 1}, {"Augment 71", 1}}));
    QCOMPARE(gamesBy(db.value(), arena, "keystone"), (Groups{{"none", 1}}));

    // Filters: names in any case; a comma list is any of them; an item filter keeps the games with that item.
    QCOMPARE(gamesBy(db.value(), kr, "champion", {{"keystone", {"CONQUEROR"}}}), (Groups{{"Aatrox", 1}}));
    QCOMPARE(gamesBy(db.value(), kr, "champion", {{"item", {"profane hydra"}}}), (Groups{{"Aatrox", 1}}));
    QCOMPARE(gamesBy(db.value(), kr, "champion", {{"item", {"Cloth Armor"}}}), Groups{});
    QCOMPARE(gamesBy(db.value(), na, "champion", {{"item", {"Profane Hydra", "cloth armor"}}}).size(), std::size_t{1});
    QCOMPARE(gamesBy(db.value(), arena, "champion", {{"augment", {"augment 15"}}}).size(), std::size_t{1});

    // A filter key given again asks for all of its clauses (each still any of its values): Doran's Shield and
    // Profane Hydra are both in the Aatrox game, Cloth Armor is not.
    analytics::Query both;
    both.puuids = {kr};
    both.metrics = {"games"};
    both.filters["item"] = {"Doran's Shield"};
    both.allOf = {{"item", {"profane hydra"}}};
    analytics::AnalyticsEngine engine;
    QCOMPARE(real(engine.run(db.value(), both, 1, kNow).value()->rows[0][0]), 1.0);
    both.allOf.push_back({"item", {"Cloth Armor", "Sundered Sky"}});
    QCOMPARE(real(engine.run(db.value(), both, 1, kNow).value()->rows[0][0]), 1.0);
    both.allOf.push_back({"item", {"Cloth Armor"}});
    QVERIFY(isNull(engine.run(db.value(), both, 1, kNow).value()->rows[0][0]));
    both.allOf = {{"since", {"-30d"}}};
    QVERIFY(!engine.run(db.value(), both, 1, kNow).ok()); // since takes one value
}

void TestAnalytics::buildsMatchAnIndependentCount() {
    // The oracle: the demo payloads read with nlohmann, the names from the recorded Data Dragon documents, the
    // definitions of METRICS.md.
    auto names = [](const char* file, const char* kind) {
        std::map<int, std::string> out;
        const json doc = fixtureJson(file);
        if (std::string(kind) == "runes") {
            for (const auto& tree : doc) {
                out[tree["id"].get<int>()] = tree["name"].get<std::string>();
                for (const auto& slot : tree["slots"]) {
                    for (const auto& rune : slot["runes"]) {
                        out[rune["id"].get<int>()] = rune["name"].get<std::string>();
                    }
                }
            }
        } else {
            for (const auto& [id, entry] : doc["data"].items()) {
                const int key =
                    std::string(kind) == "spells" ? std::stoi(entry["key"].get<std::string>()) : std::stoi(id);
                out[key] = entry["name"].get<std::string>();
            }
        }
        return out;
    };
    const auto runes = names("ddragon_runesReforged_15.22.1_en_US.json", "runes");
    const auto spells = names("ddragon_summoner_15.22.1_en_US.json", "spells");
    auto items = names("ddragon_item_13.22.1_en_US.json", "items");
    for (const auto& [id, name] : names("ddragon_item_15.22.1_en_US.json", "items")) {
        items[id] = name;
    }
    std::map<int, bool> completed; // builds into nothing, 1,600 gold or more, not a consumable; 15.22.1 decides
    for (const char* file : {"ddragon_item_13.22.1_en_US.json", "ddragon_item_15.22.1_en_US.json"}) {
        const json doc = fixtureJson(file);
        for (const auto& [id, entry] : doc["data"].items()) {
            const auto tags = entry.value("tags", json::array());
            completed[std::stoi(id)] = entry.value("into", json::array()).empty() &&
                                       entry["gold"].value("total", 0) >= 1600 &&
                                       std::find(tags.begin(), tags.end(), "Consumable") == tags.end();
        }
    }
    auto nameOf = [](const std::map<int, std::string>& known, int id, const std::string& prefix) {
        const auto it = known.find(id);
        return it != known.end() ? it->second : prefix + " " + std::to_string(id);
    };

    std::map<std::string, json> timelines;
    for (const auto& payload : m_demoPayloads) {
        if (payload.name.find("_timeline") != std::string::npos) {
            json t = json::parse(payload.bytes);
            const std::string matchId = t["metadata"]["matchId"].get<std::string>();
            timelines.emplace(matchId, std::move(t));
        }
    }
    const std::string me = demo::demoAccount().puuid;
    std::map<std::string, std::map<std::string, int>> expected;
    for (const json& match : countedMatches(m_demoPayloads)) {
        for (const auto& p : match["info"]["participants"]) {
            if (p["puuid"] != me) {
                continue;
            }
            const auto& styles = p["perks"]["styles"];
            const int keystone = styles[0]["selections"][0]["perk"].get<int>();
            expected["keystone"][keystone == 0 ? "none" : nameOf(runes, keystone, "Rune")] += 1;
            expected["primary_tree"][nameOf(runes, styles[0]["style"].get<int>(), "Rune")] += 1;
            expected["secondary_tree"][nameOf(runes, styles[1]["style"].get<int>(), "Rune")] += 1;
            std::string a = nameOf(spells, p["summoner1Id"].get<int>(), "Spell");
            std::string b = nameOf(spells, p["summoner2Id"].get<int>(), "Spell");
            expected["spells"][std::min(a, b) + " + " + std::max(a, b)] += 1;
            std::set<int> held;
            for (int i = 0; i < 6; ++i) {
                if (const int id = p["item" + std::to_string(i)].get<int>(); id != 0) {
                    held.insert(id);
                }
            }
            for (const int id : held) {
                expected["item"][nameOf(items, id, "Item")] += 1;
            }
            const int trinket = p["item6"].get<int>();
            expected["trinket"][trinket == 0 ? "none" : nameOf(items, trinket, "Item")] += 1;

            const auto t = timelines.find(match["metadata"]["matchId"].get<std::string>());
            if (t == timelines.end()) {
                expected["first_item"]["unknown"] += 1;
                expected["skill_order"]["unknown"] += 1;
                continue;
            }
            const int id = p["participantId"].get<int>();
            std::vector<int> bought;
            // Per skill: the order of the point that gave rank 5 (a large number when never), its rank, its last
            // point; sorted by these three the skills give METRICS.md's order.
            std::array<std::tuple<int, int, int, char>, 3> skills = {
                {{1 << 30, 0, 0, 'Q'}, {1 << 30, 0, 0, 'W'}, {1 << 30, 0, 0, 'E'}}};
            int points = 0;
            for (const auto& frame : t->second["info"]["frames"]) {
                for (const auto& e : frame["events"]) {
                    if (e.value("participantId", 0) != id) {
                        continue;
                    }
                    const std::string type = e["type"].get<std::string>();
                    if (type == "ITEM_PURCHASED" && completed[e["itemId"].get<int>()]) {
                        bought.push_back(e["itemId"].get<int>());
                    } else if (type == "ITEM_UNDO" && e["afterId"] == 0) {
                        const auto undone = std::find(bought.rbegin(), bought.rend(), e["beforeId"].get<int>());
                        if (undone != bought.rend()) {
                            bought.erase(std::next(undone).base());
                        }
                    } else if (type == "SKILL_LEVEL_UP" && e.value("levelUpType", "NORMAL") == "NORMAL") {
                        const int slot = e["skillSlot"].get<int>();
                        if (slot >= 1 && slot <= 3) {
                            auto& [maxedAt, rank, last, key] = skills[static_cast<std::size_t>(slot - 1)];
                            last = ++points;
                            rank -= 1; // negative: more ranks sort first
                            if (rank == -5) {
                                maxedAt = points;
                            }
                        }
                    }
                }
            }
            expected["first_item"][bought.empty() ? "none" : nameOf(items, bought.front(), "Item")] += 1;
            std::sort(skills.begin(), skills.end());
            const std::string order = std::string(1, std::get<3>(skills[0])) + " > " + std::get<3>(skills[1]) + " > " +
                                      std::get<3>(skills[2]);
            expected["skill_order"][points == 0 ? "none" : order] += 1;
        }
    }
    auto db = m_demo->store->openReader();
    for (const auto& [dimension, groups] : expected) {
        analytics::Query q;
        q.puuids = {me};
        q.metrics = {"games"};
        q.groupBy = {dimension};
        analytics::AnalyticsEngine engine;
        auto r = engine.run(db.value(), q, 1, kNow);
        QVERIFY2(r.ok(), r.ok() ? "" : r.error().message.c_str());
        std::map<std::string, int> actual;
        for (const auto& row : r.value()->rows) {
            actual[text(row[0])] = static_cast<int>(real(row[1]));
        }
        QVERIFY2(actual == groups, dimension.c_str());
        QVERIFY2(groups.size() >= 2, dimension.c_str()); // the demo has variety in every dimension
    }
}

void TestAnalytics::buildsComeBackFromRawPayloadsAndSurviveArchival() {
    // A store from before builds (derive version 4, no build rows): opening it derives them from the raw payloads,
    // the same rows as ingestion writes.
    const std::string rows = "SELECT group_concat(r, ';') FROM (SELECT match_ref || ':' || participant_id || ':' || "
                             "coalesce(keystone, '-') || ':' || coalesce(primary_tree, '-') || ':' || "
                             "coalesce(secondary_tree, '-') || ':' || runes || ':' || coalesce(spell1, '-') || ':' || "
                             "coalesce(spell2, '-') || ':' || coalesce(trinket, '-') || ':' || "
                             "coalesce(first_item, '-') || ':' || coalesce(skill_order, '-') AS r "
                             "FROM participant_builds ORDER BY match_ref, participant_id)";
    const std::string lists =
        "SELECT group_concat(match_ref || ':' || participant_id || ':' || kind || ':' || id, ';') "
        "FROM (SELECT * FROM participant_items ORDER BY 1, 2, 3, 4)";
    QTemporaryDir dir;
    const std::filesystem::path copy = dir.path().toStdString();
    std::string before;
    std::string beforeLists;
    {
        auto demo = m_demo->store->openReader();
        before = demo->queryText(rows);
        beforeLists = demo->queryText(lists);
        QVERIFY(demo->queryInt("SELECT count(*) FROM participant_builds WHERE first_item > 0") > 100);
        QVERIFY(demo->queryInt("SELECT count(*) FROM participant_builds WHERE skill_order IS NULL") > 100);
        store::Statement backup(demo.value(), "VACUUM INTO ?");
        backup.bind(1, store::databasePath(copy).string()).run();
    }
    {
        auto db = store::Database::open(store::databasePath(copy), store::Database::Mode::ReadWrite);
        QVERIFY(db.ok());
        db->execScript("DELETE FROM participant_builds; DELETE FROM participant_items; "
                       "UPDATE matches SET derive_version = 4 WHERE participant_count > 0");
    }
    {
        auto opened = ingest::openStore(copy, store::Store::Access::Write);
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().message.c_str());
        auto db = opened.value()->openReader();
        QCOMPARE(db->queryText(rows), before);
        QCOMPARE(db->queryText(lists), beforeLists);
        QCOMPARE(db->queryInt("SELECT min(derive_version) FROM matches"), ingest::MatchWriter::kDeriveVersion);

        // Archival drops raw timelines; a full re-derivation afterwards keeps what the timelines told.
        auto archived = opened.value()
                            ->writer()
                            .submit<store::ArchiveReport>(
                                [](store::Database& w) { return store::archiveTimelines(w, kNow + 86'400'000, {}); })
                            .get();
        QVERIFY2(archived.ok(), archived.ok() ? "" : archived.error().message.c_str());
        QVERIFY(archived.value().matches > 100);
        QVERIFY(ingest::rebuild(*opened.value(), false).ok());
        QCOMPARE(db->queryText(rows), before);
    }
}
