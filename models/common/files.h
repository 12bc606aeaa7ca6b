// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writing a whole file safely: into a temporary file beside it, then renamed over it, so a failure or a kill
// leaves either the old file or the new one, never half of one.
#pragma once

#include "common/result.h"

#include <filesystem>
#include <string_view>

namespace herald {

// An Io error names the file and the reason; the temporary file is removed.
Status writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

} // namespace herald
