// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The entry points of herald-cli-qt.so (qtmodule.h): the only symbols the module exports.
#include "qtmodule.h"

#include "args.h"
#include "commands.h"
#include "herald/credentials.h"

#include <exception>
#include <type_traits>

using herald::cli::Context;

extern "C" __attribute__((visibility("default"))) int
herald_cli_qt_export_report(const Context* context, const std::vector<std::string>* words, std::string* usageError) {
    static_assert(std::is_same_v<decltype(herald_cli_qt_export_report), herald::cli::qtmodule::ExportReport>);
    try {
        return herald::cli::runExportReport(*context, *words);
    } catch (const herald::cli::UsageError& e) {
        *usageError = e.what();
        return 2;
    } catch (const std::exception& e) {
        return herald::cli::fail(e.what());
    }
}

extern "C" __attribute__((visibility("default"))) herald::sync::server::CredentialStore* herald_cli_qt_keychain() {
    static_assert(std::is_same_v<decltype(herald_cli_qt_keychain), herald::cli::qtmodule::Keychain>);
    try {
        return herald::cli::keychainCredentials().release();
    } catch (const std::exception&) {
        return nullptr; // as a machine without a keychain: the credentials file serves
    }
}
