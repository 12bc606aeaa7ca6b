// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
// herald-cli: every capability of Herald in a scriptable form, sharing the app's core code.
#include "args.h"
#include "commands.h"
#include "common/version.h"
#include "store/datadir.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <iostream>

#ifndef _WIN32
#include <unistd.h>
#endif

namespace {

void printUsage(std::ostream& out) {
    out << "Usage: herald-cli [--data-dir DIR] [--wait SECONDS] COMMAND [OPTIONS]\n\n"
           "Herald keeps your League of Legends matches in a local database and analyses them.\n\n"
           "Commands:\n";
    // Two spaces at least between a name and its summary: help2man (the man page) reads the list that way.
    std::size_t width = 0;
    for (const auto& command : herald::cli::commands()) {
        width = std::max(width, std::strlen(command.name) + 2);
    }
    for (const auto& command : herald::cli::commands()) {
        out << "  " << command.name << std::string(width - std::strlen(command.name), ' ') << command.summary << '\n';
    }
    out << "\nGlobal options:\n"
           "  --data-dir DIR  the data folder (default: $HERALD_DATA_DIR, else the platform's app data folder)\n"
           "  --wait SECONDS  how long a command that writes waits for another Herald process writing to the\n"
           "                  same folder (the app, a sync) to finish, default 10; then it exits 1 naming that\n"
           "                  process. Commands that only read (matches, stats, check, export, backup create)\n"
           "                  never wait\n"
           "  --help          this help; 'herald-cli COMMAND --help' explains a command\n"
           "  --version       print the version and the git revision it was built from\n\n"
           "Exit codes: 0 success, 1 runtime failure (message on stderr), 2 usage error.\n";
}

} // namespace

int main(int argc, char** argv) {
    using namespace herald::cli;
    std::vector<std::string> words(argv + 1, argv + argc);
    std::optional<std::string> dataDirFlag;
    long long waitSeconds = 10;
    std::size_t i = 0;
    // Global options come before the command name.
    for (; i < words.size() && words[i].rfind("-", 0) == 0; ++i) {
        const std::string& word = words[i];
        if (word == "--help" || word == "-h") {
            printUsage(std::cout);
            return 0;
        }
        if (word == "--version") {
            std::cout << "herald-cli " << herald::versionLine() << '\n';
            return 0;
        }
        if (word == "--wait" || word.rfind("--wait=", 0) == 0) {
            std::string text = word == "--wait" ? (i + 1 < words.size() ? words[++i] : "") : word.substr(7);
            char* end = nullptr;
            waitSeconds = std::strtoll(text.c_str(), &end, 10);
            if (text.empty() || *end != '\0' || waitSeconds < 0 || waitSeconds > 86400) {
                std::cerr << "herald-cli: --wait takes a number of seconds from 0 to 86400\n";
                return 2;
            }
            continue;
        }
        if (word == "--data-dir" && i + 1 < words.size()) {
            dataDirFlag = words[++i];
        } else if (word.rfind("--data-dir=", 0) == 0) {
            dataDirFlag = word.substr(std::strlen("--data-dir="));
        } else {
            std::cerr << "herald-cli: unknown option " << word << "\n\n";
            printUsage(std::cerr);
            return 2;
        }
        if (dataDirFlag->empty()) { // an unset variable in a script must not mean the default store
            std::cerr << "herald-cli: --data-dir is empty: name a folder (or leave the option out for the default)\n";
            return 2;
        }
    }
    if (i >= words.size()) {
        printUsage(std::cerr);
        return 2;
    }
    const std::string name = words[i];
    std::vector<std::string> rest(words.begin() + static_cast<std::ptrdiff_t>(i) + 1, words.end());
    for (const auto& command : commands()) {
        if (name != command.name) {
            continue;
        }
        for (const auto& word : rest) {
            if (word == "--help" || word == "-h") {
                std::cout << command.help;
                return 0;
            }
            if (word == "--") {
                break;
            }
        }
        Context context;
        context.dataDir = herald::store::resolveDataDir(dataDirFlag);
        context.writerWait = std::chrono::seconds(waitSeconds);
#ifndef _WIN32
        context.stdoutIsTerminal = isatty(STDOUT_FILENO) != 0;
#endif
        try {
            return command.run(context, rest);
        } catch (const UsageError& e) {
            std::cerr << "herald-cli " << name << ": " << e.what() << "\nSee 'herald-cli " << name << " --help'.\n";
            return 2;
        } catch (const std::exception& e) {
            return fail(e.what());
        }
    }
    std::cerr << "herald-cli: unknown command '" << name << "'\n\n";
    printUsage(std::cerr);
    return 2;
}
