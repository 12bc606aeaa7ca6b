// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// A herald-cli built without Qt (HERALD_BUILD_GUI=OFF) has no keychain: the credentials file serves.
#include "commands.h"
#include "herald/credentials.h"

namespace herald::cli {

std::unique_ptr<sync::server::CredentialStore> keychainCredentials() {
    return nullptr;
}

} // namespace herald::cli
