// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// M4 downsampling, in front of every line series: a series of n evenly spaced values drawn `columns` pixels
// wide keeps, per pixel column, its first, lowest, highest and last point. The drawn line is the same as the
// full series' (LTTB only approximates it), and a chart never holds more than 4 points a pixel, whatever the
// history's length. Pure and Qt-free, so it is tested on its own.
#pragma once

#include <optional>
#include <vector>

namespace herald::ui {

struct SamplePoint {
    int index = 0; // position in the input
    double value = 0;
};

// The points to draw, as runs without gaps: a missing value (no games there) ends a run. Within a run, indexes
// increase. columns <= 0 counts as one column.
std::vector<std::vector<SamplePoint>> downsampleM4(const std::vector<std::optional<double>>& values, int columns);

} // namespace herald::ui
