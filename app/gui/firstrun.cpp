#include "firstrun.h"

#include "demo/demohistory.h"
#include "store/store.h"

namespace herald::app {

FirstRunResult prepareStore(store::Store& store) {
    FirstRunResult result;
    auto reader = store.openReader();
    if (!reader) {
        result.error = QString::fromStdString(reader.error().message);
        return result;
    }
    try {
        const auto accounts = reader->queryInt("SELECT count(*) FROM accounts");
        const auto matches = reader->queryInt("SELECT count(*) FROM matches");
        if (accounts > 0 || matches > 0) {
            return result;
        }
    } catch (const store::StoreError& e) {
        result.error = QString::fromStdString(store::toError(e, "reading the store").message);
        return result;
    }
    auto report = demo::createDemoHistory(store.writer(), demo::DemoOptions{});
    if (!report) {
        result.error = QString::fromStdString(report.error().message);
        return result;
    }
    result.createdDemo = true;
    return result;
}

} // namespace herald::app
