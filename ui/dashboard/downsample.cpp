// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dashboard/downsample.h"

#include <algorithm>

namespace herald::ui {

std::vector<std::vector<SamplePoint>> downsampleM4(const std::vector<std::optional<double>>& values, int columns) {
    std::vector<std::vector<SamplePoint>> runs;
    const int n = static_cast<int>(values.size());
    columns = std::max(1, columns);
    // The pixel column of index i when n points span the width.
    auto columnOf = [&](int i) {
        return n <= 1 ? 0 : std::min(columns - 1, static_cast<int>(static_cast<long long>(i) * columns / (n - 1)));
    };
    std::vector<SamplePoint> bucket;
    int bucketColumn = -1;
    bool inRun = false;
    auto flush = [&] {
        if (bucket.empty()) {
            return;
        }
        const auto [low, high] = std::minmax_element(bucket.begin(), bucket.end(),
                                                     [](const auto& a, const auto& b) { return a.value < b.value; });
        std::vector<SamplePoint> keep = {bucket.front(), *low, *high, bucket.back()};
        std::sort(keep.begin(), keep.end(), [](const auto& a, const auto& b) { return a.index < b.index; });
        keep.erase(
            std::unique(keep.begin(), keep.end(), [](const auto& a, const auto& b) { return a.index == b.index; }),
            keep.end());
        runs.back().insert(runs.back().end(), keep.begin(), keep.end());
        bucket.clear();
    };
    for (int i = 0; i < n; ++i) {
        const auto& v = values[static_cast<std::size_t>(i)];
        if (!v) {
            flush();
            inRun = false; // a gap: no games there
            continue;
        }
        if (!inRun) {
            runs.emplace_back();
            inRun = true;
            bucketColumn = -1;
        }
        const int column = columnOf(i);
        if (column != bucketColumn) {
            flush();
            bucketColumn = column;
        }
        bucket.push_back({i, *v});
    }
    flush();
    return runs;
}

} // namespace herald::ui
