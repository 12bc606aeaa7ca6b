#include "firstrun.h"

#include "common/errortext.h"
#include "demo/demohistory.h"
#include "store/store.h"

namespace herald::app {

FirstRunResult prepareStore(store::Store& store) {
    FirstRunResult result;
    auto reader = store.openReader();
    if (!reader) {
        result.error = ui::errorText(reader.error());
        return result;
    }
    try {
        const auto accounts = reader->queryInt("SELECT count(*) FROM accounts");
        const auto matches = reader->queryInt("SELECT count(*) FROM matches");
        if (accounts > 0 || matches > 0) {
            return result;
        }
    } catch (const store::StoreError& e) {
        result.error = ui::errorText(store::toError(e, "reading the store"));
        return result;
    }
    auto report = demo::createDemoHistory(store.writer(), demo::DemoOptions{});
    if (!report) {
        result.error = ui::errorText(report.error());
        return result;
    }
    result.createdDemo = true;
    return result;
}

} // namespace herald::app
