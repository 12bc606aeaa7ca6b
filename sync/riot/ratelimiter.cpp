// SPDX-FileCopyrightText: 2026 The Herald authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "riot/ratelimiter.h"

#include "http/httpclient.h"

#include <algorithm>
#include <charconv>

namespace herald::sync::riot {

namespace {

// A request's stamp is the time its response arrived, at or after the server counted it, so windows of the
// server's length are already safe; the margin absorbs the server's rounding of its window edges.
std::chrono::milliseconds marginOf(std::chrono::milliseconds span) {
    return std::chrono::milliseconds(10) + span / 100;
}

std::vector<RateWindow> parsePairs(std::string_view header) {
    std::vector<RateWindow> windows;
    while (!header.empty()) {
        const auto comma = header.find(',');
        std::string_view part = header.substr(0, comma);
        header = comma == std::string_view::npos ? std::string_view() : header.substr(comma + 1);
        while (!part.empty() && part.front() == ' ') {
            part.remove_prefix(1);
        }
        const auto colon = part.find(':');
        if (colon == std::string_view::npos) {
            continue;
        }
        int first = 0;
        long long seconds = 0;
        const auto a = std::from_chars(part.data(), part.data() + colon, first);
        const auto b = std::from_chars(part.data() + colon + 1, part.data() + part.size(), seconds);
        // A window longer than a day is no limit Riot announces; huge values would overflow the millisecond
        // arithmetic (found by fuzz_ratelimit).
        constexpr long long kLongestWindowSeconds = 86'400;
        if (a.ec != std::errc() || b.ec != std::errc() || first < 0 || seconds <= 0 ||
            seconds > kLongestWindowSeconds) {
            continue;
        }
        windows.push_back({first, std::chrono::seconds(seconds)});
    }
    return windows;
}

} // namespace

std::vector<RateWindow> parseRateWindows(std::string_view header) {
    auto windows = parsePairs(header);
    std::erase_if(windows, [](const RateWindow& w) { return w.limit <= 0; });
    return windows;
}

std::vector<RateWindow> parseRateCounts(std::string_view header) {
    return parsePairs(header);
}

std::chrono::milliseconds WindowLimiter::longestSpan() const {
    std::chrono::milliseconds longest{0};
    for (const RateWindow& w : m_windows) {
        longest = std::max(longest, w.span + marginOf(w.span));
    }
    return longest;
}

void WindowLimiter::prune(Clock::time_point now) {
    if (!m_learned) {
        return;
    }
    const auto oldest = now - longestSpan();
    m_stamps.erase(m_stamps.begin(), m_stamps.lower_bound(oldest));
}

int WindowLimiter::inWindow(std::chrono::milliseconds span, Clock::time_point now) const {
    const auto from = m_stamps.upper_bound(now - span - marginOf(span));
    return static_cast<int>(std::distance(from, m_stamps.end()));
}

Clock::time_point WindowLimiter::availableAt(Clock::time_point now) {
    Clock::time_point at = std::max(now, m_blockedUntil);
    if (!m_learned) {
        return m_unlearnedInFlight > 0 ? Clock::time_point::max() : at; // one probe until the first answer
    }
    prune(now);
    for (const RateWindow& w : m_windows) {
        const auto edge = now - w.span - marginOf(w.span);
        auto first = m_stamps.upper_bound(edge);
        const int count = static_cast<int>(std::distance(first, m_stamps.end()));
        if (count >= w.limit) {
            // The window frees a slot when its (count - limit + 1)-th oldest request leaves it.
            std::advance(first, count - w.limit);
            at = std::max(at, *first + w.span + marginOf(w.span));
        }
    }
    return at;
}

void WindowLimiter::onSend(Clock::time_point now) {
    m_stamps.insert(now);
    if (!m_learned) {
        ++m_unlearnedInFlight;
    }
}

void WindowLimiter::onDone(Clock::time_point sentAt, Clock::time_point now, std::string_view limitsHeader,
                           std::string_view countsHeader, bool answered) {
    if (const auto it = m_stamps.find(sentAt); it != m_stamps.end()) {
        m_stamps.erase(it);
    }
    m_stamps.insert(now);
    if (!m_learned) {
        m_unlearnedInFlight = std::max(0, m_unlearnedInFlight - 1);
    }
    if (!limitsHeader.empty()) {
        auto windows = parseRateWindows(limitsHeader);
        if (!windows.empty()) {
            m_windows = std::move(windows);
            m_learned = true;
        }
    }
    if (!m_learned && answered && limitsHeader.empty()) {
        m_learned = true; // a server that announces no limit (a relay, a stand-in): only 429s will slow us down
    }
    if (!m_learned) {
        return;
    }
    // The server saw more requests than we sent in a window (another program shares the key, or a restart):
    // count them as sent now.
    for (const RateWindow& count : parseRateCounts(countsHeader)) {
        const int local = inWindow(count.span, now);
        for (int extra = count.limit - local; extra > 0; --extra) {
            m_stamps.insert(now);
        }
    }
    prune(now);
}

void WindowLimiter::blockUntil(Clock::time_point until) {
    m_blockedUntil = std::max(m_blockedUntil, until);
}

Clock::time_point RateLimiter::availableAt(const std::string& route, const std::string& methodName,
                                           Clock::time_point now) {
    return std::max(application(route).availableAt(now), method(route, methodName).availableAt(now));
}

void RateLimiter::onSend(const std::string& route, const std::string& methodName, Clock::time_point now) {
    application(route).onSend(now);
    method(route, methodName).onSend(now);
}

void RateLimiter::onDone(const std::string& route, const std::string& methodName, Clock::time_point sentAt,
                         Clock::time_point now, const HttpResponse* response) {
    static const HttpResponse none;
    const HttpResponse& r = response != nullptr ? *response : none;
    // A gateway's 5xx often carries no limits: only a real answer without them means there are none.
    const bool answered = response != nullptr && response->status < 500;
    application(route).onDone(sentAt, now, r.header("x-app-rate-limit"), r.header("x-app-rate-limit-count"), answered);
    method(route, methodName)
        .onDone(sentAt, now, r.header("x-method-rate-limit"), r.header("x-method-rate-limit-count"), answered);
}

void RateLimiter::onRateLimited(const std::string& route, const std::string& methodName, LimitScope scope,
                                Clock::time_point until) {
    if (scope == LimitScope::Application) {
        application(route).blockUntil(until);
    } else {
        method(route, methodName).blockUntil(until);
    }
}

} // namespace herald::sync::riot
