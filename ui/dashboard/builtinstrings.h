// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in templates' names, descriptions and widget titles, translatable (context "BuiltinTemplates").
#pragma once

#include <vector>

namespace herald::ui {

const std::vector<const char*>& builtinTemplateTexts();

} // namespace herald::ui
