// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// herald-cli's side of its Qt module (qtmodule.h): loaded on first use from beside the program (the build tree),
// else from the library folder it is installed in (HERALD_CLI_MODULE_DIR, relative to the program's folder). Both
// are found from the program's own path, never from the working folder or a search path.
#include "args.h"
#include "commands.h"
#include "herald/credentials.h"
#include "qtmodule.h"

#include <dlfcn.h>
#include <filesystem>
#include <iostream>

namespace herald::cli {

namespace {

struct Module {
    void* handle = nullptr;
    std::string error; // why it did not load
};

const Module& module() {
    static const Module loaded = [] {
        Module m;
        std::error_code ec;
        const std::filesystem::path program = std::filesystem::read_symlink("/proc/self/exe", ec);
        if (ec) {
            m.error = "herald-cli cannot find its own path (" + ec.message() + ")";
            return m;
        }
        const std::filesystem::path folder = program.parent_path();
        const std::filesystem::path candidates[] = {
            folder / qtmodule::kFileName,
            (folder / HERALD_CLI_MODULE_DIR / qtmodule::kFileName).lexically_normal(),
        };
        for (const auto& candidate : candidates) {
            if (!std::filesystem::exists(candidate, ec)) {
                continue;
            }
            m.handle = dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
            if (m.handle != nullptr) {
                return m;
            }
            const char* why = dlerror();
            m.error = why != nullptr ? why : candidate.string() + " did not load";
            return m;
        }
        m.error = std::string(qtmodule::kFileName) + " is missing (looked in " + candidates[0].parent_path().string() +
                  " and " + candidates[1].parent_path().string() + ")";
        return m;
    }();
    return loaded;
}

// An entry point of the module, or nullptr with the reason in `error`.
template <typename Function> Function* entry(const char* name, std::string& error) {
    const Module& m = module();
    if (m.handle == nullptr) {
        error = m.error;
        return nullptr;
    }
    void* symbol = dlsym(m.handle, name);
    if (symbol == nullptr) {
        error = std::string(qtmodule::kFileName) + " has no " + name + " (a module from another build?)";
        return nullptr;
    }
    return reinterpret_cast<Function*>(symbol);
}

} // namespace

int runExportReport(const Context& context, const std::vector<std::string>& words) {
    std::string error;
    auto* run = entry<qtmodule::ExportReport>(qtmodule::kExportReport, error);
    if (run == nullptr) {
        return fail("cannot draw reports: herald-cli's Qt part did not load: " + error);
    }
    std::string usageError;
    const int code = run(&context, &words, &usageError);
    if (!usageError.empty()) {
        throw UsageError(usageError);
    }
    return code;
}

std::unique_ptr<sync::server::CredentialStore> keychainCredentials() {
    std::string error;
    auto* make = entry<qtmodule::Keychain>(qtmodule::kKeychain, error);
    if (make == nullptr) {
        std::cerr << "herald-cli: the system keychain is out of reach (herald-cli's Qt part did not load: " << error
                  << "); the credentials file serves\n";
        return nullptr;
    }
    return std::unique_ptr<sync::server::CredentialStore>(make());
}

} // namespace herald::cli
