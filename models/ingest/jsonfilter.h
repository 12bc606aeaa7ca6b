// Parses JSON through nlohmann's SAX interface into a DOM that leaves out what ingestion never reads:
// members named in skipKeys (their whole subtree) and elements of "events" arrays whose type is not kept.
// The raw bytes are stored separately, so nothing is lost; a later derive version can read more.
#pragma once

#include "common/result.h"

#include <nlohmann/json_fwd.hpp>

#include <string_view>

namespace herald::ingest {

struct JsonFilter {
    std::initializer_list<std::string_view> skipKeys;
    std::initializer_list<std::string_view> keptEventTypes; // empty: keep every event
};

// The filter ingestion uses for both payload kinds.
const JsonFilter& payloadFilter();

// Fills out; on a syntax error returns a Parse error that says where and whether the input looks truncated.
Status parseFiltered(std::string_view bytes, const JsonFilter& filter, nlohmann::json& out);

bool isKeyEventType(std::string_view type);

} // namespace herald::ingest
