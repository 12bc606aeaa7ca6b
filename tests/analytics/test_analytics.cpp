// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// test_analytics: the shared stores (recorded payloads, a demo history) and the entry point; the cases are in
// test_analytics_*.cpp by feature, the helpers in test_analytics.h.
#include "test_analytics.h"

using namespace herald;
using namespace herald::analyticstest;

Result<std::shared_ptr<const analytics::ResultTable>> TestAnalytics::run(const analytics::Query& q,
                                                                         std::uint64_t version) {
    return m_engine.run(*m_reader, q, version, kNow);
}

void TestAnalytics::initTestCase() {
    m_fixtures = std::make_unique<test::TempStore>();
    std::vector<ingest::NamedPayload> payloads;
    for (const char* name : {test::kKrMatch, test::kKrTimeline, "match_v5_JP1_323466834_p11.16_ranked.json",
                             "timeline_v5_JP1_323466834_p11.16.json", "match_v5_NA1_4196060228_p12.2_aram_450.json",
                             "match_v5_EUW1_7261321891_p15.1_swiftplay_480.json",
                             "match_v5_NA1_5018382378_p14.12_abort_unexpected.json"}) {
        payloads.push_back({name, test::readFixture(name)});
    }
    payloads.push_back({"remake", test::remakeMatch()});
    payloads.push_back({"arena", test::arenaMatch()});
    // KR_7014499581 again, with its jungler on the red side given no position: Olaf has no lane opponent there.
    auto [noOpponent, noOpponentTimeline] = copyOf(test::kKrMatch, test::kKrTimeline, 1, 1712161609888 + 86'400'000);
    json edited = json::parse(noOpponent);
    edited["info"]["participants"][6]["teamPosition"] = "";
    payloads.push_back({"no-opponent", edited.dump()});
    payloads.push_back({"no-opponent-timeline", noOpponentTimeline});
    const auto report = ingest::Importer(m_fixtures->store->writer()).importPayloads(std::move(payloads));
    QVERIFY2(report.failed.empty(), report.failed.empty() ? "" : report.failed[0].error.c_str());

    m_demo = std::make_unique<test::TempStore>();
    demo::DemoOptions options;
    options.matches = 300;
    options.endMs = kNow;
    QVERIFY(demo::createDemoHistory(m_demo->store->writer(), options).ok());
    demo::DemoGenerator again(options); // the same payloads, for the independent computation
    while (again.next(m_demoPayloads)) {
    }
    m_reader = std::make_unique<store::Database>(m_fixtures->store->openReader().value());
}

QTEST_GUILESS_MAIN(TestAnalytics)
