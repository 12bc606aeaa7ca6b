#include "demohistory.h"

#include "store/settings.h"
#include "store/storewriter.h"

#include <chrono>

namespace herald::demo {

Result<ingest::ImportReport> createDemoHistory(store::StoreWriter& writer, const DemoOptions& options,
                                               const std::function<void(int, int)>& progress) {
    const DemoAccount& account = demoAccount();
    const auto now =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
            .count();
    auto registered =
        writer
            .submit<Ok>([&](store::Database& db) -> Result<Ok> {
                store::Statement insert(db, "INSERT INTO accounts (puuid, game_name, tag_line, platform, region, "
                                            "resolved_by, added_at) VALUES (?, ?, ?, ?, ?, 'demo', ?) "
                                            "ON CONFLICT (puuid) DO NOTHING");
                insert.bind(1, account.puuid)
                    .bind(2, account.gameName)
                    .bind(3, account.tagLine)
                    .bind(4, account.platform)
                    .bind(5, account.region)
                    .bind(6, now)
                    .run();
                store::setSetting(db, store::kCurrentAccountSetting, account.puuid);
                return Ok{};
            })
            .get();
    if (!registered) {
        return registered.error();
    }

    DemoGenerator generator(options);
    ingest::Importer importer(writer);
    ingest::ImportReport total;
    std::vector<ingest::NamedPayload> chunk;
    constexpr std::size_t kChunk = 192; // payloads in memory at once (a timeline is about half a megabyte)
    bool more = true;
    while (more) {
        chunk.clear();
        while (chunk.size() < kChunk && (more = generator.next(chunk))) {
        }
        if (chunk.empty()) {
            break;
        }
        total.add(importer.importPayloads(std::move(chunk)));
        if (progress) {
            progress(generator.generated(), options.matches);
        }
    }
    return total;
}

} // namespace herald::demo
