// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "args.h"
#include "commands.h"
#include "common/files.h"
#include "herald/heraldclient.h"
#include "herald/serversync.h"
#include "ingest/rebuild.h"
#include "output.h"
#include "store/store.h"
#include "templates/template.h"
#include "templates/templatestore.h"

#include <fstream>
#include <iostream>
#include <sstream>

namespace herald::cli {

namespace {

const char* originName(templates::Origin origin) {
    switch (origin) {
    case templates::Origin::Builtin:
        return "builtin";
    case templates::Origin::Shared:
        return "shared";
    case templates::Origin::User:
        break;
    }
    return "user";
}

// A template file's text; an Io error names the file. Over the 1 MiB limit is refused before reading.
Result<std::string> readTemplateFile(const std::string& path) {
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (error) {
        return makeError(ErrorKind::Io, path + ": " + error.message());
    }
    if (size > templates::kMaxBytes) {
        return makeError(ErrorKind::Validation, path + ": the file is over the 1 MiB limit");
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    if (!in && !in.eof()) {
        return makeError(ErrorKind::Io, path + ": cannot read the file");
    }
    return text.str();
}

std::optional<templates::StoredTemplate> findOrFail(const Context& context, const std::string& id) {
    auto access = openForReading(context);
    if (!access) {
        return std::nullopt;
    }
    auto found = templates::findTemplate(*access->db, id);
    if (!found) {
        fail(found.error().message);
        return std::nullopt;
    }
    if (!found.value()) {
        fail("no dashboard template '" + id + "' (see herald-cli templates list)");
        return std::nullopt;
    }
    return *found.value();
}

int templatesList(const Context& context, const Args& args) {
    const Format format = parseFormat(args.value("format").value_or("table"));
    auto access = openForReading(context);
    if (!access) {
        return 1;
    }
    auto list = templates::listTemplates(*access->db);
    if (!list) {
        return fail(list.error().message);
    }
    TableData table;
    table.columns = {"id", "name", "origin", "widgets", "updated"};
    for (const auto& t : list.value()) {
        table.rows.push_back(
            {t.document.id, t.document.name, originName(t.origin), static_cast<int>(t.document.widgets.size()),
             t.updatedAt > 0 ? nlohmann::json(formatTime(t.updatedAt, format == Format::Table)) : nlohmann::json()});
    }
    writeTable(std::cout, table, format);
    return 0;
}

int templatesValidate(const Args& args) {
    if (args.positional().size() != 2) {
        throw UsageError("templates validate takes one file: herald-cli templates validate FILE");
    }
    const std::string& path = args.positional()[1];
    auto text = readTemplateFile(path);
    if (!text) {
        return fail(text.error().message);
    }
    const auto problems = templates::templateProblems(text.value(), path);
    for (const std::string& problem : problems) {
        std::cerr << printable(problem) << '\n';
    }
    if (!problems.empty()) {
        std::cerr << printable(path) << ": " << problems.size() << " problem(s)\n";
        return 1;
    }
    const auto parsed = templates::parseTemplate(text.value(), path);
    std::cout << printable(path) << ": a valid dashboard template (" << parsed->widgets.size() << " widget(s))\n";
    return 0;
}

} // namespace

// browse, pull, publish and sync: the Herald server's side of templates (sync/herald/serversync).
int templatesOnServer(const Context& context, const Args& args, const std::string& action) {
    if (action == "browse") {
        const Format format = parseFormat(args.value("format").value_or("table"));
        const std::string query = args.positional().size() > 1 ? args.positional()[1] : "";
        const int page = static_cast<int>(args.integer("page", 1, 100'000).value_or(1));
        ServerClient session(heraldServerUrl(nullptr));
        auto found = sync::server::browseTemplates(*session.client, query, page);
        if (!found) {
            return fail(found.error().message);
        }
        TableData table;
        table.columns = {"id", "name", "author", "downloads", "updated_at", "description"};
        for (const auto& t : found->items) {
            table.rows.push_back({t.id, t.name, t.author, t.downloads, t.updatedAt, t.description});
        }
        writeTable(std::cout, table, format);
        if (format == Format::Table) {
            const auto pages = (found->total + found->perPage - 1) / std::max(1, found->perPage);
            std::cout << "Page " << found->page << " of " << std::max<std::int64_t>(1, pages) << " (" << found->total
                      << " template(s)); 'templates pull ID' adds one to your library.\n";
        }
        return 0;
    }
    if ((action == "pull" || action == "publish") && args.positional().size() != 2) {
        throw UsageError("templates " + action + " takes one template id");
    }
    auto store = openForWriting(context);
    if (!store) {
        return 1;
    }
    auto reader = store->openReader();
    ServerClient session(heraldServerUrl(reader ? &reader.value() : nullptr));
    if (action == "pull") {
        auto pulled = sync::server::pullTemplate(*store, *session.client, args.positional()[1]);
        if (!pulled) {
            return fail(pulled.error().message);
        }
        std::cout << "Added '" << printable(pulled->name) << "' to your templates as '" << printable(pulled->id)
                  << "'.\n";
        return 0;
    }
    if (action == "publish") {
        auto published =
            sync::server::publishTemplate(*store, *session.client, args.positional()[1], args.has("shared"));
        if (!published) {
            return fail(published.error().message);
        }
        if (!published->sent) {
            std::cout << "The Herald server cannot be reached (" << published->pendingBecause.message
                      << "): the template is marked to publish and goes out with the next sync.\n";
            return 0;
        }
        std::cout << "Published '" << args.positional()[1] << "' (" << (args.has("shared") ? "shared" : "private")
                  << ") as " << published->remoteId << "; it is kept in step across your devices.\n";
        return 0;
    }
    auto synced = sync::server::syncTemplates(*store, *session.client);
    if (!synced) {
        return fail(synced.error().message);
    }
    std::cout << "Templates: " << synced->sent << " sent, " << synced->received << " received, " << synced->deleted
              << " deleted on the server.\n";
    for (const auto& name : synced->conflicts) {
        std::cout << "Changed on another device too: the server's version is kept, yours is saved as '" << name
                  << "'.\n";
    }
    return 0;
}

int runTemplates(const Context& context, const std::vector<std::string>& words) {
    const Args args(words, {{"format"}, {"o"}, {"output"}, {"force", false}, {"page"}, {"shared", false}});
    if (args.positional().empty()) {
        throw UsageError("templates needs an action: list, show, import, export or validate");
    }
    const std::string& action = args.positional().front();
    if (action == "list") {
        return templatesList(context, args);
    }
    if (action == "validate") {
        return templatesValidate(args);
    }
    if (action == "show" || action == "export") {
        if (args.positional().size() != 2) {
            throw UsageError("templates " + action + " takes one template id (see herald-cli templates list)");
        }
        const auto output = args.value("output") ? args.value("output") : args.value("o");
        if (action == "export" && !output) {
            throw UsageError("templates export needs -o FILE");
        }
        const auto found = findOrFail(context, args.positional()[1]);
        if (!found) {
            return 1;
        }
        const std::string text = templates::serializeTemplate(found->document);
        if (action == "show") {
            std::cout << text << '\n';
            return 0;
        }
        std::error_code error;
        if (std::filesystem::exists(*output, error) && !args.has("force")) {
            return fail(*output + " exists: add --force to overwrite it");
        }
        if (Status written = writeFileAtomically(*output, text); !written) {
            return fail(written.error().message);
        }
        std::cout << "Exported " << printable(found->document.id) << " to " << printable(*output) << '\n';
        return 0;
    }
    if (action == "import") {
        if (args.positional().size() != 2) {
            throw UsageError("templates import takes one file: herald-cli templates import FILE");
        }
        const std::string& path = args.positional()[1];
        auto text = readTemplateFile(path);
        if (!text) {
            return fail(text.error().message);
        }
        auto store = openForWriting(context);
        if (!store) {
            return 1;
        }
        auto imported = store->writer()
                            .submit<templates::Template>(
                                [&](store::Database& db) { return templates::importTemplate(db, text.value(), path); })
                            .get();
        if (!imported) {
            return fail(imported.error().message);
        }
        std::cout << "Imported " << printable(path) << " as the dashboard template '" << printable(imported->id)
                  << "' (" << printable(imported->name) << ")\n";
        return 0;
    }
    if (action == "browse" || action == "pull" || action == "publish" || action == "sync") {
        return templatesOnServer(context, args, action);
    }
    throw UsageError("unknown templates action '" + action +
                     "': use list, show, import, export, validate, browse, pull, publish or sync");
}

} // namespace herald::cli
