// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Wall-clock time as the store keeps it: milliseconds since the Unix epoch.
#pragma once

#include <cstdint>

namespace herald {

std::int64_t nowMs();

} // namespace herald
