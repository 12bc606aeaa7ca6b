#include "jsonfilter.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace herald::ingest {

namespace {

using json = nlohmann::json;

constexpr std::string_view kKeyEvents[] = {"CHAMPION_KILL",    "CHAMPION_SPECIAL_KILL",  "ELITE_MONSTER_KILL",
                                           "BUILDING_KILL",    "TURRET_PLATE_DESTROYED", "DRAGON_SOUL_GIVEN",
                                           "FEAT_UPDATE",      "GAME_END"};

bool contains(std::initializer_list<std::string_view> list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

class FilteringBuilder final : public nlohmann::json_sax<json> {
public:
    FilteringBuilder(json& root, const JsonFilter& filter) : m_root(root), m_filter(filter) {}

    bool null() override { return scalar(nullptr); }
    bool boolean(bool value) override { return scalar(value); }
    bool number_integer(number_integer_t value) override { return scalar(value); }
    bool number_unsigned(number_unsigned_t value) override { return scalar(value); }
    bool number_float(number_float_t value, const string_t&) override { return scalar(value); }
    bool string(string_t& value) override { return scalar(std::move(value)); }
    bool binary(binary_t& value) override { return scalar(json::binary(std::move(value))); }

    bool start_object(std::size_t) override { return open(json::object()); }
    bool start_array(std::size_t) override { return open(json::array()); }
    bool end_object() override { return close(); }
    bool end_array() override { return close(); }

    bool key(string_t& name) override {
        if (m_skipDepth > 0) {
            return true;
        }
        if (contains(m_filter.skipKeys, name)) {
            m_skipNext = true;
            return true;
        }
        m_pendingKey = std::move(name);
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
        m_errorPosition = position;
        m_errorMessage = ex.what();
        return false;
    }

    std::size_t errorPosition() const { return m_errorPosition; }
    const std::string& errorMessage() const { return m_errorMessage; }

private:
    struct Level {
        json* value;
        bool isEventList; // an array stored under the key "events"
    };

    // Places a value where the parser is (root, array element or pending object member).
    json* place(json&& value) {
        if (m_stack.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        json& parent = *m_stack.back().value;
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            return &parent.back();
        }
        json& slot = parent[m_pendingKey];
        slot = std::move(value);
        return &slot;
    }

    template <class T> bool scalar(T&& value) {
        if (m_skipDepth > 0) {
            return true;
        }
        if (m_skipNext) {
            m_skipNext = false;
            return true;
        }
        place(json(std::forward<T>(value)));
        return true;
    }

    bool open(json&& container) {
        if (m_skipDepth > 0 || m_skipNext) {
            m_skipNext = false;
            ++m_skipDepth;
            return true;
        }
        const bool isEventList = container.is_array() && !m_stack.empty() && m_stack.back().value->is_object() &&
                                 m_pendingKey == "events";
        json* slot = place(std::move(container));
        m_stack.push_back({slot, isEventList});
        return true;
    }

    bool close() {
        if (m_skipDepth > 0) {
            --m_skipDepth;
            return true;
        }
        json* closed = m_stack.back().value;
        m_stack.pop_back();
        if (m_filter.keptEventTypes.size() > 0 && !m_stack.empty() && m_stack.back().isEventList &&
            closed->is_object()) {
            const auto type = closed->find("type");
            if (type == closed->end() || !type->is_string() ||
                !contains(m_filter.keptEventTypes, type->get_ref<const std::string&>())) {
                m_stack.back().value->erase(m_stack.back().value->size() - 1);
            }
        }
        return true;
    }

    json& m_root;
    const JsonFilter& m_filter;
    std::vector<Level> m_stack;
    std::string m_pendingKey;
    int m_skipDepth = 0;
    bool m_skipNext = false;
    std::size_t m_errorPosition = 0;
    std::string m_errorMessage;
};

} // namespace

bool isKeyEventType(std::string_view type) {
    return std::find(std::begin(kKeyEvents), std::end(kKeyEvents), type) != std::end(kKeyEvents);
}

const JsonFilter& payloadFilter() {
    // Bulky subtrees no derived column comes from: per-frame champion/damage stats, the damage breakdown of each
    // kill, the challenge / perk / mission blocks of participants.
    static const JsonFilter filter{
        {"championStats", "damageStats", "victimDamageDealt", "victimDamageReceived", "challenges", "perks",
         "missions"},
        {kKeyEvents[0], kKeyEvents[1], kKeyEvents[2], kKeyEvents[3], kKeyEvents[4], kKeyEvents[5], kKeyEvents[6],
         kKeyEvents[7]}};
    return filter;
}

Status parseFiltered(std::string_view bytes, const JsonFilter& filter, json& out) {
    FilteringBuilder builder(out, filter);
    const bool ok = json::sax_parse(bytes.begin(), bytes.end(), &builder, json::input_format_t::json, true);
    if (!ok) {
        const bool truncated = builder.errorPosition() >= bytes.size();
        std::string message = truncated ? "truncated JSON (the input ends at byte " + std::to_string(bytes.size()) +
                                              " in the middle of a value)"
                                        : "not valid JSON at byte " + std::to_string(builder.errorPosition());
        // nlohmann's message names the token it expected; keep it after our own words.
        const auto detail = builder.errorMessage().find("syntax error");
        if (detail != std::string::npos) {
            message += ": " + builder.errorMessage().substr(detail);
        }
        return makeError(ErrorKind::Parse, message);
    }
    return Ok{};
}

} // namespace herald::ingest
