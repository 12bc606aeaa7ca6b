// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// herald-cli's Qt part: drawing reports (the app's dashboard widgets, offscreen) and the system keychain (QtKeychain)
// live in a module, herald-cli-qt.so, that herald-cli loads the first time a command needs one of them. Every other
// command starts without Qt: loading its libraries took 25-35 ms of each herald-cli process, a third of a build
// query at 10,000 matches. The module and the program are built together; these are the module's two entry points.
#pragma once

#include <string>
#include <vector>

namespace herald::sync::server {
class CredentialStore;
}

namespace herald::cli {

struct Context;

namespace qtmodule {

inline constexpr const char* kFileName = "herald-cli-qt.so";

// runExportReport: its exit code; a usage error returns 2 with its message in *usageError (no exception crosses).
inline constexpr const char* kExportReport = "herald_cli_qt_export_report";
using ExportReport = int(const Context* context, const std::vector<std::string>* words, std::string* usageError);

// keychainCredentials: the system keychain as a credential store, owned by the caller, or nullptr without one.
inline constexpr const char* kKeychain = "herald_cli_qt_keychain";
using Keychain = sync::server::CredentialStore*();

} // namespace qtmodule
} // namespace herald::cli
