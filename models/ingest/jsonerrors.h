// Explains why bytes are not valid JSON (where, and whether they look truncated). The fast parser only says
// that a document is invalid; this slower pass runs on the error path alone.
#pragma once

#include <string>
#include <string_view>

namespace herald::ingest {

std::string describeInvalidJson(std::string_view bytes);

} // namespace herald::ingest
