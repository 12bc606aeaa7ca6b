// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Errors from the core in the interface's language: a known Error::code is translated with its arguments
// (context "Errors"); any other error shows its English message.
#pragma once

#include "common/result.h"

#include <QString>

namespace herald::sync {
struct SyncIssue;
}

namespace herald::ui {

QString errorText(const Error& error);
// "Ranks: …", "EUW1_1: …": the step or the match, then the error.
QString syncIssueText(const sync::SyncIssue& issue);

} // namespace herald::ui
